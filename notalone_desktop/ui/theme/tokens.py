"""Design tokens: the type scale, the spacing scale, print sizes and the colour palettes, as plain data.

Screens and printed sheets read their sizes and colours from here; nothing else hard-codes a colour or a size.
The on-screen theme (style sheets, icons, light/dark switching) is built on these values; this module holds no
widgets and imports nothing of Qt, and is cheap to import at start-up: the scales are plain classes of constants
(with empty __slots__, so a value cannot be changed on the instance) and a palette is a NamedTuple: dataclasses
would cost milliseconds to build.

Anchors: Fluent 2's type ramp (caption 12 / body 14 / subtitle 20 / title 28 px) and 4 px spacing grid, WCAG 2.2
contrast (text 4.5:1, UI parts 3:1), GNOME's HIG (one accent colour; red only for urgent or destructive actions).
"""

from __future__ import annotations

from typing import NamedTuple


class TypeScale:
    """Font sizes on screen, in pixels at 100% scaling (Qt scales them with the screen)."""

    __slots__ = ()  # constants: setting one on the instance raises

    page_title: int = 28  # one per screen: the headline that says what to do next
    section: int = 20  # a card's or a group's heading
    body: int = 14  # running text, list rows, buttons
    caption: int = 12  # dates, hints, secondary lines; never smaller


class Spacing:
    """The spacing scale on a 4 px grid: margins, gaps between widgets, padding inside cards."""

    __slots__ = ()  # constants: setting one on the instance raises

    grid: int = 4
    xs: int = 4  # between a label and its field
    s: int = 8  # between related controls
    m: int = 12  # between rows of a form, inside a card
    lg: int = 16  # a page's margins, between cards
    xl: int = 24  # between sections
    xxl: int = 32  # around an empty state's message
    radius: int = 8  # a card's corners
    control_radius: int = 4  # a button's or a field's corners


class PrintSizes:
    """Sizes on paper, in points (1/72 inch) unless the name says mm. Every sheet reads these."""

    __slots__ = ()  # constants: setting one on the instance raises

    title: float = 20.0  # a sheet's title
    section: float = 14.0  # a child's or a group's heading
    subsection: float = 12.0  # a category in the booklet
    item: float = 11.0  # an item's title, a promise, a step
    body: float = 10.5  # running text; a booklet never goes below `body_min`
    body_min: float = 10.0
    caption: float = 9.0  # printed-on dates, page numbers, footers
    month_item: float = 12.5  # an item's title on the month's sheet
    month_detail: float = 10.0  # the line under it
    number: float = 15.0  # a phone number on the emergency sheet
    police_number: float = 26.0  # the police number, the largest thing on the emergency sheet
    foot_number: float = 13.0  # the numbers at the foot of the month's sheet
    card_title: float = 8.5  # a wallet card's heading
    card_text: float = 7.0  # names and helpline names on a wallet card
    card_number: float = 9.0  # numbers on a wallet card
    poster_title: float = 40.0
    poster_heading: float = 28.0
    poster_rule: float = 19.0
    poster_detail: float = 13.0
    tick_box_mm: float = 5.5  # big enough to tick with a pen (at least 5 mm)
    month_box_mm: float = 6.5  # the month's sheet: a box a child can tick too
    margin_mm: float = 14.0  # the page margins, the same for A4 and Letter
    card_width_mm: float = 85.6  # a wallet card: ISO/IEC 7810 ID-1, the size of a bank card
    card_height_mm: float = 54.0
    card_gap_mm: float = 4.0  # between cards on the sheet; the cut marks sit in it
    cut_mark_mm: float = 3.0


class Palette(NamedTuple):
    """Named colours of one palette (#rrggbb). `on_*` colours are for text drawn on the colour they name."""

    window: str  # the window's background
    surface: str  # cards and panels on the window
    text: str
    text_muted: str  # captions and hints: still >= 4.5:1 on window and surface
    border: str  # outlines of fields and cards: >= 3:1 against window (UI component contrast)
    accent: str  # progress, primary buttons, links, focus
    on_accent: str
    emergency: str  # "Get help now" and danger only, so that red keeps its meaning
    on_emergency: str
    error: str  # an error message's text
    warning: str  # a warning's text
    success: str  # "done", a good choice
    focus: str  # the focus ring: >= 3:1 against window and surface


LIGHT = Palette(
    window="#f7f7f5",
    surface="#ffffff",
    text="#1c1c1c",
    text_muted="#555555",
    border="#8a8a8a",
    accent="#1d5fb8",
    on_accent="#ffffff",
    emergency="#c62828",
    on_emergency="#ffffff",
    error="#b3261e",
    warning="#8a5300",
    success="#1e6b3a",
    focus="#1d5fb8",
)

