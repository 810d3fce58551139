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
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "notalone.svg")))  # _NET_WM_ICON, the task bar
    return app


def is_headless() -> bool:
    return QApplication.platformName() in ("offscreen", "minimal")


def show_error(message: str) -> None:
    print(f"notalone: error: {message}", file=sys.stderr)
    if not is_headless():
        QMessageBox.critical(None, APP_NAME, message)


def recovery_screen_allowed() -> bool:
    """The recovery screen needs a person: never in headless runs, unless NOTALONE_RECOVERY=ask says so."""
    if QApplication.instance() is None:
        return False
    return not is_headless() or os.environ.get("NOTALONE_RECOVERY") == "ask"
