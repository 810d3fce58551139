"""The family archive on disk: a zip with `manifest.json` and `family.json`, written whole or not at all.

This module knows the container (zip, JSON, sizes); what the JSON must hold is checked in services/family_data/.
"""

from __future__ import annotations

import json
import lzma
import os
import zipfile
import zlib
from pathlib import Path
from typing import IO, Any

from notalone_desktop.core.errors import NotAloneError
from notalone_desktop.core.safe_read import (
    FileRefused,
    JsonRefused,
    count_json_containers,
    load_json_bounded,
    open_regular_file,
    parse_utc_time,
    read_zip_member,
)
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
# Lists and objects: an export spends at least 30 bytes on each (indented JSON), so a whole 20 MB family.json
# holds fewer than 700,000; 6.6 million `{}` (20 MB, 20 kB zipped) would take 570 MB to parse and are refused
# before parsing. write_archive checks both limits before it writes (what this version writes, it reads).
MAX_FAMILY_CONTAINERS = 1_000_000
MAX_MANIFEST_CONTAINERS = 1_000


class ArchiveRefused(NotAloneError):
    """The file is not a family archive this version can read; the message says why in one sentence."""


class ArchiveTooBig(NotAloneError):
    """An archive that read_archive would refuse is not written: the message says which limit it passes."""


def write_archive(path: Path, manifest: dict[str, Any], family: dict[str, Any]) -> Path:
    """Write the archive to `<path>.part`, fsync, then rename: a file with the archive's name is always whole.

    ArchiveTooBig, before any file is made, when a member would pass a limit that read_archive checks: what this
    version writes, it reads."""
    members = [(MANIFEST, dumps(manifest)), (FAMILY, dumps(family))]
    for name, data in members:
        check_member_size(name, data)
    temporary = path.with_name(path.name + PART_SUFFIX)
    temporary.unlink(missing_ok=True)
    fd = os.open(temporary, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "wb") as handle:
            with zipfile.ZipFile(handle, "w", compression=zipfile.ZIP_DEFLATED) as archive:
                for name, data in members:
                    archive.writestr(name, data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    fsync_dir(path.parent)
    return path


def dumps(value: dict[str, Any]) -> bytes:
    """A member's JSON as written into an archive (indented, keys sorted: equal data, equal files)."""
    return json.dumps(value, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")


def check_member_size(name: str, data: bytes) -> None:
    """ArchiveTooBig when the member `name` holding `data` would be refused by read_archive (bytes, then lists
    and objects)."""
    limit, containers = (
        (MAX_MANIFEST_BYTES, MAX_MANIFEST_CONTAINERS) if name == MANIFEST else (MAX_FAMILY_BYTES, MAX_FAMILY_CONTAINERS)
    )
    if len(data) > limit:
        raise ArchiveTooBig(
            f"{name} would be {len(data) / 1_000_000:.2f} MB, and an archive holds at most {limit / 1_000_000:.2f} MB"
        )
    count = count_json_containers(data)
    if count > containers:
        raise ArchiveTooBig(
            f"{name} would hold {count:,} lists and objects, and an archive holds at most {containers:,}"
        )


def read_archive(path: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    """(manifest, family) of the archive at `path`, or ArchiveRefused naming what is wrong.

    The path is opened once and must be a regular file (a device such as /dev/zero, a FIFO or a socket is
    refused at once, even behind a symlink); each member is read with a cap and its JSON bounded before it is
    parsed. Whatever the file holds, the only exception that leaves is ArchiveRefused.
    """
    try:
        with open_regular_file(path, MAX_ARCHIVE_BYTES) as handle:
            return _read_members(path, handle)
    except FileRefused as exc:
        if exc.code == "too-big":
            size = f" ({exc.size / 1_000_000:.0f} MB)" if exc.size else ""
            raise ArchiveRefused(f"{path} is too big to be a family archive{size}") from exc
        raise ArchiveRefused(f"{path} is not a family archive: {exc}") from exc
    except OSError as exc:
        raise ArchiveRefused(f"{path} cannot be read ({exc.strerror or type(exc).__name__})") from exc
    except MemoryError as exc:
        raise ArchiveRefused(f"{path} is too big to be read as a family archive") from exc


def _read_members(path: Path, handle: IO[bytes]) -> tuple[dict[str, Any], dict[str, Any]]:
    try:
        with zipfile.ZipFile(handle) as archive:
            names = archive.namelist()
            if MANIFEST not in names:
                raise ArchiveRefused(f"{path} is not a Not Alone family archive (it has no {MANIFEST})")
            unknown = sorted(set(names) - set(MEMBERS))
            if unknown or len(names) != len(set(names)):
                shown = ", ".join(repr(name[:40]) for name in unknown[:3])
                raise ArchiveRefused(f"{path} holds files a family archive does not have ({shown})")
            manifest = _load(archive, MANIFEST, MAX_MANIFEST_BYTES, MAX_MANIFEST_CONTAINERS)
            _check_manifest(manifest)
            if FAMILY not in names:
                raise ArchiveRefused(f"{path} is incomplete: it has no {FAMILY}")
            family = _load(archive, FAMILY, MAX_FAMILY_BYTES, MAX_FAMILY_CONTAINERS)
    except zipfile.BadZipFile as exc:
        raise ArchiveRefused(f"{path} is not a family archive, or it is damaged or truncated ({exc})") from exc
    except (zlib.error, lzma.LZMAError, EOFError) as exc:
        raise ArchiveRefused(f"{path} is damaged: a part of it cannot be unpacked") from exc
    except (zipfile.LargeZipFile, NotImplementedError, RuntimeError, ValueError, OverflowError) as exc:
        # RuntimeError: an encrypted member; NotImplementedError: a compression zipfile does not know.
        raise ArchiveRefused(f"{path} cannot be read as a family archive ({type(exc).__name__})") from exc
    return manifest, family


def _load(archive: zipfile.ZipFile, name: str, limit: int, containers: int) -> dict[str, Any]:
    info = archive.getinfo(name)
    if info.file_size > limit:
        raise ArchiveRefused(f"{name} in the archive is too big ({info.file_size / 1_000_000:.0f} MB)")
    data = read_zip_member(archive, info, limit)  # no more than the limit, whatever the zip's directory says
    if data is None:
        raise ArchiveRefused(f"{name} in the archive is too big")
    try:
        value = load_json_bounded(data, containers)
    except JsonRefused as exc:
        raise ArchiveRefused(f"{name} in the archive cannot be used: {exc}") from exc
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
    if "created" in manifest and parse_utc_time(manifest["created"]) is None:
        # Also out of range once moved to UTC (0001-01-01T00:00:00+01:00): refused here, not an OverflowError.
        raise ArchiveRefused("the archive's manifest has no valid creation time")
