"""The checklist view driven like a parent would: mouse, keyboard, filters, own items; and it persists."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QStyle, QStyleOptionViewItem, QTreeWidgetItem

from notalone_desktop.services import open_services
from notalone_desktop.ui.app import build_window

KEY_ROLE = Qt.ItemDataRole.UserRole


def item_rows(view) -> list[QTreeWidgetItem]:  # type: ignore[no-untyped-def]
    rows = []
    for top in range(view.tree.topLevelItemCount()):
        group = view.tree.topLevelItem(top)
        rows += [group.child(n) for n in range(group.childCount())]
    return rows


def open_checklist(qtbot, services, owner_name: str):  # type: ignore[no-untyped-def]
    window = build_window(services, "en", first_run=False)
    qtbot.addWidget(window)
    window.show()
    window.show_view("checklist")
    view = window.views["checklist"]
    index = view.owner.findText(owner_name, Qt.MatchFlag.MatchStartsWith)
    view.owner.setCurrentIndex(index)
    view.owner.activated.emit(index)
    return window, view


def click_checkbox(qtbot, view, row: QTreeWidgetItem) -> None:  # type: ignore[no-untyped-def]
    """Click the item's check box where the style draws it."""
    view.tree.scrollToItem(row)
    option = QStyleOptionViewItem()
    option.rect = view.tree.visualItemRect(row)
    option.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
    box = view.tree.style().subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, view.tree)
    qtbot.mouseClick(view.tree.viewport(), Qt.MouseButton.LeftButton, pos=box.center())


def test_mark_done_by_mouse_and_by_keyboard_then_restart(qtbot, demo_services, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    window, view = open_checklist(qtbot, demo_services, "Minh")
    todo = [r for r in item_rows(view) if r.checkState(0) == Qt.CheckState.Unchecked]
    assert len(todo) >= 2
    by_mouse, by_keyboard = str(todo[0].data(0, KEY_ROLE)), str(todo[1].data(0, KEY_ROLE))
    done_before = view.owner_bar.value()

    click_checkbox(qtbot, view, todo[0])
    qtbot.waitUntil(
        lambda: any(
            r.data(0, KEY_ROLE) == by_mouse and r.checkState(0) == Qt.CheckState.Checked for r in item_rows(view)
        )
    )
    row = next(r for r in item_rows(view) if r.data(0, KEY_ROLE) == by_keyboard)
    view.tree.setCurrentItem(row)
    view.tree.setFocus()
    qtbot.keyClick(view.tree, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: view.details.radios["done"].isChecked())
    assert view.owner_bar.value() > done_before
    # Arrow keys move on to the next item and the details follow.
    qtbot.keyClick(view.tree, Qt.Key.Key_Down)
    assert view.current_key() != by_keyboard
    window.close()
    demo_services.close()

    reopened = open_services(data_dir)
    try:
        minh = next(c for c in reopened.family.children() if c.nickname == "Minh")
        states = {v.key: v.state for v in reopened.checklist.items(minh.id, "en")}
        assert states[by_mouse] == "done" and states[by_keyboard] == "done"
    finally:
        reopened.close()


def test_filters_search_and_due_for_review(qtbot, demo_services) -> None:  # type: ignore[no-untyped-def]
    _window, view = open_checklist(qtbot, demo_services, "Lan")
    everything = len(item_rows(view))
    view.status.setCurrentIndex(view.status.findData("done"))
    view.status.activated.emit(view.status.currentIndex())
    done = item_rows(view)
    assert 0 < len(done) < everything and all(r.checkState(0) == Qt.CheckState.Checked for r in done)
    view.status.setCurrentIndex(view.status.findData("due"))
    view.status.activated.emit(view.status.currentIndex())
    assert all(r.text(1) == "Due for review" for r in item_rows(view))
    view.status.setCurrentIndex(0)
    view.status.activated.emit(0)
    view.category.setCurrentIndex(view.category.findData("impersonation"))
    view.category.activated.emit(view.category.currentIndex())
    assert view.tree.topLevelItemCount() == 1
    view.category.setCurrentIndex(0)
    view.category.activated.emit(0)
    qtbot.keyClicks(view.search, "code word")
    qtbot.waitUntil(lambda: 0 < len(item_rows(view)) < everything)
    found = {str(r.data(0, KEY_ROLE)) for r in item_rows(view)}
    lan = next(c for c in demo_services.family.children() if c.nickname == "Lan")
    for item in demo_services.checklist.items(lan.id, "en"):
        text = f"{item.title} {item.why} {item.note} {' '.join(item.steps)}".lower()
        assert (item.key in found) == ("code" in text and "word" in text), item.key


def test_own_item_added_edited_and_deleted(qtbot, demo_services) -> None:  # type: ignore[no-untyped-def]
    from notalone_desktop.ui.dialogs.custom_item_dialog import CustomItemDialog

    _window, view = open_checklist(qtbot, demo_services, "Whole family")

    def fill_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, CustomItemDialog)
        dialog.accept()  # empty title: refused, the dialog stays open with a message
        assert dialog.isVisible() and dialog.error.isVisible()
        qtbot.keyClicks(dialog.title_edit, "Check the tablet's YouTube history together")
        dialog.accept()

    QTimer.singleShot(0, fill_dialog)
    view.edits.add_custom()
    rows = [r for r in item_rows(view) if r.text(0) == "Check the tablet's YouTube history together"]
    assert len(rows) == 1
    view.tree.setCurrentItem(rows[0])
    assert view.details.edit_button.isVisible() and view.details.delete_button.isVisible()

    def confirm() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        box.button(QMessageBox.StandardButton.Yes).click()

    QTimer.singleShot(0, confirm)
    view.edits.delete_custom()
    assert not [r for r in item_rows(view) if r.text(0).startswith("Check the tablet")]


def test_note_is_kept_when_moving_to_another_item(qtbot, demo_services) -> None:  # type: ignore[no-untyped-def]
    _window, view = open_checklist(qtbot, demo_services, "Bông")
    rows = item_rows(view)
    view.tree.setCurrentItem(rows[0])
    first = view.current_key()
    view.details.note.setPlainText("Asked grandma to lock her phone too")
    view.tree.setCurrentItem(rows[1])
    bong = next(c for c in demo_services.family.children() if c.nickname == "Bông")
    notes = {v.key: v.note for v in demo_services.checklist.items(bong.id, "en")}
    assert notes[first] == "Asked grandma to lock her phone too"


def test_home_suggestion_opens_the_item_in_the_checklist(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    home = window.views["home"]
    button = home.next_buttons[0]
    assert button.isVisible() and button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.current_view_name() == "checklist"
    view = window.views["checklist"]
    assert view.current_item() is not None and view.current_item().title == button.text()
