"""What a user or another program hands the app, read by one rule: files, JSON and times that cannot hurt.

Every file read on a user's behalf (family archives, vCards, NGO profiles, backups to restore) is opened once,
without blocking (a FIFO would otherwise hang the app), checked with `fstat` to be a regular file (not a device
such as /dev/zero, a FIFO or a socket, wherever a symlink points) and read with a cap, whatever size the file
system reports. JSON is bounded before it is parsed (containers, digits), and times out of range are refused
instead of raising OverflowError. Plain Python, no Qt.
"""

from __future__ import annotations

import datetime as dt
import errno
import json
import lzma
import os
import re
import stat
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from notalone_desktop.core.errors import NotAloneError

CHUNK_BYTES = 1 << 20
# The digits of a number any file of ours holds (years, counts, scores) fit in far fewer; Python refuses to
# parse more than 4,300 with a ValueError of its own, after doing the work.
MAX_INT_DIGITS = 30
# A string in JSON: skipped by the pre-scan, so that braces inside notes are not counted.
_JSON_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"')
# An escaped half of a surrogate pair (\ud800-\udfff). json reads a lone one into a str that cannot be encoded
# (SQLite then raises UnicodeEncodeError); an export of ours (ensure_ascii=False) holds no such escape at all.
_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")


class FileRefused(NotAloneError):
    """A file that is not read at all. `code`: "not-a-file" (device, FIFO, socket, folder) or "too-big"."""

    def __init__(self, code: str, message: str, size: int | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.size = size  # bytes, when known: the file's own size, or more than the cap


class JsonRefused(NotAloneError):
    """JSON that is not parsed (or not kept): the message says why in words for people."""


# Files -------------------------------------------------------------------------------------------------------


def _open_flags() -> int:
    flags = os.O_RDONLY
    for name in ("O_NONBLOCK", "O_NOCTTY", "O_CLOEXEC", "O_BINARY"):
        flags |= getattr(os, name, 0)
    return flags


def open_regular_fd(path: Path) -> int:
    """A descriptor of the regular file at `path`, opened once and in blocking mode again; FileRefused for
    anything else. OSError (no such file, no permission) is the caller's to word."""
    try:
        fd = os.open(path, _open_flags())
    except OSError as exc:
        if exc.errno == errno.ENXIO:  # a socket, or a FIFO's other end: not a file
            raise FileRefused("not-a-file", f"{path} is not a file (it is a socket or a device)") from exc
        raise
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise FileRefused("not-a-file", f"{path} is not a file but {_kind(info.st_mode)}")
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)  # non-blocking was only for the open; a regular file reads the same
    except BaseException:
        os.close(fd)
        raise
    return fd


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "something other than a file"


@contextmanager
def open_regular_file(path: Path, limit: int) -> Iterator[IO[bytes]]:
    """The regular file at `path`, open for binary reading, when its size is at most `limit` bytes.

    For readers that seek (zip): the size comes from `fstat` of the very file opened, and each of its parts is
    still to be read with a cap of its own."""
    fd = open_regular_fd(path)
    try:
        size = os.fstat(fd).st_size
        if size > limit:
            raise _too_big(path, size, limit)
        handle = os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise
    with handle:
        yield handle


def read_regular_file(path: Path, limit: int) -> bytes:
    """The bytes of the regular file at `path`, at most `limit` of them: FileRefused beyond that (a file that
    grows while it is read, or reports a wrong size, is cut off at `limit` + 1 bytes and refused)."""
    fd = open_regular_fd(path)
    try:
        size = os.fstat(fd).st_size
        if size > limit:
            raise _too_big(path, size, limit)
        return _read_capped(fd, path, limit)
    finally:
        os.close(fd)


def _read_capped(fd: int, path: Path, limit: int) -> bytes:
    chunks: list[bytes] = []
    total = 0
    while total <= limit:
        chunk = os.read(fd, min(CHUNK_BYTES, limit + 1 - total))
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
    if total > limit:
        raise FileRefused("too-big", f"{path} is bigger than {_megabytes(limit)} MB", total)
    return b"".join(chunks)


def _too_big(path: Path, size: int, limit: int) -> FileRefused:
    return FileRefused("too-big", f"{path} is too big ({_megabytes(size)} MB; at most {_megabytes(limit)})", size)


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f}"


