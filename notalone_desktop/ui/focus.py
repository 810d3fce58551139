"""The keyboard focus, visible on every widget of every window: a 2 px ring around the focused widget, in the
theme's focus colour (ui/theme/tokens.py) made to contrast at least 3:1 with the palette's window and field
backgrounds (WCAG 2.2's focus appearance), light or dark. One ring for the whole application, installed once at
start (`install_focus_ring`); styles draw their own faint focus marks as well, this one is the one people see.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget
from shiboken6 import isValid

from notalone_desktop.ui.theme.contrast import UI_CONTRAST
from notalone_desktop.ui.theme.contrast import contrast as theme_contrast
from notalone_desktop.ui.theme.tokens import DARK, LIGHT

RING_WIDTH = 2  # px, drawn outside the widget where its parent has room, else just inside its edge
GAP = 1  # px between the widget and the ring, so that the ring never merges with the widget's own border


def contrast(first: QColor, second: QColor) -> float:
    """The WCAG contrast ratio of two colours (1 to 21)."""
    return theme_contrast(first.name(), second.name())


def ring_colour(palette: QPalette) -> QColor:
    """The theme's focus colour for a light or a dark palette, darkened (light) or lightened (dark) until it
    stands out at least 3:1 against both the palette's window and its fields: the system's palette may not be
    the theme's."""
    backgrounds = [palette.color(QPalette.ColorRole.Window), palette.color(QPalette.ColorRole.Base)]
    dark_palette = backgrounds[0].lightness() < 128
    colour = QColor(DARK.focus if dark_palette else LIGHT.focus)
    target = QColor("white") if dark_palette else QColor("black")
    for step in range(21):
        share = step / 20
        mixed = QColor.fromRgbF(
            colour.redF() * (1 - share) + target.redF() * share,
            colour.greenF() * (1 - share) + target.greenF() * share,
            colour.blueF() * (1 - share) + target.blueF() * share,
        )
        if all(contrast(mixed, background) >= UI_CONTRAST + 0.2 for background in backgrounds):
            return mixed
    return target


def focus_when_scrollable(area: QAbstractScrollArea) -> None:
    """`area` takes the keyboard focus only while it has something to scroll (then the arrow keys scroll it and
    the ring shows it); otherwise Tab passes it by: nothing that takes the focus may do nothing."""

    def update(*_range: int) -> None:
        scrollable = area.verticalScrollBar().maximum() > 0 or area.horizontalScrollBar().maximum() > 0
        area.setFocusPolicy(Qt.FocusPolicy.StrongFocus if scrollable else Qt.FocusPolicy.NoFocus)

    area.verticalScrollBar().rangeChanged.connect(update)
    area.horizontalScrollBar().rangeChanged.connect(update)
    update()


class FocusRing(QWidget):
    """Follows the application's focus widget and draws the ring around it, above it in its parent."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("focusRing")
        # Never a pane of a splitter, a page of a layout or a target for the mouse: only paint.
        self.setAttribute(Qt.WidgetAttribute.WA_NoChildEventsForParent, True)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.target: QWidget | None = None

    def follow(self, widget: QWidget | None) -> None:
        if self.target is not None and isValid(self.target):
            self.target.removeEventFilter(self)
        wanted = widget is not None and not widget.isWindow() and widget.parentWidget() is not None
        self.target = widget if wanted else None
        if self.target is None:
            self.hide()
            self.setParent(None)
            return
        self.target.installEventFilter(self)
        self._place()

    def _place(self) -> None:
        target = self.target
        if target is None:
            return
        parent = target.parentWidget()
        if parent is None or not target.isVisible():
            self.hide()
            return
        if self.parentWidget() is not parent:
            self.setParent(parent)
        margin = RING_WIDTH + GAP
        # Inside the parent: a widget that fills its parent (a scroll area, a list) gets the ring on its edge.
        self.setGeometry(target.geometry().adjusted(-margin, -margin, margin, margin).intersected(parent.rect()))
        self.raise_()
        self.show()
        self.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.target and event.type() in (
            QEvent.Type.Move,
            QEvent.Type.Resize,
            QEvent.Type.Show,
            QEvent.Type.Hide,
            QEvent.Type.ParentChange,
            QEvent.Type.ZOrderChange,
        ):
            self._place()
        return False

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        pen = QPen(ring_colour(self.palette()))
        pen.setWidth(RING_WIDTH)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        half = RING_WIDTH // 2
        painter.drawRect(QRect(self.rect()).adjusted(half, half, -half, -half))


class _Installed:
    """The one ring of the application, and the application it follows."""

    ring: FocusRing | None = None
    app: QApplication | None = None


def focus_ring() -> FocusRing:
    """The ring, made again if the widget it was drawn in was deleted with it."""
    if _Installed.ring is None or not isValid(_Installed.ring):
        _Installed.ring = FocusRing()
    return _Installed.ring


def _focus_changed(_old: QWidget | None, new: QWidget | None) -> None:
    focus_ring().follow(new)


def install_focus_ring() -> FocusRing:
    """Show the ring around whatever has the keyboard focus, in every window, from now on (once per app)."""
    app = QApplication.instance()
    if isinstance(app, QApplication) and _Installed.app is not app:
        app.focusChanged.connect(_focus_changed)
        _Installed.app = app
        focus_ring().follow(app.focusWidget())
    return focus_ring()
