"""Settings: language, country, the children, the parent lock, backups, export / import / erase, and where the
data lives. Everything here but the language asks for the parent PIN in child mode."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from notalone_desktop import __version__
from notalone_desktop.core.content.common import LANGUAGES
from notalone_desktop.ui.context import AppContext
from notalone_desktop.ui.i18n import LANGUAGE_NAMES
from notalone_desktop.ui.labels import child_label
from notalone_desktop.ui.views.base import View
from notalone_desktop.ui.widgets.common import card, heading, question, scrolling_page, wrapped

log = logging.getLogger(__name__)
PATH_ROLE = Qt.ItemDataRole.UserRole


class SettingsView(View):
    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        layout = scrolling_page(self)
        self.title_label = heading(1)
        layout.addWidget(self.title_label)

        general, general_layout = card()
        self.general_title = heading(2)
        self.language = QComboBox()
        self.language.setObjectName("language")
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.country = QComboBox()
        self.country.setObjectName("country")
        self.form = QFormLayout()
        self.language_label, self.country_label = QLabel(), QLabel()
        self.language_label.setBuddy(self.language)
        self.country_label.setBuddy(self.country)
        self.form.addRow(self.language_label, self.language)
        self.form.addRow(self.country_label, self.country)
        general_layout.addWidget(self.general_title)
        general_layout.addLayout(self.form)
        self.setup_button = QPushButton()
        self.setup_button.setObjectName("runSetup")
        self.setup_button.clicked.connect(self._run_setup)
        general_layout.addWidget(self.setup_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(general)

        children, children_layout = card()
        children.setObjectName("children")
        self.children_title = heading(2)
        self.children_list = QListWidget()
        self.children_list.setObjectName("childrenList")
        self.children_list.setMinimumHeight(120)
        buttons = QHBoxLayout()
        self.add_button, self.edit_button, self.remove_button = QPushButton(), QPushButton(), QPushButton()
        self.add_button.setObjectName("addChild")
        self.edit_button.setObjectName("editChild")
        self.remove_button.setObjectName("removeChild")
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.undo_label = QLabel()
        self.undo_button = QPushButton()
        self.undo_button.setObjectName("undoRemove")
        undo_row = QHBoxLayout()
        undo_row.addWidget(self.undo_label, 1)
        undo_row.addWidget(self.undo_button)
        children_layout.addWidget(self.children_title)
        children_layout.addWidget(self.children_list)
        children_layout.addLayout(buttons)
        children_layout.addLayout(undo_row)
        layout.addWidget(children)

        layout.addWidget(self._build_lock_card())
        layout.addWidget(self._build_backups_card())
        layout.addWidget(self._build_data_card())

        about, about_layout = card()
        self.about_title = heading(2)
        self.about_text = wrapped()
        self.about_text.setObjectName("aboutText")
        about_layout.addWidget(self.about_title)
        about_layout.addWidget(self.about_text)
        layout.addWidget(about)
        layout.addStretch(1)

        self.add_button.clicked.connect(self.add_child)
        self.edit_button.clicked.connect(self.edit_child)
        self.remove_button.clicked.connect(self.remove_child)
        self.undo_button.clicked.connect(self.undo_remove)
        self.children_list.itemDoubleClicked.connect(lambda _item: self.edit_child())
        self.children_list.currentRowChanged.connect(self._update_buttons)
        self.language.activated.connect(self._language_chosen)
        self.country.activated.connect(self._country_chosen)
        self._removed: tuple[int, str] | None = None
        self._show_undo(False)
        context.lock_changed.connect(lambda _locked: self._fill_lock())
        self.retranslate()

    def _build_lock_card(self) -> QWidget:
        frame, layout = card()
        frame.setObjectName("parentLock")
        self.lock_title = heading(2)
        self.lock_status = wrapped()
        self.lock_status.setObjectName("lockStatus")
        self.store_notice = wrapped()
        self.store_notice.setObjectName("noCredentialStore")
        self.store_notice.setStyleSheet("font-style: italic;")
        self.set_pin_button = QPushButton()
        self.set_pin_button.setObjectName("setPin")
        self.remove_pin_button = QPushButton()
        self.remove_pin_button.setObjectName("removePin")
        self.idle = QSpinBox()
        self.idle.setObjectName("idleMinutes")
        self.idle.setRange(1, 240)
        self.idle_label = QLabel()
        self.idle_label.setBuddy(self.idle)
        buttons = QHBoxLayout()
        buttons.addWidget(self.set_pin_button)
        buttons.addWidget(self.remove_pin_button)
        buttons.addStretch(1)
        form = QFormLayout()
        form.addRow(self.idle_label, self.idle)
        self.reminders = QCheckBox()
        self.reminders.setObjectName("reminders")
        self.reminders.toggled.connect(self._reminders_toggled)
        layout.addWidget(self.lock_title)
        layout.addWidget(self.lock_status)
        layout.addLayout(buttons)
        layout.addLayout(form)
        layout.addWidget(self.store_notice)
        layout.addWidget(self.reminders)
        self.set_pin_button.clicked.connect(self.set_pin)
        self.remove_pin_button.clicked.connect(self.remove_pin)
        self.idle.editingFinished.connect(self._idle_changed)
        return frame

    def _build_backups_card(self) -> QWidget:
        frame, layout = card()
        frame.setObjectName("backups")
        self.backups_title = heading(2)
        self.backups_intro = wrapped()
        self.backups_list = QTreeWidget()
        self.backups_list.setObjectName("backupsList")
        self.backups_list.setColumnCount(3)
        self.backups_list.setRootIsDecorated(False)
        self.backups_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.backups_list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.backups_list.setMinimumHeight(120)
        self.backup_button = QPushButton()
        self.backup_button.setObjectName("backupNow")
        self.restore_button = QPushButton()
        self.restore_button.setObjectName("restoreBackup")
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        layout.addWidget(self.backups_title)
        layout.addWidget(self.backups_intro)
        layout.addWidget(self.backups_list)
        layout.addLayout(buttons)
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button.clicked.connect(self.restore_selected)
        self.backups_list.currentItemChanged.connect(lambda _new, _old: self._update_backup_buttons())
        return frame

    def _build_data_card(self) -> QWidget:
        frame, layout = card()
        frame.setObjectName("familyData")
        self.data_title = heading(2)
        self.data_intro = wrapped()
        self.data_status = wrapped()
        self.data_status.setObjectName("dataStatus")
        self.data_status.hide()
        self.export_button = QPushButton()
        self.export_button.setObjectName("exportFamily")
        self.import_button = QPushButton()
        self.import_button.setObjectName("importFamily")
        self.erase_button = QPushButton()
        self.erase_button.setObjectName("eraseFamily")
        self.erase_button.setStyleSheet("QPushButton { color: #c62828; }")
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        buttons.addWidget(self.erase_button)
        layout.addWidget(self.data_title)
        layout.addWidget(self.data_intro)
        layout.addLayout(buttons)
        layout.addWidget(self.data_status)
        self.export_button.clicked.connect(self.export_family)
        self.import_button.clicked.connect(self.import_family)
        self.erase_button.clicked.connect(self.erase_family)
        return frame

    def title(self) -> str:
        return self.tr("Settings")

    def retranslate(self) -> None:
        self.title_label.setText(self.tr("Settings"))
        self.general_title.setText(self.tr("Language and country"))
        self.language_label.setText(self.tr("&Language:"))
        self.country_label.setText(self.tr("&Country or region:"))
        self.language.setAccessibleName(self.tr("Language"))
        self.country.setAccessibleName(self.tr("Country or region"))
        self.country.setToolTip(
            self.tr('Chooses the helplines shown in "Get help now" and how phone numbers are written')
        )
        self.setup_button.setText(self.tr("Run the first-time setup again…"))
        self.children_title.setText(self.tr("Children"))
        self.children_list.setAccessibleName(self.tr("Children"))
        self.add_button.setText(self.tr("&Add child…"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.remove_button.setText(self.tr("&Remove…"))
        self.undo_button.setText(self.tr("&Undo"))
        self.lock_title.setText(self.tr("Parent lock"))
        self.remove_pin_button.setText(self.tr("Remove the PIN…"))
        self.remove_pin_button.setAccessibleName(self.tr("Remove the parent PIN"))
        self.idle_label.setText(self.tr("Lock again after &idle time:"))
        self.idle.setSuffix(self.tr(" min"))
        self.idle.setAccessibleName(self.tr("Minutes without use before the app locks again"))
        self.reminders.setText(self.tr("Remind me once a day when safety steps are due for review"))
        self.reminders.setAccessibleName(self.reminders.text())
        self.backups_title.setText(self.tr("Backups"))
        self.backups_intro.setText(
            self.tr(
                "Not Alone keeps checked copies of your family's data in the backups folder: after changes (at "
                "most every 30 minutes) and when you close the app. The newest of each of the last 7 days and "
                "4 weeks are kept."
            )
        )
        self.backups_list.setHeaderLabels([self.tr("Date"), self.tr("Size"), self.tr("Made")])
        self.backups_list.setAccessibleName(self.tr("Backups"))
        self.backup_button.setText(self.tr("&Back up now"))
        self.backup_button.setAccessibleName(self.tr("Back up now"))
        self.restore_button.setText(self.tr("&Restore the selected backup…"))
        self.restore_button.setAccessibleName(self.tr("Restore the selected backup"))
        self.data_title.setText(self.tr("Your family's data"))
        self.data_intro.setText(
            self.tr(
                "Save everything in one file to move it to another computer, bring such a file back, or erase "
                "everything Not Alone keeps on this computer. The parent PIN is never saved in the file."
            )
        )
        self.export_button.setText(self.tr("&Save everything to a file…"))
        self.export_button.setAccessibleName(self.tr("Save everything to a file"))
        self.import_button.setText(self.tr("Bring back from a &file…"))
        self.import_button.setAccessibleName(self.tr("Bring back from a file"))
        self.erase_button.setText(self.tr("Erase all data…"))
        self.erase_button.setAccessibleName(self.tr("Erase all data"))
        self.setup_button.setAccessibleName(self.tr("Run the first-time setup again"))
        self.add_button.setAccessibleName(self.tr("Add child"))
        self.edit_button.setAccessibleName(self.tr("Edit the selected child"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected child"))
        self.undo_button.setAccessibleName(self.tr("Undo the removal"))
        self.about_title.setText(self.tr("About Not Alone"))
        self._fill_about()
        if self._removed:
            self._show_undo(True)
        if not self._stale:
            self.refresh()

    def refresh(self) -> None:
        from notalone_desktop.ui.reminders import reminders_enabled

        self.reminders.blockSignals(True)
        self.reminders.setChecked(reminders_enabled(self.services))
        self.reminders.blockSignals(False)
        info = self.services.family.info()
        self.language.setCurrentIndex(max(0, self.language.findData(self.lang)))
        self.country.clear()
        countries = sorted(self.services.content.countries.values(), key=lambda c: c.name.get(self.lang))
        for country in countries:
            self.country.addItem(country.name.get(self.lang), country.code)
        self.country.setCurrentIndex(max(0, self.country.findData(info.country)))
        current = self.children_list.currentRow()
        self.children_list.clear()
        for child in self.services.family.children():
            item = QListWidgetItem(child_label(child.nickname, child.age, child.band))
            item.setData(Qt.ItemDataRole.UserRole, child.id)
            self.children_list.addItem(item)
        if self.children_list.count():
            self.children_list.setCurrentRow(min(max(current, 0), self.children_list.count() - 1))
        self._update_buttons()
        self._fill_lock()
        self._fill_backups()
        self._fill_about()

    def focus_key(self, key: str) -> None:
        if key == "children":
            self.children_list.setFocus()
            if not self.children_list.count():
                self.add_button.setFocus()

    # Children ------------------------------------------------------------------------------------------------

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
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Remove child"))
        box.setText(self.tr("Remove %1 and their checklist progress?").replace("%1", nickname))
        box.setInformativeText(self.tr("You can undo this until you close Not Alone."))
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
            self.undo_label.setText(self.tr("%1 was removed.").replace("%1", self._removed[1]))
        self.undo_label.setVisible(visible)
        self.undo_button.setVisible(visible)

    # Language, country, setup --------------------------------------------------------------------------------

    def _language_chosen(self, index: int) -> None:
        code = self.language.itemData(index)
        if code and code != self.lang:
            self.context.set_language(code)

    def _country_chosen(self, index: int) -> None:
        code = self.country.itemData(index)
        if code and code != self.services.family.info().country:
            if not self.context.require_parent(self):
                self.refresh()  # puts back the country chosen before
                return
            self.services.family.update(country=code)
            self.context.family_changed.emit()

    def _run_setup(self) -> None:
        from notalone_desktop.ui.dialogs.first_run import FirstRunWizard

        if not self.context.require_parent(self):
            return
        FirstRunWizard(self.context, self.window()).exec()

    def _fill_about(self) -> None:
        text = (
            self.tr(
                "Version %1. Everything you enter stays on this computer, in the folder %2. Not Alone never "
                "connects to the internet."
            )
            .replace("%1", __version__)
            .replace("%2", str(self.services.data_dir))
        )
        profile = self.context.profile
        if profile is not None:
            given = self.tr("This app was given to you by %1").replace("%1", profile.organisation.name)
            text = f"{given}. {profile.about(self.lang)}\n\n{text}"
        self.about_text.setText(text)

    # The parent lock -----------------------------------------------------------------------------------------

    def _fill_lock(self) -> None:
        state = self.context.security.state()
        if not state.has_pin:
            self.lock_status.setText(
                self.tr(
                    "No PIN is set: everyone at this computer can change everything. With a PIN, Not Alone opens "
                    'for the children (lessons, games and "Get help now"); changes ask for the PIN.'
                )
            )
            self.set_pin_button.setText(self.tr("&Set a PIN…"))
        else:
            status = (
                self.tr("A PIN is set. The app is locked: changes ask for the PIN.")
                if self.context.locked
                else self.tr("A PIN is set. The app is unlocked until you lock it or leave it unused.")
            )
            limits = self.tr(
                "The PIN stops someone at the keyboard; it does not encrypt the family's file on this computer."
            )
            self.lock_status.setText(f"{status} {limits}")
            self.set_pin_button.setText(self.tr("&Change the PIN…"))
        self.set_pin_button.setAccessibleName(self.set_pin_button.text().replace("&", "").rstrip("…"))
        self.remove_pin_button.setVisible(state.has_pin)
        self.idle.setEnabled(state.has_pin)
        self.idle_label.setEnabled(state.has_pin)
        blocked = self.idle.blockSignals(True)
        self.idle.setValue(self.context.security.idle_minutes())
        self.idle.blockSignals(blocked)
        # Permanent while the fallback is in use: the family should know where the PIN's fingerprint lives.
        self.store_notice.setVisible(state.store == "database")
        self.store_notice.setText(
            self.tr(
                "This computer offers no password store (keyring). The PIN's fingerprint is kept in the family's "
                "data file instead; the PIN itself is never stored."
            )
        )

    def set_pin(self) -> None:
        from notalone_desktop.ui.dialogs.pin_dialog import SetPinDialog

        if not self.context.require_parent(self):
            return
        dialog = SetPinDialog(self.context, self)
        dialog.exec()
        self._fill_lock()

    def remove_pin(self) -> None:
        if not self.context.require_parent(self):
            return
        box = question(
            self,
            self.tr("Remove the PIN"),
            self.tr("Remove the parent PIN?"),
            self.tr("Everyone at this computer will be able to change everything again."),
        )
        if box.exec() != QMessageBox.StandardButton.Yes:
            return
        self.context.security.remove_pin()
        self.context.pin_changed()
        self._fill_lock()

    def _reminders_toggled(self, checked: bool) -> None:
        from notalone_desktop.ui.reminders import reminders_enabled, set_reminders_enabled

        if checked == reminders_enabled(self.services):
            return
        if not self.context.require_parent(self):
            self.reminders.blockSignals(True)
            self.reminders.setChecked(not checked)
            self.reminders.blockSignals(False)
            return
        set_reminders_enabled(self.services, checked)

    def _idle_changed(self) -> None:
        minutes = self.idle.value()
        if minutes == self.context.security.idle_minutes():
            return
        if not self.context.require_parent(self):
            self._fill_lock()
            return
        self.context.security.set_idle_minutes(minutes)
        if self.context.idle_lock is not None:
            self.context.idle_lock.set_minutes(minutes)

    # Backups -------------------------------------------------------------------------------------------------

    def _fill_backups(self) -> None:
        from notalone_desktop.ui.dialogs.recovery import backup_date

        kinds = {
            "auto": self.tr("automatically"),
            "manual": self.tr("by hand"),
            "before-upgrade": self.tr("before an update"),
            "before-restore": self.tr("before a restore"),
            "before-import": self.tr("before an import"),
        }
        self.backups_list.clear()
        for backup in self.context.backups.backups():
            size = QLocale().formattedDataSize(backup.size)
            item = QTreeWidgetItem([backup_date(backup), size, kinds.get(backup.kind, backup.kind)])
            item.setData(0, PATH_ROLE, str(backup.path))
            self.backups_list.addTopLevelItem(item)
        first = self.backups_list.topLevelItem(0)
        if first is not None:
            self.backups_list.setCurrentItem(first)
        self._update_backup_buttons()

    def _update_backup_buttons(self) -> None:
        self.restore_button.setEnabled(self.backups_list.currentItem() is not None)

    def selected_backup(self) -> Path | None:
        item = self.backups_list.currentItem()
        return Path(str(item.data(0, PATH_ROLE))) if item is not None else None

    def backup_now(self) -> None:
        try:
            self.context.backups.backup_now("manual")
        except Exception as exc:
            log.warning("backup by hand failed: %s", type(exc).__name__)
            self.show_result(self.tr("The backup could not be made: %1").replace("%1", _reason(exc)), error=True)
            return
        self._fill_backups()
        self.show_result(self.tr("A backup was made."))

    def confirm_restore(self, when: str) -> QMessageBox:
        return question(
            self,
            self.tr("Restore a backup"),
            self.tr("Go back to the backup of %1?").replace("%1", when),
            self.tr(
                "The family's data as it is now is replaced by the backup. A copy of the data as it is now is "
                "kept in the backups first, so this can be undone."
            ),
        )

    def restore_selected(self) -> None:
        from notalone_desktop.ui.dialogs.backups_dialog import run_task

        path = self.selected_backup()
        item = self.backups_list.currentItem()
        if path is None or item is None or not self.context.require_parent(self):
            return
        when = item.text(0)
        if self.confirm_restore(when).exec() != QMessageBox.StandardButton.Yes:
            return
        backups = self.context.backups
        task = run_task(
            self.tr("Restore a backup"),
            self.tr("Restoring the backup…"),
            lambda progress, cancelled: backups.restore(path, progress, cancelled),
            self,
        )
        if not self._task_went_well(task, self.tr("The backup could not be restored: %1")):
            self._fill_backups()
            return
        self._after_family_replaced()
        self.show_result(self.tr("The backup of %1 was restored.").replace("%1", when))

    def _after_family_replaced(self) -> None:
        """After a restore or an import: every view reloads; the language and the lock follow the data."""
        self.context.pin_changed()  # the parent is here (they just did this): unlocked, PIN state re-read
        info = self.services.family.info()
        if info.language != self.context.language:
            self.context.set_language(info.language)
        self.context.family_changed.emit()
        self._fill_backups()

    # Export, import, erase -----------------------------------------------------------------------------------

    def show_result(self, text: str, error: bool = False) -> None:
        self.data_status.setText(text)
        self.data_status.setStyleSheet("color: #c62828; font-weight: bold;" if error else "")
        self.data_status.show()
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(text, 6000)

    def _task_went_well(self, task: Any, failure: str) -> bool:
        if task.cancelled:
            self.show_result(self.tr("Cancelled. Nothing was changed."))
            return False
        if task.error is not None:
            self.show_result(failure.replace("%1", _reason(task.error)), error=True)
            return False
        return True

    def export_family(self) -> None:
        if not self.context.require_parent(self):
            return
        name = f"not-alone-family-{dt.date.today().isoformat()}.zip"
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save everything to a file"), str(Path.home() / name), self.tr("Family archives (*.zip)")
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> bool:
        from notalone_desktop.ui.dialogs.backups_dialog import run_task

        if path.suffix.lower() != ".zip":
            path = path.with_name(path.name + ".zip")
        data = self.services.family_data
        task = run_task(
            self.tr("Save everything to a file"),
            self.tr("Saving the family's data…"),
            lambda progress, cancelled: data.export(path, progress, cancelled),
            self,
        )
        if not self._task_went_well(task, self.tr("The file could not be saved: %1")):
            return False
        self.show_result(self.tr("Everything was saved to %1.").replace("%1", str(path)))
        return True

    def import_family(self) -> None:
        if not self.context.require_parent(self):
            return
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Bring back from a file"),
            str(Path.home()),
            self.tr("Family archives (*.zip);;All files (*)"),
        )
        if path:
            self.import_from(Path(path))

    def confirm_merge(self) -> QMessageBox:
        return question(
            self,
            self.tr("Bring back from a file"),
            self.tr("Add the family in the file to the family here?"),
            self.tr(
                "Children with the same nickname and birth year, and contacts with the same name and numbers, "
                "become one; for progress, the newer one counts. A backup is made first."
            ),
        )

    def import_from(self, path: Path, merge: bool | None = None) -> bool:
        from notalone_desktop.ui.dialogs.backups_dialog import run_task

        data = self.services.family_data
        if merge is None:
            merge = data.holds_family()
            if merge and self.confirm_merge().exec() != QMessageBox.StandardButton.Yes:
                return False

        def work(progress: Any, cancelled: Any) -> Any:
            return data.import_archive(path, bool(merge), progress, cancelled)  # backs up a family here first

        task = run_task(self.tr("Bring back from a file"), self.tr("Reading the file…"), work, self)
        if not self._task_went_well(task, self.tr("Nothing was imported: %1")):
            self._fill_backups()
            return False
        self._after_family_replaced()
        self.show_result(self.tr("The family's data was brought back from %1.").replace("%1", path.name))
        return True

    def confirm_erase(self) -> QMessageBox:
        box = question(
            self,
            self.tr("Erase all data"),
            self.tr("Erase everything Not Alone keeps for this family on this computer?"),
            self.tr(
                "The children, the checklist, the contacts, the notes, every backup and the logs are removed, and "
                "so is the PIN. This cannot be undone: save everything to a file first if you may want it back. "
                "Not Alone closes afterwards."
            ),
        )
        box.setIcon(QMessageBox.Icon.Warning)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Erase everything"))
        return box

    def erase_family(self) -> list[str] | None:
        if not self.context.require_parent(self):
            return None
        if self.confirm_erase().exec() != QMessageBox.StandardButton.Yes:
            return None
        return self.erase_now()

    def erase_now(self) -> list[str]:
        """Close the data, erase it, say what was removed, and quit: nothing may write to the folder again."""
        context = self.context
        context.erased = True
        if context.backup_timer is not None:
            context.backup_timer.stop()
        _close_log_files()
        removed = self.services.family_data.erase()  # closes the database first
        box = QMessageBox(self)
        box.setObjectName("eraseDone")
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Erase all data"))
        box.setText(self.tr("Everything was erased. Not Alone will close now."))
        box.setDetailedText("\n".join(removed))
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        context.quit_after_erase(box)
        return removed


def _reason(exc: BaseException) -> str:
    """Why work failed, in one line: our own errors say it for people; storage problems get plain words."""
    from notalone_desktop.core.errors import NotAloneError
    from notalone_desktop.storage.backup import DISK_ERROR, DISK_FULL, NOT_WRITABLE, storage_error_message

    if isinstance(exc, NotAloneError):
        return str(exc)
    known = storage_error_message(exc)
    words = {
        DISK_FULL: QCoreApplication.translate("SettingsView", "the disk is full."),
        NOT_WRITABLE: QCoreApplication.translate("SettingsView", "the folder cannot be written."),
        DISK_ERROR: QCoreApplication.translate("SettingsView", "the disk is full, or it reported an error."),
    }
    if known is not None:
        return words.get(known, known)
    return f"{type(exc).__name__}: {exc}"


def _close_log_files() -> None:
    """Stop writing the log in the data dir (erase removes it; an open file would keep it alive)."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_notalone", False):
            root.removeHandler(handler)
            handler.close()
