"""Contrast arithmetic for the palette (WCAG 2.2 relative luminance) and the shade of a child's colour on paper."""

from __future__ import annotations

from notalone_desktop.ui.theme.tokens import CHILD_COLOURS, PRINT_COLOURS

TEXT_CONTRAST = 4.5  # WCAG 2.2 AA, normal text
UI_CONTRAST = 3.0  # WCAG 2.2 AA, UI components and large text


def rgb(colour: str) -> tuple[int, int, int]:
    """'#rrggbb' (or '#rrggbbaa', alpha ignored) as three 0-255 values."""
    value = colour.strip().lstrip("#")
    if len(value) not in (6, 8) or any(ch not in "0123456789abcdefABCDEF" for ch in value):
        raise ValueError(f"not a colour: {colour!r}")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


def luminance(colour: str) -> float:
    """The relative luminance of an sRGB colour, 0 (black) to 1 (white)."""

    def channel(c: int) -> float:
        s = c / 255
        return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in rgb(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(first: str, second: str) -> float:
    """The contrast ratio of two colours, 1 to 21."""
    a, b = sorted((luminance(first), luminance(second)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def darker(colour: str, factor: float) -> str:
    r, g, b = rgb(colour)
    return "#{:02x}{:02x}{:02x}".format(*(round(c * factor) for c in (r, g, b)))


def print_colour(colour: str) -> str:
    """The shade of a child's colour for their printed sheets: the table's shade for the app's own colours, any
    other colour (an imported family's) darkened until white text on it reads at 4.5:1."""
    for screen, paper in CHILD_COLOURS:
        if screen.lower() == colour.strip().lower()[:7]:
            return paper
    try:
        shade = "#{:02x}{:02x}{:02x}".format(*rgb(colour))
    except ValueError:
        return PRINT_COLOURS.family
    factor = 1.0
    while contrast(shade, PRINT_COLOURS.on_colour) < TEXT_CONTRAST and factor > 0.05:
        factor -= 0.05
        shade = darker(colour, factor)
    return shade
