"""An empty list explains itself: one sentence, and the one action that fills it, shown as the page's primary
button; the actions that need something chosen step aside until there is something."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QWidget

from notalone_desktop.ui.theme.roles import set_role


def show_empty_state(empty: bool, message: QWidget, action: QWidget, step_aside: Iterable[QWidget] = ()) -> None:
    """Show `message` and make `action` primary while `empty`; hide the `step_aside` controls meanwhile."""
    message.setVisible(empty)
    set_role(action, "primary" if empty else "")
    for widget in step_aside:
        widget.setVisible(not empty)
