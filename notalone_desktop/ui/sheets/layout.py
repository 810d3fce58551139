"""How a sheet sits on paper: pages that flow, pages that must stay one page, and wallet cards on a grid.

A sheet is HTML (the subset QTextDocument reads) plus a plan of its parts. `Sheet` is a `str` holding the whole
sheet as one HTML document, so code that shows or passes a sheet's HTML keeps working; `render` reads the parts
and lays each one out on the real page of the device (A4, Letter or whatever the print dialog chose):
- `Flow`: pages follow one another; a heading never ends a page without the line that follows it; an optional
  running title and the page number at the foot of each page.
- `OnePage`: the first variant that fits one page with its `foot` anchored at the bottom; when none fits, the
  last one drawn smaller (down to `min_scale`), and only below that does it flow on.
- `CardGrid`: cards of bank-card size, as many as the page holds (8 on A4 and Letter), with cut marks.
Sizes and colours come from the design tokens (ui/theme/tokens.py).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache, partial

from PySide6.QtCore import QLineF, QPointF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QImage,
    QPagedPaintDevice,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QTextBlock,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrameFormat,
    QTextTable,
)

from notalone_desktop.core.errors import NotAloneError
from notalone_desktop.ui.theme.tokens import PRINT, PRINT_COLOURS

FONTS = "'DejaVu Sans', 'Noto Sans', 'Liberation Sans', Arial, sans-serif"
# Black on white with grey rules: readable from a black-and-white printer. Font sizes in pt from the tokens;
# margins in CSS pixels (1/96 inch), the only length unit Qt's rich text reads for them.
BASE_CSS = f"""
body {{ font-family: {FONTS}; color: {PRINT_COLOURS.ink}; font-size: {PRINT.body}pt; }}
h1 {{ font-size: {PRINT.title}pt; margin-top: 0px; margin-bottom: 6px; }}
h2 {{ font-size: {PRINT.section}pt; margin-top: 22px; margin-bottom: 6px; }}
h3 {{ font-size: {PRINT.subsection}pt; margin-top: 18px; margin-bottom: 6px; }}
p.meta {{ color: {PRINT_COLOURS.muted}; font-size: {PRINT.caption}pt; margin-top: 0px; margin-bottom: 8px; }}
td {{ vertical-align: top; }}
"""
BOX, BOX_DONE, BOX_NA = "na-box:todo", "na-box:done", "na-box:na"
CARD_PADDING_MM = (3.0, 2.5)  # inside a wallet card, from the cut line: across, down
_CSS_DPI = 96  # an <img> width in HTML is in CSS pixels: 96 to the inch on any device
SCALE_STEP = 0.025  # a one-page part too long for its page is tried at 97.5%, 95%, ... of its size
_KEEP_PASSES = 400  # each moves one heading or table: a long booklet needs a few dozen


@dataclass(frozen=True)
class Flow:
    html: str
    running_title: str = ""  # printed with the page number at the foot of every page


@dataclass(frozen=True)
class OnePage:
    variants: tuple[str, ...]  # the page's body, fullest first
    foot: str = ""  # anchored at the bottom of the page
    min_scale: float = 0.7  # drawn no smaller than this; beyond it the page flows onto a second one


@dataclass(frozen=True)
class CardGrid:
    cards: tuple[str, ...]


Part = Flow | OnePage | CardGrid


class Sheet(str):
    """A printable sheet: its text is the whole sheet as HTML, `parts` say how it is laid out on paper."""

    parts: tuple[Part, ...]

    def __new__(cls, parts: Iterable[Part]) -> Sheet:
        chosen = tuple(parts)
        sheet = super().__new__(cls, _as_html(chosen))
        sheet.parts = chosen
        return sheet


def sheet_of(html: str) -> Sheet:
    """A sheet as it is, or plain HTML as one flowing part."""
    return html if isinstance(html, Sheet) else Sheet([Flow(html)])


def box(state: str = "todo", mm: float = PRINT.tick_box_mm) -> str:
    """A box to tick with a pen, `mm` wide, drawn as an image so that its size is exact on any printer."""
    name = {"done": BOX_DONE, "na": BOX_NA}.get(state, BOX)
    side = round(mm / 25.4 * _CSS_DPI)
    return f"<img src='{name}' width='{side}' height='{side}'/>"


def _as_html(parts: tuple[Part, ...]) -> str:
    chunks = []
    for index, part in enumerate(parts):
        if isinstance(part, Flow):
            body = part.html
        elif isinstance(part, OnePage):
            body = part.variants[0] + part.foot
        else:
            cells = [f"<td width='50%'>{card}</td>" for card in part.cards]
            rows = ["<tr>" + "".join(cells[n : n + 2]) + "</tr>" for n in range(0, len(cells), 2)]
            body = f"<table width='100%' border='1' cellspacing='0'>{''.join(rows)}</table>"
        breaker = "<div style='page-break-before: always'></div>" if index else ""
        chunks.append(breaker + body)
    return f"<html><body>{''.join(chunks)}</body></html>"


# Laying out --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Page:
    """The paintable area of the device's page, in device pixels."""

    device: QPagedPaintDevice
    dpi: int
    width: float
    height: float

    @classmethod
    def of(cls, device: QPagedPaintDevice) -> _Page:
        dpi = device.resolution() if hasattr(device, "resolution") else device.logicalDpiY()
        rect = device.pageLayout().paintRectPixels(dpi)
        return cls(device, dpi, float(rect.width()), float(rect.height()))

    def mm(self, value: float) -> float:
        return value / 25.4 * self.dpi

    def pt(self, value: float) -> float:
        return value / 72 * self.dpi


