"""The one rule for files and JSON a user hands the app (core/safe_read.py), pinned word for word: what each
refusal says (a family reads it after "notalone: error:" or in the window), where the caps fall exactly, and
times read in UTC whatever the computer's zone."""

from __future__ import annotations

import datetime as dt
import os
import socket
import stat
import time
from pathlib import Path

import pytest

from notalone_desktop.core.safe_read import (
    FileRefused,
    JsonRefused,
    _kind,
    _read_capped,
    load_json_bounded,
    open_regular_file,
    parse_utc_time,
    read_regular_file,
)

unix_only = pytest.mark.skipif(not hasattr(os, "mkfifo") or not Path("/dev/zero").exists(), reason="needs FIFOs")


def refused(path: Path, limit: int = 1000) -> tuple[str, str, int | None]:
    with pytest.raises(FileRefused) as raised:
        read_regular_file(path, limit)
    return raised.value.code, str(raised.value), raised.value.size


@unix_only
def test_what_is_not_a_file_is_named(tmp_path: Path) -> None:
    fifo = tmp_path / "family.zip"
    os.mkfifo(fifo)
    assert refused(fifo) == ("not-a-file", f"{fifo} is not a file but a pipe (FIFO)", None)
    assert refused(Path("/dev/zero")) == ("not-a-file", "/dev/zero is not a file but a device", None)
    link = tmp_path / "contacts.vcf"
    link.symlink_to("/dev/zero")
    assert refused(link) == ("not-a-file", f"{link} is not a file but a device", None)
    assert refused(tmp_path) == ("not-a-file", f"{tmp_path} is not a file but a folder", None)


@unix_only
def test_a_socket_is_refused_when_it_is_opened(tmp_path: Path) -> None:
    path = tmp_path / "s.vcf"
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        server.bind(str(path))
        assert refused(path) == ("not-a-file", f"{path} is not a file (it is a socket or a device)", None)
    finally:
        server.close()


def test_the_kind_of_every_other_thing_is_named() -> None:
    # A socket and "something else" cannot be opened on Linux (os.open refuses a socket first); other systems can.
    assert _kind(stat.S_IFSOCK) == "a socket"
    assert _kind(stat.S_IFBLK) == "a device" and _kind(stat.S_IFCHR) == "a device"
    assert _kind(0) == "something other than a file"


def test_a_file_too_big_says_both_sizes(tmp_path: Path) -> None:
    path = tmp_path / "big.vcf"
    path.write_bytes(b"x" * 1_050_000)
    assert refused(path, 1_000_000) == ("too-big", f"{path} is too big (1.1 MB; at most 1.0)", 1_050_000)
    with pytest.raises(FileRefused) as raised, open_regular_file(path, 1_000_000):
        pass
    assert str(raised.value) == f"{path} is too big (1.1 MB; at most 1.0)"
    assert read_regular_file(path, 1_050_000) == b"x" * 1_050_000


def test_an_opened_file_reads_in_blocking_mode(tmp_path: Path) -> None:
    path = tmp_path / "family.zip"
    path.write_bytes(b"PK")
    with open_regular_file(path, 10) as handle:  # opened without blocking (a FIFO), then blocking again
        assert os.get_blocking(handle.fileno()) and handle.read() == b"PK"


def test_a_file_that_says_it_is_empty_is_still_read_with_its_cap(tmp_path: Path) -> None:
    # Files in /proc report a size of 0 and hold more: the cap, not the size, decides.
    environ = Path("/proc/self/environ")
    if not environ.exists() or environ.stat().st_size != 0:
        pytest.skip("needs /proc")
    assert refused(environ, 10) == ("too-big", f"{environ} is bigger than 0.0 MB", 11)


def pieces(*parts: bytes) -> int:
    """A descriptor whose reads come in these pieces, then end: like a file that grows while it is read. (Small
    pieces: they wait in the socket's buffer until they are read.)"""
    ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
    for part in parts:
        theirs.send(part)
    theirs.close()
    return ours.detach()


