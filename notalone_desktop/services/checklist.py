"""The safety checklist: what each child (and the family) should do, what is done, what is due again."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import ColumnElement, Select, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from notalone_desktop.core.content.checklists import ChecklistItem
from notalone_desktop.core.errors import ValidationError
from notalone_desktop.services.content import ContentCatalog
from notalone_desktop.services.family import FamilyService
from notalone_desktop.storage.database import Database
from notalone_desktop.storage.models import ChecklistProgress, CustomItem, utcnow

STATES = ("todo", "done", "na")
NOTE_MAX = 10_000
CUSTOM_PREFIX = "custom."
LIFE_EVENT_PREFIX = "life."
TITLE_MAX = 200


@dataclass(frozen=True)
class ItemView:
    """One line of the checklist for one child (or the family), in one language."""

    key: str
    category: str
    title: str
    why: str
    steps: tuple[str, ...]
    scope: str
    bands: tuple[str, ...]
    review_days: int | None
    sources: tuple[str, ...]
    state: str = "todo"
    note: str = ""
    done_at: dt.datetime | None = None
    next_review_at: dt.datetime | None = None
    custom: bool = False
    retired: bool = False
    translated: bool = True  # False: shown in English because this language has no text yet

    def is_due(self, now: dt.datetime | None = None) -> bool:
        now = now or utcnow()
        return self.state == "done" and self.next_review_at is not None and self.next_review_at <= now


@dataclass(frozen=True)
class Progress:
    done: int
    total: int  # items that apply: "not applicable" ones are left out
    by_category: dict[str, tuple[int, int]] = field(default_factory=dict)

    @property
    def percent(self) -> int:
        return round(100 * self.done / self.total) if self.total else 0


def custom_key(custom_id: int) -> str:
    return f"{CUSTOM_PREFIX}{custom_id}"


class ChecklistService:
    def __init__(self, database: Database, content: ContentCatalog, family: FamilyService) -> None:
        self._db = database
        self._content = content
        self._family = family

    # Reading -------------------------------------------------------------------------------------------------

    def curated_for(self, child_id: int | None) -> list[ChecklistItem]:
        """The shipped items that apply: a child's items of their age band, or the family-wide items."""
        items = self._content.checklists.items
        if child_id is None:
            return [i for i in items if i.scope == "family"]
        child = self._family.child(child_id)
        if child is None:
            return []
        return [i for i in items if i.scope == "child" and child.band in i.bands]

    def items(self, child_id: int | None, lang: str) -> list[ItemView]:
        """The curated items, the family's own items, and retired items that still hold progress."""
        with self._db.session() as session:
            progress = {row.item_key: row for row in session.scalars(_progress_query(child_id))}
            customs = session.scalars(
                select(CustomItem).where(_same_child(CustomItem.child_id, child_id)).order_by(CustomItem.id)
            ).all()
        views: list[ItemView] = []
        curated = self.curated_for(child_id)
        for item in curated:
            views.append(_with_progress(_curated_view(item, lang), progress.get(item.key)))
        for custom in customs:
            key = custom_key(custom.id)
            view = ItemView(
                key,
                custom.category,
                custom.title,
                custom.details,
                (),
                "child" if child_id else "family",
                (),
                None,
                (),
                custom=True,
            )
            views.append(_with_progress(view, progress.get(key)))
        shown = {v.key for v in views}
        all_items = {i.key: i for i in self._content.checklists.items}
        for key, row in progress.items():
            if key in shown or key.startswith((CUSTOM_PREFIX, LIFE_EVENT_PREFIX)) or row.state == "todo":
                continue  # own items and life-event items are listed by their own code, not as retired
            # Progress on an item that left this child's list: a retired item, or one from an earlier age band.
            known = all_items.get(key)
            if known is not None:
                view = _curated_view(known, lang)
                views.append(_with_progress(view, row))
            else:
                category = key.split(".", 1)[0]
                view = ItemView(key, category, key, "", (), "child", (), None, (), retired=True)
                views.append(_with_progress(view, row))
        order = {c.key: n for n, c in enumerate(self._content.checklists.categories)}
        return sorted(views, key=lambda v: (order.get(v.category, 99), v.retired))

    def progress(self, child_id: int | None, lang: str = "en") -> Progress:
        return progress_of(self.items(child_id, lang))

    def family_progress(self, lang: str = "en") -> Progress:
        rows = [v for v in self.items(None, lang) if not v.retired]
        for child in self._family.children():
            rows += [v for v in self.items(child.id, lang) if not v.retired]
        return _progress(rows)

    def suggestions(self, lang: str, count: int = 3) -> list[tuple[int | None, ItemView]]:
        """What to do next: items due for review first, then open items, taking turns between the family
        and each child so that nobody is forgotten."""
        owners: list[int | None] = [None] + [c.id for c in self._family.children()]
        lists = {owner: self.items(owner, lang) for owner in owners}
        due = [(o, v) for o in owners for v in lists[o] if v.is_due()]
        open_items = {o: [v for v in lists[o] if v.state == "todo" and not v.retired] for o in owners}
        picks = due[:count]
        index = 0
        while len(picks) < count and any(index < len(v) for v in open_items.values()):
            for owner in owners:
                if index < len(open_items[owner]) and len(picks) < count:
                    picks.append((owner, open_items[owner][index]))
            index += 1
        return picks

    def due_count(self) -> int:
        now = utcnow()
        with self._db.session() as session:
            rows = session.scalars(
                select(ChecklistProgress).where(
                    ChecklistProgress.state == "done", ChecklistProgress.next_review_at <= now
                )
            ).all()
        return len(rows)

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


def _curated_view(item: ChecklistItem, lang: str) -> ItemView:
    return ItemView(
        item.key,
        item.category,
        item.title.get(lang),
        item.why.get(lang),
        tuple(item.steps(lang)),
        item.scope,
        item.bands,
        item.review_days,
        item.sources,
        translated=item.title.is_translated(lang),
    )


def _with_progress(view: ItemView, row: ChecklistProgress | None) -> ItemView:
    if row is None:
        return view
    from dataclasses import replace

    return replace(view, state=row.state, note=row.note, done_at=row.done_at, next_review_at=row.next_review_at)


def progress_of(items: list[ItemView]) -> Progress:
    """Progress over items already loaded: retired and not-applicable items are left out of the total."""
    return _progress([v for v in items if not v.retired])


def _progress(rows: list[ItemView]) -> Progress:
    counted = [r for r in rows if r.state != "na"]
    by_category: dict[str, tuple[int, int]] = {}
    for row in counted:
        done, total = by_category.get(row.category, (0, 0))
        by_category[row.category] = (done + (row.state == "done"), total + 1)
    return Progress(sum(r.state == "done" for r in counted), len(counted), by_category)
