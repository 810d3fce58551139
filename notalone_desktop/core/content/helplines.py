"""National helplines (resources/helplines/<COUNTRY>.toml) and emergency first steps (emergencies.toml)."""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, replace
from pathlib import Path

from notalone_desktop.core.content.common import (
    Problems,
    Text,
    check_key,
    keep_translations,
    language_rules,
    overlay,
    read_toml,
    string_list,
    text_field,
)

log = logging.getLogger(__name__)
KINDS = ("emergency", "police", "child", "scam", "support", "report")
CHANNELS = ("call", "sms", "whatsapp")  # how a number is reached: a call, a text message, a WhatsApp chat
# What a line can stand for in content text (`{police}`, ...): see placeholders.py and resources/README.md.
PLACEHOLDERS = ("emergency", "police", "child_line", "scam_report", "crisis_line")
SITUATIONS = ("online-kidnapping", "sextortion", "missing", "cyberbullying", "meeting-request", "money-lost")


@dataclass(frozen=True)
class Helpline:
    key: str
    number: str  # what to dial; empty for an online channel
    url: str  # an online reporting channel; empty for a phone line
    kind: str
    languages: tuple[str, ...]
    source: str
    verified: dt.date
    check_locally: bool
    name: Text
    purpose: Text
    hours: Text
    cost: Text
    channel: str = "call"
    serves: tuple[str, ...] = ()  # the placeholders this line answers for in content text
    unconfirmed: str = ""  # why the number could not be confirmed against its source (empty: confirmed)


@dataclass(frozen=True)
class Country:
    code: str
    police: str
    region: str
    name: Text
    lines: tuple[Helpline, ...]


def is_police_line(line: Helpline, country: Country) -> bool:
    """The country's police number: always in "Get help now" (a family may pin it, never hide it)."""
    return bool(line.number) and line.number.replace(" ", "") == country.police.replace(" ", "")


@dataclass(frozen=True)
class Situation:
    key: str
    title: Text
    steps: dict[str, tuple[str, ...]]

    def steps_for(self, lang: str) -> tuple[str, ...]:
        return self.steps.get(lang) or self.steps.get("en", ())


def load_countries(directory: Path) -> tuple[dict[str, Country], list[Exception]]:
    problems = Problems()
    countries: dict[str, Country] = {}
    for path in sorted(directory.glob("*.toml")):
        data = read_toml(path, problems)
        if data is not None:
            country = _country(data, path, problems)
            if country is not None:
                countries[country.code] = country
    for problem in problems.items:
        log.warning("helpline content skipped: %s", problem)
    return countries, list(problems.items)


def merge_countries(layers: list[dict[str, Country]]) -> dict[str, Country]:
    """The countries of several content roots, the shipped one first: a later root's country file adds lines
    and replaces the lines with the same key (its name, police number and region replace the earlier ones)."""
    merged: dict[str, Country] = {}
    for layer in layers:
        for code, country in layer.items():
            earlier = merged.get(code)
            if earlier is not None:
                lines = tuple(overlay((earlier.lines, country.lines), lambda line: line.key))
                country = replace(keep_translations(earlier, country), lines=lines)
            merged[code] = country
    return merged


def _country(data: dict[str, object], path: Path, problems: Problems) -> Country | None:
    code = data.get("country")
    if not isinstance(code, str) or len(code) != 2 or not code.isupper() or path.stem != code:
        problems.add(path, str(code), "'country' must be the file's ISO code in capitals")
        return None
    police, region = data.get("police"), data.get("region")
    name = text_field(data, "name", path, code, problems)
    if not isinstance(police, str) or not isinstance(region, str) or name is None:
        problems.add(path, code, "needs 'police', 'region' and 'name'")
        return None
    lines: list[Helpline] = []
    raw_lines = data.get("line", [])
    for raw in raw_lines if isinstance(raw_lines, list) else []:
        line = _line(raw, path, problems)
        if line is not None:
            if any(existing.key == line.key for existing in lines):
                problems.add(path, line.key, "duplicate key")
                continue
            twice = [name for name in line.serves if any(name in existing.serves for existing in lines)]
            if twice:
                problems.add(path, line.key, f"another line already serves {', '.join(twice)}")
                continue
            lines.append(line)
    return Country(code, police, region, name, tuple(lines))


