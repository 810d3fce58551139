"""Life-event checklists: a parent starts one for a child (or the family) when something happens.

A started event is a row of `life_event`; its items' progress is kept in `checklist_progress` under their own
keys ('life.<event>.<slug>'), so ticking, notes and dates work exactly as on the age-band checklist.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, replace

from sqlalchemy import ColumnElement, delete, select
from sqlalchemy.orm import InstrumentedAttribute

from notalone_desktop.core.content.life_events import (
    LifeEventContent,
    LifeEventDef,
    LifeEventItem,
    event_of,
    is_life_key,
)
from notalone_desktop.core.errors import ValidationError
from notalone_desktop.services.checklist import ChecklistService, ItemView, Progress, progress_of
from notalone_desktop.services.family import FamilyService
from notalone_desktop.services.local_content import CountryContent
from notalone_desktop.storage.database import Database
from notalone_desktop.storage.models import ChecklistProgress, LifeEvent, utcnow

log = logging.getLogger(__name__)
CATEGORY = "life"  # the category of a life-event item's ItemView


@dataclass(frozen=True)
class StartedEvent:
    """A life-event checklist the family started, with its items and their progress, in one language."""

    key: str
    child_id: int | None
    title: str
    intro: str
    started_at: dt.datetime
    items: tuple[ItemView, ...]
    translated: bool = True

    @property
    def progress(self) -> Progress:
        return progress_of(list(self.items))


def _same_child(column: InstrumentedAttribute[int | None], child_id: int | None) -> ColumnElement[bool]:
    return column.is_(None) if child_id is None else column == child_id


def item_view(item: LifeEventItem, lang: str, scope: str) -> ItemView:
    return ItemView(
        item.key,
        CATEGORY,
        item.title.get(lang),
        item.why.get(lang),
        tuple(item.steps(lang)),
        scope,
        (),
        None,
        item.sources,
        translated=item.title.is_translated(lang),
    )


class LifeEventsService:
    def __init__(
        self, database: Database, content: CountryContent, family: FamilyService, checklist: ChecklistService
    ) -> None:
        self._db = database
        self._content = content
        self._family = family
        self._checklist = checklist

    @property
    def content(self) -> LifeEventContent:
        return self._content.life_events

    def events(self) -> tuple[LifeEventDef, ...]:
        """Every event a parent can start, in content order."""
        return self.content.events

    # Reading -------------------------------------------------------------------------------------------------

    def started(self, child_id: int | None, lang: str) -> list[StartedEvent]:
        """The events started for this child (or the family), in content order, with their items' progress."""
        with self._db.session() as session:
            rows = session.scalars(select(LifeEvent).where(_same_child(LifeEvent.child_id, child_id))).all()
            progress = {
                row.item_key: row
                for row in session.scalars(
                    select(ChecklistProgress).where(
                        _same_child(ChecklistProgress.child_id, child_id), ChecklistProgress.item_key.like("life.%")
                    )
                )
            }
            starts = {row.event_key: row.started_at for row in rows}
        scope = "family" if child_id is None else "child"
        found: list[StartedEvent] = []
        for event in self.content.events:
            if event.key not in starts:
                continue
            items = []
            for item in event.items:
                view = item_view(item, lang, scope)
                row = progress.get(item.key)
                if row is not None:
                    view = replace(
                        view, state=row.state, note=row.note, done_at=row.done_at, next_review_at=row.next_review_at
                    )
                items.append(view)
            found.append(
                StartedEvent(
                    event.key,
                    child_id,
                    event.title.get(lang),
                    event.intro.get(lang),
                    starts[event.key],
                    tuple(items),
                    event.title.is_translated(lang),
                )
            )
        return found

    def not_started(self, child_id: int | None) -> list[LifeEventDef]:
        """Events that can still be started for this child, the ones suggested for the child's age first."""
        with self._db.session() as session:
            started = set(session.scalars(select(LifeEvent.event_key).where(_same_child(LifeEvent.child_id, child_id))))
        child = self._family.child(child_id) if child_id is not None else None
        events = [e for e in self.content.events if e.key not in started]
        if child is None:
            return events
        return sorted(events, key=lambda e: child.band not in e.bands)  # stable: content order within each

    def is_suggested(self, event: LifeEventDef, child_id: int | None) -> bool:
        child = self._family.child(child_id) if child_id is not None else None
        return child is not None and child.band in event.bands

    # Writing -------------------------------------------------------------------------------------------------

    def start(self, child_id: int | None, event_key: str) -> None:
        """Start the event's checklist for the child (or the family): its items appear, all still to do."""
        event = self.content.event(event_key)
        if event is None:
            raise ValidationError(f"There is no life-event checklist '{event_key}'.", "event")
        if child_id is not None and self._family.child(child_id) is None:
            raise ValidationError("This child is no longer in the family.", "child")
        now = utcnow()
        with self._db.session() as session:
            exists = session.scalars(
                select(LifeEvent.id).where(_same_child(LifeEvent.child_id, child_id), LifeEvent.event_key == event_key)
            ).first()
            if exists is not None:
                raise ValidationError("This checklist was started already.", "event")
            session.add(LifeEvent(child_id=child_id, event_key=event_key, started_at=now))
            keys = [item.key for item in event.items]
            have = set(
                session.scalars(
                    select(ChecklistProgress.item_key).where(
                        _same_child(ChecklistProgress.child_id, child_id), ChecklistProgress.item_key.in_(keys)
                    )
                )
            )
            for key in keys:
                if key not in have:  # progress left from an earlier start is kept
                    session.add(
                        ChecklistProgress(child_id=child_id, item_key=key, state="todo", note="", updated_at=now)
                    )
        log.info("life-event checklist started: %s", event_key)

    def stop(self, child_id: int | None, event_key: str) -> None:
        """Remove a started event and the progress and notes of its items."""
        with self._db.session() as session:
            session.execute(
                delete(LifeEvent).where(_same_child(LifeEvent.child_id, child_id), LifeEvent.event_key == event_key)
            )
            session.execute(
                delete(ChecklistProgress).where(
                    _same_child(ChecklistProgress.child_id, child_id),
                    ChecklistProgress.item_key.like(f"life.{event_key}.%"),
                )
            )
        log.info("life-event checklist removed: %s", event_key)

    def set_state(self, child_id: int | None, key: str, state: str, now: dt.datetime | None = None) -> None:
        self._check_item(child_id, key)
        self._checklist.set_state(child_id, key, state, now)

    def set_note(self, child_id: int | None, key: str, note: str) -> None:
        self._check_item(child_id, key)
        self._checklist.set_note(child_id, key, note)

    def _check_item(self, child_id: int | None, key: str) -> None:
        if not is_life_key(key) or self.content.item(key) is None:
            raise ValidationError(f"'{key}' is not an item of a life-event checklist.", "item")
        event = event_of(key)
        with self._db.session() as session:
            started = session.scalars(
                select(LifeEvent.id).where(_same_child(LifeEvent.child_id, child_id), LifeEvent.event_key == event)
            ).first()
        if started is None:
            raise ValidationError("Start this life-event checklist first.", "event")
