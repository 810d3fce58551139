"""One rule for text a person or a file supplies (issue 15, row 11 and deliverable 3): what a person types is
refused at input with a message when it would lie about itself (a right-to-left override, a control character,
nothing visible) and nothing is stored; what a file brings (an archive, a vCard, an NGO profile) is neutralised as
it is read; what is already in the database (older data) is neutralised wherever it is read."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from notalone_desktop.core.profile import load_profile
from notalone_desktop.core.text import BIDI_CONTROLS
from notalone_desktop.paths import database_path
from notalone_desktop.services.contacts import ContactInput
from notalone_desktop.services.family_data import export_family, family_document, import_family, manifest_for
from notalone_desktop.services.incidents import IncidentInput
from notalone_desktop.services.plan import PlanInput
from notalone_desktop.services.vcard import parse_vcards
from notalone_desktop.storage.family_read import read_family
from tests.unit.test_profile import COUNTRIES
from tests.unit.test_profile import GOOD as PROFILE

LYING = {
    "text-bidi-control": "Mẹ \u202egnp.exe",  # shows as "Mẹ exe.png"
    "text-control": "Hoa\x00\x1b[2J",
    "text-invisible": "\u200b\u200d\u3164",
}
TYPED: dict[str, Callable[[Any, str], object]] = {
    "nickname": lambda s, text: s.family.add_child(text, 2015),
    "contact name": lambda s, text: s.contacts.add(ContactInput(text, "", ("0912 345 678",))),
    "contact relationship": lambda s, text: s.contacts.add(ContactInput("Hoa", text, ("0912 345 678",))),
    "contact note": lambda s, text: s.contacts.add(ContactInput("Hoa", "", ("0912 345 678",), note=text)),
    "what happened": lambda s, text: s.incidents.add(IncidentInput(dt.date(2026, 1, 5), "scam", text)),
    "platform": lambda s, text: s.incidents.add(IncidentInput(dt.date(2026, 1, 5), "scam", "A call", None, text)),
    "place": lambda s, text: s.plan.save(s.family.children()[0].id, PlanInput(("Trường", text))),
    "code word": lambda s, text: s.plan.save(s.family.children()[0].id, PlanInput(code_word=text)),
    "own item's title": lambda s, text: s.checklist.add_custom(None, "talking", text),
    "own item's details": lambda s, text: s.checklist.add_custom(None, "talking", "Talk", text),
    "checklist note": lambda s, text: s.checklist.set_note(None, "privacy.location-sharing", text),
    "lesson note": lambda s, text: s.lessons.set_note("a-lesson", text),
}


def everything(services: Any) -> tuple[Any, ...]:
    """The family as export sees it, and the code word (which export leaves out)."""
    child = services.family.children()[0].id
    return family_document(services.database), services.plan.code_word(child)


@pytest.fixture(scope="module")
def family(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """One family for every refusal below: a refused input changes nothing, so they can share it."""
    from notalone_desktop.services import open_services

    opened = open_services(tmp_path_factory.mktemp("text-rule") / "family")
    opened.family.add_child("Lan", 2015)
    yield opened
    opened.close()


@pytest.mark.parametrize("code", LYING)
@pytest.mark.parametrize("field", TYPED)
def test_typed_text_that_would_lie_is_refused_with_a_message_and_nothing_is_stored(
    family: Any, field: str, code: str
) -> None:
    before = everything(family)
    with pytest.raises(Exception) as raised:
        TYPED[field](family, LYING[code])
    problem = raised.value
    assert getattr(problem, "code", None) == code, repr(problem)
    message = str(problem)
    assert message.endswith(".") and "\n" not in message and not set(message) & BIDI_CONTROLS
    assert everything(family) == before


def test_ordinary_text_in_every_script_and_notes_with_lines_and_tabs_are_taken_as_typed(services: Any) -> None:
    lan = services.family.add_child("محمد\u200f", 2015)  # a right-to-left mark: names in Arabic script use it
    contact = services.contacts.add(ContactInput("Bà Nguyễn Thị Hoa", "Oma Jürgen", ("0912 345 678",), note="a\n\tb"))
    services.checklist.set_note(lan.id, "privacy.location-sharing", "Line one\n\tLine two")
    services.checklist.set_note(lan.id, "privacy.location-sharing", "\n\t\n")  # only blank: the form's rule
    assert services.family.children()[0].nickname == "محمد\u200f"
    assert services.contacts.contact(contact.id).note == "a\n\tb"  # type: ignore[union-attr]


def _archive(path: Path, manifest: dict[str, Any], document: dict[str, Any]) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("manifest.json", json.dumps(manifest))
        archive.writestr("family.json", json.dumps(document))
    return path


def test_text_an_archive_brings_is_neutralised_and_a_nul_in_a_nickname_never_gets_in(
    services: Any, tmp_path: Path
) -> None:
    services.family.add_child("Lan", 2015)
    services.contacts.add(ContactInput("Hoa", "", ("0912 345 678",), note="Gọi trước 8 giờ"))
    document = family_document(services.database)
    document["children"][0]["nickname"] = "La\x00n\u202e"
    document["contacts"][0]["name"] = "Mẹ \u202egnp.exe"
    document["contacts"][0]["note"] = "Gọi\x1b[2J trước\n8 giờ\u2066"
    path = _archive(tmp_path / "family.zip", manifest_for(document), document)
    from notalone_desktop.services import open_services

    other = open_services(tmp_path / "other")
    try:
        import_family(other.database, path)
        assert [c.nickname for c in other.family.children()] == ["Lan"]
        contact = other.contacts.contacts()[0]
        assert (contact.name, contact.note) == ("Mẹ gnp.exe", "Gọi[2J trước\n8 giờ")
        with sqlite3.connect(database_path(other.database.directory)) as raw:  # stored clean, not only shown
            assert raw.execute("SELECT nickname FROM child").fetchall() == [("Lan",)]
        raw.close()
    finally:
        other.close()


def test_a_nickname_with_nothing_visible_in_an_archive_is_refused_naming_the_field(
    services: Any, tmp_path: Path
) -> None:
    from notalone_desktop.services.family_data import ImportRefused

    services.family.add_child("Lan", 2015)
    document = family_document(services.database)
    document["children"][0]["nickname"] = "\u200b\u202e"
    path = _archive(tmp_path / "family.zip", manifest_for(document), document)
    with pytest.raises(ImportRefused, match=r"family\.json: children\[0\]\.nickname: must be text"):
        import_family(services.database, path, merge=True)


def test_a_vcard_and_an_ngo_profile_are_neutralised_as_they_are_read(tmp_path: Path) -> None:
    card = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Mẹ \u202egnp.exe\r\nTEL:0912345678\r\nNOTE:a\u2067b\r\nEND:VCARD\r\n"
    contacts, problems = parse_vcards(card.encode(), "VN")
    assert problems == [] and [(c.name, c.note) for c in contacts] == [("Mẹ gnp.exe", "ab")]
    text = PROFILE.replace('name = "', 'name = "\\u202e', 1)
    assert "\\u202e" in text
    (tmp_path / "test-ngo.toml").write_text(text, encoding="utf-8")
    (tmp_path / "logo.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"/>')
    profile = load_profile(tmp_path / "test-ngo.toml", countries=COUNTRIES, for_build=False)
    assert not set(profile.organisation.name) & BIDI_CONTROLS


def test_older_data_that_lies_is_neutralised_wherever_it_is_read_and_still_exports(
    services: Any, tmp_path: Path
) -> None:
    lan = services.family.add_child("Lan", 2015)
    services.contacts.add(ContactInput("Hoa", "", ("0912 345 678",)))
    key = services.checklist.add_custom(lan.id, "talking", "Talk")
    with sqlite3.connect(database_path(services.database.directory)) as raw:  # as an older version stored them
        raw.execute("UPDATE child SET nickname = ?", ("La\x00n\u202e",))
        raw.execute("UPDATE contact SET name = ?, note = ?", ("\u200b\u200d", "x\u202ey\nz"))
        raw.execute("UPDATE custom_item SET title = ?", ("Talk\x1b[31m",))
    raw.close()
    assert [c.nickname for c in services.family.children()] == ["Lan"]
    contact = services.contacts.contacts()[0]
    assert (contact.name, contact.note) == ("?", "xy\nz")  # a name with nothing visible is still something
    assert next(i.title for i in services.checklist.items(lan.id, "en") if i.key == key) == "Talk[31m"
    home = read_family(database_path(services.database.directory), "en")  # Home's fast first frame
    assert [c.nickname for c in home.children] == ["Lan"]
    assert [c.title for c in home.customs[lan.id]] == ["Talk[31m"]
    out = tmp_path / "family.zip"
    export_family(services.database, out)  # what is shown is what goes out, and it comes back
    with zipfile.ZipFile(out) as archive:
        exported = json.loads(archive.read("family.json"))
    assert exported["children"][0]["nickname"] == "Lan" and exported["contacts"][0]["name"] == "?"
