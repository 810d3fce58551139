"""The main window: every view opens, navigation by mouse and keyboard, "Get help now" always in reach."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget

from notalone_desktop.services import open_services
from notalone_desktop.ui.app import build_window
from notalone_desktop.ui.main_window import VIEWS


def test_every_view_opens_by_clicking_the_navigation(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    assert window.views.keys() == {"home"}  # views are built on first visit only
    for row, (name, _module, _cls) in enumerate(VIEWS):
        item = window.navigation.item(row)
        rect = window.navigation.visualItemRect(item)
        qtbot.mouseClick(window.navigation.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert window.current_view_name() == name
        assert window.current_view() is window.views[name]
        assert window.views[name].isVisible()
        assert item.text() in window.windowTitle()
    assert window.views.keys() == {name for name, _m, _c in VIEWS}


def test_arrow_keys_move_through_the_sections(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.navigation.setFocus()
    qtbot.keyClick(window.navigation, Qt.Key.Key_Down)
    assert window.current_view_name() == "checklist"
    qtbot.keyClick(window.navigation, Qt.Key.Key_Down)
    assert window.current_view_name() == "plan"


def test_get_help_now_is_visible_everywhere_and_opens_from_f1(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    button = window.toolbar.widgetForAction(window.help_action)
    assert button.isVisible() and button.text() == "Get help now"
    assert button.accessibleName() == "Get help now"
    seen: list[str] = []
    for name in ("lessons", "settings"):
        window.show_view(name)
        qtbot.keyClick(window.views[name], Qt.Key.Key_F1)
        panel = window.help_window
        assert panel is not None and panel.isVisible() and QApplication.activeModalWidget() is None
        seen.append(type(panel).__name__)
        panel.close()
    assert seen == ["GetHelpDialog", "GetHelpDialog"]


def test_home_shows_the_familys_progress(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    home = window.views["home"]
    names = [
        home.children_grid.itemAtPosition(row, 0).widget().text()
        for row in range(home.children_grid.rowCount())
        if home.children_grid.itemAtPosition(row, 0)
    ]
    assert [n.split(",")[0] for n in names] == ["Lan", "Minh", "Bông"]
    assert 0 < home.family_bar.value() < 100
    assert home.lesson_button.isVisible() and home.lesson_button.label()


def test_window_geometry_is_remembered(qtbot, demo_services) -> None:  # type: ignore[no-untyped-def]
    first = build_window(demo_services, "en", first_run=False)
    qtbot.addWidget(first)
    first.show()
    first.resize(780, 540)
    first.move(QPoint(40, 30))
    first.close()
    second = build_window(demo_services, "en", first_run=False)
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (780, 540)


def test_every_interactive_widget_has_a_name_for_screen_readers(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QListWidget, QPlainTextEdit, QTreeWidget

    for name, _module, _cls in VIEWS:
        window.show_view(name)
    missing = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, QAbstractButton | QComboBox | QLineEdit | QListWidget | QPlainTextEdit | QTreeWidget):
            continue
        if widget.parent() is not None and type(widget.parent()).__name__ in ("QComboBox", "QAbstractSpinBox"):
            continue
        if widget.objectName() == "qt_spinbox_lineedit":  # the text field inside a spin box has its name
            continue
        label = widget.accessibleName() or (widget.text() if isinstance(widget, QAbstractButton) else "")
        if not label.strip() and widget.isVisibleTo(window):
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    assert missing == []


def test_a_new_family_sees_an_invitation_to_add_children(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    window = build_window(services, "en", first_run=False)
    qtbot.addWidget(window)
    window.show()
    home = window.views["home"]
    assert home.add_children_button.isVisible()
    qtbot.mouseClick(home.add_children_button, Qt.MouseButton.LeftButton)
    assert window.current_view_name() == "settings"


def test_restart_on_the_same_data_dir_keeps_the_language(qtbot, demo_services, data_dir) -> None:  # type: ignore[no-untyped-def]
    window = build_window(demo_services, None, first_run=False)
    qtbot.addWidget(window)
    assert window.context.language == "vi"  # the demo family speaks Vietnamese
    window.context.set_language("en")
    window.close()
    demo_services.close()
    again = open_services(data_dir)
    try:
        second = build_window(again, None, first_run=False)
        qtbot.addWidget(second)
        assert second.context.language == "en"
    finally:
        again.close()
