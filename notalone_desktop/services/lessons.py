"""Lessons: synced from the shipped files into SQLite, searched with FTS5, progress kept by key."""

from __future__ import annotations

import hashlib
import itertools
import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from notalone_desktop.core.clock import utcnow
from notalone_desktop.core.content.common import FALLBACK_LANGUAGE, reading_order
from notalone_desktop.core.content.lessons import Lesson as LessonContent
from notalone_desktop.core.errors import ValidationError
from notalone_desktop.core.text import as_stored, check_typed
from notalone_desktop.services.local_content import CountryContent
from notalone_desktop.services.settings import put_setting
from notalone_desktop.storage.database import Database, db_time

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
# evaluates the body's snippet only when it is needed. `cut` bounds the rows ranked to those up to a row id.
_SEARCH_SQL = (
    "SELECT lesson.id, lesson.key, lesson.language, lesson.title, "
    "CASE WHEN instr(snippet(lesson_fts, 1, :start, :end, '…', :tokens), :start) "
    "THEN snippet(lesson_fts, 1, :start, :end, '…', :tokens) "
    "ELSE snippet(lesson_fts, 2, :start, :end, '…', :tokens) END "
    "FROM lesson_fts JOIN lesson ON lesson.id = lesson_fts.rowid "
    "WHERE lesson_fts MATCH :match AND lesson_fts.rowid <= :cut AND lesson_fts.rank MATCH 'bm25(10.0, 4.0, 1.0)' "
    "AND (lesson.language = :lang OR (lesson.language = :fallback AND NOT EXISTS "
    "(SELECT 1 FROM lesson AS own WHERE own.key = lesson.key AND own.language = :lang))) "
    "ORDER BY lesson_fts.rank LIMIT :limit"
)
# The row id of the match after the first RANKED_AT_MOST ones (in row id order), or nothing when there are fewer.
_PAST_BOUND_SQL = "SELECT rowid FROM lesson_fts WHERE lesson_fts MATCH ? LIMIT 1 OFFSET ?"
# bm25 is worked out for every match before the best can be chosen: over 2,000 matches that is most of a search's
# time. Up to this many matches (the shipped lessons never have more), every one is ranked.
RANKED_AT_MOST = 200
NO_CUT = 2**62


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
            with self._db.read() as sql:
                stored_stamp = sql.execute("SELECT value FROM setting WHERE key = ?", (SYNC_STAMP_SETTING,)).fetchone()
            if stored_stamp is not None and stored_stamp[0] == json.dumps(stamp):
                return SyncReport(0, 0, 0, True)
        lessons = self._content.lessons() if lessons is None else lessons
        wanted = content_hash(lessons)
        added = updated = removed = 0
        with self._db.write() as sql:
            if stamp is not None:
                put_setting(sql, SYNC_STAMP_SETTING, json.dumps(stamp))
            else:  # lessons given by the caller: the next sync of the shipped ones must read the files again
                sql.execute("DELETE FROM setting WHERE key = ?", (SYNC_STAMP_SETTING,))
            stored_hash = sql.execute("SELECT value FROM setting WHERE key = ?", (SYNC_HASH_SETTING,)).fetchone()
            if not force and stored_hash is not None and stored_hash[0] == f'"{wanted}"':
                return SyncReport(0, 0, 0, True)  # the stamp is saved all the same
            existing = {
                (key, language): (row_id, stored)
                for row_id, key, language, stored in sql.execute("SELECT id, key, language, content_hash FROM lesson")
            }
            incoming = {(lesson.key, lesson.lang): lesson for lesson in lessons}
            for pair, lesson in incoming.items():
                found = existing.get(pair)
                if found is None:
                    sql.execute(
                        f"INSERT INTO lesson ({_SYNCED_COLUMNS}) VALUES ({', '.join('?' * 12)})", _values(lesson)
                    )
                    added += 1
                elif found[1] != lesson.content_hash:
                    assignments = ", ".join(f"{column} = ?" for column in _SYNCED_COLUMNS.split(", "))
                    sql.execute(f"UPDATE lesson SET {assignments} WHERE id = ?", (*_values(lesson), found[0]))
                    updated += 1
            gone = [(row_id,) for pair, (row_id, _stored) in existing.items() if pair not in incoming]
            sql.executemany("DELETE FROM lesson WHERE id = ?", gone)
            removed = len(gone)
            if added + updated + removed > 50:
                # Merge the index segments written by a large import, so searching stays fast afterwards.
                sql.execute("INSERT INTO lesson_fts(lesson_fts) VALUES ('optimize')")
            put_setting(sql, SYNC_HASH_SETTING, f'"{wanted}"')
        return SyncReport(added, updated, removed, False)

    # Reading ------------------------------------------------------------------------------------------------

    def summaries(self, lang: str) -> list[LessonSummary]:
        """Every lesson once, without its body, in `lang` where it exists, else in English; by topic, title."""
        with self._db.read() as sql:
            rows = sql.execute(
                "SELECT key, language, title, summary, topic, age_bands, minutes FROM lesson WHERE language IN (?, ?)",
                (lang, FALLBACK_LANGUAGE),
            ).fetchall()
            progress = {
                key: (read_at is not None, bool(favourite))
                for key, read_at, favourite in sql.execute("SELECT lesson_key, read_at, favourite FROM lesson_progress")
            }
        result = []
        for key, language, title, summary, topic, bands, minutes in _in_language(rows, lang):
            read, favourite = progress.get(key, (False, False))
            translated = language == lang
            result.append(
                LessonSummary(
                    key, language, title, summary, topic, _split(bands, ","), minutes, read, favourite, translated
                )
            )
        result.sort(key=lambda s: reading_order(s.topic, s.title, s.key))
        return result

    def lessons(self, lang: str) -> list[LessonInfo]:
        """Every lesson once, with its body, in `lang` where it exists, else in English; by topic, title."""
        return self._infos("", (), lang)

    def lesson(self, key: str, lang: str) -> LessonInfo | None:
        found = self._infos("AND key = ?", (key,), lang)
        return found[0] if found else None

    def lessons_for_item(self, item_key: str, lang: str) -> list[LessonInfo]:
        """The lessons that name checklist item `item_key` among their related items."""
        # a cheap filter in SQL (instr: no LIKE wildcards to escape); the exact match on the comma-separated keys below
        infos = self._infos("AND instr(related, ?) > 0", (item_key,), lang)
        return [info for info in infos if item_key in info.related]

    def _infos(self, where: str, params: tuple[str, ...], lang: str) -> list[LessonInfo]:
        """Whole lessons (with the family's progress) of the rows matching `where`, one per key in `lang` where it
        exists, else in English; by topic, title."""
        with self._db.read() as sql:
            rows = sql.execute(
                f"SELECT {_LESSON_COLUMNS} FROM lesson WHERE language IN (?, ?) {where}",
                (lang, FALLBACK_LANGUAGE, *params),
            ).fetchall()
            progress = {
                key: (read_at is not None, bool(favourite), as_stored(note or "", True))
                for key, read_at, favourite, note in sql.execute(
                    "SELECT lesson_key, read_at, favourite, note FROM lesson_progress"
                )
            }
        infos = [_stored_info(row, progress.get(row[0]), lang) for row in _in_language(rows, lang)]
        infos.sort(key=lambda i: reading_order(i.topic, i.title, i.key))
        return infos

    def search(self, query: str, lang: str, limit: int = SEARCH_LIMIT) -> list[SearchHit]:
        """Full-text search ranked by bm25 (title weighs most, then summary, then body), over each lesson in the
        language it is shown in, best first, with a snippet of the summary or the body around the matches.

        When more than RANKED_AT_MOST lessons match, the ones whose title or summary match are ranked first (up to
        that many; with more, the ones whose title matches), then, if that gives fewer than `limit`, the first
        RANKED_AT_MOST of the others: a worst case (every lesson matches) costs a few milliseconds, not tens."""
        match = fts_query(query)
        if not match or limit < 1:
            return []
        params = {
            "start": HIGHLIGHT_START,
            "end": HIGHLIGHT_END,
            "tokens": SNIPPET_TOKENS,
            "lang": lang,
            "fallback": FALLBACK_LANGUAGE,
            "limit": limit,
        }
        with self._db.read() as sql:
            past = sql.execute(_PAST_BOUND_SQL, (match, RANKED_AT_MOST)).fetchone()
            if past is None:  # every match is ranked
                rows = sql.execute(_SEARCH_SQL, {**params, "match": match, "cut": NO_CUT}).fetchall()
            else:
                for narrowed in (f"{{title summary}} : ({match})", f"{{title}} : ({match})"):
                    narrowed_past = sql.execute(_PAST_BOUND_SQL, (narrowed, RANKED_AT_MOST)).fetchone()
                    if narrowed_past is None:
                        break
                cut = narrowed_past[0] - 1 if narrowed_past else NO_CUT
                rows = sql.execute(_SEARCH_SQL, {**params, "match": narrowed, "cut": cut}).fetchall()
                if len(rows) < limit:
                    found = {row[0] for row in rows}
                    more = {**params, "match": match, "cut": past[0] - 1, "limit": limit + len(rows)}
                    rows += [row for row in sql.execute(_SEARCH_SQL, more) if row[0] not in found][: limit - len(rows)]
        return [SearchHit(key, language, title, clean_snippet(snippet)) for _id, key, language, title, snippet in rows]

    # Progress -----------------------------------------------------------------------------------------------

    def set_read(self, key: str, read: bool = True) -> None:
        self._change_progress(key, "read_at", db_time(utcnow()) if read else None)

    def set_favourite(self, key: str, favourite: bool) -> None:
        self._change_progress(key, "favourite", favourite)

    def set_note(self, key: str, note: str) -> None:
        if len(note) > NOTE_MAX:
            raise ValidationError(f"A note can have at most {NOTE_MAX} characters.", "note")
        check_typed(note, "The note", "note", multiline=True)  # text that would lie about itself (core/text.py)
        self._change_progress(key, "note", note)

    def _change_progress(self, key: str, column: str, value: object) -> None:
        now = db_time(utcnow())
        with self._db.write() as sql:
            sql.execute(
                "INSERT INTO lesson_progress (lesson_key, read_at, favourite, note, updated_at) "
                "VALUES (?, NULL, 0, '', ?) ON CONFLICT (lesson_key) DO NOTHING",
                (key, now),
            )
            sql.execute(
                f"UPDATE lesson_progress SET {column} = ?, updated_at = ? WHERE lesson_key = ?", (value, now, key)
            )


