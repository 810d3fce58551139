"""What family.json must hold: every section's fields and their rules (core/validation.py), and the references
between sections. An archive is checked whole before anything is written; the first problem found is named
with its file and field (`family.json: children[0].nickname: ...`). Text a person wrote is neutralised as it is
read (core/text.py's rule for text a file brings): a bidi override or a control character never gets in."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from notalone_desktop.core import validation as v
from notalone_desktop.core.content.common import LANGUAGE_CODE
from notalone_desktop.core.errors import Invalid
from notalone_desktop.core.phone import E164
from notalone_desktop.core.text import quoted
from notalone_desktop.services.family_data.sections import (
    COUNTED,
    CUSTOM_PREFIX,
    OPTIONAL_SECTIONS,
    SECTIONS,
    ImportRefused,
    custom_id,
    is_local_setting,
)
from notalone_desktop.services.incidents import KINDS as INCIDENT_KINDS
from notalone_desktop.storage.archive import ArchiveRefused, read_archive

FAMILY_FILE = "family.json"
MANIFEST_FILE = "manifest.json"
_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}([0-9a-fA-F]{2})?$")
_KEY = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:-]{0,119}$")
_REFERENCE = v.integer(1, 10**9)


def _phones(field: str, value: Any) -> list[dict[str, Any]]:
    rules = {"number": v.pattern(E164, "a phone number in international form"), "label": v.user_text(40)}
    phones = v.list_of(lambda where, item: v.record(where, item, rules), limit=20)(field, value)
    if not phones:
        raise Invalid(field, "must hold at least one phone number")
    return phones


def _choices(field: str, value: Any) -> list[list[Any]]:
    checked = []
    for n, item in enumerate(v.items(field, value, 1000)):
        if (
            not isinstance(item, list)
            or len(item) != 2
            or not isinstance(item[0], str)
            or len(item[0]) > 120
            or not isinstance(item[1], int)
            or isinstance(item[1], bool)
        ):
            raise Invalid(f"{field}[{n}]", "must be a pair of a step name and a choice number")
        checked.append([item[0], item[1]])
    return checked


def _settings(field: str, value: Any) -> dict[str, Any]:
    if not isinstance(value, dict) or len(value) > 1000:
        raise Invalid(field, "must be an object")
    for key in value:
        if not isinstance(key, str) or not _KEY.match(key):
            raise Invalid(field, "has a key that is not a setting name")
        if is_local_setting(key):
            raise Invalid(field, f"holds '{key[:40]}', which an archive never holds")
    return dict(value)


FAMILY_FIELDS: dict[str, v.Rule] = {
    "country": v.pattern(re.compile(r"^[A-Za-z]{2}$"), "a two-letter country code"),
    # A shipped language, or one a content pack adds (a language missing here is shown in English).
    "language": v.pattern(LANGUAGE_CODE, "a language code"),
    "created_at": v.optional(v.moment),
    "profile": v.optional(v.user_text(200)),
    "setup_done": v.boolean,
}
RECORDS: dict[str, dict[str, v.Rule]] = {
    "children": {
        "id": _REFERENCE,
        "nickname": v.user_text(40, required=True),
        "birth_year": v.integer(1900, 2200),
        "colour": v.pattern(_COLOUR, "a colour"),
        "created_at": v.moment,
    },
    "checklist_progress": {
        "child": v.optional(_REFERENCE),
        "item_key": v.pattern(_KEY, "an item key"),
        "state": v.choice(("todo", "done", "na")),
        "note": v.user_text(10_000, multiline=True),
        "done_at": v.optional(v.moment),
        "next_review_at": v.optional(v.moment),
        "updated_at": v.moment,
    },
    "custom_items": {
        "id": _REFERENCE,
        "child": v.optional(_REFERENCE),
        "category": v.pattern(_KEY, "a category"),
        "title": v.user_text(200, required=True),
        "details": v.user_text(10_000, multiline=True),
        "created_at": v.moment,
    },
    "contacts": {
        "name": v.user_text(120, required=True),
        "relationship": v.user_text(120),
        "email": v.user_text(254),
        "note": v.user_text(4000, multiline=True),
        "position": v.integer(0, 10**6),
        "pinned": v.boolean,
        "created_at": v.moment,
        "phones": _phones,
        "trusted_by": v.list_of(_REFERENCE, limit=1000),
    },
    "helpline_prefs": {
        "line_key": v.pattern(_KEY, "a helpline key"),
        "pinned": v.boolean,
        "hidden": v.boolean,
    },
    "lesson_progress": {
        "lesson_key": v.pattern(_KEY, "a lesson key"),
        "read_at": v.optional(v.moment),
        "favourite": v.boolean,
        "note": v.user_text(20_000, multiline=True),
        "updated_at": v.moment,
    },
    "scenario_results": {
        "child": v.optional(_REFERENCE),
        "scenario_key": v.pattern(_KEY, "a scenario key"),
        "played_at": v.moment,
        "score": v.integer(0, 10_000),
        "max_score": v.integer(0, 10_000),
        "outcome": v.user_text(8, required=True),
        "choices": _choices,
    },
    # No code_word: the family code word is a secret and never in an archive (an archive that has one is refused).
    "safety_plans": {
        "child": _REFERENCE,
        "places": v.user_text(10_000, multiline=True),
        "updated_at": v.moment,
    },
    "plan_contacts": {
        "child": _REFERENCE,
        "contact": _REFERENCE,  # the contact's place in `contacts`, from 1
        "position": v.integer(0, 10**6),
    },
    "incidents": {
        "child": v.optional(_REFERENCE),
        "occurred_on": v.day,
        "kind": v.choice(INCIDENT_KINDS),
        "platform": v.user_text(120),
        "what_happened": v.user_text(10_000, required=True, multiline=True),
        "who_told": v.user_text(4000, multiline=True),
        "report_refs": v.user_text(4000, multiline=True),
        "evidence_location": v.user_text(4000, multiline=True),
        "created_at": v.moment,
        "updated_at": v.moment,
    },
    "life_events": {
        "child": v.optional(_REFERENCE),
        "event_key": v.pattern(re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:-]{0,59}$"), "a life-event key"),
        "started_at": v.moment,
    },
}
MANIFEST_FIELDS: dict[str, v.Rule] = {
    "format": lambda field, value: value,  # checked by storage/archive.py, which reads the container
    "version": lambda field, value: value,
    "app_version": v.text(40),
    "created": v.moment,
    "counts": lambda field, value: value,  # compared with the sections below
    # Optional (archives written before content packs lack it): the packs the family used.
    "packs": v.list_of(
        lambda field, value: v.record(
            field,
            value,
            {
                "id": v.text(60, required=True),
                "version": v.integer(1, 10**9),
                "publisher": v.text(120, required=True),
                "fingerprint": v.text(40),
                "title": v.text(200),
            },
        ),
        limit=100,
    ),
}


def check_document(manifest: dict[str, Any], document: dict[str, Any]) -> dict[str, Any]:
    """The archive's content, every field checked; ImportRefused naming the file and field of the first problem."""
    fields = MANIFEST_FIELDS if "packs" in manifest else {k: r for k, r in MANIFEST_FIELDS.items() if k != "packs"}
    try:
        packs = v.record("", manifest, fields).get("packs", [])
    except Invalid as exc:
        raise ImportRefused(str(exc.in_file(MANIFEST_FILE))) from exc
    try:
        return {**_check_family(manifest, document), "packs": packs}
    except Invalid as exc:
        raise ImportRefused(str(exc.in_file(FAMILY_FILE))) from exc


