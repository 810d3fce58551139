"""Add or edit one of the family's own checklist items."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from notalone_desktop.core.errors import ValidationError
from notalone_desktop.services.checklist import DETAILS_MAX, TITLE_MAX, clean_custom_item
from notalone_desktop.ui.context import AppContext
from notalone_desktop.ui.dialogs.form_dialog import FormDialog
from notalone_desktop.ui.plain_text import unsafe_text_message
from notalone_desktop.ui.style import style_error
from notalone_desktop.ui.widgets.common import name_buttons


class CustomItemDialog(FormDialog):
    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        category: str = "",
        title: str = "",
        details: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("customItemDialog")
        self.category = QComboBox()
        self.category.setObjectName("customCategory")
        for cat in context.services.content.checklists.categories:
            self.category.addItem(cat.title.get(context.language), cat.key)
        self.category.setCurrentIndex(max(0, self.category.findData(category)))
        self.title_edit = QLineEdit(title)
        self.title_edit.setObjectName("customTitle")
        self.title_edit.setMaxLength(TITLE_MAX * 2)
        self.details = QPlainTextEdit(details)
        self.details.setObjectName("customDetails")
        self.error = QLabel()
        self.error.setObjectName("error")
        style_error(self.error)
        self.error.setWordWrap(True)
        self.error.hide()
        self.labels = [QLabel(), QLabel(), QLabel()]
        for label, field in zip(self.labels, (self.category, self.title_edit, self.details), strict=True):
            label.setBuddy(field)
        form = QFormLayout()
        form.addRow(self.labels[0], self.category)
        form.addRow(self.labels[1], self.title_edit)
        form.addRow(self.labels[2], self.details)
        self.buttons = buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._editing = bool(title)
        self.retranslate()
        self.editing = self._editing
        self.remember_form()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Edit your item") if self._editing else self.tr("Add your own item"))
        self.labels[0].setText(self.tr("&Category:"))
        self.labels[1].setText(self.tr("&What to do:"))
        self.labels[2].setText(self.tr("&Details:"))
        self.category.setAccessibleName(self.tr("Category"))
        self.title_edit.setAccessibleName(self.tr("What to do"))
        self.title_edit.setPlaceholderText(self.tr("For example: Check the tablet's YouTube history together"))
        self.details.setAccessibleName(self.tr("Details"))
        name_buttons(self.buttons)

    def accept(self) -> None:
        """The service's own checks (clean_custom_item), said in the interface language beside the form."""
        try:
            clean_custom_item(self.title_edit.text(), self.details.toPlainText())
        except ValidationError as exc:
            unsafe = unsafe_text_message(getattr(exc, "code", ""))
            if unsafe is not None:
                self.error.setText(unsafe)
            elif exc.field == "details":
                self.error.setText(
                    self.tr("The details can have at most %1 characters.").replace("%1", f"{DETAILS_MAX:,}")
                )
            elif self.title_edit.text().strip():
                self.error.setText(self.tr("Keep it to at most %1 characters.").replace("%1", str(TITLE_MAX)))
            else:
                self.error.setText(self.tr("Enter what to do."))
            self.error.show()
            (self.details if exc.field == "details" else self.title_edit).setFocus()
            return
        super().accept()

    def values(self) -> tuple[str, str, str]:
        return str(self.category.currentData()), self.title_edit.text(), self.details.toPlainText()
