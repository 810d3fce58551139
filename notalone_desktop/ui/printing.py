"""Printing and PDF: sheets are HTML documents laid out by QTextDocument, printed or written with QPdfWriter.

Each sheet lives in ui/sheets/<name>.py with a `build_html(services, lang, child)` function; the window shows a
QPrintPreviewDialog of it, and `notalone print KIND` writes the same document as PDF.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QWidget

from notalone_desktop.core.errors import NotAloneError

if TYPE_CHECKING:
    from notalone_desktop.services import Services

SHEETS = {
    "checklist": "notalone_desktop.ui.sheets.checklist_sheet",
    "card": "notalone_desktop.ui.sheets.contact_card",
    "plan": "notalone_desktop.ui.sheets.plan_sheet",
    "agreement": "notalone_desktop.ui.sheets.agreement_sheet",
}
PAPER = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
MARGIN_MM = 14.0
# Black on white with grey rules: readable when printed on a black-and-white printer.
BASE_CSS = """
body { font-family: 'DejaVu Sans', 'Noto Sans', sans-serif; color: #000; font-size: 10pt; }
h1 { font-size: 17pt; margin: 0 0 4pt 0; }
h2 { font-size: 13pt; margin: 12pt 0 4pt 0; border-bottom: 1px solid #555; }
h3 { font-size: 11pt; margin: 8pt 0 2pt 0; }
p.meta { color: #333; font-size: 9pt; margin: 0 0 6pt 0; }
table { border-collapse: collapse; margin-bottom: 5pt; }
td { vertical-align: top; padding: 3pt 4pt; }
td.box { font-size: 13pt; width: 18pt; }
td.small { font-size: 8.5pt; color: #333; }
"""


def document(html: str) -> QTextDocument:
    doc = QTextDocument()
    doc.setDefaultStyleSheet(BASE_CSS)
    doc.setHtml(html)
    return doc


def write_pdf(html: str, path: Path, paper: str = "a4") -> Path:
    """Lay out `html` on A4 or Letter pages and write a PDF; the file appears whole or not at all."""
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
    doc = document(html)
    # Lay the text out in the writer's own units; without this, text prints at screen size on a 300 dpi page.
    doc.documentLayout().setPaintDevice(writer)
    rect = writer.pageLayout().paintRectPixels(writer.resolution())
    doc.setPageSize(QSizeF(rect.width(), rect.height()))
    doc.print_(writer)
    del writer  # closes the file
    if not temporary.exists() or temporary.stat().st_size == 0:
        raise NotAloneError(f"The PDF could not be written to {path}.")
    temporary.replace(path)
    return path


def preview(html: str, parent: QWidget | None = None) -> None:
    """Print / Save as PDF through the system's print preview dialog."""
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageMargins(QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter)
    dialog = QPrintPreviewDialog(printer, parent)
    doc = document(html)
    dialog.paintRequested.connect(doc.print_)
    dialog.exec()


def sheet_html(kind: str, services: Services, lang: str, child: str | None) -> str:
    module = importlib.import_module(SHEETS[kind])
    return str(module.build_html(services, lang, child))


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
