"""The one rule for files and JSON a user hands the app (core/safe_read.py): a regular file only, opened once and
without blocking, read with a cap; JSON bounded before it is parsed; times out of range refused."""

from __future__ import annotations

import datetime as dt
import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from notalone_desktop.core.safe_read import (
    FileRefused,
    JsonRefused,
    count_json_containers,
    load_json_bounded,
    open_regular_file,
    parse_utc_time,
    read_regular_file,
)

unix_only = pytest.mark.skipif(not hasattr(os, "mkfifo") or not Path("/dev/zero").exists(), reason="needs FIFOs")


def special_files(folder: Path, suffix: str) -> tuple[Path, Path]:
    """(a symlink to /dev/zero, a FIFO) named like the files a user would pick (`contacts.vcf`, ...)."""
    link = folder / f"zero{suffix}"
    link.symlink_to("/dev/zero")
    fifo = folder / f"pipe{suffix}"
    os.mkfifo(fifo)
    return link, fifo


def within_seconds(action: Callable[[], Any], fifo: Path | None = None, seconds: float = 5.0) -> Any:
    """Run `action`; fail (instead of hanging the suite) if it has not finished within `seconds`."""
    outcome: dict[str, Any] = {}

    def run() -> None:
        try:
            outcome["value"] = action()
        except BaseException as exc:  # handed back to the test below
            outcome["error"] = exc

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(seconds)
    if worker.is_alive():
        if fifo is not None:  # give the blocked open() a writer, so that the thread ends
            os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        pytest.fail(f"still blocked after {seconds} s")
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("value")


@unix_only
def test_a_fifo_is_refused_at_once_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "family.zip"
    os.mkfifo(fifo)
    with pytest.raises(FileRefused) as raised:
        within_seconds(lambda: read_regular_file(fifo, 1000), fifo)
    assert raised.value.code == "not-a-file" and "pipe" in str(raised.value)


@unix_only
@pytest.mark.parametrize("through_symlink", [False, True], ids=["device", "symlink-to-device"])
def test_dev_zero_is_refused_whatever_points_to_it(tmp_path: Path, through_symlink: bool) -> None:
    path = Path("/dev/zero")
    if through_symlink:
        path = tmp_path / "contacts.vcf"
        path.symlink_to("/dev/zero")
    with pytest.raises(FileRefused) as raised:
        read_regular_file(path, 1000)
    assert raised.value.code == "not-a-file" and "device" in str(raised.value)


def test_a_folder_is_refused_and_a_missing_file_is_the_callers_oserror(tmp_path: Path) -> None:
    with pytest.raises(FileRefused):
        read_regular_file(tmp_path, 1000)
    with pytest.raises(FileNotFoundError):
        read_regular_file(tmp_path / "missing", 1000)


def test_a_regular_file_is_read_up_to_the_cap_and_no_further(tmp_path: Path) -> None:
    path = tmp_path / "x.bin"
    path.write_bytes(b"a" * 1000)
    assert read_regular_file(path, 1000) == b"a" * 1000
    with pytest.raises(FileRefused) as raised:
        read_regular_file(path, 999)
    assert raised.value.code == "too-big" and raised.value.size == 1000
    with open_regular_file(path, 1000) as handle:
        assert handle.read() == b"a" * 1000
    with pytest.raises(FileRefused), open_regular_file(path, 10):
        pass


def test_json_containers_are_counted_before_any_is_made_braces_in_strings_aside() -> None:
    assert count_json_containers(b'{"a": [1, {"b": "{[{[ \\" ]"}], "c": {}}') == 4
    with pytest.raises(JsonRefused, match="6,600,002 lists and objects"):
        load_json_bounded(b"[" + b"{}," * 6_600_000 + b"{}]", 1_000_000)
    assert load_json_bounded(b'{"note": "' + b"{" * 100_000 + b'"}', 10) == {"note": "{" * 100_000}


@pytest.mark.parametrize(
    ("data", "why"),
    [
        (b'{"n": ' + b"9" * 5000 + b"}", "digits"),  # int() would raise ValueError after the work
        (b'{"n": -' + b"9" * 31 + b"}", "digits"),
        (b'{"n": NaN}', "not a number"),
        (b'{"n": Infinity}', "not a number"),
        (b"[" * 100_000 + b"]" * 100_000, "nested too deep"),
        (b'{"a": "\xff"}', "not UTF-8"),
        (b'{"a": ', "not valid JSON"),
    ],
    ids=["5000-digits", "31-digits", "nan", "infinity", "deep", "not-utf8", "truncated"],
)
def test_json_that_python_would_choke_on_is_refused_in_words(data: bytes, why: str) -> None:
    with pytest.raises(JsonRefused, match=why):
        load_json_bounded(data, 10**9)


def test_numbers_of_ordinary_size_and_floats_are_read() -> None:
    assert load_json_bounded(b'{"year": 2026, "big": 123456789012345678901234567890, "f": 1e999}', 10) == {
        "year": 2026,
        "big": 123456789012345678901234567890,
        "f": float("inf"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-11-22T23:26:25Z", dt.datetime(2026, 11, 22, 23, 26, 25)),
        ("2026-11-23T01:26:25+02:00", dt.datetime(2026, 11, 22, 23, 26, 25)),
        ("2026-11-22T23:26:25", dt.datetime(2026, 11, 22, 23, 26, 25)),
        ("0001-01-01T00:00:00+01:00", None),  # OverflowError once moved to UTC
        ("9999-12-31T23:59:59-01:00", None),
        ("2026-13-01T00:00:00Z", None),
        ("x" * 41, None),
        (20261122, None),
    ],
)
def test_times_are_read_as_utc_and_out_of_range_is_none_not_overflow(text: object, expected: object) -> None:
    assert parse_utc_time(text) == expected


def test_half_a_surrogate_pair_is_refused_and_a_whole_pair_is_read() -> None:
    # json would read the lone half into a str that SQLite cannot store (UnicodeEncodeError at import).
    for data in (b'{"nickname": "\\ud800"}', b'{"\\udfff": 1}', b'[["x", "a\\udc00b"]]'):
        with pytest.raises(JsonRefused, match="not valid Unicode"):
            load_json_bounded(data, 10)
    assert load_json_bounded(b'{"nickname": "\\ud83d\\ude00 \\\\ud800"}', 10) == {"nickname": "\U0001f600 \\ud800"}
