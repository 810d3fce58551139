"""Text that lies about itself (issue 15, row 11): bidi overrides, control characters and names that show
nothing are named by `unsafe_reason` and removed by `neutralise`; ordinary names in every script are left alone."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from notalone_desktop.core.text import BIDI_CONTROLS, has_visible_character, neutralise, unsafe_reason

ORDINARY = [
    "Mẹ",
    "Bà Nguyễn Thị Hoa",
    "Onkel Jürgen",
    "Ibu Siti",
    "محمد\u200f",
    "שרה",
    "李小龙",
    "O'Brien-Smith",
    "👩‍👧",
]


@pytest.mark.parametrize("name", ORDINARY)
def test_ordinary_names_in_any_script_are_left_alone(name: str) -> None:
    assert unsafe_reason(name) is None and neutralise(name) == name


@pytest.mark.parametrize(
    ("text", "reason", "shown"),
    [
        ("Mẹ \u202egnp.exe", "bidi-control", "Mẹ gnp.exe"),  # shown as "Mẹ exe.png" without the fix
        ("\u2067evil\u2069", "bidi-control", "evil"),
        ("\u200b\u200d\u2060", "invisible", ""),
        ("\u3164", "invisible", ""),
        ("\ufeff \u00a0", "invisible", ""),
        ("Hoa\x85", "control", "Hoa"),  # C1 NEXT LINE
        ("Hoa\x9b31m", "control", "Hoa31m"),  # C1 CSI: a terminal escape
        ("Hoa\x00", "control", "Hoa"),
        ("Hoa\x7f", "control", "Hoa"),
        ("Hoa\nLan", "control", "Hoa Lan"),  # a name is one line
    ],
)
def test_names_that_lie_are_named_and_neutralised(text: str, reason: str, shown: str) -> None:
    assert unsafe_reason(text) == reason
    assert neutralise(text) == shown


def test_notes_keep_their_lines_and_tabs_but_not_other_controls() -> None:
    note = "Line one\n\tLine two\r\nLine three"
    assert unsafe_reason(note, multiline=True) is None and neutralise(note, multiline=True) == note
    assert unsafe_reason("a\x1b[2Jb", multiline=True) == "control"
    assert neutralise("a\x1b[2Jb\u202e", multiline=True) == "a[2Jb"
    assert unsafe_reason("", multiline=True) is None and unsafe_reason("") is None  # empty: the form's rule


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(codec=None, exclude_categories=("Cs",)), max_size=40), st.booleans())
def test_whatever_is_typed_neutralising_leaves_nothing_to_refuse(text: str, multiline: bool) -> None:
    shown = neutralise(text, multiline)
    assert unsafe_reason(shown, multiline) is None
    assert not set(shown) & BIDI_CONTROLS
    assert neutralise(shown, multiline) == shown  # once is enough
    assert shown == "" or has_visible_character(shown)
    if unsafe_reason(text, multiline) is None and has_visible_character(text):
        assert shown == text  # what may be stored is shown as it is
