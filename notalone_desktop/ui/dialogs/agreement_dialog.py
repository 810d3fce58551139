"""The family agreement before printing: made from what the family has done, changed as the parent likes, then
printed or saved as PDF with lines to sign and the "3 Nos, 3 Musts" poster."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from notalone_desktop.ui.context import AppContext
from notalone_desktop.ui.dialogs.form_dialog import FormDialog
from notalone_desktop.ui.sheets.agreement_sheet import default_text, html_from_text
from notalone_desktop.ui.widgets.common import name_buttons, question, wrapped


class AgreementDialog(FormDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agreementDialog")
        self.context = context
        self.intro = wrapped()
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("agreementText")
        self.editor.setTabChangesFocus(True)
        self.poster = QCheckBox()
        self.poster.setObjectName("agreementPoster")
        self.poster.setChecked(True)
        self.regenerate_button = QPushButton()
        self.regenerate_button.setObjectName("agreementRegenerate")
        self.print_button = QPushButton()
        self.print_button.setObjectName("agreementPrint")
        self.print_button.setDefault(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.poster, 1)
        row.addWidget(self.regenerate_button)
        row.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.editor, 1)
        layout.addLayout(row)
        layout.addWidget(self.buttons)
        self.regenerate_button.clicked.connect(self.ask_regenerate)
        self.print_button.clicked.connect(self.print_agreement)
        self.resize(760, 680)
        self.editor.setPlainText(default_text(context.services, context.language))
        self.retranslate()
        # The text is the family's to change, for this printout only: closing after a change asks first.
        self.editing = True
        self.remember_form()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Family agreement"))
        self.intro.setText(
            self.tr(
                "Made from the steps your family has ticked on the checklist and your children's ages. Read it "
                "together and change anything you like: the first line is the title, lines starting with “- ” "
                "are promises. Lines to sign follow on the printout."
            )
        )
        self.editor.setAccessibleName(self.tr("The agreement's text"))
        self.poster.setText(self.tr("Add the “3 Nos, 3 Musts” poster"))
        self.poster.setAccessibleName(self.tr("Add the “3 Nos, 3 Musts” poster"))
        self.regenerate_button.setText(self.tr("Start again from the checklist"))
        self.print_button.setText(self.tr("Print / Save as PDF…"))
        name_buttons(self.buttons)

    def html(self) -> str:
        """The printout of the text as it is now in the editor."""
        return html_from_text(
            self.context.services, self.context.language, self.editor.toPlainText(), poster=self.poster.isChecked()
        )

    def regenerate(self) -> None:
        self.editor.setPlainText(default_text(self.context.services, self.context.language))

    def ask_regenerate(self) -> None:
        box = question(
            self,
            self.tr("Start again"),
            self.tr("Replace the text with a new one made from the checklist? Your changes will be lost."),
        )
        if box.exec() == box.StandardButton.Yes:
            self.regenerate()

    def print_agreement(self) -> None:
        from notalone_desktop.ui.printing import preview

        preview(self.html(), self)
