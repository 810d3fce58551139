"""Export: the family's data as one archive, read in one transaction, written whole or not at all.

The PIN, its verifiers and the back-off counters are never exported, and neither is a safety plan's family code
word: it is a secret.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from notalone_desktop import __version__
from notalone_desktop.core.errors import NotAloneError
from notalone_desktop.services.family_data.sections import (
    COUNTED,
    CUSTOM_PREFIX,
    CancelCheck,
    Cancelled,
    ExportRefused,
    ImportRefused,
    ProgressCallback,
    custom_id,
    is_local_setting,
)
from notalone_desktop.storage.archive import (
    FAMILY,
    FORMAT,
    VERSION,
    ArchiveTooBig,
    check_member_size,
    dumps,
    write_archive,
)
from notalone_desktop.storage.database import Database
from notalone_desktop.storage.models import (
    ChecklistProgress,
    Child,
    Contact,
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
NOTHING_WRITTEN = (
    "No file was written and the family's data is unchanged; the backups (Settings, Backups) keep all of it"
)


def _time(value: dt.datetime | None) -> str | None:
    return None if value is None else value.isoformat(timespec="microseconds") + "Z"


def family_document(database: Database) -> dict[str, Any]:
    """Everything of the family as plain JSON values, read in one transaction (one consistent snapshot).

    Children and the family's own items are numbered 1, 2, ... in the archive, whatever their row ids: two
    exports of equal data are equal files.
    """
    with database.session() as session:
        return document_of(session)


def document_of(session: Session) -> dict[str, Any]:
    """family_document, read in the session given (an import checks the family it is about to commit)."""
    import json

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
            number = custom_id(key)
            if number not in custom_ref:
                continue  # progress left behind by an item that no longer exists
            key = f"{CUSTOM_PREFIX}{custom_ref[number]}"
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


def packs_used(document: dict[str, Any]) -> list[dict[str, Any]]:
    from notalone_desktop.services.packs.family import packs_used as used

    return used(document)


def manifest_for(document: dict[str, Any], now: dt.datetime | None = None) -> dict[str, Any]:
    moment = now or utcnow()
    manifest = {
        "format": FORMAT,
        "version": VERSION,
        "app_version": __version__,
        "created": moment.isoformat(timespec="seconds") + "Z",
        "counts": {section: len(document[section]) for section in COUNTED},
    }
    used = packs_used(document)  # the content packs the family's data refers to (services/packs/family.py)
    return {**manifest, "packs": used} if used else manifest


def import_problem(manifest: dict[str, Any], document: dict[str, Any], sizes: bool = True) -> str | None:
    """Why import would refuse this archive, or None: the same rules (a section of more rows, a text longer, than
    an archive may hold) and, with `sizes`, the same limits of bytes and lists, so that what this version
    exports, it imports."""
    from notalone_desktop.services.family_data.schema import check_document

    try:
        check_document(manifest, document)
        if sizes:
            check_member_size(FAMILY, dumps(document))
    except ImportRefused as exc:
        return f"this version could not import it again ({exc})"
    except ArchiveTooBig as exc:
        return f"it is too big for one archive: {exc}"
    return None


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
    problem = import_problem(manifest, document, sizes=False)  # write_archive checks the sizes as it writes
    if problem is not None:
        raise ExportRefused(f"the family's data cannot be exported as it is: {problem}. {NOTHING_WRITTEN}")
    try:
        write_archive(out, manifest, document)
    except ArchiveTooBig as exc:
        raise ExportRefused(
            f"the family's data cannot be exported as it is: it is too big for one archive: {exc}. {NOTHING_WRITTEN}"
        ) from exc
    if progress is not None:
        progress(3, 3)
    log.info("family exported (%s)", ", ".join(f"{k} {v}" for k, v in manifest["counts"].items()))
    return manifest
