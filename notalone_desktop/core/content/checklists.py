"""The safety checklist: categories and items from resources/checklists/*.toml."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from notalone_desktop.core.content.common import (
    CATEGORIES,
    KEY_PATTERN,
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
SCOPES = ("child", "family")


@dataclass(frozen=True)
class Category:
    key: str
    order: int
    title: Text


@dataclass(frozen=True)
class ChecklistItem:
    key: str
    category: str
    scope: str  # "child" (done per child) or "family" (once for the household)
    bands: tuple[str, ...]
    review_days: int | None
    sources: tuple[str, ...]
    title: Text
    why: Text
    how: Text
    # Keys of items merged into this one: a family's progress on them counts for this item (core/checklist.py).
    aliases: tuple[str, ...] = ()

    def steps(self, lang: str) -> list[str]:
        return steps_of(self.how, lang)


@dataclass(frozen=True)
class ChecklistContent:
    categories: tuple[Category, ...]
    items: tuple[ChecklistItem, ...]
    problems: tuple[Exception, ...]

    def item(self, key: str) -> ChecklistItem | None:
        return next((i for i in self.items if i.key == key), None)

    def category(self, key: str) -> Category | None:
        return next((c for c in self.categories if c.key == key), None)

    def aliases(self) -> dict[str, str]:
        """Old item key -> the key of the item it was merged into."""
        return {alias: item.key for item in self.items for alias in item.aliases}


def load_checklists(directory: Path) -> ChecklistContent:
    problems = Problems()
    categories: list[Category] = []
    items: list[ChecklistItem] = []
    seen: set[str] = set()
    for path in sorted(directory.glob("*.toml")):
        data = read_toml(path, problems)
        if data is None:
            continue
        category = _category(data.get("category"), path, problems)
        if category is None:
            continue
        if any(c.key == category.key for c in categories):
            problems.add(path, category.key, "category defined twice")
            continue
        categories.append(category)
        raw_items = data.get("item", [])
        if not isinstance(raw_items, list):
            problems.add(path, category.key, "'item' must be an array of tables ([[item]])")
            continue
        for raw in raw_items:
            item = _item(raw, category.key, path, problems)
            if item is None:
                continue
            if item.key in seen:
                problems.add(path, item.key, "duplicate key")
                continue
            seen.add(item.key)
            items.append(item)
    _check_aliases(items, seen, problems)
    for problem in problems.items:
        log.warning("checklist content skipped: %s", problem)
    return _sorted(categories, items, problems.items)


def merge_checklists(layers: list[ChecklistContent]) -> ChecklistContent:
    """The checklists of several content roots, the shipped one first: a later root adds items and categories
    and replaces those with the same key."""
    if len(layers) == 1:
        return layers[0]
    categories = overlay((layer.categories for layer in layers), lambda c: c.key)
    items = overlay((layer.items for layer in layers), lambda i: i.key)
    return _sorted(categories, items, [p for layer in layers for p in layer.problems])


def _sorted(categories: list[Category], items: list[ChecklistItem], problems: Sequence[Exception]) -> ChecklistContent:
    categories.sort(key=lambda c: (c.order, c.key))
    order = {c.key: n for n, c in enumerate(categories)}
    items.sort(key=lambda i: order.get(i.category, 99))
    return ChecklistContent(tuple(categories), tuple(items), tuple(problems))


def _category(raw: object, path: Path, problems: Problems) -> Category | None:
    if not isinstance(raw, dict):
        problems.add(path, "", "missing [category] table")
        return None
    key = check_key(raw.get("key"), path, problems)
    if key is None:
        return None
    if key not in CATEGORIES:
        problems.add(path, key, f"unknown category (known: {', '.join(CATEGORIES)})")
        return None
    title = text_field(raw, "title", path, key, problems)
    order = raw.get("order", 99)
    if not isinstance(order, int):
        problems.add(path, key, "'order' must be a whole number")  # as life events word it
        return None
    if title is None:
        return None
    return Category(key, order, title)


def _item(raw: object, category: str, path: Path, problems: Problems) -> ChecklistItem | None:
    if not isinstance(raw, dict):
        problems.add(path, category, "an item is not a table")
        return None
    key = check_key(raw.get("key"), path, problems)
    if key is None:
        return None
    if not key.startswith(category + "."):
        problems.add(path, key, f"key must start with '{category}.'")
        return None
    scope = raw.get("scope", "child")
    if scope not in SCOPES:
        problems.add(path, key, "scope must be 'child' or 'family'")
        return None
    review = raw.get("review_days")
    if review is not None and (not isinstance(review, int) or not 1 <= review <= 3650):
        problems.add(path, key, "review_days must be a whole number of days from 1 to 3650")
        return None
    bands = check_bands(string_list(raw, "bands", path, key, problems), path, key, problems)
    sources = check_sources(string_list(raw, "sources", path, key, problems), path, key, problems)
    title = text_field(raw, "title", path, key, problems)
    why = text_field(raw, "why", path, key, problems)
    how = text_field(raw, "how", path, key, problems)
    aliases = string_list(raw, "aliases", path, key, problems)
    if aliases is not None and not all(KEY_PATTERN.match(alias) for alias in aliases):
        problems.add(path, key, "'aliases' must be item keys (lower-case letters, digits, dots and dashes)")
        return None
    if bands is None or sources is None or title is None or why is None or how is None or aliases is None:
        return None
    return ChecklistItem(key, category, scope, bands, review, sources, title, why, how, tuple(aliases))


def _check_aliases(items: list[ChecklistItem], keys: set[str], problems: Problems) -> None:
    """An alias is a retired key: never a key still shipped, never claimed by two items."""
    claimed: set[str] = set()
    for item in items:
        for alias in item.aliases:
            if alias in keys or alias in claimed:
                problems.add("checklists", item.key, f"alias '{alias}' is a shipped key or another item's alias")
            claimed.add(alias)
