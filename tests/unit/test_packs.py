"""Content packs end to end with real files and real keys: build, sign, verify, install, list, remove, upgrade and a
refused downgrade; the content the app then shows; and the check at start that finds a pack changed on disk."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from notalone_desktop.core.content.pack import PackRefused
from notalone_desktop.paths import resources_dir
from notalone_desktop.services.content import ContentCatalog
from notalone_desktop.services.packs.installed import all_packs, read_pack, usable_packs
from notalone_desktop.services.packs.locations import SYSTEM, USER
from notalone_desktop.services.packs.store import PackStore
from notalone_desktop.services.packs.trust import PROJECT_KEY
from tests.conftest import REPO
from tests.packs import NEW_CHILD_LINE, built, new_key, trust


def child_line(catalog: ContentCatalog) -> str:
    return next(line.number for line in catalog.countries["ID"].lines if line.key == "id.sapa-129")


def test_build_verify_install_list_and_remove(tmp_path: Path, pack_folders: tuple[Path, Path]) -> None:
    user, _system = pack_folders
    key, public = new_key(tmp_path)
    pack = built(tmp_path, key)

    manifest, content = PackStore().verify(pack)
    assert manifest.public_key == public
    assert manifest.replaces["helplines"] == ("id.sapa-129",)
    assert manifest.adds == {"items": ("strangers.pack-item",), "lessons": ("en/pack-lesson",)}
    assert content.listing["helplines"] == {"id.sapa-129"}
    assert all_packs() == []  # verifying installs nothing

    pending = PackStore().prepare(pack)
    assert not pending.trusted and not pending.already_installed  # a publisher this copy does not know
    assert all_packs() == []  # nothing changes before the commit
    installed = pending.commit()
    assert installed.folder == user / "id-update" and installed.scope == USER and not installed.trusted
    assert [p.pack_id for p in usable_packs()] == ["id-update"]

    catalog = ContentCatalog.default()
    assert child_line(catalog) == NEW_CHILD_LINE
    assert catalog.from_publisher("helplines", "id.sapa-129") == "Yayasan Contoh"
    assert catalog.from_publisher("helplines", "id.police") == ""  # shipped: no note
    assert catalog.checklists.item("strangers.pack-item") is not None
    assert ("pack-lesson", "en") in {(lesson.key, lesson.lang) for lesson in catalog.lessons()}
    assert not any(name.startswith(".") for name in os.listdir(user))  # no hidden folder left behind

    removed = PackStore().remove("id-update")
    assert removed.version == 1 and all_packs() == []
    catalog.reload()
    assert child_line(catalog) == "129"
    assert catalog.checklists.item("strangers.pack-item") is None
    with pytest.raises(PackRefused, match="no pack 'id-update' is installed"):
        PackStore().remove("id-update")


def test_upgrade_and_refused_downgrade(tmp_path: Path, pack_folders: tuple[Path, Path]) -> None:
    key, public = new_key(tmp_path)
    trust(public, pack_folders[0])
    first, second = built(tmp_path, key, 1), built(tmp_path, key, 2, number="1500 772")
    PackStore().prepare(first).commit()

    upgrade = PackStore().prepare(second)
    assert upgrade.trusted and upgrade.replaces is not None and upgrade.replaces.version == 1
    upgrade.commit()
    assert child_line(ContentCatalog.default()) == "1500 772"

    with pytest.raises(PackRefused, match="older than the installed version 2"):
        PackStore().prepare(first)
    again = PackStore().prepare(second)
    assert again.already_installed
    again.discard()
    # The same version number with other content is not an upgrade.
    changed = built(tmp_path / "changed", key, 2, number="1500 773")
    with pytest.raises(PackRefused, match="installed with other content"):
        PackStore().prepare(changed)
    # The same id by another publisher does not replace it.
    other_key, _ = new_key(tmp_path, "other.key")
    with pytest.raises(PackRefused, match="by another publisher"):
        PackStore().prepare(built(tmp_path / "other", other_key, 3))
    assert [(p.pack_id, p.version) for p in all_packs()] == [("id-update", 2)]
    assert child_line(ContentCatalog.default()) == "1500 772"


def test_trust_comes_from_the_project_key_the_profile_or_a_trusted_keys_file(
    tmp_path: Path, pack_folders: tuple[Path, Path]
) -> None:
    _key, public = new_key(tmp_path)
    store = PackStore()
    trusted = store.trusted()
    assert [t.key.text for t in trusted.values()] == [PROJECT_KEY]  # an unbranded build: the project's key only
    assert public.fingerprint not in trusted
    trust(public, pack_folders[1])  # an NGO's deployment trusts its key for every user
    assert store.trusted()[public.fingerprint].source.endswith("trusted-keys")


def test_a_machine_wide_pack_and_the_order_between_packs(tmp_path: Path, pack_folders: tuple[Path, Path]) -> None:
    key, public = new_key(tmp_path)
    trust(public, pack_folders[0])
    PackStore().prepare(built(tmp_path, key, 1, pack_id="b-pack", number="1500 001"), SYSTEM).commit()
    PackStore().prepare(built(tmp_path, key, 1, pack_id="a-pack", number="1500 002")).commit()
    system_pack = next(p for p in all_packs() if p.scope == SYSTEM)
    assert oct(system_pack.folder.stat().st_mode & 0o777) == "0o755"
    assert oct((system_pack.content_dir / "helplines" / "ID.toml").stat().st_mode & 0o777) == "0o644"
    # Machine-wide packs first, then the user's: the user's a-pack wins over the machine's b-pack.
    assert [p.pack_id for p in usable_packs()] == ["b-pack", "a-pack"]
    assert child_line(ContentCatalog.default()) == "1500 002"
    with pytest.raises(PackRefused, match="installed for every user: remove it with --system"):
        PackStore().remove("b-pack")
    PackStore().remove("b-pack", SYSTEM)
    assert [p.pack_id for p in all_packs()] == ["a-pack"]


def test_a_pack_changed_on_disk_is_not_used_and_one_only_touched_is(
    tmp_path: Path, pack_folders: tuple[Path, Path]
) -> None:
    key, _ = new_key(tmp_path)
    PackStore().prepare(built(tmp_path, key)).commit()
    folder = pack_folders[0] / "id-update"
    helplines = folder / "content" / "helplines" / "ID.toml"

    os.utime(helplines, ns=(1, 1))  # copied or restored: only its time changed
    pack = read_pack(folder, USER)
    assert pack is not None and pack.usable
    assert read_pack(folder, USER) == pack  # the new time was noted: no hashing at the next start

    helplines.write_text(helplines.read_text(encoding="utf-8").replace(NEW_CHILD_LINE, "999"), encoding="utf-8")
    pack = read_pack(folder, USER)
    assert pack is not None and pack.problem == "content/helplines/ID.toml changed since it was installed"
    assert usable_packs() == [] and child_line(ContentCatalog.default()) == "129"

    shutil.copy(helplines, folder / "content" / "helplines" / "VN.toml")  # a file nobody signed
    assert "does not list (content/helplines/VN.toml)" in read_pack(folder, USER).problem  # type: ignore[union-attr]
    # Installing the same version again repairs it.
    PackStore().prepare(built(tmp_path / "again", key)).commit()
    assert child_line(ContentCatalog.default()) == NEW_CHILD_LINE


def test_the_family_keeps_its_progress_on_a_packs_items_and_lessons(
    tmp_path: Path, pack_folders: tuple[Path, Path], data_dir: Path
) -> None:
    from notalone_desktop.services import open_services

    key, _ = new_key(tmp_path)
    pack = built(tmp_path, key)
    services = open_services(data_dir)
    try:
        services.lessons.sync()
        PackStore().prepare(pack).commit()
        services.content.reload()  # what Settings does after an install
        assert services.lessons.sync().added == 1
        assert [hit.key for hit in services.lessons.search("pack tells", "en")] == ["pack-lesson"]
        services.checklist.set_state(None, "strangers.pack-item", "done")
        services.lessons.set_read("pack-lesson")

        PackStore().remove("id-update")
        services.content.reload()
        assert services.lessons.sync().removed == 1
        assert services.lessons.search("pack tells", "en") == []
        assert "strangers.pack-item" not in {i.key for i in services.content.checklists.items}

        PackStore().prepare(pack).commit()
        services.content.reload()
        assert services.lessons.sync().added == 1
        states = {item.key: item for item in services.checklist.items(None, "en")}
        assert states["strangers.pack-item"].state == "done"  # kept while the pack was away
        assert not states["strangers.pack-item"].retired
        assert services.lessons.lesson("pack-lesson", "en").read  # type: ignore[union-attr]
    finally:
        services.close()


def test_the_family_archive_lists_the_packs_it_used(tmp_path: Path, pack_folders: tuple[Path, Path]) -> None:
    import json
    import zipfile

    from notalone_desktop.services import open_services

    key, _ = new_key(tmp_path)
    pack = built(tmp_path, key)
    PackStore().prepare(pack).commit()
    services = open_services(tmp_path / "family")
    try:
        services.checklist.set_state(None, "strangers.pack-item", "done")
        services.family.update(language="id")
        archive = tmp_path / "family.zip"
        services.family_data.export(archive)
    finally:
        services.close()
    with zipfile.ZipFile(archive) as opened:
        listed = json.loads(opened.read("manifest.json"))["packs"]
    assert [(p["id"], p["version"], p["publisher"]) for p in listed] == [("id-update", 1, "Yayasan Contoh")]

    # On a computer without the pack: the import says what is missing, and keeps the progress all the same.
    PackStore().remove("id-update")
    other = open_services(tmp_path / "other")
    try:
        report = other.family_data.import_archive(archive, merge=False)
        assert report.missing_packs == ("'id-update' (Indonesia: the new child line), version 1, by Yayasan Contoh",)
        states = {item.key: item.state for item in other.checklist.items(None, "en")}
        assert states["strangers.pack-item"] == "done"  # kept by key, shown as retired until the pack is back
    finally:
        other.close()
    PackStore().prepare(pack).commit()
    again = open_services(tmp_path / "third")
    try:
        assert again.family_data.import_archive(archive, merge=False).missing_packs == ()
    finally:
        again.close()


def test_the_start_reads_packs_without_signatures_or_hashes(tmp_path: Path, pack_folders: tuple[Path, Path]) -> None:
    """Packs are verified at install: a start lists their files only (no cryptography, no hashlib), and a start
    without packs does not even import the pack modules."""
    import subprocess
    import sys

    probe = (
        "import sys\n"
        "from notalone_desktop.services.content import ContentCatalog\n"
        "catalog = ContentCatalog.default()\n"
        "print(len(catalog.packs), catalog.checklists.item('strangers.pack-item') is not None,\n"
        "      'notalone_desktop.services.packs.installed' in sys.modules,\n"
        "      any(m.split('.')[0] in ('cryptography', 'hashlib', '_hashlib') for m in sys.modules))\n"
    )

    def start() -> str:
        env = dict(os.environ, NOTALONE_PACKS_DIR=str(pack_folders[0]), NOTALONE_SYSTEM_PACKS_DIR=str(pack_folders[1]))
        result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, check=True)
        return result.stdout.strip()

    assert start() == "0 False False False"
    key, _ = new_key(tmp_path)
    PackStore().prepare(built(tmp_path, key)).commit()
    assert start() == "1 True True False"


def test_a_profile_names_the_keys_a_branded_build_trusts(tmp_path: Path, pack_folders: tuple[Path, Path]) -> None:
    from notalone_desktop.core.profile import ProfileError, load_profile

    source = (REPO / "packaging" / "profiles" / "example-ngo.toml").read_text(encoding="utf-8")
    (tmp_path / "example-ngo").mkdir()
    shutil.copy(REPO / "packaging" / "profiles" / "example-ngo" / "logo.svg", tmp_path / "example-ngo" / "logo.svg")
    _key, public = new_key(tmp_path)
    profile = tmp_path / "my-ngo.toml"
    profile.write_text(source.replace("pack_keys = []", f'pack_keys = ["{public.text}"]'), encoding="utf-8")
    countries = {code: [line.number for line in c.lines] for code, c in ContentCatalog.shipped().countries.items()}
    assert load_profile(profile, countries=countries).organisation.pack_keys == (public,)
    for wrong, problem in (('"ed25519:abc"', "not base64"), ('"ssh-ed25519 AAAA"', "must start with ed25519:")):
        profile.write_text(source.replace("pack_keys = []", f"pack_keys = [{wrong}]"), encoding="utf-8")
        with pytest.raises(ProfileError, match=r"\[organisation\].pack_keys\[0\]: .*" + problem):
            load_profile(profile, countries=countries)

    # A build branded with that profile trusts its NGO's key, and not the project's.
    bundle = tmp_path / "bundle"
    bundle.mkdir()
    (bundle / "profile.toml").write_text(
        source.replace("pack_keys = []", f'pack_keys = ["{public.text}"]') + '\n[bundle]\nprofile = "my-ngo"\n',
        encoding="utf-8",
    )
    (bundle / "example-ngo").mkdir()
    shutil.copy(REPO / "packaging" / "profiles" / "example-ngo" / "logo.svg", bundle / "example-ngo" / "logo.svg")
    branded = PackStore(ContentCatalog([resources_dir(), bundle]))
    assert list(branded.trusted()) == [public.fingerprint]