# JSON --------------------------------------------------------------------------------------------------------


def count_json_containers(data: bytes) -> int:
    """How many objects and arrays a JSON text would make, without making them (braces inside strings aside)."""
    bare = _JSON_STRING.sub(b"", data)
    return bare.count(b"{") + bare.count(b"[")


def _bounded_int(text: str) -> int:
    if len(text.lstrip("-")) > MAX_INT_DIGITS:
        raise JsonRefused(f"it holds a number of {len(text):,} digits")
    return int(text)


def _no_constant(text: str) -> Any:
    raise JsonRefused(f"it holds {text}, which is not a number")


def load_json_bounded(data: bytes, max_containers: int) -> Any:
    """The JSON value in `data` (UTF-8), or JsonRefused: not UTF-8, not JSON, nested too deep, more than
    `max_containers` objects and arrays (counted before any is made: a few kilobytes of `{}` zipped must not
    take hundreds of megabytes), numbers of more than MAX_INT_DIGITS digits, NaN or Infinity."""
    containers = count_json_containers(data)
    if containers > max_containers:
        raise JsonRefused(f"it holds {containers:,} lists and objects (at most {max_containers:,})")
    try:
        text = data.decode("utf-8")
        value = json.loads(text, parse_int=_bounded_int, parse_constant=_no_constant)
        if _SURROGATE_ESCAPE.search(data):
            _refuse_lone_surrogates(value)
        return value
    except JsonRefused:
        raise
    except UnicodeDecodeError as exc:
        raise JsonRefused("it is not UTF-8 text") from exc
    except RecursionError as exc:
        raise JsonRefused("it is nested too deep") from exc
    except MemoryError as exc:
        raise JsonRefused("it is too big to read") from exc
    except (ValueError, OverflowError) as exc:  # JSONDecodeError is a ValueError
        raise JsonRefused("it is not valid JSON") from exc


def _refuse_lone_surrogates(value: Any) -> None:
    """JsonRefused when a text (or a key) in `value` holds half of a surrogate pair; walks without recursion."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(item)
            continue
        texts: Any = ()
        if isinstance(item, dict):
            stack.extend(item.values())
            texts = item.keys()
        elif isinstance(item, str):
            texts = (item,)
        for text in texts:
            try:
                text.encode("utf-8")
            except UnicodeEncodeError as exc:
                raise JsonRefused("it holds text that is not valid Unicode (half of a surrogate pair)") from exc


# Zip members -------------------------------------------------------------------------------------------------

# What zipfile raises besides BadZipFile for a damaged, truncated or odd file: damaged deflate, LZMA or bzip2
# data, a member cut short, an encrypted member (RuntimeError), a compression it does not know, sizes out of range.
ZIP_DAMAGED: tuple[type[BaseException], ...] = (
    zlib.error,
    lzma.LZMAError,
    EOFError,
    zipfile.LargeZipFile,
    NotImplementedError,
    RuntimeError,
    ValueError,
    OverflowError,
)


def read_zip_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes | None:
    """The bytes of one member, or None when it holds more than `limit`: the sizes in a zip's directory can lie,
    so no more than `limit` + 1 bytes are ever unpacked, whatever they say (a bomb stops there)."""
    if info.file_size > limit:
        return None
    with archive.open(info) as handle:
        data = handle.read(limit + 1)
    return None if len(data) > limit else data


def is_zip_link(info: zipfile.ZipInfo) -> bool:
    """A member stored as a symbolic link (Unix mode in the high bits of its external attributes)."""
    return stat.S_ISLNK(info.external_attr >> 16)


# Times -------------------------------------------------------------------------------------------------------


def parse_utc_time(value: object, max_length: int = 40) -> dt.datetime | None:
    """An ISO 8601 time as the database keeps it (UTC, no time zone), or None when `value` is not one, or lies
    out of the range a datetime can hold once it is moved to UTC (0001-01-01T00:00+01:00 would raise
    OverflowError)."""
    if not isinstance(value, str) or len(value) > max_length:
        return None
    try:
        moment = dt.datetime.fromisoformat(value)
        if moment.tzinfo is not None:
            moment = moment.astimezone(dt.UTC).replace(tzinfo=None)
    except (ValueError, OverflowError):
        return None
    return moment
