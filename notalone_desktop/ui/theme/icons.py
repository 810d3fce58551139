"""The app's icons: one set of line drawings of our own (resources/icons/*.svg, 24 x 24, drawn in `currentColor`),
painted in a colour of the palette on screen now.

An icon reads its colour when it is drawn, not when it is made: when the system switches between light and dark
every icon follows at the next repaint, with nothing to reset. Rendered pixmaps are cached by name, colour, size
and scale. Every icon-only control still needs a text or a tooltip and an accessible name (the caller's job).
"""

from __future__ import annotations

import logging
from functools import cache, lru_cache

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QIcon, QIconEngine, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from notalone_desktop.paths import resources_dir
from notalone_desktop.ui.theme.scheme import current_palette
from notalone_desktop.ui.theme.stylesheet import mix

log = logging.getLogger(__name__)
# The icons the app uses, by name: sections of the navigation, then actions.
NAMES = (
    "home",
    "checklist",
    "plan",
    "contacts",
    "lessons",
    "scenarios",
    "settings",
    "call",
    "copy",
    "print",
    "add",
    "edit",
    "remove",
    "lock",
    "unlock",
    "help",
    "next",
    "search",
    "note",
    "star",
    "save",
    "import",
)


@cache
def _source(name: str) -> str:
    try:
        return (resources_dir() / "icons" / f"{name}.svg").read_text(encoding="utf-8")
    except OSError:
        log.warning("icon %s is missing", name)
        return '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"/>'


@lru_cache(maxsize=256)
def _renderer(name: str, colour: str) -> QSvgRenderer:
    return QSvgRenderer(QByteArray(_source(name).replace("currentColor", colour).encode("utf-8")))


@lru_cache(maxsize=512)
def _pixmap(name: str, colour: str, width: int, height: int, scale: float) -> QPixmap:
    pixmap = QPixmap(round(width * scale), round(height * scale))
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    _renderer(name, colour).render(painter, QRectF(0, 0, pixmap.width(), pixmap.height()))
    painter.end()
    pixmap.setDevicePixelRatio(scale)
    return pixmap


class _ThemedEngine(QIconEngine):
    """Draws one SVG in the palette's `role` colour (muted when disabled, on the accent when selected)."""

    def __init__(self, name: str, role: str) -> None:
        super().__init__()
        self._name = name
        self._role = role

    def colour(self, mode: QIcon.Mode) -> str:
        palette = current_palette()
        if mode == QIcon.Mode.Disabled:
            return mix(palette.text_muted, palette.window, 0.6)
        if mode == QIcon.Mode.Selected and self._role == "text":
            return palette.on_accent
        return str(getattr(palette, self._role))

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        scale = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
        side = min(rect.width(), rect.height())
        target = QRect(rect.x() + (rect.width() - side) // 2, rect.y() + (rect.height() - side) // 2, side, side)
        painter.drawPixmap(target, _pixmap(self._name, self.colour(mode), side, side, scale))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return _pixmap(self._name, self.colour(mode), size.width(), size.height(), 1.0)

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float) -> QPixmap:
        return _pixmap(self._name, self.colour(mode), size.width(), size.height(), scale)

    def clone(self) -> QIconEngine:
        return _ThemedEngine(self._name, self._role)

    def key(self) -> str:
        return "notalone-themed"

    def iconName(self) -> str:
        return f"notalone:{self._name}:{self._role}"  # read by ui.theme.proxy to redraw in a button's role

    def isNull(self) -> bool:
        return False


def icon(name: str, role: str = "text") -> QIcon:
    """The icon `name` (one of NAMES) drawn in the palette's `role` colour ("text", "accent", "on_emergency"...)."""
    if name not in NAMES:
        raise KeyError(f"no icon called {name!r}")
    return QIcon(_ThemedEngine(name, role))
