"""LessonsService on a real SQLite file: sync by key and language, progress kept by key, FTS5 search."""

from __future__ import annotations

import unicodedata
from dataclasses import replace
from pathlib import Path

import pytest

from notalone_desktop.core.content.lessons import Lesson, load_lessons
from notalone_desktop.services import Services
from notalone_desktop.services.lessons import HIGHLIGHT_END, HIGHLIGHT_START, clean_snippet, fts_query


def _shipped(services: Services) -> list[Lesson]:
    return services.content.lessons()


def _lesson(key: str, lang: str, title: str, body: str, summary: str = "A short summary.") -> Lesson:
    return Lesson(key, lang, title, summary, "money", ("13-15",), 4, 1, ("https://example.org",), (), body)


def _marked(snippet: str) -> list[str]:
    """The highlighted words of a snippet."""
    return [part.split(HIGHLIGHT_END)[0] for part in snippet.split(HIGHLIGHT_START)[1:]]


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text.casefold().replace("đ", "d"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# Sync --------------------------------------------------------------------------------------------------------


def test_sync_is_idempotent_and_skipped_when_nothing_changed(services: Services) -> None:
    shipped = _shipped(services)
    before = services.lessons.summaries("en")
    again = services.lessons.sync()
    assert again.skipped and (again.added, again.updated, again.removed) == (0, 0, 0)
    forced = services.lessons.sync(force=True)
    assert not forced.skipped and (forced.added, forced.updated, forced.removed) == (0, 0, 0)
    assert services.lessons.summaries("en") == before
    assert len(before) == len({lesson.key for lesson in shipped})


def test_first_sync_adds_every_lesson_in_every_language(data_dir: Path) -> None:
    from notalone_desktop.services import open_services

    services = open_services(data_dir)
    try:
        report = services.lessons.sync()
        assert report.added == len(_shipped(services)) and not report.skipped
        assert services.lessons.lesson("online-kidnapping", "vi") is not None
    finally:
        services.close()


def test_an_edited_lesson_file_is_synced_at_the_next_start_and_unchanged_files_are_not_read(tmp_path: Path) -> None:
    """Each start skips reading the lessons when their files are as at the last sync; an edit is still seen."""
    import os
    import shutil

    from notalone_desktop.paths import resources_dir
    from notalone_desktop.services import open_services
    from notalone_desktop.services.content import ContentCatalog

    root = tmp_path / "content"
    shutil.copytree(resources_dir(), root)
    services = open_services(tmp_path / "family", ContentCatalog(root))
    try:
        assert not services.lessons.sync().skipped
        assert services.lessons.sync().skipped
        edited = root / "lessons" / "vi" / "online-kidnapping.md"
        text = edited.read_text(encoding="utf-8")
        title = next(line for line in text.splitlines() if line.startswith("title = "))
        edited.write_text(text.replace(title, 'title = "Bắt cóc trực tuyến: bản sửa mới"', 1), encoding="utf-8")
        stamp = edited.stat()
        os.utime(edited, ns=(stamp.st_atime_ns, stamp.st_mtime_ns + 1_000_000_000))
        services.close()
        services = open_services(tmp_path / "family", ContentCatalog(root))  # the next start
        synced = services.lessons.sync()
        assert (synced.added, synced.updated, synced.removed) == (0, 1, 0)
        assert services.lessons.lesson("online-kidnapping", "vi").title == "Bắt cóc trực tuyến: bản sửa mới"  # type: ignore[union-attr]
        assert services.lessons.sync().skipped
    finally:
        services.close()


def test_a_changed_lesson_is_updated_and_searchable(services: Services) -> None:
    shipped = _shipped(services)
    target = next(lesson for lesson in shipped if lesson.key == "online-kidnapping" and lesson.lang == "en")
    changed = replace(target, version=target.version + 1, title="Fake police calls", body=target.body + "\n\nZyxwv.")
    report = services.lessons.sync([changed if lesson is target else lesson for lesson in shipped])
    assert (report.added, report.updated, report.removed) == (0, 1, 0)
    info = services.lessons.lesson("online-kidnapping", "en")
    assert info is not None and info.title == "Fake police calls" and info.version == target.version + 1
    assert [hit.key for hit in services.lessons.search("zyxwv", "en")] == ["online-kidnapping"]
    # The old title's words no longer find it through the title.
    assert all(hit.title != target.title for hit in services.lessons.search(target.title, "en"))


def test_progress_favourite_and_note_survive_a_version_bump(services: Services) -> None:
    lessons = services.lessons
    lessons.set_read("fake-offers")
    lessons.set_favourite("fake-offers", True)
    lessons.set_note("fake-offers", "Talked about it at dinner.")
    bumped = [
        replace(lesson, version=lesson.version + 1, body=lesson.body + "\n\nNew paragraph.")
        if lesson.key == "fake-offers"
        else lesson
        for lesson in _shipped(services)
    ]
    report = lessons.sync(bumped)
    assert report.updated == len([lesson for lesson in bumped if lesson.key == "fake-offers"])
    for lang in ("en", "vi"):
        info = lessons.lesson("fake-offers", lang)
        assert info is not None and info.body.endswith("New paragraph.")
        assert (info.read, info.favourite, info.note) == (True, True, "Talked about it at dinner.")


def test_a_removed_lesson_leaves_the_list_but_its_progress_stays(services: Services) -> None:
    lessons = services.lessons
    lessons.set_read("sextortion")
    lessons.set_note("sextortion", "Our agreement")
    shipped = _shipped(services)
    without = [lesson for lesson in shipped if lesson.key != "sextortion"]
    report = lessons.sync(without)
    assert report.removed == len(shipped) - len(without) and report.removed > 0
    assert lessons.lesson("sextortion", "en") is None
    assert "sextortion" not in {s.key for s in lessons.summaries("en")}
    assert "sextortion" not in {hit.key for hit in lessons.search("sextortion", "en")}
    # Shipped again later (say the content was fixed): the family's progress is still there.
    lessons.sync(shipped)
    info = lessons.lesson("sextortion", "en")
    assert info is not None and info.read and info.note == "Our agreement"


def test_progress_can_be_undone_and_is_shared_by_languages(services: Services) -> None:
    lessons = services.lessons
    lessons.set_read("grooming")
    lessons.set_favourite("grooming", True)
    assert {(s.key, s.read, s.favourite) for s in lessons.summaries("vi") if s.key == "grooming"} == {
        ("grooming", True, True)
    }
    lessons.set_read("grooming", False)
    lessons.set_favourite("grooming", False)
    info = lessons.lesson("grooming", "en")
    assert info is not None and not info.read and not info.favourite


# Reading -----------------------------------------------------------------------------------------------------


def test_a_lesson_without_text_in_the_family_language_falls_back_to_english(services: Services) -> None:
    extra = _lesson("english-only", "en", "Only in English", "Body text. " * 50)
    services.lessons.sync([*_shipped(services), extra])
    info = services.lessons.lesson("english-only", "vi")
    assert info is not None and info.language == "en" and not info.translated
    summary = next(s for s in services.lessons.summaries("vi") if s.key == "english-only")
    assert summary.language == "en" and not summary.translated
    own = services.lessons.lesson("online-kidnapping", "vi")
    assert own is not None and own.language == "vi" and own.translated


def test_summaries_are_ordered_by_topic_and_carry_no_body(services: Services) -> None:
    from notalone_desktop.core.content.common import CATEGORIES

    summaries = services.lessons.summaries("en")
    order = [CATEGORIES.index(s.topic) for s in summaries]
    assert order == sorted(order)
    assert not hasattr(summaries[0], "body")


def test_lesson_of_the_week_changes_with_the_week_and_prefers_unread(services: Services) -> None:
    lessons = services.lessons
    count = len(lessons.summaries("en"))
    picks = {services.overview.home("en", week).lesson.key for week in range(count)}  # type: ignore[union-attr]
    assert len(picks) == count
    for key in list(picks)[:-1]:
        lessons.set_read(key)
    unread = (picks - set(list(picks)[:-1])).pop()
    assert {services.overview.home("en", week).lesson.key for week in range(5)} == {unread}  # type: ignore[union-attr]


def test_lessons_for_item_matches_whole_keys_only(services: Services) -> None:
    extra = replace(_lesson("prefix-trap", "en", "Trap", "Body. " * 50), related=("money.task-scams-extra",))
    services.lessons.sync([*_shipped(services), extra])
    found = services.lessons.lessons_for_item("money.task-scams", "vi")
    assert found and all("money.task-scams" in lesson.related for lesson in found)
    assert "prefix-trap" not in {lesson.key for lesson in found}
    assert all(lesson.language == "vi" for lesson in found)


# Search ------------------------------------------------------------------------------------------------------


def test_vietnamese_without_diacritics_finds_lua_dao(services: Services) -> None:
    hits = services.lessons.search("lua dao", "vi")
    assert hits and all(hit.language == "vi" for hit in hits)
    for hit in hits:
        words = [_fold(word) for word in _marked(hit.snippet)]
        assert words, f"{hit.key}: nothing highlighted in {hit.snippet!r}"
        assert set(words) <= {"lua", "dao", "lua dao"}
    assert any("lừa" in _marked(hit.snippet) or "đảo" in _marked(hit.snippet) for hit in hits)
    typed_properly = services.lessons.search("lừa đảo", "vi")
    assert [hit.key for hit in typed_properly] == [hit.key for hit in hits]


def test_the_phrase_ranks_above_scattered_words(services: Services) -> None:
    scattered = _lesson("scattered", "vi", "Giấc ngủ", "Theo lứa tuổi của con. " * 30 + "Một hòn đảo xa.")
    phrase = _lesson("phrase", "vi", "Cảnh giác", "Kẻ lừa đảo gọi điện. " + "Nội dung khác. " * 30)
    services.lessons.sync([scattered, phrase])
    assert [hit.key for hit in services.lessons.search("lua dao", "vi")] == ["phrase", "scattered"]


def test_german_prefix_betrug_finds_betrueger(services: Services, tmp_path: Path) -> None:
    folder = tmp_path / "lessons" / "de"
    folder.mkdir(parents=True)
    (folder / "telefon-betrug.md").write_text(
        "+++\n"
        'key = "telefon-betrug"\n'
        'title = "Anrufe von falschen Polizisten"\n'
        'summary = "Wie man einen Schockanruf erkennt."\n'
        'topic = "impersonation"\n'
        'age_bands = ["16-17"]\n'
        "minutes = 3\n"
        "version = 1\n"
        'sources = ["https://example.org"]\n'
        "related = []\n"
        "+++\n\n"
        "Die Betrüger geben sich als Polizei aus und verlangen Geheimhaltung.\n",
        encoding="utf-8",
    )
    german, problems = load_lessons(tmp_path / "lessons")
    assert problems == [] and len(german) == 1
    services.lessons.sync([*_shipped(services), *german])
    hits = services.lessons.search("Betrug", "de")
    assert "telefon-betrug" in [hit.key for hit in hits]
    hit = next(hit for hit in hits if hit.key == "telefon-betrug")
    assert _marked(hit.snippet) == ["Betrüger"]
    assert hit.snippet == "Die \x02Betrüger\x03 geben sich als Polizei aus und verlangen Geheimhaltung."


def test_title_matches_rank_above_body_matches(services: Services) -> None:
    in_body = _lesson("in-body", "en", "Something else", "Some words. " * 20 + "A quokka appears once.")
    in_title = _lesson("in-title", "en", "The quokka lesson", "Other words entirely. " * 20)
    services.lessons.sync([in_body, in_title])
    assert [hit.key for hit in services.lessons.search("quokka", "en")] == ["in-title", "in-body"]


def test_search_covers_each_lesson_in_the_language_it_is_shown_in(services: Services) -> None:
    both_en = _lesson("both", "en", "Both languages", "An English-only word: wombat.")
    both_vi = _lesson("both", "vi", "Cả hai thứ tiếng", "Một từ tiếng Việt: chuột túi.")
    english_only = _lesson("english-only", "en", "English only", "Another wombat here.")
    services.lessons.sync([both_en, both_vi, english_only])
    # A Vietnamese family sees "both" in Vietnamese: the English word does not find it; the English-only
    # lesson is shown in English, so it is found.
    hits = services.lessons.search("wombat", "vi")
    assert [(hit.key, hit.language) for hit in hits] == [("english-only", "en")]
    assert [(hit.key, hit.language) for hit in services.lessons.search("chuot tui", "vi")] == [("both", "vi")]
    assert {hit.key for hit in services.lessons.search("wombat", "en")} == {"both", "english-only"}


def test_snippets_show_plain_text_around_the_match(services: Services) -> None:
    body = "## A heading\n\n- **Bold** point with a [link](https://example.org/page) and `code`.\n\nThe kangaroo hops."
    services.lessons.sync([_lesson("snippet", "en", "Title", body)])
    hits = services.lessons.search("kangaroo", "en")
    assert len(hits) == 1
    snippet = hits[0].snippet
    assert _marked(snippet) == ["kangaroo"]
    for mark in ("##", "**", "](", "`"):
        assert mark not in snippet
    assert "link" in snippet


def test_the_summary_gives_the_snippet_when_it_matches(services: Services) -> None:
    lesson = _lesson("summary-hit", "en", "Title", "The platypus in the body. " * 20, summary="All about the platypus.")
    services.lessons.sync([lesson])
    assert services.lessons.search("platypus", "en")[0].snippet == "All about the \x02platypus\x03."


@pytest.mark.parametrize(
    "query", ['"', "*", "OR", "NEAR(a b)", "a - b", "title:x", "^x", "((", "'; DROP TABLE lesson; --", "_", "  "]
)
def test_any_typed_text_is_a_safe_query(services: Services, query: str) -> None:
    assert isinstance(services.lessons.search(query, "en"), list)
    assert services.lessons.summaries("en")  # the table is still there


def test_one_letter_is_not_searched_yet_and_the_next_word_is_a_prefix() -> None:
    assert fts_query("s") == ""
    assert fts_query("scam s") == '"scam"*'
    assert fts_query("sc") == '"sc"*'


def test_clean_snippet_keeps_highlights() -> None:
    assert clean_snippet("- **\x02Scam\x03** [alert](https://x.org)") == "\x02Scam\x03 alert"
