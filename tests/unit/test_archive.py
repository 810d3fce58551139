"""The family archive: export and import give equal data, merge rules, bad archives refused with the database
unchanged, an archive file that is whole or absent, and never a PIN inside."""

from __future__ import annotations

import datetime as dt
import json
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import keyring.core
import pytest
from keyring.backends import fail

from notalone_desktop.services.contacts import ContactInput
from notalone_desktop.services.family_data import (
    Cancelled,
    ImportRefused,
    export_family,
    family_document,
    import_family,
    load_archive,
)
from notalone_desktop.services.family_data.export import manifest_for
from notalone_desktop.services.incidents import IncidentInput
from notalone_desktop.services.plan import PlanInput
from notalone_desktop.services.security import SecurityService
from notalone_desktop.storage.archive import FAMILY, MANIFEST, write_archive


def family_json(path: Path) -> dict[str, Any]:
    with zipfile.ZipFile(path) as archive:
        return json.loads(archive.read(FAMILY))  # type: ignore[no-any-return]


@pytest.fixture
def rich_family(demo_services):  # type: ignore[no-untyped-def]
    """The demo family plus one of everything the archive holds."""
    services = demo_services
    key = services.checklist.add_custom(None, "talking", "Our own rule", "Phones stay in the kitchen at night")
    services.checklist.set_state(None, key, "done")
    lesson = services.lessons.summaries("en")[0].key
    services.lessons.set_read(lesson)
    services.lessons.set_favourite(lesson, True)
    services.lessons.set_note(lesson, "talked about it on Sunday")
    scenario = services.scenarios.scenarios()[0]
    path, current = [], scenario.start
    while scenario.nodes[current].choices:
        path.append((current, 0))
        current = scenario.nodes[current].choices[0].next
    services.scenarios.record(scenario.key, services.family.children()[0].id, path, scenario.nodes[current].outcome)
    line = services.contacts.helpline_entries()[0].line.key
    services.contacts.pin_helpline(line, True)
    services.settings.set("lessons.reader_point_size", 12)
    return services


@pytest.fixture
def fresh(tmp_path: Path) -> Iterator[Any]:
    from notalone_desktop.services import open_services

    opened = open_services(tmp_path / "fresh")
    yield opened
    opened.close()


