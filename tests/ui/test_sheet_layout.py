"""How sheets sit on paper (ui/sheets/layout.py): no heading alone at a page's foot, no item cut in two, one-page
parts that stay one page, cards eight to a page."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QSizeF
from PySide6.QtGui import QTextCursor, QTextDocument, QTextTable

from notalone_desktop.ui.printing import write_pdf
from notalone_desktop.ui.sheets.layout import CardGrid, Flow, OnePage, Sheet, document, keep_together

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")


def booklet() -> str:
    sections = []
    for n in range(14):
        items = "".join(
            f"<table width='100%'><tr><td>box</td><td><b>Item {n}.{k}</b><br/>{'Some steps to take. ' * (k + 2)}"
            "</td></tr></table>"
            for k in range(3)
        )
        sections.append(f"<h3>Category {n}</h3>{items}")
    return "<h1>Booklet</h1>" + "".join(sections)


def breaks_badly(doc: QTextDocument) -> list[str]:
    """Headings whose next line is on another page, and tables cut by a page break."""
    height = doc.pageSize().height()
    layout = doc.documentLayout()
    problems = []
    block = doc.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() and block.text().strip():
            after = block.next()
            while after.isValid() and not after.text().strip():
                after = after.next()
            top = layout.blockBoundingRect(block).top()
            if after.isValid() and top // height != (layout.blockBoundingRect(after).bottom() - 1) // height:
                problems.append(block.text())
        block = block.next()
    for frame in doc.rootFrame().childFrames():
        rect = layout.frameBoundingRect(frame)
        if isinstance(frame, QTextTable) and rect.top() // height != (rect.bottom() - 1) // height:
            problems.append(QTextCursor(frame.firstCursorPosition()).block().text())
    return problems


def test_headings_stay_with_their_first_item_and_items_are_never_cut(qapp) -> None:  # type: ignore[no-untyped-def]
    doc = document(booklet())
    doc.setPageSize(QSizeF(420, 300))
    assert breaks_badly(doc)  # laid out plainly, pages end in the wrong places
    keep_together(doc)
    assert breaks_badly(doc) == []
    # The same holds when the document is laid out afresh from what keep_together left.
    fresh = document(doc.toHtml())
    fresh.setPageSize(QSizeF(420, 300))
    assert breaks_badly(fresh) == []
    assert doc.pageCount() <= 2 * document_pages(booklet())  # moving things costs some space, not a page each


def document_pages(html: str) -> int:
    doc = document(html)
    doc.setPageSize(QSizeF(420, 300))
    return doc.pageCount()


def pages(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def pdf_text(pdf: Path) -> str:
    return subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout


@needs_poppler
def test_a_one_page_part_takes_the_fullest_variant_that_fits_else_draws_smaller(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    long = "<p>" + "A promise the family makes. " * 40 + "</p>"
    sheet = Sheet([OnePage((long * 12 + "<p>fullest</p>", long * 3 + "<p>shorter</p>"), "<p>foot line</p>")])
    out = write_pdf(sheet, tmp_path / "variants.pdf")
    assert pages(out) == 1
    text = pdf_text(out)
    assert "shorter" in text and "fullest" not in text and "foot line" in text
    # One variant only, a little too long (it flows onto two pages as plain text): drawn smaller, on one page.
    assert pages(write_pdf(Sheet([Flow(long * 6 + "<p>the end</p>")]), tmp_path / "plain.pdf")) == 2
    squeezed = write_pdf(Sheet([OnePage((long * 6 + "<p>the end</p>",), "<p>foot</p>")]), tmp_path / "small.pdf")
    assert pages(squeezed) == 1 and "the end" in pdf_text(squeezed)
    # Far too long to stay legible on one page: it flows on rather than shrink below min_scale.
    flowing = write_pdf(Sheet([OnePage((long * 30 + "<p>the end</p>",), "<p>foot</p>")]), tmp_path / "flow.pdf")
    assert pages(flowing) > 1 and "the end" in pdf_text(flowing)


@needs_poppler
@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_cards_go_eight_to_a_page(qapp, tmp_path: Path, paper: str) -> None:  # type: ignore[no-untyped-def]
    cards = tuple(f"<p><b>Card {n}</b></p><p>0912 345 678</p>" for n in range(10))
    out = write_pdf(Sheet([CardGrid(cards)]), tmp_path / "cards.pdf", paper)
    assert pages(out) == 2
    first = subprocess.run(["pdftotext", "-l", "1", str(out), "-"], capture_output=True, text=True).stdout
    assert [f"Card {n}" in first for n in range(10)] == [True] * 8 + [False] * 2
