"""Printing and PDF: sheets are HTML with a page plan (ui/sheets/layout.py), printed or written with QPdfWriter.

Each sheet lives in ui/sheets/<name>.py with a `build_html(services, lang, child)` function; the window shows a
QPrintPreviewDialog of it, and `notalone print KIND` writes the same pages as PDF.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, cast

from PySide6.QtCore import QCoreApplication, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter
from PySide6.QtWidgets import QMenu, QPushButton, QWidget

from notalone_desktop.core.errors import NotAloneError
from notalone_desktop.ui.sheets import layout
from notalone_desktop.ui.theme.tokens import PRINT

if TYPE_CHECKING:
    from notalone_desktop.services import Services

SHEETS = {
    "checklist": "notalone_desktop.ui.sheets.checklist_sheet",
    "month": "notalone_desktop.ui.sheets.month_sheet",
    "card": "notalone_desktop.ui.sheets.contact_card",
    "plan": "notalone_desktop.ui.sheets.plan_sheet",
    "agreement": "notalone_desktop.ui.sheets.agreement_sheet",
}
PAPER = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
MARGIN_MM = PRINT.margin_mm


def write_pdf(html: str, path: Path, paper: str = "a4") -> Path:
    """Lay out a sheet (or plain HTML) on A4 or Letter pages and write a PDF; the file appears whole or not at all."""
    path = path.resolve()
    if not path.parent.is_dir():
        raise NotAloneError(f"The folder {path.parent} does not exist.")
    temporary = path.with_name(path.name + ".part")
    writer = QPdfWriter(str(temporary))
    writer.setTitle("Not Alone")
    writer.setCreator("Not Alone")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(PAPER.get(paper, QPageSize.PageSizeId.A4)),
            QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setResolution(300)
    try:
        layout.render(html, writer)
    finally:
        del writer  # closes the file
    if not temporary.exists() or temporary.stat().st_size == 0:
        raise NotAloneError(f"The PDF could not be written to {path}.")
    temporary.replace(path)
    return path


def preview(html: str, parent: QWidget | None = None) -> None:
    """Print / Save as PDF through the system's print preview dialog, laid out as `write_pdf` lays it out."""
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageMargins(QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.paintRequested.connect(lambda device: layout.render(html, device))
    dialog.exec()


def sheet_html(kind: str, services: Services, lang: str, child: str | None) -> str:
    """The sheet `kind` (a key of SHEETS) as the command line prints it: a `Sheet`, which is its HTML too."""
    module = importlib.import_module(SHEETS[kind])
    return cast(str, module.build_html(services, lang, child))  # not str(): that would drop the page plan


def print_command(
    kind: str, data_dir: Path, out: Path, child: str | None, language: str | None, paper: str = "a4"
) -> int:
    """`notalone print KIND --out FILE.pdf`: the same sheet the window prints, as a PDF file."""
    from notalone_desktop.paths import database_path
    from notalone_desktop.services import open_services
    from notalone_desktop.ui.application import application
    from notalone_desktop.ui.i18n import Translations

    if out.suffix.lower() != ".pdf":
        raise NotAloneError(f"--out must name a .pdf file (got {out.name}).")
    if not database_path(data_dir).exists():
        raise NotAloneError(f"There is no family data in {data_dir}. Start Not Alone once, or run notalone demo.")
    application()
    services = open_services(data_dir)
    try:
        lang = language or services.family.info().language
        Translations().install(lang)
        html = sheet_html(kind, services, lang, child)
        write_pdf(html, out, paper)
    finally:
        services.close()
    print(f"Saved {out}")
    return 0


class ChecklistPage(Protocol):
    """What the checklist view offers the print menu: its print button, the services, the language, the owner."""

    @property
    def print_button(self) -> QPushButton: ...
    @property
    def services(self) -> Services: ...
    @property
    def lang(self) -> str: ...
    def owner_id(self) -> int | None: ...


def offer_checklist_prints(view: ChecklistPage) -> None:
    """The checklist's "Print / Save as PDF…": a menu under the button with the whole checklist and this month's
    sheet, for the child (or the family) on show."""
    button = view.print_button
    checklist_print_menu(view).exec(button.mapToGlobal(button.rect().bottomLeft()))


def checklist_print_menu(view: ChecklistPage) -> QMenu:
    from notalone_desktop.ui.sheets.checklist_sheet import build_html_for
    from notalone_desktop.ui.sheets.month_sheet import build_for

    owner = view.owner_id()
    parent = view.print_button
    menu = QMenu(parent)
    menu.setObjectName("checklistPrintMenu")
    menu.setAccessibleName(QCoreApplication.translate("Printing", "What to print"))
    whole = menu.addAction(QCoreApplication.translate("Printing", "The whole checklist…"))
    whole.setObjectName("printWholeChecklist")
    whole.triggered.connect(
        lambda: preview(build_html_for(view.services, view.lang, owner, whole_family=False), parent)
    )
    if owner is None:
        children = [c.id for c in view.services.family.children()]
        label = QCoreApplication.translate("Printing", "This month's sheets, one page per child…")
    else:
        children = [owner]
        label = QCoreApplication.translate("Printing", "This month's sheet…")
    month = menu.addAction(label)
    month.setObjectName("printMonthSheet")
    month.setEnabled(bool(children))
    month.triggered.connect(lambda: preview(build_for(view.services, view.lang, children), parent))
    return menu
