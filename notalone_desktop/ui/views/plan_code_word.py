"""The safety plan's family code word: hidden until a parent asks to see it (after the PIN in child mode),
hidden again when the lock closes, and never shown in screenshots. Its texts keep the translation context
"PlanView"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QWidget

from notalone_desktop.services.plan import CODE_WORD_MAX
from notalone_desktop.ui.context import AppContext
from notalone_desktop.ui.widgets.common import Card, heading, wrapped

translate = QCoreApplication.translate


class CodeWordCard(Card):
    """`edited`: the parent typed in the field. `word()`: the word to save, or None while it was never shown."""

    edited = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.child_id: int | None = None
        self.has_word = False
        self.loaded = False  # the field holds the real word (after Show), so Save may write it
        self.setObjectName("planCodeWord")
        word_layout = self.body
        self.word_title = heading(2)
        self.word_text = wrapped()
        self.word_status = wrapped()
        self.word_status.setObjectName("codeWordStatus")
        self.code_edit = QLineEdit()
        self.code_edit.setObjectName("codeWord")
        self.code_edit.setMaxLength(CODE_WORD_MAX)
        self.code_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.code_edit.setReadOnly(True)
        self.code_edit.textEdited.connect(lambda _text: self.edited.emit())
        self.show_button = QPushButton()
        self.show_button.setObjectName("showCodeWord")
        self.show_button.setCheckable(True)
        self.show_button.toggled.connect(self._show_toggled)
        word_row = QHBoxLayout()
        word_row.addWidget(self.code_edit, 1)
        word_row.addWidget(self.show_button)
        for widget in (self.word_title, self.word_text, self.word_status):
            word_layout.addWidget(widget)
        word_layout.addLayout(word_row)

    def retranslate(self) -> None:
        self.word_title.setText(translate("PlanView", "Family code word"))
        self.word_text.setText(
            translate(
                "PlanView",
                "A word only your family knows. Anyone who calls about money or danger in your child's name must "
                "be able to say it; ask your child for it too. Never type it into a chat: only say it aloud.",
            )
        )
        self.code_edit.setAccessibleName(translate("PlanView", "Family code word"))
        self._show_state()

    def word(self) -> str | None:
        return self.code_edit.text() if self.loaded else None

    def show_state(self, child_id: int | None, has_word: bool) -> None:
        """Say whether the child's plan has a word (`has_word`) and what Show does now."""
        self.child_id, self.has_word = child_id, has_word
        self._show_state()

    def _show_state(self) -> None:
        has_word = self.has_word
        screenshots = bool(getattr(self.context, "screenshot_mode", False))
        revealed = self.show_button.isChecked()
        self.show_button.setText(translate("PlanView", "Hide") if revealed else translate("PlanView", "Show"))
        self.show_button.setAccessibleName(
            translate("PlanView", "Hide the code word")
            if revealed
            else translate("PlanView", "Show or change the code word")
        )
        self.show_button.setEnabled(not screenshots)
        if screenshots:
            status = translate("PlanView", "The code word is never shown in screenshots.")
        elif revealed:
            status = translate("PlanView", "Type a new word to change it, then save the plan.")
        elif has_word:
            status = translate("PlanView", "A code word is saved. Press Show to see or change it.")
        else:
            status = translate("PlanView", "No code word yet. Press Show to choose one.")
        self.word_status.setText(status)
        self.code_edit.setPlaceholderText("" if revealed else translate("PlanView", "Hidden"))

    def _show_toggled(self, revealed: bool) -> None:
        if revealed and not self._reveal():
            self.show_button.blockSignals(True)
            self.show_button.setChecked(False)
            self.show_button.blockSignals(False)
        elif not revealed:
            self.hide_word(clear=False)
        self._show_state()

    def _reveal(self) -> bool:
        """Show the code word (and let it be changed), after the parent lock when there is one."""
        if getattr(self.context, "screenshot_mode", False) or self.child_id is None:
            return False
        if not self.context.require_parent(self):
            return False
        if not self.loaded:
            self.code_edit.setText(self.context.services.plan.code_word(self.child_id))
            self.loaded = True
        self.code_edit.setEchoMode(QLineEdit.EchoMode.Normal)
        self.code_edit.setReadOnly(False)
        self.code_edit.setFocus()
        return True

    def hide_word(self, clear: bool) -> None:
        """Mask the field; with `clear`, forget what it held (another child, a reload, the lock closing)."""
        self.code_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.code_edit.setReadOnly(True)
        if clear:
            self.code_edit.clear()
            self.loaded = False
        if self.show_button.isChecked():
            self.show_button.blockSignals(True)
            self.show_button.setChecked(False)
            self.show_button.blockSignals(False)

    def lock_changed(self, locked: bool) -> None:
        if locked:
            self.hide_word(clear=True)
            self._show_state()
