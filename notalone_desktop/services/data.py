"""Export, import and erase: the family's data leaves, comes back, or goes, and never only half of it.

Export writes one versioned archive (storage/archive.py: a zip with manifest.json and family.json) from one
consistent read. Import checks every field before it writes anything, then adds everything in one transaction:
into an empty data dir, or (merge) beside a family that is already there. Erase removes the database and its
sidecars, the backups, the logs and the keyring entries, and says what it removed.
The PIN, its verifiers and the back-off counters are never exported, and neither is a safety plan's family code
word: it is a secret, so an imported plan has an empty code word (a merge keeps the one already there).
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from notalone_desktop import __version__
from notalone_desktop.core.errors import NotAloneError
from notalone_desktop.paths import DATABASE_NAME, backups_dir, log_dir
from notalone_desktop.services.incidents import KINDS as INCIDENT_KINDS
from notalone_desktop.services.security import SECRET_PREFIX, forget_keyring_entries
from notalone_desktop.storage.archive import FORMAT, VERSION, ArchiveRefused, read_archive, write_archive
from notalone_desktop.storage.database import Database
from notalone_desktop.storage.models import (
    ChecklistProgress,
    Child,
    Contact,
    ContactPhone,
    CustomItem,
    Family,
    HelplinePref,
    Incident,
    LessonProgress,
    LifeEvent,
    PlanContact,
    SafetyPlan,
    ScenarioResult,
    Setting,
    utcnow,
)

log = logging.getLogger(__name__)

CUSTOM_PREFIX = "custom."
LOCK_NAME = "notalone.lock"
# Settings that describe this computer or the app's own bookkeeping, not the family: never exported.
LOCAL_SETTING_PREFIXES = (SECRET_PREFIX, "window.", "selftest.")
LOCAL_SETTINGS = frozenset({"lessons.content_hash", "lessons.files_stamp", "reminders.last_notified"})
SECTIONS = (
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
)
COUNTED = SECTIONS[1:]
# Added after the first archives were written: an archive without them is read as if they were empty lists.
OPTIONAL_SECTIONS = frozenset({"safety_plans", "plan_contacts", "incidents", "life_events"})

ProgressCallback = Callable[[int, int], None]
CancelCheck = Callable[[], bool]


class ImportRefused(NotAloneError):
    """The archive cannot be imported; the database was not changed."""


class EraseRefused(NotAloneError):
    """Erase cannot run now (the window is open for this data dir)."""


class Cancelled(NotAloneError):
    """The user cancelled; nothing was written."""


@dataclass(frozen=True)
class ImportReport:
    merged: bool
    added: dict[str, int]  # per section: rows added
    updated: dict[str, int]  # per section: rows replaced by newer ones (merge)


def is_local_setting(key: str) -> bool:
    return key in LOCAL_SETTINGS or key.startswith(LOCAL_SETTING_PREFIXES)


# Export ------------------------------------------------------------------------------------------------------


def _time(value: dt.datetime | None) -> str | None:
    return None if value is None else value.isoformat(timespec="microseconds") + "Z"


def family_document(database: Database) -> dict[str, Any]:
    """Everything of the family as plain JSON values, read in one transaction (one consistent snapshot).

    Children and the family's own items are numbered 1, 2, ... in the archive, whatever their row ids: two
    exports of equal data are equal files.
    """
    import json

    with database.session() as session:
        family = session.get(Family, 1)
        children = session.scalars(select(Child).where(Child.removed_at.is_(None)).order_by(Child.id)).all()
        child_ref = {row.id: n for n, row in enumerate(children, start=1)}
        customs = session.scalars(select(CustomItem).order_by(CustomItem.id)).all()
        customs = [c for c in customs if c.child_id is None or c.child_id in child_ref]
        custom_ref = {row.id: n for n, row in enumerate(customs, start=1)}
        progress_rows = session.scalars(select(ChecklistProgress).order_by(ChecklistProgress.id)).all()
        contacts = session.scalars(select(Contact).order_by(Contact.position, Contact.id)).all()
        prefs = session.scalars(select(HelplinePref).order_by(HelplinePref.line_key)).all()
        lessons = session.scalars(select(LessonProgress).order_by(LessonProgress.lesson_key)).all()
        results = session.scalars(select(ScenarioResult).order_by(ScenarioResult.played_at, ScenarioResult.id)).all()
        settings = session.scalars(select(Setting).order_by(Setting.key)).all()
        contact_ref = {row.id: n for n, row in enumerate(contacts, start=1)}
        # The code word is a secret: it is never read here, so it never reaches the archive.
        plans = session.execute(
            select(SafetyPlan.child_id, SafetyPlan.places, SafetyPlan.updated_at).order_by(SafetyPlan.child_id)
        ).all()
        plan_contacts = session.scalars(select(PlanContact)).all()
        incidents = session.scalars(select(Incident).order_by(Incident.occurred_on, Incident.id)).all()
        life_events = session.scalars(select(LifeEvent).order_by(LifeEvent.id)).all()

        progress = []
        for row in progress_rows:
            if row.child_id is not None and row.child_id not in child_ref:
                continue
            key = row.item_key
            if key.startswith(CUSTOM_PREFIX):
                custom_id = _custom_id(key)
                if custom_id not in custom_ref:
                    continue  # progress left behind by an item that no longer exists
                key = f"{CUSTOM_PREFIX}{custom_ref[custom_id]}"
            progress.append(
                {
                    "child": child_ref.get(row.child_id) if row.child_id is not None else None,
                    "item_key": key,
                    "state": row.state,
                    "note": row.note,
                    "done_at": _time(row.done_at),
                    "next_review_at": _time(row.next_review_at),
                    "updated_at": _time(row.updated_at),
                }
            )
        progress.sort(key=lambda p: (p["child"] or 0, p["item_key"]))
        document: dict[str, Any] = {
            "family": {
                "country": family.country if family else "VN",
                "language": family.language if family else "en",
                "created_at": _time(family.created_at) if family else None,
                "profile": family.profile if family else None,
                "setup_done": bool(family.setup_done) if family else False,
            },
            "children": [
                {
                    "id": child_ref[row.id],
                    "nickname": row.nickname,
                    "birth_year": row.birth_year,
                    "colour": row.colour,
                    "created_at": _time(row.created_at),
                }
                for row in children
            ],
            "checklist_progress": progress,
            "custom_items": [
                {
                    "id": custom_ref[row.id],
                    "child": child_ref[row.child_id] if row.child_id is not None else None,
                    "category": row.category,
                    "title": row.title,
                    "details": row.details,
                    "created_at": _time(row.created_at),
                }
                for row in customs
            ],
            "contacts": [
                {
                    "name": row.name,
                    "relationship": row.relationship,
                    "email": row.email,
                    "note": row.note,
                    "position": row.position,
                    "pinned": bool(row.pinned),
                    "created_at": _time(row.created_at),
                    "phones": [{"number": p.number, "label": p.label} for p in row.phones],
                    "trusted_by": sorted(child_ref[c.id] for c in row.children if c.id in child_ref),
                }
                for row in contacts
            ],
            "helpline_prefs": [
                {"line_key": row.line_key, "pinned": bool(row.pinned), "hidden": bool(row.hidden)} for row in prefs
            ],
            "lesson_progress": [
                {
                    "lesson_key": row.lesson_key,
                    "read_at": _time(row.read_at),
                    "favourite": bool(row.favourite),
                    "note": row.note,
                    "updated_at": _time(row.updated_at),
                }
                for row in lessons
            ],
            "scenario_results": [
                {
                    "child": child_ref.get(row.child_id) if row.child_id is not None else None,
                    "scenario_key": row.scenario_key,
                    "played_at": _time(row.played_at),
                    "score": row.score,
                    "max_score": row.max_score,
                    "outcome": row.outcome,
                    "choices": json.loads(row.choices),
                }
                for row in results
                if row.child_id is None or row.child_id in child_ref
            ],
            "settings": {row.key: json.loads(row.value) for row in settings if not is_local_setting(row.key)},
            "safety_plans": [
                {"child": child_ref[child_id], "places": places, "updated_at": _time(updated_at)}
                for child_id, places, updated_at in plans
                if child_id in child_ref
            ],
            "plan_contacts": sorted(
                (
                    {"child": child_ref[row.child_id], "contact": contact_ref[row.contact_id], "position": row.position}
                    for row in plan_contacts
                    if row.child_id in child_ref and row.contact_id in contact_ref
                ),
                key=lambda p: (p["child"], p["position"], p["contact"]),
            ),
            "incidents": [
                {
                    "child": child_ref.get(row.child_id) if row.child_id is not None else None,
                    "occurred_on": row.occurred_on.isoformat(),
                    "kind": row.kind,
                    "platform": row.platform,
                    "what_happened": row.what_happened,
                    "who_told": row.who_told,
                    "report_refs": row.report_refs,
                    "evidence_location": row.evidence_location,
                    "created_at": _time(row.created_at),
                    "updated_at": _time(row.updated_at),
                }
                for row in incidents
                if row.child_id is None or row.child_id in child_ref
            ],
            "life_events": sorted(
                (
                    {
                        "child": child_ref.get(row.child_id) if row.child_id is not None else None,
                        "event_key": row.event_key,
                        "started_at": _time(row.started_at),
                    }
                    for row in life_events
                    if row.child_id is None or row.child_id in child_ref
                ),
                key=lambda e: (e["child"] or 0, e["event_key"]),
            ),
        }
    return document


def manifest_for(document: dict[str, Any], now: dt.datetime | None = None) -> dict[str, Any]:
    moment = now or utcnow()
    return {
        "format": FORMAT,
        "version": VERSION,
        "app_version": __version__,
        "created": moment.isoformat(timespec="seconds") + "Z",
        "counts": {section: len(document[section]) for section in COUNTED},
    }


def export_family(
    database: Database,
    out: Path,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
) -> dict[str, Any]:
    """Write the family's archive to `out` (whole or not at all); returns the manifest."""
    if out.is_dir():
        raise NotAloneError(f"{out} is a folder; give the name of the archive file to write")
    if not out.parent.is_dir():
        raise NotAloneError(f"the folder {out.parent} does not exist")
    document = family_document(database)
    if progress is not None:
        progress(1, 3)
    if cancelled is not None and cancelled():
        raise Cancelled("The export was cancelled; no file was written.")
    manifest = manifest_for(document)
    write_archive(out, manifest, document)
    if progress is not None:
        progress(3, 3)
    log.info("family exported (%s)", ", ".join(f"{k} {v}" for k, v in manifest["counts"].items()))
    return manifest


