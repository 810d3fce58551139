"""Lessons: synced from the shipped files into SQLite, searched with FTS5, progress kept by key."""

from __future__ import annotations

import hashlib
import itertools
import json
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, select, text

from notalone_desktop.core.content.common import FALLBACK_LANGUAGE, reading_order
from notalone_desktop.core.content.lessons import Lesson as LessonContent
from notalone_desktop.core.errors import ValidationError
from notalone_desktop.services.local_content import CountryContent
from notalone_desktop.storage.database import Database
from notalone_desktop.storage.models import Lesson, LessonProgress, Setting, utcnow

SYNC_HASH_SETTING = "lessons.content_hash"
SYNC_STAMP_SETTING = "lessons.files_stamp"  # the lesson files as of the last sync: unchanged, nothing is read
HIGHLIGHT_START, HIGHLIGHT_END = "\x02", "\x03"  # marks a hit in a snippet; the view turns them into bold
NOTE_MAX = 20_000
SNIPPET_TOKENS = 16
SEARCH_LIMIT = 20  # the best matches only: snippets cost most of the time of a search
MAX_QUERY_WORDS = 8
# A finished word this long also matches longer words ("Betrug" finds "Betrüger", "scam" finds "scammer");
# shorter ones match whole words only, so that the Vietnamese "lua" does not also find "luật" (law).
PREFIX_MIN_LENGTH = 4


@dataclass(frozen=True)
class LessonSummary:
    """What the list of lessons shows: no body, so listing 2,000 lessons stays cheap."""

    key: str
    language: str  # the language of the text shown (English when the family's language has none)
    title: str
    summary: str
    topic: str
    bands: tuple[str, ...]
    minutes: int
    read: bool
    favourite: bool
    translated: bool  # False when shown in English because the family's language has no text


@dataclass(frozen=True, kw_only=True)
class LessonInfo(LessonSummary):
    """One lesson as the reader shows it: the summary's fields, and its text, sources, links and the note."""

    version: int
    body: str
    sources: tuple[str, ...]
    related: tuple[str, ...]
    note: str


@dataclass(frozen=True)
class SearchHit:
    key: str
    language: str
    title: str
    snippet: str  # plain text with HIGHLIGHT_START / HIGHLIGHT_END around the matches


@dataclass(frozen=True)
class SyncReport:
    added: int
    updated: int
    removed: int
    skipped: bool  # True when nothing changed since the last sync (the content hash matched)


def content_hash(lessons: Iterable[LessonContent]) -> str:
    digest = hashlib.sha256()
    for lesson in sorted(lessons, key=lambda item: (item.key, item.lang)):
        digest.update(f"{lesson.key}\x1f{lesson.lang}\x1f{lesson.content_hash}\x1e".encode())
    return digest.hexdigest()


def _spellings(word: str) -> tuple[str, ...]:
    # unicode61 folds "ả" to "a" but keeps "đ" apart from "d": a typed "dao" must also find "đảo". In Vietnamese
    # đ and d only start a syllable, so the first letter is the only one to try both ways.
    if word[0] in "dđ":
        return f"d{word[1:]}", f"đ{word[1:]}"
    return (word,)


def fts_query(query: str) -> str:
    """A user's words as an FTS5 query: every word must match; the last one (still being typed) and long ones
    as a prefix. Quotes and operators typed by the user are taken as plain words."""
    normalised = unicodedata.normalize("NFC", query).casefold()
    words = [w for w in re.findall(r"\w+", normalised) if w.strip("_")][:MAX_QUERY_WORDS]
    if words and len(words[-1]) == 1:
        # A single letter just typed would match nearly every word of every lesson as a prefix, and almost
        # nothing as a word: leave it out until the next letter comes, so results do not flicker while typing.
        words.pop()
    if not words:
        return ""
    last = len(words) - 1
    parts = []
    for index, word in enumerate(words):
        star = "*" if index == last or len(word) >= PREFIX_MIN_LENGTH else ""
        alternatives = [f'"{spelling}"{star}' for spelling in _spellings(word)]
        parts.append(alternatives[0] if len(alternatives) == 1 else f"({' OR '.join(alternatives)})")
    match = " AND ".join(parts)
    if len(words) == 1:
        return match
    # The same words side by side as a phrase as well: it matches no other lesson, but bm25 adds its weight, so
    # a lesson about "lừa đảo" (fraud) ranks above one that says "lứa tuổi" (age) here and "đảo" there.
    phrases = [
        f'"{" ".join(spelling)}"*' for spelling in itertools.islice(itertools.product(*map(_spellings, words)), 8)
    ]
    return f"({match}) OR " + " OR ".join(phrases)