def read_pieces(limit: int, *parts: bytes) -> bytes | tuple[str, str, int | None]:
    fd = pieces(*parts)
    try:
        return _read_capped(fd, Path("notes.vcf"), limit)
    except FileRefused as exc:
        return exc.code, str(exc), exc.size
    finally:
        os.close(fd)


def test_reading_stops_one_byte_past_the_cap_however_the_reads_come() -> None:
    assert read_pieces(10, b"abc", b"defg", b"hij") == b"abcdefghij"  # exactly the cap: read whole
    assert read_pieces(10, b"abcdefghij", b"k") == ("too-big", "notes.vcf is bigger than 0.0 MB", 11)
    assert read_pieces(10, b"abcdefghij", b"klmnop") == ("too-big", "notes.vcf is bigger than 0.0 MB", 11)
    assert read_pieces(10, b"abcd", b"efghijklmnop") == ("too-big", "notes.vcf is bigger than 0.0 MB", 11)
    assert read_pieces(10) == b""
    assert read_pieces(2_000_000, b"x" * 100, b"y") == b"x" * 100 + b"y"


def test_json_at_its_container_limit_is_read_and_one_more_is_refused() -> None:
    assert load_json_bounded(b'{"a": [[], {}]}', 4) == {"a": [[], {}]}
    with pytest.raises(JsonRefused) as raised:
        load_json_bounded(b'{"a": [[], {}]}', 3)
    assert str(raised.value) == "it holds 4 lists and objects (at most 3)"
    with pytest.raises(JsonRefused) as raised:
        load_json_bounded(b"[" * 1200 + b"]" * 1200, 1000)
    assert str(raised.value) == "it holds 1,200 lists and objects (at most 1,000)"


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b'{"n": ' + b"9" * 31 + b"}", "it holds a number of 31 digits"),
        (b'{"n": -' + b"9" * 5000 + b"}", "it holds a number of 5,001 digits"),
        (b'{"n": NaN}', "it holds NaN, which is not a number"),
        (b'{"n": -Infinity}', "it holds -Infinity, which is not a number"),
        (b"[" * 100_000 + b"]" * 100_000, "it is nested too deep"),
        (b'{"a": "\xff"}', "it is not UTF-8 text"),
        (b'{"a": ', "it is not valid JSON"),
        (b'{"b": "\\ud800", "a": 1}', "it holds text that is not valid Unicode (half of a surrogate pair)"),
    ],
)
def test_each_json_refusal_in_words(data: bytes, words: str) -> None:
    with pytest.raises(JsonRefused) as raised:
        load_json_bounded(data, 10**9)
    assert str(raised.value) == words


def test_whole_surrogate_pairs_beside_numbers_are_read() -> None:
    assert load_json_bounded(b'[1, "\\ud83d\\ude00", {"k": 2.5, "\\ud83d\\ude00": null}]', 10) == [
        1,
        "\U0001f600",
        {"k": 2.5, "\U0001f600": None},
    ]
    assert load_json_bounded(b'{"n": ' + b"9" * 30 + b"}", 10) == {"n": int("9" * 30)}


def test_a_time_is_read_up_to_forty_characters() -> None:
    forty = "2026-11-22T23:26:25.12345+02:00:00.12345"
    assert len(forty) == 40 and parse_utc_time(forty) is not None
    assert parse_utc_time(forty + "6") is None  # 41: refused before it is parsed
    assert parse_utc_time(forty + "6", max_length=41) is not None


def test_times_are_moved_to_utc_whatever_the_computers_zone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "Asia/Ho_Chi_Minh")
    time.tzset()
    try:
        assert parse_utc_time("2026-11-23T01:26:25+02:00") == dt.datetime(2026, 11, 22, 23, 26, 25)
    finally:
        monkeypatch.undo()
        time.tzset()
