"""The family archive's container, reason by reason: each file the reader refuses, with the words a parent reads.

Hand-built zips, no database: every reason `read_archive` gives (the command line prints it after
`notalone: error:`, the window shows it in its message) is pinned by the phrase that tells the parent what is
wrong, and the archive the app writes is the documented one.
"""

from __future__ import annotations

import json
import stat
import struct
import tracemalloc
import zipfile
from pathlib import Path
from typing import Any

import pytest

from notalone_desktop.storage.archive import (
    FAMILY,
    MANIFEST,
    MAX_ARCHIVE_BYTES,
    MAX_FAMILY_BYTES,
    MAX_MANIFEST_BYTES,
    ArchiveRefused,
    ArchiveTooBig,
    check_member_size,
    read_archive,
    write_archive,
)

MANIFEST_OK: dict[str, Any] = {"format": "notalone-family", "version": 1, "counts": {"children": 0}}
FAMILY_OK: dict[str, Any] = {"children": []}


def js(value: Any) -> bytes:
    return json.dumps(value).encode()


def zip_of(path: Path, members: list[tuple[str, bytes]], compression: int = zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", compression) as archive:
        for name, data in members:
            archive.writestr(name, data)
    return path


def archive_with(path: Path, manifest: Any = MANIFEST_OK, family: Any = FAMILY_OK) -> Path:
    return zip_of(path, [(MANIFEST, js(manifest)), (FAMILY, js(family))])


def refusal(path: Path) -> str:
    with pytest.raises(ArchiveRefused) as raised:
        read_archive(path)
    message = str(raised.value)
    assert message and "\n" not in message and "Traceback" not in message
    return message


def patch_central_directory(path: Path, member: str, **fields: int) -> None:
    """Rewrite a member's sizes or flags in the zip's central directory (what zipfile believes), leaving the data."""
    data = bytearray(path.read_bytes())
    offsets = {"crc": 16, "compress_size": 20, "file_size": 24, "flags": 8, "method": 10}
    start = data.index(b"PK\x01\x02" + bytes(0))
    while start >= 0:
        name_length = struct.unpack_from("<H", data, start + 28)[0]
        if data[start + 46 : start + 46 + name_length] == member.encode():
            for field, value in fields.items():
                size = 2 if field in ("flags", "method") else 4
                struct.pack_into("<H" if size == 2 else "<I", data, start + offsets[field], value)
            path.write_bytes(bytes(data))
            return
        start = data.find(b"PK\x01\x02", start + 4)
    raise AssertionError(f"{member} is not in {path}")


# What a parent reads, reason by reason ---------------------------------------------------------------------------


def test_a_good_archive_is_read_back_whole(tmp_path: Path) -> None:
    family = {"children": [{"nickname": "Bé Na", "birth_year": 2019}]}
    manifest, read = read_archive(archive_with(tmp_path / "good.zip", family=family))
    assert (manifest, read) == (MANIFEST_OK, family)


def test_a_missing_file_cannot_be_read(tmp_path: Path) -> None:
    path = tmp_path / "gone.zip"
    assert refusal(path) == f"{path} cannot be read (No such file or directory)"


def test_a_folder_is_not_an_archive(tmp_path: Path) -> None:
    folder = tmp_path / "family.zip"
    folder.mkdir()
    assert refusal(folder) == f"{folder} is not a family archive: {folder} is not a file but a folder"


def test_a_file_too_big_for_an_archive_is_refused_before_it_is_opened(tmp_path: Path) -> None:
    path = tmp_path / "huge.zip"
    with path.open("wb") as handle:  # sparse: no 20 MB written to disk
        handle.truncate(MAX_ARCHIVE_BYTES + 1)
    assert refusal(path) == f"{path} is too big to be a family archive (21 MB)"
    rounded = tmp_path / "rounded.zip"
    with rounded.open("wb") as handle:
        handle.truncate(21_500_000)
    assert refusal(rounded) == f"{rounded} is too big to be a family archive (22 MB)"  # in MB of 1,000,000 bytes
    exactly = tmp_path / "limit.zip"
    with exactly.open("wb") as handle:
        handle.truncate(MAX_ARCHIVE_BYTES)
    assert "is not a family archive, or it is damaged or truncated" in refusal(exactly)  # size allowed: opened


@pytest.mark.parametrize(
    "content",
    [b"\x89PNG\r\n\x1a\n" + b"\0" * 100, b"", b"just some words in a text file\n"],
    ids=["a picture", "empty", "text"],
)
def test_a_file_that_is_not_a_zip_is_refused(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "family.zip"
    path.write_bytes(content)
    assert refusal(path).startswith(f"{path} is not a family archive, or it is damaged or truncated (")


def test_a_truncated_archive_is_refused(tmp_path: Path) -> None:
    whole = archive_with(tmp_path / "whole.zip").read_bytes()
    path = tmp_path / "cut.zip"
    path.write_bytes(whole[: len(whole) // 2])
    assert refusal(path).startswith(f"{path} is not a family archive, or it is damaged or truncated (")


def test_a_zip_without_a_manifest_is_not_ours(tmp_path: Path) -> None:
    path = zip_of(tmp_path / "photos.zip", [("holiday.jpg", b"\xff\xd8\xff"), (FAMILY, js(FAMILY_OK))])
    assert refusal(path) == f"{path} is not a Not Alone family archive (it has no manifest.json)"


def test_files_an_archive_never_holds_are_named(tmp_path: Path) -> None:
    path = zip_of(tmp_path / "m.zip", [(MANIFEST, js(MANIFEST_OK)), (FAMILY, js(FAMILY_OK)), ("../evil", b"")])
    assert refusal(path) == f"{path} holds files a family archive does not have ('../evil')"
    many = [(f"extra{n}.txt", b"") for n in range(5)]
    path = zip_of(tmp_path / "many.zip", [(MANIFEST, js(MANIFEST_OK)), *many])
    assert refusal(path) == (
        f"{path} holds files a family archive does not have ('extra0.txt', 'extra1.txt', 'extra2.txt')"
    )
    long_name = "photos/" + "x" * 60 + ".jpg"  # shown cut at 40 characters
    path = zip_of(tmp_path / "long.zip", [(MANIFEST, js(MANIFEST_OK)), (long_name, b"")])
    assert refusal(path) == f"{path} holds files a family archive does not have ({long_name[:40]!r})"


def test_a_member_written_twice_is_refused(tmp_path: Path) -> None:
    with pytest.warns(UserWarning, match="Duplicate name"):
        path = zip_of(tmp_path / "twice.zip", [(MANIFEST, js(MANIFEST_OK)), (FAMILY, js(FAMILY_OK)), (FAMILY, b"{}")])
    assert refusal(path) == f"{path} holds files a family archive does not have ()"


@pytest.mark.parametrize(
    ("manifest", "phrase"),
    [
        ({**MANIFEST_OK, "format": "other"}, "the file is not a Not Alone family archive (format 'other')"),
        ({"version": 1}, "the file is not a Not Alone family archive (format 'None')"),
        ({**MANIFEST_OK, "format": "x" * 100}, f"the file is not a Not Alone family archive (format '{'x' * 40}')"),
        (
            {**MANIFEST_OK, "version": 2},
            "the archive was written by a newer version of Not Alone (format version 2); "
            "install the newer version to import it",
        ),
        ({**MANIFEST_OK, "version": 0}, "the archive's format version 0 is not known"),
        ({**MANIFEST_OK, "version": -3}, "the archive's format version -3 is not known"),
        ({**MANIFEST_OK, "version": "1"}, "the archive's manifest has no valid version"),
        ({**MANIFEST_OK, "version": 1.0}, "the archive's manifest has no valid version"),
        ({**MANIFEST_OK, "version": True}, "the archive's manifest has no valid version"),
        ({**MANIFEST_OK, "version": None}, "the archive's manifest has no valid version"),
        ({"format": "notalone-family"}, "the archive's manifest has no valid version"),
        ({**MANIFEST_OK, "created": "yesterday"}, "the archive's manifest has no valid creation time"),
        ({**MANIFEST_OK, "created": 1765097000}, "the archive's manifest has no valid creation time"),
        # In range as written, out of range once moved to UTC: refused, not an OverflowError.
        ({**MANIFEST_OK, "created": "0001-01-01T00:00:00+01:00"}, "the archive's manifest has no valid creation time"),
    ],
    ids=[
        "other format",
        "no format",
        "long format cut",
        "newer version",
        "version 0",
        "negative version",
        "version as text",
        "version as a float",
        "version as true",
        "version null",
        "no version",
        "creation time as words",
        "creation time as a number",
        "creation time out of range",
    ],
)
def test_the_manifest_is_checked(tmp_path: Path, manifest: dict[str, Any], phrase: str) -> None:
    assert refusal(archive_with(tmp_path / "a.zip", manifest=manifest)) == phrase


def test_an_archive_without_family_json_is_incomplete(tmp_path: Path) -> None:
    path = zip_of(tmp_path / "half.zip", [(MANIFEST, js(MANIFEST_OK))])
    assert refusal(path) == f"{path} is incomplete: it has no family.json"


@pytest.mark.parametrize(
    ("member", "data", "phrase"),
    [
        (MANIFEST, b"\xff\xfe not json", "manifest.json in the archive cannot be used: it is not UTF-8 text"),
        (FAMILY, b"\xff\xfe not json", "family.json in the archive cannot be used: it is not UTF-8 text"),
        (FAMILY, b'{"children": [', "family.json in the archive cannot be used: it is not valid JSON"),
        (FAMILY, b"[" * 100_000 + b"]" * 100_000, "family.json in the archive cannot be used: it is nested too deep"),
        (FAMILY, b"[]", "family.json in the archive does not hold a JSON object"),
        (MANIFEST, b'"notalone-family"', "manifest.json in the archive does not hold a JSON object"),
    ],
    ids=["manifest not UTF-8", "family not UTF-8", "cut JSON", "nested too deep", "a list", "a string"],
)
def test_members_must_be_json_objects(tmp_path: Path, member: str, data: bytes, phrase: str) -> None:
    members = {MANIFEST: js(MANIFEST_OK), FAMILY: js(FAMILY_OK), member: data}
    assert refusal(zip_of(tmp_path / "a.zip", list(members.items()))) == phrase


def test_members_are_read_up_to_their_limits_and_no_further(tmp_path: Path) -> None:
    padding = MAX_MANIFEST_BYTES - len(js({**MANIFEST_OK, "pad": ""}))
    exactly = {**MANIFEST_OK, "pad": "x" * padding}
    assert len(js(exactly)) == MAX_MANIFEST_BYTES
    assert read_archive(archive_with(tmp_path / "ok.zip", manifest=exactly))[0] == exactly
    over = {**MANIFEST_OK, "pad": "x" * (padding + 1)}
    assert (
        refusal(archive_with(tmp_path / "over.zip", manifest=over)) == "manifest.json in the archive is too big (0 MB)"
    )
    family = b'{"a": "' + b"x" * (MAX_FAMILY_BYTES + 2_000_000) + b'"}'
    path = zip_of(tmp_path / "family.zip", [(MANIFEST, js(MANIFEST_OK)), (FAMILY, family)])
    assert refusal(path) == "family.json in the archive is too big (23 MB)"  # 20 MiB + 2 MB


def test_a_zip_that_claims_a_huge_member_is_refused_from_its_directory(tmp_path: Path) -> None:
    path = archive_with(tmp_path / "claims.zip")
    patch_central_directory(path, FAMILY, file_size=21_500_000)
    assert refusal(path) == "family.json in the archive is too big (22 MB)"  # in MB of 1,000,000 bytes


def test_a_zip_that_hides_a_huge_member_behind_a_small_size_is_refused_without_inflating_it(tmp_path: Path) -> None:
    # 100 MB of JSON deflate to about 100 kB; the directory then says the member holds 100 bytes.
    path = tmp_path / "bomb.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(MANIFEST, js(MANIFEST_OK))
        with archive.open(FAMILY, "w", force_zip64=True) as member:
            member.write(b'{"a": "')
            for _ in range(100):
                member.write(b"x" * 1_000_000)
            member.write(b'"}')
    assert path.stat().st_size < 500_000
    patch_central_directory(path, FAMILY, file_size=100)
    tracemalloc.start()
    try:
        message = refusal(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert message.startswith(f"{path} is not a family archive, or it is damaged or truncated (")
    # Whatever the member holds, no more than about the limit is ever inflated (not the 100 MB).
    assert peak < 3 * MAX_FAMILY_BYTES


def test_a_manifest_with_a_creation_time_is_read(tmp_path: Path) -> None:
    manifest = {**MANIFEST_OK, "created": "2026-12-07T09:30:00+00:00"}
    assert read_archive(archive_with(tmp_path / "a.zip", manifest=manifest)) == (manifest, FAMILY_OK)


def test_a_member_whose_packed_bytes_are_damaged_is_named(tmp_path: Path) -> None:
    path = zip_of(tmp_path / "bitrot.zip", [(MANIFEST, js(MANIFEST_OK)), (FAMILY, js({"children": ["x" * 500]}))])
    data = bytearray(path.read_bytes())
    start = data.index(b"PK\x03\x04", 1) + 30 + len(FAMILY)  # family.json's packed bytes
    data[start : start + 8] = b"\xff" * 8  # a disk error in the middle of the deflated data
    path.write_bytes(bytes(data))
    assert refusal(path) == f"{path} is damaged: a part of it cannot be unpacked"


def test_an_encrypted_or_unknown_compression_member_cannot_be_read(tmp_path: Path) -> None:
    encrypted = archive_with(tmp_path / "locked.zip")
    patch_central_directory(encrypted, FAMILY, flags=0x1)
    assert refusal(encrypted) == f"{encrypted} cannot be read as a family archive (RuntimeError)"
    unknown = archive_with(tmp_path / "method.zip")
    patch_central_directory(unknown, MANIFEST, method=99)
    assert refusal(unknown) == f"{unknown} cannot be read as a family archive (NotImplementedError)"


# What the app writes -----------------------------------------------------------------------------------------------


def test_the_archive_written_is_two_utf8_json_members_the_same_for_the_same_data(tmp_path: Path) -> None:
    family = {"family": {"language": "vi"}, "children": [{"nickname": "Bé Na", "id": 1}]}
    shuffled = {"children": [{"id": 1, "nickname": "Bé Na"}], "family": {"language": "vi"}}
    first = write_archive(tmp_path / "first.zip", MANIFEST_OK, family)
    second = write_archive(tmp_path / "second.zip", dict(reversed(MANIFEST_OK.items())), shuffled)
    assert first == tmp_path / "first.zip"
    with zipfile.ZipFile(first) as a, zipfile.ZipFile(second) as b:
        assert a.namelist() == [MANIFEST, FAMILY]
        assert a.read(FAMILY) == b.read(FAMILY) and a.read(MANIFEST) == b.read(MANIFEST)  # the same file
        raw = a.read(FAMILY)
        assert all(info.compress_type == zipfile.ZIP_DEFLATED for info in a.infolist())
    assert "Bé Na".encode() in raw and b"\\u" not in raw  # readable UTF-8, not escapes
    assert raw.index(b'"children"') < raw.index(b'"family"')  # keys in order, so two exports compare equal
    assert raw.startswith(b'{\n "children": [\n  {\n   "id": 1,')  # one key a line, for a person who opens it
    assert read_archive(first) == (MANIFEST_OK, family)
    assert stat.S_IMODE(first.stat().st_mode) == 0o600
    assert not list(tmp_path.glob("*.part"))


def test_writing_again_replaces_the_archive_and_a_stale_part_file(tmp_path: Path) -> None:
    out = tmp_path / "family.zip"
    write_archive(out, MANIFEST_OK, {"children": [1]})
    (tmp_path / "family.zip.part").write_bytes(b"left over from a crash")
    write_archive(out, MANIFEST_OK, {"children": [2]})
    assert read_archive(out)[1] == {"children": [2]}
    assert not (tmp_path / "family.zip.part").exists()


def test_a_member_the_reader_would_refuse_is_not_written_and_the_limit_is_named(tmp_path: Path) -> None:
    # Bytes first: the manifest's limit is its own, the family's its own (in MB of 1,000,000 bytes, 2 decimals).
    check_member_size(MANIFEST, b" " * MAX_MANIFEST_BYTES)  # exactly the limit: written
    with pytest.raises(ArchiveTooBig) as manifest:
        check_member_size(MANIFEST, b" " * (MAX_MANIFEST_BYTES + 1))
    assert str(manifest.value) == "manifest.json would be 0.07 MB, and an archive holds at most 0.07 MB"
    check_member_size(FAMILY, b" " * (MAX_MANIFEST_BYTES + 1))  # far below the family's limit
    check_member_size(FAMILY, b" " * MAX_FAMILY_BYTES)
    with pytest.raises(ArchiveTooBig) as family:
        check_member_size(FAMILY, b" " * 20_985_010)
    assert str(family.value) == "family.json would be 20.99 MB, and an archive holds at most 20.97 MB"
    # Then the lists and objects, counted as the reader counts them.
    check_member_size(MANIFEST, b"[]" * 1_000)
    with pytest.raises(ArchiveTooBig) as lists:
        check_member_size(MANIFEST, b"[]" * 1_001)
    assert str(lists.value) == "manifest.json would hold 1,001 lists and objects, and an archive holds at most 1,000"
    check_member_size(FAMILY, b"{}" * 1_000_000)
    with pytest.raises(ArchiveTooBig) as objects:
        check_member_size(FAMILY, b"{}" * 1_000_001)
    assert str(objects.value) == (
        "family.json would hold 1,000,001 lists and objects, and an archive holds at most 1,000,000"
    )
    # Writing checks before any file is made: no archive, no part file.
    out = tmp_path / "family.zip"
    with pytest.raises(ArchiveTooBig) as written:
        write_archive(out, {**MANIFEST_OK, "pad": "x" * MAX_MANIFEST_BYTES}, FAMILY_OK)
    assert str(written.value) == "manifest.json would be 0.07 MB, and an archive holds at most 0.07 MB"
    assert list(tmp_path.iterdir()) == []


# What the command line says ------------------------------------------------------------------------------------------


def test_the_command_line_says_why_in_the_parents_words(tmp_path: Path) -> None:
    from tests.conftest import run_cli

    target = tmp_path / "family"
    newer = archive_with(tmp_path / "newer.zip", manifest={**MANIFEST_OK, "version": 2})
    text = archive_with(tmp_path / "text.zip", manifest={**MANIFEST_OK, "version": "1"})
    for path, reason in (
        (newer, "the archive was written by a newer version of Not Alone (format version 2); install the newer "
         "version to import it"),
        (text, "the archive's manifest has no valid version"),
    ):  # fmt: skip
        result = run_cli("import", str(path), "--data-dir", str(target))
        assert (result.returncode, result.stdout) == (2, ""), result.stderr  # type: ignore[attr-defined]
        assert result.stderr == f"notalone: error: {reason}\n"  # type: ignore[attr-defined]
    assert not target.exists()  # nothing was written, not even the data dir
