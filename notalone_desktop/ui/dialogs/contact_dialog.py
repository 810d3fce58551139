"""Add or edit a trusted contact: checked by the contacts service when saved, every problem shown by its field.

The dialog saves through ContactsService itself, so a refused contact leaves the dialog open with what was typed
and nothing in the database.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from notalone_desktop.services.contacts import (
    MAX_PHONES,
    NAME_MAX,
    RELATIONSHIP_MAX,
    ContactInfo,
    ContactInput,
    ContactProblem,
    format_phone,
    normalise_phone,
)
from notalone_desktop.ui.context import AppContext
from notalone_desktop.ui.dialogs.form_dialog import FormDialog
from notalone_desktop.ui.focus import focus_when_scrollable
from notalone_desktop.ui.plain_text import unsafe_text_message
from notalone_desktop.ui.style import style_error as style_error  # vcard_import takes it from here too

# Fields accept far more than they may hold, so that an over-long paste is refused with a reason, not cut short.
TYPING_SLACK = 5


def problem_text(code: str, params: Mapping[str, str], country_name: str = "") -> str:
    """A contact problem (ContactProblem.code and .params) in the interface language."""
    text = params.get("text", "")
    messages = {
        "name-empty": QCoreApplication.translate("ContactDialog", "Enter the contact's name."),
        "name-long": QCoreApplication.translate("ContactDialog", "A name can have at most %1 characters."),
        "relationship-long": QCoreApplication.translate(
            "ContactDialog", "The relationship can have at most %1 characters."
        ),
        "phone-missing": QCoreApplication.translate("ContactDialog", "Enter at least one phone number."),
        "phone-too-many": QCoreApplication.translate("ContactDialog", "A contact can have at most %1 phone numbers."),
        "phone-letters": QCoreApplication.translate(
            "ContactDialog", "\u201c%2\u201d contains letters. A phone number has only digits."
        ),
        "phone-symbols": QCoreApplication.translate(
            "ContactDialog", "\u201c%2\u201d contains characters that are not part of a phone number."
        ),
        "phone-too-long": QCoreApplication.translate(
            "ContactDialog", "This number has %3 digits. Phone numbers have at most 15."
        ),
        "phone-not-number": QCoreApplication.translate("ContactDialog", "\u201c%2\u201d is not a phone number."),
        "phone-needs-country": QCoreApplication.translate(
            "ContactDialog", "Start the number with + and the country code, for example +84 912 345 678."
        ),
        "phone-invalid": QCoreApplication.translate(
            "ContactDialog",
            "\u201c%2\u201d is not a valid number in %4. A number from another country starts with + and its "
            "country code.",
        ),
        "email-invalid": QCoreApplication.translate("ContactDialog", "\u201c%2\u201d is not an email address."),
        "note-long": QCoreApplication.translate("ContactDialog", "A note can have at most %1 characters."),
        "contact-gone": QCoreApplication.translate(
            "ContactDialog", "This contact no longer exists. Close this window and look at the list again."
        ),
    }
    message = (
        messages.get(code)
        or unsafe_text_message(code)
        or QCoreApplication.translate("ContactDialog", "This contact cannot be saved.")
    )
    return (
        message.replace("%1", params.get("limit", ""))
        .replace("%2", text)
        .replace("%3", params.get("digits", ""))
        .replace("%4", country_name or params.get("region", ""))
    )


class PhoneRow(QWidget):
    """One phone number field with its remove button, its error and a hint showing how it will be saved."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(text)
        self.edit.setMaxLength(1000)  # a long paste is refused with its digit count, not silently cut
        self.remove = QPushButton()
        self.error = QLabel()
        self.error.setWordWrap(True)
        style_error(self.error)
        self.error.hide()
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.hint.hide()
        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.edit, 1)
        line.addWidget(self.remove)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(line)
        layout.addWidget(self.error)
        layout.addWidget(self.hint)


