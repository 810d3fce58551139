"""Settings: the children, added, renamed and removed (with undo until the app closes)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMessageBox, QPushButton, QWidget

from notalone_desktop.ui.context import AppContext
from notalone_desktop.ui.labels import child_label
from notalone_desktop.ui.views.settings.card import SettingsCard, translate
from notalone_desktop.ui.widgets.common import heading
from notalone_desktop.ui.widgets.lists import fit_to_rows


class ChildrenCard(SettingsCard):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("children")
        self.title = heading(2)
        self.children_list = QListWidget()
        self.children_list.setObjectName("childrenList")
        buttons = QHBoxLayout()
        self.add_button, self.edit_button, self.remove_button = QPushButton(), QPushButton(), QPushButton()
        self.add_button.setObjectName("addChild")
        self.edit_button.setObjectName("editChild")
        self.remove_button.setObjectName("removeChild")
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.undo_label = QLabel()
        self.undo_label.setTextFormat(Qt.TextFormat.PlainText)  # "<nickname> was removed.", as typed
        self.undo_button = QPushButton()
        self.undo_button.setObjectName("undoRemove")
        undo_row = QHBoxLayout()
        undo_row.addWidget(self.undo_label, 1)
        undo_row.addWidget(self.undo_button)
        self.body.addWidget(self.title)
        self.body.addWidget(self.children_list)
        self.body.addLayout(buttons)
        self.body.addLayout(undo_row)
        self.add_button.clicked.connect(self.add_child)
        self.edit_button.clicked.connect(self.edit_child)
        self.remove_button.clicked.connect(self.remove_child)
        self.undo_button.clicked.connect(self.undo_remove)
        self.children_list.itemDoubleClicked.connect(lambda _item: self.edit_child())
        self.children_list.currentRowChanged.connect(self._update_buttons)
        self._removed: tuple[int, str] | None = None
        self._show_undo(False)

    def retranslate(self) -> None:
        self.title.setText(translate("SettingsView", "Children"))
        self.children_list.setAccessibleName(translate("SettingsView", "Children"))
        self.add_button.setText(translate("SettingsView", "&Add child…"))
        self.edit_button.setText(translate("SettingsView", "&Edit…"))
        self.remove_button.setText(translate("SettingsView", "Re&move…"))
        self.undo_button.setText(translate("SettingsView", "&Undo"))
        self.add_button.setAccessibleName(translate("SettingsView", "Add child"))
        self.edit_button.setAccessibleName(translate("SettingsView", "Edit the selected child"))
        self.remove_button.setAccessibleName(translate("SettingsView", "Remove the selected child"))
        self.undo_button.setAccessibleName(translate("SettingsView", "Undo the removal"))
        if self._removed:
            self._show_undo(True)

    def refresh(self) -> None:
        current = self.children_list.currentRow()
        self.children_list.clear()
        for child in self.services.family.children():
            item = QListWidgetItem(child_label(child.nickname, child.age, child.band))
            item.setData(Qt.ItemDataRole.UserRole, child.id)
            self.children_list.addItem(item)
        fit_to_rows(self.children_list, self.children_list.count())
        if self.children_list.count():
            self.children_list.setCurrentRow(min(max(current, 0), self.children_list.count() - 1))
        self._update_buttons()

    def focus(self) -> None:
        """The list, or "Add child" while there is no child yet (Home's "Add your children" leads here)."""
        self.children_list.setFocus()
        if not self.children_list.count():
            self.add_button.setFocus()

    def _selected_child(self) -> int | None:
        item = self.children_list.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item else None

    def _update_buttons(self) -> None:
        selected = self._selected_child() is not None
        self.edit_button.setEnabled(selected)
        self.remove_button.setEnabled(selected)

    def child_dialog(self, child_id: int | None = None):  # type: ignore[no-untyped-def]
        from notalone_desktop.ui.dialogs.child_dialog import ChildDialog

        child = self.services.family.child(child_id) if child_id else None
        return ChildDialog(self, child)

    def add_child(self) -> None:
        if not self.context.require_parent(self):
            return
        dialog = self.child_dialog()
        if dialog.exec() and dialog.values():
            name, year = dialog.values()
            self.services.family.add_child(name, year)
            self.context.family_changed.emit()

    def edit_child(self) -> None:
        child_id = self._selected_child()
        if child_id is None or not self.context.require_parent(self):
            return
        dialog = self.child_dialog(child_id)
        if dialog.exec() and dialog.values():
            name, year = dialog.values()
            self.services.family.update_child(child_id, name, year)
            self.context.family_changed.emit()

    def confirm_removal(self, nickname: str) -> QMessageBox:
        box = QMessageBox(self)
        box.setTextFormat(Qt.TextFormat.PlainText)  # it names what the family or a file supplied, as typed
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(translate("SettingsView", "Remove child"))
        box.setText(translate("SettingsView", "Remove %1 and their checklist progress?").replace("%1", nickname))
        box.setInformativeText(translate("SettingsView", "You can undo this until you close Not Alone."))
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box

    def remove_child(self) -> None:
        child_id = self._selected_child()
        child = self.services.family.child(child_id) if child_id else None
        if child is None or not self.context.require_parent(self):
            return
        if self.confirm_removal(child.nickname).exec() != QMessageBox.StandardButton.Yes:
            return
        self.services.family.remove_child(child.id)
        self._removed = (child.id, child.nickname)
        self._show_undo(True)
        self.context.family_changed.emit()

    def undo_remove(self) -> None:
        if self._removed and self.context.require_parent(self):
            self.services.family.undo_remove(self._removed[0])
            self._removed = None
            self._show_undo(False)
            self.context.family_changed.emit()

    def _show_undo(self, visible: bool) -> None:
        if visible and self._removed:
            self.undo_label.setText(translate("SettingsView", "%1 was removed.").replace("%1", self._removed[1]))
        self.undo_label.setVisible(visible)
        self.undo_button.setVisible(visible)
