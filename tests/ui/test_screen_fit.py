"""Every window fits the screen it opens on: the main window's size comes from the screen, and on small or scaled
screens every view, "Get help now" and every dialog keep their buttons within reach (long content scrolls).

The sizes are a real process each (tests/ui/screen_probe.py): Qt takes the screen and the scale at start-up."""

from __future__ import annotations

import base64
import json
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSize
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout

from notalone_desktop.ui.app import build_window
from tests.conftest import REPO

# (screen in device pixels, scale): a small netbook, and a common laptop at 150% and 200% (683x384 to Qt).
SCREENS = [("1024x600", 1.0), ("1024x600", 1.5), ("1366x768", 1.5), ("1366x768", 2.0)]


@pytest.mark.parametrize(("size", "scale"), SCREENS, ids=[f"{s}@{f}" for s, f in SCREENS])
def test_every_view_and_dialog_keeps_its_buttons_on_a_small_screen(tmp_path: Path, size: str, scale: float) -> None:
    out = tmp_path / "report.json"
    result = subprocess.run(
        [sys.executable, "-m", "tests.ui.screen_probe", "--size", size, "--scale", str(scale), "--out", str(out)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    report = json.loads(out.read_text())
    assert report["problems"] == []
    # In Vietnamese no view scrolls sideways, down to 683 pixels wide (the section list shows icons only there).
    assert report["views_scrolling_sideways"] == []
    # Seven views, Get help now and fifteen dialogs (the first-run wizard page by page).
    assert len(report["checked"]) == 23, report["checked"]


def saved(window) -> str:  # type: ignore[no-untyped-def]
    return base64.b64encode(bytes(window.saveGeometry().data())).decode()


def test_the_main_window_opens_at_a_size_from_the_screen_and_restores_only_what_fits(qtbot, demo_services) -> None:  # type: ignore[no-untyped-def]
    first = build_window(demo_services, "en", first_run=False)
    qtbot.addWidget(first)
    first.restore_saved_geometry(None)
    first.show()
    room = first.screen().availableGeometry()
    assert first.frameGeometry().width() <= room.width() and first.frameGeometry().height() <= room.height()
    assert first.width() >= 0.9 * min(1180, room.width() - 16)  # as large as the screen allows, up to 1180
    assert first.minimumSize().width() <= room.width() and first.minimumSize().height() <= room.height()

    # A size saved on a bigger screen is not restored; one that fits is.
    first.setMinimumSize(QSize(0, 0))
    first.resize(QSize(room.width() + 500, room.height() + 300))
    too_big = saved(first)
    first.resize(QSize(700, 500))
    first.move(QPoint(30, 20))
    fits = saved(first)
    second = build_window(demo_services, "en", first_run=False)
    qtbot.addWidget(second)
    second.restore_saved_geometry(too_big)
    assert second.width() <= room.width() and second.height() <= room.height()
    second.restore_saved_geometry(fits)
    assert (second.width(), second.height()) == (700, 500)
    second.restore_saved_geometry(base64.b64encode(b"not a geometry").decode())
    assert second.width() <= room.width()


def test_a_dialog_taller_than_the_screen_scrolls_its_content_and_keeps_its_buttons(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    room = window.screen().availableGeometry()
    dialog = QDialog(window)
    qtbot.addWidget(dialog)
    tall = QLabel("Lan usually is at school, then at her grandmother's.")
    tall.setMinimumHeight(room.height() + 400)
    inside = QPushButton("Add a place")
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    layout = QVBoxLayout(dialog)
    layout.addWidget(tall)
    layout.addWidget(inside)
    layout.addWidget(buttons)
    dialog.show()
    # At once, without waiting for the event loop: the content is there, and the window fits the screen.
    assert tall.isVisible() and inside.isVisible() and buttons.isVisible()
    assert dialog.frameGeometry().height() <= room.height() and dialog.height() < tall.minimumHeight()
    qtbot.waitExposed(dialog)
    save = buttons.button(QDialogButtonBox.StandardButton.Save)
    bottom_right = save.mapToGlobal(save.rect().bottomRight())
    assert room.contains(bottom_right) and room.contains(save.mapToGlobal(save.rect().topLeft()))
    assert dialog.windowHandle().modality().name == "NonModal"  # shown, not exec()'d: nothing to block


def test_a_narrow_window_lists_the_sections_by_icon_and_still_names_them(qtbot, demo_services) -> None:  # type: ignore[no-untyped-def]
    """683 pixels wide (1366x768 at 200%): the names would take a third of the width; the icons stay, and the
    names remain as tooltips and for screen readers. Wider again, the names come back."""
    from PySide6.QtCore import Qt

    from notalone_desktop.ui.main_window import VIEWS

    window = build_window(demo_services, "vi", first_run=False)
    qtbot.addWidget(window)
    window.setMinimumSize(QSize(0, 0))
    window.resize(QSize(1100, 600))
    window.show()
    wide = window.navigation.width()
    names = [window.navigation.item(row).text() for row in range(len(VIEWS))]
    assert all(names) and "Trang chủ" in names
    window.resize(QSize(683, 400))
    qtbot.waitUntil(lambda: window.navigation.width() < wide / 2)
    for row, name in enumerate(names):
        item = window.navigation.item(row)
        assert item.text() == "" and item.toolTip() == name
        assert item.data(Qt.ItemDataRole.AccessibleTextRole) == name
        assert not item.icon().isNull()
    window.resize(QSize(1100, 600))
    qtbot.waitUntil(lambda: window.navigation.item(0).text() == names[0])
