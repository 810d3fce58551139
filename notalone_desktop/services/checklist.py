"""The safety checklist: what each child (and the family) should do, what is done, what is due again."""

from __future__ import annotations

import datetime as dt
import sqlite3

from notalone_desktop.core.checklist import (
    CUSTOM_PREFIX,
    CustomRecord,
    ItemView,
    Progress,
    ProgressRecord,
    assemble,
    curated_for,
    custom_key,
    progress_of,
)
from notalone_desktop.core.clock import utcnow
from notalone_desktop.core.content.checklists import ChecklistItem
from notalone_desktop.core.errors import ValidationError
from notalone_desktop.core.text import as_stored, check_typed
from notalone_desktop.services.family import FamilyService
from notalone_desktop.services.local_content import CountryContent
from notalone_desktop.storage.database import Database, db_time, new_id, optional_time

# Re-exported: the views and the life-events service take these from the checklist service.
__all__ = ["NOTE_MAX", "TITLE_MAX", "ChecklistService", "ItemView", "Progress", "progress_of"]

STATES = ("todo", "done", "na")
NOTE_MAX = 10_000
TITLE_MAX = 200
DETAILS_MAX = 10_000


class ChecklistService:
    def __init__(self, database: Database, content: CountryContent, family: FamilyService) -> None:
        self._db = database
        self._content = content
        self._family = family

    # Reading -------------------------------------------------------------------------------------------------

    def curated_for(self, child_id: int | None) -> list[ChecklistItem]:
        """The shipped items that apply: a child's items of their age band, or the family-wide items."""
        if child_id is None:
            return curated_for(self._content.checklists, None)
        child = self._family.child(child_id)
        return curated_for(self._content.checklists, child.band) if child is not None else []

    def items(self, child_id: int | None, lang: str) -> list[ItemView]:
        """The curated items, the family's own items, and retired items that still hold progress."""
        band: str | None = None
        if child_id is not None:
            child = self._family.child(child_id)  # before the session: services never nest
            band = child.band if child is not None else ""  # a child no longer here: no curated items
        with self._db.read() as sql:
            progress = {record.item_key: record for record in progress_records(sql, child_id)}
            customs = [
                CustomRecord(custom_id, category, as_stored(title, placeholder="?"), as_stored(details or "", True))
                for custom_id, category, title, details in sql.execute(
                    f"SELECT id, category, title, details FROM custom_item WHERE {same_child(child_id)} ORDER BY id",
                    owner_params(child_id),
                )
            ]
        return assemble(self._content.checklists, band, child_id is None, progress, customs, lang)

    def progress(self, child_id: int | None, lang: str = "en") -> Progress:
        return progress_of(self.items(child_id, lang))

    # Writing -------------------------------------------------------------------------------------------------

    def set_state(self, child_id: int | None, key: str, state: str, now: dt.datetime | None = None) -> None:
        if state not in STATES:
            raise ValidationError(f"Unknown state '{state}'.", "state")
        now = now or utcnow()
        item = self._content.checklists.item(key)
        done_at = review_at = None
        if state == "done":
            done_at = now
            days = item.review_days if item else None
            review_at = now + dt.timedelta(days=days) if days else None
        with self._db.write() as sql:
            _ensure_row(sql, child_id, key, now)
            sql.execute(
                "UPDATE checklist_progress SET state = ?, done_at = ?, next_review_at = ?, updated_at = ? "
                f"WHERE {same_child(child_id)} AND item_key = ?",
                (state, db_time(done_at), db_time(review_at), db_time(now), *owner_params(child_id), key),
            )

    def set_note(self, child_id: int | None, key: str, note: str) -> None:
        if len(note) > NOTE_MAX:
            raise ValidationError(f"A note can have at most {NOTE_MAX} characters.", "note")
        check_typed(note, "The note", "note", multiline=True)
        now = utcnow()
        with self._db.write() as sql:
            _ensure_row(sql, child_id, key, now)
            sql.execute(
                f"UPDATE checklist_progress SET note = ?, updated_at = ? WHERE {same_child(child_id)} AND item_key = ?",
                (note, db_time(now), *owner_params(child_id), key),
            )

    def add_custom(self, child_id: int | None, category: str, title: str, details: str = "") -> str:
        title, details = clean_custom_item(title, details)
        if self._content.checklists.category(category) is None:
            raise ValidationError("Choose a category for the item.", "category")
        with self._db.write() as sql:
            added = sql.execute(
                "INSERT INTO custom_item (child_id, category, title, details, created_at) VALUES (?, ?, ?, ?, ?)",
                (child_id, category, title, details, db_time(utcnow())),
            )
            return custom_key(new_id(added))

    def update_custom(self, key: str, category: str, title: str, details: str) -> None:
        title, details = clean_custom_item(title, details)
        with self._db.write() as sql:
            changed = sql.execute(
                "UPDATE custom_item SET category = ?, title = ?, details = ? WHERE id = ?",
                (category, title, details, _custom_id(key)),
            )
            if changed.rowcount == 0:
                raise ValidationError("This item no longer exists.", "item")

    def delete_custom(self, key: str) -> None:
        custom_id = _custom_id(key)
        with self._db.write() as sql:
            sql.execute("DELETE FROM custom_item WHERE id = ?", (custom_id,))
            sql.execute("DELETE FROM checklist_progress WHERE item_key = ?", (key,))


