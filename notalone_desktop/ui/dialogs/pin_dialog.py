"""The parent PIN: asked for before editing in child mode, set or changed in Settings and the first-run wizard,
and reset with the recovery code. The PIN and the code never leave these widgets except to be hashed."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from notalone_desktop.services.security import Attempt, PinProblem, check_pin_rules
from notalone_desktop.ui.context import AppContext
from notalone_desktop.ui.style import style_error
from notalone_desktop.ui.widgets.common import heading, name_buttons, question, wrapped

log = logging.getLogger(__name__)


def pin_problem_text(problem: PinProblem) -> str:
    """A PinProblem in the user's language."""
    texts = {
        "pin-short": QCoreApplication.translate("PinDialog", "A PIN has at least 4 digits."),
        "pin-empty": QCoreApplication.translate(
            "PinDialog", "Enter a PIN of 4 to 8 digits, or a passphrase of 8 or more characters."
        ),
        "pin-rules": QCoreApplication.translate(
            "PinDialog", "Use 4 to 8 digits, or a passphrase of at least 8 characters."
        ),
        "pin-long": QCoreApplication.translate("PinDialog", "A passphrase can have at most 256 characters."),
        "store-failed": QCoreApplication.translate(
            "PinDialog",
            "The system's password store did not save the PIN (it may be locked, or the request was cancelled). "
            "Nothing was changed.",
        ),
    }
    return texts.get(problem.code, str(problem))


def wait_text(seconds: float) -> str:
    whole = max(1, round(seconds + 0.49))
    if whole >= 120:
        return QCoreApplication.translate("PinDialog", "Too many wrong tries. Try again in %1 minutes.").replace(
            "%1", str(round(whole / 60))
        )
    return QCoreApplication.translate("PinDialog", "Too many wrong tries. Try again in %n second(s).", "", whole)


def _secret_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMaxLength(256)
    field.setInputMethodHints(Qt.InputMethodHint.ImhSensitiveData | Qt.InputMethodHint.ImhNoPredictiveText)
    return field


def _error_label(name: str) -> QLabel:
    label = wrapped()
    label.setObjectName(name)
    style_error(label)
    label.hide()
    return label


