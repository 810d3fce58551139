"""The checklist view driven like a parent would: mouse, keyboard, filters, own items; and it persists."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QStyle, QStyleOptionViewItem

from notalone_desktop.services import open_services
from notalone_desktop.ui.app import build_window

KEY_ROLE = Qt.ItemDataRole.UserRole
CHECKED, UNCHECKED = Qt.CheckState.Checked, Qt.CheckState.Unchecked


def groups(view) -> list[QModelIndex]:  # type: ignore[no-untyped-def]
    """The list's group rows (a category, or a life event), first column."""
    model = view.tree.model()
    return [model.index(n, 0) for n in range(model.rowCount())]


def item_rows(view) -> list[QModelIndex]:  # type: ignore[no-untyped-def]
    """The list's item rows, first column, as shown (top to bottom)."""
    model = view.tree.model()
    return [model.index(n, 0, group) for group in groups(view) for n in range(model.rowCount(group))]


def key(row: QModelIndex) -> str:
    return str(row.data(KEY_ROLE))


def ticked(row: QModelIndex) -> Qt.CheckState:
    return Qt.CheckState(row.data(Qt.ItemDataRole.CheckStateRole))


def status(row: QModelIndex) -> str:
    return str(row.siblingAtColumn(1).data())


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


def click_checkbox(qtbot, view, row: QModelIndex) -> None:  # type: ignore[no-untyped-def]
    """Click the item's check box where the style draws it."""
    view.tree.scrollTo(row)
    option = QStyleOptionViewItem()
    option.rect = view.tree.visualRect(row)
    option.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
    box = view.tree.style().subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, view.tree)
    qtbot.mouseClick(view.tree.viewport(), Qt.MouseButton.LeftButton, pos=box.center())