DARK = Palette(
    window="#1e1f22",
    surface="#2a2b2f",
    text="#ececec",
    text_muted="#b4b4b4",
    border="#8c8c8c",
    accent="#7fb0f5",
    on_accent="#0b1a2e",
    emergency="#d83a34",  # a lighter red, so the button stands out on the dark window; white on it reads at 4.6:1
    on_emergency="#ffffff",
    error="#ff8a80",
    warning="#ffcc66",
    success="#7ed69b",
    focus="#7fb0f5",
)

# The system's high-contrast mode (Windows' contrast themes, GNOME's and macOS's "increase contrast"): every text
# pair reads at 7:1 or more (WCAG 2.2 AAA), outlines are the text colour itself.
HIGH_CONTRAST_LIGHT = Palette(
    window="#ffffff",
    surface="#ffffff",
    text="#000000",
    text_muted="#2b2b2b",
    border="#000000",
    accent="#0039a6",
    on_accent="#ffffff",
    emergency="#a50e0e",
    on_emergency="#ffffff",
    error="#a50e0e",
    warning="#5c3600",
    success="#0b5323",
    focus="#0039a6",
)

HIGH_CONTRAST_DARK = Palette(
    window="#000000",
    surface="#101010",
    text="#ffffff",
    text_muted="#e0e0e0",
    border="#ffffff",
    accent="#9fd0ff",
    on_accent="#000000",
    emergency="#ff8a80",  # a light red with black text: the only red that reads at 7:1 on black and under black
    on_emergency="#000000",
    error="#ffb4ab",
    warning="#ffd780",
    success="#9be8b2",
    focus="#ffff00",
)

# Every palette the screen may use, by (dark, high contrast).
PALETTES: dict[tuple[bool, bool], Palette] = {
    (False, False): LIGHT,
    (True, False): DARK,
    (False, True): HIGH_CONTRAST_LIGHT,
    (True, True): HIGH_CONTRAST_DARK,
}
HIGH_CONTRAST = 7.0  # WCAG 2.2 AAA: what the high-contrast palettes give every text pair

# Pairs that carry text (>= 4.5:1) and pairs where a UI part meets its background (>= 3:1), by role name.
TEXT_PAIRS: tuple[tuple[str, str], ...] = (
    ("text", "window"),
    ("text", "surface"),
    ("text_muted", "window"),
    ("text_muted", "surface"),
    ("on_accent", "accent"),
    ("on_emergency", "emergency"),
    ("error", "window"),
    ("error", "surface"),
    ("warning", "window"),
    ("warning", "surface"),
    ("success", "window"),
    ("success", "surface"),
    ("accent", "window"),  # links
    ("accent", "surface"),
)
UI_PAIRS: tuple[tuple[str, str], ...] = (
    ("border", "window"),
    ("border", "surface"),
    ("focus", "window"),
    ("focus", "surface"),
    ("accent", "window"),
    ("emergency", "window"),
    ("emergency", "surface"),
)


class PrintPalette:
    """Colours on paper: black text on white, with the few colours that still read on a black-and-white printer."""

    __slots__ = ()  # constants: setting one on the instance raises

    ink: str = "#000000"
    muted: str = "#333333"  # dates and footers: dark enough for a cheap printer
    rule: str = "#555555"  # lines under headings, table borders
    faint: str = "#b0b0b0"  # a card's outline: a guide, not a border
    emergency: str = "#b71c1c"  # the police number's band: prints as a dark grey
    on_colour: str = "#ffffff"  # text on a child's colour or on the emergency band
    family: str = "#333333"  # the whole family's band, where a child would have their colour


# Each child's colour: the one the app gives a child (services.family.CHILD_COLOURS, in that order) and the
# darker shade their printed sheets use for the band with their name. Every print shade carries white text at
# >= 4.5:1, so the name stays legible when the sheet comes out of a black-and-white printer as grey.
CHILD_COLOURS: tuple[tuple[str, str], ...] = (
    ("#3b7dd8", "#245aa8"),
    ("#d8663b", "#a8461f"),
    ("#2f9e6e", "#1c6e4b"),
    ("#9b59b6", "#7a3d95"),
    ("#c0392b", "#a3291d"),
    ("#16a085", "#0e6e5b"),
    ("#b7950b", "#7d6608"),
)

TYPE = TypeScale()
SPACING = Spacing()
PRINT = PrintSizes()
PRINT_COLOURS = PrintPalette()