class PinDialog(QDialog):
    """Unlock with the PIN, or reset it with the recovery code. `unlocked` tells the caller how it ended."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.unlocked = False
        self.new_code = ""
        self.setObjectName("pinDialog")
        self.setMinimumWidth(440)
        self.pages = QStackedWidget()

        # Unlock page
        unlock = QWidget()
        self.title_label = heading(2)
        self.intro = wrapped()
        self.pin = _secret_field("pinField")
        self.pin_label = QLabel()
        self.pin_label.setBuddy(self.pin)
        form = QFormLayout()
        form.addRow(self.pin_label, self.pin)
        self.message = _error_label("pinMessage")
        self.forgot_button = QPushButton()
        self.forgot_button.setObjectName("forgotPin")
        self.forgot_button.setAutoDefault(False)
        self.forgot_button.clicked.connect(self.show_recovery)
        layout = QVBoxLayout(unlock)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title_label)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.forgot_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.pages.addWidget(unlock)

        # Recovery page
        recovery = QWidget()
        self.recovery_title = heading(2)
        self.recovery_intro = wrapped()
        self.code = QLineEdit()
        self.code.setObjectName("recoveryCodeField")
        self.code.setMaxLength(40)
        self.code.setInputMethodHints(Qt.InputMethodHint.ImhSensitiveData | Qt.InputMethodHint.ImhNoPredictiveText)
        self.new_pin = _secret_field("newPinField")
        self.repeat_pin = _secret_field("repeatPinField")
        self.code_label, self.new_label, self.repeat_label = QLabel(), QLabel(), QLabel()
        self.code_label.setBuddy(self.code)
        self.new_label.setBuddy(self.new_pin)
        self.repeat_label.setBuddy(self.repeat_pin)
        recovery_form = QFormLayout()
        recovery_form.addRow(self.code_label, self.code)
        recovery_form.addRow(self.new_label, self.new_pin)
        recovery_form.addRow(self.repeat_label, self.repeat_pin)
        self.recovery_message = _error_label("recoveryMessage")
        recovery_layout = QVBoxLayout(recovery)
        recovery_layout.setContentsMargins(0, 0, 0, 0)
        recovery_layout.addWidget(self.recovery_title)
        recovery_layout.addWidget(self.recovery_intro)
        recovery_layout.addLayout(recovery_form)
        recovery_layout.addWidget(self.recovery_message)
        recovery_layout.addStretch(1)
        self.pages.addWidget(recovery)

        # Offered only when the PIN can never be checked on this computer (see _pin_lost), on either page.
        self.remove_lock_button = QPushButton()
        self.remove_lock_button.setObjectName("removeLostLock")
        self.remove_lock_button.setAutoDefault(False)
        self.remove_lock_button.hide()
        self.remove_lock_button.clicked.connect(self.remove_lost_lock)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("pinOk")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setObjectName("pinCancel")
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addWidget(self.pages)
        outer.addWidget(self.remove_lock_button, 0, Qt.AlignmentFlag.AlignLeft)
        outer.addWidget(self.buttons)

        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._update_wait)
        self.retranslate()
        self._update_wait()
        self.pin.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Parent PIN"))
        self.title_label.setText(self.tr("Parents only"))
        self.intro.setText(
            self.tr(
                "Changing the checklist, the contacts, the children or the settings needs the parent PIN. "
                "Lessons, games and “Get help now” stay open for everyone."
            )
        )
        self.pin_label.setText(self.tr("&PIN or passphrase:"))
        self.pin.setAccessibleName(self.tr("PIN or passphrase"))
        self.forgot_button.setText(self.tr("&Forgot the PIN? Use the recovery code…"))
        self.forgot_button.setAccessibleName(self.tr("Forgot the PIN? Use the recovery code"))
        self.remove_lock_button.setText(self.tr("Re&move the lock…"))
        self.remove_lock_button.setAccessibleName(self.tr("Remove the lock"))
        self.recovery_title.setText(self.tr("Reset the PIN"))
        self.recovery_intro.setText(
            self.tr(
                "Enter the recovery code you wrote down when the PIN was set (4 groups of 4 letters and digits), "
                "then choose a new PIN."
            )
        )
        self.code_label.setText(self.tr("&Recovery code:"))
        self.code.setAccessibleName(self.tr("Recovery code"))
        self.code.setPlaceholderText("XXXX-XXXX-XXXX-XXXX")
        self.new_label.setText(self.tr("&New PIN:"))
        self.new_pin.setAccessibleName(self.tr("New PIN"))
        self.repeat_label.setText(self.tr("Repeat the new &PIN:"))
        self.repeat_pin.setAccessibleName(self.tr("Repeat the new PIN"))
        name_buttons(self.buttons)
        self.ok_button.setText(self.tr("Unlock") if self.pages.currentIndex() == 0 else self.tr("Reset the PIN"))
        self.ok_button.setAccessibleName(self.ok_button.text())
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))

    def show_recovery(self) -> None:
        self.pages.setCurrentIndex(1)
        self.retranslate()
        self._update_wait()
        self.code.setFocus()

    # Checking ------------------------------------------------------------------------------------------------

    def _update_wait(self) -> None:
        wait = self.context.security.wait_seconds()
        label = self.message if self.pages.currentIndex() == 0 else self.recovery_message
        if wait > 0:
            label.setText(wait_text(wait))
            label.show()
            self.ok_button.setEnabled(False)
            if not self._tick.isActive():
                self._tick.start()
        else:
            self._tick.stop()
            if not self.ok_button.isEnabled():
                self.ok_button.setEnabled(True)
                label.hide()

    def submit(self) -> None:
        if self.pages.currentIndex() == 0:
            self._check_pin()
        else:
            self._reset()

    def _busy(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        QApplication.processEvents()

    def _check_pin(self) -> None:
        self._busy()
        try:
            attempt = self.context.security.verify_pin(self.pin.text())
        finally:
            QGuiApplication.restoreOverrideCursor()
        if attempt.ok:
            self.unlocked = True
            self.pin.clear()
            self.accept()
            return
        self.pin.selectAll()
        self.pin.setFocus()
        self._show_failure(attempt, self.message, self.tr("That PIN is not right."))

    def _pin_lost(self, label: QLabel) -> None:
        """The password store answers, but has no fingerprint of the PIN for these files (copied from another
        computer, or a keychain that was reset): the PIN can never be checked here. Say so and offer the recovery
        code; removing the lock is a separate, explained decision (remove_lost_lock), never the result of a PIN."""
        label.setText(
            self.tr(
                "This computer's password store has no fingerprint of the PIN for these files (they may have been "
                "copied from another computer), so the PIN cannot be checked here. Reset it with the recovery "
                "code. If the code is lost too, a parent can remove the lock."
            )
        )
        label.show()
        self.remove_lock_button.show()

    def remove_lost_lock(self) -> None:
        """Ask, explaining what it means; the service removes the lock only if it still cannot be checked."""
        box = question(
            self,
            self.tr("Parent PIN"),
            self.tr("Remove the parent lock?"),
            self.tr(
                "Only a parent should do this, and only when the recovery code is lost too. Until a new PIN is "
                "set, anyone at this computer can change the checklist, the contacts, the children and the "
                "settings. Nothing of the family's data is deleted."
            ),
        )
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Remove the lock"))
        if box.exec() != QMessageBox.StandardButton.Yes:
            return
        if not self.context.security.remove_lost_pin():
            # The store answers again (or was only unavailable): the PIN can be checked, so it stays.
            self.remove_lock_button.hide()
            self.message.setText(self.tr("The PIN can be checked again now: enter it."))
            self.message.show()
            self.pages.setCurrentIndex(0)
            self.retranslate()
            return
        self.context.pin_changed()
        QMessageBox.information(
            self, self.tr("Parent PIN"), self.tr("The parent lock was removed. Set a new PIN in Settings.")
        )
        self.unlocked = True
        self.accept()

    def _show_failure(self, attempt: Attempt, label: QLabel, wrong: str) -> None:
        if attempt.missing:
            self._pin_lost(label)
            return
        if attempt.store_failed:
            label.setText(
                self.tr(
                    "The system's password store did not answer (it may be locked, or the request was "
                    "cancelled). Try again."
                )
            )
        elif attempt.unavailable:
            label.setText(
                self.tr(
                    "The system's password store that keeps the PIN's fingerprint is not available now, so the "
                    "PIN cannot be checked. Nothing was changed. Try again later (after logging in to this "
                    "computer again, for example), or reset the PIN with the recovery code."
                )
            )
        elif attempt.wait > 0 and attempt.checked:
            label.setText(wrong + " " + wait_text(attempt.wait))
        else:
            label.setText(wait_text(attempt.wait) if attempt.wait > 0 else wrong)
        label.show()
        if attempt.wait > 0:
            self.ok_button.setEnabled(False)
            self._tick.start()

    def _reset(self) -> None:
        new, repeat = self.new_pin.text(), self.repeat_pin.text()
        try:
            check_pin_rules(new)
        except PinProblem as problem:
            self.recovery_message.setText(pin_problem_text(problem))
            self.recovery_message.show()
            self.new_pin.setFocus()
            return
        if new != repeat:
            self.recovery_message.setText(self.tr("The two PINs are not the same."))
            self.recovery_message.show()
            self.repeat_pin.setFocus()
            return
        self._busy()
        try:
            attempt, code = self.context.security.reset_with_recovery_code(self.code.text(), new)
        except PinProblem as problem:
            self.recovery_message.setText(pin_problem_text(problem))
            self.recovery_message.show()
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        if not attempt.ok:
            self._show_failure(attempt, self.recovery_message, self.tr("That recovery code is not right."))
            return
        self.new_code = code
        self.unlocked = True
        for field in (self.code, self.new_pin, self.repeat_pin):
            field.clear()
        self.context.pin_changed()
        RecoveryCodeDialog(code, self).exec()
        self.accept()


class SetPinDialog(QDialog):
    """Set a new PIN (or change it): twice, then the recovery code is shown once."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.code = ""
        self.setObjectName("setPinDialog")
        self.setMinimumWidth(460)
        self.intro = wrapped()
        self.store_note = wrapped()
        self.store_note.setObjectName("pinStoreNote")
        self.pin = _secret_field("setPinField")
        self.repeat = _secret_field("setPinRepeatField")
        self.pin_label, self.repeat_label = QLabel(), QLabel()
        self.pin_label.setBuddy(self.pin)
        self.repeat_label.setBuddy(self.repeat)
        form = QFormLayout()
        form.addRow(self.pin_label, self.pin)
        form.addRow(self.repeat_label, self.repeat)
        self.message = _error_label("setPinMessage")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setObjectName("setPinOk")
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.store_note)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Set the parent PIN"))
        self.intro.setText(pin_rules_text())
        self.pin_label.setText(self.tr("&PIN or passphrase:"))
        self.repeat_label.setText(self.tr("&Repeat it:"))
        self.pin.setAccessibleName(self.tr("New PIN or passphrase"))
        self.repeat.setAccessibleName(self.tr("Repeat the new PIN or passphrase"))
        self.store_note.setText(store_note_text(self.context))
        name_buttons(self.buttons)
        for which in (QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Cancel):
            button = self.buttons.button(which)
            button.setAccessibleName(button.text())

    def submit(self) -> None:
        code = set_pin_from_fields(self.context, self.pin.text(), self.repeat.text(), self.message, self)
        if code:
            self.code = code
            self.pin.clear()
            self.repeat.clear()
            self.accept()


