"""Verified copies of the database with SQLite's backup API (a file copy could miss the -wal file).

Every copy is written under a temporary name (`.part`), checked with `PRAGMA integrity_check`, fsynced and only
then renamed: a file with a backup's name is always whole. Restoring works the same way in the other direction.
"""

from __future__ import annotations

import datetime as dt
import errno
import os
import re
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from notalone_desktop.core.safe_read import FileRefused, open_regular_fd
from notalone_desktop.storage.inspect import KNOWN_REVISIONS, FileReport, inspect_database

BACKUP_SUFFIX = ".sqlite3"
PART_SUFFIX = ".part"
CORRUPT_MARK = ".corrupt-"
# auto-20260101T101500123456Z.sqlite3, before-upgrade-0001_initial-20260101T101500Z.sqlite3, ...
_NAME = re.compile(
    r"^(?P<kind>[a-z]+(?:-[a-z]+)*?)(?:-(?P<revision>\d{4}_[a-z0-9_]+))?"
    r"-(?P<stamp>\d{8}T\d{6})(?P<micro>\d{6})?Z$"
)

_NOT_A_FILE = "Choose a backup file (Not Alone's backups end in .sqlite3); nothing was changed."
Progress = Callable[[int, int], None]  # (done, total) in steps; the caller scales it
Cancelled = Callable[[], bool]


class BackupFailed(Exception):
    pass


class RestoreCancelled(Exception):
    """The user cancelled before anything was replaced."""


@dataclass(frozen=True)
class BackupFile:
    path: Path
    kind: str  # auto, manual, before-upgrade, before-restore, before-import
    created: dt.datetime  # UTC, naive, from the file's name
    size: int

    @property
    def name(self) -> str:
        return self.path.name


def backup_database(
    source: Path, destination: Path, progress: Progress | None = None, mtime: float | None = None
) -> Path:
    """Copy `source` to `destination` through a temporary name: backup API, integrity check, fsync, rename.

    `mtime`, when given, is set on the copy: the moment its snapshot was taken, so that a later change of the
    source is seen as newer than the backup.
    """
    destination.parent.mkdir(parents=True, exist_ok=True)
    os.chmod(destination.parent, 0o700)
    temporary = destination.with_name(destination.name + PART_SUFFIX)
    temporary.unlink(missing_ok=True)
    fd = os.open(temporary, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600)
    os.close(fd)
    try:
        _copy(source, temporary, progress)
        _fsync(temporary)
        if mtime is not None:
            os.utime(temporary, (mtime, mtime))
        os.replace(temporary, destination)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    fsync_dir(destination.parent)
    return destination


def _copy(source: Path, temporary: Path, progress: Progress | None = None) -> None:
    src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True, timeout=10)
    dst = sqlite3.connect(temporary)
    try:
        # One step (pages=-1): one read transaction, a consistent snapshot even while another process writes.
        src.backup(dst)
        if progress is not None:
            progress(1, 3)
        dst.execute("PRAGMA journal_mode=DELETE")  # a backup is one self-contained file
        check = [r[0] for r in dst.execute("PRAGMA integrity_check")]
        if check != ["ok"]:
            raise BackupFailed("the copy did not pass the integrity check: " + "; ".join(check[:3]))
        if progress is not None:
            progress(2, 3)
    finally:
        dst.close()
        src.close()