# Checking an archive -----------------------------------------------------------------------------------------

_E164 = re.compile(r"^\+[1-9][0-9]{4,16}$")
_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}([0-9a-fA-F]{2})?$")
_KEY = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:-]{0,119}$")


class _Check:
    """Field checks for one record; each failure names the record and the field."""

    def __init__(self, where: str, record: Any, fields: dict[str, Callable[[str, Any], Any]]) -> None:
        if not isinstance(record, dict):
            raise ImportRefused(f"{where} is not an object")
        unknown = sorted(set(record) - set(fields))
        if unknown:
            raise ImportRefused(f"unknown field '{unknown[0][:40]}' in {where}")
        missing = sorted(set(fields) - set(record))
        if missing:
            raise ImportRefused(f"missing field '{missing[0]}' in {where}")
        self.values = {name: check(f"{where}.{name}", record[name]) for name, check in fields.items()}


def _text(limit: int, required: bool = False) -> Callable[[str, Any], str]:
    def check(where: str, value: Any) -> str:
        if not isinstance(value, str) or len(value) > limit or (required and not value.strip()):
            raise ImportRefused(f"{where} must be text of at most {limit} characters" + (", not empty" * required))
        return value

    return check


def _pattern(pattern: re.Pattern[str], what: str) -> Callable[[str, Any], str]:
    def check(where: str, value: Any) -> str:
        if not isinstance(value, str) or not pattern.match(value):
            raise ImportRefused(f"{where} is not {what}")
        return value

    return check


