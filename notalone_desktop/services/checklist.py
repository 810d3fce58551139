"""The safety checklist: what each child (and the family) should do, what is done, what is due again."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ColumnElement, Select, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from notalone_desktop.core.checklist import (
    CUSTOM_PREFIX,
    ItemView,
    Progress,
    assemble,
    curated_for,
    custom_key,
    progress_of,
)
from notalone_desktop.core.content.checklists import ChecklistItem
from notalone_desktop.core.errors import ValidationError
from notalone_desktop.services.family import FamilyService
from notalone_desktop.services.local_content import CountryContent
from notalone_desktop.storage.database import Database
from notalone_desktop.storage.models import ChecklistProgress, CustomItem, utcnow

# Re-exported: the views and the life-events service take these from the checklist service.
__all__ = ["NOTE_MAX", "TITLE_MAX", "ChecklistService", "ItemView", "Progress", "progress_of"]

STATES = ("todo", "done", "na")
NOTE_MAX = 10_000
TITLE_MAX = 200


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
        with self._db.session() as session:
            progress = {row.item_key: row for row in session.scalars(_progress_query(child_id))}
            customs = session.scalars(
                select(CustomItem).where(_same_child(CustomItem.child_id, child_id)).order_by(CustomItem.id)
            ).all()
            return assemble(self._content.checklists, band, child_id is None, progress, customs, lang)

    def progress(self, child_id: int | None, lang: str = "en") -> Progress:
        return progress_of(self.items(child_id, lang))

    # Writing -------------------------------------------------------------------------------------------------

    def set_state(self, child_id: int | None, key: str, state: str, now: dt.datetime | None = None) -> None:
        if state not in STATES:
            raise ValidationError(f"Unknown state '{state}'.", "state")
        now = now or utcnow()
        item = self._content.checklists.item(key)
        with self._db.session() as session:
            row = _get_or_add(session, child_id, key)
            row.state = state
            row.updated_at = now
            if state == "done":
                row.done_at = now
                days = item.review_days if item else None
                row.next_review_at = now + dt.timedelta(days=days) if days else None
            else:
                row.done_at = None
                row.next_review_at = None

    def set_note(self, child_id: int | None, key: str, note: str) -> None:
        if len(note) > NOTE_MAX:
            raise ValidationError(f"A note can have at most {NOTE_MAX} characters.", "note")
        with self._db.session() as session:
            row = _get_or_add(session, child_id, key)
            row.note = note
            row.updated_at = utcnow()

    def add_custom(self, child_id: int | None, category: str, title: str, details: str = "") -> str:
        title = _clean_title(title)
        if self._content.checklists.category(category) is None:
            raise ValidationError("Choose a category for the item.", "category")
        with self._db.session() as session:
            row = CustomItem(child_id=child_id, category=category, title=title, details=details, created_at=utcnow())
            session.add(row)
            session.flush()
            return custom_key(row.id)

    def update_custom(self, key: str, category: str, title: str, details: str) -> None:
        title = _clean_title(title)
        with self._db.session() as session:
            row = session.get(CustomItem, _custom_id(key))
            if row is None:
                raise ValidationError("This item no longer exists.", "item")
            row.category, row.title, row.details = category, title, details

    def delete_custom(self, key: str) -> None:
        with self._db.session() as session:
            row = session.get(CustomItem, _custom_id(key))
            if row is not None:
                session.delete(row)
            for progress in session.scalars(select(ChecklistProgress).where(ChecklistProgress.item_key == key)):
                session.delete(progress)


def _clean_title(title: str) -> str:
    cleaned = " ".join(title.split())
    if not cleaned:
        raise ValidationError("Enter a title for the item.", "title")
    if len(cleaned) > TITLE_MAX:
        raise ValidationError(f"A title can have at most {TITLE_MAX} characters.", "title")
    return cleaned


def _custom_id(key: str) -> int:
    try:
        return int(key.removeprefix(CUSTOM_PREFIX))
    except ValueError as exc:
        raise ValidationError("This is not one of the family's own items.", "item") from exc


def _same_child(column: InstrumentedAttribute[int | None], child_id: int | None) -> ColumnElement[bool]:
    # NULL means "the family": it needs IS NULL, not = NULL.
    return column.is_(None) if child_id is None else column == child_id


def _progress_query(child_id: int | None) -> Select[ChecklistProgress]:
    return select(ChecklistProgress).where(_same_child(ChecklistProgress.child_id, child_id))


def _get_or_add(session: Session, child_id: int | None, key: str) -> ChecklistProgress:
    row = session.scalars(_progress_query(child_id).where(ChecklistProgress.item_key == key)).first()
    if row is None:
        row = ChecklistProgress(child_id=child_id, item_key=key, state="todo", note="", updated_at=utcnow())
        session.add(row)
    return row
