"""Erase: the family's database and its sidecars, the backups, the logs and the keyring entries go, and the
user is told what went. Files in the data dir that Not Alone did not make stay."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from notalone_desktop.core.errors import NotAloneError
from notalone_desktop.core.safe_read import read_regular_file
from notalone_desktop.paths import DATABASE_NAME, backups_dir, log_dir
from notalone_desktop.services.family_data.sections import EraseRefused
from notalone_desktop.services.security import forget_keyring_entries

LOCK_NAME = "notalone.lock"


def _lock_owner(directory: Path) -> int | None:
    try:
        # The one rule for files: a FIFO or a device named like the lock gets no answer, and no wait.
        data = read_regular_file(directory / LOCK_NAME, 4096)
        return int(data.decode("utf-8", errors="replace").split("\n", 1)[0].strip())
    except (OSError, ValueError, NotAloneError):
        return None


def window_is_open(directory: Path) -> bool:
    """Whether another process holds the window's lock on `directory` (a lock left by a crash does not count)."""
    pid = _lock_owner(directory)
    if pid is None or pid == os.getpid():
        return False
    if os.name != "posix":
        return True  # no safe liveness probe here: a lock file that exists means a window may be open
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def family_files(directory: Path) -> list[Path]:
    """Everything the app keeps for a family in `directory` (and nothing else that may sit there)."""
    found: list[Path] = []
    if not directory.is_dir():
        return found
    for path in sorted(directory.iterdir()):
        name = path.name
        ours = (
            name.startswith(DATABASE_NAME)  # the database, -wal, -shm, .new, .restore.part, .corrupt-*
            or name == LOCK_NAME
            or path in (backups_dir(directory), log_dir(directory))
        )
        if ours:
            found.append(path)
    return found


def erase_family(directory: Path) -> list[str]:
    """Remove the family's database (with -wal, -shm), damaged copies, backups, logs and keyring entries.

    Returns what was removed, one line each, for the user to read. Files in the folder that Not Alone did not
    make stay where they are; the folder itself goes once it is empty.
    """
    if window_is_open(directory):
        raise EraseRefused(f"Not Alone is open for {directory}; close the window first (or erase from its Settings)")
    removed: list[str] = []
    own_lock = _lock_owner(directory) == os.getpid()
    for path in family_files(directory):
        if path.name == LOCK_NAME and own_lock:
            continue  # the window erasing from Settings still holds it; it goes when the window closes
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path)
            removed.append(f"{path}{os.sep}")
        else:
            path.unlink(missing_ok=True)
            removed.append(str(path))
    for entry in forget_keyring_entries(directory):
        removed.append(f"keyring entry {entry}")
    if directory.is_dir() and not any(directory.iterdir()):
        directory.rmdir()
        removed.append(f"{directory} (the empty folder)")
    return removed


def leftover_names(directory: Path) -> list[str]:
    """Names still in `directory` after erase: files the app did not make (for the message)."""
    if not directory.is_dir():
        return []
    return sorted(p.name for p in directory.iterdir())