def test_export_then_import_gives_equal_data(rich_family, fresh, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    first = tmp_path / "first.zip"
    manifest = export_family(rich_family.database, first)
    assert manifest["format"] == "notalone-family" and manifest["version"] == 1
    assert manifest["counts"]["children"] == 3 and manifest["counts"]["custom_items"] == 1
    report = import_family(fresh.database, first)
    assert not report.merged and report.added["contacts"] == 4
    second = tmp_path / "second.zip"
    export_family(fresh.database, second)
    assert family_json(first) == family_json(second)
    assert [c.nickname for c in fresh.family.children()] == [c.nickname for c in rich_family.family.children()]
    custom = [i for i in fresh.checklist.items(None, "en") if i.custom]
    assert custom and custom[0].title == "Our own rule" and custom[0].state == "done"


def test_the_archive_is_documented_json_in_a_zip(rich_family, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "family.zip"
    export_family(rich_family.database, out)
    with zipfile.ZipFile(out) as archive:
        assert sorted(archive.namelist()) == [FAMILY, MANIFEST]
        manifest = json.loads(archive.read(MANIFEST))
    assert set(manifest) == {"format", "version", "app_version", "created", "counts"}
    assert manifest["created"].endswith("Z")
    data = family_json(out)
    assert set(data) == {
        "family",
        "children",
        "checklist_progress",
        "custom_items",
        "contacts",
        "helpline_prefs",
        "lesson_progress",
        "scenario_results",
        "settings",
        "safety_plans",
        "plan_contacts",
        "incidents",
        "life_events",
    }
    contact = data["contacts"][0]
    assert contact["phones"][0]["number"].startswith("+84") and contact["trusted_by"]
    assert data["settings"] == {"lessons.reader_point_size": 12}


def test_no_pin_or_local_bookkeeping_is_exported(demo_services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    before = keyring.core._keyring_backend
    keyring.set_keyring(fail.Keyring())  # the fallback: the verifier sits in the setting table
    try:
        security = SecurityService(demo_services.database, scrypt_log_n=10)
        code = security.set_pin("904512")
        security.verify_pin("000000")
    finally:
        keyring.core._keyring_backend = before
    demo_services.settings.set("window.geometry", "AAAA")
    out = tmp_path / "family.zip"
    export_family(demo_services.database, out)
    raw = b"".join(zipfile.ZipFile(out).read(name) for name in (MANIFEST, FAMILY))
    for secret in (b"904512", code.encode(), b"scrypt$", b"security.", b"window.geometry", b"lessons.content_hash"):
        assert secret not in raw


CODE_WORD = "purple-mango-42"


@pytest.fixture
def planned_family(demo_services):  # type: ignore[no-untyped-def]
    """The demo family with a safety plan, two incidents and a started life event with a ticked item."""
    services = demo_services
    child = services.family.children()[0]
    contacts = services.contacts.contacts()
    people = (contacts[2].id, contacts[0].id)
    services.plan.save(child.id, PlanInput(("School gate", "Grandma's house"), people, CODE_WORD))
    services.incidents.add(
        IncidentInput(dt.date(2026, 3, 1), "scam", "A fake prize message", child.id, platform="Zalo", who_told="Lan")
    )
    services.incidents.add(IncidentInput(dt.date(2026, 4, 2), "other", "A stranger asked for our address"))
    event = services.life_events.events()[0]
    services.life_events.start(child.id, event.key)
    services.life_events.set_state(child.id, event.items[0].key, "done")
    return services


def _plan_state(services) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    """Plans, plan contacts, incidents, life events and their progress, by nickname and contact name."""
    names = {c.id: c.nickname for c in services.family.children()}
    incidents = sorted(
        (names.get(i.child_id) or "", i.occurred_on, i.kind, i.platform, i.what_happened, i.who_told, i.created_at)
        for i in services.incidents.incidents()
    )
    events = {}
    for child_id in [None, *names]:
        for started in services.life_events.started(child_id, "en"):
            events[(names.get(child_id), started.key)] = (
                started.started_at,
                [(item.key, item.state) for item in started.items],
            )
    plans = {
        p.nickname: (p.places, [c.name for c in p.contacts], p.updated_at)
        for p in services.plan.plans()
        if not p.is_empty
    }
    return {"plans": plans, "incidents": incidents, "events": events}


def test_safety_plan_incidents_and_life_events_round_trip_without_the_code_word(
    planned_family, fresh, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    archive = tmp_path / "family.zip"
    manifest = export_family(planned_family.database, archive)
    counts = manifest["counts"]
    assert (counts["safety_plans"], counts["plan_contacts"], counts["incidents"], counts["life_events"]) == (1, 2, 2, 1)
    with zipfile.ZipFile(archive) as opened:
        text = b"".join(opened.read(name) for name in (MANIFEST, FAMILY)).decode("utf-8")
    assert CODE_WORD not in text and "code_word" not in text
    assert "life." in text  # the life event's progress rows are ordinary progress rows
    before = _plan_state(planned_family)
    assert before["plans"] and len(before["incidents"]) == 2 and before["events"]
    assert any(state == "done" for _, items in before["events"].values() for _, state in items)
    report = import_family(fresh.database, archive)
    assert (report.added["safety_plans"], report.added["plan_contacts"]) == (1, 2)
    assert (report.added["incidents"], report.added["life_events"]) == (2, 1)
    assert _plan_state(fresh) == before
    child = next(c for c in fresh.family.children() if c.nickname == planned_family.family.children()[0].nickname)
    assert fresh.plan.code_word(child.id) == ""  # a plan comes back without the code word
    second = tmp_path / "second.zip"
    export_family(fresh.database, second)
    assert family_json(archive) == family_json(second)
    # Merge: the code word set here is kept, and importing the same archive again adds nothing.
    people = tuple(c.id for c in fresh.plan.plan(child.id).contacts)
    fresh.plan.save(child.id, PlanInput(("School gate", "Grandma's house"), people, "kept-word"))
    again = import_family(fresh.database, archive, merge=True)
    assert sum(again.added.values()) == 0
    assert fresh.plan.code_word(child.id) == "kept-word"


def test_an_archive_without_the_safety_plan_sections_still_imports(planned_family, fresh, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    manifest, document = _valid(planned_family, tmp_path)
    for section in ("safety_plans", "plan_contacts", "incidents", "life_events"):
        del document[section]
        del manifest["counts"][section]
    old = write_zip(
        tmp_path / "old.zip", {MANIFEST: json.dumps(manifest).encode(), FAMILY: json.dumps(document).encode()}
    )
    report = import_family(fresh.database, old)
    assert report.added["children"] == 3 and report.added["incidents"] == 0
    assert not fresh.incidents.incidents() and all(p.is_empty for p in fresh.plan.plans())


def test_an_archive_with_a_code_word_is_refused(planned_family, fresh, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    manifest, document = _valid(planned_family, tmp_path)
    document["safety_plans"][0]["code_word"] = "smuggled"
    bad = write_zip(
        tmp_path / "bad.zip", {MANIFEST: json.dumps(manifest).encode(), FAMILY: json.dumps(document).encode()}
    )
    with pytest.raises(ImportRefused, match="code_word"):
        import_family(fresh.database, bad)


def test_reminders_bookkeeping_is_not_exported(demo_services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    demo_services.settings.set("reminders.last_notified", "2026-05-01")
    out = tmp_path / "family.zip"
    export_family(demo_services.database, out)
    assert "reminders.last_notified" not in family_json(out)["settings"]


def test_merge_matches_children_and_contacts_and_newer_progress_wins(rich_family, fresh, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    archive = tmp_path / "family.zip"
    export_family(rich_family.database, archive)
    minh = next(c for c in rich_family.family.children() if c.nickname == "Minh")
    item = rich_family.checklist.curated_for(minh.id)[0].key
    # The family here: Minh already (same nickname and year), an older and a newer answer on two items.
    here_minh = fresh.family.add_child("Minh", minh.birth_year)
    fresh.family.add_child("Tí", dt.date.today().year - 2)
    old = dt.datetime(2000, 1, 1)
    fresh.checklist.set_state(here_minh.id, item, "na", now=old)  # older than the archive's: replaced
    other = rich_family.checklist.curated_for(None)[0].key
    fresh.checklist.set_state(None, other, "todo", now=dt.datetime(2999, 1, 1))  # newer: kept
    fresh.contacts.add(ContactInput("Bà Hoa", phones=("0912 345 678",)))
    fresh.family.update(setup_done=True)
    with pytest.raises(ImportRefused, match="already holds a family"):
        import_family(fresh.database, archive)
    report = import_family(fresh.database, archive, merge=True)
    assert report.merged
    names = sorted(c.nickname for c in fresh.family.children())
    assert names == sorted(["Bông", "Lan", "Minh", "Tí"])
    assert len(fresh.contacts.contacts()) == 4  # Bà Hoa was matched by name and number
    states = {i.key: i.state for i in fresh.checklist.items(here_minh.id, "en")}
    archived = {i.key: i.state for i in rich_family.checklist.items(minh.id, "en")}
    assert states[item] == archived[item]
    assert {i.key: i.state for i in fresh.checklist.items(None, "en")}[other] == "todo"
    again = import_family(fresh.database, archive, merge=True)
    assert sum(again.added.values()) == 0  # importing the same file twice adds nothing


def write_zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def _valid(rich_family, tmp_path: Path) -> tuple[dict[str, Any], dict[str, Any]]:  # type: ignore[no-untyped-def]
    document = family_document(rich_family.database)
    return manifest_for(document), document


def _bad_archives(rich_family, tmp_path: Path) -> dict[str, Path]:  # type: ignore[no-untyped-def]
    manifest, document = _valid(rich_family, tmp_path)
    good = tmp_path / "good.zip"
    write_archive(good, manifest, document)
    data = good.read_bytes()

    def js(value: Any) -> bytes:
        return json.dumps(value).encode()

    def changed(**changes: Any) -> bytes:
        return js({**document, **changes})

    child = dict(document["children"][0], favourite_food="rice")
    big = b'{"family": "' + b"x" * (50 * 1024 * 1024) + b'"}'
    cases = {
        "not a zip": tmp_path / "notzip.zip",
        "truncated": tmp_path / "truncated.zip",
        "wrong format": write_zip(
            tmp_path / "f.zip", {MANIFEST: js({**manifest, "format": "other"}), FAMILY: js(document)}
        ),
        "newer version": write_zip(
            tmp_path / "v.zip", {MANIFEST: js({**manifest, "version": 2}), FAMILY: js(document)}
        ),
        "version as text": write_zip(
            tmp_path / "t.zip", {MANIFEST: js({**manifest, "version": "1"}), FAMILY: js(document)}
        ),
        "unknown field": write_zip(
            tmp_path / "u.zip", {MANIFEST: js(manifest), FAMILY: changed(children=[child, *document["children"][1:]])}
        ),
        "unknown section": write_zip(tmp_path / "s.zip", {MANIFEST: js(manifest), FAMILY: changed(photos=[])}),
        "unknown member": write_zip(tmp_path / "m.zip", {MANIFEST: js(manifest), FAMILY: js(document), "../evil": b""}),
        "no family.json": write_zip(tmp_path / "n.zip", {MANIFEST: js(manifest)}),
        "counts differ": write_zip(tmp_path / "c.zip", {MANIFEST: js(manifest), FAMILY: changed(children=[])}),
        "50 MB JSON": write_zip(tmp_path / "big.zip", {MANIFEST: js(manifest), FAMILY: big}),
        "bad phone": write_zip(
            tmp_path / "p.zip",
            {
                MANIFEST: js(manifest),
                FAMILY: changed(
                    contacts=[
                        {**document["contacts"][0], "phones": [{"number": "call me", "label": ""}]},
                        *document["contacts"][1:],
                    ]
                ),
            },
        ),
        "pin smuggled in": write_zip(
            tmp_path / "pin.zip",
            {
                MANIFEST: js({**manifest, "counts": {**manifest["counts"], "settings": 1}}),
                FAMILY: changed(settings={"security.pin_store": "database"}),
            },
        ),
        "not json": write_zip(tmp_path / "j.zip", {MANIFEST: js(manifest), FAMILY: b"\xff\xfe not json"}),
    }
    cases["not a zip"].write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 100)
    cases["truncated"].write_bytes(data[: len(data) // 2])
    return cases


# The words a parent reads for each bad archive (after "notalone: error:" or in the window's message).
REFUSALS = {
    "not a zip": "notzip.zip is not a family archive, or it is damaged or truncated",
    "truncated": "truncated.zip is not a family archive, or it is damaged or truncated",
    "wrong format": "the file is not a Not Alone family archive (format 'other')",
    "newer version": "the archive was written by a newer version of Not Alone (format version 2); install the newer "
    "version to import it",
    "version as text": "the archive's manifest has no valid version",
    "unknown field": "family.json: children[0].favourite_food: unknown field",
    "unknown section": "family.json: photos: unknown section",
    "unknown member": "m.zip holds files a family archive does not have ('../evil')",
    "no family.json": "n.zip is incomplete: it has no family.json",
    "counts differ": "the manifest's counts do not match family.json: the archive is incomplete or altered",
    "50 MB JSON": "family.json in the archive is too big (52 MB)",
    "bad phone": "family.json: contacts[0].phones[0].number: is not a phone number in international form",
    "pin smuggled in": "family.json: settings: holds 'security.pin_store', which an archive never holds",
    "not json": "family.json in the archive cannot be used: it is not UTF-8 text",
}


def test_bad_archives_are_refused_and_change_nothing(rich_family, fresh, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    cases = _bad_archives(rich_family, tmp_path)
    assert set(cases) == set(REFUSALS)
    fresh.family.add_child("Already here", dt.date.today().year - 4)
    before = family_document(fresh.database)
    for name, path in cases.items():
        for merge in (False, True):
            with pytest.raises(ImportRefused) as raised:
                import_family(fresh.database, path, merge=merge)
            message = str(raised.value)
            assert REFUSALS[name] in message and "\n" not in message, (name, message)
        assert family_document(fresh.database) == before, name


def test_a_cancelled_import_rolls_back(rich_family, fresh, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    archive = tmp_path / "family.zip"
    export_family(rich_family.database, archive)
    calls = iter([False, True])  # cancelled after the rows were written, before the commit
    with pytest.raises(Cancelled):
        import_family(fresh.database, archive, cancelled=lambda: next(calls))
    assert fresh.family.children() == [] and fresh.contacts.contacts() == []


def test_the_archive_file_is_whole_or_absent(rich_family, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "family.zip"
    export_family(rich_family.database, out)
    before = out.read_bytes()

    def broken(self: zipfile.ZipFile, name: str, data: Any, *args: Any, **kwargs: Any) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(zipfile.ZipFile, "writestr", broken)
    with pytest.raises(OSError):
        export_family(rich_family.database, out)
    assert out.read_bytes() == before  # the earlier archive is untouched
    assert not list(tmp_path.glob("*.part"))
    with pytest.raises(Cancelled):
        export_family(rich_family.database, tmp_path / "never.zip", cancelled=lambda: True)
    assert not (tmp_path / "never.zip").exists()


def test_an_import_backs_up_a_family_that_is_here_and_only_then(rich_family, fresh, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """One rule for the window and the command line: a family already here is backed up before an import adds to
    it; an empty data dir needs no backup, and a bad archive writes nothing, not even a backup."""
    archive = tmp_path / "family.zip"
    rich_family.family_data.export(archive)
    fresh.family_data.import_archive(archive, merge=False)
    assert [b.kind for b in fresh.backups.backups()] == []  # nothing was here to keep
    with pytest.raises(ImportRefused, match="already holds a family"):
        fresh.family_data.import_archive(archive, merge=False)
    assert fresh.backups.backups() == []  # refused: nothing written
    bad = tmp_path / "bad.zip"
    bad.write_bytes(b"not a zip")
    with pytest.raises(ImportRefused):
        fresh.family_data.import_archive(bad, merge=True)
    assert fresh.backups.backups() == []
    report = fresh.family_data.import_archive(archive, merge=True)
    assert report.merged and [b.kind for b in fresh.backups.backups()] == ["before-import"]


def test_a_bad_field_names_the_file_and_the_field(rich_family, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    archive = tmp_path / "family.zip"
    manifest = export_family(rich_family.database, archive)
    document = family_json(archive)
    document["children"][1]["nickname"] = ""
    broken = tmp_path / "broken.zip"
    write_archive(broken, manifest, document)
    with pytest.raises(ImportRefused, match=r"^family\.json: children\[1\]\.nickname: must be text"):
        load_archive(broken)