def _integer(low: int, high: int) -> Callable[[str, Any], int]:
    def check(where: str, value: Any) -> int:
        if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
            raise ImportRefused(f"{where} must be a whole number from {low} to {high}")
        return value

    return check


def _boolean(where: str, value: Any) -> bool:
    if not isinstance(value, bool):
        raise ImportRefused(f"{where} must be true or false")
    return value


def _when(optional: bool = False) -> Callable[[str, Any], dt.datetime | None]:
    def check(where: str, value: Any) -> dt.datetime | None:
        if value is None and optional:
            return None
        if not isinstance(value, str) or len(value) > 40:
            raise ImportRefused(f"{where} must be a date and time")
        try:
            moment = dt.datetime.fromisoformat(value)
        except ValueError as exc:
            raise ImportRefused(f"{where} must be a date and time") from exc
        if moment.tzinfo is not None:
            moment = moment.astimezone(dt.UTC).replace(tzinfo=None)
        return moment

    return check


def _day(where: str, value: Any) -> dt.date:
    if not isinstance(value, str) or len(value) != 10:
        raise ImportRefused(f"{where} must be a date")
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise ImportRefused(f"{where} must be a date") from exc


def _reference(optional: bool = True) -> Callable[[str, Any], int | None]:
    def check(where: str, value: Any) -> int | None:
        if value is None and optional:
            return None
        return _integer(1, 10**9)(where, value)

    return check


def _choice(options: tuple[str, ...]) -> Callable[[str, Any], str]:
    def check(where: str, value: Any) -> str:
        if value not in options:
            raise ImportRefused(f"{where} must be one of {', '.join(options)}")
        return str(value)

    return check


def _list(where: str, value: Any, limit: int = 100_000) -> list[Any]:
    if not isinstance(value, list) or len(value) > limit:
        raise ImportRefused(f"{where} must be a list")
    return value


def _phones(where: str, value: Any) -> list[dict[str, Any]]:
    fields = {"number": _pattern(_E164, "a phone number in international form"), "label": _text(40)}
    phones = [_Check(f"{where}[{n}]", item, fields).values for n, item in enumerate(_list(where, value, 20))]
    if not phones:
        raise ImportRefused(f"{where} must hold at least one phone number")
    return phones


def _references(where: str, value: Any) -> list[int]:
    return [_integer(1, 10**9)(f"{where}[{n}]", item) for n, item in enumerate(_list(where, value, 1000))]


