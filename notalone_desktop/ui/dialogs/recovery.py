"""The recovery screen: the family's database is damaged, truncated or not ours. Offer the newest good backup,
or an empty start, or quitting; the damaged file is moved aside, never overwritten and never deleted."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from notalone_desktop.services.data_dir import BackupFile
from notalone_desktop.ui.dates import medium_date_time
from notalone_desktop.ui.widgets.common import heading, wrapped

RESTORE, EMPTY, QUIT = "restore", "empty", "quit"


def backup_date(backup: BackupFile) -> str:
    """The backup's time in the user's time zone and language: "7 Dec 2026, 14:05"."""
    return medium_date_time(backup.created)


class RecoveryDialog(QDialog):
    """Asks what to do with a damaged database; `choice` is RESTORE, EMPTY or QUIT afterwards."""

    def __init__(self, path: str, problem: str, backup: BackupFile | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryDialog")
        self.setMinimumWidth(520)
        self.choice = QUIT
        self.backup = backup
        self.title_label = heading(2)
        self.text = wrapped()
        self.text.setObjectName("recoveryText")
        self.detail = wrapped()
        self.detail.setObjectName("recoveryDetail")
        self.restore_button = QPushButton()
        self.restore_button.setObjectName("restoreBackup")
        self.empty_button = QPushButton()
        self.empty_button.setObjectName("startEmpty")
        self.quit_button = QPushButton()
        self.quit_button.setObjectName("quitRecovery")
        # Bound methods, not lambdas: a lambda holding `self` would keep a parentless dialog alive past the app.
        self.restore_button.clicked.connect(self._restore_chosen)
        self.empty_button.clicked.connect(self._empty_chosen)
        self.quit_button.clicked.connect(self.reject)
        self.restore_button.setVisible(backup is not None)
        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.empty_button)
        buttons.addStretch(1)
        buttons.addWidget(self.quit_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.text)
        layout.addWidget(self.detail)
        layout.addLayout(buttons)
        self.setWindowTitle(self.tr("Your family's data needs attention"))
        self.title_label.setText(self.tr("The family's data file cannot be opened"))
        if backup is not None:
            text = self.tr(
                "The file is damaged or is not a Not Alone file. It will be moved aside (never deleted), and you "
                "can go on with the newest good backup, from %1, or start with an empty family."
            ).replace("%1", backup_date(backup))
            self.restore_button.setText(self.tr("&Restore the backup of %1").replace("%1", backup_date(backup)))
            self.restore_button.setDefault(True)
            self.restore_button.setFocus()
        else:
            text = self.tr(
                "The file is damaged or is not a Not Alone file, and there is no good backup. It will be moved "
                "aside (never deleted), and you can start with an empty family."
            )
            self.empty_button.setDefault(True)
            self.empty_button.setFocus()
        self.text.setText(text)
        # The problem is in the app's words (English); the path tells an expert where the file is.
        self.detail.setText(f"{problem}\n{path}")
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.empty_button.setText(self.tr("Start with an &empty family"))
        self.quit_button.setText(self.tr("&Quit"))
        for button in (self.restore_button, self.empty_button, self.quit_button):
            button.setAccessibleName(button.text().replace("&", ""))

    def _restore_chosen(self) -> None:
        self.choice = RESTORE
        self.accept()

    def _empty_chosen(self) -> None:
        self.choice = EMPTY
        self.accept()

    def reject(self) -> None:
        self.choice = QUIT
        super().reject()
