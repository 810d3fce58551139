"""The base of every view: built once on first visit, retranslated on LanguageChange, refreshed on show."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from notalone_desktop.ui.context import AppContext

if TYPE_CHECKING:
    from notalone_desktop.services import Services


class View(QWidget):
    """Subclasses build their widgets in __init__, set texts in `retranslate` and load data in `refresh`."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._stale = True
        context.family_changed.connect(self._mark_stale)
        context.language_changed.connect(self._mark_stale)

    @property
    def services(self) -> Services:
        return self.context.services

    @property
    def lang(self) -> str:
        return self.context.language

    def title(self) -> str:
        return ""  # every view overrides this with its name for the navigation list

    def retranslate(self) -> None:
        """Set every user-visible text of the view's own widgets."""

    def refresh(self) -> None:
        """Reload what the view shows from the services."""

    def focus_key(self, key: str) -> None:
        """Show one thing in the view (an item, a lesson) when another view links to it."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _mark_stale(self) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh_now()

    def refresh_now(self) -> None:
        self._stale = False
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.refresh_now()
        super().showEvent(event)
