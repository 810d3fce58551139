"""The family archive on disk: a zip with `manifest.json` and `family.json`, written whole or not at all.

This module knows the container (zip, JSON, sizes); what the JSON must hold is checked in services/data.py.
"""

from __future__ import annotations

import json
import os
import zipfile
from pathlib import Path
from typing import Any

from notalone_desktop.core.errors import NotAloneError
from notalone_desktop.storage.backup import PART_SUFFIX, fsync_dir

FORMAT = "notalone-family"
VERSION = 1
MANIFEST = "manifest.json"
FAMILY = "family.json"
MEMBERS = (MANIFEST, FAMILY)
MAX_MANIFEST_BYTES = 64 * 1024
# A family with thousands of notes stays far below this; anything bigger is not an archive of ours.
MAX_FAMILY_BYTES = 20 * 1024 * 1024
MAX_ARCHIVE_BYTES = MAX_FAMILY_BYTES + MAX_MANIFEST_BYTES + 64 * 1024


class ArchiveRefused(NotAloneError):
    """The file is not a family archive this version can read; the message says why in one sentence."""


def write_archive(path: Path, manifest: dict[str, Any], family: dict[str, Any]) -> Path:
    """Write the archive to `<path>.part`, fsync, then rename: a file with the archive's name is always whole."""
    temporary = path.with_name(path.name + PART_SUFFIX)
    temporary.unlink(missing_ok=True)
    fd = os.open(temporary, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "wb") as handle:
            with zipfile.ZipFile(handle, "w", compression=zipfile.ZIP_DEFLATED) as archive:
                archive.writestr(MANIFEST, _dumps(manifest))
                archive.writestr(FAMILY, _dumps(family))
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    fsync_dir(path.parent)
    return path


def _dumps(value: dict[str, Any]) -> bytes:
    return json.dumps(value, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")


def read_archive(path: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    """(manifest, family) of the archive at `path`, or ArchiveRefused naming what is wrong."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ArchiveRefused(f"{path} cannot be read ({exc.strerror or exc})") from exc
    if size > MAX_ARCHIVE_BYTES:
        raise ArchiveRefused(f"{path} is too big to be a family archive ({size / 1_000_000:.0f} MB)")
    try:
        with zipfile.ZipFile(path) as archive:
            names = archive.namelist()
            if MANIFEST not in names:
                raise ArchiveRefused(f"{path} is not a Not Alone family archive (it has no {MANIFEST})")
            unknown = sorted(set(names) - set(MEMBERS))
            if unknown or len(names) != len(set(names)):
                raise ArchiveRefused(f"{path} holds files a family archive does not have ({', '.join(unknown[:3])})")
            manifest = _load(archive, MANIFEST, MAX_MANIFEST_BYTES)
            _check_manifest(manifest)
            if FAMILY not in names:
                raise ArchiveRefused(f"{path} is incomplete: it has no {FAMILY}")
            family = _load(archive, FAMILY, MAX_FAMILY_BYTES)
    except zipfile.BadZipFile as exc:
        raise ArchiveRefused(f"{path} is not a family archive, or it is damaged or truncated ({exc})") from exc
    except (OSError, EOFError, zipfile.LargeZipFile, NotImplementedError, RuntimeError) as exc:
        raise ArchiveRefused(f"{path} cannot be read as a family archive ({type(exc).__name__})") from exc
    return manifest, family


def _load(archive: zipfile.ZipFile, name: str, limit: int) -> dict[str, Any]:
    info = archive.getinfo(name)
    if info.file_size > limit:
        raise ArchiveRefused(f"{name} in the archive is too big ({info.file_size / 1_000_000:.0f} MB)")
    # The sizes in a zip's directory can lie: read no more than the limit, whatever they say.
    with archive.open(info) as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise ArchiveRefused(f"{name} in the archive is too big")
    try:
        value = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise ArchiveRefused(f"{name} in the archive is not valid JSON") from exc
    if not isinstance(value, dict):
        raise ArchiveRefused(f"{name} in the archive does not hold a JSON object")
    return value


def _check_manifest(manifest: dict[str, Any]) -> None:
    if manifest.get("format") != FORMAT:
        shown = str(manifest.get("format"))[:40]
        raise ArchiveRefused(f"the file is not a Not Alone family archive (format {shown!r})")
    version = manifest.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise ArchiveRefused("the archive's manifest has no valid version")
    if version > VERSION:
        raise ArchiveRefused(
            f"the archive was written by a newer version of Not Alone (format version {version}); "
            "install the newer version to import it"
        )
    if version < 1:
        raise ArchiveRefused(f"the archive's format version {version} is not known")
