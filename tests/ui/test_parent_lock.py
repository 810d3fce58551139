"""The parent lock in the window: child mode at start, lessons, games and "Get help now" open; every edit asks for
the PIN; wrong PINs back off; the app locks itself again after the idle time; Settings, the wizard and the
recovery code. A known in-memory keyring is forced: the developer's keychain is never touched."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import keyring
import keyring.core
import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from notalone_desktop.services.security import SecurityService
from notalone_desktop.ui.dialogs.pin_dialog import PinDialog, RecoveryCodeDialog, SetPinDialog
from tests.reliability.fake_keyring import BrokenKeyring, MemoryKeyring

PIN = "2580"
CHEAP = 10  # scrypt cost for the tests' PINs; the app's own default is 2**17


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    before = keyring.core._keyring_backend
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.core._keyring_backend = before


def build(qtbot, services) -> Any:  # type: ignore[no-untyped-def]
    from notalone_desktop.ui.app import build_window

    window = build_window(services, "en", first_run=False)
    window.context.security._log_n = CHEAP
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.fixture
def recovery_code(memory_keyring, demo_services) -> str:  # type: ignore[no-untyped-def]
    return SecurityService(demo_services.database, scrypt_log_n=CHEAP).set_pin(PIN)


@pytest.fixture
def locked(qtbot, recovery_code, demo_services) -> Any:  # type: ignore[no-untyped-def]
    """The demo family's window with a PIN set: it opens in child mode."""
    return build(qtbot, demo_services)


def _current_test() -> str:
    return os.environ.get("PYTEST_CURRENT_TEST", "").rsplit(" (", 1)[0]  # "path::name (call)" -> "path::name"


def when_modal(kind: type[QWidget], action: Callable[[Any], None], seen: list[Any] | None = None) -> list[Any]:
    """Once a modal `kind` is up (now or soon), run `action` on it. The watch ends with its test: it never
    answers a dialog of the next test (which may want another answer)."""
    found: list[Any] = seen if seen is not None else []
    tries = [0]
    test = _current_test()

    def look() -> None:
        if _current_test() != test:
            return
        widget = QApplication.activeModalWidget()
        if isinstance(widget, kind):
            found.append(widget)
            action(widget)
        elif tries[0] < 200:
            tries[0] += 1
            QTimer.singleShot(10, look)

    QTimer.singleShot(0, look)
    return found


def never_asked(prompts: list[Any]) -> bool:
    """Whether no PIN dialog came up. The prompt is modal (require_parent waits in its exec), so an action that
    asks has asked by the time it returns; what it queued (zero-delay timers, posted events) runs here first."""
    QApplication.processEvents()
    showing = [w for w in QApplication.topLevelWidgets() if isinstance(w, PinDialog) and w.isVisible()]
    return prompts == [] and showing == []


def type_pin(pin: str) -> Callable[[PinDialog], None]:
    def action(dialog: PinDialog) -> None:
        dialog.pin.setText(pin)
        dialog.ok_button.click()

    return action


def cancel(dialog: QWidget) -> None:
    dialog.reject()  # type: ignore[attr-defined]


def test_opens_in_child_mode_where_lessons_games_and_help_stay_open(qtbot, locked) -> None:  # type: ignore[no-untyped-def]
    assert locked.context.locked
    assert locked.lock_action.isVisible() and locked.lock_action.text() == "Unlock"
    button = locked.toolbar.widgetForAction(locked.lock_action)
    assert button.accessibleName() == "Unlock"
    prompts = when_modal(PinDialog, cancel)
    for name in ("lessons", "scenarios", "home"):
        locked.show_view(name)
        QApplication.processEvents()
        assert locked.current_view_name() == name and locked.views[name].isVisible()
    assert never_asked(prompts)


def test_get_help_now_works_while_locked_after_many_wrong_pins(qtbot, locked) -> None:  # type: ignore[no-untyped-def]
    security = locked.context.security
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    for n in range(12):
        security.verify_pin("0000", now=now + dt.timedelta(hours=n))
    assert security.wait_seconds() > 60
    locked.help_action.trigger()
    assert locked.help_window is not None and locked.help_window.isVisible()
    locked.help_window.close()
    assert locked.context.services.contacts.contacts()  # nothing was deleted