def test_mark_done_by_mouse_and_by_keyboard_then_restart(qtbot, demo_services, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    window, view = open_checklist(qtbot, demo_services, "Minh")
    todo = [r for r in item_rows(view) if ticked(r) == UNCHECKED]
    assert len(todo) >= 2
    by_mouse, by_keyboard = key(todo[0]), key(todo[1])
    done_before = view.owner_bar.value()

    click_checkbox(qtbot, view, todo[0])
    qtbot.waitUntil(lambda: any(key(r) == by_mouse and ticked(r) == CHECKED for r in item_rows(view)))
    row = next(r for r in item_rows(view) if key(r) == by_keyboard)
    view.tree.setCurrentIndex(row)
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
    assert 0 < len(done) < everything and all(ticked(r) == CHECKED for r in done)
    view.status.setCurrentIndex(view.status.findData("due"))
    view.status.activated.emit(view.status.currentIndex())
    assert all(status(r) == "Due for review" for r in item_rows(view))
    view.status.setCurrentIndex(0)
    view.status.activated.emit(0)
    view.category.setCurrentIndex(view.category.findData("impersonation"))
    view.category.activated.emit(view.category.currentIndex())
    assert len(groups(view)) == 1
    view.category.setCurrentIndex(0)
    view.category.activated.emit(0)
    qtbot.keyClicks(view.search, "code word")
    qtbot.waitUntil(lambda: 0 < len(item_rows(view)) < everything)
    found = {key(r) for r in item_rows(view)}
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
    rows = [r for r in item_rows(view) if r.data() == "Check the tablet's YouTube history together"]
    assert len(rows) == 1
    view.tree.setCurrentIndex(rows[0])
    assert view.details.edit_button.isVisible() and view.details.delete_button.isVisible()

    def confirm() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        box.button(QMessageBox.StandardButton.Yes).click()

    QTimer.singleShot(0, confirm)
    view.edits.delete_custom()
    assert not [r for r in item_rows(view) if r.data().startswith("Check the tablet")]


def test_note_is_kept_when_moving_to_another_item(qtbot, demo_services) -> None:  # type: ignore[no-untyped-def]
    _window, view = open_checklist(qtbot, demo_services, "Bông")
    rows = item_rows(view)
    view.tree.setCurrentIndex(rows[0])
    first = view.current_key()
    view.details.note.setPlainText("Asked grandma to lock her phone too")
    view.tree.setCurrentIndex(rows[1])
    bong = next(c for c in demo_services.family.children() if c.nickname == "Bông")
    notes = {v.key: v.note for v in demo_services.checklist.items(bong.id, "en")}
    assert notes[first] == "Asked grandma to lock her phone too"


def test_home_suggestion_opens_the_item_in_the_checklist(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    home = window.views["home"]
    button = home.next_buttons[0]
    assert button.isVisible() and button.label()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.current_view_name() == "checklist"
    view = window.views["checklist"]
    assert view.current_item() is not None and view.current_item().title == button.label()


def test_every_cell_has_a_text_for_screen_readers(qtbot, demo_services) -> None:  # type: ignore[no-untyped-def]
    """Screen readers read a cell's accessible text (else its display text): every cell has one, a category's
    status cell included (its progress), and they say the same as the screen."""
    _window, view = open_checklist(qtbot, demo_services, "Lan")
    model = view.tree.model()
    cells = [group.siblingAtColumn(c) for group in groups(view) for c in (0, 1)]
    cells += [row.siblingAtColumn(c) for row in item_rows(view) for c in (0, 1)]
    assert len(cells) > 20
    for cell in cells:
        text = cell.data(Qt.ItemDataRole.AccessibleTextRole)
        assert text and text == cell.data(Qt.ItemDataRole.DisplayRole), (cell.row(), cell.column())
    lan = next(c for c in demo_services.family.children() if c.nickname == "Lan")
    progress = demo_services.checklist.progress(lan.id, "en")
    titles = {c.title.get("en"): c.key for c in demo_services.content.checklists.categories}
    for group in groups(view):
        done, total = progress.by_category[titles[group.data()]]
        assert status(group) == f"{done} of {total} done"
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Item"


def test_progress_reads_beside_its_bar_and_a_closed_category_stays_closed(qtbot, demo_services) -> None:  # type: ignore[no-untyped-def]
    _window, view = open_checklist(qtbot, demo_services, "Minh")
    minh = next(c for c in demo_services.family.children() if c.nickname == "Minh")
    progress = demo_services.checklist.progress(minh.id, "en")
    assert not view.owner_bar.isTextVisible()  # the count is never printed across the bar's fill
    assert view.owner_count.text() == f"{progress.done} of {progress.total} done"
    first, second = groups(view)[0], groups(view)[1]
    view.tree.collapse(first)
    row = view.tree.model().index(0, 0, second)
    view.tree.setCurrentIndex(row)
    view.tree.setFocus()
    qtbot.keyClick(view.tree, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: demo_services.checklist.progress(minh.id, "en").done != progress.done)
    assert not view.tree.isExpanded(groups(view)[0]) and view.tree.isExpanded(groups(view)[1])
    assert view.owner_count.text() != f"{progress.done} of {progress.total} done"


def test_the_list_comes_first_at_1024x600_and_the_search_box_keeps_its_words(qtbot, demo_services) -> None:  # type: ignore[no-untyped-def]
    window, view = open_checklist(qtbot, demo_services, "Lan")
    for language in ("en", "vi", "de"):
        window.context.set_language(language)
        window.resize(1024, 600)
        QApplication.processEvents()
        # The list (and the details beside it) get most of the page's height, the headers and filters the rest.
        assert view.tree.height() >= 0.55 * view.height(), language
        words = view.search.placeholderText()
        assert view.search.width() > view.search.fontMetrics().horizontalAdvance(words) + 20, language
        window.resize(760, 520)  # the window's smallest size
        QApplication.processEvents()
        assert view.search.width() > view.search.fontMetrics().horizontalAdvance(words) + 20, language
