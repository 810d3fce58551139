"""Add or edit a child: nickname and birth year, checked before anything is saved."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from notalone_desktop.core.age import band_for_birth_year, birth_year_range
from notalone_desktop.core.errors import ValidationError
from notalone_desktop.core.family import ChildInfo
from notalone_desktop.services.family import NICKNAME_MAX, check_birth_year, clean_nickname
from notalone_desktop.ui.dialogs.form_dialog import FormDialog
from notalone_desktop.ui.labels import band_label
from notalone_desktop.ui.plain_text import unsafe_text_message
from notalone_desktop.ui.style import style_error
from notalone_desktop.ui.widgets.common import name_buttons


class ChildDialog(FormDialog):
    """Returns the cleaned nickname and birth year through `values()` once accepted."""

    def __init__(self, parent: QWidget | None = None, child: ChildInfo | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("childDialog")
        self.nickname = QLineEdit(child.nickname if child else "")
        self.nickname.setObjectName("nickname")
        # Allow a little more than the limit so that an over-long paste is refused with a message, not cut.
        self.nickname.setMaxLength(NICKNAME_MAX * 5)
        low, high = birth_year_range()
        self.birth_year = QSpinBox()
        self.birth_year.setObjectName("birthYear")
        self.birth_year.setRange(low, high)
        self.birth_year.setValue(child.birth_year if child else dt.date.today().year - 8)
        self.band = QLabel()
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        style_error(self.error)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.nickname_label, self.year_label, self.band_title = QLabel(), QLabel(), QLabel()
        self.nickname_label.setBuddy(self.nickname)
        self.year_label.setBuddy(self.birth_year)
        self.form = QFormLayout()
        self.form.addRow(self.nickname_label, self.nickname)
        self.form.addRow(self.year_label, self.birth_year)
        self.form.addRow(self.band_title, self.band)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.birth_year.valueChanged.connect(self._show_band)
        self._editing = child is not None
        self._values: tuple[str, int] | None = None
        self.retranslate()
        self.editing = self._editing
        self.remember_form()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Edit child") if self._editing else self.tr("Add a child"))
        self.nickname_label.setText(self.tr("&Nickname:"))
        self.year_label.setText(self.tr("&Birth year:"))
        self.band_title.setText(self.tr("Age group:"))
        name_buttons(self.buttons)
        self.nickname.setPlaceholderText(self.tr("A first name or nickname, as the family says it"))
        self.nickname.setAccessibleName(self.tr("Nickname"))
        self.birth_year.setAccessibleName(self.tr("Birth year"))
        self._show_band()

    def _show_band(self) -> None:
        self.band.setText(band_label(band_for_birth_year(self.birth_year.value())))

    def accept(self) -> None:
        try:
            name = clean_nickname(self.nickname.text())
            year = check_birth_year(self.birth_year.value())
        except ValidationError as exc:
            self.error.setText(self._message(exc))
            self.error.show()
            (self.nickname if exc.field == "nickname" else self.birth_year).setFocus()
            return
        self._values = (name, year)
        super().accept()

    def _message(self, exc: ValidationError) -> str:
        unsafe = unsafe_text_message(getattr(exc, "code", ""))
        if unsafe is not None:
            return unsafe
        if exc.field == "nickname" and self.nickname.text().strip():
            return self.tr("A nickname can have at most %1 characters.").replace("%1", str(NICKNAME_MAX))
        if exc.field == "nickname":
            return self.tr("Enter a nickname for the child.")
        low, high = birth_year_range()
        return self.tr("Enter a birth year from %1 to %2.").replace("%1", str(low)).replace("%2", str(high))

    def values(self) -> tuple[str, int] | None:
        return self._values
