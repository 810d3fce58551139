"""The main window: a navigation list, the views (built on first visit), "Get help now" always in reach.

"Get help now" is a window of its own (ui/dialogs/get_help.py), opened by F1 or Ctrl+Shift+H from any window
(ui/help_keys.py) from the first frame on; the window sizes itself to the screen it opens on (ui/screen_fit.py)."""

from __future__ import annotations

import base64
import importlib
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QDataStream, QEvent, QIODevice, QRect, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent, QKeySequence, QResizeEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QWidget,
)
from shiboken6 import isValid

from notalone_desktop.ui import screen_fit
from notalone_desktop.ui.context import AppContext
from notalone_desktop.ui.focus import install_focus_ring
from notalone_desktop.ui.help_keys import HELP_KEYS, install_help_keys
from notalone_desktop.ui.theme.icons import icon
from notalone_desktop.ui.theme.roles import set_role
from notalone_desktop.ui.views.base import View

if TYPE_CHECKING:
    from notalone_desktop.services.help_panel import HelpService
    from notalone_desktop.ui.dialogs.get_help import GetHelpDialog
    from notalone_desktop.ui.i18n import Translations

log = logging.getLogger(__name__)
GEOMETRY_SETTING = "window.geometry"
# (name, module, class): the views in navigation order. Modules are imported on first visit only.
VIEWS: tuple[tuple[str, str, str], ...] = (
    ("home", "notalone_desktop.ui.views.home", "HomeView"),
    ("checklist", "notalone_desktop.ui.views.checklist", "ChecklistView"),
    ("plan", "notalone_desktop.ui.views.plan", "PlanView"),
    ("contacts", "notalone_desktop.ui.views.contacts", "ContactsView"),
    ("lessons", "notalone_desktop.ui.views.lessons", "LessonsView"),
    ("scenarios", "notalone_desktop.ui.views.scenarios", "ScenariosView"),
    ("settings", "notalone_desktop.ui.views.settings", "SettingsView"),
)
HELP_SHORTCUTS = HELP_KEYS
NAVIGATION_WIDTH = (160, 240)  # the section list's width: a quarter of a narrow window, at most 240 pixels
ICONS_ONLY_BELOW = 760  # a window narrower than this (1366x768 at 200%, 1024x600 at 150%) lists the sections by icon
PREFERRED_SIZE = QSize(1180, 820)  # the first size where the screen has room (logical pixels)
MINIMUM_SIZE = QSize(640, 440)  # never more than the screen has: see screen_fit.minimum_size
GEOMETRY_MAGIC = 0x1D9D0CB  # QWidget.saveGeometry()'s format


def view_title(name: str) -> str:
    titles = {
        "home": QApplication.translate("MainWindow", "Home"),
        "checklist": QApplication.translate("MainWindow", "Checklist"),
        "plan": QApplication.translate("MainWindow", "Safety plan"),
        "contacts": QApplication.translate("MainWindow", "Contacts"),
        "lessons": QApplication.translate("MainWindow", "Lessons"),
        "scenarios": QApplication.translate("MainWindow", "Scenarios"),
        "settings": QApplication.translate("MainWindow", "Settings"),
    }
    return titles[name]