_LINK = re.compile(r"!?\[([^\]\x02\x03]*)\]\([^)\s]*\)?")
_LINE_MARKS = re.compile(r"(?m)^[ \t]*(?:#{1,6}|>|[-+*](?=\s))[ \t]*")
_INLINE_MARKS = re.compile(r"[*_`]+")


def clean_snippet(snippet: str) -> str:
    """A snippet of Markdown as plain text: no heading marks, bullets, emphasis or link targets."""
    cleaned = _LINK.sub(r"\1", snippet)
    cleaned = _LINE_MARKS.sub("", cleaned)
    cleaned = _INLINE_MARKS.sub("", cleaned)
    return " ".join(cleaned.split())


# The FTS query, one row per lesson in the language it is shown in (the family's, else English). Ranked inside
# FTS5: "ORDER BY rank" with a LIMIT computes snippets for the rows returned only. The snippet comes from the
# summary when it matches (written to be shown in results, and short, so cheap), else from the body; CASE
# evaluates the body's snippet only when it is needed.
_SEARCH_SQL = text(
    "SELECT lesson.key, lesson.language, lesson.title, "
    "CASE WHEN instr(snippet(lesson_fts, 1, :start, :end, '…', :tokens), :start) "
    "THEN snippet(lesson_fts, 1, :start, :end, '…', :tokens) "
    "ELSE snippet(lesson_fts, 2, :start, :end, '…', :tokens) END "
    "FROM lesson_fts JOIN lesson ON lesson.id = lesson_fts.rowid "
    "WHERE lesson_fts MATCH :match AND lesson_fts.rank MATCH 'bm25(10.0, 4.0, 1.0)' "
    "AND (lesson.language = :lang OR (lesson.language = :fallback AND NOT EXISTS "
    "(SELECT 1 FROM lesson AS own WHERE own.key = lesson.key AND own.language = :lang))) "
    "ORDER BY lesson_fts.rank LIMIT :limit"
)


