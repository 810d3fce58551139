"""A content pack file on disk: checked whole and unpacked into a folder, or written from one.

Reading follows the rule of every file the app is handed (core/safe_read.py): one open of a regular file with a
size cap, each member read with a cap of its own whatever the zip's directory claims, and every failure of
zipfile turned into one sentence. Before anything is unpacked: no member may be a link, leave the folder, appear
twice or be missing from the manifest, and the manifest's signature must hold; while unpacking, every file must
have the size and SHA-256 the signed manifest gives.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import hashlib
import os
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from notalone_desktop.core.content.pack import (
    MANIFEST,
    MAX_FILES,
    MAX_MANIFEST_BYTES,
    MAX_MANIFEST_CONTAINERS,
    MAX_PACK_BYTES,
    MAX_SIGNATURE_BYTES,
    MAX_UNPACKED_BYTES,
    SIGNATURE,
    PackManifest,
    PackRefused,
    member_problem,
    parse_manifest,
)
from notalone_desktop.core.content.pack_keys import PackKeyError, PublicKey, parse_public_key, signature_holds
from notalone_desktop.core.safe_read import (
    ZIP_DAMAGED,
    FileRefused,
    JsonRefused,
    is_zip_link,
    load_json_bounded,
    open_regular_file,
    read_zip_member,
)

_METHODS = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)


@dataclass(frozen=True)
class Unpacked:
    folder: Path  # holds manifest.json, manifest.sig and every file the manifest lists
    manifest: PackManifest
    manifest_bytes: bytes


def unpack(path: Path, into: Path, expected_key: PublicKey | None = None, file_mode: int = 0o600) -> Unpacked:
    """Check the pack file at `path` and unpack it into the folder `into` (made here; it must not exist).

    PackRefused, one sentence naming what is wrong, for anything that is not a whole pack signed as it says (and,
    with `expected_key`, signed by that key); OSError only for a folder that cannot be written (a full disk).
    """
    with contextlib.ExitStack() as stack:
        try:
            handle = stack.enter_context(open_regular_file(path, MAX_PACK_BYTES))
        except FileNotFoundError as exc:
            raise PackRefused("there is no such file") from exc
        except FileRefused as exc:
            if exc.code == "too-big":
                raise PackRefused(f"it is too big to be a content pack (at most {MAX_PACK_BYTES // 2**20} MB)") from exc
            raise PackRefused("it is not a file (a folder, a device or a pipe)") from exc
        except OSError as exc:
            raise PackRefused(f"it cannot be read ({exc.strerror or type(exc).__name__})") from exc
        try:
            return _unpack(handle, into, expected_key, file_mode)
        except zipfile.BadZipFile as exc:
            raise PackRefused("it is not a content pack, or it is damaged or cut short (not a whole zip file)") from exc
        except ZIP_DAMAGED as exc:
            raise PackRefused(f"it is damaged: a part of it cannot be unpacked ({type(exc).__name__})") from exc
        except MemoryError as exc:
            raise PackRefused("it is too big to be read as a content pack") from exc


def _unpack(handle: IO[bytes], into: Path, expected_key: PublicKey | None, file_mode: int) -> Unpacked:
    with zipfile.ZipFile(handle) as archive:
        infos = archive.infolist()
        _check_members(infos)
        by_name = {info.filename: info for info in infos}
        if MANIFEST not in by_name or SIGNATURE not in by_name:
            raise PackRefused(f"it is not a content pack: it has no {MANIFEST} and {SIGNATURE}")
        manifest_bytes = _member(archive, by_name[MANIFEST], MAX_MANIFEST_BYTES)
        signature = _signature(_member(archive, by_name[SIGNATURE], MAX_SIGNATURE_BYTES))
        try:
            value = load_json_bounded(manifest_bytes, MAX_MANIFEST_CONTAINERS)
        except JsonRefused as exc:
            raise PackRefused(f"its manifest cannot be read: {exc}") from exc
        key = _signer(value)
        if not signature_holds(key, manifest_bytes, signature):
            raise PackRefused(
                "its signature does not match its manifest: the pack was changed after it was signed, or is damaged"
            )
        if expected_key is not None and key != expected_key:
            raise PackRefused(
                f"it is signed by the key {key.fingerprint}, not by the key given ({expected_key.fingerprint})"
            )
        manifest = parse_manifest(value)
        listed = {entry.path for entry in manifest.files}
        held = set(by_name) - {MANIFEST, SIGNATURE}
        unlisted = sorted(held - listed)
        if unlisted:
            raise PackRefused(f"it holds a file its manifest does not list ({unlisted[0]})")
        missing = sorted(listed - held)
        if missing:
            raise PackRefused(f"it is incomplete: {missing[0]} is missing")
        into.mkdir(mode=_folder_mode(file_mode), parents=False)
        total = 0
        for entry in manifest.files:
            data = _member(archive, by_name[entry.path], entry.size)
            total += len(data)
            if total > MAX_UNPACKED_BYTES:
                raise PackRefused(f"it unpacks to more than {MAX_UNPACKED_BYTES // 2**20} MB")
            if len(data) != entry.size or hashlib.sha256(data).hexdigest() != entry.sha256:
                raise PackRefused(f"{entry.path} does not match its SHA-256 in the manifest: it was changed or damaged")
            _write(into / entry.path, data, file_mode)
        _write(into / MANIFEST, manifest_bytes, file_mode)
        _write(into / SIGNATURE, base64.b64encode(signature) + b"\n", file_mode)
    for top, folders, _files in os.walk(into):
        for name in folders:  # whatever the umask: every user reads a machine-wide pack
            os.chmod(Path(top) / name, _folder_mode(file_mode))
    return Unpacked(into, manifest, manifest_bytes)


def _folder_mode(file_mode: int) -> int:
    return 0o755 if file_mode & 0o044 else 0o700


def _check_members(infos: list[zipfile.ZipInfo]) -> None:
    if len(infos) > MAX_FILES + 2:
        raise PackRefused(f"it holds more than {MAX_FILES} files")
    seen: set[str] = set()
    for info in infos:
        name = info.filename
        shown = repr(name[:80])
        if name in seen:
            raise PackRefused(f"it holds {shown} twice")
        seen.add(name)
        if is_zip_link(info):
            raise PackRefused(f"it holds a link ({shown}): a pack holds plain files only")
        if name in (MANIFEST, SIGNATURE):
            continue
        problem = member_problem(name)
        if problem is not None:
            raise PackRefused(f"it holds {shown}, which {problem}")
        if info.flag_bits & 0x1:
            raise PackRefused(f"{shown} in it is encrypted")
        if info.compress_type not in _METHODS:
            raise PackRefused(f"{shown} in it is compressed in a way Not Alone does not read")


def _member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    data = read_zip_member(archive, info, limit)
    if data is None:
        raise PackRefused(f"{info.filename[:80]!r} in it is bigger than its manifest or the limits allow")
    return data


def _signature(data: bytes) -> bytes:
    try:
        return base64.b64decode(data.strip(), validate=True)
    except (binascii.Error, ValueError) as exc:
        raise PackRefused(f"its {SIGNATURE} is not a signature") from exc


def _signer(value: object) -> PublicKey:
    text = value.get("public_key") if isinstance(value, dict) else None
    if not isinstance(text, str):
        raise PackRefused("its manifest names no public key")
    try:
        return parse_public_key(text)
    except PackKeyError as exc:
        raise PackRefused(f"its manifest's public key cannot be used: {exc}") from exc


def _write(path: Path, data: bytes, mode: int) -> None:
    path.parent.mkdir(mode=_folder_mode(mode), parents=True, exist_ok=True)
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_BINARY", 0), mode)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
    os.chmod(path, mode)  # whatever the umask


def write_pack(out: Path, manifest_bytes: bytes, signature: bytes, files: dict[str, bytes]) -> None:
    """The pack file: written to `<out>.part`, then renamed, so that a file with the pack's name is whole."""
    partial = out.with_name(out.name + ".part")
    partial.unlink(missing_ok=True)
    try:
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(_info(MANIFEST), manifest_bytes)
            archive.writestr(_info(SIGNATURE), base64.b64encode(signature) + b"\n")
            for name in sorted(files):
                archive.writestr(_info(name), files[name])
        os.replace(partial, out)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def _info(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))  # the same pack makes the same file
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o644 << 16
    return info