def _choices(where: str, value: Any) -> list[list[Any]]:
    checked = []
    for n, item in enumerate(_list(where, value, 1000)):
        if (
            not isinstance(item, list)
            or len(item) != 2
            or not isinstance(item[0], str)
            or len(item[0]) > 120
            or not isinstance(item[1], int)
            or isinstance(item[1], bool)
        ):
            raise ImportRefused(f"{where}[{n}] must be a pair of a step name and a choice number")
        checked.append([item[0], item[1]])
    return checked


def _settings(where: str, value: Any) -> dict[str, Any]:
    if not isinstance(value, dict) or len(value) > 1000:
        raise ImportRefused(f"{where} must be an object")
    for key in value:
        if not isinstance(key, str) or not _KEY.match(key):
            raise ImportRefused(f"{where} has a key that is not a setting name")
        if is_local_setting(key):
            raise ImportRefused(f"{where} holds '{key[:40]}', which an archive never holds")
    return dict(value)


FAMILY_FIELDS: dict[str, Callable[[str, Any], Any]] = {
    "country": _pattern(re.compile(r"^[A-Za-z]{2}$"), "a two-letter country code"),
    "language": _choice(("en", "vi", "id", "de")),
    "created_at": _when(optional=True),
    "profile": lambda where, value: None if value is None else _text(200)(where, value),
    "setup_done": _boolean,
}
CHILD_FIELDS: dict[str, Callable[[str, Any], Any]] = {
    "id": _reference(optional=False),
    "nickname": _text(40, required=True),
    "birth_year": _integer(1900, 2200),
    "colour": _pattern(_COLOUR, "a colour"),
    "created_at": _when(),
}
PROGRESS_FIELDS: dict[str, Callable[[str, Any], Any]] = {
    "child": _reference(),
    "item_key": _pattern(_KEY, "an item key"),
    "state": _choice(("todo", "done", "na")),
    "note": _text(10_000),
    "done_at": _when(optional=True),
    "next_review_at": _when(optional=True),
    "updated_at": _when(),
}
CUSTOM_FIELDS: dict[str, Callable[[str, Any], Any]] = {
    "id": _reference(optional=False),
    "child": _reference(),
    "category": _pattern(_KEY, "a category"),
    "title": _text(200, required=True),
    "details": _text(10_000),
    "created_at": _when(),
}
CONTACT_FIELDS: dict[str, Callable[[str, Any], Any]] = {
    "name": _text(120, required=True),
    "relationship": _text(120),
    "email": _text(254),
    "note": _text(4000),
    "position": _integer(0, 10**6),
    "pinned": _boolean,
    "created_at": _when(),
    "phones": _phones,
    "trusted_by": _references,
}
PREF_FIELDS: dict[str, Callable[[str, Any], Any]] = {
    "line_key": _pattern(_KEY, "a helpline key"),
    "pinned": _boolean,
    "hidden": _boolean,
}
LESSON_FIELDS: dict[str, Callable[[str, Any], Any]] = {
    "lesson_key": _pattern(_KEY, "a lesson key"),
    "read_at": _when(optional=True),
    "favourite": _boolean,
    "note": _text(20_000),
    "updated_at": _when(),
}
RESULT_FIELDS: dict[str, Callable[[str, Any], Any]] = {
    "child": _reference(),
    "scenario_key": _pattern(_KEY, "a scenario key"),
    "played_at": _when(),
    "score": _integer(0, 10_000),
    "max_score": _integer(0, 10_000),
    "outcome": _text(8, required=True),
    "choices": _choices,
}
# No code_word: the family code word is a secret and never in an archive (an archive that has one is refused).
PLAN_FIELDS: dict[str, Callable[[str, Any], Any]] = {
    "child": _reference(optional=False),
    "places": _text(10_000),
    "updated_at": _when(),
}
PLAN_CONTACT_FIELDS: dict[str, Callable[[str, Any], Any]] = {
    "child": _reference(optional=False),
    "contact": _reference(optional=False),  # the contact's place in `contacts`, from 1
    "position": _integer(0, 10**6),
}
INCIDENT_FIELDS: dict[str, Callable[[str, Any], Any]] = {
    "child": _reference(),
    "occurred_on": _day,
    "kind": _choice(INCIDENT_KINDS),
    "platform": _text(120),
    "what_happened": _text(10_000, required=True),
    "who_told": _text(4000),
    "report_refs": _text(4000),
    "evidence_location": _text(4000),
    "created_at": _when(),
    "updated_at": _when(),
}
LIFE_EVENT_FIELDS: dict[str, Callable[[str, Any], Any]] = {
    "child": _reference(),
    "event_key": _pattern(re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:-]{0,59}$"), "a life-event key"),
    "started_at": _when(),
}
RECORDS: dict[str, dict[str, Callable[[str, Any], Any]]] = {
    "children": CHILD_FIELDS,
    "checklist_progress": PROGRESS_FIELDS,
    "custom_items": CUSTOM_FIELDS,
    "contacts": CONTACT_FIELDS,
    "helpline_prefs": PREF_FIELDS,
    "lesson_progress": LESSON_FIELDS,
    "scenario_results": RESULT_FIELDS,
    "safety_plans": PLAN_FIELDS,
    "plan_contacts": PLAN_CONTACT_FIELDS,
    "incidents": INCIDENT_FIELDS,
    "life_events": LIFE_EVENT_FIELDS,
}


