"""The application object: one QApplication with the app's names, and how to tell the user about a problem before
(or without) a window. Shared by the window's start, printing and the tests."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from notalone_desktop import APP_NAME, __version__
from notalone_desktop.paths import resources_dir


def application(first_frame: bool = False) -> QApplication:
    """The app's QApplication, made once. `first_frame`: the window's interactive start, which loads the theme's
    own style after the first frame (ui.theme.scheme.finish)."""
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
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "notalone.svg")))  # _NET_WM_ICON, the task bar
    from notalone_desktop.ui.theme.scheme import install

    install(app, later_style=first_frame)  # palette, style sheet, light/dark switching: before the first widget
    return app


def is_headless() -> bool:
    return QApplication.platformName() in ("offscreen", "minimal")


def show_error(message: str) -> None:
    print(f"notalone: error: {message}", file=sys.stderr)
    if not is_headless():
        from notalone_desktop.ui.widgets.common import message as plain_message  # it may name a folder

        plain_message(None, APP_NAME, message, QMessageBox.Icon.Critical).exec()


def recovery_screen_allowed() -> bool:
    """The recovery screen needs a person: never in headless runs, unless NOTALONE_RECOVERY=ask says so."""
    if QApplication.instance() is None:
        return False
    return not is_headless() or os.environ.get("NOTALONE_RECOVERY") == "ask"
