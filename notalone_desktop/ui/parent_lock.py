"""Asking for the parent PIN: the prompt AppContext.require_parent uses while the app is in child mode.

It lives here, not in ui/context.py, so that the context does not import the PIN dialog (which needs the
context): the start (ui/app.py) hands it to the context.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from notalone_desktop.ui.context import AppContext


def ask_for_pin(context: AppContext, parent: QWidget | None = None) -> bool:
    """Show the PIN dialog; True when the right PIN (or the recovery code) was entered."""
    from notalone_desktop.ui.dialogs.pin_dialog import PinDialog

    dialog = PinDialog(context, parent)
    return bool(dialog.exec()) and dialog.unlocked
