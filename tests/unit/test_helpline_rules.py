"""A country's lines (core/content/helplines.py) on hand-built values: which line is the police number that a
family may pin but never hide, and how a later content root's country keeps the earlier translations."""

from __future__ import annotations

import datetime as dt

from notalone_desktop.core.content.common import Text
from notalone_desktop.core.content.helplines import Country, Helpline, is_police_line, merge_countries

WORDS = Text({"en": "x"})


def line(key: str, number: str, url: str = "") -> Helpline:
    return Helpline(
        key, number, url, "police", ("en",), "https://example.org/", dt.date(2026, 1, 1), False,
        WORDS, WORDS, WORDS, WORDS,
    )  # fmt: skip


def test_the_police_line_is_the_one_with_the_countrys_police_number_spaces_aside() -> None:
    vietnam = Country("VN", "113", "VN", WORDS, ())
    assert is_police_line(line("vn.police", "113"), vietnam)
    assert not is_police_line(line("vn.child", "111"), vietnam)
    assert is_police_line(line("id.police", "1 10"), Country("ID", "110", "ID", WORDS, ()))
    assert is_police_line(line("de.police", "110"), Country("DE", "1 10", "DE", WORDS, ()))
    assert not is_police_line(line("de.other", "1100"), Country("DE", "110", "DE", WORDS, ()))
    # An online channel has no number: not the police line, even for a country without a police number.
    assert not is_police_line(line("xx.web", "", "https://report.example"), Country("XX", "", "XX", WORDS, ()))


def test_a_later_roots_country_keeps_the_earlier_translation_of_its_name() -> None:
    shipped = Country("VN", "113", "VN", Text({"en": "Vietnam", "vi": "Việt Nam"}), (line("vn.police", "113"),))
    pack = Country("VN", "113", "VN", Text({"en": "Vietnam", "th": "เวียดนาม"}), (line("vn.child", "111"),))
    merged = merge_countries([{"VN": shipped}, {"VN": pack}])["VN"]
    assert merged.name == Text({"en": "Vietnam", "vi": "Việt Nam", "th": "เวียดนาม"})
    assert [entry.key for entry in merged.lines] == ["vn.police", "vn.child"]
