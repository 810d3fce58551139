"""Country-aware text: placeholders resolve to the family's own numbers, a missing line falls back to the
emergency number with a sentence that says so, and the shipped content writes no Vietnamese number where a
family elsewhere would read it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from notalone_desktop.core.content.common import LANGUAGES, Text
from notalone_desktop.core.content.country_text import (
    country_problems,
    literal_vietnamese_numbers,
    shipped_texts,
    text_problems,
)
from notalone_desktop.core.content.helplines import PLACEHOLDERS, Country, Helpline, load_countries
from notalone_desktop.core.content.placeholders import placeholders_in, resolve, unknown_placeholders, unresolved
from notalone_desktop.paths import resources_dir

RESOURCES = resources_dir()


@pytest.fixture(scope="module")
def countries() -> dict[str, Country]:
    loaded, problems = load_countries(RESOURCES / "helplines")
    assert [str(p) for p in problems] == []
    return loaded


@pytest.fixture(scope="module")
def texts() -> list[tuple[str, str, str]]:
    return list(shipped_texts(RESOURCES))


def _line(key: str, number: str, serves: tuple[str, ...], url: str = "") -> Helpline:
    words = Text({"en": key, "vi": key})
    return Helpline(
        key, number, url, "emergency", ("en",), "https://example.org/page", dt.date(2026, 12, 7), False,
        words, words, words, words, serves=serves,
    )  # fmt: skip


def test_placeholders_resolve_to_each_countrys_own_numbers(countries: dict[str, Country]) -> None:
    text = "Call the police ({police}); the child line is {child_line}; report scams to {scam_report}."
    assert resolve(text, "en", countries["VN"]) == (
        "Call the police (113); the child line is 111; report scams to 156."
    )
    assert resolve(text, "id", countries["ID"]) == (
        "Call the police (110); the child line is 129; report scams to iasc.ojk.go.id."
    )
    german = resolve(
        "Polizei {police}, Kinder {child_line}, Krise {crisis_line}, Notruf {emergency}", "de", countries["DE"]
    )
    assert german == "Polizei 110, Kinder 116 111, Krise 0800 111 0 111, Notruf 112"


def test_a_country_without_the_line_gets_its_emergency_number_and_a_sentence(countries: dict[str, Country]) -> None:
    kenya = countries["KE"]
    text = "- If you fear for your child's life, call {crisis_line} now.\n- Then tell the school."
    resolved = resolve(text, "en", kenya)
    first, second = resolved.split("\n")
    assert first.startswith("- If you fear for your child's life, call 999 now. ")
    assert "no separate number for emotional crises in Kenya" in first and "(999)" in first
    assert second == "- Then tell the school."  # the sentence goes where the number is, once
    assert "Kenia" in resolve(text, "de", kenya) and "Notrufnummer (999)" in resolve(text, "de", kenya)
    assert "ở Kenya" in resolve(text, "vi", kenya)
    assert "di Kenya" in resolve(text, "id", kenya)
    # Twice in one line: one sentence.
    twice = resolve("{crisis_line} or {crisis_line}", "en", kenya)
    assert twice.count("This app lists") == 1
    assert unresolved(text, kenya) == ["crisis_line"] and unresolved(text, countries["DE"]) == []


def test_a_made_up_country_resolves_from_its_lines_and_its_police_number() -> None:
    name = Text({"en": "Testland", "vi": "Testland"})
    country = Country("TL", "100", "TL", name, (_line("tl.web", "", ("scam_report",), "https://report.example/"),))
    assert resolve("{scam_report} / {police}", "en", country) == "report.example / 100"
    # No emergency line: the police number stands in for it.
    assert resolve("{child_line}", "en", country).startswith("100 This app lists no separate number")


def test_unknown_names_are_left_alone_and_reported() -> None:
    text = "Call {police} or {polcie}; {police} again; {emergency}."
    assert placeholders_in(text) == ["police", "emergency"]
    assert unknown_placeholders(text) == ["polcie"]
    problems = text_problems([("somewhere", "en", text)])
    assert problems == ["somewhere [en]: unknown placeholder {polcie}"]


def test_literal_vietnamese_numbers_are_found_outside_sentences_about_vietnam() -> None:
    assert literal_vietnamese_numbers("Call 113 now. Then call 111.") == ["113", "111"]
    assert literal_vietnamese_numbers("In Vietnam, call 113. In Germany, call 110.") == []
    assert literal_vietnamese_numbers("Ở Việt Nam, gọi 113.") == []
    # Not a number on its own: part of a longer number, an address, an amount, a year.
    for text in ("Nummer gegen Kummer 116 111", "0800 111 0 111", "tongdai111.vn", "1113 cases", "VND 5,656", "2111"):
        assert literal_vietnamese_numbers(text) == [], text
    assert literal_vietnamese_numbers("forward it to 5656.") == ["5656"]
    assert text_problems([("lesson", "de", "Rufen Sie die 113 an.")])[0].startswith("lesson [de]: writes 113")


def test_every_shipped_country_resolves_every_placeholder(countries: dict[str, Country]) -> None:
    assert country_problems(countries) == []
    text = " ".join("{" + name + "}" for name in PLACEHOLDERS)
    for code, country in countries.items():
        for lang in LANGUAGES:
            resolved = resolve(text, lang, country)
            assert "{" not in resolved, (code, lang)
    # A country file that serves nothing and has no police number cannot resolve: that is reported.
    empty = Country("XX", "", "XX", Text({"en": "X"}), ())
    assert country_problems({"XX": empty})


def test_shipped_content_names_no_vietnamese_number_outside_vietnam_passages(texts: list[tuple[str, str, str]]) -> None:
    assert len(texts) > 1000  # every kind of content was read
    assert {lang for _where, lang, _text in texts} == set(LANGUAGES)
    assert text_problems(texts) == []


def test_shipped_content_uses_placeholders_for_the_numbers_parents_need(texts: list[tuple[str, str, str]]) -> None:
    used = {name for _where, _lang, text in texts for name in placeholders_in(text)}
    assert used == set(PLACEHOLDERS)
    # The sextortion and "after something went wrong" lessons send parents to a crisis line in every language.
    for lang in LANGUAGES:
        lesson = (RESOURCES / "lessons" / lang / "sextortion.md").read_text(encoding="utf-8")
        assert "{crisis_line}" in lesson, lang


def test_the_checklist_reads_right_for_an_indonesian_and_a_german_family(
    texts: list[tuple[str, str, str]], countries: dict[str, Country]
) -> None:
    """The issue's acceptance check: their own numbers, and none of Vietnam's (in Indonesia 113 is the fire
    brigade). 112 is Indonesia's and Germany's own emergency number."""
    for code, lang, own in (("ID", "id", ("110", "129")), ("DE", "de", ("110", "116 111"))):
        checklist = "\n".join(
            resolve(text, lang, countries[code])
            for where, text_lang, text in texts
            if where.startswith("checklists") and text_lang == lang
        )
        for number in own:
            assert number in checklist, (code, number)
        assert set(literal_vietnamese_numbers(checklist)) <= {"112"}, code


def test_a_broken_content_folder_is_reported(tmp_path: Path) -> None:
    """The walk reads what the loaders read: a checklist text with 113 in a copy of the content is found."""
    import shutil

    copy = tmp_path / "resources"
    shutil.copytree(RESOURCES, copy, ignore=shutil.ignore_patterns("lessons", "scenarios"))
    path = copy / "checklists" / "emergency.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("{police}", "113", 1), encoding="utf-8")
    problems = text_problems(shipped_texts(copy))
    assert problems and all("113" in p and "checklists emergency." in p for p in problems)
