"""Hostile files on the command line (issue 15, rows 3 and 5): `notalone import` of a device, a FIFO, damaged or
out-of-range archives is one plain line, exit 2, at once, and no data dir is made."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from tests.conftest import run_cli
from tests.unit.test_safe_read import special_files, unix_only


def one_line_exit_2(result) -> str:  # type: ignore[no-untyped-def]
    assert result.returncode == 2, (result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("notalone: error: "), result.stderr
    return str(lines[0])


@unix_only
def test_import_of_dev_zero_a_symlink_to_it_or_a_fifo_is_one_line_at_once(tmp_path: Path) -> None:
    link, fifo = special_files(tmp_path, ".zip")
    target = tmp_path / "data"
    for path in ("/dev/zero", str(link), str(fifo)):
        line = one_line_exit_2(run_cli("import", path, "--data-dir", str(target), timeout=60))
        assert "is not a file" in line
    assert not target.exists()


@pytest.mark.parametrize(
    "manifest",
    [
        {"format": "notalone-family", "version": int("9" * 4000), "created": "2026-01-01T00:00:00Z"},
        {"format": "notalone-family", "version": 1, "created": "0001-01-01T00:00:00+01:00"},
        {"format": "notalone-family", "version": 1, "created": "9999-12-31T23:59:59-01:00"},
    ],
    ids=["4000-digits", "created-0001", "created-9999"],
)
def test_import_of_numbers_and_times_out_of_range_is_one_line(tmp_path: Path, manifest: dict[str, object]) -> None:
    path = tmp_path / "family.zip"
    text = json.dumps(manifest).replace("9" * 4000, "9" * 5000)  # json.dumps itself stops at 4,300 digits
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("manifest.json", text)
        archive.writestr("family.json", "{}")
    target = tmp_path / "data"
    line = one_line_exit_2(run_cli("import", str(path), "--data-dir", str(target)))
    assert "unexpected" not in line
    assert not target.exists()


@unix_only
def test_check_of_a_database_that_is_a_fifo_answers_at_once_and_leaves_it(tmp_path: Path) -> None:
    import os
    import stat

    target = tmp_path / "data"
    target.mkdir()
    fifo = target / "notalone.sqlite3"
    os.mkfifo(fifo)
    result = run_cli("check", "--data-dir", str(target), timeout=60)  # a blocked open would time out here
    assert result.returncode == 1, (result.stdout, result.stderr)
    assert "the database is not a file but a pipe (FIFO)" in result.stdout + result.stderr
    assert stat.S_ISFIFO(os.stat(fifo).st_mode) and sorted(p.name for p in target.iterdir()) == ["notalone.sqlite3"]
