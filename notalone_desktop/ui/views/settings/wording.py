"""Why work in Settings failed, in the family's words: our own errors say it for people; a full disk or a folder
that cannot be written get plain sentences."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def reason(exc: BaseException) -> str:
    """Why work failed, in one line."""
    from notalone_desktop.core.errors import NotAloneError
    from notalone_desktop.services.data_dir import DISK_ERROR, DISK_FULL, NOT_WRITABLE, storage_problem

    if isinstance(exc, NotAloneError):
        return str(exc)
    known = storage_problem(exc)
    words = {
        DISK_FULL: QCoreApplication.translate("SettingsView", "the disk is full."),
        NOT_WRITABLE: QCoreApplication.translate("SettingsView", "the folder cannot be written."),
        DISK_ERROR: QCoreApplication.translate("SettingsView", "the disk is full, or it reported an error."),
    }
    if known is not None:
        return words.get(known, known)
    return f"{type(exc).__name__}: {exc}"