@cache
def _box_images() -> dict[str, QImage]:
    side = 240
    images = {}
    for name, mark in ((BOX, ""), (BOX_DONE, "tick"), (BOX_NA, "slash")):
        image = QImage(side, side, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(QColor(PRINT_COLOURS.ink), side * 0.07)
        painter.setPen(pen)
        inset = side * 0.06
        painter.drawRect(QRectF(inset, inset, side - 2 * inset, side - 2 * inset))
        pen.setWidthF(side * 0.09)
        painter.setPen(pen)
        if mark == "tick":
            path = QPainterPath(QPointF(side * 0.22, side * 0.52))
            path.lineTo(side * 0.42, side * 0.74)
            path.lineTo(side * 0.80, side * 0.26)
            painter.drawPath(path)
        elif mark == "slash":
            painter.drawLine(QLineF(side * 0.25, side * 0.75, side * 0.75, side * 0.25))
        painter.end()
        images[name] = image
    return images


def document(html: str, device: QPagedPaintDevice | None = None) -> QTextDocument:
    """`html` as a document with the sheets' style, laid out in the units of `device` when one is given."""
    doc = QTextDocument()
    doc.setDefaultStyleSheet(BASE_CSS)
    font = QFont("DejaVu Sans")
    font.setPointSizeF(PRINT.body)
    doc.setDefaultFont(font)  # text outside any styled element: a fragment has no <body> for the style sheet
    doc.setDocumentMargin(0)
    for name, image in _box_images().items():
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
    doc.setHtml(html if "<body" in html else f"<html><body>{html}</body></html>")
    if device is not None:
        # Without this, text is laid out at screen size on a 300 dpi page.
        doc.documentLayout().setPaintDevice(device)
    return doc


def _draw(painter: QPainter, doc: QTextDocument, clip: QRectF | None = None) -> None:
    context = QAbstractTextDocumentLayout.PaintContext()
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Text, QColor(PRINT_COLOURS.ink))  # never the screen's (maybe dark) palette
    context.palette = palette
    if clip is not None:
        context.clip = clip
    doc.documentLayout().draw(painter, context)


def _caption_font() -> QFont:
    font = QFont("DejaVu Sans")
    font.setPointSizeF(PRINT.caption)
    return font


Drawing = Callable[[QPainter], None]


def _flow(part: Flow, page: _Page) -> Iterator[Drawing]:
    doc = document(part.html, page.device)
    foot = page.pt(PRINT.caption * 2.4) if part.running_title else 0.0
    size = QSizeF(page.width, page.height - foot)
    doc.setPageSize(size)
    keep_together(doc)
    count = doc.pageCount()

    def draw(index: int, painter: QPainter) -> None:
        painter.save()
        view = QRectF(0, index * size.height(), size.width(), size.height())
        painter.translate(0, -view.top())
        painter.setClipRect(view)
        _draw(painter, doc, view)
        painter.restore()
        if part.running_title:
            painter.save()
            painter.setFont(_caption_font())
            painter.setPen(QColor(PRINT_COLOURS.muted))
            text = f"{part.running_title} \u00b7 {index + 1}/{count}"
            painter.drawText(QRectF(0, page.height - foot, page.width, foot), Qt.AlignmentFlag.AlignRight, text)
            painter.restore()

    for index in range(count):
        yield partial(draw, index)


