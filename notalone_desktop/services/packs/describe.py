"""What an installed pack adds and what it changes, in words a family reads (Settings -> "Content updates"): the
titles of its lessons and checklist items, and its helplines with their numbers and the day they were checked."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from notalone_desktop.core.content.common import Problems
from notalone_desktop.core.content.lessons import parse_lesson
from notalone_desktop.services.packs.installed import InstalledPack

if TYPE_CHECKING:
    from notalone_desktop.services.content import ContentCatalog
    from notalone_desktop.services.local_content import CountryContent

    Catalog = ContentCatalog | CountryContent

ORDER = ("lessons", "items", "helplines", "situations", "scenarios", "life_events", "categories", "countries")


@dataclass(frozen=True)
class Entry:
    kind: str  # core/content/pack.KINDS
    key: str
    title: str  # in the family's language where the content has it
    number: str = ""  # a helpline: its number or address
    verified: dt.date | None = None  # a helpline: the day its source was read
    language: str = ""  # a lesson: the language it is written in


@dataclass(frozen=True)
class PackDescription:
    added: tuple[Entry, ...]
    changed: tuple[Entry, ...]


def describe(pack: InstalledPack, catalog: Catalog, lang: str) -> PackDescription:
    """The pack's entries as the app shows them now, in `lang`: those it added, and those it changed (the manifest
    says which were already there when it was built)."""
    manifest = pack.manifest

    def entries(listing: dict[str, tuple[str, ...]]) -> tuple[Entry, ...]:
        found = []
        for kind in ORDER:
            for key in listing.get(kind, ()):
                found.append(_entry(pack, catalog, kind, key, lang))
        return tuple(found)

    return PackDescription(entries(dict(manifest.adds)), entries(dict(manifest.replaces)))


def _entry(pack: InstalledPack, catalog: Catalog, kind: str, key: str, lang: str) -> Entry:
    if kind == "items":
        item = catalog.checklists.item(key)
        return Entry(kind, key, item.title.get(lang) if item else key)
    if kind == "categories":
        category = catalog.checklists.category(key)
        return Entry(kind, key, category.title.get(lang) if category else key)
    if kind == "helplines":
        for country in catalog.countries.values():
            for line in country.lines:
                if line.key == key:
                    where = line.number or line.url.removeprefix("https://")
                    return Entry(kind, key, line.name.get(lang), where, line.verified)
        return Entry(kind, key, key)
    if kind == "countries":
        found = catalog.countries.get(key)
        return Entry(kind, key, found.name.get(lang) if found else key)
    if kind == "lessons":
        language, _, name = key.partition("/")
        lesson = parse_lesson(pack.content_dir / "lessons" / language / f"{name}.md", language, Problems())
        return Entry(kind, name, lesson.title if lesson else name, language=language)
    if kind == "situations":
        situation = next((s for s in catalog.situations if s.key == key), None)
        return Entry(kind, key, situation.title.get(lang) if situation else key)
    if kind == "scenarios":
        scenario = catalog.scenario(key)
        return Entry(kind, key, scenario.title.get(lang) if scenario else key)
    if kind == "life_events":
        event = catalog.life_events.event(key)
        return Entry(kind, key, event.title.get(lang) if event else key)
    return Entry(kind, key, key)
