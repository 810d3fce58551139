"""Automatic backups while the window is open: after changes at most every 30 minutes (checked every 5 minutes,
in a worker thread), and once more when the window closes."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer

if TYPE_CHECKING:
    from notalone_desktop.ui.context import AppContext

log = logging.getLogger(__name__)

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