def check_document(manifest: dict[str, Any], document: dict[str, Any]) -> dict[str, Any]:
    """The archive's content, every field checked; ImportRefused naming the first thing wrong."""
    _Check(
        "manifest.json",
        manifest,
        {
            "format": lambda where, value: value,
            "version": lambda where, value: value,
            "app_version": _text(40),
            "created": _when(),
            "counts": lambda where, value: value,
        },
    )
    unknown = sorted(set(document) - set(SECTIONS))
    if unknown:
        raise ImportRefused(f"unknown field '{unknown[0][:40]}' in family.json")
    missing = [section for section in SECTIONS if section not in document and section not in OPTIONAL_SECTIONS]
    if missing:
        raise ImportRefused(f"family.json has no '{missing[0]}'")
    checked: dict[str, Any] = {"family": _Check("family", document["family"], FAMILY_FIELDS).values}
    for section, fields in RECORDS.items():
        rows = _list(section, document.get(section, []))
        checked[section] = [_Check(f"{section}[{n}]", row, fields).values for n, row in enumerate(rows)]
    checked["settings"] = _settings("settings", document["settings"])
    counts = manifest.get("counts")
    # An archive written before the optional sections existed counts only the sections it has.
    expected = {section: len(checked[section]) for section in COUNTED if section in document}
    if counts != expected:
        raise ImportRefused("the manifest's counts do not match family.json: the archive is incomplete or altered")
    children = {c["id"] for c in checked["children"]}
    customs = {c["id"] for c in checked["custom_items"]}
    if len(children) != len(checked["children"]) or len(customs) != len(checked["custom_items"]):
        raise ImportRefused("the archive numbers two children or two items alike")
    for section in ("checklist_progress", "custom_items", "scenario_results", "incidents", "life_events"):
        for n, row in enumerate(checked[section]):
            if row["child"] is not None and row["child"] not in children:
                raise ImportRefused(f"{section}[{n}] names a child the archive does not hold")
    for n, contact in enumerate(checked["contacts"]):
        if any(ref not in children for ref in contact["trusted_by"]):
            raise ImportRefused(f"contacts[{n}].trusted_by names a child the archive does not hold")
    for n, row in enumerate(checked["checklist_progress"]):
        key = row["item_key"]
        if key.startswith(CUSTOM_PREFIX) and _custom_id(key) not in customs:
            raise ImportRefused(f"checklist_progress[{n}] belongs to an item the archive does not hold")
    _check_plans(checked, children)
    return checked


def _check_plans(checked: dict[str, Any], children: set[int]) -> None:
    planned: set[int] = set()
    for n, row in enumerate(checked["safety_plans"]):
        if row["child"] not in children:
            raise ImportRefused(f"safety_plans[{n}] names a child the archive does not hold")
        if row["child"] in planned:
            raise ImportRefused(f"safety_plans[{n}] is a second plan for the same child")
        planned.add(row["child"])
    pairs: set[tuple[int, int]] = set()
    for n, row in enumerate(checked["plan_contacts"]):
        if row["child"] not in children:
            raise ImportRefused(f"plan_contacts[{n}] names a child the archive does not hold")
        if row["contact"] > len(checked["contacts"]):
            raise ImportRefused(f"plan_contacts[{n}] names a contact the archive does not hold")
        if (row["child"], row["contact"]) in pairs:
            raise ImportRefused(f"plan_contacts[{n}] names the same contact twice for one child")
        pairs.add((row["child"], row["contact"]))
    events: set[tuple[int | None, str]] = set()
    for n, row in enumerate(checked["life_events"]):
        if (row["child"], row["event_key"]) in events:
            raise ImportRefused(f"life_events[{n}] starts the same event twice")
        events.add((row["child"], row["event_key"]))


def load_archive(path: Path) -> dict[str, Any]:
    """Read and check an archive without touching any database."""
    try:
        manifest, document = read_archive(path)
    except ArchiveRefused as exc:
        raise ImportRefused(str(exc)) from exc
    return check_document(manifest, document)


# Import ------------------------------------------------------------------------------------------------------


