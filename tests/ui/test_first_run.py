"""First-run setup: language at once, country, children; skippable; never shown again once done."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWizard

from notalone_desktop.ui.dialogs.first_run import FirstRunWizard
from tests.ui.questions import answer


def test_wizard_sets_up_the_family(qtbot, context) -> None:  # type: ignore[no-untyped-def]
    wizard = FirstRunWizard(context)
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.language_page
    page.language.setCurrentIndex(page.language.findData("vi"))
    page.language.activated.emit(page.language.currentIndex())
    assert context.language == "vi"
    # The wizard itself switches language (LanguageChange arrives through the event loop).
    qtbot.waitUntil(lambda: wizard.language_page.title() == "Chào mừng" or wizard.language_page.title() != "Welcome")
    assert wizard.windowTitle() != "Welcome to Not Alone"
    wizard.next()
    wizard.country_page.country.setCurrentIndex(wizard.country_page.country.findData("ID"))
    wizard.next()
    children = wizard.children_page
    children.add_child()  # empty nickname: refused with a message
    assert children.error.isVisible() and children.children_list.count() == 0
    children.nickname.setText("Putri")
    children.birth_year.setValue(children.birth_year.maximum() - 12)
    children.add_child()
    assert children.children_list.count() == 1 and children.nickname.text() == ""
    wizard.accept()
    info = context.services.family.info()
    assert info.setup_done and info.country == "ID" and info.language == "vi"
    assert [c.nickname for c in context.services.family.children()] == ["Putri"]


def test_skipping_keeps_defaults_and_does_not_ask_again(qtbot, context) -> None:  # type: ignore[no-untyped-def]
    wizard = FirstRunWizard(context)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.skip()
    assert context.services.family.info().setup_done
    assert context.services.family.children() == []


def forget_entries(wizard: FirstRunWizard) -> None:
    """Closing at the end of a test must not ask (nobody would answer)."""
    wizard.children_page.new_children.clear()
    wizard.children_page.nickname.clear()
    wizard.pin_page.pin.clear()
    wizard.pin_page.repeat.clear()


def open_wizard(qtbot, context, page: str = "children") -> FirstRunWizard:  # type: ignore[no-untyped-def]
    wizard = FirstRunWizard(context)
    qtbot.addWidget(wizard, before_close_func=forget_entries)
    wizard.show()
    wizard.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is wizard)
    if page == "children":
        wizard.next()
        wizard.next()
        assert wizard.currentPage() is wizard.children_page
    return wizard


def test_enter_in_a_field_adds_the_child_and_never_leaves_the_page(qtbot, context) -> None:  # type: ignore[no-untyped-def]
    wizard = open_wizard(qtbot, context)
    children = wizard.children_page
    children.nickname.setFocus()
    qtbot.keyClicks(children.nickname, "Putri")
    qtbot.keyClick(children.nickname, Qt.Key.Key_Return)
    assert wizard.currentPage() is children and children.children_list.count() == 1
    qtbot.keyClicks(children.nickname, "Bima")
    children.birth_year.setFocus()
    qtbot.keyClick(children.birth_year, Qt.Key.Key_Enter)
    assert wizard.currentPage() is children and children.children_list.count() == 2
    qtbot.keyClick(children.nickname, Qt.Key.Key_Return)  # an empty nickname: a message, still here
    assert wizard.currentPage() is children and children.error.isVisible()
    wizard.next()
    qtbot.keyClicks(wizard.pin_page.pin, "2468")
    qtbot.keyClick(wizard.pin_page.pin, Qt.Key.Key_Return)  # on to the second field, not Finish
    assert wizard.isVisible() and QApplication.focusWidget() is wizard.pin_page.repeat


def test_children_added_by_mistake_can_be_changed_or_removed(qtbot, context) -> None:  # type: ignore[no-untyped-def]
    from notalone_desktop.ui.dialogs.child_dialog import ChildDialog

    wizard = open_wizard(qtbot, context)
    children = wizard.children_page
    for name in ("Putri", "Budii", "Sari"):
        children.nickname.setText(name)
        children.add_child()
    children.children_list.setCurrentRow(1)

    def fix_the_name() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ChildDialog) and dialog.nickname.text() == "Budii"
        dialog.nickname.setText("Budi")
        dialog.accept()

    QTimer.singleShot(0, fix_the_name)
    qtbot.mouseClick(children.edit_button, Qt.MouseButton.LeftButton)
    assert [name for name, _year in children.new_children] == ["Putri", "Budi", "Sari"]
    children.children_list.setCurrentRow(2)
    qtbot.mouseClick(children.remove_button, Qt.MouseButton.LeftButton)
    assert children.children_list.count() == 2 and "Sari" not in children.children_list.item(1).text()
    wizard.accept()
    assert [c.nickname for c in context.services.family.children()] == ["Putri", "Budi"]


def test_cancel_after_children_were_added_asks_first(qtbot, context) -> None:  # type: ignore[no-untyped-def]
    wizard = open_wizard(qtbot, context)
    children = wizard.children_page
    children.nickname.setText("Putri")
    children.add_child()
    cancel = wizard.button(QWizard.WizardButton.CancelButton)
    asked: list[str] = []
    cancel.setFocus()
    qtbot.keyClick(cancel, Qt.Key.Key_Return)  # Enter on the focused Cancel: the question, not a silent loss
    answer(wizard, QMessageBox.StandardButton.No, asked)
    assert wizard.isVisible() and children.children_list.count() == 1
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    answer(wizard, QMessageBox.StandardButton.No, asked)
    assert wizard.isVisible()
    wizard.skip()
    answer(wizard, QMessageBox.StandardButton.Yes, asked)
    assert not wizard.isVisible() and len(asked) == 3
    assert asked[0] == "Leave the setup? The children and the PIN you entered are not saved."
    assert context.services.family.children() == []


def test_cancel_with_nothing_entered_closes_at_once(qtbot, context) -> None:  # type: ignore[no-untyped-def]
    wizard = open_wizard(qtbot, context, page="language")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CancelButton), Qt.MouseButton.LeftButton)
    assert not wizard.isVisible()
