"""Hostile and odd inputs (issue 15): each gets the app's own refusal, in words, and changes nothing. One test per
row of the issue's table that lives in the readers: special files, numbers and times out of range, damaged
members, JSON that would take hundreds of megabytes, a slow vCard, a TOML nested 20,000 deep."""

from __future__ import annotations

import io
import json
import os
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from notalone_desktop.core.profile import ProfileError, load_profile
from notalone_desktop.services.backups import RestoreRefused
from notalone_desktop.services.family_data import (
    ImportRefused,
    family_document,
    import_family,
    load_archive,
    manifest_for,
)
from notalone_desktop.services.vcard import VcardRefused, _unfold, parse_vcards, read_vcard_file
from notalone_desktop.storage.archive import FAMILY, MANIFEST, ArchiveRefused, read_archive
from notalone_desktop.storage.backup import check_backup
from tests.unit.test_safe_read import special_files, unix_only, within_seconds


@pytest.fixture
def fresh(tmp_path: Path) -> Iterator[Any]:
    from notalone_desktop.services import open_services

    opened = open_services(tmp_path / "fresh")
    yield opened
    opened.close()


@pytest.fixture
def valid(fresh: Any) -> tuple[dict[str, Any], dict[str, Any]]:
    """A whole, valid (empty) family's manifest and family.json."""
    fresh.family.add_child("Lan", 2015)
    document = family_document(fresh.database)
    return manifest_for(document), document