def import_family(
    database: Database,
    path: Path,
    merge: bool = False,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
) -> ImportReport:
    """Add the archive's family to the database in one transaction; on any problem nothing is written."""
    data = load_archive(path)
    if progress is not None:
        progress(1, 3)
    if cancelled is not None and cancelled():
        raise Cancelled("The import was cancelled; nothing was changed.")
    added = dict.fromkeys(COUNTED, 0)
    updated = dict.fromkeys(COUNTED, 0)
    with database.session() as session:
        family = session.get(Family, 1)
        has_children = session.scalars(select(Child.id).limit(1)).first() is not None
        if not merge and ((family is not None and family.setup_done) or has_children):
            raise ImportRefused(
                f"{database.directory} already holds a family; use --merge to add the archive to it, or import "
                "into an empty data folder"
            )
        _import_family_row(session, family, data["family"], merge)
        child_ids = _import_children(session, data["children"], added)
        custom_ids = _import_customs(session, data["custom_items"], child_ids, added)
        _import_progress(session, data["checklist_progress"], child_ids, custom_ids, added, updated)
        contact_ids = _import_contacts(session, data["contacts"], child_ids, added)
        _import_prefs(session, data["helpline_prefs"], merge, added, updated)
        _import_lessons(session, data["lesson_progress"], added, updated)
        _import_results(session, data["scenario_results"], child_ids, added)
        _import_settings(session, data["settings"], merge, added)
        _import_plans(session, data["safety_plans"], child_ids, added, updated)
        _import_plan_contacts(session, data["plan_contacts"], child_ids, contact_ids, added)
        _import_incidents(session, data["incidents"], child_ids, added)
        _import_life_events(session, data["life_events"], child_ids, added)
        session.flush()
        if cancelled is not None and cancelled():
            raise Cancelled("The import was cancelled; nothing was changed.")  # rolls the transaction back
    if progress is not None:
        progress(3, 3)
    log.info("family imported (merge: %s; %s)", merge, ", ".join(f"{k} +{v}" for k, v in added.items()))
    return ImportReport(merge, added, updated)


def _import_family_row(session: Session, family: Family | None, values: dict[str, Any], merge: bool) -> None:
    if family is None:
        family = Family(id=1, created_at=values["created_at"] or utcnow(), setup_done=False)
        session.add(family)
    elif merge:
        family.setup_done = bool(family.setup_done or values["setup_done"])
        return
    family.country = values["country"].upper()
    family.language = values["language"]
    family.profile = values["profile"]
    family.setup_done = values["setup_done"]
    if values["created_at"] is not None:
        family.created_at = values["created_at"]


def _import_children(session: Session, children: list[dict[str, Any]], added: dict[str, int]) -> dict[int, int]:
    existing = {
        (row.nickname, row.birth_year): row.id
        for row in session.scalars(select(Child).where(Child.removed_at.is_(None)).order_by(Child.id))
    }
    mapping: dict[int, int] = {}
    for child in children:
        match = existing.get((child["nickname"], child["birth_year"]))
        if match is None:
            row = Child(
                nickname=child["nickname"],
                birth_year=child["birth_year"],
                colour=child["colour"],
                created_at=child["created_at"],
            )
            session.add(row)
            session.flush()
            match = row.id
            existing[(child["nickname"], child["birth_year"])] = match
            added["children"] += 1
        mapping[child["id"]] = match
    return mapping


def _child(ref: int | None, child_ids: dict[int, int]) -> int | None:
    return None if ref is None else child_ids[ref]


def _import_customs(
    session: Session, customs: list[dict[str, Any]], child_ids: dict[int, int], added: dict[str, int]
) -> dict[int, int]:
    existing = {(row.child_id, row.category, row.title): row.id for row in session.scalars(select(CustomItem))}
    mapping: dict[int, int] = {}
    for item in customs:
        child_id = _child(item["child"], child_ids)
        match = existing.get((child_id, item["category"], item["title"]))
        if match is None:
            row = CustomItem(
                child_id=child_id,
                category=item["category"],
                title=item["title"],
                details=item["details"],
                created_at=item["created_at"],
            )
            session.add(row)
            session.flush()
            match = row.id
            existing[(child_id, item["category"], item["title"])] = match
            added["custom_items"] += 1
        mapping[item["id"]] = match
    return mapping


def _import_progress(
    session: Session,
    rows: list[dict[str, Any]],
    child_ids: dict[int, int],
    custom_ids: dict[int, int],
    added: dict[str, int],
    updated: dict[str, int],
) -> None:
    existing = {(row.child_id, row.item_key): row for row in session.scalars(select(ChecklistProgress))}
    for item in rows:
        child_id = _child(item["child"], child_ids)
        key = item["item_key"]
        if key.startswith(CUSTOM_PREFIX):
            key = f"{CUSTOM_PREFIX}{custom_ids[_custom_id(key)]}"
        row = existing.get((child_id, key))
        if row is None:
            row = ChecklistProgress(child_id=child_id, item_key=key)
            session.add(row)
            existing[(child_id, key)] = row
            added["checklist_progress"] += 1
        elif row.updated_at is not None and row.updated_at >= item["updated_at"]:
            continue  # the newer one wins: here, the one already in the database
        else:
            updated["checklist_progress"] += 1
        row.state, row.note = item["state"], item["note"]
        row.done_at, row.next_review_at, row.updated_at = item["done_at"], item["next_review_at"], item["updated_at"]


