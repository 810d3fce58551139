"""Text that wraps where Qt's own widgets do not: a push button whose label wraps, a command link whose title
wraps too, and a label exactly as tall as its text at the width it gets. Used by every view that shows content text
of any length."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QFont, QIcon, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from notalone_desktop.ui.theme.tokens import SPACING


class WrappingButton(QPushButton):
    """A push button whose text wraps over several lines (a QPushButton's own text never wraps)."""

    def __init__(self, text: str = "", parent: QWidget | None = None, link: bool = False) -> None:
        super().__init__(parent)
        self._label = QLabel(self)
        self._label.setWordWrap(True)
        self._label.setTextFormat(Qt.TextFormat.PlainText)
        self._label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._label.setForegroundRole(QPalette.ColorRole.Link if link else QPalette.ColorRole.ButtonText)
        self._link = link
        if link:
            self.setFlat(True)
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._follow_font()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(SPACING.m, SPACING.s, SPACING.m, SPACING.s)
        layout.addWidget(self._label)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.set_label(text)

    def _follow_font(self) -> None:
        font = QFont(self.font())
        font.setUnderline(self._link)
        self._label.setFont(font)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._follow_font()
            self.updateGeometry()
        super().changeEvent(event)

    def set_label(self, text: str) -> None:
        self._label.setText(text)
        self.setAccessibleName(text)
        self.updateGeometry()

    def label(self) -> str:
        return self._label.text()

    def sizeHint(self) -> QSize:
        layout = self.layout()
        return layout.sizeHint() if layout is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        # One line high: the real height comes from heightForWidth. The layout's own minimum would be the text
        # wrapped at its narrowest, far taller than needed, and would leave empty space below.
        margins = self.contentsMargins() + (self.layout() or QHBoxLayout()).contentsMargins()
        line = self.fontMetrics().height()
        return QSize(4 * line + margins.left() + margins.right(), line + margins.top() + margins.bottom())

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        layout = self.layout()
        return layout.totalHeightForWidth(width) if layout is not None else super().heightForWidth(width)


class _IconSpot(QWidget):
    """An icon drawn at paint time, so that a themed icon follows a live switch between light and dark."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.icon = QIcon()
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        side = self.fontMetrics().height() + SPACING.xs
        self.setFixedSize(side, side)

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.icon.isNull():
            painter = QPainter(self)
            self.icon.paint(painter, self.rect())
            painter.end()


class CommandLink(WrappingButton):
    """A flat link with an icon, a bold title and a line below it, both of which wrap. Qt's QCommandLinkButton
    draws its title on one line and is never narrower than it: a long title made Home scroll sideways on a small
    screen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", parent, link=True)
        self._spot = _IconSpot(self)
        self._description = QLabel(self)
        self._description.setWordWrap(True)
        self._description.setTextFormat(Qt.TextFormat.PlainText)
        self._description.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._description.hide()
        row = self.layout()
        assert isinstance(row, QHBoxLayout)
        row.setContentsMargins(SPACING.s, SPACING.xs, SPACING.s, SPACING.xs)  # links in a list: close together
        row.removeWidget(self._label)
        column = QVBoxLayout()
        column.setSpacing(0)
        column.addWidget(self._label)
        column.addWidget(self._description)
        row.addWidget(self._spot, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(column, 1)

    def _follow_font(self) -> None:
        font = QFont(self.font())
        font.setBold(True)  # a title, not underlined: the icon and the hover say it is a link
        self._label.setFont(font)

    def set_icon(self, icon: QIcon) -> None:
        self._spot.icon = icon
        self._spot.update()

    def set_description(self, text: str) -> None:
        self._description.setText(text)
        self._description.setVisible(bool(text))
        self.updateGeometry()

    def description(self) -> str:
        return self._description.text()


class WrappedLabel(QLabel):
    """A wrapping label whose minimum is one line: its height comes from heightForWidth at the width it gets.

    A plain wrapping QLabel reports as its minimum the text wrapped at a narrow guess of a width; in a scroll
    area that minimum wins over the real height and leaves empty space above and below the text.
    """

    def minimumSizeHint(self) -> QSize:
        margins = self.contentsMargins()
        line = self.fontMetrics().height()
        return QSize(
            4 * line + margins.left() + margins.right() + 2 * self.margin(),
            line + margins.top() + margins.bottom() + 2 * self.margin(),
        )


def wrapped_label(text: str = "", name: str = "") -> QLabel:
    """A label of plain text that wraps and is exactly as tall as its text at the width it gets."""
    label = WrappedLabel(text)
    if name:
        label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)  # content is text, never markup
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    # The size policy setWordWrap gave stays as it is: it carries the height-for-width flag, without which a
    # layout gives the label the height of its text wrapped at a narrow guessed width.
    return label
