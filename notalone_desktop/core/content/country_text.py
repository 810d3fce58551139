"""Checks that shipped text fits every family's country: no literal Vietnamese number outside a sentence about
Vietnam, no unknown placeholder, and no placeholder a shipped country cannot resolve.

A Vietnamese number (113, 111, 5656 ...) in a text would send a family in Indonesia or Germany to the wrong
service (in Indonesia 113 is the fire brigade), so content names numbers through placeholders (`{police}`).
A sentence that itself names Vietnam ("In Vietnam, the police handled ...", "Ở Việt Nam ...") is a
Vietnam-specific passage and may keep its literal facts. The rule holds for every language: a Vietnamese-
speaking family may live in Germany.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

from notalone_desktop.core.content.agreement import load_agreement
from notalone_desktop.core.content.checklists import load_checklists
from notalone_desktop.core.content.helplines import PLACEHOLDERS, Country, load_situations
from notalone_desktop.core.content.lessons import load_lessons
from notalone_desktop.core.content.life_events import load_life_events
from notalone_desktop.core.content.placeholders import line_for, unknown_placeholders
from notalone_desktop.core.content.scenarios import load_scenarios

# Vietnam's police, child line, fire, ambulance, search and rescue, and the scam-report numbers.
VIETNAMESE_NUMBERS: tuple[str, ...] = ("111", "112", "113", "114", "115", "156", "5656")
# Words that make a sentence a Vietnam-specific passage, in the four languages (compared case-folded).
VIETNAM_WORDS: tuple[str, ...] = ("vietnam", "việt nam", "viet nam")
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+|\n+")

Text = tuple[str, str, str]  # (where, language, text)


def _number_pattern(numbers: Iterable[str]) -> re.Pattern[str]:
    # A number on its own: not part of a longer number ("116 111", "0800 111 0 111"), a word ("tongdai111")
    # or an address.
    alternatives = "|".join(sorted((re.escape(n) for n in numbers), key=len, reverse=True))
    return re.compile(rf"(?<![\w.,/:+-])(?<!\d )(?:{alternatives})(?![\w]|[.,]\d| \d)")


_VN_PATTERN = _number_pattern(VIETNAMESE_NUMBERS)


def names_vietnam(sentence: str) -> bool:
    folded = sentence.casefold()
    return any(word in folded for word in VIETNAM_WORDS)


def literal_vietnamese_numbers(text: str) -> list[str]:
    """The Vietnamese numbers a text writes out in sentences that do not name Vietnam, in order."""
    found: list[str] = []
    for sentence in _SENTENCE_END.split(text):
        if names_vietnam(sentence):
            continue
        found += _VN_PATTERN.findall(sentence)
    return found


def country_problems(countries: Mapping[str, Country]) -> list[str]:
    """Countries whose file cannot resolve the placeholders: every country needs an emergency (or police)
    number, the fallback for every placeholder it has no line for."""
    problems = []
    for code, country in sorted(countries.items()):
        if line_for(country, "emergency") is None and not country.police:
            problems.append(f"{code}: no line serves 'emergency' and no police number: placeholders cannot resolve")
        # Two lines for one placeholder: only the first would ever be used. A content pack that brings a new
        # line for {child_line} must replace the old line (the same key) or give it no 'serves'.
        for name in PLACEHOLDERS:
            serving = [line.key for line in country.lines if name in line.serves]
            if len(serving) > 1:
                problems.append(f"{code}: the lines {', '.join(serving)} all serve {{{name}}}; only one may")
    return problems


def text_problems(texts: Iterable[Text]) -> list[str]:
    """One line per problem: a literal Vietnamese number outside a Vietnam passage, or an unknown placeholder."""
    problems = []
    for where, lang, text in texts:
        numbers = literal_vietnamese_numbers(text)
        if numbers:
            problems.append(
                f"{where} [{lang}]: writes {', '.join(dict.fromkeys(numbers))} outside a sentence about Vietnam; "
                "use a placeholder such as {police}"
            )
        unknown = unknown_placeholders(text)
        if unknown:
            problems.append(f"{where} [{lang}]: unknown placeholder {', '.join('{' + u + '}' for u in unknown)}")
    return problems


def shipped_texts(resources: Path, known_items: Iterable[str] = ()) -> Iterator[Text]:
    """Every parent- or child-facing text of the content in `resources` (not helplines, not sources), by language.
    `known_items`: checklist keys its lessons may name besides its own (a content pack's lessons name shipped
    items)."""
    checklists = load_checklists(resources / "checklists")
    for item in checklists.items:
        for field, text in (("title", item.title), ("why", item.why), ("how", item.how)):
            for lang, value in text.by_lang.items():
                yield f"checklists {item.key}.{field}", lang, value
    # A content pack holds only some of the files: the ones it lacks have no text to check.
    situations, _ = (
        load_situations(resources / "emergencies.toml") if (resources / "emergencies.toml").exists() else ([], [])
    )
    for situation in situations:
        for lang, value in situation.title.by_lang.items():
            yield f"emergencies {situation.key}.title", lang, value
        for lang, steps in situation.steps.items():
            for index, step in enumerate(steps):
                yield f"emergencies {situation.key}.steps[{index}]", lang, step
    events = (
        load_life_events(resources / "life_events.toml").events if (resources / "life_events.toml").exists() else ()
    )
    for event in events:
        for field, text in (("title", event.title), ("intro", event.intro)):
            for lang, value in text.by_lang.items():
                yield f"life_events {event.key}.{field}", lang, value
        for entry in event.items:
            for field, text in (("title", entry.title), ("why", entry.why), ("how", entry.how)):
                for lang, value in text.by_lang.items():
                    yield f"life_events {entry.key}.{field}", lang, value
    if (resources / "agreement.toml").exists():
        yield from _agreement_texts(resources / "agreement.toml")
    lessons, _ = load_lessons(resources / "lessons", {item.key for item in checklists.items} | set(known_items))
    for lesson in lessons:
        for field, value in (("title", lesson.title), ("summary", lesson.summary), ("body", lesson.body)):
            yield f"lessons/{lesson.lang}/{lesson.key}.md {field}", lesson.lang, value
    scenarios, _ = load_scenarios(resources / "scenarios")
    for scenario in scenarios:
        for field, text in (("title", scenario.title), ("summary", scenario.summary), ("sender", scenario.sender)):
            for lang, value in text.by_lang.items():
                yield f"scenarios {scenario.key}.{field}", lang, value
        for node in scenario.nodes.values():
            for lang, value in node.text.by_lang.items():
                yield f"scenarios {scenario.key}/{node.id}", lang, value
            for index, choice in enumerate(node.choices):
                for text in (choice.text, choice.feedback):
                    for lang, value in text.by_lang.items():
                        yield f"scenarios {scenario.key}/{node.id} choice {index}", lang, value


def _agreement_texts(path: Path) -> Iterator[Text]:
    content = load_agreement(path)
    texts = [(f"sheet.{k}", t) for k, t in content.sheet.items()] + [
        (f"poster.{k}", t) for k, t in content.poster.items()
    ]
    for rule in (*content.nos, *content.musts):
        texts += [(f"poster {rule.key}", rule.text), (f"poster {rule.key}.detail", rule.detail)]
    texts += [(f"rule {rule.key}", rule.text) for rule in content.rules]
    for where, text in texts:
        for lang, value in text.by_lang.items():
            yield f"agreement {where}", lang, value