def keep_together(doc: QTextDocument) -> None:
    """Page breaks a reader expects: a table shorter than a page (an item, a card of steps) is never split, and a
    heading (or a run of headings) moves to the next page when what it introduces starts there.

    `doc` must be paginated (setPageSize). The first such place in the document is mended, the rest laid out
    again, and so on down the document: a break above moves everything below it, never what is above.
    """
    height = doc.pageSize().height()
    position = 0
    for _ in range(_KEEP_PASSES):
        # Everything above the last mended place stays where it is: look from there on.
        found = [f for f in (_lonely_heading(doc, height, position), _split_table(doc, height, position)) if f]
        if not found:
            return
        position, mend = min(found, key=lambda f: f[0])
        mend()
        # Lay out again from the change to the end: Qt's own update after a format change leaves positions (and
        # what it draws) stale further down.
        doc.markContentsDirty(position, doc.characterCount() - position)


Mend = tuple[int, Callable[[], None]]


def _page_of(y: float, height: float) -> int:
    return int(y // height)


def _lonely_heading(doc: QTextDocument, height: float, start_at: int) -> Mend | None:
    """The first heading from `start_at` on whose text starts on the next page: where, and how to move it there."""
    block = doc.findBlock(start_at)
    while block.isValid():
        if _is_heading(block) and block.text().strip() and not _breaks(block.blockFormat()):
            after = _next_text(block)
            if after is not None and _page_of(_top(doc, block), height) != _page_of(_bottom(doc, after) - 1, height):
                start = block
                while _is_heading(start.previous()):
                    start = start.previous()
                if _top(doc, start) % height > 1 and not _breaks(start.blockFormat()):
                    return start.position(), partial(_move_heading, start, after)
        block = block.next()
    return None


def _move_heading(start: QTextBlock, after: QTextBlock) -> None:
    fmt = start.blockFormat()
    fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    QTextCursor(start).setBlockFormat(fmt)
    table = QTextCursor(after).currentTable()
    if table is not None:  # the heading now leads the page: the table need not break too
        table_format = table.format()
        table_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_Auto)
        table.setFormat(table_format)


def _split_table(doc: QTextDocument, height: float, start_at: int) -> Mend | None:
    """The first table from `start_at` on (and shorter than a page) that a page break splits: where it is, and how
    to move it on."""
    layout = doc.documentLayout()
    for frame in doc.rootFrame().childFrames():
        if frame.lastPosition() < start_at or not isinstance(frame, QTextTable) or _breaks(frame.format()):
            continue
        rect = layout.frameBoundingRect(frame)
        if rect.height() < height and _page_of(rect.top(), height) != _page_of(rect.bottom() - 1, height):
            return max(0, frame.firstPosition() - 1), partial(_move_table, frame)
    return None


def _move_table(table: QTextTable) -> None:
    fmt = table.format()
    fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    table.setFormat(fmt)


def _breaks(fmt: QTextBlockFormat | QTextFrameFormat) -> bool:
    return bool(fmt.pageBreakPolicy() & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)


def _is_heading(block: QTextBlock) -> bool:
    return block.isValid() and block.blockFormat().headingLevel() > 0


def _next_text(block: QTextBlock) -> QTextBlock | None:
    following = block.next()
    while following.isValid() and not following.text().strip():
        following = following.next()
    return following if following.isValid() else None


def _top(doc: QTextDocument, block: QTextBlock) -> float:
    return doc.documentLayout().blockBoundingRect(block).top()  # document coordinates, also inside tables


def _bottom(doc: QTextDocument, block: QTextBlock) -> float:
    return doc.documentLayout().blockBoundingRect(block).bottom()


def _one_page(part: OnePage, page: _Page) -> Iterator[Drawing]:
    last = part.variants[-1]
    tries = [(variant, 1.0) for variant in part.variants]
    scale = 1 - SCALE_STEP
    while scale >= part.min_scale - 1e-9:
        tries.append((last, scale))
        scale = round(scale - SCALE_STEP, 3)
    for body_html, scale in tries:
        width, height = page.width / scale, page.height / scale
        body = document(body_html, page.device)
        body.setTextWidth(width)
        foot = document(part.foot, page.device) if part.foot else None
        foot_height = 0.0
        if foot is not None:
            foot.setTextWidth(width)
            foot_height = foot.size().height() + page.pt(PRINT.body)
        if body.size().height() + foot_height <= height:
            yield partial(_draw_one, body=body, foot=foot, scale=scale, height=height)
            return
    yield from _flow(Flow(last + part.foot), page)


