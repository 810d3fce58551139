"""Messages and buttons styled by their part in the design (ui.theme.roles), for the views that call these by
name: an error in the palette's error colour, a button whose action cannot be undone. Colours come from the
tokens (ui.theme.tokens); red is kept for help and for problems."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from notalone_desktop.ui.theme.roles import set_role
from notalone_desktop.ui.theme.tokens import LIGHT

# The emergency red: "Get help now" and warnings drawn as white text on red (the light palette's).
EMERGENCY_RED = LIGHT.emergency


def style_error(widget: QWidget, bold: bool = True) -> None:
    """Red (bold) text for a message about a problem, in the shade of the palette on screen (and the next one)."""
    set_role(widget, "error" if bold else "error-text")


def style_danger_button(button: QWidget) -> None:
    """A button whose action cannot be undone (erase): red text and outline."""
    set_role(button, "danger")
