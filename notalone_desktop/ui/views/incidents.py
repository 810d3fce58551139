"""The incident logbook: the second tab of the safety plan. A list of entries, the chosen one in full, and
buttons to add, change, delete, and save one as a PDF for the police, a scam centre or a school."""

from __future__ import annotations

import html
import logging
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from notalone_desktop.core.errors import NotAloneError
from notalone_desktop.services.incidents import IncidentEntry
from notalone_desktop.ui.context import AppContext
from notalone_desktop.ui.dates import medium_date
from notalone_desktop.ui.focus import focus_when_scrollable
from notalone_desktop.ui.labels import kind_label
from notalone_desktop.ui.sheets.incident_sheet import (
    build_html_for,
    image_warning,
    needs_image_warning,
    what_to_record,
)
from notalone_desktop.ui.style import style_error
from notalone_desktop.ui.widgets.common import card, heading, question, wrapped
from notalone_desktop.ui.widgets.empty_state import show_empty_state
from notalone_desktop.ui.widgets.flow import FlowLayout

log = logging.getLogger(__name__)
ID_ROLE = Qt.ItemDataRole.UserRole
SUMMARY_CHARS = 90


class IncidentsPanel(QWidget):
    changed = Signal()  # an entry was added, changed or deleted

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("incidentsPanel")
        self.context = context
        self.intro = wrapped()
        self.empty = wrapped()
        self.empty.setObjectName("noIncidents")
        self.tree = QTreeWidget()
        self.tree.setObjectName("incidents")
        self.tree.setColumnCount(4)
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setStretchLastSection(False)
        self.tree.setMinimumHeight(140)
        self.add_button = QPushButton()
        self.add_button.setObjectName("addIncident")
        self.edit_button = QPushButton()
        self.edit_button.setObjectName("editIncident")
        self.delete_button = QPushButton()
        self.delete_button.setObjectName("deleteIncident")
        self.pdf_button = QPushButton()
        self.pdf_button.setObjectName("incidentPdf")
        self.print_button = QPushButton()
        self.print_button.setObjectName("printIncident")
        buttons = FlowLayout()  # wraps on a narrow window instead of scrolling sideways
        for button in (self.add_button, self.edit_button, self.delete_button, self.pdf_button, self.print_button):
            buttons.addWidget(button)

        self.details_frame, details = card()
        self.details_frame.setObjectName("incidentDetails")
        self.details_title = heading(3)
        self.details_text = wrapped()
        self.details_text.setObjectName("incidentText")
        self.details_text.setTextFormat(Qt.TextFormat.RichText)
        self.hint_title = heading(3)
        self.hint = wrapped()
        self.hint.setObjectName("incidentHint")
        self.warning = wrapped()
        self.warning.setObjectName("incidentImageWarning")
        style_error(self.warning)
        for widget in (self.details_title, self.details_text, self.hint_title, self.hint, self.warning):
            details.addWidget(widget)
        details.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.intro)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        # A long entry scrolls inside its own area; the list above keeps its place.
        self.details_scroll = QScrollArea()
        self.details_scroll.setObjectName("incidentDetailsScroll")
        focus_when_scrollable(self.details_scroll)
        self.details_scroll.setWidgetResizable(True)
        self.details_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.details_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.details_scroll.setWidget(self.details_frame)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.details_scroll, 1)
        layout.addStretch(0)  # takes the room of the list while it is empty: the page stays at the top

        self.add_button.clicked.connect(self.add_incident)
        self.edit_button.clicked.connect(self.edit_incident)
        self.delete_button.clicked.connect(self.delete_incident)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.print_button.clicked.connect(self.print_incident)
        self.tree.currentItemChanged.connect(lambda _c, _p: self._show_current())
        self.tree.itemActivated.connect(lambda _item, _col: self.edit_incident())
        self._entries: list[IncidentEntry] = []
        self.retranslate()

    # Texts ---------------------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "Write down what happened while you still remember the details: the police, a scam centre or the "
                "school will ask for dates, accounts and reference numbers. Files and images are never stored "
                "here; note where the evidence is kept."
            )
        )
        self.empty.setText(self.tr("Nothing recorded yet. We hope it stays that way."))
        self.tree.setHeaderLabels([self.tr("Date"), self.tr("Who"), self.tr("Kind"), self.tr("What happened")])
        self.tree.setAccessibleName(self.tr("Incidents recorded, the most recent first"))
        self.add_button.setText(self.tr("&Record an incident…"))
        self.edit_button.setText(self.tr("Change…"))
        self.delete_button.setText(self.tr("Delete…"))
        self.pdf_button.setText(self.tr("Save as PDF…"))
        self.print_button.setText(self.tr("Print…"))
        self.add_button.setAccessibleName(self.tr("Record an incident"))
        self.edit_button.setAccessibleName(self.tr("Change the chosen entry"))
        self.delete_button.setAccessibleName(self.tr("Delete the chosen entry"))
        self.pdf_button.setAccessibleName(self.tr("Save the chosen entry as a PDF"))
        self.print_button.setAccessibleName(self.tr("Print the chosen entry"))
        self.hint_title.setText(self.tr("What a report will ask for"))
        self.warning.setText(image_warning())
        self._show_current()

    # Data ----------------------------------------------------------------------------------------------------

    def refresh(self) -> None:
        selected = self.current_id()
        self._entries = self.context.services.incidents.incidents()
        names = {c.id: c.nickname for c in self.context.services.family.children()}
        self.tree.clear()
        select: QTreeWidgetItem | None = None
        for entry in self._entries:
            who = names.get(entry.child_id, "") if entry.child_id is not None else self.tr("Family")
            summary = " ".join(entry.what_happened.split())
            if len(summary) > SUMMARY_CHARS:
                summary = summary[: SUMMARY_CHARS - 1] + "…"
            row = QTreeWidgetItem([medium_date(entry.occurred_on), who, kind_label(entry.kind), summary])
            row.setData(0, ID_ROLE, entry.id)
            self.tree.addTopLevelItem(row)
            if entry.id == selected:
                select = row
        has_entries = bool(self._entries)
        step_aside = (self.edit_button, self.delete_button, self.pdf_button, self.print_button)
        show_empty_state(not has_entries, self.empty, self.add_button, step_aside)
        self.tree.setVisible(has_entries)
        if select is None and has_entries:
            select = self.tree.topLevelItem(0)
        if select is not None:
            self.tree.setCurrentItem(select)
        self._show_current()

    def current_id(self) -> int | None:
        item = self.tree.currentItem()
        return int(item.data(0, ID_ROLE)) if item is not None else None

    def current_entry(self) -> IncidentEntry | None:
        wanted = self.current_id()
        return next((e for e in self._entries if e.id == wanted), None)

    def _show_current(self) -> None:
        entry = self.current_entry()
        for button in (self.edit_button, self.delete_button, self.pdf_button, self.print_button):
            button.setEnabled(entry is not None)
        self.details_scroll.setVisible(entry is not None)
        if entry is None:
            return
        names = {c.id: c.nickname for c in self.context.services.family.children()}
        who = names.get(entry.child_id, "") if entry.child_id is not None else self.tr("Family")
        self.details_title.setText(f"{medium_date(entry.occurred_on)} · {kind_label(entry.kind)}")
        rows = [
            (self.tr("Who"), who),
            (self.tr("Platform, app or number"), entry.platform),
            (self.tr("What happened"), entry.what_happened),
            (self.tr("Who was told"), entry.who_told),
            (self.tr("Reports made"), entry.report_refs),
            (self.tr("Where the evidence is kept"), entry.evidence_location),
        ]
        self.details_text.setText(
            "<br/>".join(
                f"<b>{html.escape(label)}:</b> {html.escape(value).replace(chr(10), '<br/>')}"
                for label, value in rows
                if value.strip()
            )
        )
        self.hint.setText(what_to_record(entry.kind))
        self.warning.setVisible(needs_image_warning(entry.kind))

    # Actions -------------------------------------------------------------------------------------------------

    def add_incident(self) -> IncidentEntry | None:
        return self._open_form(None)

    def edit_incident(self) -> IncidentEntry | None:
        entry = self.current_entry()
        return self._open_form(entry) if entry is not None else None

    def _open_form(self, entry: IncidentEntry | None) -> IncidentEntry | None:
        from notalone_desktop.ui.dialogs.incident_dialog import IncidentDialog

        if not self.context.require_parent(self):
            return None
        dialog = IncidentDialog(self.context, self, entry)
        if not dialog.exec() or dialog.saved is None:
            return None
        self.refresh()
        self._select(dialog.saved.id)
        self.changed.emit()
        return dialog.saved

    def _select(self, incident_id: int) -> None:
        for index in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(index)
            if item is not None and item.data(0, ID_ROLE) == incident_id:
                self.tree.setCurrentItem(item)
                return

    def confirm_delete(self, entry: IncidentEntry) -> QMessageBox:
        text = self.tr("Delete the entry of %1 (%2)? This cannot be undone.")
        text = text.replace("%1", medium_date(entry.occurred_on)).replace("%2", kind_label(entry.kind))
        return question(self, self.tr("Delete entry"), text)

    def delete_incident(self) -> bool:
        entry = self.current_entry()
        if entry is None or not self.context.require_parent(self):
            return False
        if self.confirm_delete(entry).exec() != QMessageBox.StandardButton.Yes:
            return False
        self.context.services.incidents.delete(entry.id)
        self.refresh()
        self.changed.emit()
        return True

    def export_pdf(self, incident_id: int, path: Path) -> Path:
        """Write the entry's report to `path` (the button asks where first)."""
        from notalone_desktop.ui.printing import write_pdf

        return write_pdf(build_html_for(self.context.services, self.context.language, incident_id), path)

    def save_pdf(self) -> None:
        entry = self.current_entry()
        if entry is None:
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        suggested = str(Path(folder) / f"incident-{entry.occurred_on.isoformat()}.pdf")
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the report as PDF"), suggested, self.tr("PDF documents (*.pdf)")
        )
        if not path:
            return
        target = Path(path) if path.lower().endswith(".pdf") else Path(path + ".pdf")
        try:
            self.export_pdf(entry.id, target)
        except NotAloneError:
            log.exception("the incident report could not be written")
            QMessageBox.warning(
                self, self.tr("Not saved"), self.tr("The PDF could not be saved there. Choose another folder.")
            )
            return
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(self.tr("Saved %1").replace("%1", target.name), 5000)

    def print_incident(self) -> None:
        from notalone_desktop.ui.printing import preview

        entry = self.current_entry()
        if entry is not None:
            preview(build_html_for(self.context.services, self.context.language, entry.id), self)
