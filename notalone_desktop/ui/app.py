"""Start the window: the single-instance lock, translators, Home painted first, then the family's services (or the
recovery screen for a damaged file), the first-run wizard and the lesson sync. The application object is in
application.py, the idle lock in idle_lock.py, the automatic backups in backup_timer.py."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QLockFile, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from notalone_desktop.core.errors import AlreadyRunning, NotAloneError
from notalone_desktop.paths import ensure_private_dir
from notalone_desktop.ui.application import application as application  # the tests and benchmarks take it here
from notalone_desktop.ui.application import recovery_screen_allowed, show_error
from notalone_desktop.ui.backup_timer import backup_at_exit, remove_if_erased, start_backups
from notalone_desktop.ui.idle_lock import install_idle_lock
from notalone_desktop.ui.parent_lock import ask_for_pin

if TYPE_CHECKING:
    from notalone_desktop.core.profile import Profile
    from notalone_desktop.services import Services
    from notalone_desktop.services.content import ContentCatalog
    from notalone_desktop.services.help_panel import HelpService
    from notalone_desktop.ui.context import AppContext
    from notalone_desktop.ui.i18n import Translations

log = logging.getLogger(__name__)
LOCK_NAME = "notalone.lock"


def acquire_lock(data_dir: Path) -> QLockFile:
    """One window per data dir. A lock left by a crashed process is taken over at once (its PID is gone)."""
    ensure_private_dir(data_dir)
    lock = QLockFile(str(data_dir / LOCK_NAME))
    lock.setStaleLockTime(0)  # judge staleness by the owner's PID only, never by age
    if not lock.tryLock(200):
        raise AlreadyRunning(
            "Not Alone is already open for this data folder. Switch to the open window, or close it first."
        )
    try:  # QLockFile makes it 0666 less the umask; every file in the data dir is the user's only (0600)
        os.chmod(data_dir / LOCK_NAME, 0o600)
    except OSError:
        log.info("the lock file's mode could not be set")
    return lock


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
    """Paint Home with the family's data first, then open the services: they read and write with plain sqlite3, so
    every section is usable right after that frame.

    Home is read with plain sqlite3 (services.overview) when the database is of the current schema and set up;
    otherwise (first run, an upgrade, a damaged file, a branded build's first start) an empty window paints
    first and the careful path opens the data. `quit_when_ready` is for the benchmark: "home" quits once Home
    has painted the family's data, "full" once every section and Get help are usable, "all" once the lessons are
    synced and every section and Get help were opened once, "help" once "Get help now", opened as soon as the
    first frame is on screen (as F1 would), has painted.
    """
    from notalone_desktop.logs import setup_logging
    from notalone_desktop.paths import database_path
    from notalone_desktop.services.content import ContentCatalog
    from notalone_desktop.services.data_dir import glance
    from notalone_desktop.ui.i18n import Translations, system_language
    from notalone_desktop.ui.main_window import MainWindow

    app = application(first_frame=True)
    try:
        lock = acquire_lock(data_dir)
    except (AlreadyRunning, OSError) as exc:
        show_error(str(exc) if isinstance(exc, AlreadyRunning) else f"The data folder cannot be used: {exc}")
        return 1
    setup_logging(data_dir)
    seen = glance(database_path(data_dir))
    translations = Translations()
    translations.install(language or seen.language or system_language())
    catalog = ContentCatalog.default()  # the shipped content and the installed packs
    window = MainWindow()
    window.restore_saved_geometry(seen.geometry)
    # "Get help now" works from the first frame: it reads the content and the family's file without the services.
    window.enable_help(lambda: help_service(database_path(data_dir), catalog), translations)
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
        from notalone_desktop.ui.theme.scheme import finish

        finish(app)  # the theme's own style (after the first frame; a window that starts minimized paints none)
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
        elif quit_when_ready == "full":
            _when_painted(window.navigation, app.quit, state)  # every section and Get help enabled, on screen
        elif not quit_when_ready and wizard_wanted and not services.family.info().setup_done:
            QTimer.singleShot(0, lambda: _first_run(window))

        def after_opening() -> None:
            # The lessons' files are compared with the last sync (nothing is written when they did not change).
            _sync_lessons(context)
            if quit_when_ready == "all":
                _open_every_part(window)
                app.quit()

        QTimer.singleShot(50, after_opening)
        if not quit_when_ready:
            from notalone_desktop.ui.reminders import start_reminders

            state["reminders"] = start_reminders(window)  # None where the system has no tray

    if preview is not None and quit_when_ready == "home":
        _when_painted(window.view("home"), app.quit, state)  # the family's data is on screen: done
    elif preview is not None:
        # The services open once Home is on screen (cheap: no SQLAlchemy), and every section is usable from then on.
        # At the latest after two seconds: a window that starts minimized is not painted at all.
        _when_painted(window.view("home"), open_data, state)
        QTimer.singleShot(2000, open_data)
    else:
        # The careful path: a file to create or upgrade needs SQLAlchemy and Alembic, imported in a thread once the
        # empty window is on screen, so that it stays responsive.
        def when_painted() -> None:
            _import_in_background(data_dir, open_data, state)

        _when_painted(window.navigation, when_painted, state)
        QTimer.singleShot(2000, open_data)
    if quit_when_ready == "help":
        first_frame = window.view("home") if preview is not None else window.navigation
        _when_painted(first_frame, lambda: _when_painted(window.show_help(), app.quit, state), state)  # type: ignore[arg-type]
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


def help_service(database: Path, catalog: ContentCatalog) -> HelpService:
    """The reader of "Get help now" before the services are open; its module is imported at the first F1."""
    from notalone_desktop.services.help_panel import HelpService

    return HelpService(database, catalog)


def _open_every_part(window) -> None:  # type: ignore[no-untyped-def]
    """Show every section and Get help once (for the benchmark's memory with every part open)."""
    from PySide6.QtWidgets import QApplication

    from notalone_desktop.ui.main_window import VIEWS

    for name, _module, _cls in VIEWS:
        window.show_view(name)
        QApplication.processEvents()

    def close_help() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None:
            dialog.close()

    QTimer.singleShot(0, close_help)
    window.show_help("")


def _when_painted(widget: QWidget, callback: Callable[[], None], state: dict[str, object]) -> None:
    watcher = _FirstPaint(callback)
    widget.installEventFilter(watcher)
    state.setdefault("watchers", []).append(watcher)  # type: ignore[attr-defined]  # kept alive until exit


class _Relay(QObject):
    done = Signal()


def _import_in_background(data_dir: Path, then: Callable[[], None], state: dict[str, object]) -> None:
    """Import what opening `data_dir` needs (SQLAlchemy and Alembic for a file to create or upgrade: about half a
    second) in a thread, then call `then` on the GUI thread. Nothing is opened here; a module that fails to import
    fails again, with its message, when `then` imports it."""
    import threading

    from notalone_desktop.services import import_for_opening

    relay = _Relay()
    relay.done.connect(then)  # a queued call: the signal is sent from the import thread
    state["relay"] = relay

    def work() -> None:
        try:
            import_for_opening(data_dir)
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
    return AppContext(
        None,
        translations,
        overview=overview,
        pin_set=PIN_STORE_SETTING in state.settings,
        pin_prompt=ask_for_pin,
    )


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
        context = AppContext(services, translations, pin_prompt=ask_for_pin)
        context.profile = profile
        window.attach(context)
    install_idle_lock(context)
    return context


def _apply_profile(services: Services) -> Profile | None:
    """A branded build's NGO profile: applied at the family's first run only, shown on Home and About."""
    profile = services.content.profile
    if profile is not None:
        from notalone_desktop.services.profile import apply_profile_once  # only a branded build needs it

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
    context = AppContext(services, translations, screenshot_mode=screenshot_mode, pin_prompt=ask_for_pin)
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
