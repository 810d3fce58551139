"""The shipped lessons keep their search results: every query a parent could type from the lessons' own titles and
summaries gives the same lessons, in the same order, with the same snippets, as a full bm25 ranking of every
match (the ranking the app shipped with, kept here as the reference). A faster search may rank differently only
where there are more matches than the shipped lessons can ever give."""

from __future__ import annotations

import re
import sqlite3
import unicodedata

from notalone_desktop.core.content.common import FALLBACK_LANGUAGE, LANGUAGES
from notalone_desktop.core.content.lessons import Lesson
from notalone_desktop.services import Services
from notalone_desktop.services.lessons import (
    HIGHLIGHT_END,
    HIGHLIGHT_START,
    RANKED_AT_MOST,
    SEARCH_LIMIT,
    SNIPPET_TOKENS,
    clean_snippet,
    fts_query,
)

# Every match ranked by bm25 (title 10, summary 4, body 1), one row per lesson in the language it is shown in.
REFERENCE_SQL = (
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


def reference(connection: sqlite3.Connection, query: str, lang: str) -> list[tuple[str, str, str, str]]:
    match = fts_query(query)
    if not match:
        return []
    params = {
        "start": HIGHLIGHT_START,
        "end": HIGHLIGHT_END,
        "tokens": SNIPPET_TOKENS,
        "match": match,
        "lang": lang,
        "fallback": FALLBACK_LANGUAGE,
        "limit": SEARCH_LIMIT,
    }
    return [(k, lg, t, clean_snippet(s)) for k, lg, t, s in connection.execute(REFERENCE_SQL, params)]


def _without_marks(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def queries_for(services: Services, lang: str) -> list[str]:
    """What a parent types: each word of the titles and summaries, a prefix of it, two words side by side, and the
    same without diacritics (as Vietnamese is often typed). Every fifth of them, to keep the test quick."""
    found: dict[str, None] = {}
    for lesson in services.lessons.summaries(lang):
        for text in (lesson.title, lesson.summary):
            words = [w for w in re.findall(r"\w+", text.casefold()) if len(w) >= 2]
            for n, word in enumerate(words):
                found[word] = None
                found[word[: max(2, len(word) - 2)]] = None
                if n + 1 < len(words):
                    found[f"{word} {words[n + 1]}"] = None
            found[_without_marks(" ".join(words[:2]))] = None
    return list(found)[::5]


def test_shipped_lessons_keep_their_result_order(services: Services) -> None:
    connection = sqlite3.connect(services.database.path)
    try:
        compared = 0
        for lang in LANGUAGES:
            for query in queries_for(services, lang):
                expected = reference(connection, query, lang)
                hits = services.lessons.search(query, lang)
                assert [(h.key, h.language, h.title, h.snippet) for h in hits] == expected, (query, lang)
                compared += bool(expected)
        assert compared > 500  # the set of queries really finds lessons: it is not a test of empty results
    finally:
        connection.close()


def _lesson(n: int, title: str, body: str, summary: str = "A short summary.") -> Lesson:
    return Lesson(f"lesson-{n:03}", "en", title, summary, "money", ("13-15",), 4, 1, ("https://example.org",), (), body)


def test_when_every_lesson_matches_the_ones_about_the_words_come_first(services: Services) -> None:
    """More matches than RANKED_AT_MOST: the search ranks a bounded set (title and summary matches first), so a
    worst case stays fast, and still finds the lesson whose title has the word, however far down the table."""
    count = RANKED_AT_MOST + 60
    lessons = [_lesson(n, f"Lesson {n}", "The wombat digs. Sleep well. " * 20) for n in range(count)]
    lessons[count - 5] = _lesson(count - 5, "How the wombat digs", "The wombat digs. " * 20)
    lessons[count - 3] = _lesson(count - 3, "Burrows", "Holes.", "Where a wombat sleeps at night.")
    services.lessons.sync(lessons)
    hits = services.lessons.search("wombat", "en")
    assert [hit.key for hit in hits[:2]] == [f"lesson-{count - 5:03}", f"lesson-{count - 3:03}"]
    assert len(hits) == SEARCH_LIMIT and len({hit.key for hit in hits}) == SEARCH_LIMIT
    assert all(f"{HIGHLIGHT_START}wombat{HIGHLIGHT_END}" in hit.snippet.casefold() for hit in hits[1:])

    # Two words that every lesson has, and one title: that lesson first, then the best of the first lessons.
    hits = services.lessons.search("digs wombat", "en")
    assert hits[0].key == f"lesson-{count - 5:03}"
    assert len(hits) == SEARCH_LIMIT and len({hit.key for hit in hits}) == SEARCH_LIMIT
