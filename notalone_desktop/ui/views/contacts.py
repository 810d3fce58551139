"""Contacts: the people the children can turn to, and the country's helplines the family pins or hides.

Dialogs open window-modal with open(), never exec(), so the view stays testable and nothing blocks.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
)

from notalone_desktop.services.contacts import ContactInfo
from notalone_desktop.services.vcard import MAX_BYTES, VcardRefused, export_vcards, parse_vcards, split_duplicates
from notalone_desktop.ui.context import AppContext
from notalone_desktop.ui.dialogs.contact_dialog import ContactDialog
from notalone_desktop.ui.dialogs.vcard_import import VcardImportDialog, refused_text
from notalone_desktop.ui.plain_text import tooltip
from notalone_desktop.ui.views.base import View
from notalone_desktop.ui.views.contacts_helplines import HelplinesCard
from notalone_desktop.ui.widgets.common import card, heading, scrolling_page, wrapped
from notalone_desktop.ui.widgets.empty_state import show_empty_state
from notalone_desktop.ui.widgets.flow import FlowLayout

log = logging.getLogger(__name__)
STAR = "\u2605"
COLUMNS = 5  # pinned star, name, relationship, numbers, trusted by


class ContactsView(View):
    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        layout = scrolling_page(self)

        self.title_label = heading(1)
        self.intro = wrapped()
        layout.addWidget(self.title_label)
        layout.addWidget(self.intro)

        # The family's own contacts.
        contacts_frame, contacts_layout = card()
        self.contacts_title = heading(2)
        self.contact_list = QTreeWidget()
        self.contact_list.setObjectName("contactList")
        self.contact_list.setColumnCount(COLUMNS)
        self.contact_list.setRootIsDecorated(False)
        self.contact_list.setAlternatingRowColors(True)
        self.contact_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.contact_list.setWordWrap(True)
        header = self.contact_list.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.empty_label = wrapped()
        self.empty_label.setObjectName("contactsEmpty")
        contacts_layout.addWidget(self.contacts_title)
        contacts_layout.addWidget(self.contact_list)
        contacts_layout.addWidget(self.empty_label)

        self.add_button = self._button("addContact", self.add_contact)
        self.edit_button = self._button("editContact", self.edit_contact)
        self.delete_button = self._button("deleteContact", self.delete_contact)
        self.up_button = self._button("moveUp", lambda: self.move_selected(-1))
        self.down_button = self._button("moveDown", lambda: self.move_selected(1))
        self.pin_button = self._button("pinContact", self.toggle_pin)
        # Rows that wrap: six buttons in one row made the page scroll sideways on a small screen at 150-200%.
        row = FlowLayout()
        for button in (
            self.add_button,
            self.edit_button,
            self.delete_button,
            self.up_button,
            self.down_button,
            self.pin_button,
        ):
            row.addWidget(button)
        contacts_layout.addLayout(row)
        self.import_button = self._button("importContacts", self.import_contacts)
        self.export_button = self._button("exportContacts", self.export_contacts)
        self.print_button = self._button("printCard", self.print_card)
        row = FlowLayout()
        for button in (self.import_button, self.export_button, self.print_button):
            row.addWidget(button)
        contacts_layout.addLayout(row)
        self.status_label = wrapped()
        self.status_label.setObjectName("contactsStatus")
        self.status_label.hide()
        contacts_layout.addWidget(self.status_label)
        layout.addWidget(contacts_frame)

        # The country's helplines, which the family may pin or leave out of "Get help now".
        self.helplines = HelplinesCard(context)
        layout.addWidget(self.helplines)
        layout.addStretch(1)

        # Keyboard: Delete removes (after asking), Ctrl+Up / Ctrl+Down reorder, Enter edits.
        for key, slot in (
            (QKeySequence.StandardKey.Delete, self.delete_contact),
            (QKeySequence("Ctrl+Up"), lambda: self.move_selected(-1)),
            (QKeySequence("Ctrl+Down"), lambda: self.move_selected(1)),
        ):
            action = QAction(self.contact_list)
            action.setShortcut(key)
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(slot)
            self.contact_list.addAction(action)
        self.contact_list.itemActivated.connect(lambda _item, _column: self.edit_contact())
        self.contact_list.currentItemChanged.connect(lambda _new, _old: self._update_buttons())

        self.active_dialog: QDialog | None = None  # the dialog opened last (tests drive it)
        self._contacts: dict[int, ContactInfo] = {}
        self._select_id: int | None = None
        self.retranslate()

    def _button(self, name: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton()
        button.setObjectName(name)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def title(self) -> str:
        return self.tr("Contacts")

    # Texts ---------------------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.title_label.setText(self.tr("Trusted contacts and helplines"))
        self.intro.setText(
            self.tr(
                "The people your children can call when something feels wrong, and the numbers to call in a "
                "crisis. Pinned contacts come first in \u201cGet help now\u201d and on the printed card."
            )
        )
        self.contacts_title.setText(self.tr("Your family's trusted contacts"))
        self.contact_list.setHeaderLabels(
            ["", self.tr("Name"), self.tr("Relationship"), self.tr("Phone numbers"), self.tr("Trusted by")]
        )
        header_item = self.contact_list.headerItem()
        header_item.setData(0, Qt.ItemDataRole.AccessibleTextRole, self.tr("Pinned"))
        header_item.setToolTip(0, self.tr("Pinned"))
        self.contact_list.setAccessibleName(self.tr("Trusted contacts"))
        self.empty_label.setText(
            self.tr(
                "No contacts yet: add the people your children can turn to, such as grandparents, a neighbour, a "
                "teacher or a friend's parent."
            )
        )
        texts = (
            (self.add_button, self.tr("&Add contact\u2026"), self.tr("Add a contact")),
            (self.edit_button, self.tr("&Edit\u2026"), self.tr("Edit the selected contact")),
            (self.delete_button, self.tr("&Delete\u2026"), self.tr("Delete the selected contact")),
            (self.up_button, self.tr("Move &up"), self.tr("Move the selected contact up")),
            (self.down_button, self.tr("Move do&wn"), self.tr("Move the selected contact down")),
            (self.import_button, self.tr("&Import\u2026"), self.tr("Import contacts from a vCard file")),
            (self.export_button, self.tr("E&xport\u2026"), self.tr("Export the contacts as a vCard file")),
            (self.print_button, self.tr("&Print / Save as PDF\u2026"), self.tr("Print the contact card")),
        )
        for button, text, accessible in texts:
            button.setText(text)
            button.setAccessibleName(accessible)
        self.up_button.setToolTip(self.tr("Ctrl+Up"))
        self.down_button.setToolTip(self.tr("Ctrl+Down"))
        self.helplines.retranslate()
        self._update_buttons()
        if not self._stale:
            self.refresh()

    # Data ----------------------------------------------------------------------------------------------------

    def refresh(self) -> None:
        services, lang = self.services, self.lang
        selected = self._select_id if self._select_id is not None else self.selected_id()
        self._select_id = None
        contacts = services.contacts.contacts()
        names = {c.id: c.nickname for c in services.family.children()}
        self._contacts = {c.id: c for c in contacts}
        self.contact_list.clear()
        current: QTreeWidgetItem | None = None
        for contact in contacts:
            item = QTreeWidgetItem(
                [
                    STAR if contact.pinned else "",
                    contact.name,
                    contact.relationship,
                    "\n".join(p.display for p in contact.phones),
                    ", ".join(names[c] for c in contact.child_ids if c in names),
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, contact.id)
            pin_state = self.tr("Pinned") if contact.pinned else self.tr("Not pinned")
            item.setData(0, Qt.ItemDataRole.AccessibleTextRole, pin_state)
            item.setToolTip(0, self.tr("Pinned") if contact.pinned else "")
            if contact.note:
                item.setToolTip(1, tooltip(contact.note))  # as typed: Qt would render a note that looks like markup
            bold = QFont(item.font(1))
            bold.setBold(True)
            item.setFont(1, bold)
            item.setTextAlignment(0, Qt.AlignmentFlag.AlignCenter)
            self.contact_list.addTopLevelItem(item)
            if contact.id == selected:
                current = item
        if current is None and self.contact_list.topLevelItemCount():
            current = self.contact_list.topLevelItem(0)
        if current is not None:
            self.contact_list.setCurrentItem(current)
        self.contact_list.setVisible(bool(contacts))
        self._fit_list_height(contacts)
        step_aside = (self.edit_button, self.delete_button, self.up_button, self.down_button, self.pin_button)
        show_empty_state(not contacts, self.empty_label, self.add_button, step_aside)
        self.export_button.setEnabled(bool(contacts))
        self._update_buttons()
        self.helplines.fill(lang)

    def _fit_list_height(self, contacts: list[ContactInfo]) -> None:
        """As tall as its rows (up to a dozen lines), so a short list leaves no empty box on the page."""
        line = self.contact_list.fontMetrics().lineSpacing()
        lines = sum(max(len(c.phones), 1) for c in contacts)
        rows = min(max(lines, 3), 12) * line + min(len(contacts), 12) * 6
        header = self.contact_list.header().sizeHint().height()
        self.contact_list.setFixedHeight(rows + header + 2 * self.contact_list.frameWidth() + 4)

    def selected_id(self) -> int | None:
        item = self.contact_list.currentItem()
        return int(item.data(0, Qt.ItemDataRole.UserRole)) if item is not None else None

    def select_contact(self, contact_id: int) -> None:
        for index in range(self.contact_list.topLevelItemCount()):
            item = self.contact_list.topLevelItem(index)
            if item is not None and item.data(0, Qt.ItemDataRole.UserRole) == contact_id:
                self.contact_list.setCurrentItem(item)
                return

    def _update_buttons(self) -> None:
        selected = self.selected_id()
        count = self.contact_list.topLevelItemCount()
        order = list(self._contacts)
        index = order.index(selected) if selected in self._contacts else -1
        for button in (self.edit_button, self.delete_button, self.pin_button):
            button.setEnabled(selected is not None)
        self.up_button.setEnabled(selected is not None and index > 0)
        self.down_button.setEnabled(selected is not None and 0 <= index < count - 1)
        contact = self._contacts.get(selected) if selected is not None else None
        if contact is not None and contact.pinned:
            self.pin_button.setText(self.tr("U&npin"))
            self.pin_button.setAccessibleName(self.tr("Unpin the selected contact"))
        else:
            self.pin_button.setText(self.tr("Pi&n"))
            self.pin_button.setAccessibleName(self.tr("Pin the selected contact"))

    def _changed(self, select: int | None, status: str = "") -> None:
        """After a change: keep the selection, say what happened, and let every view refresh."""
        self._select_id = select
        self.set_status(status)
        self.context.family_changed.emit()
        if not self.isVisible():  # the view refreshes itself when visible; otherwise do it now for the caller
            self.refresh_now()

    def set_status(self, text: str) -> None:
        self.status_label.setText(text)
        self.status_label.setVisible(bool(text))

    # Add, edit, delete, move, pin ----------------------------------------------------------------------------

    def contact_dialog(self, contact_id: int | None = None) -> ContactDialog:
        contact = self.services.contacts.contact(contact_id) if contact_id is not None else None
        return ContactDialog(self.context, self, contact)

    def _open(self, dialog: QDialog, done: Callable[[int], None]) -> QDialog:
        self.active_dialog = dialog
        dialog.finished.connect(done)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def add_contact(self) -> ContactDialog | None:
        if not self.context.require_parent(self):
            return None
        dialog = self.contact_dialog()
        self._open(dialog, lambda result: self._saved(dialog, result))
        return dialog

    def edit_contact(self) -> ContactDialog | None:
        contact_id = self.selected_id()
        if contact_id is None or not self.context.require_parent(self):
            return None
        dialog = self.contact_dialog(contact_id)
        self._open(dialog, lambda result: self._saved(dialog, result))
        return dialog

    def _saved(self, dialog: ContactDialog, result: int) -> None:
        saved = dialog.saved_contact
        if result == QDialog.DialogCode.Accepted and saved is not None:
            self._changed(saved.id, self.tr("%1 was saved.").replace("%1", saved.name))
        self.contact_list.setFocus()

    def confirm_delete(self, contact: ContactInfo) -> QMessageBox:
        box = QMessageBox(self)
        box.setObjectName("confirmDelete")
        box.setTextFormat(Qt.TextFormat.PlainText)  # it names what the family or a file supplied, as typed
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Delete contact"))
        box.setText(self.tr("Delete %1 from your trusted contacts?").replace("%1", contact.name))
        box.setInformativeText(self.tr("This cannot be undone."))
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Delete"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Keep"))
        return box

    def delete_contact(self) -> QMessageBox | None:
        contact_id = self.selected_id()
        contact = self._contacts.get(contact_id) if contact_id is not None else None
        if contact is None or not self.context.require_parent(self):
            return None
        box = self.confirm_delete(contact)
        yes = box.button(QMessageBox.StandardButton.Yes)

        def done(_result: int) -> None:
            if box.clickedButton() is yes:
                order = list(self._contacts)
                index = order.index(contact.id) if contact.id in order else 0
                self.services.contacts.delete(contact.id)
                neighbours = [c for c in order if c != contact.id]
                following = neighbours[min(index, len(neighbours) - 1)] if neighbours else None
                self._changed(following, self.tr("%1 was deleted.").replace("%1", contact.name))
            self.contact_list.setFocus()

        self._open(box, done)
        return box

    def move_selected(self, offset: int) -> None:
        contact_id = self.selected_id()
        if contact_id is None or not self.context.require_parent(self):
            return
        self.services.contacts.move(contact_id, offset)
        self._changed(contact_id)
        self.contact_list.setFocus()

    def toggle_pin(self) -> None:
        contact_id = self.selected_id()
        contact = self._contacts.get(contact_id) if contact_id is not None else None
        if contact is None or not self.context.require_parent(self):
            return
        self.services.contacts.set_pinned(contact.id, not contact.pinned)
        text = self.tr("%1 was pinned.") if not contact.pinned else self.tr("%1 was unpinned.")
        self._changed(contact.id, text.replace("%1", contact.name))

    # vCard import and export, printing -----------------------------------------------------------------------

    def show_message(self, text: str, icon: QMessageBox.Icon = QMessageBox.Icon.Warning) -> QMessageBox:
        box = QMessageBox(self)
        box.setObjectName("contactsMessage")
        box.setTextFormat(Qt.TextFormat.PlainText)  # it names what the family or a file supplied, as typed
        box.setIcon(icon)
        box.setWindowTitle(self.tr("Contacts"))
        box.setText(text)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        self._open(box, lambda _result: None)
        return box

    def import_contacts(self) -> None:
        if not self.context.require_parent(self):
            return
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import contacts"),
            "",
            self.tr("Contact files (*.vcf *.vcard);;All files (*)"),
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> QDialog:
        """Read a .vcf file and show what would be imported; nothing is added until the preview is accepted."""
        try:
            if path.stat().st_size > MAX_BYTES:
                size = f"{path.stat().st_size / 1_000_000:.1f}"
                raise VcardRefused("too-big", "file too big", size=size)
            from notalone_desktop.services.vcard import read_vcard_file  # regular files only, capped

            data = read_vcard_file(path)
            contacts, problems = parse_vcards(data, self.services.contacts.region(), self._children_by_name())
        except VcardRefused as exc:
            log.info("vCard import refused: %s", exc.code)
            return self.show_message(refused_text(exc))
        except OSError as exc:
            log.info("vCard import could not read the file: %s", type(exc).__name__)
            return self.show_message(self.tr("The file cannot be read: %1").replace("%1", exc.strerror or str(exc)))
        new, duplicates = split_duplicates(contacts, self.services.contacts.contacts())
        dialog = VcardImportDialog(self.context, new, duplicates, problems, self)

        def done(result: int) -> None:
            if result == QDialog.DialogCode.Accepted and dialog.imported:
                log.info("imported %d contacts from a vCard file", dialog.imported)
                self._changed(None, self.tr("%n contact(s) imported.", "", dialog.imported))

        self._open(dialog, done)
        return dialog

    def _children_by_name(self) -> dict[str, int]:
        return {c.nickname: c.id for c in self.services.family.children()}

    def export_contacts(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export contacts"),
            str(Path.home() / "not-alone-contacts.vcf"),
            self.tr("Contact files (*.vcf)"),
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> Path | None:
        """Write every contact to a .vcf file; the file appears whole or not at all."""
        if path.suffix.lower() not in (".vcf", ".vcard"):
            path = path.with_name(path.name + ".vcf")
        contacts = self.services.contacts.contacts()
        names = {c.id: c.nickname for c in self.services.family.children()}
        text = export_vcards(contacts, names)
        temporary = path.with_name(path.name + ".part")
        try:
            with temporary.open("w", encoding="utf-8", newline="") as handle:
                handle.write(text)
            os.replace(temporary, path)
        except OSError as exc:
            temporary.unlink(missing_ok=True)
            log.info("vCard export failed: %s", type(exc).__name__)
            self.show_message(self.tr("The file cannot be written: %1").replace("%1", exc.strerror or str(exc)))
            return None
        self.set_status(self.tr("%n contact(s) saved to %1.", "", len(contacts)).replace("%1", str(path)))
        return path

    def print_card(self) -> None:
        from notalone_desktop.ui.printing import preview
        from notalone_desktop.ui.sheets.contact_card import build_html

        preview(build_html(self.services, self.lang, None), self)
