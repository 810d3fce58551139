"""The family agreement and the "3 Nos, 3 Musts" poster (resources/agreement.toml), and how the agreement is
put together from what the family has done.

A rule joins the agreement when one of its checklist items is done (for the family or any child) and, if it names
age bands, when a child is in one of them; a rule with neither is always there. The parent edits the result
before printing it.
"""

from __future__ import annotations

import logging
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from notalone_desktop.core.content.common import (
    Problems,
    Text,
    check_bands,
    check_key,
    read_toml,
    string_list,
    text_field,
)

log = logging.getLogger(__name__)
GROUPS = ("everyone", "children", "parents")  # who makes the promise, in the order they are printed
SHEET_FIELDS = ("title", "intro", "everyone", "children", "parents", "signatures", "parent", "date", "review")
POSTER_FIELDS = ("title", "subtitle", "nos", "musts", "footer")
RULES_PER_GROUP = 3  # the campaign has three of each


@dataclass(frozen=True)
class Rule:
    key: str
    who: str  # everyone | children | parents
    items: tuple[str, ...]  # checklist item keys; the rule applies once one of them is done
    bands: tuple[str, ...]  # age bands; the rule applies when a child is in one of them
    text: Text

    def applies(self, done: Collection[str], bands: Collection[str]) -> bool:
        by_items = not self.items or any(key in done for key in self.items)
        by_bands = not self.bands or any(band in bands for band in self.bands)
        return by_items and by_bands


@dataclass(frozen=True)
class PosterRule:
    key: str
    text: Text
    detail: Text


@dataclass(frozen=True)
class AgreementContent:
    sheet: dict[str, Text]
    poster: dict[str, Text]
    nos: tuple[PosterRule, ...]
    musts: tuple[PosterRule, ...]
    rules: tuple[Rule, ...]
    problems: tuple[Exception, ...]

    def words(self, name: str, lang: str) -> str:
        """A fixed text of the agreement sheet ('title', 'signatures', ...) in `lang`."""
        text = self.sheet.get(name)
        return text.get(lang) if text else ""

    def poster_words(self, name: str, lang: str) -> str:
        text = self.poster.get(name)
        return text.get(lang) if text else ""

    def rules_for(self, done: Collection[str], bands: Collection[str]) -> list[Rule]:
        return [rule for rule in self.rules if rule.applies(done, bands)]


def compose(content: AgreementContent, lang: str, done: Iterable[str], bands: Iterable[str]) -> str:
    """The agreement as plain text for the parent to edit: a title line, the intro, then each group's heading and
    its rules as '- ' lines, and the review line. agreement_sheet turns the (edited) text into the printout."""
    done_keys, child_bands = set(done), set(bands)
    rules = content.rules_for(done_keys, child_bands)
    lines = [content.words("title", lang), "", content.words("intro", lang)]
    for group in GROUPS:
        chosen = [rule for rule in rules if rule.who == group]
        if not chosen:
            continue
        lines += ["", content.words(group, lang)]
        lines += [f"- {rule.text.get(lang)}" for rule in chosen]
    lines += ["", content.words("review", lang) + " ____________________"]
    return "\n".join(lines)


def load_agreement(path: Path) -> AgreementContent:
    problems = Problems()
    data = read_toml(path, problems) if path.exists() else None
    if data is None:
        if not problems:
            problems.add(path, "", "file is missing")
        _log(problems)
        return AgreementContent({}, {}, (), (), (), tuple(problems.items))
    sheet = _fields(data.get("sheet"), "sheet", SHEET_FIELDS, path, problems)
    poster_raw = data.get("poster")
    poster = _fields(poster_raw, "poster", POSTER_FIELDS, path, problems)
    nos = _poster_rules(poster_raw, "no", path, problems)
    musts = _poster_rules(poster_raw, "must", path, problems)
    rules: list[Rule] = []
    seen: set[str] = set()
    raw_rules = data.get("rule", [])
    for raw in raw_rules if isinstance(raw_rules, list) else []:
        rule = _rule(raw, path, problems)
        if rule is None:
            continue
        if rule.key in seen:
            problems.add(path, rule.key, "duplicate key")
            continue
        seen.add(rule.key)
        rules.append(rule)
    if not isinstance(raw_rules, list) or not rules:
        problems.add(path, "", "needs [[rule]] entries")
    for group in GROUPS:
        if not any(r.who == group and not r.items and not r.bands for r in rules):
            problems.add(path, group, "needs at least one rule for this group that is always included")
    _log(problems)
    return AgreementContent(sheet, poster, nos, musts, tuple(rules), tuple(problems.items))


def _log(problems: Problems) -> None:
    for problem in problems.items:
        log.warning("agreement content skipped: %s", problem)


def _fields(raw: Any, table: str, names: tuple[str, ...], path: Path, problems: Problems) -> dict[str, Text]:
    if not isinstance(raw, dict):
        problems.add(path, table, f"missing [{table}] table")
        return {}
    found: dict[str, Text] = {}
    for name in names:
        text = text_field(raw, name, path, f"{table}.{name}", problems)
        if text is not None:
            found[name] = text
    return found


def _poster_rules(raw: Any, name: str, path: Path, problems: Problems) -> tuple[PosterRule, ...]:
    entries = raw.get(name, []) if isinstance(raw, dict) else []
    rules: list[PosterRule] = []
    for entry in entries if isinstance(entries, list) else []:
        if not isinstance(entry, dict):
            continue
        key = check_key(entry.get("key"), path, problems)
        text = text_field(entry, "text", path, str(key), problems)
        detail = text_field(entry, "detail", path, str(key), problems)
        if key is not None and text is not None and detail is not None:
            rules.append(PosterRule(key, text, detail))
    if len(rules) != RULES_PER_GROUP:
        problems.add(path, f"poster.{name}", f"needs exactly {RULES_PER_GROUP} entries (has {len(rules)})")
    return tuple(rules)


def _rule(raw: Any, path: Path, problems: Problems) -> Rule | None:
    if not isinstance(raw, dict):
        problems.add(path, "", "a rule is not a table")
        return None
    key = check_key(raw.get("key"), path, problems)
    if key is None:
        return None
    who = raw.get("who")
    if who not in GROUPS:
        problems.add(path, key, f"'who' must be one of {', '.join(GROUPS)}")
        return None
    items = string_list(raw, "items", path, key, problems)
    bands_raw = string_list(raw, "bands", path, key, problems)
    bands = check_bands(bands_raw, path, key, problems) if bands_raw else ()
    text = text_field(raw, "text", path, key, problems)
    if items is None or bands is None or text is None:
        return None
    return Rule(key, str(who), tuple(items), bands, text)
