"""The keyboard, as a parent who cannot or does not use a mouse meets it: Ctrl+1 … Ctrl+7 open the sections, F6 and
Shift+F6 move between the section list and the section, Enter presses the focused button, the focus is always
visible (a ring at least 2 px wide that contrasts 3:1 or more, in light and dark palettes, measured on the
painted pixels), and nothing takes the focus that does nothing."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from notalone_desktop.ui.app import build_window
from notalone_desktop.ui.focus import contrast
from notalone_desktop.ui.main_window import VIEWS
from notalone_desktop.ui.theme.scheme import theme
from tests.ui.every_window import window_states

CTRL = Qt.KeyboardModifier.ControlModifier


def open_window(qtbot, services):  # type: ignore[no-untyped-def]
    window = build_window(services, "en", first_run=False)
    qtbot.addWidget(window)
    window.resize(1100, 760)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def in_view(window) -> bool:  # type: ignore[no-untyped-def]
    focus = QApplication.focusWidget()
    return focus is not None and window.stack.currentWidget().isAncestorOf(focus)


def test_ctrl_digits_open_each_section_in_the_navigations_order(qtbot, demo_services) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, demo_services)
    for row, (name, _module, _cls) in reversed(list(enumerate(VIEWS))):
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key(Qt.Key.Key_1 + row), CTRL)
        assert window.current_view_name() == name and window.navigation.currentRow() == row
        assert in_view(window), name  # the focus lands in the section, ready to use


def test_f6_moves_between_the_section_list_and_the_section_and_back(qtbot, demo_services) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, demo_services)
    window.show_view("plan")
    window.navigation.setFocus()
    qtbot.keyClick(window.navigation, Qt.Key.Key_F6)
    assert in_view(window)
    field = window.views["plan"].places
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_F6)
    assert QApplication.focusWidget() is window.navigation
    qtbot.keyClick(window.navigation, Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is field  # back where the parent was in the section
    qtbot.keyClick(field, Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is window.navigation


def test_enter_presses_the_focused_button_in_a_section(qtbot, demo_services) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, demo_services)
    home = window.views["home"]
    link = home.next_buttons[0]  # a "Next steps" link: opens that item in the checklist
    link.setFocus()
    qtbot.keyClick(link, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_view_name() == "checklist")
    window.show_view("plan")
    people = window.views["plan"].people_card
    people.people.setCurrentRow(1)
    moved = people.people.item(1).text()
    people.up_button.setFocus()
    qtbot.keyClick(people.up_button, Qt.Key.Key_Enter)  # the keypad's Enter too
    qtbot.waitUntil(lambda: people.people.item(0).text() == moved)


def test_nothing_takes_the_focus_that_does_nothing(qtbot, demo_services) -> None:  # type: ignore[no-untyped-def]
    """Every widget Tab stops at is a control, a list, a text, a link, or an area with something to scroll."""
    window = open_window(qtbot, demo_services)
    controls = (
        QAbstractButton,
        QComboBox,
        QLineEdit,
        QAbstractSpinBox,
        QPlainTextEdit,
        QTextEdit,
        QAbstractItemView,
        QTabBar,
    )
    idle = []
    for name, top in window_states(window):
        for widget in top.findChildren(QWidget):
            if widget.window() is not top or not widget.isVisibleTo(top) or not widget.isEnabled():
                continue
            if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus or widget.focusProxy() is not None:
                continue
            if isinstance(widget, controls):
                continue
            if isinstance(widget, QAbstractScrollArea) and (
                widget.verticalScrollBar().maximum() > 0 or widget.horizontalScrollBar().maximum() > 0
            ):
                continue
            if isinstance(widget, QLabel) and (
                "<a " in widget.text()
                or widget.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByKeyboard
            ):
                continue
            idle.append(f"{name}: {type(widget).__name__} {widget.objectName()!r}")
    assert idle == []


# The focus ring, measured -----------------------------------------------------------------------------------


@pytest.fixture(params=["light", "dark"])
def palette(request: pytest.FixtureRequest, qapp) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """The app's theme light or dark, switched as the app does when the system's colour scheme changes (the theme
    sets the palette and the style sheet together)."""
    installed = theme()
    assert installed is not None, "application() installs the theme"
    installed.set_scheme(request.param == "dark", False)
    yield request.param
    installed.set_scheme(False, False)


def ring_across(image: QImage, start: QPoint, step: QPoint) -> tuple[int, float]:
    """Walk from `start` (on the background) by `step` into the ring: its width in pixels, and its lowest
    contrast against that background."""
    background = image.pixelColor(start)
    point, width, lowest = QPoint(start), 0, 21.0
    for _ in range(12):
        point += step
        colour = image.pixelColor(point)
        ratio = contrast(colour, background)
        if ratio >= 3.0:
            width += 1
            lowest = min(lowest, ratio)
        elif width:
            break
    return width, (lowest if width else 1.0)


def test_the_focus_ring_is_2px_and_contrasts_3_to_1_in_light_and_dark(qtbot, demo_services, palette) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, demo_services)
    assert (window.palette().color(QPalette.ColorRole.Window).lightness() < 128) == (palette == "dark")
    home = window.views["home"]
    measured = {}
    for name, widget in (
        ("Next steps link", home.next_buttons[0]),
        ("push button", home.due_button),
    ):
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        QApplication.processEvents()
        parent = widget.parentWidget()
        image = parent.grab().toImage()
        ratio = parent.devicePixelRatioF()
        middle = widget.geometry().center()
        # From 8 px left of the widget, rightwards into the ring (which lies between the widget and there).
        start = QPoint(int((widget.geometry().left() - 8) * ratio), int(middle.y() * ratio))
        measured[name] = ring_across(image, start, QPoint(1, 0))
    # Home's scroll area fills the section: its ring is drawn just inside its edge.
    area = next(a for a in home.findChildren(QAbstractScrollArea) if a.focusPolicy() & Qt.FocusPolicy.TabFocus)
    area.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    image = home.grab().toImage()
    y = int(area.geometry().center().y() * home.devicePixelRatioF())
    measured["Home's scroll area"] = ring_across(image, QPoint(int(12 * home.devicePixelRatioF()), y), QPoint(-1, 0))
    for name, (width, ratio) in measured.items():
        assert width >= 2 and ratio >= 3.0, f"{name} ({palette}): {width} px at {ratio:.2f}:1"