def _line(raw: object, path: Path, problems: Problems) -> Helpline | None:
    if not isinstance(raw, dict):
        problems.add(path, "", "a line is not a table")
        return None
    key = check_key(raw.get("key"), path, problems)
    if key is None:
        return None
    number, url = raw.get("number", ""), raw.get("url", "")
    if not isinstance(number, str) or not isinstance(url, str) or bool(number) == bool(url):
        problems.add(path, key, "needs exactly one of 'number' or 'url'")
        return None
    if url and not url.startswith("https://"):
        problems.add(path, key, "'url' must be an https:// address")
        return None
    if number and not all(ch.isdigit() or ch in " +-" for ch in number):
        problems.add(path, key, "'number' may hold only digits, spaces, + and -")
        return None
    channel = raw.get("channel", "call")
    if channel not in CHANNELS:
        problems.add(path, key, f"'channel' must be one of {', '.join(CHANNELS)}")
        return None
    kind = raw.get("kind")
    if kind not in KINDS:
        problems.add(path, key, f"'kind' must be one of {', '.join(KINDS)}")
        return None
    source, verified = raw.get("source"), raw.get("verified")
    if not isinstance(source, str) or not source.startswith("https://"):
        problems.add(path, key, "'source' must be the https:// address of an official source")
        return None
    if not isinstance(verified, dt.date):
        problems.add(path, key, "'verified' must be a date (2025-11-20)")
        return None
    serves = string_list(raw, "serves", path, key, problems)
    if serves is not None and not set(serves) <= set(PLACEHOLDERS):
        problems.add(path, key, f"'serves' may name only {', '.join(PLACEHOLDERS)}")
        return None
    unconfirmed = raw.get("unconfirmed", "")
    if not isinstance(unconfirmed, str):
        problems.add(path, key, "'unconfirmed' must say, in words, why the number could not be confirmed")
        return None
    languages = string_list(raw, "languages", path, key, problems)
    fields = [text_field(raw, name, path, key, problems) for name in ("name", "purpose", "hours", "cost")]
    if languages is None or serves is None or any(f is None for f in fields):
        return None
    name, purpose, hours, cost = (f or Text({}) for f in fields)
    return Helpline(
        key,
        number,
        url,
        str(kind),
        tuple(languages),
        source,
        verified,
        bool(raw.get("check_locally", False)),
        name,
        purpose,
        hours,
        cost,
        str(channel),
        tuple(serves),
        unconfirmed.strip(),
    )


def load_situations(path: Path) -> tuple[list[Situation], list[Exception]]:
    problems = Problems()
    situations: list[Situation] = []
    data = read_toml(path, problems) if path.exists() else None
    if data is None and not problems:
        problems.add(path, "", "file is missing")
    raw_list = data.get("situation", []) if data else []
    for raw in raw_list if isinstance(raw_list, list) else []:
        key = check_key(raw.get("key") if isinstance(raw, dict) else None, path, problems)
        if key is None or not isinstance(raw, dict):
            continue
        title = text_field(raw, "title", path, key, problems)
        steps_raw = raw.get("steps")
        steps: dict[str, tuple[str, ...]] = {}
        rules = language_rules()
        if isinstance(steps_raw, dict):
            for lang, value in steps_raw.items():
                if lang in rules.known and isinstance(value, list) and all(isinstance(s, str) and s for s in value):
                    steps[lang] = tuple(value)
                else:
                    problems.add(path, key, f"'steps.{lang}' must be a list of steps")
        if not all(lang in steps for lang in rules.required):
            problems.add(path, key, f"'steps' needs lists in {' and '.join(rules.required)}")
            continue
        if title is not None:
            situations.append(Situation(key, title, steps))
    for problem in problems.items:
        log.warning("emergency steps skipped: %s", problem)
    order = {key: n for n, key in enumerate(SITUATIONS)}
    situations.sort(key=lambda s: order.get(s.key, 99))
    return situations, list(problems.items)
