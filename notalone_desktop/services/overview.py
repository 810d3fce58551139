"""The family at a glance, as Home shows it: progress, what is due, what to do next, the lesson of the week.

Read with plain sqlite3 (storage.family_read) and counted by the same rules as the checklist (core.checklist),
so that Home can paint the family's data at start before SQLAlchemy is imported, and keeps doing so after.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from notalone_desktop.core.checklist import ItemView, Owner, Progress, assemble, due_count, progress_of, suggestions
from notalone_desktop.core.clock import utcnow
from notalone_desktop.core.content.common import reading_order
from notalone_desktop.core.errors import DatabaseProblem
from notalone_desktop.core.family import ChildInfo
from notalone_desktop.services.content import ContentCatalog
from notalone_desktop.storage.family_read import FamilyRecords, FamilyState, family_state, read_family
from notalone_desktop.storage.inspect import inspect_database

# Named here, where the start-up reads them without SQLAlchemy; services.security and services.profile use them.
PIN_STORE_SETTING = "security.pin_store"  # present once a parent PIN is set
PROFILE_APPLIED_SETTING = "profile.applied"  # present once a branded build's NGO profile was applied


@dataclass(frozen=True)
class ChildProgress:
    child: ChildInfo
    progress: Progress


@dataclass(frozen=True)
class LessonPick:
    key: str
    title: str
    summary: str


@dataclass(frozen=True)
class HomeSummary:
    children: tuple[ChildProgress, ...]
    family: Progress  # the family-wide items and every child's, together
    due: int  # items due for review
    plans_ready: int  # children whose safety plan names people to call
    suggestions: tuple[tuple[Owner, ItemView], ...]  # what to do next: (child id or None, item)
    lesson: LessonPick | None  # the lesson of the week


class OverviewService:
    def __init__(self, path: Path, content: ContentCatalog) -> None:
        self._path = path
        self._content = content

    def start_state(self) -> FamilyState | None:
        """None unless the file is whole (a full integrity check), ours and of the current schema: only then may
        Home be painted from it before the services have opened it (see ui.app)."""
        report = inspect_database(self._path, integrity=True)
        if not report.ok or report.needs_upgrade:
            return None
        try:
            return family_state(self._path)
        except (sqlite3.Error, OSError):
            return None

    def home(self, lang: str, week: int | None = None, now: dt.datetime | None = None, count: int = 3) -> HomeSummary:
        now = now or utcnow()
        records = self._read(lang)
        lists = self._lists(records, lang)
        children = tuple(ChildProgress(child, progress_of(lists[child.id])) for child in records.children)
        ids = {child.id for child in records.children}
        return HomeSummary(
            children,
            progress_of(item for items in lists.values() for item in items),
            due_count((item for items in lists.values() for item in items), now),
            len(records.children_with_plan_contacts & ids),
            tuple(suggestions(lists, count, now)),
            _lesson_of_the_week(records, lang, dt.date.today().isocalendar().week if week is None else week),
        )

    def family_progress(self, lang: str) -> Progress:
        records = self._read(lang)
        return progress_of(item for items in self._lists(records, lang).values() for item in items)

    def _read(self, lang: str) -> FamilyRecords:
        try:
            return read_family(self._path, lang)
        except (sqlite3.Error, OSError) as exc:
            advice = "Close Not Alone and open it again; if this comes back, restore a backup in Settings."
            raise DatabaseProblem(str(self._path), f"the family's data cannot be read ({exc})", advice) from exc

    def _lists(self, records: FamilyRecords, lang: str) -> dict[Owner, list[ItemView]]:
        """Every owner's checklist, the family first, then the children in the family's order."""
        content = self._content.checklists
        owners: list[tuple[Owner, str | None]] = [(None, None)] + [(c.id, c.band) for c in records.children]
        return {
            owner: assemble(
                content, band, owner is None, records.progress.get(owner, {}), records.customs.get(owner, []), lang
            )
            for owner, band in owners
        }


def _lesson_of_the_week(records: FamilyRecords, lang: str, week: int) -> LessonPick | None:
    """A different lesson each ISO week, unread ones first; in the family's language where it has one."""
    chosen = {}
    for row in records.lessons:
        if row.language == lang or row.key not in chosen:
            chosen[row.key] = row
    ordered = sorted(chosen.values(), key=lambda r: reading_order(r.topic, r.title, r.key))
    if not ordered:
        return None
    unread = [r for r in ordered if r.key not in records.read_lessons] or ordered
    pick = unread[week % len(unread)]
    return LessonPick(pick.key, pick.title, pick.summary)
