"""Settings: the backups folder's copies, a backup by hand, and going back to a copy."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from notalone_desktop.ui.context import AppContext
from notalone_desktop.ui.labels import backup_kind_label
from notalone_desktop.ui.views.settings.card import SettingsCard, translate
from notalone_desktop.ui.views.settings.wording import reason
from notalone_desktop.ui.widgets.common import heading, question, wrapped
from notalone_desktop.ui.widgets.lists import fit_to_rows

log = logging.getLogger(__name__)
PATH_ROLE = Qt.ItemDataRole.UserRole


class BackupsCard(SettingsCard):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("backups")
        self.title = heading(2)
        self.intro = wrapped()
        self.backups_list = QTreeWidget()
        self.backups_list.setObjectName("backupsList")
        self.backups_list.setColumnCount(3)
        self.backups_list.setRootIsDecorated(False)
        self.backups_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.backups_list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.backup_button = QPushButton()
        self.backup_button.setObjectName("backupNow")
        self.restore_button = QPushButton()
        self.restore_button.setObjectName("restoreBackup")
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        self.body.addWidget(self.title)
        self.body.addWidget(self.intro)
        self.body.addWidget(self.backups_list)
        self.body.addLayout(buttons)
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button.clicked.connect(self.restore_selected)
        self.backups_list.currentItemChanged.connect(lambda _new, _old: self._update_buttons())

    def retranslate(self) -> None:
        self.title.setText(translate("SettingsView", "Backups"))
        self.intro.setText(
            translate(
                "SettingsView",
                "Not Alone keeps checked copies of your family's data in the backups folder: after changes (at "
                "most every 30 minutes) and when you close the app. The newest of each of the last 7 days and "
                "4 weeks are kept.",
            )
        )
        self.backups_list.setHeaderLabels(
            [translate("SettingsView", "Date"), translate("SettingsView", "Size"), translate("SettingsView", "Made")]
        )
        self.backups_list.setAccessibleName(translate("SettingsView", "Backups"))
        self.backup_button.setText(translate("SettingsView", "&Back up now"))
        self.backup_button.setAccessibleName(translate("SettingsView", "Back up now"))
        self.restore_button.setText(translate("SettingsView", "&Restore the selected backup…"))
        self.restore_button.setAccessibleName(translate("SettingsView", "Restore the selected backup"))

    def refresh(self) -> None:
        from notalone_desktop.ui.dialogs.recovery import backup_date

        self.backups_list.clear()
        for backup in self.context.backups.backups():
            size = QLocale().formattedDataSize(backup.size)
            item = QTreeWidgetItem([backup_date(backup), size, backup_kind_label(backup.kind)])
            item.setData(0, PATH_ROLE, str(backup.path))
            self.backups_list.addTopLevelItem(item)
        fit_to_rows(self.backups_list, self.backups_list.topLevelItemCount(), fewest=3)
        first = self.backups_list.topLevelItem(0)
        if first is not None:
            self.backups_list.setCurrentItem(first)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.backups_list.currentItem() is not None)

    def selected_backup(self) -> Path | None:
        item = self.backups_list.currentItem()
        return Path(str(item.data(0, PATH_ROLE))) if item is not None else None

    def backup_now(self) -> None:
        try:
            self.context.backups.backup_now("manual")
        except Exception as exc:
            log.warning("backup by hand failed: %s", type(exc).__name__)
            failed = translate("SettingsView", "The backup could not be made: %1").replace("%1", reason(exc))
            self.result.emit(failed, True)
            return
        self.refresh()
        self.result.emit(translate("SettingsView", "A backup was made."), False)

    def confirm_restore(self, when: str) -> QMessageBox:
        return question(
            self,
            translate("SettingsView", "Restore a backup"),
            translate("SettingsView", "Go back to the backup of %1?").replace("%1", when),
            translate(
                "SettingsView",
                "The family's data as it is now is replaced by the backup. A copy of the data as it is now is "
                "kept in the backups first, so this can be undone.",
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
            translate("SettingsView", "Restore a backup"),
            translate("SettingsView", "Restoring the backup…"),
            lambda progress, cancelled: backups.restore(path, progress, cancelled),
            self,
        )
        if not self.task_went_well(task, translate("SettingsView", "The backup could not be restored: %1")):
            self.refresh()
            return
        self.family_replaced.emit()
        self.result.emit(translate("SettingsView", "The backup of %1 was restored.").replace("%1", when), False)