def _check_family(manifest: dict[str, Any], document: dict[str, Any]) -> dict[str, Any]:
    unknown = sorted(set(document) - set(SECTIONS))
    if unknown:
        raise Invalid(quoted(unknown[0]), "unknown section")
    missing = [section for section in SECTIONS if section not in document and section not in OPTIONAL_SECTIONS]
    if missing:
        raise Invalid(missing[0], "missing")
    checked: dict[str, Any] = {"family": v.record("family", document["family"], FAMILY_FIELDS)}
    for section, rules in RECORDS.items():
        rows = v.items(section, document.get(section, []))
        checked[section] = [v.record(f"{section}[{n}]", row, rules) for n, row in enumerate(rows)]
    checked["settings"] = _settings("settings", document["settings"])
    counts = manifest.get("counts")
    # An archive written before the optional sections existed counts only the sections it has.
    expected = {section: len(checked[section]) for section in COUNTED if section in document}
    if counts != expected:
        raise ImportRefused("the manifest's counts do not match family.json: the archive is incomplete or altered")
    _check_references(checked)
    return checked


def _check_references(checked: dict[str, Any]) -> None:
    children = {c["id"] for c in checked["children"]}
    customs = {c["id"] for c in checked["custom_items"]}
    if len(children) != len(checked["children"]) or len(customs) != len(checked["custom_items"]):
        raise ImportRefused("the archive numbers two children or two items alike")
    for section in ("checklist_progress", "custom_items", "scenario_results", "incidents", "life_events"):
        for n, row in enumerate(checked[section]):
            if row["child"] is not None and row["child"] not in children:
                raise Invalid(f"{section}[{n}]", "names a child the archive does not hold")
    for n, contact in enumerate(checked["contacts"]):
        if any(ref not in children for ref in contact["trusted_by"]):
            raise Invalid(f"contacts[{n}].trusted_by", "names a child the archive does not hold")
    for n, row in enumerate(checked["checklist_progress"]):
        key = row["item_key"]
        if key.startswith(CUSTOM_PREFIX) and custom_id(key) not in customs:
            raise Invalid(f"checklist_progress[{n}]", "belongs to an item the archive does not hold")
    planned: set[int] = set()
    for n, row in enumerate(checked["safety_plans"]):
        if row["child"] not in children:
            raise Invalid(f"safety_plans[{n}]", "names a child the archive does not hold")
        if row["child"] in planned:
            raise Invalid(f"safety_plans[{n}]", "is a second plan for the same child")
        planned.add(row["child"])
    pairs: set[tuple[int, int]] = set()
    for n, row in enumerate(checked["plan_contacts"]):
        if row["child"] not in children:
            raise Invalid(f"plan_contacts[{n}]", "names a child the archive does not hold")
        if row["contact"] > len(checked["contacts"]):
            raise Invalid(f"plan_contacts[{n}]", "names a contact the archive does not hold")
        if (row["child"], row["contact"]) in pairs:
            raise Invalid(f"plan_contacts[{n}]", "names the same contact twice for one child")
        pairs.add((row["child"], row["contact"]))
    events: set[tuple[int | None, str]] = set()
    for n, row in enumerate(checked["life_events"]):
        if (row["child"], row["event_key"]) in events:
            raise Invalid(f"life_events[{n}]", "starts the same event twice")
        events.add((row["child"], row["event_key"]))


def load_archive(path: Path) -> dict[str, Any]:
    """Read and check an archive without touching any database."""
    try:
        manifest, document = read_archive(path)
    except ArchiveRefused as exc:
        raise ImportRefused(str(exc)) from exc
    return check_document(manifest, document)
