"""Life-event checklists: a parent starts one for a child (or the family) when something happens.

A started event is a row of `life_event`; its items' progress is kept in `checklist_progress` under their own
keys ('life.<event>.<slug>'), so ticking, notes and dates work exactly as on the age-band checklist.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, replace

from notalone_desktop.core.clock import utcnow
from notalone_desktop.core.content.life_events import (
    LifeEventContent,
    LifeEventDef,
    LifeEventItem,
    event_of,
    is_life_key,
)
from notalone_desktop.core.errors import ValidationError
from notalone_desktop.services.checklist import (
    ChecklistService,
    ItemView,
    Progress,
    owner_params,
    progress_of,
    progress_records,
    same_child,
)
from notalone_desktop.services.family import FamilyService
from notalone_desktop.services.local_content import CountryContent
from notalone_desktop.storage.database import Database, db_time, stored_time

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
        with self._db.read() as sql:
            starts = {
                key: stored_time(started_at)
                for key, started_at in sql.execute(
                    f"SELECT event_key, started_at FROM life_event WHERE {same_child(child_id)}",
                    owner_params(child_id),
                )
            }
            progress = {record.item_key: record for record in progress_records(sql, child_id, "life.%")}
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
        started = self._started_keys(child_id)
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
        owner = same_child(child_id)
        with self._db.write() as sql:
            exists = sql.execute(
                f"SELECT 1 FROM life_event WHERE {owner} AND event_key = ?", (*owner_params(child_id), event_key)
            ).fetchone()
            if exists is not None:
                raise ValidationError("This checklist was started already.", "event")
            sql.execute(
                "INSERT INTO life_event (child_id, event_key, started_at) VALUES (?, ?, ?)",
                (child_id, event_key, db_time(now)),
            )
            have = {record.item_key for record in progress_records(sql, child_id, "life.%")}
            for item in event.items:
                if item.key not in have:  # progress left from an earlier start is kept
                    sql.execute(
                        "INSERT INTO checklist_progress (child_id, item_key, state, note, updated_at) "
                        "VALUES (?, ?, 'todo', '', ?)",
                        (child_id, item.key, db_time(now)),
                    )
        log.info("life-event checklist started: %s", event_key)

    def stop(self, child_id: int | None, event_key: str) -> None:
        """Remove a started event and the progress and notes of its items."""
        owner = same_child(child_id)
        with self._db.write() as sql:
            sql.execute(f"DELETE FROM life_event WHERE {owner} AND event_key = ?", (*owner_params(child_id), event_key))
            sql.execute(
                f"DELETE FROM checklist_progress WHERE {owner} AND item_key LIKE ?",
                (*owner_params(child_id), f"life.{event_key}.%"),
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
        if event_of(key) not in self._started_keys(child_id):
            raise ValidationError("Start this life-event checklist first.", "event")

    def _started_keys(self, child_id: int | None) -> set[str]:
        with self._db.read() as sql:
            owner = () if child_id is None else (child_id,)
            return {
                key for (key,) in sql.execute(f"SELECT event_key FROM life_event WHERE {same_child(child_id)}", owner)
            }
