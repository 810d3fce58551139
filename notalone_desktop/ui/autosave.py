"""Save as you type: the rule for every field that lives in a view (the safety plan, checklist and lesson notes).

`AutoSave` writes what was typed half a second after the last change, and at once when a watched field loses
the focus or is hidden (another section, another tab, the window closing) and when the application quits: a
crash or a power cut a second later loses nothing. Forms in dialogs follow the other half of the rule (they ask
before throwing anything away: ui/dialogs/discard.py).

`ParentGate` keeps fields that need the parent read-only in child mode; the first key typed into one asks for
the PIN (as every other change does in child mode) and, once it is given, goes through. Nothing typed in child
mode ever looks saved when it is not.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

DELAY_MS = 500
# Keys that move or select without changing the text: they never ask for the PIN.
_NAVIGATION_KEYS = {
    Qt.Key.Key_Tab,
    Qt.Key.Key_Backtab,
    Qt.Key.Key_Escape,
    Qt.Key.Key_Home,
    Qt.Key.Key_End,
    Qt.Key.Key_Left,
    Qt.Key.Key_Up,
    Qt.Key.Key_Right,
    Qt.Key.Key_Down,
    Qt.Key.Key_PageUp,
    Qt.Key.Key_PageDown,
    Qt.Key.Key_Shift,
    Qt.Key.Key_Control,
    Qt.Key.Key_Meta,
    Qt.Key.Key_Alt,
}


class AutoSave(QObject):
    """Calls `save` once edits settle. Call `changed()` on every edit; `flush()` saves a pending edit now;
    `cancel()` forgets it (the field was reloaded from the database)."""

    def __init__(self, save: Callable[[], Any], parent: QObject, delay_ms: int = DELAY_MS) -> None:
        super().__init__(parent)
        self._save = save
        self._pending = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.flush)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.flush)

    @property
    def pending(self) -> bool:
        return self._pending

    def watch(self, *widgets: QWidget) -> None:
        """Save at once when one of `widgets` loses the focus or is hidden (with its view or its window)."""
        for widget in widgets:
            widget.installEventFilter(self)

    def changed(self) -> None:
        self._pending = True
        self._timer.start()

    def flush(self) -> None:
        if not self._pending:
            return
        self._timer.stop()
        self._pending = False
        self._save()

    def cancel(self) -> None:
        self._timer.stop()
        self._pending = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.FocusOut, QEvent.Type.Hide):
            self.flush()
        return super().eventFilter(watched, event)


def changes_text(event: QKeyEvent) -> bool:
    """Whether a key press would change a text field's content (typing, deleting, pasting, cutting, undoing)."""
    if event.matches(QKeySequence.StandardKey.Copy) or event.matches(QKeySequence.StandardKey.SelectAll):
        return False
    if event.key() in _NAVIGATION_KEYS:
        return False
    for key in (
        QKeySequence.StandardKey.Paste,
        QKeySequence.StandardKey.Cut,
        QKeySequence.StandardKey.Undo,
        QKeySequence.StandardKey.Redo,
        QKeySequence.StandardKey.Delete,
    ):
        if event.matches(key):
            return True
    if event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
        return False  # a shortcut, not text
    return bool(event.text().strip("\x00")) or event.key() in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete)


class ParentGate(QObject):
    """Text fields that only a parent may change: read-only while `context.locked`; the first key that would
    change one asks for the PIN (`context.require_parent`) and, once given, is typed as usual."""

    def __init__(self, context: Any, fields: list[QLineEdit | QPlainTextEdit], parent: QObject) -> None:
        super().__init__(parent)
        self.context = context
        self.fields = fields
        self._editable = {id(field): not field.isReadOnly() for field in fields}
        for field in fields:
            field.installEventFilter(self)
        lock_changed = getattr(context, "lock_changed", None)
        if lock_changed is not None:
            lock_changed.connect(lambda _locked: self.apply())
        self.apply()

    @property
    def locked(self) -> bool:
        return bool(getattr(self.context, "locked", False))

    def set_editable(self, field: QLineEdit | QPlainTextEdit, editable: bool) -> None:
        """Whether the field is editable for other reasons than the lock (a hidden code word is not)."""
        self._editable[id(field)] = editable
        self.apply()

    def apply(self) -> None:
        for field in self.fields:
            field.setReadOnly(self.locked or not self._editable.get(id(field), True))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and self.locked
            and watched in self.fields
            and self._editable.get(id(watched), True)
            and isinstance(event, QKeyEvent)
            and changes_text(event)
        ):
            # Unlocking makes the field editable again (lock_changed); the key then goes through.
            return not self.context.require_parent(watched)
        return super().eventFilter(watched, event)