def zipped(path: Path, members: dict[str, bytes], kind: int = zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", kind) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def damaged(path: Path, members: dict[str, bytes], kind: int, keep: int) -> Path:
    """An archive whose family.json member is overwritten with 0xff after its first `keep` bytes."""
    data = bytearray(zipped(path, members, kind).read_bytes())
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as archive:
        info = archive.getinfo(FAMILY)
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    data[start + keep : start + info.compress_size] = b"\xff" * (info.compress_size - keep)
    path.write_bytes(bytes(data))
    return path


def refused_and_unchanged(fresh: Any, path: Path) -> str:
    before = family_document(fresh.database)
    with pytest.raises(ImportRefused) as raised:
        import_family(fresh.database, path)
    assert family_document(fresh.database) == before
    message = str(raised.value)
    assert message and "\n" not in message
    return message


# Row 3: /dev/zero, a symlink to it, a FIFO ------------------------------------------------------------------


@unix_only
def test_an_archive_that_is_a_device_a_symlink_to_one_or_a_fifo_is_refused_at_once(tmp_path: Path) -> None:
    link, fifo = special_files(tmp_path, ".zip")
    for path in (Path("/dev/zero"), link, fifo):
        with pytest.raises(ArchiveRefused, match=r"is not a family archive: .* is not a file"):
            within_seconds(lambda path=path: read_archive(path), fifo)


# Row 5: numbers, times and members that Python's own parsers choke on -----------------------------------------


def test_a_5000_digit_number_in_either_json_file_is_refused(fresh: Any, valid: Any, tmp_path: Path) -> None:
    manifest, document = valid
    huge = "9" * 5000
    in_manifest = json.dumps(manifest).replace('"version": 1', f'"version": {huge}').encode()
    in_family = json.dumps(document).replace('"birth_year": 2015', f'"birth_year": {huge}').encode()
    assert huge.encode() in in_manifest and huge.encode() in in_family
    for members in (
        {MANIFEST: in_manifest, FAMILY: json.dumps(document).encode()},
        {MANIFEST: json.dumps(manifest).encode(), FAMILY: in_family},
    ):
        assert "5,000 digits" in refused_and_unchanged(fresh, zipped(tmp_path / "n.zip", members))


@pytest.mark.parametrize("created", ["0001-01-01T00:00:00+01:00", "9999-12-31T23:59:59-01:00", "yesterday"])
def test_a_creation_time_out_of_range_is_refused(fresh: Any, valid: Any, tmp_path: Path, created: str) -> None:
    manifest, document = valid
    path = zipped(
        tmp_path / "t.zip",
        {MANIFEST: json.dumps({**manifest, "created": created}).encode(), FAMILY: json.dumps(document).encode()},
    )
    assert "creation time" in refused_and_unchanged(fresh, path)


def test_a_time_out_of_range_inside_family_json_is_refused(fresh: Any, valid: Any, tmp_path: Path) -> None:
    manifest, document = valid
    document["children"][0]["created_at"] = "0001-01-01T00:00:00+01:00"
    path = zipped(tmp_path / "c.zip", {MANIFEST: json.dumps(manifest).encode(), FAMILY: json.dumps(document).encode()})
    assert "date and time" in refused_and_unchanged(fresh, path)


@pytest.mark.parametrize(
    ("kind", "keep", "why"),
    [(zipfile.ZIP_DEFLATED, 0, "damaged"), (zipfile.ZIP_LZMA, 9, "damaged"), (zipfile.ZIP_BZIP2, 0, "cannot be read")],
    ids=["deflate", "lzma", "bzip2"],
)
def test_a_damaged_member_is_refused(fresh: Any, valid: Any, tmp_path: Path, kind: int, keep: int, why: str) -> None:
    manifest, document = valid
    members = {MANIFEST: json.dumps(manifest).encode(), FAMILY: json.dumps(document).encode()}
    assert why in refused_and_unchanged(fresh, damaged(tmp_path / "d.zip", members, kind, keep))


# Row 6: 6.6 million `{}` in 20 kB ---------------------------------------------------------------------------


def test_millions_of_empty_objects_are_refused_before_they_are_made(fresh: Any, valid: Any, tmp_path: Path) -> None:
    manifest, _document = valid
    path = tmp_path / "bomb.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr(MANIFEST, json.dumps(manifest))
        archive.writestr(FAMILY, b'{"children": [' + b"{}," * 6_600_000 + b"{}]}")
    assert path.stat().st_size < 30_000
    assert "lists and objects" in refused_and_unchanged(fresh, path)
    # The peak memory of this refusal, in a process of its own, is measured in tests/reliability/test_hostile.py.


# Row 4 and row 10: vCards -------------------------------------------------------------------------------------


@unix_only
def test_a_vcard_that_is_a_symlink_to_dev_zero_or_a_fifo_is_refused_at_once(tmp_path: Path) -> None:
    link, fifo = special_files(tmp_path, ".vcf")
    for path in (link, fifo):
        with pytest.raises(VcardRefused) as raised:
            within_seconds(lambda path=path: read_vcard_file(path), fifo)
        assert raised.value.code == "not-a-file"
    big = tmp_path / "big.vcf"
    big.write_bytes(b"x" * 2_000_001)
    with pytest.raises(VcardRefused) as too_big:
        read_vcard_file(big)
    assert too_big.value.code == "too-big" and too_big.value.params["size"] == "2.0"


def _folded(lines: int) -> str:
    return (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bà Hoa\r\nTEL:0912 345 678\r\nNOTE:" + "\r\n x" * lines + "\r\nEND:VCARD\r\n"
    )


def _fastest(action: Any, runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return min(times)


def test_unfolding_a_vcard_of_300000_folded_lines_takes_linear_time() -> None:
    small, large = _folded(30_000), _folded(300_000)
    assert len(large.encode()) > 1_000_000
    ratio = _fastest(lambda: _unfold(large)) / _fastest(lambda: _unfold(small))
    assert ratio < 30, ratio  # ten times the lines: about ten times the time (it was a hundred: quadratic)
    started = time.perf_counter()
    contacts, problems = parse_vcards(large.encode(), "VN")
    assert time.perf_counter() - started < 3  # it was 4.4 s on the GUI thread
    assert contacts == [] and "too long" in problems[0]  # the 300,000-character note: that contact is skipped


@pytest.mark.parametrize(
    "text",
    [
        "BEGIN:VCARD\r\nFN:" + "\u202e" * 10 + "\r\nTEL:" + "9" * 5000 + "\r\nEND:VCARD\r\n",
        "BEGIN:VCARD\r\nVERSION:2.1\r\nN;ENCODING=QUOTED-PRINTABLE:=" + "=\r\n" * 50_000 + "\r\nEND:VCARD\r\n",
        "BEGIN:VCARD\r\nFN:A\r\nTEL;VALUE=uri:tel:" + "+" * 10_000 + "\r\nEND:VCARD\r\n",
    ],
    ids=["5000-digit-number", "soft-breaks", "plus-signs"],
)
def test_odd_vcards_are_read_or_refused_never_raise(text: str) -> None:
    try:
        contacts, problems = parse_vcards(text.encode(), "VN")
    except VcardRefused as exc:
        assert str(exc)
    else:
        assert contacts or problems


# Row 12 and the one rule for profiles ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "why"),
    [
        (b"a = " + b"[" * 20_000 + b"]" * 20_000, "nested too deep"),
        (b"[defaults]\nlanguage = " + b"9" * 5000, "not valid TOML"),
        (b'[organisation]\nname = "\xff"', "not UTF-8"),
    ],
    ids=["array-20000-deep", "5000-digits", "not-utf8"],
)
def test_a_profile_python_would_choke_on_is_refused_in_words(tmp_path: Path, data: bytes, why: str) -> None:
    path = tmp_path / "hostile.toml"
    path.write_bytes(data)
    with pytest.raises(ProfileError, match=why) as raised:
        load_profile(path)
    assert str(raised.value).startswith(str(path))


@unix_only
def test_a_profile_that_is_a_fifo_or_a_device_is_refused_at_once(tmp_path: Path) -> None:
    link, fifo = special_files(tmp_path, ".toml")
    for path in (fifo, link):
        with pytest.raises(ProfileError, match="is not a file"):
            within_seconds(lambda path=path: load_profile(path), fifo)


# Backups to restore -----------------------------------------------------------------------------------------


@unix_only
def test_a_backup_to_restore_that_is_a_fifo_is_refused_at_once_and_changes_nothing(fresh: Any, tmp_path: Path) -> None:
    fifo = tmp_path / "manual-20260101T000000Z.sqlite3"
    os.mkfifo(fifo)
    report = within_seconds(lambda: check_backup(fifo), fifo)
    assert not report.ok and "not a backup file" in report.problems[0]
    fresh.family.add_child("Minh", 2012)
    before = family_document(fresh.database)
    with pytest.raises(RestoreRefused, match="not a backup file"):
        within_seconds(lambda: fresh.backups.restore(fifo), fifo)
    assert family_document(fresh.database) == before


def test_load_archive_refuses_what_read_archive_refuses(tmp_path: Path) -> None:
    path = tmp_path / "x.zip"
    path.write_bytes(b"PK\x05\x06" + b"\0" * 18)  # an empty zip: no manifest
    with pytest.raises(ImportRefused, match=r"no manifest\.json"):
        load_archive(path)


# Content files (a pack or a content folder someone left a FIFO or a device link in) -----------------------------


@unix_only
def test_a_content_file_that_is_a_fifo_or_a_device_is_skipped_at_once_with_a_problem(tmp_path: Path) -> None:
    from notalone_desktop.core.content.helplines import load_countries
    from notalone_desktop.core.content.lessons import load_lessons

    (tmp_path / "vi").mkdir()
    link, fifo = special_files(tmp_path / "vi", ".md")
    lessons, problems = within_seconds(lambda: load_lessons(tmp_path), fifo)
    assert lessons == [] and sorted(str(p).split(":")[0] for p in problems) == sorted(map(str, (fifo, link)))
    assert all("is not a file" in str(p) for p in problems)
    helplines = tmp_path / "helplines"
    helplines.mkdir()
    link, fifo = special_files(helplines, ".toml")
    countries, problems = within_seconds(lambda: load_countries(helplines), fifo)
    assert countries == {} and len(problems) == 2 and all("is not a file" in str(p) for p in problems)


def test_a_content_toml_nested_20000_deep_is_a_problem_not_a_recursion_error(tmp_path: Path) -> None:
    from notalone_desktop.core.content.checklists import load_checklists

    (tmp_path / "deep.toml").write_text("a = " + "[" * 20_000 + "]" * 20_000)
    content = load_checklists(tmp_path)
    assert content.items == () and [str(p) for p in content.problems] == [
        f"{tmp_path / 'deep.toml'}: cannot be read: it is nested too deep"
    ]


@pytest.mark.parametrize("key", ["\n", "a\u202eb", "x\x00"], ids=["line break", "bidi override", "NUL"])
def test_a_key_that_would_break_or_reorder_the_refusal_is_quoted_in_one_line(
    fresh: Any, valid: Any, tmp_path: Path, key: str
) -> None:
    manifest, document = valid
    for changed in ({**document, key: []}, {**document, "children": [{**document["children"][0], key: 1}]}):
        path = zipped(
            tmp_path / "family.zip", {MANIFEST: json.dumps(manifest).encode(), FAMILY: json.dumps(changed).encode()}
        )
        message = refused_and_unchanged(fresh, path)
        assert repr(key) in message and key not in message
