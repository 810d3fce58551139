"""Start the window: the application object, translators, the single-instance lock, the main window."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QLockFile, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from notalone_desktop import APP_NAME, __version__
from notalone_desktop.core.errors import AlreadyRunning, NotAloneError
from notalone_desktop.paths import ensure_private_dir

if TYPE_CHECKING:
    from notalone_desktop.core.profile import Profile
    from notalone_desktop.services import Services
    from notalone_desktop.services.content import ContentCatalog
    from notalone_desktop.ui.context import AppContext
    from notalone_desktop.ui.i18n import Translations

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


def run_gui(data_dir: Path, language: str | None, quit_when_ready: str | None = None) -> int:
    """Paint Home with the family's data first, then open the services: SQLAlchemy is imported after that frame.

    Home is read with plain sqlite3 (services.overview) when the database is of the current schema and set up;
    otherwise (first run, an upgrade, a damaged file, a branded build's first start) an empty window paints
    first and the careful path opens the data. `quit_when_ready` is for the benchmark: "home" quits once Home
    has painted the family's data, "full" once every service is open as well.
    """
    from notalone_desktop.logs import setup_logging
    from notalone_desktop.paths import database_path
    from notalone_desktop.services.content import ContentCatalog
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
    catalog = ContentCatalog.shipped()
    window = MainWindow()
    window.restore_saved_geometry(seen.geometry)
    preview = _preview_context(data_dir, catalog, translations, language, seen.language)
    state: dict[str, object] = {"code": 0, "context": preview}
    wizard_wanted = os.environ.get("NOTALONE_NO_WIZARD") != "1"
    if preview is not None:
        window.attach(preview)  # Home, from the overview
    else:
        window.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Opening your family's data…"))

    def open_data() -> None:
        if "opening" in state:
            return
        state["opening"] = True
        try:
            services = open_or_recover(data_dir, window, catalog, checked=preview is not None)
        except NotAloneError as exc:
            log.error("cannot open the database: %s", type(exc).__name__)
            window.hide()
            show_error(str(exc))
            state["code"] = 1
            app.quit()
            return
        if services is None:  # the recovery screen's "Quit": nothing was changed
            state["code"] = 1
            app.quit()
            return
        state["services"] = services
        context = attach_services(window, services, translations, language, preview)
        state["context"] = context
        start_backups(context)
        if quit_when_ready == "home":
            _when_painted(window.view("home"), app.quit, state)
        elif not quit_when_ready and wizard_wanted and not services.family.info().setup_done:
            QTimer.singleShot(0, lambda: _first_run(window))

        def sync_lessons() -> None:
            # After Home has painted; the sync skips itself when nothing changed.
            _sync_lessons(context)
            if quit_when_ready == "full":
                app.quit()

        QTimer.singleShot(50, sync_lessons)
        if not quit_when_ready:
            from notalone_desktop.ui.reminders import start_reminders

            state["reminders"] = start_reminders(window)  # None where the system has no tray

    if preview is not None and quit_when_ready == "home":
        _when_painted(window.view("home"), app.quit, state)  # the family's data is on screen: done
    else:
        # The services open once the first frame is on screen (Home with the family's data, or the empty window),
        # their modules imported in a thread meanwhile so that the window stays responsive; at the latest after
        # two seconds (a window that starts minimized is not painted at all).
        def when_painted() -> None:
            _import_in_background(open_data, state)

        _when_painted(window.view("home") if preview is not None else window.navigation, when_painted, state)
        QTimer.singleShot(2000, open_data)
    window.show()
    try:
        code = app.exec()
    finally:
        opened_context = state.get("context")
        backup_at_exit(opened_context)  # type: ignore[arg-type]
        opened = state.get("services")
        if opened is not None:
            opened.close()  # type: ignore[attr-defined]
        lock.unlock()
        remove_if_erased(opened_context, data_dir)  # type: ignore[arg-type]
    failed = state["code"]
    return failed if isinstance(failed, int) and failed else code


def _when_painted(widget: QWidget, callback: Callable[[], None], state: dict[str, object]) -> None:
    watcher = _FirstPaint(callback)
    widget.installEventFilter(watcher)
    state.setdefault("watchers", []).append(watcher)  # type: ignore[attr-defined]  # kept alive until exit


class _Relay(QObject):
    done = Signal()


def _import_in_background(then: Callable[[], None], state: dict[str, object]) -> None:
    """Import what the services need (SQLAlchemy above all: about half a second) in a thread, then call `then`
    on the GUI thread. Nothing is opened here; a module that fails to import fails again, with its message,
    when `then` imports it."""
    import threading

    relay = _Relay()
    relay.done.connect(then)  # a queued call: the signal is sent from the import thread
    state["relay"] = relay

    def work() -> None:
        try:
            import notalone_desktop.services.backups
            import notalone_desktop.services.checklist
            import notalone_desktop.services.contacts
            import notalone_desktop.services.family_data
            import notalone_desktop.services.incidents
            import notalone_desktop.services.lessons
            import notalone_desktop.services.life_events
            import notalone_desktop.services.plan
            import notalone_desktop.services.scenarios
            import notalone_desktop.services.security
            import notalone_desktop.services.settings  # noqa: F401
        except Exception:  # reported by `then`, on the GUI thread, where the user can see it
            log.debug("background import failed", exc_info=True)
        relay.done.emit()

    threading.Thread(target=work, name="import-services", daemon=True).start()


def _preview_context(
    data_dir: Path, catalog: ContentCatalog, translations: Translations, language: str | None, stored: str | None
) -> AppContext | None:
    """A context that paints Home from the overview (plain sqlite3), or None where the careful path must run
    first: no family yet, a schema to upgrade, a damaged file, a language to store (--lang other than the
    family's, `stored`), or a branded build whose profile this family has not had yet."""
    from notalone_desktop.paths import database_path
    from notalone_desktop.services.overview import PIN_STORE_SETTING, PROFILE_APPLIED_SETTING, OverviewService
    from notalone_desktop.ui.context import AppContext

    overview = OverviewService(database_path(data_dir), catalog)
    state = overview.start_state()
    if state is None or not state.setup_done:
        return None
    if language is not None and language != stored:
        return None  # --lang with another language than the family's: the services store it first
    if catalog.has_profile() and PROFILE_APPLIED_SETTING not in state.settings:
        return None
    return AppContext(None, translations, overview=overview, pin_set=PIN_STORE_SETTING in state.settings)


def attach_services(window, services, translations, language: str | None, preview=None):  # type: ignore[no-untyped-def]
    """Connect an open window to the family's services: purge, language, context, Home. `preview` is the
    context that painted Home before the services were open, if there was one: it becomes the full context."""
    from notalone_desktop.ui.context import AppContext

    services.family.purge_removed()
    profile = _apply_profile(services)
    info = services.family.info()
    if (info.setup_done or profile) and not language and info.language != translations.language:
        translations.install(info.language)
    if language and info.language != translations.language:
        services.family.update(language=translations.language)
    if preview is not None:
        preview.profile = profile
        preview.attach_services(services)
        context = preview
    else:
        context = AppContext(services, translations)
        context.profile = profile
        window.attach(context)
    install_idle_lock(context)
    return context


def _apply_profile(services: Services) -> Profile | None:
    """A branded build's NGO profile: applied at the family's first run only, shown on Home and About."""
    from notalone_desktop.services.profile import apply_profile_once

    profile = services.content.profile
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
    install_idle_lock(context)
    if first_run and not info.setup_done and os.environ.get("NOTALONE_NO_WIZARD") != "1":
        QTimer.singleShot(0, lambda: _first_run(window))
    return window


def _first_run(window) -> None:  # type: ignore[no-untyped-def]
    from notalone_desktop.ui.dialogs.first_run import FirstRunWizard

    FirstRunWizard(window.context, window).exec()


# Recovery: a damaged database at start -----------------------------------------------------------------------


def recovery_screen_allowed() -> bool:
    """The recovery screen needs a person: never in headless runs, unless NOTALONE_RECOVERY=ask says so."""
    if QApplication.instance() is None:
        return False
    return not is_headless() or os.environ.get("NOTALONE_RECOVERY") == "ask"


def open_or_recover(
    data_dir: Path, window: QWidget | None, content: ContentCatalog | None = None, checked: bool = False
) -> Services | None:
    """Open the family's services; a damaged file first gets the recovery screen (None: the user quit).

    The full integrity check costs a few milliseconds and runs after the window has painted, unless `checked`
    says it passed already (Home was painted from this file, which the window's lock keeps to itself).
    Headless, a damaged file is one error line, as before.
    """
    from notalone_desktop.core.errors import DatabaseProblem
    from notalone_desktop.services import open_services
    from notalone_desktop.services.backups import damaged_database, recover_database

    found = None if checked else damaged_database(data_dir)
    if found is not None:
        report, backup = found
        problem = " ".join(report.problems[0].split())  # SQLite's report may span lines; the error is one
        if not recovery_screen_allowed():
            raise DatabaseProblem(str(report.path), problem, report.advice)
        from notalone_desktop.ui.dialogs.recovery import EMPTY, RESTORE, RecoveryDialog

        dialog = RecoveryDialog(str(report.path), problem, backup, window)
        dialog.exec()
        if dialog.choice not in (RESTORE, EMPTY):
            return None
        try:
            recover_database(data_dir, backup if dialog.choice == RESTORE else None)
        except OSError as exc:
            raise DatabaseProblem(str(report.path), "the damaged file could not be moved aside", str(exc)) from exc
    return open_services(data_dir, content)


# The parent lock: back to child mode after the idle time -----------------------------------------------------

_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)


class IdleLock(QObject):
    """Locks the app after the parent's idle time. The application-wide event filter that restarts the timer
    on input is installed only while a PIN is set and the app is unlocked: otherwise it costs nothing."""

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.context = context
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._idle)
        self._filtering = False
        self.set_minutes(context.security.idle_minutes())
        context.lock_changed.connect(self.follow)
        self.follow(context.locked)

    def set_minutes(self, minutes: int) -> None:
        self.set_interval(minutes * 60_000)

    def set_interval(self, milliseconds: int) -> None:
        self.timer.setInterval(milliseconds)
        if self.timer.isActive():
            self.timer.start()

    def follow(self, locked: bool) -> None:
        app = QCoreApplication.instance()
        active = not locked and self.context.pin_set
        if active and not self._filtering and app is not None:
            app.installEventFilter(self)
            self._filtering = True
        elif not active and self._filtering and app is not None:
            app.removeEventFilter(self)
            self._filtering = False
        if active:
            self.timer.start()
        else:
            self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS:
            self.timer.start()
        return False

    def _idle(self) -> None:
        log.info("locked after the idle time")
        self.context.lock()


