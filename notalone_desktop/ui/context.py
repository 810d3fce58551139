"""What every view is given: the services, the current language, the parent lock, and signals for changes."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from notalone_desktop.core.errors import NotAloneError
from notalone_desktop.ui.i18n import Translations

if TYPE_CHECKING:
    from notalone_desktop.core.profile import Profile
    from notalone_desktop.services import Services
    from notalone_desktop.services.backups import BackupService
    from notalone_desktop.services.overview import OverviewService
    from notalone_desktop.services.security import SecurityService

log = logging.getLogger(__name__)
PinPrompt = Callable[["AppContext", QWidget | None], bool]


class AppContext(QObject):
    services: Services  # set once ready (see __init__); no view but Home is built before
    security: SecurityService
    backups: BackupService

    # Something the family changed that other views show (children, progress, contacts, settings).
    family_changed = Signal()
    # The interface and content language changed; views reload their content text.
    language_changed = Signal(str)
    # A view asks the window to show another view: (view name, an optional key such as an item or a lesson).
    navigate = Signal(str, str)
    # "Get help now" was asked for, optionally for one situation.
    help_requested = Signal(str)
    # The parent lock closed (True: child mode) or opened (False); also sent when a PIN is set or removed.
    lock_changed = Signal(bool)

    # The services were opened after Home had painted from the overview: every view can be built now.
    services_ready = Signal()

    def __init__(
        self,
        services: Services | None,
        translations: Translations,
        screenshot_mode: bool = False,
        overview: OverviewService | None = None,
        pin_set: bool = False,
        pin_prompt: PinPrompt | None = None,
    ) -> None:
        """With `services` the context is ready at once. Without, only `overview` (Home's plain-sqlite3 reader)
        is there, and `pin_set` as read with it, until `attach_services`: that is how the start paints Home with
        the family's data before SQLAlchemy is imported. `pin_prompt` asks for the parent PIN in child mode
        (ui/parent_lock.ask_for_pin)."""
        super().__init__()
        self.translations = translations
        # Screenshots for the README and reviewers must never show secrets such as a family code word.
        self.screenshot_mode = screenshot_mode
        # The NGO profile of a branded build ("who gave you this app"), or None.
        self.profile: Profile | None = None
        # With a PIN the app opens in child mode: lessons, scenarios and "Get help now" only. `pin_set` is kept
        # here so that painting the lock state never needs the database (pin_changed() reads it again).
        self.pin_set = pin_set
        self.locked = pin_set
        self.pin_prompt = pin_prompt
        self.idle_lock: Any = None  # ui.idle_lock.IdleLock, once installed
        self.backup_timer: Any = None
        # Set by "Erase all data": nothing may write to the data dir any more (no backup at exit, no geometry).
        self.erased = False
        self.ready = False
        if services is not None:
            self.overview = services.overview
            self._open(services)
        elif overview is not None:
            self.overview = overview
        else:
            raise ValueError("AppContext needs the services or an overview")

    def attach_services(self, services: Services) -> None:
        self._open(services)
        self.services_ready.emit()

    def _open(self, services: Services) -> None:
        self.services = services
        self.security = services.security
        self.backups = services.backups
        self.pin_set = self.security.has_pin()
        self.locked = self.pin_set
        self.ready = True
        self._lessons_country = services.family.country_code()
        self.family_changed.connect(self._follow_country)

    def _follow_country(self) -> None:
        """A family that moved (Settings, the first-run wizard, an import) reads its new country's numbers in the
        lessons and their search too: those are synced into the database with the numbers in them."""
        country = self.services.family.country_code()
        if country == self._lessons_country:
            return
        self._lessons_country = country
        try:
            self.services.lessons.sync()
        except NotAloneError:
            log.exception("lesson sync after a change of country failed")

    @property
    def language(self) -> str:
        return self.translations.language

    def set_language(self, language: str) -> None:
        self.services.family.update(language=language)
        self.translations.install(language)
        self.language_changed.emit(self.translations.language)

    # The parent lock -----------------------------------------------------------------------------------------

    def require_parent(self, parent: QWidget | None = None) -> bool:
        """Call first in every slot that edits: True when editing may go on (no PIN, unlocked, or the PIN was
        just entered), False when the dialog was cancelled. Never raises: a failing keyring means "not now".
        Without a `pin_prompt` (a context built for a test) child mode stays locked."""
        if not self.locked:
            return True
        if self.pin_prompt is None:
            log.warning("no PIN prompt: the change is refused in child mode")
            return False
        accepted = self.pin_prompt(self, parent)
        if accepted:
            self.unlock()
        return accepted

    def lock(self) -> None:
        """Back to child mode (only when a PIN is set)."""
        if not self.locked and self.pin_set:
            self.locked = True
            log.info("locked")
            self.lock_changed.emit(True)

    def unlock(self) -> None:
        if self.locked:
            self.locked = False
            log.info("unlocked")
            self.lock_changed.emit(False)

    def quit_after_erase(self, message: QWidget) -> None:
        """After "Erase all data": show what was done, then end the app (tests replace this)."""
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QDialog

        if isinstance(message, QDialog):
            message.exec()
        QCoreApplication.quit()

    def pin_changed(self) -> None:
        """A PIN was set or removed (or the data replaced): unlocked, since the parent is the one who just did it."""
        self.pin_set = self.security.has_pin()
        self.locked = False
        self.lock_changed.emit(False)
