"""The checklist's changes beyond ticking: life-event checklists started and removed, and the family's own items
added, changed and deleted. Every one asks for the parent PIN in child mode.

Its texts keep the translation context "ChecklistView" (`translate("ChecklistView", ...)`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMessageBox

from notalone_desktop.core.content.life_events import event_of, is_life_key
from notalone_desktop.ui.widgets.common import question

if TYPE_CHECKING:
    from notalone_desktop.ui.views.checklist import ChecklistView

translate = QCoreApplication.translate
LIFE = "life"  # the category filter's entry for the life-event checklists


class ChecklistEdits(QObject):
    def __init__(self, view: ChecklistView) -> None:
        super().__init__(view)
        self.view = view

    def start_life_event(self) -> str:
        """Ask which life-event checklist to start for the current owner; start it and show it."""
        from notalone_desktop.ui.dialogs.life_event_dialog import StartLifeEventDialog

        if not self.view.context.require_parent(self.view):
            return ""
        owner = self.view.owner_id()
        choices = self.view.services.life_events.not_started(owner)
        suggested = {e.key for e in choices if self.view.services.life_events.is_suggested(e, owner)}
        dialog = StartLifeEventDialog(self.view, choices, suggested, self.view.lang, self.view.owner.currentText())
        if not dialog.exec() or not dialog.chosen():
            return ""
        key = dialog.chosen()
        self.view.services.life_events.start(owner, key)
        self.view.category.setCurrentIndex(max(0, self.view.category.findData(LIFE)))
        event = self.view.services.life_events.content.event(key)
        self.view.after_change(event.items[0].key if event and event.items else "")
        return key

    def confirm_stop(self, title: str) -> QMessageBox:
        text = translate("ChecklistView", "Remove the life-event checklist “%1” with its ticks and notes?").replace(
            "%1", title
        )
        return question(self.view, translate("ChecklistView", "Remove checklist"), text)

    def stop_life_event(self) -> None:
        item = self.view.current_item()
        if item is None or not is_life_key(item.key) or not self.view.context.require_parent(self.view):
            return
        key = event_of(item.key)
        event = next((e for e in self.view.started_events if e.key == key), None)
        if event is None:
            return
        if self.confirm_stop(event.title).exec() == QMessageBox.StandardButton.Yes:
            self.view.services.life_events.stop(self.view.owner_id(), key)
            self.view.after_change("")

    # The family's own items -------------------------------------------------------------------------------------

    def add_custom(self) -> None:
        from notalone_desktop.ui.dialogs.custom_item_dialog import CustomItemDialog

        if not self.view.context.require_parent(self.view):
            return
        dialog = CustomItemDialog(self.view.context, self.view, self.view.category.currentData() or "talking")
        if dialog.exec():
            category, title, details = dialog.values()
            key = self.view.services.checklist.add_custom(self.view.owner_id(), category, title, details)
            self.view.after_change(key)

    def edit_custom(self) -> None:
        from notalone_desktop.ui.dialogs.custom_item_dialog import CustomItemDialog

        item = self.view.current_item()
        if item is None or not item.custom or not self.view.context.require_parent(self.view):
            return
        dialog = CustomItemDialog(self.view.context, self.view, item.category, item.title, item.why)
        if dialog.exec():
            category, title, details = dialog.values()
            self.view.services.checklist.update_custom(item.key, category, title, details)
            self.view.after_change(item.key)

    def confirm_delete(self, title: str) -> QMessageBox:
        text = translate("ChecklistView", "Delete your item “%1” and its progress?").replace("%1", title)
        return question(self.view, translate("ChecklistView", "Delete item"), text)

    def delete_custom(self) -> None:
        item = self.view.current_item()
        if item is None or not item.custom or not self.view.context.require_parent(self.view):
            return
        if self.confirm_delete(item.title).exec() == QMessageBox.StandardButton.Yes:
            self.view.services.checklist.delete_custom(item.key)
            self.view.after_change("")