def _fsync(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def fsync_dir(directory: Path) -> None:
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def timestamp() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")


def fine_timestamp(now: dt.datetime | None = None) -> str:
    """A timestamp to the microsecond (UTC): two backups in the same second still get two names."""
    moment = now or dt.datetime.now(dt.UTC)
    return moment.strftime("%Y%m%dT%H%M%S%fZ")


def parse_backup_name(path: Path) -> tuple[str, dt.datetime] | None:
    """(kind, creation time in UTC) of a backup file's name, or None for any other file."""
    if not path.name.endswith(BACKUP_SUFFIX):
        return None
    match = _NAME.match(path.name[: -len(BACKUP_SUFFIX)])
    if match is None:
        return None
    created = dt.datetime.strptime(match["stamp"], "%Y%m%dT%H%M%S")
    if match["micro"]:
        created = created.replace(microsecond=int(match["micro"]))
    return match["kind"], created


def list_backups(directory: Path) -> list[BackupFile]:
    """The backups in `directory`, newest first. Files still being written (`.part`) are never listed."""
    if not directory.is_dir():
        return []
    found: list[BackupFile] = []
    for path in directory.iterdir():
        parsed = parse_backup_name(path)
        if parsed is None or not path.is_file():
            continue
        try:
            size = path.stat().st_size
        except OSError:
            continue  # removed meanwhile by another process's rotation
        found.append(BackupFile(path, parsed[0], parsed[1], size))
    found.sort(key=lambda b: (b.created, b.name), reverse=True)
    return found


def check_backup(path: Path) -> FileReport:
    """A full check of a backup file: ours, whole, passes the integrity check, of a schema this version knows.

    The file is first opened once by the rule for files a user picks: a FIFO, a device or a folder given as a
    backup to restore is refused at once (SQLite, or reading its header, would block on a FIFO)."""
    try:
        os.close(open_regular_fd(path))
    except FileRefused as exc:
        return FileReport(path, exists=True, problems=[f"it is not a backup file: {exc}"], advice=_NOT_A_FILE)
    except FileNotFoundError:
        return FileReport(path)
    except OSError as exc:
        problem = f"the backup cannot be read: {exc.strerror or type(exc).__name__}"
        return FileReport(path, exists=True, problems=[problem], advice="Check the file's permissions.")
    return inspect_database(path, integrity=True)


def newest_good_backup(directory: Path) -> BackupFile | None:
    """The newest backup that passes the integrity check and this version can open, or None."""
    for backup in list_backups(directory):
        if check_backup(backup.path).ok:
            return backup
    return None


def remove_stale_parts(directory: Path, older_than: float = 3600.0) -> None:
    """Remove `.part` files left by a copy that was interrupted (an hour old: never one being written now)."""
    if not directory.is_dir():
        return
    limit = time.time() - older_than
    for path in directory.glob(f"*{PART_SUFFIX}"):
        try:
            if path.stat().st_mtime < limit:
                path.unlink()
        except OSError:
            pass


def restore_database(
    database: Path,
    backup: Path,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> None:
    """Replace the database file at `database` with the verified copy in `backup`.

    The caller has closed every connection first. The backup is copied with the backup API into a temporary
    file next to the database, checked, fsynced; stale -wal/-shm files are removed and the copy is renamed over
    the database in one step. Until that rename, `cancelled()` may stop it and nothing has changed.
    """
    report = check_backup(backup)
    if not report.ok:
        raise BackupFailed(f"the backup {backup.name} cannot be used: {report.problems[0]}")
    temporary = database.with_name(database.name + ".restore" + PART_SUFFIX)
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(str(temporary) + suffix).unlink(missing_ok=True)
    fd = os.open(temporary, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600)
    os.close(fd)
    try:
        _copy(backup, temporary, progress)
        _fsync(temporary)
        if cancelled is not None and cancelled():
            raise RestoreCancelled()
        # A -wal left beside the old file would be replayed into the new one: remove it before the rename.
        for suffix in ("-wal", "-shm", "-journal"):
            Path(f"{database}{suffix}").unlink(missing_ok=True)
        os.replace(temporary, database)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    fsync_dir(database.parent)
    if progress is not None:
        progress(3, 3)


def move_aside(database: Path, now: dt.datetime | None = None) -> Path:
    """Rename a damaged database (and its -wal/-shm) to `<name>.corrupt-<timestamp>`: never overwritten, never
    deleted, so that nothing is lost even when the damage turns out to be repairable by an expert."""
    stamp = fine_timestamp(now)
    target = database.with_name(f"{database.name}{CORRUPT_MARK}{stamp}")
    counter = 1
    while target.exists() or Path(f"{target}-wal").exists():
        counter += 1
        target = database.with_name(f"{database.name}{CORRUPT_MARK}{stamp}-{counter}")
    # Sidecars first: a -wal must never be left beside a new file of the database's name.
    for suffix in ("-wal", "-shm", "-journal"):
        sidecar = Path(f"{database}{suffix}")
        if sidecar.exists():
            os.rename(sidecar, f"{target}{suffix}")
    os.rename(database, target)
    fsync_dir(database.parent)
    return target


def is_damaged(report: FileReport) -> bool:
    """True for a file that is damaged, truncated, empty or foreign: one that recovery may move aside.

    A file of a newer version of the app, or one that cannot be read for its permissions, is not damaged: it
    needs another remedy and must stay where it is.
    """
    if not report.problems or not report.exists:
        return False
    if report.revision is not None and report.revision not in KNOWN_REVISIONS:
        return False
    # A folder that cannot be written makes SQLite refuse even to read a WAL file: that is not damage (and the
    # file could not be moved aside anyway).
    return os.access(report.path, os.R_OK) and os.access(report.path.parent, os.W_OK | os.X_OK)


DISK_FULL = "the disk is full (or the file would be too large)"
NOT_WRITABLE = "the folder cannot be written (it is read-only or not yours)"
DISK_ERROR = "the disk is full, or it reported an error while writing"


def storage_error_message(exc: BaseException) -> str | None:
    """A sentence for people when `exc` is a full disk, a too large file or a read-only place; else None.
    The window translates the three sentences (DISK_FULL, NOT_WRITABLE, DISK_ERROR)."""
    text = str(exc).lower()
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EFBIG, errno.EDQUOT):
        return DISK_FULL
    if isinstance(exc, OSError) and exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return NOT_WRITABLE
    if "disk is full" in text or "database or disk is full" in text or "file too large" in text:
        return DISK_FULL
    if "readonly" in text or "read-only" in text or "unable to open database" in text:
        return NOT_WRITABLE
    if "disk i/o error" in text:
        return DISK_ERROR
    return None
