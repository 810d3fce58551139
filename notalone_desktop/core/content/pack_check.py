"""A content pack's content checked by the same loaders and rules as the shipped content (tests/content/ runs them
on resources/): every problem a loader reports, a Vietnamese number outside a sentence about Vietnam, an unknown
placeholder, a country whose placeholders cannot resolve once the pack's lines are merged with the ones already
there, and references to checklist items that do not exist. A pack with any problem is not built and not
installed. Plain Python: files in, problems and the pack's keys out.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from notalone_desktop.core.content.agreement import load_agreement
from notalone_desktop.core.content.checklists import load_checklists
from notalone_desktop.core.content.common import pack_languages
from notalone_desktop.core.content.country_text import country_problems, shipped_texts, text_problems
from notalone_desktop.core.content.helplines import Country, load_countries, load_situations, merge_countries
from notalone_desktop.core.content.lessons import load_lessons
from notalone_desktop.core.content.life_events import load_life_events
from notalone_desktop.core.content.pack import KINDS, MAX_KEY_LENGTH
from notalone_desktop.core.content.scenarios import load_scenarios

Listing = dict[str, set[str]]


@dataclass(frozen=True)
class BaseContent:
    """What is there before the pack: the keys by kind (pack.KINDS) and the countries' helplines."""

    listing: Mapping[str, set[str]]
    countries: Mapping[str, Country] = field(default_factory=dict)


@dataclass(frozen=True)
class PackContent:
    listing: Listing  # every key the pack holds, by kind
    problems: tuple[str, ...]


def check_pack_content(root: Path, languages: Iterable[str], base: BaseContent, shown: str = "content") -> PackContent:
    """The keys of the content in `root` (a pack's content folder) and its problems, each one line that names the
    file as `shown`/... (the folder the publisher knows) rather than a temporary folder."""
    languages = tuple(languages)
    with pack_languages(languages):
        listing, problems = _load(root, languages, base)
        problems += text_problems(shipped_texts(root, base.listing.get("items", set())))
    prefix = str(root)
    lines = [str(problem).replace(prefix, shown) for problem in problems]
    if not any(listing.values()):
        lines.append(f"{shown}: holds no content (checklists, helplines, lessons, scenarios or emergency steps)")
    return PackContent(listing, tuple(dict.fromkeys(lines)))


def split(listing: Listing, base: BaseContent) -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    """(what the pack adds, what it replaces) by kind, against `base`."""
    adds: dict[str, tuple[str, ...]] = {}
    replaces: dict[str, tuple[str, ...]] = {}
    for kind, keys in listing.items():
        there = base.listing.get(kind, set())
        new, old = sorted(k for k in keys if k not in there), sorted(k for k in keys if k in there)
        if new:
            adds[kind] = tuple(new)
        if old:
            replaces[kind] = tuple(old)
    return adds, replaces


def _load(root: Path, languages: tuple[str, ...], base: BaseContent) -> tuple[Listing, list[object]]:
    listing: Listing = {kind: set() for kind in KINDS}
    problems: list[object] = []
    checklists = load_checklists(root / "checklists")
    problems += checklists.problems
    listing["categories"] = {c.key for c in checklists.categories}
    listing["items"] = {i.key for i in checklists.items}
    known_items = set(base.listing.get("items", set())) | listing["items"]
    for item in checklists.items:
        taken = [alias for alias in item.aliases if alias in base.listing.get("items", set())]
        if taken:
            problems.append(f"checklists: {item.key}: alias '{taken[0]}' is an item the app already has")

    countries, found = load_countries(root / "helplines")
    problems += found
    listing["countries"] = set(countries)
    listing["helplines"] = {line.key for country in countries.values() for line in country.lines}
    merged = merge_countries([dict(base.countries), countries])
    problems += [p for p in country_problems({c: merged[c] for c in countries}) if p]

    lessons_dir = root / "lessons"
    if lessons_dir.is_dir():
        for folder in sorted(lessons_dir.iterdir()):
            if folder.name not in languages:
                problems.append(f"{folder}: a lesson folder for a language the pack does not list in 'languages'")
    lessons, found = load_lessons(lessons_dir, known_items)
    problems += found
    listing["lessons"] = {f"{lesson.lang}/{lesson.key}" for lesson in lessons}

    scenarios, found = load_scenarios(root / "scenarios")
    problems += found
    listing["scenarios"] = {s.key for s in scenarios}
    for scenario in scenarios:
        unknown = [key for key in scenario.related_items if key not in known_items]
        if unknown:
            problems.append(f"scenarios: {scenario.key}: related items do not exist: {', '.join(unknown)}")

    if (root / "emergencies.toml").exists():
        situations, found = load_situations(root / "emergencies.toml")
        problems += found
        listing["situations"] = {s.key for s in situations}
    if (root / "life_events.toml").exists():
        events = load_life_events(root / "life_events.toml")
        problems += events.problems
        listing["life_events"] = {e.key for e in events.events}
    if (root / "agreement.toml").exists():
        agreement = load_agreement(root / "agreement.toml")
        problems += agreement.problems
        listing["agreement"] = {"agreement"}
        for rule in agreement.rules:
            unknown = [key for key in rule.items if key not in known_items]
            if unknown:
                problems.append(f"agreement.toml: {rule.key}: items do not exist: {', '.join(unknown)}")
    too_long = sorted(k for keys in listing.values() for k in keys if len(k.split("/", 1)[-1]) > MAX_KEY_LENGTH)
    problems += [f"{root}: the key '{key[:40]}…' is longer than {MAX_KEY_LENGTH} characters" for key in too_long]
    return listing, problems