def pin_rules_text() -> str:
    return QCoreApplication.translate(
        "PinDialog",
        "Choose 4 to 8 digits, or a passphrase of at least 8 characters. With a PIN, Not Alone opens for the "
        "children: lessons, games and “Get help now” work; changing anything asks for the PIN. The PIN keeps "
        "out someone at the keyboard; it does not encrypt the family's file on this computer.",
    )


def store_note_text(context: AppContext) -> str:
    if context.security.keyring_available():
        return QCoreApplication.translate(
            "PinDialog", "The PIN is checked against a fingerprint kept in the system's password store."
        )
    return QCoreApplication.translate(
        "PinDialog",
        "This computer offers no password store, so the PIN's fingerprint is kept in the family's data file. "
        "The PIN itself is never stored.",
    )


def set_pin_from_fields(context: AppContext, pin: str, repeat: str, message: QLabel, parent: QWidget) -> str:
    """Check the two fields, set the PIN and show the recovery code: the code, or "" (message says why)."""
    try:
        check_pin_rules(pin)
        if pin != repeat:
            message.setText(QCoreApplication.translate("PinDialog", "The two PINs are not the same."))
            message.show()
            return ""
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            code = context.security.set_pin(pin)
        finally:
            QGuiApplication.restoreOverrideCursor()
    except PinProblem as problem:
        message.setText(pin_problem_text(problem))
        message.show()
        return ""
    message.hide()
    context.pin_changed()
    RecoveryCodeDialog(code, parent).exec()
    return code


class RecoveryCodeDialog(QDialog):
    """Shows the recovery code once. It is not stored anywhere: only its fingerprint is."""

    def __init__(self, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryCodeDialog")
        self.setMinimumWidth(440)
        self.title_label = heading(2)
        self.intro = wrapped()
        self.code_label = QLabel(code)
        self.code_label.setObjectName("recoveryCode")
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSizeF(self.code_label.font().pointSizeF() * 1.6)
        font.setBold(True)
        self.code_label.setFont(font)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setObjectName("recoveryCodeDone")
        self.buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.intro)
        layout.addWidget(self.code_label)
        layout.addWidget(self.buttons)
        self.setWindowTitle(self.tr("Recovery code"))
        self.title_label.setText(self.tr("Write this code down"))
        self.intro.setText(
            self.tr(
                "If the PIN is ever forgotten, this code resets it. Write it on paper and keep it somewhere the "
                "children cannot find it. It is shown only now."
            )
        )
        self.code_label.setAccessibleName(self.tr("Recovery code: %1").replace("%1", " ".join(code)))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("I have written it down"))
        ok.setAccessibleName(ok.text())
