"""`notalone pack build`: a pack's source folder, checked by the content validators, signed and written as one file.

A source folder holds `pack.toml` (what the pack is), the content in the folders and files of resources/
(checklists/, helplines/, lessons/<lang>/, scenarios/, emergencies.toml, life_events.toml, agreement.toml), and
optionally `translations/notalone_<lang>.ts` (compiled to .qm here, with Qt's lrelease) or a ready `.qm`. A
README.md beside them is not packed; anything else is a mistake and stops the build.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import shutil
import subprocess
import sys
import tempfile
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from notalone_desktop import __version__
from notalone_desktop.core import validation as v
from notalone_desktop.core.content.pack import (
    CONTENT,
    SOURCE_FILE,
    TRANSLATIONS,
    PackManifest,
    PackRefused,
    limit_for,
    manifest_document,
    manifest_from,
    member_problem,
    translations_problem,
)
from notalone_desktop.core.content.pack_check import check_pack_content, split
from notalone_desktop.core.content.pack_keys import (
    MAX_PRIVATE_KEY_BYTES,
    PackKeyError,
    load_private_key,
    public_of,
    sign,
)
from notalone_desktop.core.errors import Invalid
from notalone_desktop.core.safe_read import FileRefused, read_regular_file
from notalone_desktop.services.packs.archive import write_pack
from notalone_desktop.services.packs.checking import base_content

CONTENT_ENTRIES = (
    "checklists",
    "helplines",
    "lessons",
    "scenarios",
    "emergencies.toml",
    "life_events.toml",
    "agreement.toml",
)
SOURCE_KEYS = ("id", "version", "publisher", "date", "title", "languages", "language_names", "min_app_version")
MAX_SOURCE_BYTES = 64 * 1024


@dataclass(frozen=True)
class Built:
    path: Path
    manifest: PackManifest
    size: int  # bytes of the pack file


def build_pack(source: Path, key_file: Path, out: Path) -> Built:
    """Check the source folder, sign its manifest with the key in `key_file` and write the pack to `out`.
    PackRefused (one sentence, naming the file) for a source or a key that cannot make a pack."""
    from notalone_desktop.services.content import ContentCatalog

    if not source.is_dir():
        raise PackRefused(f"{source} is not a folder holding a pack's source")
    private_key = _private_key(key_file)
    described = _read_source(source)
    with tempfile.TemporaryDirectory(prefix="notalone-pack-build-") as scratch:
        files = _collect(source, Path(scratch))
        languages = tuple(described["languages"])
        base = base_content(ContentCatalog.shipped())
        checked = check_pack_content(source, languages, base, shown=str(source))
        if checked.problems:
            more = f" (and {len(checked.problems) - 1} more)" if len(checked.problems) > 1 else ""
            raise PackRefused(f"the content does not pass the checks: {checked.problems[0]}{more}")
    adds, replaces = split(checked.listing, base)
    document = {
        "format": "notalone-pack",
        "format_version": 1,
        "id": described["id"],
        "version": described["version"],
        "publisher": described["publisher"],
        "date": described["date"],
        "title": described["title"],
        "languages": list(languages),
        "language_names": described["language_names"],
        "min_app_version": described["min_app_version"],
        "public_key": public_of(private_key).text,
        "files": {
            name: {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)} for name, data in files.items()
        },
        "adds": {kind: list(keys) for kind, keys in adds.items()},
        "replaces": {kind: list(keys) for kind, keys in replaces.items()},
    }
    try:
        manifest = manifest_from(document)  # the manifest must pass what an install checks
    except Invalid as exc:
        raise PackRefused(f"{source / SOURCE_FILE}: {exc}") from exc
    problem = translations_problem(manifest)
    if problem is not None:
        raise PackRefused(problem)
    manifest_bytes = json.dumps(manifest_document(manifest), ensure_ascii=False, indent=1).encode("utf-8") + b"\n"
    out.parent.mkdir(parents=True, exist_ok=True)
    write_pack(out, manifest_bytes, sign(private_key, manifest_bytes), files)
    return Built(out, manifest, out.stat().st_size)


def _private_key(path: Path) -> Any:
    try:
        pem = read_regular_file(path, MAX_PRIVATE_KEY_BYTES)
    except FileRefused as exc:
        raise PackRefused(f"the key {path} is not a key file ({exc})") from exc
    except OSError as exc:
        raise PackRefused(f"the key {path} cannot be read ({exc.strerror or type(exc).__name__})") from exc
    try:
        return load_private_key(pem)
    except PackKeyError as exc:
        raise PackRefused(f"the key {path} cannot sign packs: {exc}") from exc


def _read_source(source: Path) -> dict[str, Any]:
    path = source / SOURCE_FILE
    where = str(path)
    try:
        data = tomllib.loads(read_regular_file(path, MAX_SOURCE_BYTES).decode("utf-8"))
    except FileNotFoundError as exc:
        raise PackRefused(f"{source} has no {SOURCE_FILE} saying what the pack is (packaging/README.md)") from exc
    except (OSError, FileRefused, UnicodeDecodeError, tomllib.TOMLDecodeError, RecursionError, ValueError) as exc:
        raise PackRefused(f"{where} cannot be read: {exc}") from exc
    try:
        v.only_keys(data, SOURCE_KEYS, "")
        date = data.get("date", dt.date.today())
        if not isinstance(date, dt.date) or isinstance(date, dt.datetime):
            raise Invalid("date", "must be a date (2026-12-08)")
        return {
            "id": data.get("id"),
            "version": data.get("version"),
            "publisher": data.get("publisher"),
            "date": date.isoformat(),
            "title": data.get("title"),
            "languages": data.get("languages", ["en"]),
            "language_names": data.get("language_names", {}),
            "min_app_version": data.get("min_app_version", __version__),
        }
    except Invalid as exc:
        raise PackRefused(f"{where}: {exc}") from exc


def _collect(source: Path, scratch: Path) -> dict[str, bytes]:
    """Every file of the pack by its name in the pack; translations compiled from .ts."""
    files: dict[str, bytes] = {}
    for path in sorted(source.rglob("*")):
        relative = path.relative_to(source).as_posix()
        if path.is_symlink():
            raise PackRefused(f"{path} is a link: a pack's source holds plain files only")
        if path.is_dir() or relative in (SOURCE_FILE, "README.md"):
            continue
        top = relative.split("/", 1)[0]
        if top in CONTENT_ENTRIES:
            name = CONTENT + relative
        elif top == "translations" and path.suffix == ".ts":
            name = TRANSLATIONS + path.with_suffix(".qm").name
            if name in files:
                continue
            files[name] = _compile(path, scratch)
            _check_member(name, path)
            continue
        elif top == "translations" and path.suffix == ".qm" and not path.with_suffix(".ts").exists():
            name = TRANSLATIONS + path.name
        else:
            raise PackRefused(f"{path}: not a file a pack may hold (see packaging/README.md, 'Content packs')")
        _check_member(name, path)
        try:
            files[name] = read_regular_file(path, limit_for(name))
        except FileRefused as exc:
            raise PackRefused(f"{path}: {exc}") from exc
    return files


def _check_member(name: str, path: Path) -> None:
    problem = member_problem(name)
    if problem is not None:
        raise PackRefused(f"{path}: {problem}")


def lrelease() -> str | None:
    """Qt's translation compiler: PySide6's beside this Python, else one on the PATH."""
    beside = Path(sys.executable).parent / ("pyside6-lrelease" + (".exe" if sys.platform == "win32" else ""))
    if beside.is_file():
        return str(beside)
    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


def _compile(ts: Path, scratch: Path) -> bytes:
    tool = lrelease()
    if tool is None:
        raise PackRefused(
            f"{ts} needs Qt's lrelease to be compiled (pip install PySide6-Essentials), or put the .qm beside it"
        )
    qm = scratch / ts.with_suffix(".qm").name
    result = subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], capture_output=True, text=True, check=False)
    if result.returncode != 0 or not qm.is_file():
        reason = " ".join((result.stderr or result.stdout).split())[:200]
        raise PackRefused(f"{ts} could not be compiled: {reason or 'lrelease failed'}")
    return qm.read_bytes()