class LessonsService:
    def __init__(self, database: Database, content: CountryContent) -> None:
        self._db = database
        self._content = content

    # Sync ---------------------------------------------------------------------------------------------------

    def sync(self, lessons: list[LessonContent] | None = None, force: bool = False) -> SyncReport:
        """Import or update the shipped lessons by (key, language) in one transaction.

        A lesson whose content hash (which covers its version) is unchanged is not written again; one no longer
        shipped is removed. Progress, favourites and notes live in lesson_progress by key and are never touched.
        The shipped lessons are not even read when their files' stamp is the one of the last sync (every start).
        """
        stamp = self._content.lessons_stamp() if lessons is None else None
        if stamp is not None and not force:
            with self._db.session() as session:
                stored_stamp = session.get(Setting, SYNC_STAMP_SETTING)
                if stored_stamp is not None and stored_stamp.value == json.dumps(stamp):
                    return SyncReport(0, 0, 0, True)
        lessons = self._content.lessons() if lessons is None else lessons
        wanted = content_hash(lessons)
        added = updated = removed = 0
        with self._db.session() as session:
            if stamp is not None:
                session.merge(Setting(key=SYNC_STAMP_SETTING, value=json.dumps(stamp)))
            else:  # lessons given by the caller: the next sync of the shipped ones must read the files again
                session.execute(delete(Setting).where(Setting.key == SYNC_STAMP_SETTING))
            stored_hash = session.get(Setting, SYNC_HASH_SETTING)
            if not force and stored_hash is not None and stored_hash.value == f'"{wanted}"':
                return SyncReport(0, 0, 0, True)
            existing = {(row.key, row.language): row for row in session.scalars(select(Lesson))}
            incoming = {(lesson.key, lesson.lang): lesson for lesson in lessons}
            for pair, lesson in incoming.items():
                row = existing.get(pair)
                if row is None:
                    session.add(_row(Lesson(), lesson))
                    added += 1
                elif row.content_hash != lesson.content_hash:
                    _row(row, lesson)
                    updated += 1
            for pair, row in existing.items():
                if pair not in incoming:
                    session.delete(row)
                    removed += 1
            session.flush()
            if added + updated + removed > 50:
                # Merge the index segments written by a large import, so searching stays fast afterwards.
                session.execute(text("INSERT INTO lesson_fts(lesson_fts) VALUES ('optimize')"))
            session.merge(Setting(key=SYNC_HASH_SETTING, value=f'"{wanted}"'))
        return SyncReport(added, updated, removed, False)

    # Reading ------------------------------------------------------------------------------------------------

    def summaries(self, lang: str) -> list[LessonSummary]:
        """Every lesson once, without its body, in `lang` where it exists, else in English; by topic, title."""
        columns = (
            Lesson.key,
            Lesson.language,
            Lesson.title,
            Lesson.summary,
            Lesson.topic,
            Lesson.age_bands,
            Lesson.minutes,
        )
        with self._db.session() as session:
            rows = session.execute(select(*columns).where(Lesson.language.in_({lang, FALLBACK_LANGUAGE}))).all()
            progress = {
                key: (read_at is not None, favourite)
                for key, read_at, favourite in session.execute(
                    select(LessonProgress.lesson_key, LessonProgress.read_at, LessonProgress.favourite)
                )
            }
        chosen: dict[str, Any] = {}
        for row in rows:
            if row.language == lang or row.key not in chosen:
                chosen[row.key] = row
        result = []
        for key, row in chosen.items():
            read, favourite = progress.get(key, (False, False))
            result.append(
                LessonSummary(
                    key,
                    row.language,
                    row.title,
                    row.summary,
                    row.topic,
                    _split(row.age_bands, ","),
                    row.minutes,
                    read,
                    bool(favourite),
                    row.language == lang,
                )
            )
        result.sort(key=lambda s: reading_order(s.topic, s.title, s.key))
        return result

    def lessons(self, lang: str) -> list[LessonInfo]:
        """Every lesson once, with its body, in `lang` where it exists, else in English; by topic, title."""
        with self._db.session() as session:
            rows = session.scalars(select(Lesson).where(Lesson.language.in_({lang, FALLBACK_LANGUAGE}))).all()
            progress = {p.lesson_key: p for p in session.scalars(select(LessonProgress))}
        infos = [_info(row, progress.get(row.key), lang) for row in _in_language(rows, lang)]
        infos.sort(key=lambda i: reading_order(i.topic, i.title, i.key))
        return infos

    def lesson(self, key: str, lang: str) -> LessonInfo | None:
        with self._db.session() as session:
            rows = session.scalars(
                select(Lesson).where(Lesson.key == key, Lesson.language.in_({lang, FALLBACK_LANGUAGE}))
            ).all()
            chosen = _in_language(rows, lang)
            return _info(chosen[0], session.get(LessonProgress, key), lang) if chosen else None

    def lessons_for_item(self, item_key: str, lang: str) -> list[LessonInfo]:
        """The lessons that name checklist item `item_key` among their related items."""
        with self._db.session() as session:
            rows = session.scalars(
                select(Lesson).where(
                    Lesson.language.in_({lang, FALLBACK_LANGUAGE}),
                    # a cheap filter in SQL; the exact match on the comma-separated keys is below
                    Lesson.related.contains(item_key, autoescape=True),
                )
            ).all()
            rows = [row for row in rows if item_key in _split(row.related, ",")]
            keys = {row.key for row in rows}
            progress = {
                p.lesson_key: p
                for p in session.scalars(select(LessonProgress).where(LessonProgress.lesson_key.in_(keys)))
            }
        infos = [_info(row, progress.get(row.key), lang) for row in _in_language(rows, lang)]
        infos.sort(key=lambda i: reading_order(i.topic, i.title, i.key))
        return infos

    def search(self, query: str, lang: str, limit: int = SEARCH_LIMIT) -> list[SearchHit]:
        """Full-text search ranked by bm25 (title weighs most, then summary, then body), over each lesson in the
        language it is shown in, best first, with a snippet of the summary or the body around the matches."""
        match = fts_query(query)
        if not match or limit < 1:
            return []
        params = {
            "start": HIGHLIGHT_START,
            "end": HIGHLIGHT_END,
            "tokens": SNIPPET_TOKENS,
            "match": match,
            "lang": lang,
            "fallback": FALLBACK_LANGUAGE,
            "limit": limit,
        }
        with self._db.session() as session:
            rows = session.execute(_SEARCH_SQL, params).all()
        return [SearchHit(key, language, title, clean_snippet(snippet)) for key, language, title, snippet in rows]

    # Progress -----------------------------------------------------------------------------------------------

    def set_read(self, key: str, read: bool = True) -> None:
        def change(row: LessonProgress) -> None:
            row.read_at = utcnow() if read else None

        self._change_progress(key, change)

    def set_favourite(self, key: str, favourite: bool) -> None:
        def change(row: LessonProgress) -> None:
            row.favourite = favourite

        self._change_progress(key, change)

    def set_note(self, key: str, note: str) -> None:
        if len(note) > NOTE_MAX:
            raise ValidationError(f"A note can have at most {NOTE_MAX} characters.", "note")

        def change(row: LessonProgress) -> None:
            row.note = note

        self._change_progress(key, change)

    def _change_progress(self, key: str, change: Callable[[LessonProgress], None]) -> None:
        with self._db.session() as session:
            row = session.get(LessonProgress, key)
            if row is None:
                row = LessonProgress(lesson_key=key, read_at=None, favourite=False, note="", updated_at=utcnow())
                session.add(row)
            change(row)
            row.updated_at = utcnow()