def _split(value: str, separator: str) -> tuple[str, ...]:
    return tuple(part for part in value.split(separator) if part)


_LESSON_COLUMNS = "key, language, title, summary, topic, age_bands, minutes, version, body, sources, related"


def _in_language(rows: Iterable[Any], lang: str) -> list[Any]:
    """One row per key (its first column) : the one in `lang` (the second) when there is one, else the English one."""
    chosen: dict[str, Any] = {}
    for row in rows:
        if row[1] == lang or row[0] not in chosen:
            chosen[row[0]] = row
    return list(chosen.values())


_SYNCED_COLUMNS = (
    "key, language, version, title, summary, topic, age_bands, minutes, body, sources, related, content_hash"
)


def _values(lesson: LessonContent) -> tuple[object, ...]:
    """`lesson` in the order of _SYNCED_COLUMNS."""
    return (
        lesson.key,
        lesson.lang,
        lesson.version,
        lesson.title,
        lesson.summary,
        lesson.topic,
        ",".join(lesson.bands),
        lesson.minutes,
        lesson.body,
        "\n".join(lesson.sources),
        ",".join(lesson.related),
        lesson.content_hash,
    )


def _stored_info(row: Any, progress: tuple[bool, bool, str] | None, lang: str) -> LessonInfo:
    """A row of _LESSON_COLUMNS with the lesson's progress (read, favourite, note) as the reader shows it."""
    key, language, title, summary, topic, bands, minutes, version, body, sources, related = row
    read, favourite, note = progress or (False, False, "")
    return LessonInfo(
        key=key,
        language=language,
        title=title,
        summary=summary,
        topic=topic,
        bands=_split(bands, ","),
        minutes=minutes,
        read=read,
        favourite=favourite,
        translated=language == lang,
        version=version,
        body=body,
        sources=_split(sources, "\n"),
        related=_split(related, ","),
        note=note,
    )