def _draw_one(painter: QPainter, body: QTextDocument, foot: QTextDocument | None, scale: float, height: float) -> None:
    painter.save()
    painter.scale(scale, scale)
    _draw(painter, body)
    if foot is not None:
        painter.translate(0, height - foot.size().height())
        _draw(painter, foot)
    painter.restore()


def _cards(part: CardGrid, page: _Page) -> Iterator[Drawing]:
    width, height = page.mm(PRINT.card_width_mm), page.mm(PRINT.card_height_mm)
    gap = page.mm(PRINT.card_gap_mm)
    columns = max(1, min(2, int((page.width + gap) // (width + gap))))
    rows = max(1, min(4, int((page.height + gap) // (height + gap))))
    left = (page.width - columns * width - (columns - 1) * gap) / 2
    top = (page.height - rows * height - (rows - 1) * gap) / 2
    per_page = columns * rows
    for start in range(0, len(part.cards), per_page):
        cards = part.cards[start : start + per_page]
        # One scale for the whole page (the smallest a card needs), so that the cards look alike.
        scale = min(_card_document(card, page, width, height)[1] for card in cards)
        places = []
        for n, card in enumerate(cards):
            corner = QPointF(left + (n % columns) * (width + gap), top + (n // columns) * (height + gap))
            places.append((QRectF(corner, QSizeF(width, height)), _card_document(card, page, width, height, scale)))
        yield partial(_draw_cards, page=page, places=places)


def _card_document(
    html: str, page: _Page, width: float, height: float, scale: float = 1.0
) -> tuple[QTextDocument, float]:
    """The card's text and the scale it is drawn at: `scale`, or smaller when it would not fit the card."""
    inner_w, inner_h = width - 2 * page.mm(CARD_PADDING_MM[0]), height - 2 * page.mm(CARD_PADDING_MM[1])
    while True:
        doc = document(html, page.device)
        doc.setTextWidth(inner_w / scale)
        if doc.size().height() * scale <= inner_h or scale <= 0.55:
            return doc, scale
        scale -= 0.05


def _draw_cards(painter: QPainter, page: _Page, places: list[tuple[QRectF, tuple[QTextDocument, float]]]) -> None:
    mark, off = page.mm(PRINT.cut_mark_mm), page.mm(1)
    for rect, (doc, scale) in places:
        painter.save()
        painter.setPen(QPen(QColor(PRINT_COLOURS.faint), page.mm(0.2), Qt.PenStyle.DashLine))
        painter.drawRect(rect)
        painter.setPen(QPen(QColor(PRINT_COLOURS.ink), page.mm(0.25)))
        for x, y, dx, dy in (
            (rect.left(), rect.top(), -1, -1),
            (rect.right(), rect.top(), 1, -1),
            (rect.left(), rect.bottom(), -1, 1),
            (rect.right(), rect.bottom(), 1, 1),
        ):
            # Each edge continued outwards past the corner: the lines to cut along, clear of the card itself.
            painter.drawLine(QLineF(x + dx * off, y, x + dx * (off + mark), y))
            painter.drawLine(QLineF(x, y + dy * off, x, y + dy * (off + mark)))
        painter.translate(rect.left() + page.mm(CARD_PADDING_MM[0]), rect.top() + page.mm(CARD_PADDING_MM[1]))
        painter.scale(scale, scale)
        _draw(painter, doc)
        painter.restore()


def render(sheet: str, device: QPagedPaintDevice) -> int:
    """Paint `sheet` on `device` (a QPdfWriter or a QPrinter), one page after another; the number of pages."""
    page = _Page.of(device)
    painter = QPainter()
    if not painter.begin(device):
        raise NotAloneError("The printer or the PDF file could not be opened for printing.")
    pages = 0
    try:
        for part in sheet_of(sheet).parts:
            if isinstance(part, Flow):
                drawings = _flow(part, page)
            elif isinstance(part, OnePage):
                drawings = _one_page(part, page)
            else:
                drawings = _cards(part, page)
            for drawing in drawings:
                if pages:
                    device.newPage()
                drawing(painter)
                pages += 1
    finally:
        painter.end()
    return pages
