"""The content as a family reads it (services/local_content.py): every placeholder resolved to the numbers of the
family's country, in the checklist, Get help's first steps, scenarios, life events, the lessons and their search;
following the family when it moves."""

from __future__ import annotations

import re
from typing import Any

from notalone_desktop.core.content.common import Text
from notalone_desktop.core.content.lessons import Lesson
from notalone_desktop.core.content.placeholders import PLACEHOLDER_PATTERN, localise

VIETNAMESE_POLICE = re.compile(r"(?<!\d)113(?!\d)")


def texts_of(value: Any, lang: str) -> list[str]:
    """Every text of an entry in `lang` (a Text's language, or the plain strings of a lesson)."""
    found: list[str] = []
    if isinstance(value, Text):
        found.append(value.get(lang))
    elif isinstance(value, str):
        found.append(value)
    elif isinstance(value, list | tuple):
        for item in value:
            found += texts_of(item, lang)
    elif isinstance(value, dict):
        for item in value.values():
            found += texts_of(item, lang)
    elif hasattr(value, "__dataclass_fields__"):
        for name in value.__dataclass_fields__:
            found += texts_of(getattr(value, name), lang)
    return found


def test_localise_resolves_each_language_and_keeps_untouched_entries_as_they_are(services: Any) -> None:
    countries = services.content.catalog.countries
    indonesia = countries["ID"]
    text = Text({"en": "Call the police on {police}.", "id": "Telepon polisi di {police}.", "de": "Ruhe bewahren."})
    resolved = localise(text, indonesia)
    assert resolved.by_lang == {"en": "Call the police on 110.", "id": "Telepon polisi di 110.", "de": "Ruhe bewahren."}
    plain = Text({"en": "No number here."})
    assert localise(plain, indonesia) is plain  # nothing to resolve: the shared entry itself, not a copy
    lesson = Lesson("k", "de", "T", "S", "talking", ("6-9",), 3, 1, (), (), "Rufen Sie {police} an.")
    assert localise(lesson, countries["DE"]).body == "Rufen Sie 110 an."
    assert lesson.body == "Rufen Sie {police} an."  # the catalog's own entry is never changed


def test_an_indonesian_family_reads_indonesian_numbers_everywhere(services: Any) -> None:
    services.family.update(country="ID")
    checklist = services.content.checklists
    situations = services.content.situations
    everything = [checklist, situations, services.content.scenarios, services.content.life_events]
    for lang in ("id", "en", "de", "vi"):
        texts = [t for part in everything for t in texts_of(part, lang)]
        assert not [t for t in texts if PLACEHOLDER_PATTERN.search(t)], lang
        # Vietnam's police number appears only where a text speaks of Vietnam itself.
        stray = [t for t in texts if VIETNAMESE_POLICE.search(t) and "Vi" not in t and "Việt" not in t]
        assert stray == [], stray[:2]
    fridge = checklist.item("emergency.numbers-on-fridge")
    assert fridge is not None and "110" in " ".join(fridge.steps("id")) and "129" in " ".join(fridge.steps("id"))
    # A country without a line of its own for a placeholder says so, in the text's language.
    assert "nomor darurat umum (112)" in " ".join(fridge.steps("id"))


def test_moving_to_germany_changes_the_numbers_and_the_lessons_follow_after_a_sync(services: Any) -> None:
    fridge_vn = services.content.checklists.item("emergency.numbers-on-fridge")
    assert "113" in " ".join(fridge_vn.steps("vi"))
    services.family.update(country="DE")
    fridge_de = services.content.checklists.item("emergency.numbers-on-fridge")
    assert "110" in " ".join(fridge_de.steps("de")) and "116 111" in " ".join(fridge_de.steps("de"))
    assert "113" not in " ".join(fridge_de.steps("de"))
    report = services.lessons.sync()
    assert not report.skipped  # the stamp names the country: a family that moved gets its lessons again
    bodies = [lesson.body for lesson in services.lessons.lessons("de")]
    assert bodies and not [b for b in bodies if PLACEHOLDER_PATTERN.search(b)]
    # The search index holds the numbers too: Germany's children's line finds the lessons that name it.
    found = {hit.key for hit in services.lessons.search("116 111", "de")}
    assert found and all("116 111" in services.lessons.lesson(key, "de").body for key in found)
