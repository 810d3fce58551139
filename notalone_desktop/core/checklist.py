"""The checklist's rules: which items apply to whom, what is done or due, progress, and what to do next.

Pure functions over content items and progress records, so that the checklist service (SQLAlchemy) and the
quick overview that paints Home (plain sqlite3, before SQLAlchemy is imported) count in exactly the same way.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Protocol

from notalone_desktop.core.clock import utcnow
from notalone_desktop.core.content.checklists import ChecklistContent, ChecklistItem

CUSTOM_PREFIX = "custom."
LIFE_EVENT_PREFIX = "life."

Owner = int | None  # a child's id, or None for the whole family


class ProgressLike(Protocol):
    """A row of progress on one item: the ORM row or a plain record."""

    @property
    def item_key(self) -> str: ...
    @property
    def state(self) -> str: ...
    @property
    def note(self) -> str: ...
    @property
    def done_at(self) -> dt.datetime | None: ...
    @property
    def next_review_at(self) -> dt.datetime | None: ...


class CustomLike(Protocol):
    """One of the family's own items: the ORM row or a plain record."""

    @property
    def id(self) -> int: ...
    @property
    def category(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def details(self) -> str: ...


@dataclass(frozen=True)
class ProgressRecord:
    item_key: str
    state: str
    note: str
    done_at: dt.datetime | None
    next_review_at: dt.datetime | None


@dataclass(frozen=True)
class CustomRecord:
    id: int
    category: str
    title: str
    details: str


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
        """Done, and its review date has come. A retired item is never due: it left the checklist, so there is
        nothing to check again (its progress is only kept)."""
        now = now or utcnow()
        return (
            self.state == "done" and not self.retired and self.next_review_at is not None and self.next_review_at <= now
        )


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


def curated_for(content: ChecklistContent, band: str | None) -> list[ChecklistItem]:
    """The shipped items that apply: a child's items of their age `band`, or (None) the family-wide items."""
    if band is None:
        return [i for i in content.items if i.scope == "family"]
    return [i for i in content.items if i.scope == "child" and band in i.bands]


def assemble(
    content: ChecklistContent,
    band: str | None,
    family_wide: bool,
    progress: Mapping[str, ProgressLike],
    customs: Iterable[CustomLike],
    lang: str,
) -> list[ItemView]:
    """One owner's checklist: the curated items, the family's own items, and retired items that still hold
    progress, by category. `band` is the child's age band (None for the family); `progress` is by item key."""
    progress = with_aliases(content, progress)
    views = [_with_progress(curated_view(item, lang), progress.get(item.key)) for item in curated_for(content, band)]
    scope = "family" if family_wide else "child"
    for custom in customs:
        key = custom_key(custom.id)
        view = ItemView(key, custom.category, custom.title, custom.details, (), scope, (), None, (), custom=True)
        views.append(_with_progress(view, progress.get(key)))
    shown = {v.key for v in views}
    all_items = {i.key: i for i in content.items}
    for key, row in progress.items():
        if key in shown or key.startswith((CUSTOM_PREFIX, LIFE_EVENT_PREFIX)) or row.state == "todo":
            continue  # own items and life-event items are listed by their own code, not as retired
        # Progress on an item that left this owner's list: a retired item, or one from an earlier age band.
        known = all_items.get(key)
        if known is not None:
            views.append(_with_progress(curated_view(known, lang), row))
        else:
            category = key.split(".", 1)[0]
            views.append(_with_progress(ItemView(key, category, key, "", (), "child", (), None, (), retired=True), row))
    order = {c.key: n for n, c in enumerate(content.categories)}
    return sorted(views, key=lambda v: (order.get(v.category, 99), v.retired))


def with_aliases(content: ChecklistContent, progress: Mapping[str, ProgressLike]) -> dict[str, ProgressLike]:
    """Progress by item key, with progress on merged items' old keys counted for the item they became.

    The item's own row wins; without one, the old key's row stands in (a done one before any other), so a
    family that ticked "Save the roommate's number" sees the merged item ticked, with its note and review date.
    The old keys leave the mapping: they are not listed again as retired items."""
    aliases = content.aliases()
    if not aliases or not any(key in aliases for key in progress):
        return dict(progress)
    merged = {key: row for key, row in progress.items() if key not in aliases}
    rank = {"done": 0, "na": 1, "todo": 2}
    for old, row in sorted(progress.items(), key=lambda pair: rank.get(pair[1].state, 3)):
        if old in aliases:
            merged.setdefault(aliases[old], row)
    return merged


def curated_view(item: ChecklistItem, lang: str) -> ItemView:
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


def _with_progress(view: ItemView, row: ProgressLike | None) -> ItemView:
    if row is None:
        return view
    return replace(view, state=row.state, note=row.note, done_at=row.done_at, next_review_at=row.next_review_at)


def progress_of(items: Iterable[ItemView]) -> Progress:
    """Progress over items already loaded: retired and not-applicable items are left out of the total."""
    counted = [r for r in items if not r.retired and r.state != "na"]
    by_category: dict[str, tuple[int, int]] = {}
    for row in counted:
        done, total = by_category.get(row.category, (0, 0))
        by_category[row.category] = (done + (row.state == "done"), total + 1)
    return Progress(sum(r.state == "done" for r in counted), len(counted), by_category)


def suggestions(
    lists: Mapping[Owner, Sequence[ItemView]], count: int, now: dt.datetime | None = None
) -> list[tuple[Owner, ItemView]]:
    """What to do next: items due for review first, then open items, taking turns between the owners (the
    family first, then each child, in the order of `lists`) so that nobody is forgotten."""
    now = now or utcnow()
    owners = list(lists)
    due = [(o, v) for o in owners for v in lists[o] if v.is_due(now)]
    open_items = {o: [v for v in lists[o] if v.state == "todo" and not v.retired] for o in owners}
    picks = due[:count]
    index = 0
    while len(picks) < count and any(index < len(v) for v in open_items.values()):
        for owner in owners:
            if index < len(open_items[owner]) and len(picks) < count:
                picks.append((owner, open_items[owner][index]))
        index += 1
    return picks


def due_count(items: Iterable[ItemView], now: dt.datetime | None = None) -> int:
    """Items due for review among the checklists given (as `assemble` lists them), whoever they belong to: the
    same items the checklist shows as due, so a retired item or a merged item's old key is not counted."""
    now = now or utcnow()
    return sum(1 for item in items if item.is_due(now))


MONTH_MOST = 12  # the month's sheet shows at most this many items (one page, big boxes)
MONTH_LEAST = 8  # and drops to no fewer than this when a long language fills the page


def applies_to_band(item: ItemView, band: str) -> bool:
    """A family-wide item matters for a child of `band` when it names that band, or names none (the family's own)."""
    return not item.bands or band in item.bands


def month_items(
    own: Sequence[ItemView],
    family: Sequence[ItemView],
    band: str,
    categories: Sequence[str],
    count: int = MONTH_MOST,
    now: dt.datetime | None = None,
) -> list[ItemView]:
    """The open items that matter most this month for one child of age `band`, at most `count` of them.

    `own` is the child's checklist and `family` the family-wide one (as `assemble` returns them); family items
    count when they apply to the child's age. First the items due for a fresh check (the child's, then the
    family's), then the open items in the checklist's order, taking turns between the `categories` (in that order)
    so that one long category does not crowd out the others; within a category the child's own items come first.
    """
    now = now or utcnow()
    pool = [v for v in own if not v.retired] + [v for v in family if not v.retired and applies_to_band(v, band)]
    picks = [v for v in pool if v.is_due(now)][:count]
    rank = {key: n for n, key in enumerate(categories)}
    queues: dict[str, list[ItemView]] = {}
    for view in sorted((v for v in pool if v.state == "todo"), key=lambda v: rank.get(v.category, len(rank))):
        queues.setdefault(view.category, []).append(view)
    turn = 0
    while len(picks) < count and any(turn < len(q) for q in queues.values()):
        for queue in queues.values():
            if turn < len(queue) and len(picks) < count:
                picks.append(queue[turn])
        turn += 1
    return picks
