"""What every view is given: the services, the current language, and signals for changes that others show."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from notalone_desktop.ui.i18n import Translations

if TYPE_CHECKING:
    from notalone_desktop.core.profile import Profile
    from notalone_desktop.services import Services


class AppContext(QObject):
    # Something the family changed that other views show (children, progress, contacts, settings).
    family_changed = Signal()
    # The interface and content language changed; views reload their content text.
    language_changed = Signal(str)
    # A view asks the window to show another view: (view name, an optional key such as an item or a lesson).
    navigate = Signal(str, str)
    # "Get help now" was asked for, optionally for one situation.
    help_requested = Signal(str)

    def __init__(self, services: Services, translations: Translations, screenshot_mode: bool = False) -> None:
        super().__init__()
        self.services = services
        self.translations = translations
        # Screenshots for the README and reviewers must never show secrets such as a family code word.
        self.screenshot_mode = screenshot_mode
        # The NGO profile of a branded build ("who gave you this app"), or None.
        self.profile: Profile | None = None

    @property
    def language(self) -> str:
        return self.translations.language

    def set_language(self, language: str) -> None:
        self.services.family.update(language=language)
        self.translations.install(language)
        self.language_changed.emit(self.translations.language)
