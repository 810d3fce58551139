""" "Get help now" is reachable from everywhere: F1 inside every dialog of the app (each running its own modal event
loop, as in the app), from the first frame of a start before the family's services are open, beside the recovery
screen and on a first run. Keys and clicks go through the window system (QTest on the QWindow), which drops input
to a window that a modal dialog blocks: what a person would notice."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QPushButton, QWidget

from notalone_desktop.services.contacts import ContactInput
from notalone_desktop.services.content import ContentCatalog
from notalone_desktop.services.help_panel import HelpService
from notalone_desktop.ui.dialogs.get_help import GetHelpDialog
from notalone_desktop.ui.i18n import Translations
from notalone_desktop.ui.main_window import MainWindow
from tests.ui.conftest import UrlReceiver
from tests.ui.dialogs import app_dialogs


def press_f1(window: QWidget) -> None:
    """F1 as the keyboard gives it: to the window system's focus window, whatever widget has the focus."""
    handle = window.windowHandle()
    assert handle is not None
    QTest.keyClick(handle, Qt.Key.Key_F1)


def click(button: QPushButton) -> None:
    """A real click at the button's place in its window, through the window system."""
    top = button.window()
    QTest.mouseClick(
        top.windowHandle(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        button.mapTo(top, button.rect().center()),
    )


def use_help(panel: GetHelpDialog | None, phone: UrlReceiver) -> dict[str, object]:
    """Copy and Call the first helpline; what the user would see."""
    if panel is None or not panel.isVisible():
        return {"visible": False}
    QGuiApplication.clipboard().clear()
    copy, call = panel.button("Copy 111"), panel.button("Call 111")
    assert copy is not None and call is not None
    click(copy)
    copied = QGuiApplication.clipboard().text()
    click(call)
    return {"visible": True, "copied": copied, "called": phone.urls[-1:], "status": panel.status_label.text()}


def while_modal(dialog: QDialog, window: MainWindow, action: Callable[[], None]) -> None:
    """Run `action` while `dialog` runs its own modal loop (exec(), as in the app); then close Get help and it."""

    def run() -> None:
        try:
            action()
        finally:
            if window.help_window is not None:
                window.help_window.close()
            dialog.done(0)

    QTimer.singleShot(0, run)
    dialog.exec()


USED = {"visible": True, "copied": "111", "called": ["tel:111"], "status": "Calling 111 with your calling app…"}


def test_f1_opens_a_working_get_help_above_every_dialog(qtbot, window, receiver) -> None:  # type: ignore[no-untyped-def]
    dialogs = app_dialogs(window)
    seen: dict[str, object] = {}
    for name, make in dialogs:
        dialog = make()
        qtbot.addWidget(dialog)

        def f1_then_help(dialog: QDialog = dialog, name: str = name) -> None:
            assert QApplication.activeModalWidget() is dialog, name
            press_f1(dialog)
            seen[name] = use_help(window.help_window, receiver)
            receiver.urls.clear()

        while_modal(dialog, window, f1_then_help)
    assert seen == {name: USED for name, _make in dialogs}
    assert len(seen) >= 15


def test_the_main_window_stays_blocked_by_its_dialog_but_help_is_not(qtbot, window, receiver) -> None:  # type: ignore[no-untyped-def]
    """The app's dialogs block only the main window: a click on a section does nothing, a click in Get help works."""
    from notalone_desktop.ui.dialogs.child_dialog import ChildDialog

    dialog = ChildDialog(window)
    qtbot.addWidget(dialog)
    outcome: dict[str, object] = {}

    def click_then_help() -> None:
        rect = window.navigation.visualItemRect(window.navigation.item(3))
        point = window.navigation.viewport().mapTo(window, rect.center())
        QTest.mouseClick(window.windowHandle(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
        outcome["section"] = window.current_view_name()
        keys = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        QTest.keyClick(dialog.windowHandle(), Qt.Key.Key_H, keys)
        outcome["help"] = use_help(window.help_window, receiver)

    while_modal(dialog, window, click_then_help)
    assert outcome == {"section": "home", "help": USED}


def test_get_help_works_at_the_first_frame_before_the_services_open(qtbot, demo_services, receiver) -> None:  # type: ignore[no-untyped-def]
    from notalone_desktop.ui.app import _preview_context

    demo_services.family.update(language="en")
    translations = Translations()
    translations.install("en")
    catalog = ContentCatalog.shipped()
    preview = _preview_context(demo_services.data_dir, catalog, translations, None, "en")
    assert preview is not None and not preview.ready  # Home from plain sqlite3; SQLAlchemy not needed yet
    window = MainWindow()
    qtbot.addWidget(window)
    window.enable_help(lambda: HelpService(demo_services.database.path, catalog), translations)
    window.attach(preview)
    window.show()
    assert window.help_action.isEnabled()
    press_f1(window)
    panel = window.help_window
    assert use_help(panel, receiver) == USED
    assert panel.button("Call Bà Hoa 0912 345 678") is not None  # the family's people, read without the ORM
    assert not panel.open_plan_button.isEnabled()  # the plan opens once the services are
    panel.close()


def test_get_help_works_beside_the_recovery_screen_and_on_a_first_run(
    qtbot, tmp_path: Path, demo_services, receiver
) -> None:  # type: ignore[no-untyped-def]
    from notalone_desktop.ui.dialogs.recovery import RecoveryDialog

    translations = Translations()
    translations.install("en")
    catalog = ContentCatalog.shipped()
    damaged = tmp_path / "damaged" / "notalone.sqlite3"
    damaged.parent.mkdir()
    shutil.copy(demo_services.database.path, damaged)
    data = damaged.read_bytes()
    damaged.write_bytes(data[:100] + b"\0" * 4096 + data[4196:])
    for path in (damaged, tmp_path / "first-run" / "notalone.sqlite3"):
        window = MainWindow()
        qtbot.addWidget(window)
        window.enable_help(lambda path=path: HelpService(path, catalog), translations)
        window.show()
        recovery = RecoveryDialog(str(path), "file is not a database", None, window)
        qtbot.addWidget(recovery)
        result: dict[str, object] = {}

        def f1_then_help(recovery: QDialog = recovery, window: MainWindow = window, result: dict = result) -> None:  # type: ignore[type-arg]
            press_f1(recovery)
            result["help"] = use_help(window.help_window, receiver)
            result["contacts"] = [
                w.objectName()
                for w in window.help_window.findChildren(QWidget)
                if w.objectName() in ("contactsUnreadable", "noContacts")
            ]

        while_modal(recovery, window, f1_then_help)
        expected = ["contactsUnreadable"] if path == damaged else ["noContacts"]
        assert result == {"help": USED, "contacts": expected}, path


def test_help_opens_again_and_follows_the_familys_changes(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    panel = window.show_help("money-lost")
    assert panel is not None and panel.isVisible() and panel.current_situation() == "money-lost"
    assert panel.parentWidget() is None and panel.windowModality() == Qt.WindowModality.NonModal
    window.context.services.contacts.add(ContactInput("Cô Ngân", "hàng xóm", ("0903 555 666",), pinned=True))
    window.context.family_changed.emit()
    assert panel.button("Call Cô Ngân 0903 555 666") is not None
    panel.close()
    assert window.show_help() is panel and panel.isVisible()
    window.close()
    assert not panel.isVisible()
