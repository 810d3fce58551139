"""The application's one style sheet, built from the tokens of one palette: cards, messages, and the primary,
danger and emergency buttons, chosen by a widget's `role` property (see `ui.theme.roles`).

Plain text, no Qt: built in well under a millisecond, and testable without a window. Focus is shown by one 2 px
ring around the focused widget, drawn by ui/focus.py in the palette's focus colour (WCAG 2.2 asks for 2 px); the
rules here draw no second one, and nothing here removes a focus indicator (`outline: none` is never used), so
another module's rules (`extra`) add to these, never fight them.
"""

from __future__ import annotations

from notalone_desktop.ui.theme.contrast import luminance, rgb
from notalone_desktop.ui.theme.tokens import SPACING, Palette


def mix(front: str, back: str, amount: float) -> str:
    """`amount` of `front` over `back` (0: back, 1: front): tints for hover and pressed states, never for text."""
    f, b = rgb(front), rgb(back)
    return "#{:02x}{:02x}{:02x}".format(*(round(x * amount + y * (1 - amount)) for x, y in zip(f, b, strict=True)))


def _away_from(colour: str) -> str:
    return "#000000" if luminance(colour) > 0.5 else "#ffffff"


def state_colours(p: Palette) -> dict[str, str]:
    """The tints the style sheet derives for hover and pressed states (text on them is checked like the tokens)."""
    return {
        "hover": mix(p.accent, p.surface, 0.12),
        "pressed": mix(p.accent, p.surface, 0.24),
        # Away from the colour of the text on it, so that the text only gains contrast.
        "primary_hover": mix(p.accent, _away_from(p.on_accent), 0.85),
        "emergency_hover": mix(p.emergency, _away_from(p.on_emergency), 0.85),
        "disabled": mix(p.text_muted, p.window, 0.6),
    }


# (text colour role, derived background) pairs of the style sheet that carry text.
STATE_TEXT_PAIRS = (
    ("text", "hover"),
    ("text", "pressed"),
    ("on_accent", "primary_hover"),
    ("on_emergency", "emergency_hover"),
)


def stylesheet(palette: Palette, extra: str = "") -> str:
    """The style sheet for `palette`; `extra` (rules of another module, such as the focus indicator's) comes last,
    so that it wins where both style the same thing."""
    p = palette
    states = state_colours(p)
    hover, pressed, disabled = states["hover"], states["pressed"], states["disabled"]
    s, m = SPACING.s, SPACING.m
    r = SPACING.control_radius
    rules = f"""
QFrame[role="card"] {{
    background: {p.surface}; border: 1px solid {p.border}; border-radius: {SPACING.radius}px;
}}
QFrame[role="emergency"] {{ background: {p.emergency}; border: none; border-radius: {r}px; }}
QFrame[role="emergency"] QLabel {{ color: {p.on_emergency}; }}
QLabel[role="error"] {{ color: {p.error}; font-weight: bold; }}
QLabel[role="error-text"] {{ color: {p.error}; }}
QLabel[role="warning"] {{ color: {p.warning}; font-weight: bold; }}
QLabel[role="success"] {{ color: {p.success}; }}
QLabel[role="muted"] {{ color: {p.text_muted}; }}

QListWidget#navigation {{
    background: {p.surface}; border: none; border-right: 1px solid {p.border}; padding: {SPACING.xs}px;
}}
QListWidget#navigation::item {{ padding: {s}px {m}px; margin: 1px 0; border-radius: {r}px; color: {p.text}; }}
QListWidget#navigation::item:hover {{ background: {hover}; }}
QListWidget#navigation::item:selected {{ background: {p.accent}; color: {p.on_accent}; }}

QPushButton {{
    background: {p.surface}; color: {p.text}; border: 1px solid {p.border}; border-radius: {r}px;
    padding: {SPACING.xs + 1}px {m}px;
}}
QPushButton:hover {{ background: {hover}; }}
QPushButton:pressed, QPushButton:checked {{ background: {pressed}; }}
QPushButton:disabled {{ color: {disabled}; border-color: {disabled}; background: {p.window}; }}
QPushButton:flat {{ border: 1px solid transparent; background: transparent; }}
QPushButton:flat:hover {{ background: {hover}; }}
QPushButton[role="primary"] {{ background: {p.accent}; color: {p.on_accent}; border-color: {p.accent}; }}
QPushButton[role="primary"]:hover {{ background: {states["primary_hover"]}; }}
QPushButton[role="danger"] {{ color: {p.error}; border-color: {p.error}; }}
QPushButton[role="emergency"], QToolButton[role="emergency"] {{
    background: {p.emergency}; color: {p.on_emergency}; border: 2px solid {p.emergency}; border-radius: {r}px;
    font-weight: bold; padding: {SPACING.xs + 1}px {SPACING.lg}px;
}}
QPushButton[role="emergency"]:hover, QToolButton[role="emergency"]:hover {{
    background: {states["emergency_hover"]};
}}
QPushButton[role="primary"]:disabled, QPushButton[role="emergency"]:disabled, QToolButton[role="emergency"]:disabled {{
    background: {p.window}; color: {disabled}; border: 1px solid {disabled};
}}
QCommandLinkButton {{ background: transparent; border: 1px solid transparent; padding: 0px; }}
QCommandLinkButton:hover {{ background: {hover}; border-color: {p.border}; }}

QLineEdit, QPlainTextEdit, QTextEdit[readOnly="false"], QSpinBox, QDateEdit {{
    border: 1px solid {p.border}; border-radius: {r}px; background: {p.surface}; color: {p.text};
    selection-background-color: {p.accent}; selection-color: {p.on_accent};
}}
QLineEdit {{ padding: 3px {SPACING.xs}px; }}
QComboBox {{
    border: 1px solid {p.border}; border-radius: {r}px; background: {p.surface}; color: {p.text};
    padding: 3px {SPACING.s}px;
}}
QComboBox:disabled {{ color: {disabled}; border-color: {disabled}; }}
QLineEdit:disabled, QPlainTextEdit:disabled, QTextEdit:disabled {{ color: {disabled}; border-color: {disabled}; }}
QToolTip {{ background: {p.surface}; color: {p.text}; border: 1px solid {p.border}; }}
"""
    return rules + extra
