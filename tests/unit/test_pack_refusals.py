"""Every way a pack file can be wrong is refused in one sentence, and nothing changes: the installed pack stays as
it was and no hidden folder is left behind. Real zips, real keys; the bad ones are made by hand (and signed,
where the point is that a valid signature over a bad pack is not enough)."""

from __future__ import annotations

import stat
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from notalone_desktop.core.content.pack import PackRefused
from notalone_desktop.services.packs.installed import all_packs
from notalone_desktop.services.packs.store import PackStore
from tests.packs import built, file_entry, manifest_for, members, new_key, signed_zip

ITEM_KEY = "content/checklists/strangers.toml"
HELPLINES = "content/helplines/ID.toml"


@pytest.fixture
def world(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    """Pack folders of this test, a key, a good pack (version 2, installed) and a good version 3 to spoil."""
    monkeypatch.setenv("NOTALONE_PACKS_DIR", str(tmp_path / "packs"))
    monkeypatch.setenv("NOTALONE_SYSTEM_PACKS_DIR", str(tmp_path / "system"))
    key, _ = new_key(tmp_path)
    PackStore().prepare(built(tmp_path, key, 2)).commit()
    return {"tmp": tmp_path, "key": key, "good": built(tmp_path, key, 3), "packs": tmp_path / "packs"}


def rezip(source: Path, out: Path, change: Callable[[dict[str, bytes]], None]) -> Path:
    """The members of `source` written again after `change` (the signature is left as it was)."""
    content = members(source)
    change(content)
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in content.items():
            archive.writestr(name, data)
    return out


def flag_encrypted(path: Path, name: str) -> Path:
    """Set the "encrypted" flag of one member in its local header and in the central directory (zipfile cannot
    write an encrypted member)."""
    data = bytearray(path.read_bytes())
    encoded = name.encode()
    for signature, flags_at, length_at, name_at in ((b"PK\x03\x04", 6, 26, 30), (b"PK\x01\x02", 8, 28, 46)):
        start = data.find(signature)
        while start != -1:
            length = int.from_bytes(data[start + length_at : start + length_at + 2], "little")
            if data[start + name_at : start + name_at + length] == encoded:
                data[start + flags_at] |= 0x1
            start = data.find(signature, start + 4)
    path.write_bytes(bytes(data))
    return path


def resigned(world: dict[str, Path], change: Callable[[dict[str, object], dict[str, bytes]], None]) -> Path:
    """The good pack with its manifest or files changed by `change`, then signed properly again."""
    manifest, files = manifest_for(world["good"]), members(world["good"])
    files = {name: data for name, data in files.items() if not name.startswith("manifest")}
    change(manifest, files)
    return signed_zip(world["tmp"] / "resigned.zip", world["key"], manifest, files)


def with_file(name: str, data: bytes) -> Callable[[dict[str, object], dict[str, bytes]], None]:
    """A change that puts `data` at `name`, listed in the manifest with its right hash."""

    def change(manifest: dict[str, object], files: dict[str, bytes]) -> None:
        files[name] = data
        manifest["files"] = {**manifest["files"], name: file_entry(data)}  # type: ignore[dict-item]

    return change


def refused(world: dict[str, Path], pack: Path, phrase: str) -> None:
    with pytest.raises(PackRefused) as caught:
        PackStore().prepare(pack)
    message = str(caught.value)
    assert phrase in message, message
    assert "\n" not in message and len(message) < 400
    assert [(p.pack_id, p.version, p.usable) for p in all_packs()] == [("id-update", 2, True)]  # nothing changed
    assert sorted(path.name for path in world["packs"].iterdir()) == ["id-update"]  # nothing left behind


def test_files_that_are_not_packs(world: dict[str, Path]) -> None:
    tmp = world["tmp"]
    (tmp / "noise.zip").write_bytes(b"PK\x03\x04 not really a zip" * 50)
    refused(world, tmp / "noise.zip", "not a content pack, or it is damaged or cut short")
    truncated = world["good"].read_bytes()
    (tmp / "cut.zip").write_bytes(truncated[: len(truncated) // 2])
    refused(world, tmp / "cut.zip", "not a content pack, or it is damaged or cut short")
    refused(world, Path("/dev/zero"), "it is not a file")
    refused(world, tmp, "it is not a file")
    with (tmp / "huge.zip").open("wb") as handle:
        handle.truncate(65 * 2**20)  # sparse: costs nothing on disk
    refused(world, tmp / "huge.zip", "too big to be a content pack")
    with zipfile.ZipFile(tmp / "plain.zip", "w") as archive:
        archive.writestr("family.json", "{}")
    refused(world, tmp / "plain.zip", "'family.json', which is not a file a pack may hold")


def test_a_signature_that_does_not_hold(world: dict[str, Path]) -> None:
    def tamper(content: dict[str, bytes]) -> None:
        content["manifest.json"] = content["manifest.json"].replace(b"Yayasan Contoh", b"Yayasan Palsu")

    refused(world, rezip(world["good"], world["tmp"] / "t.zip", tamper), "signature does not match its manifest")
    # Signed by another key than the one the manifest names.
    other, _ = new_key(world["tmp"], "other.key")
    manifest, files = manifest_for(world["good"]), members(world["good"])
    forged = signed_zip(world["tmp"] / "forged.zip", other, manifest, {})
    content = members(forged)
    content["manifest.json"] = files["manifest.json"]
    refused(world, rezip(forged, world["tmp"] / "f.zip", lambda c: c.update(content)), "signature does not match")


@pytest.mark.parametrize(
    ("change", "phrase"),
    [
        (lambda c: c.update({HELPLINES: c[HELPLINES].replace(b"1500 771", b"1500 999")}), "does not match its SHA-256"),
        (lambda c: c.update({"content/helplines/VN.toml": b"country = 'VN'"}), "does not list (content/helplines/VN"),
        (lambda c: c.pop(HELPLINES), "is incomplete: content/helplines/ID.toml is missing"),
        (lambda c: c.update({"../evil.toml": b"x"}), "lies outside the pack"),
        (lambda c: c.update({"/etc/evil.toml": b"x"}), "lies outside the pack"),
        (lambda c: c.update({"content/../../evil.toml": b"x"}), "lies outside the pack"),
        (lambda c: c.update({"content\\..\\evil.toml": b"x"}), "lies outside the pack"),
        (lambda c: c.update({"content/lessons/en/notes.txt": b"x"}), "not a file a pack may hold"),
        (lambda c: c.pop("manifest.sig"), "no manifest.json and manifest.sig"),
    ],
    ids=["hash", "unlisted", "missing", "dotdot", "absolute", "nested-dotdot", "backslash", "other-file", "no-sig"],
)
def test_members_that_do_not_match_the_manifest(world: dict[str, Path], change: Callable, phrase: str) -> None:  # type: ignore[type-arg]
    refused(world, rezip(world["good"], world["tmp"] / "bad.zip", change), phrase)


def test_links_duplicates_encryption_and_bombs(world: dict[str, Path]) -> None:
    tmp, content = world["tmp"], members(world["good"])

    def write(name: str, extra: Callable[[zipfile.ZipFile], None]) -> Path:
        with zipfile.ZipFile(tmp / name, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for member, data in content.items():
                if member != HELPLINES:
                    archive.writestr(member, data)
            extra(archive)
        return tmp / name

    def link(archive: zipfile.ZipFile) -> None:
        info = zipfile.ZipInfo(HELPLINES)
        info.external_attr = (stat.S_IFLNK | 0o777) << 16
        archive.writestr(info, "/etc/passwd")

    refused(world, write("link.zip", link), "holds a link")

    def twice(archive: zipfile.ZipFile) -> None:
        archive.writestr(HELPLINES, content[HELPLINES])
        with pytest.warns(UserWarning, match="Duplicate name"):
            archive.writestr(HELPLINES, content[HELPLINES])

    refused(world, write("twice.zip", twice), "twice")

    def encrypted(archive: zipfile.ZipFile) -> None:
        archive.writestr(HELPLINES, content[HELPLINES])

    refused(world, flag_encrypted(write("encrypted.zip", encrypted), HELPLINES), "is encrypted")

    def bomb(archive: zipfile.ZipFile) -> None:  # 50 MB of zeros in 50 kB, where the manifest says 2 kB
        archive.writestr(HELPLINES, b"\0" * 50_000_000)

    bomb_file = write("bomb.zip", bomb)
    assert bomb_file.stat().st_size < 200_000
    refused(world, bomb_file, "bigger than its manifest or the limits allow")


@pytest.mark.parametrize(
    ("change", "phrase"),
    [
        (lambda m, f: m.update(id="Not An Id"), "manifest is not valid: id: is not a pack id"),
        (lambda m, f: m.update(format_version=9), "newer than this app reads"),
        (lambda m, f: m.update(extra=1), "manifest is not valid: extra: unknown key"),
        (lambda m, f: m.update(min_app_version="99.0"), "needs Not Alone 99.0 or newer"),
        (lambda m, f: m.update(adds={"items": ["strangers.other-item"]}), "does not say what its content holds"),
        (
            lambda m, f: with_file(ITEM_KEY, f[ITEM_KEY].replace(b'why.en = "', b'whyy.en = "'))(m, f),
            "does not pass the checks: content/checklists/strangers.toml: strangers.pack-item: missing field 'why'",
        ),
        (
            lambda m, f: with_file(ITEM_KEY, f[ITEM_KEY].replace(b"{child_line}", b"113"))(m, f),
            "writes 113 outside a sentence about Vietnam",
        ),
        (
            lambda m, f: with_file(ITEM_KEY, f[ITEM_KEY].replace(b"{child_line}", b"{chlid_line}"))(m, f),
            "unknown placeholder {chlid_line}",
        ),
        (
            lambda m, f: with_file(HELPLINES, f[HELPLINES].replace(b'key = "id.sapa-129"', b'key = "id.new-line"'))(
                m, f
            ),
            "ID: the lines id.sapa-129, id.new-line all serve {child_line}; only one may",
        ),
        (lambda m, f: with_file("translations/notalone_vi.qm", b"qm")(m, f), "only in a new language"),
        (lambda m, f: m.update(languages=["en", "id", "th"]), "language_names.th: missing"),
    ],
    ids=[
        "id",
        "format",
        "unknown-key",
        "app-version",
        "listing",
        "invalid-content",
        "vietnamese-number",
        "placeholder",
        "two-child-lines",
        "shipped-language",
        "language-name",
    ],
)
def test_signed_packs_whose_manifest_or_content_is_wrong(world: dict[str, Path], change: Callable, phrase: str) -> None:  # type: ignore[type-arg]
    refused(world, resigned(world, change), phrase)
