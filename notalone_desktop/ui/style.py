"""The app's own colours, in one place: red is kept for help and for problems, and reads on light and dark
palettes alike. Everything else follows the system palette."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QWidget

# The emergency red: "Get help now" and warnings drawn as white text on red.
EMERGENCY_RED = "#c62828"
# Red text for a problem: the emergency red on a light palette, a lighter shade on a dark one (contrast 4.5:1).
ERROR_RED = {"light": EMERGENCY_RED, "dark": "#ff8a80"}


def is_dark(widget: QWidget) -> bool:
    return widget.palette().color(QPalette.ColorRole.Window).lightness() < 128


def error_colour(widget: QWidget) -> str:
    """The red for problem text on `widget`'s palette."""
    return ERROR_RED["dark" if is_dark(widget) else "light"]


def style_error(widget: QWidget, bold: bool = True) -> None:
    """Red (bold) text for a message about a problem, in the shade that reads on the current palette."""
    weight = " font-weight: bold;" if bold else ""
    widget.setStyleSheet(f"color: {error_colour(widget)};{weight}")


def style_danger_button(button: QWidget) -> None:
    """A button whose action cannot be undone (erase): red text."""
    button.setStyleSheet(f"QPushButton {{ color: {error_colour(button)}; }}")
