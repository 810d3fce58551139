"""Lessons: resources/lessons/<lang>/<key>.md, a +++ TOML front matter block and a CommonMark body."""

from __future__ import annotations

import hashlib
import logging
import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from notalone_desktop.core.content.common import (
    CATEGORIES,
    Problems,
    check_bands,
    check_key,
    check_sources,
    language_rules,
    read_content_file,
    string_list,
)

log = logging.getLogger(__name__)
_FRONT_MATTER = re.compile(r"\A\+\+\+\s*\n(.*?)\n\+\+\+\s*\n(.*)\Z", re.S)
# A tag, a comment or a closing tag; CommonMark autolinks (<https://...>, <mailto:...>) are not HTML.
_RAW_HTML = re.compile(r"<(?!(?:https?|mailto):)[A-Za-z!/][^>]*>")


@dataclass(frozen=True)
class Lesson:
    key: str
    lang: str
    title: str
    summary: str
    topic: str
    bands: tuple[str, ...]
    minutes: int
    version: int
    sources: tuple[str, ...]
    related: tuple[str, ...]
    body: str

    @property
    def content_hash(self) -> str:
        """Changes whenever anything the app stores changes, so a sync never keeps a stale topic or age band."""
        fields = [
            self.title,
            self.summary,
            self.topic,
            ",".join(self.bands),
            str(self.minutes),
            str(self.version),
            "\n".join(self.sources),
            ",".join(self.related),
            self.body,
        ]
        return hashlib.sha256("\x1f".join(fields).encode()).hexdigest()


def parse_lesson(path: Path, lang: str, problems: Problems) -> Lesson | None:
    data = read_content_file(path, problems, path.stem)
    if data is None:
        return None
    try:
        # utf-8-sig: an editor on Windows may save a byte order mark, which would hide the +++ line.
        text = data.decode("utf-8-sig").replace("\r\n", "\n")
    except UnicodeDecodeError as exc:
        problems.add(path, path.stem, f"cannot be read: {exc}")
        return None
    match = _FRONT_MATTER.match(text)
    if not match:
        problems.add(path, path.stem, "no +++ front matter block at the top")
        return None
    try:
        meta = tomllib.loads(match.group(1))
    except tomllib.TOMLDecodeError as exc:
        problems.add(path, path.stem, f"front matter is not valid TOML: {exc}")
        return None
    except (RecursionError, MemoryError):
        problems.add(path, path.stem, "front matter is nested too deep")
        return None
    body = match.group(2).strip()
    key = check_key(meta.get("key"), path, problems)
    if key is None:
        return None
    if key != path.stem:
        problems.add(path, key, "key must be the file name")
        return None
    strings = {name: meta.get(name) for name in ("title", "summary", "topic")}
    if not all(isinstance(v, str) and v.strip() for v in strings.values()):
        problems.add(path, key, "front matter needs title, summary and topic")
        return None
    if strings["topic"] not in CATEGORIES:
        problems.add(path, key, f"unknown topic '{strings['topic']}'")
        return None
    minutes, version = meta.get("minutes"), meta.get("version")
    whole = [isinstance(n, int) and not isinstance(n, bool) and n >= 1 for n in (minutes, version)]
    if not all(whole) or not isinstance(minutes, int) or not isinstance(version, int):
        problems.add(path, key, "minutes and version must be whole numbers of at least 1")
        return None
    if _RAW_HTML.search(body):
        problems.add(path, key, "the body contains raw HTML")
        return None
    if not body:
        problems.add(path, key, "the body is empty")
        return None
    bands = check_bands(string_list(meta, "age_bands", path, key, problems), path, key, problems)
    sources = check_sources(string_list(meta, "sources", path, key, problems), path, key, problems)
    related = string_list(meta, "related", path, key, problems)
    if bands is None or sources is None or related is None:
        return None
    return Lesson(
        key,
        lang,
        str(strings["title"]).strip(),
        str(strings["summary"]).strip(),
        str(strings["topic"]),
        bands,
        minutes,
        version,
        sources,
        tuple(related),
        body,
    )


def load_lessons(directory: Path, known_items: Iterable[str] | None = None) -> tuple[list[Lesson], list[Exception]]:
    """Every lesson in every language folder; with `known_items`, a lesson naming an unknown item is skipped."""
    problems = Problems()
    lessons: list[Lesson] = []
    known = set(known_items) if known_items is not None else None
    for lang in language_rules().known:
        for path in sorted((directory / lang).glob("*.md")):
            lesson = parse_lesson(path, lang, problems)
            if lesson is None:
                continue
            unknown = [k for k in lesson.related if known is not None and k not in known]
            if unknown:
                problems.add(path, lesson.key, f"related checklist items do not exist: {', '.join(unknown)}")
                continue
            lessons.append(lesson)
    for problem in problems.items:
        log.warning("lesson skipped: %s", problem)
    return lessons, list(problems.items)
