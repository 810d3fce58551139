"""Life-event checklists (resources/life_events.toml): short lists a parent starts when something happens.

A first phone, a first social-media account, a new school, moving away to study or work, a trip abroad, the time
after an incident. Each event holds 4-7 items keyed 'life.<event>.<slug>'; their progress is kept like any
checklist item's, under that key.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from notalone_desktop.core.content.common import (
    Problems,
    Text,
    check_bands,
    check_key,
    check_sources,
    overlay,
    read_toml,
    steps_of,
    string_list,
    text_field,
)

log = logging.getLogger(__name__)
PREFIX = "life."
MIN_ITEMS, MAX_ITEMS = 4, 7
TITLE_MAX = 90


@dataclass(frozen=True)
class LifeEventItem:
    key: str  # life.<event>.<slug>
    event: str
    sources: tuple[str, ...]
    title: Text
    why: Text
    how: Text

    def steps(self, lang: str) -> list[str]:
        return steps_of(self.how, lang)


@dataclass(frozen=True)
class LifeEventDef:
    key: str
    order: int
    bands: tuple[str, ...]  # the ages it is suggested for; any child or the family may start it
    title: Text
    intro: Text
    items: tuple[LifeEventItem, ...]


@dataclass(frozen=True)
class LifeEventContent:
    events: tuple[LifeEventDef, ...]
    problems: tuple[Exception, ...]

    def event(self, key: str) -> LifeEventDef | None:
        return next((e for e in self.events if e.key == key), None)

    def item(self, key: str) -> LifeEventItem | None:
        return next((i for e in self.events for i in e.items if i.key == key), None)


def is_life_key(key: str) -> bool:
    return key.startswith(PREFIX)


def event_of(item_key: str) -> str:
    """'life.first-phone.contacts' -> 'first-phone'."""
    return item_key.removeprefix(PREFIX).split(".", 1)[0]


def load_life_events(path: Path) -> LifeEventContent:
    problems = Problems()
    events: list[LifeEventDef] = []
    data = read_toml(path, problems) if path.exists() else None
    if data is None and not problems:
        problems.add(path, "", "file is missing")
    raw_events = data.get("event", []) if data else []
    if not isinstance(raw_events, list):
        problems.add(path, "", "'event' must be an array of tables ([[event]])")
        raw_events = []
    seen: set[str] = set()
    for raw in raw_events:
        event = _event(raw, path, problems, seen)
        if event is not None:
            events.append(event)
    for problem in problems.items:
        log.warning("life-event content skipped: %s", problem)
    events.sort(key=lambda e: (e.order, e.key))
    return LifeEventContent(tuple(events), tuple(problems.items))


def merge_life_events(layers: list[LifeEventContent]) -> LifeEventContent:
    """The life events of several content roots, the shipped one first: a later root adds events and replaces
    those with the same key."""
    events = overlay((layer.events for layer in layers), lambda e: e.key)
    events.sort(key=lambda e: (e.order, e.key))
    return LifeEventContent(tuple(events), tuple(p for layer in layers for p in layer.problems))


def _event(raw: Any, path: Path, problems: Problems, seen: set[str]) -> LifeEventDef | None:
    if not isinstance(raw, dict):
        problems.add(path, "", "an event is not a table")
        return None
    key = check_key(raw.get("key"), path, problems)
    if key is None:
        return None
    if "." in key:
        problems.add(path, key, "an event key has no dots (it is the middle part of its items' keys)")
        return None
    if key in seen:
        problems.add(path, key, "duplicate key")
        return None
    seen.add(key)
    order = raw.get("order", 99)
    if not isinstance(order, int):
        problems.add(path, key, "'order' must be a whole number")
        return None
    bands = check_bands(string_list(raw, "bands", path, key, problems), path, key, problems)
    title = text_field(raw, "title", path, key, problems)
    intro = text_field(raw, "intro", path, key, problems)
    raw_items = raw.get("item", [])
    if not isinstance(raw_items, list):
        problems.add(path, key, "'item' must be an array of tables ([[event.item]])")
        return None
    items = [item for item in (_item(r, key, path, problems, seen) for r in raw_items) if item is not None]
    if bands is None or title is None or intro is None:
        return None
    if not MIN_ITEMS <= len(items) <= MAX_ITEMS:
        problems.add(path, key, f"an event needs {MIN_ITEMS} to {MAX_ITEMS} items (has {len(items)})")
        return None
    return LifeEventDef(key, order, bands, title, intro, tuple(items))


def _item(raw: Any, event: str, path: Path, problems: Problems, seen: set[str]) -> LifeEventItem | None:
    if not isinstance(raw, dict):
        problems.add(path, event, "an item is not a table")
        return None
    key = check_key(raw.get("key"), path, problems)
    if key is None:
        return None
    prefix = f"{PREFIX}{event}."
    slug = key.removeprefix(prefix)
    if not key.startswith(prefix) or not slug or "." in slug:
        problems.add(path, key, f"key must be '{prefix}<slug>'")
        return None
    if key in seen:
        problems.add(path, key, "duplicate key")
        return None
    seen.add(key)
    sources = check_sources(string_list(raw, "sources", path, key, problems), path, key, problems)
    title = text_field(raw, "title", path, key, problems)
    why = text_field(raw, "why", path, key, problems)
    how = text_field(raw, "how", path, key, problems)
    if sources is None or title is None or why is None or how is None:
        return None
    too_long = [lang for lang, text in title.by_lang.items() if len(text) > TITLE_MAX]
    if too_long:
        problems.add(path, key, f"title longer than {TITLE_MAX} characters in {', '.join(too_long)}")
        return None
    item = LifeEventItem(key, event, sources, title, why, how)
    counts = {lang: len(item.steps(lang)) for lang in how.by_lang}
    if len(set(counts.values())) != 1 or not all(line.strip().startswith("- ") for line in _lines(how)):
        problems.add(path, key, f"'how' must be '- ' steps, as many in every language (got {counts})")
        return None
    return item


def _lines(text: Text) -> list[str]:
    return [line for value in text.by_lang.values() for line in value.splitlines() if line.strip()]
