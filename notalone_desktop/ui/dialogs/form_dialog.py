"""The other half of "no edit is ever lost": a dialog that holds a form (a record to add or change) saves only
with its Save / OK button, so Cancel, Escape or closing it after something was typed asks first ("Discard this
record?", No by default). Fields in views save as they are typed instead (ui/autosave.py).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from notalone_desktop.ui.widgets.common import question

translate = QCoreApplication.translate


def form_values(root: QWidget) -> list[object]:
    """What the form's fields hold now, in a fixed order: the texts typed, the choices made, the boxes ticked.
    Rows added or removed (another phone number) change the list's length, so they count as changes too."""
    values: list[object] = []
    for widget in root.findChildren(QWidget):
        if isinstance(widget, QLineEdit) and not isinstance(widget.parent(), QAbstractSpinBox | QComboBox):
            values.append(widget.text())
        elif isinstance(widget, QPlainTextEdit):
            values.append(widget.toPlainText())
        elif isinstance(widget, QComboBox):
            values.append(widget.currentData() if widget.currentData() is not None else widget.currentIndex())
        elif isinstance(widget, QAbstractSpinBox):
            values.append(widget.text())
        elif isinstance(widget, QAbstractButton) and widget.isCheckable():
            values.append(widget.isChecked())
    return values


class FormDialog(QDialog):
    """Call `remember_form()` once the fields are filled; `reject()` (Cancel, Escape, the window's close
    button) then asks before it throws away anything typed since. `editing` picks the question's words."""

    editing = False
    _remembered: list[object] | None = None

    def remember_form(self) -> None:
        self._remembered = form_values(self)

    def has_changes(self) -> bool:
        return self._remembered is not None and form_values(self) != self._remembered

    def discard_question(self) -> QMessageBox:
        if self.editing:
            text = translate("FormDialog", "Discard your changes? What you changed here is not saved.")
        else:
            text = translate("FormDialog", "Discard this record? What you typed here is not saved.")
        box = question(self, translate("FormDialog", "Not saved"), text)
        box.button(QMessageBox.StandardButton.Yes).setText(translate("FormDialog", "Discard"))
        box.button(QMessageBox.StandardButton.No).setText(translate("FormDialog", "Keep editing"))
        return box

    def reject(self) -> None:
        """Asked window-modal and without blocking (open, not exec): the dialog closes once "Discard" is chosen."""
        if self.active_question is not None:
            return  # asked already: the question is on screen
        if not self.has_changes():
            super().reject()
            return
        self.active_question = self.discard_question()
        self.active_question.finished.connect(self._discard_answered)
        self.active_question.open()

    def _discard_answered(self, answer: int) -> None:
        self.active_question = None
        if answer == QMessageBox.StandardButton.Yes:
            super().reject()

    active_question: QMessageBox | None = None