def _import_contacts(
    session: Session, contacts: list[dict[str, Any]], child_ids: dict[int, int], added: dict[str, int]
) -> dict[int, int]:
    """Adds the contacts not already here; returns the archive's contact numbers (from 1) -> row ids."""
    existing = {
        (row.name, tuple(sorted(p.number for p in row.phones))): row for row in session.scalars(select(Contact))
    }
    position = session.scalar(select(func.max(Contact.position))) or 0
    fresh = not existing
    mapping: dict[int, int] = {}
    for number, contact in enumerate(contacts, start=1):
        numbers = tuple(sorted(p["number"] for p in contact["phones"]))
        children = [session.get(Child, child_ids[ref]) for ref in contact["trusted_by"]]
        match = existing.get((contact["name"], numbers))
        if match is not None:
            known = {c.id for c in match.children}
            match.children = list(match.children) + [c for c in children if c is not None and c.id not in known]
            session.flush()
            mapping[number] = match.id
            continue
        position += 1
        row = Contact(
            name=contact["name"],
            relationship=contact["relationship"],
            email=contact["email"],
            note=contact["note"],
            position=contact["position"] if fresh else position,
            pinned=contact["pinned"],
            created_at=contact["created_at"],
        )
        row.phones = [
            ContactPhone(number=p["number"], label=p["label"], position=n) for n, p in enumerate(contact["phones"])
        ]
        row.children = [c for c in children if c is not None]
        session.add(row)
        session.flush()
        existing[(contact["name"], numbers)] = row
        mapping[number] = row.id
        added["contacts"] += 1
    return mapping


def _import_prefs(
    session: Session, prefs: list[dict[str, Any]], merge: bool, added: dict[str, int], updated: dict[str, int]
) -> None:
    for pref in prefs:
        row = session.get(HelplinePref, pref["line_key"])
        if row is None:
            session.add(HelplinePref(line_key=pref["line_key"], pinned=pref["pinned"], hidden=pref["hidden"]))
            added["helpline_prefs"] += 1
        elif not merge:
            row.pinned, row.hidden = pref["pinned"], pref["hidden"]
            updated["helpline_prefs"] += 1


def _import_lessons(
    session: Session, lessons: list[dict[str, Any]], added: dict[str, int], updated: dict[str, int]
) -> None:
    for lesson in lessons:
        row = session.get(LessonProgress, lesson["lesson_key"])
        if row is None:
            row = LessonProgress(lesson_key=lesson["lesson_key"])
            session.add(row)
            added["lesson_progress"] += 1
        elif row.updated_at is not None and row.updated_at >= lesson["updated_at"]:
            continue
        else:
            updated["lesson_progress"] += 1
        row.read_at, row.favourite = lesson["read_at"], lesson["favourite"]
        row.note, row.updated_at = lesson["note"], lesson["updated_at"]


def _import_results(
    session: Session, results: list[dict[str, Any]], child_ids: dict[int, int], added: dict[str, int]
) -> None:
    import json

    existing = {(row.child_id, row.scenario_key, row.played_at) for row in session.scalars(select(ScenarioResult))}
    for result in results:
        child_id = _child(result["child"], child_ids)
        if (child_id, result["scenario_key"], result["played_at"]) in existing:
            continue
        session.add(
            ScenarioResult(
                child_id=child_id,
                scenario_key=result["scenario_key"],
                played_at=result["played_at"],
                score=result["score"],
                max_score=result["max_score"],
                outcome=result["outcome"],
                choices=json.dumps(result["choices"]),
            )
        )
        added["scenario_results"] += 1


def _import_settings(session: Session, settings: dict[str, Any], merge: bool, added: dict[str, int]) -> None:
    import json

    for key, value in settings.items():
        row = session.get(Setting, key)
        if row is not None and merge:
            continue
        session.merge(Setting(key=key, value=json.dumps(value)))
        added["settings"] += 1


def _import_plans(
    session: Session,
    plans: list[dict[str, Any]],
    child_ids: dict[int, int],
    added: dict[str, int],
    updated: dict[str, int],
) -> None:
    """The archive holds no code word: a new plan gets an empty one, an existing plan keeps its own."""
    for plan in plans:
        child_id = child_ids[plan["child"]]
        row = session.get(SafetyPlan, child_id)
        if row is None:
            row = SafetyPlan(child_id=child_id, code_word="")
            session.add(row)
            added["safety_plans"] += 1
        elif row.updated_at is not None and row.updated_at >= plan["updated_at"]:
            continue  # the newer one wins: here, the one already in the database
        else:
            updated["safety_plans"] += 1
        row.places, row.updated_at = plan["places"], plan["updated_at"]