def clean_custom_item(title: str, details: str) -> tuple[str, str]:
    """A family's own item's title and details as stored, or ValidationError for the form (UnsafeText, with a
    code, for text that would lie about itself)."""
    cleaned = " ".join(title.split())
    if not cleaned:
        raise ValidationError("Enter a title for the item.", "title")
    if len(cleaned) > TITLE_MAX:
        raise ValidationError(f"A title can have at most {TITLE_MAX} characters.", "title")
    check_typed(cleaned, "The title", "title")
    if len(details) > DETAILS_MAX:  # what an archive holds: a longer one could not be exported and imported
        raise ValidationError(f"The details can have at most {DETAILS_MAX:,} characters.", "details")
    return cleaned, check_typed(details, "The details", "details", multiline=True)


def _custom_id(key: str) -> int:
    try:
        return int(key.removeprefix(CUSTOM_PREFIX))
    except ValueError as exc:
        raise ValidationError("This is not one of the family's own items.", "item") from exc


def _ensure_row(sql: sqlite3.Connection, child_id: int | None, key: str, now: dt.datetime) -> None:
    """The owner's progress row for `key`, added (still to do) when there is none yet."""
    found = sql.execute(
        f"SELECT 1 FROM checklist_progress WHERE {same_child(child_id)} AND item_key = ?",
        (*owner_params(child_id), key),
    ).fetchone()
    if found is None:
        sql.execute(
            "INSERT INTO checklist_progress (child_id, item_key, state, note, updated_at) VALUES (?, ?, 'todo', '', ?)",
            (child_id, key, db_time(now)),
        )


# Plain SQL, shared with the life events ------------------------------------------------------------------------


def same_child(child_id: int | None, column: str = "child_id") -> str:
    """The SQL condition for one owner's rows: NULL means "the family", which needs IS NULL, not = NULL."""
    return f"{column} IS NULL" if child_id is None else f"{column} = ?"


def owner_params(child_id: int | None) -> tuple[int, ...]:
    return () if child_id is None else (child_id,)


def progress_records(sql: sqlite3.Connection, child_id: int | None, key_like: str = "%") -> list[ProgressRecord]:
    """One owner's progress rows (whose keys are LIKE `key_like`), as plain records."""
    rows = sql.execute(
        "SELECT item_key, state, note, done_at, next_review_at FROM checklist_progress "
        f"WHERE {same_child(child_id)} AND item_key LIKE ?",
        (*owner_params(child_id), key_like),
    )
    return [
        ProgressRecord(key, state, as_stored(note or "", True), optional_time(done_at), optional_time(review_at))
        for key, state, note, done_at, review_at in rows
    ]
