"""The verification plan against fake-kidnapping calls: for each child, the family code word, the second people to
call to reach them, and the places they usually are.

The code word is a secret. It never appears in a dataclass this service returns (so no repr, log line or test
failure can show it); `code_word()` hands it out only when a window or a printout asks for it by name.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence
from dataclasses import dataclass

from notalone_desktop.core.clock import utcnow
from notalone_desktop.core.errors import ValidationError
from notalone_desktop.core.text import as_stored, text_problem
from notalone_desktop.services.contacts import ContactInfo, ContactsService
from notalone_desktop.services.family import FamilyService
from notalone_desktop.storage.database import Database, db_time, stored_time

log = logging.getLogger(__name__)
CODE_WORD_MAX = 60
PLACES_MAX = 8
PLACE_MAX = 120
CONTACTS_MAX = 6


class PlanProblem(ValidationError):
    """Why a plan cannot be saved; `code` and `params` let the window say it in the user's language.

    Codes: child-gone, code-word-long, code-word-lines, places-many, place-long, contacts-many, contact-gone, and
    the codes of core/text.py (text-bidi-control, text-control, text-invisible).
    """

    def __init__(self, code: str, message: str, field: str, **params: str) -> None:
        super().__init__(message, field)
        self.code = code
        self.params = params


@dataclass(frozen=True)
class ChildPlan:
    """One child's plan, without the code word (only whether there is one)."""

    child_id: int
    nickname: str
    has_code_word: bool
    places: tuple[str, ...]
    contacts: tuple[ContactInfo, ...]  # the second people, in the order to call them
    updated_at: dt.datetime | None = None

    @property
    def is_empty(self) -> bool:
        return not (self.has_code_word or self.places or self.contacts)


@dataclass(frozen=True)
class PlanInput:
    """What the plan form hands in. `code_word` None leaves the stored word as it is (the form never showed it)."""

    places: tuple[str, ...] = ()
    contact_ids: tuple[int, ...] = ()
    code_word: str | None = None


def _typed(text: str, what: str, field: str) -> None:
    """PlanProblem ("text-bidi-control", ...) for typed text that would lie about itself (core/text.py)."""
    problem = text_problem(text)
    if problem is not None:
        raise PlanProblem(problem.code, f"{what} {problem.problem}.", field)


def clean_code_word(word: str) -> str:
    cleaned = word.strip()
    if "\n" in cleaned or "\r" in cleaned:
        raise PlanProblem("code-word-lines", "The code word must fit on one line.", "code_word")
    if len(cleaned) > CODE_WORD_MAX:
        raise PlanProblem(
            "code-word-long",
            f"A code word can have at most {CODE_WORD_MAX} characters.",
            "code_word",
            limit=str(CODE_WORD_MAX),
        )
    _typed(cleaned, "The code word", "code_word")
    return cleaned


def clean_places(places: Sequence[str]) -> tuple[str, ...]:
    """One place per line: blank lines dropped, inner spaces tidied, the same place once."""
    cleaned = tuple(dict.fromkeys(" ".join(p.split()) for p in places if p.strip()))
    if len(cleaned) > PLACES_MAX:
        raise PlanProblem("places-many", f"List at most {PLACES_MAX} places.", "places", limit=str(PLACES_MAX))
    for index, place in enumerate(cleaned, start=1):
        if len(place) > PLACE_MAX:
            raise PlanProblem(
                "place-long",
                f"Place {index} is longer than {PLACE_MAX} characters.",
                "places",
                line=str(index),
                limit=str(PLACE_MAX),
            )
        _typed(place, f"Place {index}", "places")
    return cleaned


class PlanService:
    def __init__(self, database: Database, family: FamilyService, contacts: ContactsService) -> None:
        self._db = database
        self._family = family
        self._contacts = contacts

    # Reading -------------------------------------------------------------------------------------------------

    def plans(self) -> list[ChildPlan]:
        """Every child's plan, in the family's order (children without one get an empty plan)."""
        children = self._family.children()
        contacts = {c.id: c for c in self._contacts.contacts()}  # before the session: services never nest
        with self._db.read() as sql:
            # Whether a code word is set, never the word itself: it leaves the database only when asked for.
            rows: dict[int, tuple[bool, str, dt.datetime | None]] = {
                child_id: (bool(as_stored(word)), as_stored(places, True), stored_time(updated_at))
                for child_id, word, places, updated_at in sql.execute(
                    "SELECT child_id, code_word, places, updated_at FROM safety_plan"
                )
            }
            links = sql.execute(
                "SELECT child_id, contact_id FROM plan_contact ORDER BY position, contact_id"
            ).fetchall()
        plans = []
        for child in children:
            has_word, places, updated_at = rows.get(child.id, (False, "", None))
            chosen = tuple(contacts[contact_id] for owner, contact_id in links if owner == child.id)
            plans.append(
                ChildPlan(
                    child.id,
                    child.nickname,
                    has_word,
                    tuple(line for line in places.splitlines() if line.strip()),
                    chosen,
                    updated_at,
                )
            )
        return plans

    def plan(self, child_id: int) -> ChildPlan:
        found = next((p for p in self.plans() if p.child_id == child_id), None)
        if found is None:
            raise PlanProblem("child-gone", "This child is no longer in the family.", "child")
        return found

    def code_word(self, child_id: int) -> str:
        """The child's code word, or "". Never log it; show it only after the parent asked to see it."""
        with self._db.read() as sql:
            row = sql.execute("SELECT code_word FROM safety_plan WHERE child_id = ?", (child_id,)).fetchone()
        return as_stored(row[0]) if row is not None else ""

    # Writing -------------------------------------------------------------------------------------------------

    def save(self, child_id: int, data: PlanInput) -> ChildPlan:
        """Save the whole plan in one transaction: all of it, or (on any problem) nothing."""
        if self._family.child(child_id) is None:
            raise PlanProblem("child-gone", "This child is no longer in the family.", "child")
        places = clean_places(data.places)
        word = clean_code_word(data.code_word) if data.code_word is not None else None
        contact_ids = tuple(dict.fromkeys(data.contact_ids))
        if len(contact_ids) > CONTACTS_MAX:
            raise PlanProblem(
                "contacts-many",
                f"Choose at most {CONTACTS_MAX} people to call.",
                "contacts",
                limit=str(CONTACTS_MAX),
            )
        known = {c.id for c in self._contacts.contacts()}
        if any(cid not in known for cid in contact_ids):
            raise PlanProblem("contact-gone", "One of the chosen contacts no longer exists.", "contacts")
        with self._db.write() as sql:
            sql.execute(
                "INSERT INTO safety_plan (child_id, code_word, places, updated_at) VALUES (?, '', '', '') "
                "ON CONFLICT (child_id) DO NOTHING",
                (child_id,),
            )
            sql.execute(
                "UPDATE safety_plan SET places = ?, code_word = coalesce(?, code_word), updated_at = ? "
                "WHERE child_id = ?",
                ("\n".join(places), word, db_time(utcnow()), child_id),
            )
            sql.execute("DELETE FROM plan_contact WHERE child_id = ?", (child_id,))
            sql.executemany(
                "INSERT INTO plan_contact (child_id, contact_id, position) VALUES (?, ?, ?)",
                [(child_id, contact_id, position) for position, contact_id in enumerate(contact_ids)],
            )
        # Counts only: no names, numbers, places or code words in the log.
        log.info("safety plan saved: %d people to call, %d places", len(contact_ids), len(places))
        return self.plan(child_id)