def test_checklist_edit_asks_for_the_pin(qtbot, locked) -> None:  # type: ignore[no-untyped-def]
    locked.show_view("checklist")
    view = locked.views["checklist"]
    item = next(i for i in view._items if i.state == "todo")
    services = locked.context.services
    asked = when_modal(PinDialog, cancel)
    view.set_state(item.key, "done")
    assert len(asked) == 1
    assert next(i for i in services.checklist.items(view.owner_id(), "en") if i.key == item.key).state == "todo"
    assert locked.context.locked
    asked = when_modal(PinDialog, type_pin(PIN))
    view.set_state(item.key, "done")
    assert len(asked) == 1 and asked[0].unlocked
    assert next(i for i in services.checklist.items(view.owner_id(), "en") if i.key == item.key).state == "done"
    assert not locked.context.locked and locked.lock_action.text() == "Lock"
    again = when_modal(PinDialog, cancel)
    view.set_state(item.key, "todo")  # unlocked: no second question
    assert never_asked(again)


def test_contacts_and_settings_edits_ask_but_language_does_not(qtbot, locked) -> None:  # type: ignore[no-untyped-def]
    locked.show_view("contacts")
    contacts = locked.views["contacts"]
    asked: list[Any] = []
    when_modal(PinDialog, cancel, asked)
    assert contacts.add_contact() is None
    locked.show_view("settings")
    settings = locked.views["settings"]
    count = settings.children_card.children_list.count()
    when_modal(PinDialog, cancel, asked)
    qtbot.mouseClick(settings.children_card.add_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 2 and settings.children_card.children_list.count() == count
    settings.general_card.language.setCurrentIndex(settings.general_card.language.findData("de"))
    settings.general_card.language.activated.emit(settings.general_card.language.currentIndex())
    assert locked.context.language == "de" and len(asked) == 2
    assert locked.context.locked


def test_a_wrong_pin_says_so_and_backs_off(qtbot, locked) -> None:  # type: ignore[no-untyped-def]
    dialog = PinDialog(locked.context, locked)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.pin.setText("9999")
    dialog.ok_button.click()
    assert not dialog.unlocked and dialog.message.isVisible()
    assert "not right" in dialog.message.text() and "1 second" in dialog.message.text()
    assert not dialog.ok_button.isEnabled()
    assert locked.context.security.state().failures == 1
    qtbot.waitUntil(dialog.ok_button.isEnabled, timeout=3000)
    dialog.pin.setText(PIN)
    dialog.ok_button.click()
    assert dialog.unlocked


def test_the_recovery_code_resets_a_forgotten_pin(qtbot, locked, recovery_code) -> None:  # type: ignore[no-untyped-def]
    dialog = PinDialog(locked.context, locked)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.forgot_button, Qt.MouseButton.LeftButton)
    assert dialog.code.isVisible() and dialog.ok_button.text() == "Reset the PIN"
    dialog.code.setText(recovery_code.lower())
    dialog.new_pin.setText("13579")
    dialog.repeat_pin.setText("13579")
    shown: list[Any] = []
    when_modal(RecoveryCodeDialog, lambda box: box.accept(), shown)
    dialog.ok_button.click()
    assert dialog.unlocked and len(shown) == 1
    new_code = shown[0].code_label.text()
    assert new_code != recovery_code and len(new_code) == 19
    assert locked.context.security.verify_pin("13579").ok


def test_locks_itself_after_the_idle_time_and_input_keeps_it_open(qtbot, locked) -> None:  # type: ignore[no-untyped-def]
    context = locked.context
    idle = context.idle_lock
    now = [1000.0]
    idle.clock, idle.timeout = (lambda: now[0]), 600.0  # ten minutes, on a clock the test moves
    context.unlock()
    assert not context.locked and locked.lock_action.text() == "Lock"
    assert idle.timer.isActive()
    for _ in range(3):  # typing keeps it unlocked, however long the family uses the app
        now[0] += 599
        qtbot.keyClick(locked.navigation, Qt.Key.Key_Down)
        idle.check()
        assert not context.locked
    now[0] += 599
    idle.check()
    assert not context.locked  # 599 s without input: not yet
    now[0] += 1
    idle.check()
    assert context.locked and locked.lock_action.text() == "Unlock"
    assert not idle.timer.isActive()  # locked: the filter and the timer rest


