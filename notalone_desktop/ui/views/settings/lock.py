"""Settings: the parent lock (set, change or remove the PIN; the idle time) and the daily review reminder."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QFormLayout, QHBoxLayout, QLabel, QMessageBox, QPushButton, QSpinBox, QWidget

from notalone_desktop.ui.autosave import AutoSave
from notalone_desktop.ui.context import AppContext
from notalone_desktop.ui.views.settings.card import SettingsCard, translate
from notalone_desktop.ui.widgets.common import heading, question, wrapped


class LockCard(SettingsCard):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("parentLock")
        self.title = heading(2)
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
        self.body.addWidget(self.title)
        self.body.addWidget(self.lock_status)
        self.body.addLayout(buttons)
        self.body.addLayout(form)
        self.body.addWidget(self.store_notice)
        self.body.addWidget(self.reminders)
        self.set_pin_button.clicked.connect(self.set_pin)
        self.remove_pin_button.clicked.connect(self.remove_pin)
        # Saved as it changes (arrows, wheel or typing), like every field in a view (ui/autosave.py).
        self.idle_autosave = AutoSave(self._idle_changed, self)
        self.idle_autosave.watch(self.idle)
        self.idle.valueChanged.connect(lambda _minutes: self.idle_autosave.changed())
        self.idle.editingFinished.connect(self.idle_autosave.flush)
        context.lock_changed.connect(lambda _locked: self._fill_lock())

    def retranslate(self) -> None:
        self.title.setText(translate("SettingsView", "Parent lock"))
        self.remove_pin_button.setText(translate("SettingsView", "Remove the PIN…"))
        self.remove_pin_button.setAccessibleName(translate("SettingsView", "Remove the parent PIN"))
        self.idle_label.setText(translate("SettingsView", "Lock again after &idle time:"))
        self.idle.setSuffix(translate("SettingsView", " min"))
        self.idle.setAccessibleName(translate("SettingsView", "Minutes without use before the app locks again"))
        self.reminders.setText(translate("SettingsView", "Remind me once a day when safety steps are due for review"))
        self.reminders.setAccessibleName(self.reminders.text())

    def refresh(self) -> None:
        from notalone_desktop.ui.reminders import reminders_enabled

        self.reminders.blockSignals(True)
        self.reminders.setChecked(reminders_enabled(self.services))
        self.reminders.blockSignals(False)
        self._fill_lock()

    def _fill_lock(self) -> None:
        state = self.context.security.state()
        if not state.has_pin:
            self.lock_status.setText(
                translate(
                    "SettingsView",
                    "No PIN is set: everyone at this computer can change everything. With a PIN, Not Alone opens "
                    "for the children (lessons, games and “Get help now”); changes ask for the PIN.",
                )
            )
            self.set_pin_button.setText(translate("SettingsView", "Set a &PIN…"))
        else:
            status = (
                translate("SettingsView", "A PIN is set. The app is locked: changes ask for the PIN.")
                if self.context.locked
                else translate(
                    "SettingsView", "A PIN is set. The app is unlocked until you lock it or leave it unused."
                )
            )
            limits = translate(
                "SettingsView",
                "The PIN stops someone at the keyboard; it does not encrypt the family's file on this computer.",
            )
            self.lock_status.setText(f"{status} {limits}")
            self.set_pin_button.setText(translate("SettingsView", "&Change the PIN…"))
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
            translate(
                "SettingsView",
                "This computer offers no password store (keyring). The PIN's fingerprint is kept in the family's "
                "data file instead; the PIN itself is never stored.",
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
            translate("SettingsView", "Remove the PIN"),
            translate("SettingsView", "Remove the parent PIN?"),
            translate("SettingsView", "Everyone at this computer will be able to change everything again."),
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
