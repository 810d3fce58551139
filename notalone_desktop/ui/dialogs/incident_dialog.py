"""Add or change one entry of the incident logbook.

The form shows, for the kind chosen, what a police or scam-centre report will ask for, and for sextortion and
grooming a clear warning never to keep sexual images of a child. It saves through the service in one
transaction, or shows why it cannot, and writes nothing half-done.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from notalone_desktop.services.incidents import KINDS, PLATFORM_MAX, IncidentEntry, IncidentInput, IncidentProblem
from notalone_desktop.ui.context import AppContext
from notalone_desktop.ui.dates import date_locale, medium_format
from notalone_desktop.ui.dialogs.form_dialog import FormDialog
from notalone_desktop.ui.focus import focus_when_scrollable
from notalone_desktop.ui.labels import band_label, kind_label
from notalone_desktop.ui.plain_text import unsafe_text_message
from notalone_desktop.ui.sheets.incident_sheet import image_warning, needs_image_warning, what_to_record
from notalone_desktop.ui.style import style_error
from notalone_desktop.ui.theme.roles import set_role
from notalone_desktop.ui.widgets.common import name_buttons, wrapped


class IncidentDialog(FormDialog):
    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        entry: IncidentEntry | None = None,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("incidentDialog")
        self.context = context
        self.entry = entry
        self.saved: IncidentEntry | None = None
        self.today = today or dt.date.today()

        self.date = QDateEdit()
        self.date.setObjectName("incidentDate")
        self.date.setCalendarPopup(True)
        self.date.setMaximumDate(QDate(self.today.year, self.today.month, self.today.day))
        self.date.setMinimumDate(QDate(2000, 1, 1))
        self.child = QComboBox()
        self.child.setObjectName("incidentChild")
        self.kind = QComboBox()
        self.kind.setObjectName("incidentKind")
        for combo in (self.child, self.kind):
            # Long names in some languages must not push the form wider than the dialog.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(16)
        self.guidance = wrapped()
        self.guidance.setObjectName("incidentGuidance")
        self.warning = wrapped()
        self.warning.setObjectName("imageWarning")
        self.warning_frame = QFrame()
        self.warning_frame.setObjectName("imageWarningFrame")
        set_role(self.warning_frame, "emergency")  # the palette's emergency colour, its text on it
        warning_layout = QVBoxLayout(self.warning_frame)
        warning_layout.setContentsMargins(10, 8, 10, 8)
        font = self.warning.font()
        font.setBold(True)
        self.warning.setFont(font)
        warning_layout.addWidget(self.warning)
        self.platform = QLineEdit()
        self.platform.setObjectName("incidentPlatform")
        self.platform.setMaxLength(PLATFORM_MAX)
        self.what = QPlainTextEdit()
        self.what.setObjectName("incidentWhat")
        self.what.setMinimumHeight(110)
        self.who_told = QPlainTextEdit()
        self.who_told.setObjectName("incidentWhoTold")
        self.report_refs = QPlainTextEdit()
        self.report_refs.setObjectName("incidentReports")
        self.evidence = QPlainTextEdit()
        self.evidence.setObjectName("incidentEvidence")
        for small in (self.who_told, self.report_refs, self.evidence):
            small.setMaximumHeight(64)
            small.setTabChangesFocus(True)
        self.what.setTabChangesFocus(True)
        self.error = QLabel()
        self.error.setObjectName("error")
        style_error(self.error)
        self.error.setWordWrap(True)
        self.error.hide()

        self.fields: dict[str, QWidget] = {
            "occurred_on": self.date,
            "child": self.child,
            "kind": self.kind,
            "platform": self.platform,
            "what_happened": self.what,
            "who_told": self.who_told,
            "report_refs": self.report_refs,
            "evidence_location": self.evidence,
        }
        self.labels = {name: QLabel() for name in self.fields}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name, field in self.fields.items():
            self.labels[name].setBuddy(field)
            self.labels[name].setWordWrap(True)
            form.addRow(self.labels[name], field)
            if name == "kind":
                form.addRow(self.guidance)
                form.addRow(self.warning_frame)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 8, 0)
        body_layout.addLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        focus_when_scrollable(scroll)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Always there: a scroll bar that appears after the form was laid out would leave it wider than the view.
        scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        scroll.setWidget(body)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.kind.currentIndexChanged.connect(lambda _i: self._show_guidance())
        self.resize(680, 720)
        self.retranslate()
        self._fill(entry)
        self.editing = entry is not None
        self.remember_form()

    # Texts ---------------------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Change the entry") if self.entry else self.tr("Record an incident"))
        words = {
            "occurred_on": self.tr("&Date:"),
            "child": self.tr("&Who:"),
            "kind": self.tr("&Kind:"),
            "platform": self.tr("&Platform, app or number:"),
            "what_happened": self.tr("What &happened:"),
            "who_told": self.tr("Who was &told:"),
            "report_refs": self.tr("&Reports made:"),
            "evidence_location": self.tr("Where the &evidence is kept:"),
        }
        for name, text in words.items():
            self.labels[name].setText(text)
            self.fields[name].setAccessibleName(text.replace("&", "").rstrip(":"))
        self.platform.setPlaceholderText(self.tr("For example: Zalo, TikTok, a phone number"))
        self.what.setPlaceholderText(self.tr("In your own words: what happened, when, and what was asked for"))
        self.who_told.setPlaceholderText(self.tr("For example: the class teacher, the bank, the police"))
        self.report_refs.setPlaceholderText(self.tr("Where you reported it, and any reference or case number"))
        self.evidence.setPlaceholderText(
            self.tr("For example: screenshots on Mum's phone, printed messages in the desk drawer")
        )
        # The medium format ("7 Dec 2026"): a numeric date reads as another day in another country.
        self.date.setLocale(date_locale())
        self.date.setDisplayFormat(medium_format())
        current = self.kind.currentData()
        self.kind.clear()
        for kind in KINDS:
            self.kind.addItem(kind_label(kind), kind)
        self.kind.setCurrentIndex(max(0, self.kind.findData(current)))
        child = self.child.currentData()
        self.child.clear()
        self.child.addItem(self.tr("The whole family, or nobody in particular"), 0)
        for kid in self.context.services.family.children():
            self.child.addItem(f"{kid.nickname} ({band_label(kid.band)})", kid.id)
        self.child.setCurrentIndex(max(0, self.child.findData(child if child is not None else 0)))
        name_buttons(self.buttons)
        self._show_guidance()

    def _show_guidance(self) -> None:
        kind = str(self.kind.currentData() or "other")
        self.guidance.setText(what_to_record(kind))
        self.warning.setText(image_warning())
        self.warning_frame.setVisible(needs_image_warning(kind))

    # Data ----------------------------------------------------------------------------------------------------

    def _fill(self, entry: IncidentEntry | None) -> None:
        day = entry.occurred_on if entry else self.today
        self.date.setDate(QDate(day.year, day.month, day.day))
        if entry is None:
            return
        self.kind.setCurrentIndex(max(0, self.kind.findData(entry.kind)))
        self.child.setCurrentIndex(max(0, self.child.findData(entry.child_id or 0)))
        self.platform.setText(entry.platform)
        self.what.setPlainText(entry.what_happened)
        self.who_told.setPlainText(entry.who_told)
        self.report_refs.setPlainText(entry.report_refs)
        self.evidence.setPlainText(entry.evidence_location)

    def values(self) -> IncidentInput:
        day = self.date.date()
        child = int(self.child.currentData() or 0)
        return IncidentInput(
            dt.date(day.year(), day.month(), day.day()),
            str(self.kind.currentData()),
            self.what.toPlainText(),
            child or None,
            self.platform.text(),
            self.who_told.toPlainText(),
            self.report_refs.toPlainText(),
            self.evidence.toPlainText(),
        )

    def problem_text(self, problem: IncidentProblem) -> str:
        """The service's reason, in the interface language."""
        texts = {
            "date-future": self.tr("The date cannot be in the future."),
            "date-old": self.tr("Enter a date from %1 on.").replace("%1", problem.params.get("year", "")),
            "kind-unknown": self.tr("Choose what kind of incident it was."),
            "child-gone": self.tr("This child is no longer in the family."),
            "what-empty": self.tr("Describe what happened: a few words are enough."),
            "too-long": self.tr("This field can have at most %1 characters.").replace(
                "%1", problem.params.get("limit", "")
            ),
            "incident-gone": self.tr("This entry no longer exists."),
        }
        return texts.get(problem.code) or unsafe_text_message(problem.code) or str(problem)

    def accept(self) -> None:
        """Save (add or change) through the service; on a problem, say why beside the form and keep it open."""
        incidents = self.context.services.incidents
        data = self.values()
        try:
            if self.entry is None:
                self.saved = incidents.add(data, self.today)
            else:
                self.saved = incidents.update(self.entry.id, data, self.today)
        except IncidentProblem as problem:
            self.error.setText(self.problem_text(problem))
            self.error.show()
            field = self.fields.get(problem.field)
            if field is not None:
                field.setFocus()
            return
        super().accept()