def install_idle_lock(context: AppContext) -> IdleLock:
    idle = IdleLock(context)
    context.idle_lock = idle
    return idle


# Backups: after changes at most every 30 minutes, and at exit --------------------------------------------------

BACKUP_CHECK_MS = 5 * 60_000


def start_backups(context: AppContext) -> QTimer:
    """Every 5 minutes, back up in a worker thread if something changed and the last backup is 30 minutes old."""
    from PySide6.QtCore import QThreadPool

    def check() -> None:
        if not context.erased:
            QThreadPool.globalInstance().start(lambda: _backup_quietly(context, at_exit=False))

    timer = QTimer(context)
    timer.setInterval(BACKUP_CHECK_MS)
    timer.timeout.connect(check)
    timer.start()
    QTimer.singleShot(2000, check)  # soon after start too: a family that never leaves the app open for long
    context.backup_timer = timer
    return timer


def backup_at_exit(context: AppContext | None) -> None:
    if context is None or not context.ready or context.erased:
        return
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone(10_000)
    _backup_quietly(context, at_exit=True)


def _backup_quietly(context: AppContext, at_exit: bool) -> None:
    try:
        context.backups.backup_if_due(at_exit=at_exit)
    except Exception as exc:  # a backup that fails must never stop the app; the log says why
        log.warning("automatic backup failed: %s", type(exc).__name__)


def remove_if_erased(context: AppContext | None, data_dir: Path) -> None:
    """After "Erase all data" the window's lock file was the last thing in the data dir."""
    if context is not None and context.erased and data_dir.is_dir() and not any(data_dir.iterdir()):
        data_dir.rmdir()
