"""A row of buttons that wraps: on one line where there is room, on as many as it needs where there is not, every
button whole and inside the row, a hidden one taking no room."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtWidgets import QApplication, QPushButton, QVBoxLayout, QWidget

from notalone_desktop.ui.widgets.flow import FlowLayout

LABELS = ("Alles in einer Datei speichern…", "Aus einer Datei zurückholen…", "Alle Daten löschen…", "Nach oben")


def laid_out(qtbot, width: int) -> tuple[QWidget, list[QPushButton]]:  # type: ignore[no-untyped-def]
    page = QWidget()
    qtbot.addWidget(page)
    column = QVBoxLayout(page)
    row = FlowLayout()
    buttons = [QPushButton(label) for label in LABELS]
    for button in buttons:
        row.addWidget(button)
    column.addLayout(row)
    column.addStretch(1)
    page.resize(width, 400)
    page.show()
    QApplication.processEvents()
    return page, buttons


def lines(buttons: list[QPushButton]) -> int:
    return len({button.geometry().top() for button in buttons if button.isVisible()})


def test_buttons_stay_on_one_line_where_there_is_room_and_wrap_where_there_is_not(qtbot) -> None:  # type: ignore[no-untyped-def]
    wide_enough = sum(QPushButton(label).sizeHint().width() for label in LABELS) + 200
    page, buttons = laid_out(qtbot, wide_enough)
    assert lines(buttons) == 1
    assert [b.geometry().left() for b in buttons] == sorted(b.geometry().left() for b in buttons)

    page.resize(360, 400)
    QApplication.processEvents()
    assert lines(buttons) >= 3
    for button in buttons:
        assert button.width() >= button.sizeHint().width()  # whole, never squeezed
        assert button.geometry().left() >= 0 and button.geometry().right() < page.width()
    # The rows below the buttons start under the last line: nothing overlaps.
    tops = sorted({b.geometry().top() for b in buttons})
    assert all(later - earlier >= buttons[0].height() for earlier, later in pairwise(tops))

    place = buttons[1].geometry().topLeft()
    buttons[1].hide()  # hidden: the next one (narrower) takes its place
    QApplication.processEvents()
    assert buttons[2].geometry().topLeft() == place
    assert page.layout().minimumSize().width() < 360  # as narrow as its widest button
