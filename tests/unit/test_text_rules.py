"""Text that shows nothing or lies (core/text.py), the edges test_text.py leaves: what counts as visible next to
blank-looking characters and lone combining marks, and how a name's line breaks and tabs become single spaces."""

from __future__ import annotations

import pytest

from notalone_desktop.core.text import (
    PROBLEMS,
    TextProblem,
    UnsafeText,
    as_stored,
    check_typed,
    has_visible_character,
    neutralise,
    quoted,
    text_problem,
    unsafe_reason,
)


def test_a_visible_character_after_blank_looking_ones_still_shows() -> None:
    assert has_visible_character("\u3164Lan") and has_visible_character("\u200b Lan") and has_visible_character(" a")
    assert not has_visible_character("\u3164\u2800 \u200b")
    assert not has_visible_character("\u0301") and not has_visible_character(
        "\u20dd"
    )  # a lone mark or enclosing circle
    assert has_visible_character("a\u0301") and has_visible_character("\u20dda")
    assert not has_visible_character("")


def test_a_names_line_breaks_and_tabs_become_one_space_each() -> None:
    assert neutralise("Hoa\r\nLan") == "Hoa Lan"  # a Windows line break is one break
    assert neutralise("Hoa\rLan\nMai") == "Hoa Lan Mai"
    assert neutralise("Hoa\tLan") == "Hoa Lan"
    assert neutralise("\u0301\t") == ""
    assert unsafe_reason("Hoa\tLan") == "control" and unsafe_reason("Hoa\tLan", multiline=True) is None


def test_a_stored_name_is_shown_on_one_line_and_a_blank_one_as_the_placeholder() -> None:
    assert as_stored("Lan") == "Lan"
    assert as_stored("Hoa\nLan") == "Hoa Lan"  # a name: one line
    assert as_stored("Hoa\nLan", multiline=True) == "Hoa\nLan"  # a note keeps its lines
    assert as_stored("\u202eLan\u202c", multiline=True) == "Lan"
    assert as_stored("\u200b") == ""  # no placeholder asked for: nothing
    assert as_stored("\u200b", placeholder="(no name)") == "(no name)"
    assert as_stored("", placeholder="(no name)") == ""  # an empty field stays empty
    assert as_stored("") == ""


def test_a_typed_text_that_lies_is_refused_naming_the_field() -> None:
    assert check_typed("Hoa Lan", "The nickname", "nickname") == "Hoa Lan"
    assert check_typed("Call Lan\tat 5", "The note", "note", multiline=True) == "Call Lan\tat 5"
    with pytest.raises(UnsafeText) as refused:
        check_typed("Hoa\tLan", "The nickname", "nickname")
    assert str(refused.value) == "The nickname holds a hidden control character; type it again instead of pasting it."
    assert refused.value.field == "nickname"
    assert refused.value.code == "text-control"
    assert refused.value.params == {}
    with pytest.raises(UnsafeText) as backwards:
        check_typed("Mẹ \u202egnp.exe", "The note", "note", multiline=True)
    assert backwards.value.code == "text-bidi-control" and backwards.value.field == "note"
    assert str(backwards.value).startswith("The note holds a hidden character that turns the text around it backwards")


def test_the_problem_of_a_typed_text() -> None:
    assert text_problem("Hoa\tLan") == TextProblem("text-control", PROBLEMS["control"])
    assert text_problem("Hoa\tLan", multiline=True) is None
    assert text_problem("\u3164\u200b") == TextProblem("text-invisible", PROBLEMS["invisible"])
    assert text_problem("   ") is None  # blank: the form's own rule decides whether it may be empty
    assert text_problem("") is None
    assert text_problem("Lan") is None
    assert PROBLEMS["invisible"] == "has nothing in it that can be seen; use letters or digits"


def test_a_piece_of_a_file_is_quoted_so_that_it_cannot_break_the_line() -> None:
    assert quoted("strangers.grooming") == "strangers.grooming"
    assert quoted("a\nb") == "'a\\nb'"
    assert quoted("\u202eexe.png") == "'\\u202eexe.png'"
    assert quoted("") == "''"  # nothing at all is shown as an empty pair of quotes
    assert quoted("x" * 50, limit=5) == "xxxxx"
