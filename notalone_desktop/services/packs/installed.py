"""The installed content packs, found at every start without slowing it: a pack was verified (signature, hashes,
content) when it was installed, and what was installed is noted beside it (`installed.json`: every file's size
and modification time). At start each pack's files are only listed and compared with that note; a file that
differs is hashed against the signed manifest, and a pack whose files no longer match it is not used (Settings
says so) until it is installed again. No signature is checked here, so `cryptography` is never imported at start.

The order is fixed (resources/README.md, "Content packs"): the machine-wide packs, then the user's own, each
folder by pack id; a later pack replaces the entries of an earlier one with the same key. A pack installed in
both folders is used once, in its newer version (the user's when they are the same).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from notalone_desktop.core.content.pack import (
    MANIFEST,
    MAX_MANIFEST_BYTES,
    MAX_MANIFEST_CONTAINERS,
    SIGNATURE,
    PackManifest,
    PackRefused,
    parse_manifest,
)
from notalone_desktop.core.safe_read import FileRefused, JsonRefused, load_json_bounded, read_regular_file
from notalone_desktop.services.packs.locations import SYSTEM, USER, system_packs_dir, user_packs_dir

log = logging.getLogger(__name__)
STATE_FILE = "installed.json"
STATE_FORMAT = "notalone-installed-pack"
MAX_STATE_BYTES = 2 * 1024 * 1024
Stamps = dict[str, list[int]]  # path inside the pack folder -> [size, modification time in ns]


@dataclass(frozen=True)
class InstalledPack:
    folder: Path
    scope: str  # USER or SYSTEM
    manifest: PackManifest
    trusted: bool  # signed by a key this app trusted when it was installed; otherwise shown as "from <publisher>"
    installed_at: str  # UTC, ISO 8601
    problem: str = ""  # why the pack is not used (its files changed since it was installed); "" when it is

    @property
    def pack_id(self) -> str:
        return self.manifest.pack_id

    @property
    def version(self) -> int:
        return self.manifest.version

    @property
    def publisher(self) -> str:
        return self.manifest.publisher

    @property
    def fingerprint(self) -> str:
        return self.manifest.public_key.fingerprint

    @property
    def content_dir(self) -> Path:
        return self.folder / "content"

    @property
    def translations_dir(self) -> Path:
        return self.folder / "translations"

    @property
    def usable(self) -> bool:
        return not self.problem


def usable_packs() -> list[InstalledPack]:
    """The packs the content catalog reads, in their order (the machine-wide ones, then the user's)."""
    chosen: dict[str, InstalledPack] = {}
    for pack in [*find_packs(system_packs_dir(), SYSTEM), *find_packs(user_packs_dir(), USER)]:
        if not pack.usable:
            continue
        earlier = chosen.get(pack.pack_id)
        if earlier is not None and earlier.version > pack.version:
            continue  # the machine-wide copy is newer than the user's
        chosen.pop(pack.pack_id, None)
        chosen[pack.pack_id] = pack
    return list(chosen.values())


def all_packs() -> list[InstalledPack]:
    """Every installed pack, usable or not, machine-wide ones first (what Settings and `pack list` show)."""
    return [*find_packs(system_packs_dir(), SYSTEM), *find_packs(user_packs_dir(), USER)]


def find_packs(directory: Path, scope: str) -> list[InstalledPack]:
    """The packs in one folder, by pack id. Folders starting with '.' are installs or removals under way."""
    try:
        entries = sorted(entry.name for entry in os.scandir(directory) if entry.is_dir() and entry.name[0] != ".")
    except OSError:  # no such folder (no pack was ever installed), or not readable
        return []
    packs = []
    for name in entries:
        pack = read_pack(directory / name, scope)
        if pack is not None:
            packs.append(pack)
    return packs


def read_pack(folder: Path, scope: str) -> InstalledPack | None:
    """The pack in `folder` with its state, or None when the folder is not an installed pack at all."""
    try:
        state = _read_json(folder / STATE_FILE, MAX_STATE_BYTES)
        manifest_bytes = read_regular_file(folder / MANIFEST, MAX_MANIFEST_BYTES)
        verified = _manifest_unchanged(folder, manifest_bytes, state)
        manifest = parse_manifest(load_json_bounded(manifest_bytes, MAX_MANIFEST_CONTAINERS), verified)
    except (OSError, FileRefused, JsonRefused, PackRefused, ValueError, KeyError, TypeError) as exc:
        log.warning("content pack folder %s is not used: %s", folder.name, exc)
        return None
    if state.get("format") != STATE_FORMAT or not isinstance(state.get("stamps"), dict):
        log.warning("content pack folder %s is not used: no state of an install", folder.name)
        return None
    trusted = state.get("trusted") is True
    installed_at = str(state.get("installed_at", ""))
    problem = ""
    if folder.name != manifest.pack_id:
        problem = "its folder is not named after its pack id"
    elif not verified:
        problem = "its manifest changed since it was installed"
    else:
        problem = _files_problem(folder, manifest, state["stamps"])
    if problem:
        log.warning("content pack %s is not used: %s", manifest.pack_id, problem)
    return InstalledPack(folder, scope, manifest, trusted, installed_at, problem)


def _manifest_unchanged(folder: Path, manifest_bytes: bytes, state: dict[str, Any]) -> bool:
    """The manifest is the one verified at install: the same size and time as noted then (no hashing, so that a
    start needs no hashlib), or else the same SHA-256."""
    recorded = state.get("stamps", {}).get(MANIFEST) if isinstance(state.get("stamps"), dict) else None
    with contextlib.suppress(OSError):
        info = (folder / MANIFEST).stat()
        if recorded == [info.st_size, info.st_mtime_ns]:
            return True
    return _sha256(manifest_bytes) == state.get("manifest_sha256")


def _sha256(data: bytes) -> str:
    import hashlib

    return hashlib.sha256(data).hexdigest()


def stamps_of(folder: Path) -> Stamps:
    """Every file under the pack folder (but the state file): its size and modification time. Plain strings
    and scandir, no pathlib: this runs at every start, over every file of every pack."""
    stamps: Stamps = {}
    pending = [(str(folder), "")]
    while pending:
        path, prefix = pending.pop()
        with os.scandir(path) as entries:
            for entry in entries:
                relative = prefix + entry.name
                if entry.is_dir(follow_symlinks=False):
                    pending.append((entry.path, relative + "/"))
                elif relative not in (STATE_FILE, f".{STATE_FILE}.part"):
                    info = entry.stat(follow_symlinks=False)
                    stamps[relative] = [info.st_size, info.st_mtime_ns]
    return stamps


def write_state(folder: Path, manifest_bytes: bytes, trusted: bool, installed_at: str | None = None) -> None:
    state = {
        "format": STATE_FORMAT,
        "version": 1,
        "installed_at": installed_at or dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "trusted": trusted,
        "manifest_sha256": _sha256(manifest_bytes),
        "stamps": stamps_of(folder),
    }
    _write_state(folder, state)


def _write_state(folder: Path, state: dict[str, Any]) -> None:
    partial = folder / f".{STATE_FILE}.part"
    partial.write_text(json.dumps(state, indent=1, sort_keys=True), encoding="utf-8")
    os.chmod(partial, (folder / MANIFEST).stat().st_mode & 0o777)  # readable by whoever reads the pack
    os.replace(partial, folder / STATE_FILE)


def _files_problem(folder: Path, manifest: PackManifest, recorded: dict[str, Any]) -> str:
    """ "" when the pack's files are those it was installed with: the same names, sizes and times, or, where a
    time or size moved (a copy, a restore), the same SHA-256 as the signed manifest says."""
    try:
        current = stamps_of(folder)
    except OSError as exc:
        return f"its files cannot be read ({exc.strerror or type(exc).__name__})"
    if current == recorded:
        return ""
    expected = {f.path: f for f in manifest.files}
    listed = {MANIFEST, SIGNATURE, *expected}
    unlisted = sorted(set(current) - listed)
    if unlisted:
        return f"it holds a file its manifest does not list ({unlisted[0]})"
    missing = sorted(listed - set(current))
    if missing:
        return f"a file is missing ({missing[0]})"
    for path, entry in expected.items():
        if current[path] == recorded.get(path):
            continue
        try:
            data = read_regular_file(folder / path, entry.size)
        except (OSError, FileRefused):
            return f"{path} changed since it was installed"
        if _sha256(data) != entry.sha256:
            return f"{path} changed since it was installed"
    with contextlib.suppress(OSError, FileRefused, JsonRefused, ValueError):
        # Only the times moved: note them, so that the next start needs no hashing (a machine-wide pack's folder
        # is read-only to users: it is hashed at each start instead, which costs milliseconds).
        state = _read_json(folder / STATE_FILE, MAX_STATE_BYTES)
        state["stamps"] = current
        _write_state(folder, state)
    return ""


def _read_json(path: Path, limit: int) -> dict[str, Any]:
    value = load_json_bounded(read_regular_file(path, limit), 100_000)
    if not isinstance(value, dict):
        raise ValueError(f"{path.name} does not hold an object")
    return value
