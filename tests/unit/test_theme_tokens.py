"""The design tokens: every colour pair the palettes define is legible, sizes keep to their grid and minimums."""

from __future__ import annotations

import pytest

from notalone_desktop.services.family import CHILD_COLOURS as APP_CHILD_COLOURS
from notalone_desktop.ui.theme.contrast import TEXT_CONTRAST, UI_CONTRAST, contrast, luminance, print_colour
from notalone_desktop.ui.theme.stylesheet import STATE_TEXT_PAIRS, state_colours
from notalone_desktop.ui.theme.tokens import (
    CHILD_COLOURS,
    HIGH_CONTRAST,
    PALETTES,
    PRINT,
    PRINT_COLOURS,
    SPACING,
    TEXT_PAIRS,
    TYPE,
    UI_PAIRS,
    Palette,
    Spacing,
)


def test_contrast_matches_the_wcag_reference_values() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)  # the classic "just fails" grey
    assert luminance("#ffffff") == pytest.approx(1.0)


@pytest.mark.parametrize(
    "palette", list(PALETTES.values()), ids=["light", "dark", "light-high-contrast", "dark-high-contrast"]
)
def test_every_text_and_ui_pair_of_the_palette_is_legible(palette: Palette) -> None:
    roles = set(Palette._fields)
    high = palette in (PALETTES[(False, True)], PALETTES[(True, True)])
    weak = []
    for pairs, needed in ((TEXT_PAIRS, HIGH_CONTRAST if high else TEXT_CONTRAST), (UI_PAIRS, UI_CONTRAST)):
        for front, back in pairs:
            assert front in roles and back in roles
            ratio = contrast(getattr(palette, front), getattr(palette, back))
            if ratio < needed:
                weak.append(f"{front} on {back}: {ratio:.2f} < {needed}")
    assert weak == []


def test_every_role_is_in_a_checked_pair() -> None:
    checked = {role for pair in TEXT_PAIRS + UI_PAIRS for role in pair}
    assert checked == set(Palette._fields)


def test_each_childs_print_colour_carries_white_text_and_prints_as_a_dark_grey() -> None:
    assert [screen for screen, _paper in CHILD_COLOURS] == list(APP_CHILD_COLOURS)  # the app's own, in its order
    for screen, paper in CHILD_COLOURS:
        assert print_colour(screen) == paper
        assert contrast(paper, PRINT_COLOURS.on_colour) >= TEXT_CONTRAST, screen
    # A colour from an imported family (not one of ours) is darkened until it reads, never left pale.
    assert contrast(print_colour("#ffd54f"), "#ffffff") >= TEXT_CONTRAST
    assert print_colour("not a colour") == PRINT_COLOURS.family


def test_print_sizes_meet_the_minimums_of_the_sheets() -> None:
    assert PRINT.tick_box_mm >= 5 and PRINT.month_box_mm >= 5
    assert PRINT.body >= PRINT.body_min >= 10
    assert PRINT.police_number > PRINT.number > PRINT.item
    # Eight bank-size cards fit the smaller of A4 (182 x 269 mm inside the margins) and Letter (188 x 251 mm).
    width = 2 * PRINT.card_width_mm + PRINT.card_gap_mm
    height = 4 * PRINT.card_height_mm + 3 * PRINT.card_gap_mm
    assert width <= 210 - 2 * PRINT.margin_mm and height <= 279.4 - 2 * PRINT.margin_mm


def test_spacing_sits_on_the_4_px_grid_and_the_type_scale_descends() -> None:
    assert all(getattr(SPACING, name) % SPACING.grid == 0 for name in Spacing.__annotations__)
    assert TYPE.page_title > TYPE.section > TYPE.body > TYPE.caption >= 12


@pytest.mark.parametrize("palette", list(PALETTES.values()), ids=lambda p: p.window)
def test_text_on_the_style_sheets_hover_and_pressed_tints_stays_legible(palette: Palette) -> None:
    tints = state_colours(palette)
    for front, back in STATE_TEXT_PAIRS:
        assert contrast(getattr(palette, front), tints[back]) >= TEXT_CONTRAST, (front, back)