def test_lock_button_locks_and_unlocks(qtbot, locked) -> None:  # type: ignore[no-untyped-def]
    when_modal(PinDialog, type_pin(PIN))
    locked.lock_action.trigger()
    assert not locked.context.locked
    locked.lock_action.trigger()
    assert locked.context.locked


def test_without_a_pin_nothing_asks_and_no_lock_button(qtbot, memory_keyring, demo_services) -> None:  # type: ignore[no-untyped-def]
    window = build(qtbot, demo_services)
    assert not window.context.locked and not window.lock_action.isVisible()
    assert window.context.require_parent(window)
    assert window.context.idle_lock is not None and not window.context.idle_lock.timer.isActive()


def test_set_a_pin_in_settings_shows_the_recovery_code_once(qtbot, memory_keyring, demo_services) -> None:  # type: ignore[no-untyped-def]
    window = build(qtbot, demo_services)
    window.show_view("settings")
    settings = window.views["settings"]
    assert (
        settings.lock_card.set_pin_button.text() == "Set a &PIN…"
        and not settings.lock_card.remove_pin_button.isVisible()
    )
    codes: list[Any] = []

    def fill(dialog: SetPinDialog) -> None:
        assert "password store" in dialog.store_note.text()
        dialog.pin.setText("12")
        dialog.repeat.setText("12")
        dialog.submit()
        assert dialog.message.text() == "A PIN has at least 4 digits."
        dialog.pin.setText("864209")
        dialog.repeat.setText("864200")
        dialog.submit()
        assert dialog.message.text() == "The two PINs are not the same."
        dialog.repeat.setText("864209")
        when_modal(RecoveryCodeDialog, lambda box: box.accept(), codes)
        dialog.submit()

    when_modal(SetPinDialog, fill)
    qtbot.mouseClick(settings.lock_card.set_pin_button, Qt.MouseButton.LeftButton)
    assert len(codes) == 1
    assert window.context.security.has_pin() and not window.context.locked
    assert window.lock_action.isVisible() and settings.lock_card.remove_pin_button.isVisible()
    assert not settings.lock_card.store_notice.isVisible()  # the system keyring holds it
    assert len(memory_keyring.entries) == 1  # the PIN's verifier; the recovery code's is in the database


def test_without_a_credential_store_settings_says_so(qtbot, demo_services) -> None:  # type: ignore[no-untyped-def]
    before = keyring.core._keyring_backend
    keyring.set_keyring(fail.Keyring())
    try:
        SecurityService(demo_services.database, scrypt_log_n=CHEAP).set_pin(PIN)
        window = build(qtbot, demo_services)
        window.context.unlock()
        window.show_view("settings")
        notice = window.views["settings"].lock_card.store_notice
        assert notice.isVisible() and "no password store" in notice.text()
    finally:
        keyring.core._keyring_backend = before


def test_a_broken_keyring_never_crashes_the_window(qtbot, locked) -> None:  # type: ignore[no-untyped-def]
    before = keyring.core._keyring_backend
    keyring.set_keyring(BrokenKeyring())
    try:
        dialog = PinDialog(locked.context, locked)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.pin.setText(PIN)
        dialog.ok_button.click()
        assert not dialog.unlocked and "did not answer" in dialog.message.text()
        assert locked.context.security.state().failures == 0
        dialog.reject()
        locked.context.unlock()
        set_dialog = SetPinDialog(locked.context, locked)
        qtbot.addWidget(set_dialog)
        set_dialog.pin.setText("97531")
        set_dialog.repeat.setText("97531")
        set_dialog.submit()
        assert "did not save the PIN" in set_dialog.message.text()
    finally:
        keyring.core._keyring_backend = before
    assert locked.context.security.verify_pin(PIN).ok  # the old PIN is still there


