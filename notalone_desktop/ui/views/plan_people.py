"""The safety plan's second people: the contacts who can reach the child quickly, ticked and put in the order to
call them. A tick or a move is a change like any other: saved as it is made (the plan view's AutoSave), after
the parent PIN in child mode, and never more people than the plan takes. Its texts keep the translation context
"PlanView"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from notalone_desktop.services.contacts import ContactInfo
from notalone_desktop.services.plan import CONTACTS_MAX
from notalone_desktop.ui.context import AppContext
from notalone_desktop.ui.widgets.common import Card, heading, wrapped

translate = QCoreApplication.translate
ID_ROLE = Qt.ItemDataRole.UserRole


class PeopleCard(Card):
    """`edited`: a person was ticked, unticked or moved (by a parent). `refused(text)`: a change was not made,
    and why (too many people); the view shows it."""

    edited = Signal()
    refused = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("planPeopleCard")
        self._filling = False
        self.people_title = heading(2)
        self.people_text = wrapped()
        self.people = QListWidget()
        self.people.setObjectName("planPeople")
        self.people.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.people.setWordWrap(True)
        self.up_button, self.down_button = QPushButton(), QPushButton()
        self.up_button.setObjectName("planPersonUp")
        self.down_button.setObjectName("planPersonDown")
        self.up_button.clicked.connect(lambda: self.move_person(-1))
        self.down_button.clicked.connect(lambda: self.move_person(1))
        order_row = QHBoxLayout()
        order_row.addWidget(self.up_button)
        order_row.addWidget(self.down_button)
        order_row.addStretch(1)
        self.no_contacts = wrapped()
        self.no_contacts.setObjectName("planNoContacts")
        self.contacts_button = QPushButton()
        self.contacts_button.setObjectName("planOpenContacts")
        self.contacts_button.clicked.connect(lambda: self.context.navigate.emit("contacts", ""))
        for widget in (self.people_title, self.people_text, self.people):
            self.body.addWidget(widget)
        self.body.addLayout(order_row)
        self.body.addWidget(self.no_contacts)
        self.body.addWidget(self.contacts_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.people.itemChanged.connect(self._ticked)
        self.people.currentRowChanged.connect(lambda _row: self._update_buttons())

    def retranslate(self) -> None:
        self.people.setAccessibleName(translate("PlanView", "People to call, in order. Space ticks a person."))
        self.up_button.setText(translate("PlanView", "Move &up"))
        self.down_button.setText(translate("PlanView", "Move do&wn"))
        self.up_button.setAccessibleName(translate("PlanView", "Call this person earlier"))
        self.down_button.setAccessibleName(translate("PlanView", "Call this person later"))
        self.no_contacts.setText(
            translate("PlanView", "There are no contacts yet. Add the people around your child in Contacts first.")
        )
        self.contacts_button.setText(translate("PlanView", "Open Contacts"))

    def set_people_text(self, text: str) -> None:
        """The words that say who to tick (they depend on the child's age)."""
        self.people_text.setText(text.replace("%1", str(CONTACTS_MAX)))

    def fill(self, contacts: list[ContactInfo], chosen: list[int]) -> None:
        """The family's contacts, the chosen ones first in their order, the others after."""
        self._filling = True
        try:
            ordered = [c for cid in chosen for c in contacts if c.id == cid] + [
                c for c in contacts if c.id not in chosen
            ]
            self.people.clear()
            for contact in ordered:
                number = contact.phones[0].display if contact.phones else ""
                who = contact.name + (f" ({contact.relationship})" if contact.relationship else "")
                item = QListWidgetItem(f"{who} · {number}" if number else who)
                item.setData(ID_ROLE, contact.id)
                item.setFlags(
                    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable
                )
                item.setCheckState(Qt.CheckState.Checked if contact.id in chosen else Qt.CheckState.Unchecked)
                self.people.addItem(item)
            rows = min(max(len(ordered), 2), 7)
            self.people.setFixedHeight(rows * (self.people.sizeHintForRow(0) if ordered else 24) + 8)
            has_contacts = bool(contacts)
            for widget in (self.people, self.up_button, self.down_button):
                widget.setVisible(has_contacts)
            self.no_contacts.setVisible(not has_contacts)
            self.contacts_button.setVisible(not has_contacts)
        finally:
            self._filling = False
        self._update_buttons()

    def chosen_ids(self) -> list[int]:
        ids = []
        for row in range(self.people.count()):
            item = self.people.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                ids.append(int(item.data(ID_ROLE)))
        return ids

    def _update_buttons(self) -> None:
        """Up and Down only where they can move someone: a button that does nothing is not offered."""
        row = self.people.currentRow()
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.people.count() - 1)

    def _set_check(self, item: QListWidgetItem, state: Qt.CheckState) -> None:
        self._filling = True
        try:
            item.setCheckState(state)
        finally:
            self._filling = False

    def _ticked(self, item: QListWidgetItem) -> None:
        if self._filling:
            return
        ticked = item.checkState() == Qt.CheckState.Checked
        undo = Qt.CheckState.Unchecked if ticked else Qt.CheckState.Checked
        if not self.context.require_parent(self):
            self._set_check(item, undo)  # child mode and no PIN: the tick goes back, nothing changed
            return
        if ticked and len(self.chosen_ids()) > CONTACTS_MAX:
            self._set_check(item, undo)
            self.refused.emit(translate("PlanView", "Tick at most %1 people to call.").replace("%1", str(CONTACTS_MAX)))
            return
        self.edited.emit()

    def move_person(self, offset: int) -> None:
        row = self.people.currentRow()
        target = row + offset
        if row < 0 or not 0 <= target < self.people.count():
            return
        if not self.context.require_parent(self):
            return
        item = self.people.takeItem(row)
        self.people.insertItem(target, item)
        self.people.setCurrentRow(target)
        self.edited.emit()
