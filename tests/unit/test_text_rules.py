"""Text that shows nothing or lies (core/text.py), the edges test_text.py leaves: what counts as visible next to
blank-looking characters and lone combining marks, and how a name's line breaks and tabs become single spaces."""

from __future__ import annotations

from notalone_desktop.core.text import has_visible_character, neutralise, unsafe_reason


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
