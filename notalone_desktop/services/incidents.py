"""The incident logbook: what happened, to whom, where, who was told, the reports made, where the evidence is.

Attachments are never stored: an entry says where the evidence is kept. Child sexual abuse images must never be
kept at all, not even as evidence; the window says so for the kinds where it matters.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

from sqlalchemy import select

from notalone_desktop.core.errors import ValidationError
from notalone_desktop.core.text import text_problem
from notalone_desktop.services.family import FamilyService
from notalone_desktop.storage.database import Database
from notalone_desktop.storage.models import Incident, utcnow

log = logging.getLogger(__name__)
KINDS = ("online-kidnapping", "sextortion", "scam", "cyberbullying", "grooming", "other")
# The kinds where sexual images of a child may be involved: the form warns never to keep them.
IMAGE_WARNING_KINDS = ("sextortion", "grooming")
EARLIEST = dt.date(2000, 1, 1)
PLATFORM_MAX = 120
WHAT_MAX = 10_000
FIELD_MAX = 4_000


class IncidentProblem(ValidationError):
    """Why an entry cannot be saved; `code` and `params` let the window say it in the user's language.

    Codes: date-future, date-old, kind-unknown, child-gone, what-empty, too-long, incident-gone, and the codes of
    core/text.py (text-bidi-control, text-control, text-invisible).
    """

    def __init__(self, code: str, message: str, field: str, **params: str) -> None:
        super().__init__(message, field)
        self.code = code
        self.params = params


@dataclass(frozen=True)
class IncidentInput:
    occurred_on: dt.date
    kind: str
    what_happened: str
    child_id: int | None = None  # None: the whole family, or nobody in particular
    platform: str = ""
    who_told: str = ""
    report_refs: str = ""
    evidence_location: str = ""


@dataclass(frozen=True)
class IncidentEntry:
    id: int
    occurred_on: dt.date
    kind: str
    what_happened: str
    child_id: int | None
    platform: str
    who_told: str
    report_refs: str
    evidence_location: str
    created_at: dt.datetime
    updated_at: dt.datetime

    def as_input(self) -> IncidentInput:
        return IncidentInput(
            self.occurred_on,
            self.kind,
            self.what_happened,
            self.child_id,
            self.platform,
            self.who_told,
            self.report_refs,
            self.evidence_location,
        )


def _entry(row: Incident) -> IncidentEntry:
    return IncidentEntry(
        row.id,
        row.occurred_on,
        row.kind,
        row.what_happened,
        row.child_id,
        row.platform,
        row.who_told,
        row.report_refs,
        row.evidence_location,
        row.created_at,
        row.updated_at,
    )


def _text(value: str, limit: int, field: str, multiline: bool = True) -> str:
    cleaned = value.strip() if multiline else " ".join(value.split())
    if len(cleaned) > limit:
        raise IncidentProblem(
            "too-long", f"This field can have at most {limit:,} characters.", field, limit=f"{limit:,}"
        )
    problem = text_problem(cleaned, multiline)  # text that would lie about itself (core/text.py)
    if problem is not None:
        raise IncidentProblem(problem.code, f"This field {problem.problem}.", field)
    return cleaned


def clean_incident(data: IncidentInput, today: dt.date | None = None) -> IncidentInput:
    """The entry as stored, or IncidentProblem naming the first thing wrong (in the form's order)."""
    today = today or dt.date.today()
    if not isinstance(data.occurred_on, dt.date):
        raise IncidentProblem("date-old", "Enter the date it happened.", "occurred_on")
    if data.occurred_on > today:
        raise IncidentProblem("date-future", "The date cannot be in the future.", "occurred_on")
    if data.occurred_on < EARLIEST:
        raise IncidentProblem(
            "date-old", f"Enter a date from {EARLIEST.year} on.", "occurred_on", year=str(EARLIEST.year)
        )
    if data.kind not in KINDS:
        raise IncidentProblem("kind-unknown", "Choose what kind of incident it was.", "kind")
    platform = _text(data.platform, PLATFORM_MAX, "platform", multiline=False)
    what = _text(data.what_happened, WHAT_MAX, "what_happened")
    if not what:
        raise IncidentProblem("what-empty", "Describe what happened.", "what_happened")
    return IncidentInput(
        data.occurred_on,
        data.kind,
        what,
        data.child_id,
        platform,
        _text(data.who_told, FIELD_MAX, "who_told"),
        _text(data.report_refs, FIELD_MAX, "report_refs"),
        _text(data.evidence_location, FIELD_MAX, "evidence_location"),
    )


class IncidentsService:
    def __init__(self, database: Database, family: FamilyService) -> None:
        self._db = database
        self._family = family

    def validate(self, data: IncidentInput, today: dt.date | None = None) -> IncidentInput:
        """The cleaned entry, or IncidentProblem; writes nothing (the form checks before it saves)."""
        clean = clean_incident(data, today)
        if clean.child_id is not None and self._family.child(clean.child_id) is None:
            raise IncidentProblem("child-gone", "This child is no longer in the family.", "child")
        return clean

    def incidents(self) -> list[IncidentEntry]:
        """Every entry, the most recent first."""
        with self._db.session() as session:
            rows = session.scalars(select(Incident).order_by(Incident.occurred_on.desc(), Incident.id.desc()))
            return [_entry(row) for row in rows]

    def incident(self, incident_id: int) -> IncidentEntry | None:
        with self._db.session() as session:
            row = session.get(Incident, incident_id)
            return _entry(row) if row is not None else None

    def add(self, data: IncidentInput, today: dt.date | None = None) -> IncidentEntry:
        clean = self.validate(data, today)  # before the session: services never nest transactions
        now = utcnow()
        with self._db.session() as session:
            row = Incident(created_at=now, updated_at=now)
            _fill(row, clean)
            session.add(row)
            session.flush()
            entry = _entry(row)
        log.info("incident logged (%s)", clean.kind)
        return entry

    def update(self, incident_id: int, data: IncidentInput, today: dt.date | None = None) -> IncidentEntry:
        clean = self.validate(data, today)
        with self._db.session() as session:
            row = session.get(Incident, incident_id)
            if row is None:
                raise IncidentProblem("incident-gone", "This entry no longer exists.", "incident")
            _fill(row, clean)
            row.updated_at = utcnow()
            session.flush()
            return _entry(row)

    def delete(self, incident_id: int) -> None:
        with self._db.session() as session:
            row = session.get(Incident, incident_id)
            if row is not None:
                session.delete(row)


def _fill(row: Incident, clean: IncidentInput) -> None:
    row.occurred_on = clean.occurred_on
    row.kind = clean.kind
    row.what_happened = clean.what_happened
    row.child_id = clean.child_id
    row.platform = clean.platform
    row.who_told = clean.who_told
    row.report_refs = clean.report_refs
    row.evidence_location = clean.evidence_location
