"""F1 and Ctrl+Shift+H open "Get help now" from anywhere in the app, a modal dialog included.

Qt does not deliver a window's shortcuts while a modal dialog blocks that window, even application-wide ones: the
shortcut map asks whether the shortcut's widget is blocked. So the keys are caught here, by an event filter on the
application, which sees every key press first, whichever window has the focus.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication

HELP_KEYS = (QKeySequence("F1"), QKeySequence("Ctrl+Shift+H"))


def is_help_key(event: QKeyEvent) -> bool:
    pressed = QKeySequence(event.keyCombination())
    return any(pressed.matches(key) == QKeySequence.SequenceMatch.ExactMatch for key in HELP_KEYS)


class HelpKeys(QObject):
    """Calls `open_help` (a method of the window that owns the filter, held weakly so that the window can go) for F1
    or Ctrl+Shift+H pressed in any window of the application."""

    def __init__(self, open_help: Callable[[], object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._open_help = weakref.WeakMethod(open_help)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Every event of the application passes here: the cheap class test first (asking a PySide6 event for
        # its type builds a Python enum, tens of thousands of times in the first seconds).
        if not isinstance(event, QKeyEvent):
            return False
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        if not is_help_key(event) or (event.isAutoRepeat() and kind == QEvent.Type.KeyPress):
            return False
        if kind == QEvent.Type.ShortcutOverride:
            # Claim the key for the key press that follows, so that no shortcut of a window takes it instead.
            event.accept()
            return True
        open_help = self._open_help()
        if open_help is None:
            return False
        open_help()
        return True


def install_help_keys(open_help: Callable[[], object], owner: QObject) -> HelpKeys:
    """Install the filter for as long as `owner` lives (the main window)."""
    keys = HelpKeys(open_help, owner)
    app = QApplication.instance()
    assert app is not None, "a QApplication comes first"
    app.installEventFilter(keys)
    owner.destroyed.connect(lambda: _remove(keys))
    return keys


def _remove(keys: HelpKeys) -> None:
    app = QApplication.instance()
    if app is not None:
        app.removeEventFilter(keys)