class ContactDialog(FormDialog):
    """`saved_contact` holds the contact once it was saved and the dialog accepted."""

    def __init__(self, context: AppContext, parent: QWidget | None = None, contact: ContactInfo | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("contactDialog")
        self._contact = contact
        self.saved_contact: ContactInfo | None = None
        services = context.services
        self._region = services.contacts.region()
        country = services.contacts.country()
        self._country_name = country.name.get(context.language) if country else self._region

        self.name_edit = QLineEdit(contact.name if contact else "")
        self.name_edit.setObjectName("contactName")
        self.name_edit.setMaxLength(NAME_MAX * TYPING_SLACK)
        self.name_error = self._error_label("nameError")
        self.relationship_edit = QLineEdit(contact.relationship if contact else "")
        self.relationship_edit.setObjectName("contactRelationship")
        self.relationship_edit.setMaxLength(RELATIONSHIP_MAX * TYPING_SLACK)
        self.relationship_error = self._error_label("relationshipError")

        self.phone_rows: list[PhoneRow] = []
        self.phones_box = QWidget()
        self.phones_layout = QVBoxLayout(self.phones_box)
        self.phones_layout.setContentsMargins(0, 0, 0, 0)
        self.add_phone_button = QPushButton()
        self.add_phone_button.setObjectName("addPhone")
        self.add_phone_button.clicked.connect(lambda: self.add_phone_row("", focus=True))
        self.phones_layout.addWidget(self.add_phone_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.email_edit = QLineEdit(contact.email if contact else "")
        self.email_edit.setObjectName("contactEmail")
        self.email_edit.setMaxLength(254 * TYPING_SLACK)
        self.email_error = self._error_label("emailError")
        self.note_edit = QPlainTextEdit(contact.note if contact else "")
        self.note_edit.setObjectName("contactNote")
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.note_error = self._error_label("noteError")

        self.children_box = QWidget()
        children_layout = QVBoxLayout(self.children_box)
        children_layout.setContentsMargins(0, 0, 0, 0)
        self.child_checks: dict[int, QCheckBox] = {}
        trusted = set(contact.child_ids) if contact else set()
        for child in services.family.children():
            check = QCheckBox(child.nickname)
            check.setObjectName(f"child{child.id}")
            check.setChecked(child.id in trusted)
            self.child_checks[child.id] = check
            children_layout.addWidget(check)
        self.no_children = QLabel()
        self.no_children.setWordWrap(True)
        self.no_children.setVisible(not self.child_checks)
        children_layout.addWidget(self.no_children)

        self.pinned_check = QCheckBox()
        self.pinned_check.setObjectName("contactPinned")
        self.pinned_check.setChecked(contact.pinned if contact else False)
        self.general_error = self._error_label("generalError")

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.setObjectName("contactButtons")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.name_label, self.relationship_label, self.phones_label = QLabel(), QLabel(), QLabel()
        self.email_label, self.note_label, self.children_label = QLabel(), QLabel(), QLabel()
        self.name_label.setBuddy(self.name_edit)
        self.relationship_label.setBuddy(self.relationship_edit)
        self.email_label.setBuddy(self.email_edit)
        self.note_label.setBuddy(self.note_edit)
        self.form.addRow(self.name_label, self._with_error(self.name_edit, self.name_error))
        self.form.addRow(self.relationship_label, self._with_error(self.relationship_edit, self.relationship_error))
        self.form.addRow(self.phones_label, self.phones_box)
        self.form.addRow(self.email_label, self._with_error(self.email_edit, self.email_error))
        self.form.addRow(self.note_label, self._with_error(self.note_edit, self.note_error))
        self.form.addRow(self.children_label, self.children_box)
        self.form.addRow("", self.pinned_check)

        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.addLayout(self.form)
        body_layout.addWidget(self.general_error)
        body_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        focus_when_scrollable(scroll)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)

        numbers = [p.display for p in contact.phones] if contact else []
        for number in numbers or [""]:
            self.add_phone_row(number)
        self.resize(560, 620)
        self.retranslate()
        self.editing = contact is not None
        self.remember_form()

    # Building ------------------------------------------------------------------------------------------------

    def _error_label(self, name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        style_error(label)
        label.hide()
        return label

    def _with_error(self, field: QWidget, error: QLabel) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(field)
        layout.addWidget(error)
        return box

    def add_phone_row(self, text: str = "", focus: bool = False) -> PhoneRow:
        row = PhoneRow(text)
        row.edit.setObjectName(f"phone{len(self.phone_rows)}")
        row.error.setObjectName(f"phoneError{len(self.phone_rows)}")
        row.remove.clicked.connect(lambda: self.remove_phone_row(row))
        row.edit.editingFinished.connect(lambda: self._show_hint(row))
        row.edit.textEdited.connect(lambda _text: row.hint.hide())  # a hint for the old text would mislead
        self.phone_rows.append(row)
        self.phones_layout.insertWidget(len(self.phone_rows) - 1, row)
        row.show()  # at once, not on the next turn of the event loop, so the new field can take the focus
        self._renumber()
        if text:
            self._show_hint(row)
        if focus:
            row.edit.setFocus()
        return row

    def remove_phone_row(self, row: PhoneRow) -> None:
        if len(self.phone_rows) == 1:
            row.edit.clear()  # the form always keeps one number field
            row.error.hide()
            row.hint.hide()
            return
        index = self.phone_rows.index(row)
        self.phone_rows.remove(row)
        row.deleteLater()
        self._renumber()
        self.phone_rows[min(index, len(self.phone_rows) - 1)].edit.setFocus()

    def _renumber(self) -> None:
        """Names, limits and the focus order follow the rows as they are now."""
        for n, row in enumerate(self.phone_rows):
            row.edit.setObjectName(f"phone{n}")
            row.error.setObjectName(f"phoneError{n}")
            row.remove.setObjectName(f"removePhone{n}")
            row.edit.setAccessibleName(
                QCoreApplication.translate("ContactDialog", "Phone number %1").replace("%1", str(n + 1))
            )
            row.remove.setText(QCoreApplication.translate("ContactDialog", "Remove"))
            row.remove.setAccessibleName(
                QCoreApplication.translate("ContactDialog", "Remove phone number %1").replace("%1", str(n + 1))
            )
        self.add_phone_button.setEnabled(len(self.phone_rows) < MAX_PHONES)
        if self.phone_rows:
            self.phones_label.setBuddy(self.phone_rows[0].edit)
        chain: list[QWidget] = [self.name_edit, self.relationship_edit]
        for row in self.phone_rows:
            chain += [row.edit, row.remove]
        chain += [self.add_phone_button, self.email_edit, self.note_edit, *self.child_checks.values()]
        chain += [self.pinned_check, *self.buttons.buttons()]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # Texts ---------------------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Edit contact") if self._contact else self.tr("Add a trusted contact"))
        self.name_label.setText(self.tr("&Name:"))
        self.relationship_label.setText(self.tr("&Relationship:"))
        self.phones_label.setText(self.tr("&Phone numbers:"))
        self.email_label.setText(self.tr("E&mail:"))
        self.note_label.setText(self.tr("N&ote:"))
        self.children_label.setText(self.tr("Trusted by:"))
        self.name_edit.setAccessibleName(self.tr("Name"))
        self.name_edit.setPlaceholderText(self.tr("As your children know them, e.g. Grandma Hoa"))
        self.relationship_edit.setAccessibleName(self.tr("Relationship"))
        self.relationship_edit.setPlaceholderText(self.tr("e.g. grandmother, neighbour, class teacher"))
        self.add_phone_button.setText(self.tr("&Add another number"))
        self.add_phone_button.setAccessibleName(self.tr("Add another phone number"))
        self.email_edit.setAccessibleName(self.tr("Email"))
        self.email_edit.setPlaceholderText(self.tr("Optional"))
        self.note_edit.setAccessibleName(self.tr("Note"))
        self.note_edit.setPlaceholderText(self.tr("Optional, e.g. \u201chas a key to the flat\u201d"))
        for nickname_check in self.child_checks.values():
            nickname_check.setAccessibleName(self.tr("Trusted by %1").replace("%1", nickname_check.text()))
        self.no_children.setText(self.tr("Add your children in Settings to choose which of them trust this person."))
        self.pinned_check.setText(self.tr("P&in: show first in \u201cGet help now\u201d and on the printed card"))
        self.pinned_check.setAccessibleName(self.tr("Pin this contact"))
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        save.setText(self.tr("Save"))
        save.setAccessibleName(self.tr("Save contact"))
        cancel.setText(self.tr("Cancel"))
        cancel.setAccessibleName(self.tr("Cancel"))
        self._renumber()
        for row in self.phone_rows:
            if row.hint.isVisible():
                self._show_hint(row)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.PaletteChange:  # light and dark themes switched while open
            for label in self._error_labels():
                style_error(label)
        super().changeEvent(event)

    def _error_labels(self) -> list[QLabel]:
        labels = [self.name_error, self.relationship_error, self.email_error, self.note_error, self.general_error]
        return labels + [row.error for row in self.phone_rows]

    def _show_hint(self, row: PhoneRow) -> None:
        """Say how a number will be kept, so a foreign number visibly stays in international form."""
        text = row.edit.text().strip()
        try:
            number = normalise_phone(text, self._region) if text else ""
        except ContactProblem:
            number = ""  # the error is shown when saving; while typing, a hint would only distract
        if not number:
            row.hint.hide()
            return
        shown = format_phone(number, self._region)
        if shown.startswith("+"):
            row.hint.setText(self.tr("Saved as %1 (a number from another country)").replace("%1", shown))
        else:
            row.hint.setText(self.tr("Saved as %1").replace("%1", shown))
        row.hint.show()

    # Saving --------------------------------------------------------------------------------------------------

    def contact_input(self) -> ContactInput:
        """What the form holds now, as typed; one phone entry per row, blank rows included."""
        return ContactInput(
            name=self.name_edit.text(),
            relationship=self.relationship_edit.text(),
            phones=tuple(row.edit.text() for row in self.phone_rows),
            email=self.email_edit.text(),
            note=self.note_edit.toPlainText(),
            pinned=self.pinned_check.isChecked(),
            child_ids=tuple(cid for cid, check in self.child_checks.items() if check.isChecked()),
        )

    def clear_errors(self) -> None:
        for label in self._error_labels():
            label.hide()
        for row in self.phone_rows:
            row.edit.setAccessibleDescription("")
        for widget in (self.name_edit, self.relationship_edit, self.email_edit, self.note_edit):
            widget.setAccessibleDescription("")

    def accept(self) -> None:
        self.clear_errors()
        data = self.contact_input()
        contacts = self.context.services.contacts
        try:
            saved = contacts.update(self._contact.id, data) if self._contact is not None else contacts.add(data)
        except ContactProblem as exc:
            self.show_problem(exc)
            return
        self.saved_contact = saved
        super().accept()

    def show_problem(self, exc: ContactProblem) -> None:
        """Put the message next to the field it is about, and move the focus there."""
        message = problem_text(exc.code, exc.params, self._country_name)
        field_widgets: dict[str, tuple[QLabel, QWidget]] = {
            "name": (self.name_error, self.name_edit),
            "relationship": (self.relationship_error, self.relationship_edit),
            "email": (self.email_error, self.email_edit),
            "note": (self.note_error, self.note_edit),
        }
        label: QLabel
        widget: QWidget
        if exc.field == "phone" and self.phone_rows:
            row = self.phone_rows[min(max(exc.index, 0), len(self.phone_rows) - 1)]
            label, widget = row.error, row.edit
            row.hint.hide()
        else:
            label, widget = field_widgets.get(exc.field, (self.general_error, self.name_edit))
        label.setText(message)
        label.show()
        widget.setAccessibleDescription(message)  # screen readers announce it with the field
        widget.setFocus()

    def error_texts(self) -> list[str]:
        """Every message shown now (for tests and for the accessibility check)."""
        return [label.text() for label in self._error_labels() if not label.isHidden()]
