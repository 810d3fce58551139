"""Settings: the family's data as a whole, saved to one file, brought back from one, or erased; and the line
that says how the last of these went."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton, QWidget

from notalone_desktop.ui.context import AppContext
from notalone_desktop.ui.style import style_danger_button, style_error
from notalone_desktop.ui.views.settings.card import SettingsCard, translate
from notalone_desktop.ui.widgets.common import heading, question, wrapped
from notalone_desktop.ui.widgets.flow import FlowLayout


class DataCard(SettingsCard):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("familyData")
        self.title = heading(2)
        self.intro = wrapped()
        self.data_status = wrapped()
        self.data_status.setObjectName("dataStatus")
        self.data_status.hide()
        self.export_button = QPushButton()
        self.export_button.setObjectName("exportFamily")
        self.import_button = QPushButton()
        self.import_button.setObjectName("importFamily")
        self.erase_button = QPushButton()
        self.erase_button.setObjectName("eraseFamily")
        style_danger_button(self.erase_button)
        buttons = FlowLayout()  # wraps on a narrow window; erasing, in red, comes last
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.erase_button)
        self.body.addWidget(self.title)
        self.body.addWidget(self.intro)
        self.body.addLayout(buttons)
        self.body.addWidget(self.data_status)
        self.export_button.clicked.connect(self.export_family)
        self.import_button.clicked.connect(self.import_family)
        self.erase_button.clicked.connect(self.erase_family)

    def retranslate(self) -> None:
        self.title.setText(translate("SettingsView", "Your family's data"))
        self.intro.setText(
            translate(
                "SettingsView",
                "Save everything in one file to move it to another computer, bring such a file back, or erase "
                "everything Not Alone keeps on this computer. The parent PIN is never saved in the file.",
            )
        )
        self.export_button.setText(translate("SettingsView", "&Save everything to a file…"))
        self.export_button.setAccessibleName(translate("SettingsView", "Save everything to a file"))
        self.import_button.setText(translate("SettingsView", "Bring back from a &file…"))
        self.import_button.setAccessibleName(translate("SettingsView", "Bring back from a file"))
        self.erase_button.setText(translate("SettingsView", "Erase all data…"))
        self.erase_button.setAccessibleName(translate("SettingsView", "Erase all data"))

    def show_result(self, text: str, error: bool = False) -> None:
        self.data_status.setText(text)
        if error:
            style_error(self.data_status)
        else:
            self.data_status.setStyleSheet("")
        self.data_status.show()
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(text, 6000)

    # Export --------------------------------------------------------------------------------------------------

    def export_family(self) -> None:
        if not self.context.require_parent(self):
            return
        name = f"not-alone-family-{dt.date.today().isoformat()}.zip"
        path, _filter = QFileDialog.getSaveFileName(
            self,
            translate("SettingsView", "Save everything to a file"),
            str(Path.home() / name),
            translate("SettingsView", "Family archives (*.zip)"),
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> bool:
        from notalone_desktop.ui.dialogs.backups_dialog import run_task

        if path.suffix.lower() != ".zip":
            path = path.with_name(path.name + ".zip")
        data = self.services.family_data
        task = run_task(
            translate("SettingsView", "Save everything to a file"),
            translate("SettingsView", "Saving the family's data…"),
            lambda progress, cancelled: data.export(path, progress, cancelled),
            self,
        )
        if not self.task_went_well(task, translate("SettingsView", "The file could not be saved: %1")):
            return False
        self.result.emit(translate("SettingsView", "Everything was saved to %1.").replace("%1", str(path)), False)
        return True

    # Import --------------------------------------------------------------------------------------------------

    def import_family(self) -> None:
        if not self.context.require_parent(self):
            return
        path, _filter = QFileDialog.getOpenFileName(
            self,
            translate("SettingsView", "Bring back from a file"),
            str(Path.home()),
            translate("SettingsView", "Family archives (*.zip);;All files (*)"),
        )
        if path:
            self.import_from(Path(path))

    def confirm_merge(self) -> QMessageBox:
        return question(
            self,
            translate("SettingsView", "Bring back from a file"),
            translate("SettingsView", "Add the family in the file to the family here?"),
            translate(
                "SettingsView",
                "Children with the same nickname and birth year, and contacts with the same name and numbers, "
                "become one; for progress, the newer one counts. A backup is made first.",
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

        task = run_task(
            translate("SettingsView", "Bring back from a file"),
            translate("SettingsView", "Reading the file…"),
            work,
            self,
        )
        if not self.task_went_well(task, translate("SettingsView", "Nothing was imported: %1")):
            self.backups_changed.emit()  # a backup may have been made before the import failed
            return False
        self.family_replaced.emit()
        done = translate("SettingsView", "The family's data was brought back from %1.").replace("%1", path.name)
        missing = getattr(task.result, "missing_packs", ())
        if missing:  # content packs the family used on the other computer
            done += " " + translate(
                "SettingsView",
                "It used content packs that are not installed here: %1. Install them under Content updates to see "
                "their items and lessons again; the family's progress on them is kept.",
            ).replace("%1", "; ".join(missing))
        self.result.emit(done, False)
        return True

    # Erase ---------------------------------------------------------------------------------------------------

    def confirm_erase(self) -> QMessageBox:
        box = question(
            self,
            translate("SettingsView", "Erase all data"),
            translate("SettingsView", "Erase everything Not Alone keeps for this family on this computer?"),
            translate(
                "SettingsView",
                "The children, the checklist, the contacts, the notes, every backup and the logs are removed, and "
                "so is the PIN. This cannot be undone: save everything to a file first if you may want it back. "
                "Not Alone closes afterwards.",
            ),
        )
        box.setIcon(QMessageBox.Icon.Warning)
        box.button(QMessageBox.StandardButton.Yes).setText(translate("SettingsView", "Erase everything"))
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
        box.setTextFormat(Qt.TextFormat.PlainText)  # it names what the family or a file supplied, as typed
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(translate("SettingsView", "Erase all data"))
        box.setText(translate("SettingsView", "Everything was erased. Not Alone will close now."))
        box.setDetailedText("\n".join(removed))
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        context.quit_after_erase(box)
        return removed


def _close_log_files() -> None:
    """Stop writing the log in the data dir (erase removes it; an open file would keep it alive)."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_notalone", False):
            root.removeHandler(handler)
            handler.close()
