"""Start the window: the application object, translators, the single-instance lock, the main window."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QLockFile, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from notalone_desktop import APP_NAME, __version__
from notalone_desktop.core.errors import AlreadyRunning, NotAloneError
from notalone_desktop.paths import ensure_private_dir

if TYPE_CHECKING:
    from notalone_desktop.core.profile import Profile
    from notalone_desktop.services import Services

log = logging.getLogger(__name__)
LOCK_NAME = "notalone.lock"


def application() -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    QApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Not Alone")
    app.setDesktopFileName("notalone")
    return app


def is_headless() -> bool:
    return QApplication.platformName() in ("offscreen", "minimal")


def acquire_lock(data_dir: Path) -> QLockFile:
    """One window per data dir. A lock left by a crashed process is taken over at once (its PID is gone)."""
    ensure_private_dir(data_dir)
    lock = QLockFile(str(data_dir / LOCK_NAME))
    lock.setStaleLockTime(0)  # judge staleness by the owner's PID only, never by age
    if not lock.tryLock(200):
        raise AlreadyRunning(
            "Not Alone is already open for this data folder. Switch to the open window, or close it first."
        )
    return lock


def show_error(message: str) -> None:
    print(f"notalone: error: {message}", file=sys.stderr)
    if not is_headless():
        QMessageBox.critical(None, APP_NAME, message)


class _FirstPaint(QObject):
    """Calls back once the watched widget has painted (for --quit-when-ready and the benchmark)."""

    def __init__(self, callback) -> None:  # type: ignore[no-untyped-def]
        super().__init__()
        self._callback = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._callback)
        return False


def run_gui(data_dir: Path, language: str | None, quit_when_ready: bool = False) -> int:
    """Paint the window first, then open the family's data: SQLAlchemy is imported after the first frame."""
    from notalone_desktop.logs import setup_logging
    from notalone_desktop.paths import database_path
    from notalone_desktop.storage.peek import glance
    from notalone_desktop.ui.i18n import Translations, system_language
    from notalone_desktop.ui.main_window import MainWindow

    app = application()
    try:
        lock = acquire_lock(data_dir)
    except (AlreadyRunning, OSError) as exc:
        show_error(str(exc) if isinstance(exc, AlreadyRunning) else f"The data folder cannot be used: {exc}")
        return 1
    setup_logging(data_dir)
    seen = glance(database_path(data_dir))
    translations = Translations()
    translations.install(language or seen.language or system_language())
    window = MainWindow()
    window.restore_saved_geometry(seen.geometry)
    window.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Opening your family's data…"))
    state: dict[str, object] = {"code": 0}

    def open_data() -> None:
        try:
            from notalone_desktop.services import open_services

            services = open_services(data_dir)
        except NotAloneError as exc:
            log.error("cannot open the database: %s", type(exc).__name__)
            window.hide()
            show_error(str(exc))
            state["code"] = 1
            app.quit()
            return
        state["services"] = services
        context = attach_services(window, services, translations, language)
        if quit_when_ready:
            watcher = _FirstPaint(app.quit)
            window.view("home").installEventFilter(watcher)
            state["watcher"] = watcher
        else:
            if not services.family.info().setup_done and os.environ.get("NOTALONE_NO_WIZARD") != "1":
                QTimer.singleShot(0, lambda: _first_run(window))
        # Lessons are synced after Home has painted; the sync skips itself when nothing changed.
        QTimer.singleShot(50, lambda: _sync_lessons(context))

    window.show()
    QTimer.singleShot(0, open_data)
    try:
        code = app.exec()
    finally:
        opened = state.get("services")
        if opened is not None:
            opened.close()  # type: ignore[attr-defined]
        lock.unlock()
    failed = state["code"]
    return failed if isinstance(failed, int) and failed else code


def attach_services(window, services, translations, language: str | None):  # type: ignore[no-untyped-def]
    """Connect an open window to the family's services: purge, language, context, Home."""
    from notalone_desktop.ui.context import AppContext

    services.family.purge_removed()
    profile = _apply_profile(services)
    info = services.family.info()
    if (info.setup_done or profile) and not language and info.language != translations.language:
        translations.install(info.language)
    if language and info.language != translations.language:
        services.family.update(language=translations.language)
    context = AppContext(services, translations)
    context.profile = profile
    window.attach(context)
    return context


def _apply_profile(services: Services) -> Profile | None:
    """A branded build's NGO profile: applied at the family's first run only, shown on Home and About."""
    from notalone_desktop.services.profile import apply_profile_once, shipped_profile

    profile = shipped_profile(services, services.content.root)
    if profile is not None:
        try:
            apply_profile_once(services, profile)
        except NotAloneError:
            log.exception("the NGO profile could not be applied")
    return profile


def _sync_lessons(context) -> None:  # type: ignore[no-untyped-def]
    try:
        report = context.services.lessons.sync()
    except NotAloneError:
        log.exception("lesson sync failed")
        return
    if not getattr(report, "skipped", True):
        context.family_changed.emit()


def build_window(services, language: str | None, first_run: bool = True, screenshot_mode: bool = False):  # type: ignore[no-untyped-def]
    """A main window over open `services`, in `language` (else the family's, else the system's), all at once:
    for self-test, screenshots and tests. The interactive start is run_gui, which paints first."""
    from notalone_desktop.ui.context import AppContext
    from notalone_desktop.ui.i18n import Translations, system_language
    from notalone_desktop.ui.main_window import MainWindow

    services.family.purge_removed()
    profile = _apply_profile(services)
    info = services.family.info()
    translations = Translations()
    translations.install(language or (info.language if info.setup_done or profile else system_language()))
    if language and info.language != translations.language:
        services.family.update(language=translations.language)
    services.lessons.sync()
    context = AppContext(services, translations, screenshot_mode=screenshot_mode)
    context.profile = profile
    window = MainWindow(context)
    if first_run and not info.setup_done and os.environ.get("NOTALONE_NO_WIZARD") != "1":
        QTimer.singleShot(0, lambda: _first_run(window))
    return window


def _first_run(window) -> None:  # type: ignore[no-untyped-def]
    from notalone_desktop.ui.dialogs.first_run import FirstRunWizard

    FirstRunWizard(window.context, window).exec()
