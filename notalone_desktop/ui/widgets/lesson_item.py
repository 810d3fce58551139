"""One lesson in the library's list: its title, a line of facts and, for search results, a snippet with the
matches in bold. Drawn by a delegate so that thousands of rows stay cheap."""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QFont, QFontMetrics, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from notalone_desktop.services.lessons import HIGHLIGHT_END, HIGHLIGHT_START

KEY_ROLE = Qt.ItemDataRole.UserRole
META_ROLE = Qt.ItemDataRole.UserRole + 1
SNIPPET_ROLE = Qt.ItemDataRole.UserRole + 2
ITEM_PADDING = 10


def snippet_html(snippet: str) -> str:
    """A search snippet as rich text: everything escaped, the matches in bold."""
    return html.escape(snippet).replace(HIGHLIGHT_START, "<b>").replace(HIGHLIGHT_END, "</b>")


def snippet_plain(snippet: str) -> str:
    return snippet.replace(HIGHLIGHT_START, "").replace(HIGHLIGHT_END, "")


def _row_width(option: QStyleOptionViewItem) -> int:
    """The width a row is painted at, so that its text wraps the same way when measured and when drawn."""
    view = option.widget
    if isinstance(view, QListView):
        return int(view.viewport().width() - 2 * view.spacing())
    return int(option.rect.width())


class LessonItemDelegate(QStyledItemDelegate):
    """Draws a lesson as a title, a line of facts (topic, minutes, read, favourite) and a search snippet.

    Sizes come from font metrics, which is cheap enough for thousands of rows; only the snippet, shown for the
    few search results, is laid out as rich text.
    """

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        title = QFont(option.font)
        title.setBold(True)
        title.setPointSizeF(title.pointSizeF() * 1.08)
        return title, QFont(option.font)

    def _snippet_document(self, text: str, font: QFont, width: int) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(font)
        document.setDocumentMargin(0)
        document.setHtml(snippet_html(text))
        document.setTextWidth(width)
        return document

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        title_font, body_font = self._fonts(option)
        width = max(120, _row_width(option) - 2 * ITEM_PADDING)

        def lines(font: QFont, text: str) -> int:
            return QFontMetrics(font).boundingRect(QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, text).height()

        height = lines(title_font, index.data() or "") + 4 + lines(body_font, index.data(META_ROLE) or "")
        snippet = index.data(SNIPPET_ROLE)
        if snippet:
            bold = QFont(body_font)
            bold.setBold(True)  # measured in bold: never shorter than the mixed text drawn
            height += 4 + lines(bold, snippet_plain(snippet))
        return QSize(width + 2 * ITEM_PADDING, height + 2 * ITEM_PADDING)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        options = QStyleOptionViewItem(option)
        self.initStyleOption(options, index)
        options.text = ""
        widget = options.widget
        style = widget.style() if widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, options, painter, widget)
        selected = bool(options.state & QStyle.StateFlag.State_Selected)
        group = (
            QPalette.ColorGroup.Active
            if options.state & QStyle.StateFlag.State_Active
            else QPalette.ColorGroup.Inactive
        )
        text_colour = options.palette.color(
            group, QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        title_font, body_font = self._fonts(options)
        rect = options.rect.adjusted(ITEM_PADDING, ITEM_PADDING, -ITEM_PADDING, -ITEM_PADDING)
        flags = int(Qt.TextFlag.TextWordWrap)
        painter.save()
        painter.setPen(text_colour)
        painter.setFont(title_font)
        used = painter.boundingRect(rect, flags, index.data())
        painter.drawText(rect, flags, index.data())
        top = used.bottom() + 4
        painter.setFont(body_font)
        meta_rect = QRect(rect.left(), top, rect.width(), rect.bottom() - top)
        used = painter.boundingRect(meta_rect, flags, index.data(META_ROLE) or "")
        painter.drawText(meta_rect, flags, index.data(META_ROLE) or "")
        snippet = index.data(SNIPPET_ROLE)
        if snippet:
            top = used.bottom() + 4
            document = self._snippet_document(snippet, body_font, rect.width())
            context = QAbstractTextDocumentLayout.PaintContext()
            context.palette.setColor(QPalette.ColorRole.Text, text_colour)
            painter.translate(rect.left(), top)
            painter.setClipRect(QRect(0, 0, rect.width(), rect.bottom() - top + 1))
            document.documentLayout().draw(painter, context)
        painter.restore()
