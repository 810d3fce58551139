"""Country-aware content: named placeholders such as `{police}` resolved against the family's country file.

Content that names a number or a service writes a placeholder instead (`Call the police ({police})`), so that a
family in Indonesia reads 110 where a family in Vietnam reads 113. A placeholder resolves to the number (or the
web address, without `https://`) of the country's line whose `serves` names it; a country with no such line
gets its general emergency number and, at the end of that line of text, a sentence in the text's language that
says so. Pure functions: no files, no Qt, no database.
"""

from __future__ import annotations

import copy as pycopy
import dataclasses
import re
from collections.abc import Mapping
from typing import Any, TypeVar

from notalone_desktop.core.content.common import FALLBACK_LANGUAGE, Text
from notalone_desktop.core.content.helplines import PLACEHOLDERS, Country, Helpline

PLACEHOLDER_PATTERN = re.compile(r"\{([a-z_]+)\}")
T = TypeVar("T")

# "This app lists no separate number for <what> in <country>, so the general emergency number (<n>) is given."
_FALLBACK_SENTENCE: Mapping[str, str] = {
    "en": "This app lists no separate number for {what} in {country}, so the general emergency number ({number}) "
    "is given.",
    "vi": "Ứng dụng chưa có số riêng cho {what} ở {country}, nên số được ghi là số khẩn cấp chung ({number}).",
    "id": "Aplikasi ini belum mencantumkan nomor khusus untuk {what} di {country}, jadi yang tertulis adalah nomor "
    "darurat umum ({number}).",
    "de": "Für {country} kennt diese App keine eigene Nummer für {what}; angegeben ist deshalb die allgemeine "
    "Notrufnummer ({number}).",
}
_WHAT: Mapping[str, Mapping[str, str]] = {
    "police": {"en": "the police", "vi": "công an", "id": "polisi", "de": "die Polizei"},
    "child_line": {
        "en": "children in need of help",
        "vi": "trẻ em cần giúp đỡ",
        "id": "anak yang membutuhkan pertolongan",
        "de": "Kinder und Jugendliche in Not",
    },
    "scam_report": {
        "en": "reporting fraud",
        "vi": "báo cáo lừa đảo",
        "id": "pelaporan penipuan",
        "de": "Betrugsmeldungen",
    },
    "crisis_line": {
        "en": "emotional crises",
        "vi": "khủng hoảng tâm lý",
        "id": "krisis emosional",
        "de": "seelische Krisen",
    },
    "emergency": {"en": "emergencies", "vi": "trường hợp khẩn cấp", "id": "keadaan darurat", "de": "Notfälle"},
}


def placeholders_in(text: str) -> list[str]:
    """The known placeholders a text uses, each once, in the order they first appear."""
    found: list[str] = []
    for match in PLACEHOLDER_PATTERN.finditer(text):
        name = match.group(1)
        if name in PLACEHOLDERS and name not in found:
            found.append(name)
    return found


def unknown_placeholders(text: str) -> list[str]:
    """`{names}` in a text that are not placeholders (a typo such as `{polcie}`), each once."""
    unknown: list[str] = []
    for match in PLACEHOLDER_PATTERN.finditer(text):
        name = match.group(1)
        if name not in PLACEHOLDERS and name not in unknown:
            unknown.append(name)
    return unknown


def line_for(country: Country, placeholder: str) -> Helpline | None:
    """The country's line that serves a placeholder (the first one in the file), or None."""
    return next((line for line in country.lines if placeholder in line.serves), None)


def dial_text(line: Helpline) -> str:
    """How a line is written in running text: its number, or its web address without the scheme."""
    if line.number:
        return line.number
    return line.url.removeprefix("https://").rstrip("/")


def resolve(text: str, lang: str, country: Country) -> str:
    """The text with every placeholder replaced by the country's number for it.

    A placeholder the country has no line for becomes its general emergency number (the line that serves
    `emergency`, else the police number), and the line of text it stands in ends with a sentence, in `lang`,
    saying so. Unknown `{names}` are left as they are (the content validator reports them)."""
    if "{" not in text:
        return text
    emergency = line_for(country, "emergency")
    emergency_text = dial_text(emergency) if emergency is not None else country.police
    out_lines: list[str] = []
    for row in text.split("\n"):
        notes: list[str] = []

        def substitute(match: re.Match[str], notes: list[str] = notes) -> str:
            name = match.group(1)
            if name not in PLACEHOLDERS:
                return match.group(0)
            line = line_for(country, name)
            if line is not None:
                return dial_text(line)
            if name == "police" and country.police:
                return country.police
            note = _fallback_note(name, lang, country, emergency_text)
            if note not in notes:
                notes.append(note)
            return emergency_text

        row = PLACEHOLDER_PATTERN.sub(substitute, row)
        if notes:
            row = row.rstrip() + " " + " ".join(notes)
        out_lines.append(row)
    return "\n".join(out_lines)


def unresolved(text: str, country: Country) -> list[str]:
    """The placeholders in a text that this country has no line for (they fall back to the emergency number)."""
    return [
        name
        for name in placeholders_in(text)
        if line_for(country, name) is None and not (name == "police" and country.police)
    ]


def _fallback_note(name: str, lang: str, country: Country, number: str) -> str:
    sentence = _FALLBACK_SENTENCE.get(lang, _FALLBACK_SENTENCE[FALLBACK_LANGUAGE])
    what = _WHAT[name].get(lang, _WHAT[name][FALLBACK_LANGUAGE])
    return sentence.format(what=what, country=country.name.get(lang), number=number)


def localise(value: T, country: Country) -> T:
    """Content (an entry, a list of entries, a whole checklist) with every placeholder in its texts resolved for
    `country`: each language of a `Text` in that language, a lesson's texts in the lesson's language. What holds
    no placeholder comes back as the same object, so shared content is not copied for nothing."""
    return _localise(value, country, None)  # type: ignore[no-any-return]


def _localise(value: Any, country: Country, lang: str | None) -> Any:
    if isinstance(value, str):
        return resolve(value, lang, country) if lang is not None and "{" in value else value
    if isinstance(value, Text):
        if not any("{" in text for text in value.by_lang.values()):
            return value
        return Text({code: resolve(text, code, country) for code, text in value.by_lang.items()})
    if isinstance(value, tuple):
        items = tuple(_localise(item, country, lang) for item in value)
        return value if all(a is b for a, b in zip(items, value, strict=True)) else items
    if isinstance(value, list):
        return [_localise(item, country, lang) for item in value]
    if isinstance(value, dict):
        return {key: _localise(item, country, lang) for key, item in value.items()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        own_lang = getattr(value, "lang", None)  # a lesson: one language, plain strings
        inner = own_lang if isinstance(own_lang, str) else lang
        changed = {}
        for spec in dataclasses.fields(value):
            old = getattr(value, spec.name)
            new = _localise(old, country, inner)
            if new is not old:
                changed[spec.name] = new
        if not changed:
            return value
        copy = pycopy.copy(value)
        for name, new in changed.items():
            object.__setattr__(copy, name, new)  # frozen dataclasses: a changed copy, never the shared entry
        return copy
    return value
