"""Settings: children added, renamed and removed (with undo); language and country changed at once."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from notalone_desktop.ui.dialogs.child_dialog import ChildDialog


def open_settings(window):  # type: ignore[no-untyped-def]
    window.show_view("settings")
    return window.views["settings"]


def test_add_a_child_refuses_bad_nicknames_and_keeps_the_input(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    view = open_settings(window)
    before = view.children_card.children_list.count()
    attempts: list[str] = []

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ChildDialog)
        for bad in ("   ", "x" * 200):
            dialog.nickname.setText(bad)
            dialog.accept()
            assert dialog.isVisible() and dialog.error.isVisible()
            assert dialog.nickname.text() == bad  # what was typed is kept
            attempts.append(dialog.error.text())
        dialog.nickname.setText("Tí")
        dialog.birth_year.setValue(dialog.birth_year.maximum() - 3)
        dialog.accept()

    QTimer.singleShot(0, fill)
    qtbot.mouseClick(view.children_card.add_button, Qt.MouseButton.LeftButton)
    assert attempts == ["Enter a nickname for the child.", "A nickname can have at most 40 characters."]
    assert view.children_card.children_list.count() == before + 1
    assert any(
        view.children_card.children_list.item(n).text().startswith("Tí, 3 years")
        for n in range(view.children_card.children_list.count())
    )
    home = window.views["home"]
    window.show_view("home")
    assert home.children_grid.rowCount() >= before + 1


def test_remove_asks_first_and_can_be_undone(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    view = open_settings(window)
    view.children_card.children_list.setCurrentRow(0)
    name = view.children_card.children_list.currentItem().text().split(",")[0]
    count = view.children_card.children_list.count()

    def answer(button: QMessageBox.StandardButton) -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox) and name in box.text()
        box.button(button).click()

    QTimer.singleShot(0, lambda: answer(QMessageBox.StandardButton.No))
    qtbot.mouseClick(view.children_card.remove_button, Qt.MouseButton.LeftButton)
    assert view.children_card.children_list.count() == count

    QTimer.singleShot(0, lambda: answer(QMessageBox.StandardButton.Yes))
    qtbot.mouseClick(view.children_card.remove_button, Qt.MouseButton.LeftButton)
    assert view.children_card.children_list.count() == count - 1
    assert view.children_card.undo_button.isVisible() and name in view.children_card.undo_label.text()
    qtbot.mouseClick(view.children_card.undo_button, Qt.MouseButton.LeftButton)
    assert view.children_card.children_list.count() == count
    assert not view.children_card.undo_button.isVisible()


def test_language_switch_retranslates_without_restart_and_keeps_the_place(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.show_view("checklist")
    checklist = window.views["checklist"]
    checklist.search.setText("typed but not searched yet")
    view = open_settings(window)
    view.general_card.language.setCurrentIndex(view.general_card.language.findData("vi"))
    view.general_card.language.activated.emit(view.general_card.language.currentIndex())
    assert window.context.language == "vi"
    assert window.current_view_name() == "settings"
    assert checklist.search.text() == "typed but not searched yet"
    window.show_view("checklist")
    categories = [checklist.category.itemText(n) for n in range(checklist.category.count())]
    assert "Thiết bị và tài khoản" in categories  # content follows the language at once


def test_country_change_is_saved(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    view = open_settings(window)
    index = view.general_card.country.findData("ID")
    assert index >= 0
    view.general_card.country.setCurrentIndex(index)
    view.general_card.country.activated.emit(index)
    assert window.context.services.family.info().country == "ID"


def test_a_family_that_moves_reads_its_new_countrys_numbers_in_lessons_and_get_help(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    services = window.context.services
    assert not services.lessons.search("129", "en")  # Indonesia's children's line: not a Vietnamese family's
    view = open_settings(window)
    index = view.general_card.country.findData("ID")
    view.general_card.country.setCurrentIndex(index)
    view.general_card.country.activated.emit(index)
    hits = services.lessons.search("129", "en")
    assert hits and all("129" in services.lessons.lesson(hit.key, "en").body for hit in hits)
    steps = [step for situation in services.content.situations for step in situation.steps_for("en")]
    assert steps and not [step for step in steps if "{" in step or "113" in step]
