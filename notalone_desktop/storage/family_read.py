"""The family's data read with plain sqlite3, for Home: no SQLAlchemy, so that Home can paint the family's data
before the ORM is even imported (it costs more than the whole window). Read-only, one read transaction, and
only what Home shows; every write goes through the services."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from notalone_desktop.core.checklist import CustomRecord, Owner, ProgressRecord
from notalone_desktop.core.content.common import FALLBACK_LANGUAGE
from notalone_desktop.core.family import ChildInfo
from notalone_desktop.core.text import as_stored
from notalone_desktop.storage.inspect import leaving_no_trace


@dataclass(frozen=True)
class LessonRecord:
    key: str
    language: str
    title: str
    summary: str
    topic: str


@dataclass
class FamilyRecords:
    """Everything Home needs, as of one moment."""

    children: list[ChildInfo] = field(default_factory=list)
    progress: dict[Owner, dict[str, ProgressRecord]] = field(default_factory=dict)
    customs: dict[Owner, list[CustomRecord]] = field(default_factory=dict)
    children_with_plan_contacts: set[int] = field(default_factory=set)
    lessons: list[LessonRecord] = field(default_factory=list)  # in the family's language and in English
    read_lessons: set[str] = field(default_factory=set)


@dataclass(frozen=True)
class FamilyState:
    setup_done: bool = False
    settings: frozenset[str] = frozenset()  # the keys present in the setting table


@contextmanager
def read_only(path: Path) -> Iterator[sqlite3.Connection]:
    """A read-only connection inside one read transaction, leaving no -wal/-shm behind that it made itself."""
    with leaving_no_trace(path):
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=2)
        try:
            connection.execute("BEGIN")  # one snapshot: every query below sees the same moment
            yield connection
        finally:
            connection.close()


def family_state(path: Path) -> FamilyState:
    """Whether the family is set up, and which settings it has. Raises sqlite3.Error for a file that cannot be
    read (check it with storage.inspect first: this reader trusts the schema to be the current one)."""
    with read_only(path) as connection:
        family = connection.execute("SELECT setup_done FROM family WHERE id = 1").fetchone()
        keys = frozenset(row[0] for row in connection.execute("SELECT key FROM setting"))
    return FamilyState(bool(family and family[0]), keys)


def read_family(path: Path, lang: str) -> FamilyRecords:
    """Home's data as of now. Raises sqlite3.Error for a file that cannot be read."""
    records = FamilyRecords()
    with read_only(path) as connection:
        for child_id, nickname, birth_year, colour in connection.execute(
            "SELECT id, nickname, birth_year, colour FROM child WHERE removed_at IS NULL ORDER BY birth_year, id"
        ):
            # Neutralised as the ORM's UserText columns are (storage/models.py): older data never lies on Home.
            records.children.append(ChildInfo(child_id, as_stored(nickname, placeholder="?"), birth_year, colour))
        for child_id, key, state, note, done_at, review_at in connection.execute(
            "SELECT child_id, item_key, state, note, done_at, next_review_at FROM checklist_progress"
        ):
            record = ProgressRecord(key, state, as_stored(note or "", True), _time(done_at), _time(review_at))
            records.progress.setdefault(child_id, {})[key] = record
        for custom_id, child_id, category, title, details in connection.execute(
            "SELECT id, child_id, category, title, details FROM custom_item ORDER BY id"
        ):
            shown = CustomRecord(custom_id, category, as_stored(title, placeholder="?"), as_stored(details or "", True))
            records.customs.setdefault(child_id, []).append(shown)
        records.children_with_plan_contacts = {
            row[0] for row in connection.execute("SELECT DISTINCT child_id FROM plan_contact")
        }
        records.lessons = [
            LessonRecord(*row)
            for row in connection.execute(
                "SELECT key, language, title, summary, topic FROM lesson WHERE language IN (?, ?)",
                (lang, FALLBACK_LANGUAGE),
            )
        ]
        records.read_lessons = {
            row[0] for row in connection.execute("SELECT lesson_key FROM lesson_progress WHERE read_at IS NOT NULL")
        }
    return records


def _time(value: str | None) -> dt.datetime | None:
    # SQLAlchemy stores SQLite times as "YYYY-MM-DD HH:MM:SS.ffffff" (UTC, no zone): ISO 8601 with a space.
    return dt.datetime.fromisoformat(value) if value else None


# "Get help now": the family's people, read without the ORM so that the panel works from the first frame --------


@dataclass(frozen=True)
class ContactRecord:
    id: int
    name: str
    relationship: str
    note: str
    pinned: bool
    numbers: tuple[str, ...]  # E.164, in the family's order


@dataclass
class HelpRecords:
    """What "Get help now" shows of the family: its country, its contacts, its helpline choices, and each
    child's second people from the safety plan."""

    country: str | None = None  # None: no family row yet (a first run)
    contacts: list[ContactRecord] = field(default_factory=list)  # in the family's order
    helpline_prefs: dict[str, tuple[bool, bool]] = field(default_factory=dict)  # key: (pinned, hidden)
    plans: list[tuple[str, tuple[int, ...]]] = field(default_factory=list)  # (nickname, contact ids to call)


def read_help(path: Path) -> HelpRecords:
    """The family's part of "Get help now" as of now; an empty family when there is no file yet. Raises
    sqlite3.Error for a file that cannot be read (damaged, or of an older schema)."""
    records = HelpRecords()
    if not path.exists():
        return records
    with read_only(path) as connection:
        family = connection.execute("SELECT country FROM family WHERE id = 1").fetchone()
        records.country = family[0] if family else None
        numbers: dict[int, list[str]] = {}
        for contact_id, number in connection.execute(
            "SELECT contact_id, number FROM contact_phone ORDER BY contact_id, position, id"
        ):
            numbers.setdefault(contact_id, []).append(number)
        for contact_id, name, relationship, note, pinned in connection.execute(
            "SELECT id, name, relationship, note, pinned FROM contact ORDER BY position, id"
        ):
            phones = tuple(numbers.get(contact_id, ()))
            records.contacts.append(
                ContactRecord(contact_id, name, relationship or "", note or "", bool(pinned), phones)
            )
        records.helpline_prefs = {
            key: (bool(pinned), bool(hidden))
            for key, pinned, hidden in connection.execute("SELECT line_key, pinned, hidden FROM helpline_pref")
        }
        links: dict[int, list[int]] = {}
        for child_id, contact_id in connection.execute(
            "SELECT child_id, contact_id FROM plan_contact ORDER BY position, contact_id"
        ):
            links.setdefault(child_id, []).append(contact_id)
        for child_id, nickname in connection.execute(
            "SELECT id, nickname FROM child WHERE removed_at IS NULL ORDER BY birth_year, id"
        ):
            records.plans.append((nickname, tuple(links.get(child_id, ()))))
    return records
