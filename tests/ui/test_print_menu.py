"""The checklist's "Print / Save as PDF…" in the window: the whole checklist, or this month's sheet for the child
(or every child) on show."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter

from notalone_desktop.ui import printing
from notalone_desktop.ui.sheets.layout import Flow, OnePage, render
from tests.ui.test_checklist_view import open_checklist


@pytest.fixture
def previewed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What the print preview would show (Qt's own dialog is not opened in a test)."""
    shown: list[str] = []
    monkeypatch.setattr(printing, "preview", lambda sheet, parent=None: shown.append(sheet))
    return shown


def test_the_month_sheet_of_the_child_on_show(qtbot, demo_services, previewed: list[str]) -> None:  # type: ignore[no-untyped-def]
    _window, view = open_checklist(qtbot, demo_services, "Minh")
    menu = printing.checklist_print_menu(view)
    whole, month = menu.actions()
    assert whole.text() == "The whole checklist…" and month.text() == "This month's sheet…"
    assert month.isEnabled() and menu.accessibleName()
    month.trigger()
    (sheet,) = previewed
    assert [type(part) for part in sheet.parts] == [OnePage]  # type: ignore[attr-defined]
    assert "This month: Minh" in sheet and "This month: Lan" not in sheet
    whole.trigger()
    assert isinstance(previewed[1].parts[0], Flow) and "Safety checklist for Minh" in previewed[1]  # type: ignore[attr-defined]


def test_for_the_whole_family_one_page_per_child(qtbot, demo_services, previewed, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _window, view = open_checklist(qtbot, demo_services, "Whole family")
    month = printing.checklist_print_menu(view).actions()[1]
    assert month.text() == "This month's sheets, one page per child…"
    month.trigger()
    (sheet,) = previewed
    # The printer the preview dialog hands out (high resolution, Letter here) gets one page per child too.
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "month.pdf"))
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))
    assert render(sheet, printer) == 3
