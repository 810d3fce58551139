"""Every window fits the screen it opens on, and no dialog blocks "Get help now": one application-wide rule.

`install()` puts one event filter on the application. When a dialog (or any other top-level window but the main
window, which sizes itself with `initial_size` and `minimum_size`) is about to appear, the filter:
- makes a dialog that has a parent *window-modal*: it blocks the window it belongs to, not the whole application,
  so the "Get help now" panel (a window without a parent) stays usable above every dialog;
- when its content is taller or wider than the available screen, moves everything but its bottom row of buttons
  into a scroll area (a wizard's pages each get one), so the buttons stay on screen and the content scrolls;
- caps its size and minimum size to the screen's available geometry and moves it inside that geometry.
It acts on the Show event, after Qt has sized the window and before the window system shows it.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication, QScreen, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QBoxLayout,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QLabel,
    QLayout,
    QLayoutItem,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizard,
)

from notalone_desktop.ui.focus import focus_when_scrollable

log = logging.getLogger(__name__)
# What the window manager adds around a window (title bar, borders) before the window is shown and its real frame
# is known, in logical pixels: generous, so that a title bar is never pushed off the top of the screen.
FRAME_ALLOWANCE = QSize(16, 40)
SCROLLED = "notalone_scrolled"  # a property on a window whose content this module moved into a scroll area


def available(widget: QWidget) -> QRect:
    """The available geometry (without task bars) of the screen `widget` opens on, minus its window frame."""
    geometry = screen_of(widget).availableGeometry()
    frame = frame_size(widget)
    return QRect(geometry.topLeft(), (geometry.size() - frame).expandedTo(QSize(1, 1)))


def screen_of(widget: QWidget) -> QScreen:
    """The screen of the window `widget` belongs to (a dialog: its parent's), else the primary screen."""
    parent = widget.parentWidget()
    for candidate in (parent.window() if parent is not None else None, widget):
        if candidate is not None and candidate.isVisible():
            return candidate.screen()
    return widget.screen() or QGuiApplication.primaryScreen()


def frame_size(widget: QWidget) -> QSize:
    """The frame the window system puts around `widget`'s window: the larger of the one measured on a visible window
    and the allowance (at start the window manager may not have told Qt its frame yet; a window placed by the
    window manager may sit lower than asked)."""
    for candidate in (widget.window(), (widget.parentWidget() or widget).window()):
        if candidate.isVisible():
            frame = candidate.frameGeometry().size() - candidate.geometry().size()
            return frame.expandedTo(FRAME_ALLOWANCE)
    return FRAME_ALLOWANCE


def fit(window: QWidget) -> None:
    """Make `window` fit the available screen: scroll its content if it must, cap its size, move it inside."""
    area = available(window)
    if not _fits(window, area.size()):
        make_scrollable(window)
    minimum = window.minimumSize().boundedTo(area.size())
    window.setMinimumSize(minimum)
    size = window.size().boundedTo(area.size()).expandedTo(minimum)
    if size != window.size():
        window.resize(size)
    window.move(_inside(window, area, size))


def _fits(window: QWidget, room: QSize) -> bool:
    layout = window.layout()
    need = window.minimumSizeHint().expandedTo(window.minimumSize())
    if layout is not None and layout.hasHeightForWidth():
        width = min(window.width(), room.width())
        need.setHeight(max(need.height(), layout.totalHeightForWidth(width)))
    return need.width() <= room.width() and need.height() <= room.height()


def _inside(window: QWidget, area: QRect, size: QSize) -> QPoint:
    """Centred over the parent window (or the screen), then moved wholly inside `area`."""
    parent = window.parentWidget()
    over = parent.window().frameGeometry() if parent is not None and parent.isVisible() else area
    x = over.center().x() - size.width() // 2
    y = over.center().y() - size.height() // 2
    x = max(area.left(), min(x, area.right() + 1 - size.width()))
    y = max(area.top(), min(y, area.bottom() + 1 - size.height()))
    return QPoint(x, y)


# Scrolling content -------------------------------------------------------------------------------------------


def make_scrollable(window: QWidget) -> bool:
    """Move `window`'s content into a scroll area, keeping its bottom row of buttons outside; True if it did."""
    if window.property(SCROLLED):
        return False
    if isinstance(window, QWizard):
        done = [_scroll_layout_of(window.page(page_id)) for page_id in window.pageIds()]
        window.setProperty(SCROLLED, True)
        return any(done)
    if isinstance(window, QMessageBox | QFileDialog):
        return False  # Qt's own dialogs lay themselves out; capping their size is enough
    layout = window.layout()
    if not isinstance(layout, QBoxLayout) or layout.direction() not in (
        QBoxLayout.Direction.TopToBottom,
        QBoxLayout.Direction.BottomToTop,
    ):
        return False
    count = layout.count()
    keep = 0  # the trailing rows of buttons that stay outside the scroll area
    while keep < count and _is_button_row(layout.itemAt(count - 1 - keep)):
        keep += 1
    if keep == count:
        return False
    body = QWidget()
    body_layout = QVBoxLayout(body)
    body_layout.setContentsMargins(0, 0, 0, 0)
    body_layout.setSpacing(layout.spacing())
    for _ in range(count - keep):
        _move_first(layout, body_layout, body)
    scroll = _scroll_area(body)
    layout.insertWidget(0, scroll, 1)
    _show_now(window, scroll)
    window.setProperty(SCROLLED, True)
    log.debug("%s scrolls its content to fit the screen", type(window).__name__)
    return True


def _scroll_layout_of(page: QWidget | None) -> bool:
    """A wizard page: its whole layout into a scroll area inside the page."""
    layout = page.layout() if page is not None else None
    if page is None or not isinstance(layout, QBoxLayout) or page.property(SCROLLED):
        return False
    body = QWidget()
    body_layout = QVBoxLayout(body)
    body_layout.setContentsMargins(0, 0, 0, 0)
    while layout.count():
        _move_first(layout, body_layout, body)
    # The emptied layout stays the page's; the scroll area is its only item.
    scroll = _scroll_area(body)
    layout.addWidget(scroll, 1)
    _show_now(page, scroll)
    page.setProperty(SCROLLED, True)
    return True


def _show_now(parent: QWidget, scroll: QScrollArea) -> None:
    """A child added to a window being shown would appear only when the event loop comes round (a queued show):
    show it at once, so that code running right after show() finds its widgets visible."""
    if parent.isVisible():
        scroll.show()


def _scroll_area(body: QWidget) -> QScrollArea:
    scroll = QScrollArea()
    scroll.setObjectName("fitScroll")
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(body)
    return scroll


def _move_first(source: QBoxLayout, target: QVBoxLayout, owner: QWidget) -> None:
    """Take the first item of `source` and add it to `target` with its stretch and alignment."""
    stretch = source.stretch(0)
    item = source.takeAt(0)
    if item is None:
        return
    alignment = item.alignment()
    widget, child, spacer = item.widget(), item.layout(), item.spacerItem()
    if widget is not None:
        widget.setParent(owner)
        target.addWidget(widget, stretch, alignment)
    elif child is not None:
        target.addLayout(child, stretch)
    elif spacer is not None:
        if stretch:
            target.addStretch(stretch)
        else:
            target.addSpacing(spacer.sizeHint().height())


def _is_button_row(item: QLayoutItem | None) -> bool:
    """A dialog's bottom row: its button box, or a row that holds buttons (and perhaps a status line) only."""
    if item is None:
        return False
    widget = item.widget()
    if widget is not None:
        return isinstance(widget, QDialogButtonBox | QAbstractButton)
    layout = item.layout()
    if layout is None:
        return False
    widgets = _widgets_of(layout)
    return any(isinstance(w, QDialogButtonBox | QAbstractButton) for w in widgets) and all(
        isinstance(w, QDialogButtonBox | QAbstractButton | QLabel) for w in widgets
    )


def _widgets_of(layout: QLayout) -> list[QWidget]:
    found: list[QWidget] = []
    for index in range(layout.count()):
        item = layout.itemAt(index)
        widget, child = (item.widget(), item.layout()) if item is not None else (None, None)
        if widget is not None:
            found.append(widget)
        elif child is not None:
            found.extend(_widgets_of(child))
    return found


# The application-wide rule -----------------------------------------------------------------------------------


class ScreenFit(QObject):
    """The event filter: window-modal dialogs, and every new top-level window fitted to its screen."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            isinstance(event, QShowEvent)  # a class test first: cheaper than event.type() for every event
            and not event.spontaneous()
            and isinstance(watched, QWidget)
            and watched.isWindow()
            and not isinstance(watched, QMainWindow)
            and _is_ours(watched)
        ):
            self._prepare(watched)
        return False

    def _prepare(self, window: QWidget) -> None:
        handle = window.windowHandle()
        if (
            isinstance(window, QDialog)
            and window.parentWidget() is not None
            and handle is not None
            and handle.modality() == Qt.WindowModality.ApplicationModal
        ):
            # Set on the native window before the window system shows it: it then blocks only its own parent
            # window. (QWidget.setWindowModality during the Show event would stop a QMessageBox's exec() from ever
            # returning; the native window's modality is what decides which windows are blocked.)
            handle.setModality(Qt.WindowModality.WindowModal)
        try:
            fit(window)
        except RuntimeError:  # a window deleted while it was being shown
            log.debug("could not fit a window", exc_info=True)


def _is_ours(window: QWidget) -> bool:
    """Dialogs and panels; not tool tips, menus, pop-ups or the drag pixmaps Qt shows as windows."""
    kind = window.windowType()
    return kind in (Qt.WindowType.Dialog, Qt.WindowType.Window, Qt.WindowType.Sheet)


_installed: list[ScreenFit] = []  # the one filter of this process's application


def install() -> ScreenFit:
    """Install the rule once on the application (later calls return the same filter)."""
    app = QApplication.instance()
    assert app is not None, "a QApplication comes first"
    for fitter in _installed:
        if fitter.parent() is app:
            return fitter
    fitter = ScreenFit(app)
    app.installEventFilter(fitter)
    _installed[:] = [fitter]
    return fitter


# The main window ---------------------------------------------------------------------------------------------


def initial_size(window: QWidget, preferred: QSize) -> QSize:
    """The main window's first size: `preferred` where the screen has room, else the whole available area."""
    return preferred.boundedTo(available(window).size())


def minimum_size(window: QWidget, wanted: QSize) -> QSize:
    """`wanted`, but never more than the available screen (1366x768 at 200% is 683x384 to Qt)."""
    return wanted.boundedTo(available(window).size())


def view_page(view: QWidget) -> QScrollArea:
    """A view inside a frameless scroll area: it fills the window, and scrolls where the window is smaller than
    the view's minimum size (a small screen at 200%), so every part of it stays reachable."""
    page = _scroll_area(view)
    page.setObjectName(f"page_{view.objectName()}")
    focus_when_scrollable(page)  # Tab passes it by unless it has something to scroll
    return page