class MainWindow(QMainWindow):
    view_shown = Signal(str)

    def __init__(self, context: AppContext | None = None) -> None:
        """Without a context the window is a shell that paints at once; `attach` brings the family's data."""
        super().__init__()
        self.context: AppContext = context  # type: ignore[assignment]  # set by attach() before any use
        self.setObjectName("MainWindow")
        screen_fit.install()  # every dialog fits its screen and blocks only this window
        self.setMinimumSize(screen_fit.minimum_size(self, MINIMUM_SIZE))
        self.views: dict[str, View] = {}
        self.pages: dict[str, QWidget] = {}  # each view inside a scroll area of its own (screen_fit.view_page)
        # "Get help now": its reader and language, given at start before the family's services are open.
        self.help_source: HelpService | None = None
        self.help_factory: Callable[[], HelpService] | None = None
        self.help_translations: Translations | None = None
        self.help_window: GetHelpDialog | None = None

        self.icons_only = False  # a narrow window: see resizeEvent
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setMaximumWidth(NAVIGATION_WIDTH[1])
        self.navigation.setIconSize(QSize(20, 20))
        # Roomy rows in slightly larger type: the sections are what a parent reads first. Sizes follow the system
        # font, so 150% scaling scales them too; colours and padding come from the theme (light or dark).
        font = self.navigation.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.navigation.setFont(font)
        for name, _module, _cls in VIEWS:
            item = QListWidgetItem(icon(name), "")
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.navigation.addItem(item)
        self.stack = QStackedWidget()
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.toolbar = QToolBar()
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        self.help_action = QAction(self)
        self.help_action.setObjectName("getHelpNow")
        self.help_action.setShortcuts(list(HELP_SHORTCUTS))
        self.help_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.help_action.triggered.connect(lambda: self.show_help(""))
        self.help_keys = install_help_keys(self.show_help, self)
        self.toolbar.addAction(self.help_action)
        help_button = self.toolbar.widgetForAction(self.help_action)
        help_button.setObjectName("getHelpNowButton")
        self.help_action.setIcon(icon("help", "on_emergency"))
        set_role(help_button, "emergency")
        # The parent lock, beside "Get help now" (which never locks). Shown only once a PIN is set.
        self.lock_action = QAction(self)
        self.lock_action.setObjectName("lockAction")
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.toggle_lock)
        self.lock_action.setVisible(False)
        self.toolbar.addAction(self.lock_action)
        self.toolbar.widgetForAction(self.lock_action).setObjectName("lockButton")
        self.statusBar().setObjectName("statusBar")

        self.navigation.currentRowChanged.connect(self._show_row)
        self._add_keyboard_navigation()
        self._geometry_restored = False
        self.retranslate()
        self.navigation.setEnabled(False)
        if context is not None:
            self.attach(context)

    def attach(self, context: AppContext) -> None:
        """Connect the window to the family's data and show Home. A context that is not ready yet (Home from the
        overview only, at start) keeps the other sections and "Get help now" disabled until its services open."""
        self.context = context
        context.navigate.connect(self.show_view)
        context.help_requested.connect(self.show_help)
        context.family_changed.connect(self._refresh_help)
        context.lock_changed.connect(self.show_lock_state)
        context.services_ready.connect(self._services_ready)
        self.show_lock_state()
        self.navigation.setCurrentRow(0)
        if context.ready:
            self._services_ready()

    def _services_ready(self) -> None:
        if not self._geometry_restored:
            saved = self.context.services.settings.get(GEOMETRY_SETTING)
            self.restore_saved_geometry(saved if isinstance(saved, str) else None)
        self.navigation.setEnabled(True)
        if self.help_window is not None:
            self.help_window.set_plan_reachable(True)
        self.statusBar().clearMessage()
        self.show_lock_state()
        self.navigation.setFocus()

    # Views ---------------------------------------------------------------------------------------------------

    def view(self, name: str) -> View:
        """The view called `name`, built now if this is its first visit."""
        if name not in self.views:
            module_name, class_name = next((m, c) for n, m, c in VIEWS if n == name)
            cls = getattr(importlib.import_module(module_name), class_name)
            view = cls(self.context)
            view.setObjectName(f"view_{name}")
            self.views[name] = view
            self.pages[name] = screen_fit.view_page(view)
            self.stack.addWidget(self.pages[name])
        return self.views[name]

    def show_view(self, name: str, key: str = "") -> None:
        if not self.context.ready:
            return  # a click on Home in the moment before the services are open: they open right after
        row = next(n for n, (view_name, _m, _c) in enumerate(VIEWS) if view_name == name)
        if self.navigation.currentRow() != row:
            self.navigation.setCurrentRow(row)
        else:
            self._show_row(row)
        if key:
            self.views[name].focus_key(key)

    def current_view_name(self) -> str:
        return VIEWS[self.navigation.currentRow()][0]

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        name = VIEWS[row][0]
        self.view(name)
        self.stack.setCurrentWidget(self.pages[name])
        self.setWindowTitle(view_title(name))  # the system adds " — Not Alone" (the display name, translated)
        self.view_shown.emit(name)

    def current_view(self) -> View:
        return self.views[self.current_view_name()]

    # "Get help now" ------------------------------------------------------------------------------------------

    def enable_help(self, make_source: Callable[[], HelpService], translations: Translations) -> None:
        """Make "Get help now" work now, before the family's services are open (the start calls this first).
        `make_source` makes its reader when the panel first opens: Home paints without importing it."""
        self.help_factory = make_source
        self.help_translations = translations

    def show_help(self, situation: str = "") -> GetHelpDialog | None:
        """Open (or raise) the panel, above every window of the app: it has no parent, so no dialog blocks it."""
        from notalone_desktop.ui.dialogs.get_help import GetHelpDialog
        from notalone_desktop.ui.dialogs.get_help_parts import help_service_for

        context = getattr(self, "context", None)
        ready = context is not None and context.ready
        if self.help_source is None and context is not None and ready:
            self.help_source = help_service_for(context.services)
        elif self.help_source is None and self.help_factory is not None:
            self.help_source = self.help_factory()
        translations = self.help_translations or (context.translations if context is not None else None)
        if self.help_source is None or translations is None:
            return None
        panel = self.help_window
        if panel is None:
            panel = GetHelpDialog(self.help_source, translations, situation)
            panel.plan_requested.connect(self._show_plan_from_help)
            self.help_window = panel
        else:
            panel.refresh()
            if situation:
                panel.select_situation(situation)
        panel.set_plan_reachable(ready)
        # A dialog that blocks the whole application (one without a parent) would block the panel too: the panel
        # then goes above it, modal itself, until it is closed.
        blocking = QApplication.activeModalWidget()
        handle = blocking.windowHandle() if blocking is not None and blocking is not panel else None
        wanted = (
            Qt.WindowModality.ApplicationModal
            if handle is not None and handle.modality() == Qt.WindowModality.ApplicationModal
            else Qt.WindowModality.NonModal
        )
        if panel.windowModality() != wanted:
            panel.hide()
            panel.setWindowModality(wanted)
        panel.show()
        panel.raise_()
        panel.activateWindow()
        return panel

    def _show_plan_from_help(self) -> None:
        self.show_view("plan")
        self.raise_()
        self.activateWindow()

    def _refresh_help(self) -> None:
        if self.help_window is not None and self.help_window.isVisible():
            self.help_window.refresh()

    # Keyboard ------------------------------------------------------------------------------------------------

    def _add_keyboard_navigation(self) -> None:
        """Ctrl+1 … Ctrl+7 open the sections in the navigation's order; F6 and Shift+F6 move the focus between
        the section list and the section; a visible ring shows where the focus is (ui/focus.py)."""
        install_focus_ring()
        self.section_shortcuts: list[QShortcut] = []
        for row in range(len(VIEWS)):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{row + 1}"), self)
            shortcut.activated.connect(lambda r=row: self.go_to_section(r))
            self.section_shortcuts.append(shortcut)
        for keys, step in (("F6", 1), ("Shift+F6", -1)):
            QShortcut(QKeySequence(keys), self).activated.connect(lambda s=step: self.next_pane(s))
        self._last_focus: dict[str, QWidget] = {}
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._remember_focus)

    def go_to_section(self, row: int) -> None:
        if not self.navigation.isEnabled():
            return  # the sections open once the family's data is there (a moment after start)
        self.show_view(VIEWS[row][0])
        self.focus_view()

    def next_pane(self, _step: int) -> None:
        """F6 / Shift+F6: from the section list to the section and back (two panes: both keys toggle)."""
        focus = QApplication.focusWidget()
        in_view = focus is not None and self.stack.isAncestorOf(focus)
        if in_view or not self.navigation.isEnabled():
            self.navigation.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.focus_view()

    def focus_view(self) -> None:
        """Focus the current section where the focus was last in it, else its first control."""
        view = self.stack.currentWidget()
        if view is None:
            return
        remembered = self._last_focus.get(view.objectName())
        if remembered is not None and isValid(remembered) and remembered.isVisible() and remembered.isEnabled():
            remembered.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        widget = view.nextInFocusChain()
        while widget is not None and widget is not view:
            if (
                view.isAncestorOf(widget)
                and widget.isVisible()
                and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            ):
                widget.setFocus(Qt.FocusReason.TabFocusReason)
                return
            widget = widget.nextInFocusChain()

    def _remember_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        view = self.stack.currentWidget()
        if new is not None and view is not None and view.isAncestorOf(new):
            self._last_focus[view.objectName()] = new

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter presses the focused button, as Space does: in a window that is not a dialog Qt leaves that to
        Space alone, and a push button that is not a dialog's passes Enter on to here."""
        focus = QApplication.focusWidget()
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and isinstance(focus, QPushButton | QToolButton)
            and focus.window() is self
            and focus.isEnabled()
        ):
            focus.animateClick()
            event.accept()
            return
        super().keyPressEvent(event)

    # The parent lock -----------------------------------------------------------------------------------------

    def toggle_lock(self) -> None:
        if self.context.locked:
            self.context.require_parent(self)
        else:
            self.context.lock()

    def show_lock_state(self, _locked: bool | None = None) -> None:
        context = getattr(self, "context", None)
        has_pin = context is not None and context.pin_set
        self.lock_action.setVisible(has_pin)
        locked = bool(context is not None and context.locked)
        if locked:
            self.lock_action.setText(self.tr("Unlock"))
            self.lock_action.setToolTip(self.tr("Child mode: enter the parent PIN to change things (Ctrl+L)"))
        else:
            self.lock_action.setText(self.tr("Lock"))
            self.lock_action.setToolTip(self.tr("Back to child mode: changes need the parent PIN (Ctrl+L)"))
        shown = "lock" if locked else "unlock"  # the state it is in: a closed lock while locked
        if has_pin and self.lock_action.icon().name() != f"notalone:{shown}:text":
            self.lock_action.setIcon(icon(shown))
        button = self.toolbar.widgetForAction(self.lock_action)
        if button is not None:
            button.setAccessibleName(self.lock_action.text())
            button.setAccessibleDescription(self.lock_action.toolTip())
        if context is not None and has_pin:
            message = self.tr("Child mode") if locked else self.tr("Parent mode")
            self.statusBar().showMessage(message, 4000)

    # Language and geometry -----------------------------------------------------------------------------------

    def _name_sections(self) -> None:
        for row, (name, _m, _c) in enumerate(VIEWS):
            item = self.navigation.item(row)
            item.setText("" if self.icons_only else view_title(name))
            item.setToolTip(view_title(name))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, view_title(name))  # also read when only the icon shows

    def retranslate(self) -> None:
        self._name_sections()
        self.navigation.setAccessibleName(self.tr("Sections"))
        self.help_action.setText(self.tr("Get help now"))
        self.help_action.setToolTip(self.tr("Emergency numbers and first steps (F1)"))
        self.toolbar.setWindowTitle(self.tr("Main toolbar"))
        button = self.toolbar.widgetForAction(self.help_action)
        if button is not None:
            button.setAccessibleName(self.tr("Get help now"))
        self.show_lock_state()
        # One pattern for every window title, "Section — Not Alone" in the UI language: Qt appends the
        # application's display name to each title (and leaves a title that already ends with it alone).
        QApplication.setApplicationDisplayName(self.tr("Not Alone"))
        if self.navigation.currentRow() >= 0:
            self.setWindowTitle(view_title(self.current_view_name()))
        else:
            self.setWindowTitle(self.tr("Not Alone"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def restore_saved_geometry(self, saved: str | None) -> None:
        """The saved size and place where they still fit the screen, else a size derived from the screen."""
        restored = False
        try:
            data = QByteArray(base64.b64decode(saved)) if saved else None
        except ValueError:
            data = None
        if data is not None and _saved_frame_fits(data, self.screen().availableGeometry()):
            restored = self.restoreGeometry(data)
        if not restored:
            area = screen_fit.available(self)
            size = screen_fit.initial_size(self, PREFERRED_SIZE)
            self.resize(size)
            self.move(
                area.left() + (area.width() - size.width()) // 2, area.top() + (area.height() - size.height()) // 2
            )
        self._geometry_restored = True

    def showEvent(self, event: QShowEvent) -> None:
        self._fit_minimum()
        handle = self.windowHandle()
        if handle is not None and not self.property("screen_watched"):
            handle.screenChanged.connect(self._fit_minimum)
            self.setProperty("screen_watched", True)
        super().showEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        # On a narrow window (683 pixels wide at 200%) the section list shows its icons only, and the view gets
        # the width it needs without scrolling sideways; the names stay as tooltips and for screen readers.
        icons_only = event.size().width() < ICONS_ONLY_BELOW
        if icons_only != self.icons_only:
            self.icons_only = icons_only
            self._name_sections()
        if icons_only:
            self.navigation.setMaximumWidth(self.navigation.sizeHintForColumn(0) + 2 * self.navigation.frameWidth())
        else:
            narrow, wide = NAVIGATION_WIDTH
            self.navigation.setMaximumWidth(max(narrow, min(wide, event.size().width() // 4)))
        super().resizeEvent(event)

    def _fit_minimum(self, _screen: object = None) -> None:
        self.setMinimumSize(screen_fit.minimum_size(self, MINIMUM_SIZE))

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.help_window is not None:
            self.help_window.close()
        # Closed before the data was open, or after "Erase all data": nothing to save, nothing may be written.
        if getattr(self, "context", None) is None or not self.context.ready or self.context.erased:
            super().closeEvent(event)
            return
        geometry = base64.b64encode(bytes(self.saveGeometry().data())).decode()
        try:
            self.context.services.settings.set(GEOMETRY_SETTING, geometry)
        except Exception:  # the window must close even when the disk is full
            log.exception("could not save the window geometry")
        super().closeEvent(event)


def _saved_frame_fits(data: QByteArray, area: QRect) -> bool:
    """Whether the window frame saved in `data` (QWidget.saveGeometry) fits in `area`; maximized always fits."""
    stream = QDataStream(data, QIODevice.OpenModeFlag.ReadOnly)
    stream.setVersion(QDataStream.Version.Qt_4_0)
    if stream.readUInt32() != GEOMETRY_MAGIC:
        return False
    stream.readUInt16()
    stream.readUInt16()
    left, top, right, bottom = (stream.readInt32() for _ in range(4))
    for _ in range(4):  # the normal geometry
        stream.readInt32()
    stream.readInt32()  # the screen's number
    maximized = stream.readUInt8()
    if stream.status() != QDataStream.Status.Ok:
        return False
    width, height = right - left + 1, bottom - top + 1
    return bool(maximized) or (width <= area.width() and height <= area.height())