def _import_plan_contacts(
    session: Session,
    rows: list[dict[str, Any]],
    child_ids: dict[int, int],
    contact_ids: dict[int, int],
    added: dict[str, int],
) -> None:
    existing: dict[int, dict[int, int]] = {}
    for row in session.scalars(select(PlanContact)):
        existing.setdefault(row.child_id, {})[row.contact_id] = row.position
    had_plan = set(existing)
    for item in sorted(rows, key=lambda r: (r["child"], r["position"])):
        child_id, contact_id = child_ids[item["child"]], contact_ids[item["contact"]]
        people = existing.setdefault(child_id, {})
        if contact_id in people:
            continue
        # A child with people to call already keeps their order; the archive's people come after them.
        position = max(people.values(), default=-1) + 1 if child_id in had_plan else item["position"]
        session.add(PlanContact(child_id=child_id, contact_id=contact_id, position=position))
        people[contact_id] = position
        added["plan_contacts"] += 1


def _import_incidents(
    session: Session, incidents: list[dict[str, Any]], child_ids: dict[int, int], added: dict[str, int]
) -> None:
    existing = {
        (row.child_id, row.occurred_on, row.kind, row.what_happened) for row in session.scalars(select(Incident))
    }
    for incident in incidents:
        child_id = _child(incident["child"], child_ids)
        key = (child_id, incident["occurred_on"], incident["kind"], incident["what_happened"])
        if key in existing:
            continue
        existing.add(key)
        session.add(
            Incident(
                child_id=child_id,
                occurred_on=incident["occurred_on"],
                kind=incident["kind"],
                platform=incident["platform"],
                what_happened=incident["what_happened"],
                who_told=incident["who_told"],
                report_refs=incident["report_refs"],
                evidence_location=incident["evidence_location"],
                created_at=incident["created_at"],
                updated_at=incident["updated_at"],
            )
        )
        added["incidents"] += 1


def _import_life_events(
    session: Session, events: list[dict[str, Any]], child_ids: dict[int, int], added: dict[str, int]
) -> None:
    existing = {(row.child_id, row.event_key) for row in session.scalars(select(LifeEvent))}
    for event in events:
        child_id = _child(event["child"], child_ids)
        if (child_id, event["event_key"]) in existing:
            continue  # started here already: the event's progress rows merge like any other
        existing.add((child_id, event["event_key"]))
        session.add(LifeEvent(child_id=child_id, event_key=event["event_key"], started_at=event["started_at"]))
        added["life_events"] += 1


def _custom_id(key: str) -> int:
    try:
        return int(key.removeprefix(CUSTOM_PREFIX))
    except ValueError:
        return -1


# Erase -------------------------------------------------------------------------------------------------------


def _lock_owner(directory: Path) -> int | None:
    try:
        first = (directory / LOCK_NAME).read_text(encoding="utf-8", errors="replace").split("\n", 1)[0]
        return int(first.strip())
    except (OSError, ValueError):
        return None


def window_is_open(directory: Path) -> bool:
    """Whether another process holds the window's lock on `directory` (a lock left by a crash does not count)."""
    pid = _lock_owner(directory)
    if pid is None or pid == os.getpid():
        return False
    if os.name != "posix":
        return True  # no safe liveness probe here: a lock file that exists means a window may be open
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def family_files(directory: Path) -> list[Path]:
    """Everything the app keeps for a family in `directory` (and nothing else that may sit there)."""
    found: list[Path] = []
    if not directory.is_dir():
        return found
    for path in sorted(directory.iterdir()):
        name = path.name
        ours = (
            name.startswith(DATABASE_NAME)  # the database, -wal, -shm, .new, .restore.part, .corrupt-*
            or name == LOCK_NAME
            or path in (backups_dir(directory), log_dir(directory))
        )
        if ours:
            found.append(path)
    return found


def erase_family(directory: Path) -> list[str]:
    """Remove the family's database (with -wal, -shm), damaged copies, backups, logs and keyring entries.

    Returns what was removed, one line each, for the user to read. Files in the folder that Not Alone did not
    make stay where they are; the folder itself goes once it is empty.
    """
    if window_is_open(directory):
        raise EraseRefused(f"Not Alone is open for {directory}; close the window first (or erase from its Settings)")
    removed: list[str] = []
    own_lock = _lock_owner(directory) == os.getpid()
    for path in family_files(directory):
        if path.name == LOCK_NAME and own_lock:
            continue  # the window erasing from Settings still holds it; it goes when the window closes
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path)
            removed.append(f"{path}{os.sep}")
        else:
            path.unlink(missing_ok=True)
            removed.append(str(path))
    for entry in forget_keyring_entries(directory):
        removed.append(f"keyring entry {entry}")
    if directory.is_dir() and not any(directory.iterdir()):
        directory.rmdir()
        removed.append(f"{directory} (the empty folder)")
    return removed


def leftover_names(directory: Path) -> list[str]:
    """Names still in `directory` after erase: files the app did not make (for the message)."""
    if not directory.is_dir():
        return []
    return sorted(p.name for p in directory.iterdir())