def test_first_run_wizard_sets_a_pin_or_skips_it(qtbot, memory_keyring, context) -> None:  # type: ignore[no-untyped-def]
    from notalone_desktop.ui.dialogs.first_run import FirstRunWizard

    context.security._log_n = CHEAP
    wizard = FirstRunWizard(context)
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.pin_page
    assert page.validatePage()  # empty: no PIN, and that is fine
    page.pin.setText("123")
    assert not page.validatePage() and page.error.isVisibleTo(page)
    page.pin.setText("passphrase for us")
    page.repeat.setText("passphrase for us")
    assert page.validatePage()
    shown = when_modal(RecoveryCodeDialog, lambda box: box.accept())
    wizard.accept()
    assert len(shown) == 1 and context.security.has_pin()
    assert context.security.verify_pin("passphrase for us").ok
    again = FirstRunWizard(context)
    qtbot.addWidget(again)
    assert again.pin_page.already.isVisibleTo(again.pin_page) and not again.pin_page.pin.isVisibleTo(again.pin_page)


def test_settings_export_runs_in_a_worker_with_progress(qtbot, memory_keyring, demo_services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from notalone_desktop.ui.dialogs.backups_dialog import TaskDialog

    window = build(qtbot, demo_services)
    window.show_view("settings")
    settings = window.views["settings"]
    seen: list[Any] = []
    when_modal(TaskDialog, lambda dialog: None, seen)
    assert settings.data_card.export_to(tmp_path / "family")
    assert (tmp_path / "family.zip").exists() and seen and seen[0].bar.maximum() == 3
    assert "Everything was saved" in settings.data_card.data_status.text()


def test_settings_restore_asks_first_and_keeps_a_copy(qtbot, memory_keyring, demo_services) -> None:  # type: ignore[no-untyped-def]
    window = build(qtbot, demo_services)
    context = window.context
    context.backups.backup_now("manual")
    context.services.family.add_child("Newcomer", dt.date.today().year - 1)
    window.show_view("settings")
    settings = window.views["settings"]
    assert settings.backups_card.backups_list.topLevelItemCount() == 1

    def answer(button: QMessageBox.StandardButton) -> Callable[[QMessageBox], None]:
        return lambda box: box.button(button).click()

    when_modal(QMessageBox, answer(QMessageBox.StandardButton.No))
    settings.backups_card.restore_selected()
    assert "Newcomer" in [c.nickname for c in context.services.family.children()]
    when_modal(QMessageBox, answer(QMessageBox.StandardButton.Yes))
    settings.backups_card.restore_selected()
    assert "Newcomer" not in [c.nickname for c in context.services.family.children()]
    kinds = [b.kind for b in context.backups.backups()]
    assert "before-restore" in kinds
    assert settings.backups_card.backups_list.topLevelItemCount() == len(kinds)


def test_settings_erase_removes_everything_and_closes(qtbot, memory_keyring, demo_services) -> None:  # type: ignore[no-untyped-def]
    window = build(qtbot, demo_services)
    context = window.context
    context.security.set_pin(PIN)
    context.backups.backup_now()
    directory = context.services.data_dir
    closed: list[Any] = []
    context.quit_after_erase = closed.append  # type: ignore[method-assign]
    window.show_view("settings")
    settings = window.views["settings"]
    when_modal(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    removed = settings.data_card.erase_family()
    assert removed and closed and context.erased
    assert not directory.exists() or list(directory.iterdir()) == []
    assert memory_keyring.entries == {}
    window.close()  # closing saves nothing after erase
    assert not directory.exists() or list(directory.iterdir()) == []
    # The app quits here; the test deletes the window, so that no view of it looks for the erased data later.
    import shiboken6

    window.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(window), timeout=2000)


def test_a_pin_lost_with_copied_files_is_removed_only_by_an_explained_decision(qtbot, locked, memory_keyring) -> None:  # type: ignore[no-untyped-def]
    memory_keyring.entries.clear()  # a real keyring with no entry for these files: copied from another computer
    dialog = PinDialog(locked.context, locked)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.pin.setText("0000")  # any PIN, right or wrong: it cannot be checked, and it removes nothing
    dialog.ok_button.click()
    assert "no fingerprint" in dialog.message.text() and dialog.remove_lock_button.isVisible()
    assert not dialog.unlocked and locked.context.security.has_pin()
    seen: list[str] = []

    def decline(box: QMessageBox) -> None:
        seen.append(box.informativeText())
        box.button(QMessageBox.StandardButton.No).click()

    when_modal(QMessageBox, decline)
    dialog.remove_lock_button.click()
    assert seen and "Only a parent" in seen[0]
    assert not dialog.unlocked and locked.context.security.has_pin()  # "No" is the default, and keeps the lock

    told: list[str] = []

    def accept_then_read(box: QMessageBox) -> None:
        if box.button(QMessageBox.StandardButton.Yes) is not None:
            assert box.button(QMessageBox.StandardButton.Yes).text() == "Remove the lock"
            box.button(QMessageBox.StandardButton.Yes).click()
            when_modal(QMessageBox, lambda info: (told.append(info.text()), info.accept()))

    when_modal(QMessageBox, accept_then_read)
    dialog.remove_lock_button.click()
    assert told and "was removed" in told[0]
    assert dialog.unlocked and not locked.context.pin_set and not locked.lock_action.isVisible()


def test_a_null_keyring_and_a_wrong_pin_never_unlock_or_remove_the_lock(qtbot, locked, memory_keyring) -> None:  # type: ignore[no-untyped-def]
    from keyring.backends import null

    keyring.set_keyring(null.Keyring())  # PYTHON_KEYRING_BACKEND=keyring.backends.null.Keyring notalone
    dialog = PinDialog(locked.context, locked)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.pin.setText("9999")
    dialog.ok_button.click()
    assert not dialog.unlocked and dialog.isVisible()
    assert "not available now" in dialog.message.text() and not dialog.remove_lock_button.isVisible()
    assert locked.context.security.has_pin() and memory_keyring.entries
    assert locked.context.security.state().failures == 0
    keyring.set_keyring(memory_keyring)  # the real store is back: the same PIN as before unlocks
    dialog.pin.setText(PIN)
    dialog.ok_button.click()
    assert dialog.unlocked


def test_every_new_control_has_an_accessible_name(qtbot, locked, recovery_code) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QAbstractSpinBox, QLineEdit

    from notalone_desktop.ui.dialogs.backups_dialog import TaskDialog
    from notalone_desktop.ui.dialogs.recovery import RecoveryDialog

    locked.context.unlock()
    locked.show_view("settings")
    task = TaskDialog("t", "x", lambda progress, cancelled: None)
    widgets = [
        locked.views["settings"],
        PinDialog(locked.context, locked),
        SetPinDialog(locked.context, locked),
        RecoveryCodeDialog(recovery_code, locked),
        RecoveryDialog("/x/notalone.sqlite3", "damaged", None, locked),
        task,
    ]
    kinds = (QAbstractButton, QLineEdit, QAbstractSpinBox, QAbstractItemView)
    for widget in widgets:
        for control in widget.findChildren(QWidget):
            inner = isinstance(control.parent(), QAbstractSpinBox)  # a spin box's own line edit
            shown = control.isVisibleTo(widget) and control.focusPolicy() != Qt.FocusPolicy.NoFocus
            if isinstance(control, kinds) and shown and not inner:
                name = control.accessibleName() or (control.text() if isinstance(control, QAbstractButton) else "")
                assert name.strip(), f"{type(widget).__name__}: {control.objectName() or type(control).__name__}"
    button = locked.toolbar.widgetForAction(locked.lock_action)
    assert button.accessibleName() == "Lock"


def test_settings_import_merges_after_a_backup(qtbot, memory_keyring, demo_services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = build(qtbot, demo_services)
    window.show_view("settings")
    settings = window.views["settings"]
    assert settings.data_card.export_to(tmp_path / "family")
    demo_services.family.add_child("Only here", dt.date.today().year - 2)
    when_modal(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Yes).click())  # "Add the family…?"
    assert settings.data_card.import_from(tmp_path / "family.zip")
    assert "brought back" in settings.data_card.data_status.text()
    assert "Only here" in [c.nickname for c in demo_services.family.children()]  # merged, not replaced
    assert [b.kind for b in demo_services.backups.backups()] == ["before-import"]
    assert settings.backups_card.backups_list.topLevelItemCount() == 1