def _split(value: str, separator: str) -> tuple[str, ...]:
    return tuple(part for part in value.split(separator) if part)


def _in_language(rows: Iterable[Lesson], lang: str) -> list[Lesson]:
    """One row per key: the one in `lang` when there is one, else the English one."""
    chosen: dict[str, Lesson] = {}
    for row in rows:
        if row.language == lang or row.key not in chosen:
            chosen[row.key] = row
    return list(chosen.values())


def _row(row: Lesson, lesson: LessonContent) -> Lesson:
    row.key, row.language, row.version = lesson.key, lesson.lang, lesson.version
    row.title, row.summary, row.topic = lesson.title, lesson.summary, lesson.topic
    row.age_bands, row.minutes, row.body = ",".join(lesson.bands), lesson.minutes, lesson.body
    row.sources, row.related = "\n".join(lesson.sources), ",".join(lesson.related)
    row.content_hash = lesson.content_hash
    return row


def _info(row: Lesson, progress: LessonProgress | None, lang: str) -> LessonInfo:
    return LessonInfo(
        key=row.key,
        language=row.language,
        title=row.title,
        summary=row.summary,
        topic=row.topic,
        bands=_split(row.age_bands, ","),
        minutes=row.minutes,
        read=bool(progress and progress.read_at),
        favourite=bool(progress and progress.favourite),
        translated=row.language == lang,
        version=row.version,
        body=row.body,
        sources=_split(row.sources, "\n"),
        related=_split(row.related, ","),
        note=progress.note if progress else "",
    )
