"""Preview of a vCard import: what will be added, what is already there, what was skipped and why.

Import adds every listed contact in one transaction; Cancel adds nothing.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from notalone_desktop.core.errors import NotAloneError
from notalone_desktop.services.contacts import ContactInput, ContactProblem, format_phone
from notalone_desktop.services.vcard import VcardProblem, VcardRefused
from notalone_desktop.ui.context import AppContext
from notalone_desktop.ui.dialogs.contact_dialog import problem_text
from notalone_desktop.ui.style import style_error
from notalone_desktop.ui.widgets.common import heading, wrapped


def refused_text(exc: VcardRefused) -> str:
    """Why a whole file was refused, in the interface language."""
    params = exc.params
    messages = {
        "too-big": QCoreApplication.translate(
            "VcardImport", "The file is %1 MB. A contacts file can be at most 2 MB: export fewer contacts at a time."
        ),
        "empty": QCoreApplication.translate("VcardImport", "The file is empty."),
        "binary": QCoreApplication.translate(
            "VcardImport", "This is not a contacts file. It looks like a picture or another kind of file."
        ),
        "encoding": QCoreApplication.translate(
            "VcardImport",
            "The file is not in the UTF-8 encoding (from line %1). Export the contacts again as a UTF-8 vCard.",
        ),
        "no-cards": QCoreApplication.translate("VcardImport", "There are no contacts (vCards) in this file."),
        "too-many": QCoreApplication.translate(
            "VcardImport", "The file holds %1 contacts. At most %2 can be imported at once."
        ),
        "not-a-file": QCoreApplication.translate(
            "VcardImport", "This is not a contacts file but a device, a pipe or a folder. Choose the .vcf file itself."
        ),
        "unreadable": QCoreApplication.translate(
            "VcardImport",
            "This file cannot be read as a list of contacts. It may be damaged: export the contacts again.",
        ),
        "truncated": QCoreApplication.translate(
            "VcardImport",
            "The file ends in the middle of a contact (from line %1), so it may be incomplete. Export the "
            "contacts again.",
        ),
    }
    message = messages.get(exc.code, QCoreApplication.translate("VcardImport", "This file cannot be imported."))
    first = params.get("size") or params.get("line") or params.get("count", "")
    return message.replace("%1", first).replace("%2", params.get("limit", ""))


def vcard_problem_text(problem: str, country_name: str = "") -> str:
    """One line of the import report in the interface language (plain text for anything unknown)."""
    if not isinstance(problem, VcardProblem):
        return problem
    params = problem.params
    name = params.get("name", "")
    reason = problem_text(params.get("reason", ""), params, country_name)
    messages = {
        "no-end": QCoreApplication.translate("VcardImport", "this contact has no END:VCARD line; it was skipped."),
        "field-too-long": QCoreApplication.translate(
            "VcardImport", "a field of %1 characters is too long; this contact was skipped."
        ),
        "bad-line": QCoreApplication.translate("VcardImport", "this line cannot be read; the contact was skipped."),
        "unreadable": QCoreApplication.translate("VcardImport", "this contact cannot be read; it was skipped."),
        "no-name": QCoreApplication.translate("VcardImport", "this contact has no name; it was skipped."),
        "number-skipped": QCoreApplication.translate("VcardImport", "%1: the number \u201c%2\u201d was left out. %3"),
        "no-phone": QCoreApplication.translate("VcardImport", "%1 has no phone number that can be used; skipped."),
        "phones-cut": QCoreApplication.translate("VcardImport", "%1 has %2 numbers; only the first %3 were kept."),
        "invalid": QCoreApplication.translate("VcardImport", "%1 was skipped. %3"),
    }
    message = messages.get(problem.code)
    if message is None:
        return str(problem)
    if problem.code == "field-too-long":
        message = message.replace("%1", params.get("size", ""))
    elif problem.code == "phones-cut":
        message = (
            message.replace("%1", name).replace("%2", params.get("count", "")).replace("%3", params.get("limit", ""))
        )
    else:
        message = message.replace("%1", name).replace("%2", params.get("number", "")).replace("%3", reason)
    return (
        QCoreApplication.translate("VcardImport", "Line %1: %2").replace("%1", str(problem.line)).replace("%2", message)
    )


class VcardImportDialog(QDialog):
    """`imported` is the number of contacts added once the dialog was accepted."""

    def __init__(
        self,
        context: AppContext,
        new: Sequence[ContactInput],
        duplicates: Sequence[ContactInput],
        problems: Sequence[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("vcardImportDialog")
        self.new = list(new)
        self.duplicates = list(duplicates)
        self.problems = list(problems)
        self.imported = 0
        region = context.services.contacts.region()
        country = context.services.contacts.country()
        self._country_name = country.name.get(context.language) if country else region

        self.title = heading(2)
        self.summary = wrapped()
        self.summary.setObjectName("importSummary")
        self.new_title = QLabel()
        self.new_list = QListWidget()
        self.new_list.setObjectName("newContacts")
        for item in self.new:
            numbers = ", ".join(format_phone(n, region) for n in item.phones)
            self.new_list.addItem(f"{item.name} \u2014 {numbers}")
        self.duplicates_title = QLabel()
        self.duplicates_list = QListWidget()
        self.duplicates_list.setObjectName("duplicateContacts")
        for item in self.duplicates:
            self.duplicates_list.addItem(item.name)
        self.problems_title = QLabel()
        self.problems_list = QListWidget()
        self.problems_list.setObjectName("skipped")
        self.problems_list.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("importError")
        self.error.setWordWrap(True)
        style_error(self.error)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setObjectName("importButton")
        self.import_button.setEnabled(bool(self.new))
        self.new_title.setBuddy(self.new_list)
        self.duplicates_title.setBuddy(self.duplicates_list)
        self.problems_title.setBuddy(self.problems_list)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        for title, listing, rows in (
            (self.new_title, self.new_list, self.new),
            (self.duplicates_title, self.duplicates_list, self.duplicates),
            (self.problems_title, self.problems_list, self.problems),
        ):
            layout.addWidget(title)
            layout.addWidget(listing, 1)
            title.setVisible(bool(rows))
            listing.setVisible(bool(rows))
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(620, 520)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import contacts"))
        self.title.setText(self.tr("Import contacts"))
        parts = [self.tr("%n contact(s) will be added.", "", len(self.new))]
        if self.duplicates:
            parts.append(self.tr("%n contact(s) are already in your list.", "", len(self.duplicates)))
        if self.problems:
            parts.append(self.tr("%n problem(s) were found; see below.", "", len(self.problems)))
        if not self.new:
            parts.append(self.tr("There is nothing new to import."))
        self.summary.setText(" ".join(parts))
        self.new_title.setText(self.tr("&Will be added:"))
        self.new_list.setAccessibleName(self.tr("Contacts that will be added"))
        self.duplicates_title.setText(self.tr("Already in your contacts (not added again):"))
        self.duplicates_list.setAccessibleName(self.tr("Contacts already in your list"))
        self.problems_title.setText(self.tr("&Skipped or changed, and why:"))
        self.problems_list.setAccessibleName(self.tr("Problems found in the file"))
        self.problems_list.clear()
        for problem in self.problems:
            self.problems_list.addItem(vcard_problem_text(problem, self._country_name))
        self.import_button.setText(self.tr("&Import"))
        self.import_button.setAccessibleName(self.tr("Import the contacts"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        cancel.setAccessibleName(self.tr("Cancel the import"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def accept(self) -> None:
        if not self.new:
            super().reject()
            return
        try:
            self.imported = self.context.services.contacts.add_many(self.new)
        except NotAloneError as exc:
            # The service checked every card again and refused the lot: nothing was added.
            reason = (
                problem_text(exc.code, exc.params, self._country_name) if isinstance(exc, ContactProblem) else str(exc)
            )
            self.error.setText(self.tr("Nothing was imported: %1").replace("%1", reason))
            self.error.show()
            return
        super().accept()
