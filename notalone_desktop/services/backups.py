"""Automatic backups of the family's database: after changes, at most every 30 minutes, and at exit.

Backups go to <data dir>/backups/ through storage.backup (SQLite backup API, integrity check, fsync, rename) and
rotate: the newest of each of the last 7 days and of each of the last 4 weeks are kept. A backup is only ever
removed after a newer one was written and verified. Restoring backs up the current file first.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import time
from collections.abc import Callable
from pathlib import Path

from notalone_desktop.core.errors import NotAloneError
from notalone_desktop.paths import backups_dir, database_path
from notalone_desktop.storage.backup import (
    BackupFile,
    Cancelled,
    Progress,
    backup_database,
    check_backup,
    fine_timestamp,
    is_damaged,
    list_backups,
    move_aside,
    newest_good_backup,
    parse_backup_name,
    remove_stale_parts,
    restore_database,
)
from notalone_desktop.storage.database import Database, run_migrations
from notalone_desktop.storage.inspect import HEAD_REVISION, FileReport, inspect_database

log = logging.getLogger(__name__)

BACKUP_INTERVAL = dt.timedelta(minutes=30)
KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_OTHER = 3  # of each other kind (before-upgrade, before-restore, manual)
AUTO = "auto"


class RestoreRefused(NotAloneError):
    """The chosen backup cannot be restored; nothing was changed."""


class BackupService:
    def __init__(self, database: Database, keep_daily: int = KEEP_DAILY, keep_weekly: int = KEEP_WEEKLY) -> None:
        self._db = database
        self.directory = backups_dir(database.directory)
        self.keep_daily = keep_daily
        self.keep_weekly = keep_weekly

    def backups(self) -> list[BackupFile]:
        """Every backup, newest first (never one still being written)."""
        return list_backups(self.directory)

    def last_backup(self) -> BackupFile | None:
        """The newest automatic or manual backup (the ones that say how current the family's copy is)."""
        return next((b for b in self.backups() if b.kind in (AUTO, "manual")), None)

    def changed_since_last_backup(self) -> bool:
        """Whether the database (or its -wal) was written after the newest backup's snapshot was taken."""
        last = self.last_backup()
        if last is None:
            return True
        try:
            snapshot = last.path.stat().st_mtime
        except OSError:
            return True
        return _data_mtime(self._db.path) > snapshot

    def backup_if_due(self, now: dt.datetime | None = None, at_exit: bool = False) -> BackupFile | None:
        """Back up when something changed and the last backup is 30 minutes old (at exit: whenever changed)."""
        if not self._db.path.exists() or not self.changed_since_last_backup():
            return None
        last = self.last_backup()
        moment = now or dt.datetime.now(dt.UTC).replace(tzinfo=None)
        if last is not None and not at_exit and moment - last.created < BACKUP_INTERVAL:
            return None
        return self.backup_now()

    def backup_now(self, kind: str = AUTO, progress: Progress | None = None) -> BackupFile:
        """Write a verified backup now, then rotate the older ones."""
        started = time.time()
        destination = self.directory / f"{kind}-{fine_timestamp()}.sqlite3"
        backup_database(self._db.path, destination, progress, mtime=started)
        log.info("backup written (%s, %d bytes)", kind, destination.stat().st_size)
        removed = self.rotate()
        if removed:
            log.info("%d older backups removed by rotation", len(removed))
        created = next(b for b in self.backups() if b.path == destination)
        return created

    def rotate(self, now: dt.datetime | None = None) -> list[Path]:
        """Remove backups beyond the rotation, only if the newest backup passes the integrity check."""
        remove_stale_parts(self.directory)
        backups = self.backups()
        if not backups or not check_backup(backups[0].path).ok:
            return []  # never remove an older copy while the newest is not known to be good
        keep = keep_set(backups, self.keep_daily, self.keep_weekly)
        removed = []
        for backup in backups:
            if backup.path not in keep:
                try:
                    backup.path.unlink()
                    removed.append(backup.path)
                except FileNotFoundError:
                    pass  # another process rotated it away first
        return removed

    def restore(
        self,
        backup: BackupFile | Path,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Cancelled | None = None,
    ) -> BackupFile:
        """Replace the family's database with `backup`; the current file is backed up first (returned).

        Every connection is closed for the swap; the next session opens the restored file. A backup from an
        older version is upgraded as it would be at start.
        """
        source = backup.path if isinstance(backup, BackupFile) else backup
        report = check_backup(source)
        if not report.ok:
            problem = report.problems[0] if report.problems else "it cannot be read"
            raise RestoreRefused(f"The backup {source.name} cannot be restored: {problem}.")
        safety = self.backup_now("before-restore")
        if progress is not None:
            progress(1, 4)
        self._db.disconnect()  # the last connection closes: SQLite checkpoints and removes the -wal
        restore_database(
            self._db.path,
            source,
            (lambda done, total: progress(1 + done, 4)) if progress is not None else None,
            cancelled,
        )
        self._db.disconnect()  # a read that came meanwhile opened the old file: the next one opens the new
        os.chmod(self._db.path, 0o600)
        if report.revision != HEAD_REVISION:
            run_migrations(self._db.engine)
        log.info("the database was restored from a backup (%s)", backup_kind(source))
        return safety


def backup_kind(path: Path) -> str:
    parsed = parse_backup_name(path)
    return parsed[0] if parsed else "file"


def keep_set(backups: list[BackupFile], keep_daily: int = KEEP_DAILY, keep_weekly: int = KEEP_WEEKLY) -> set[Path]:
    """Which backups rotation keeps: the newest of each of the last `keep_daily` days that have one, the newest
    of each of the last `keep_weekly` ISO weeks, and the newest few of every other kind."""
    keep: set[Path] = set()
    autos = [b for b in backups if b.kind == AUTO]  # newest first
    days: dict[dt.date, BackupFile] = {}
    weeks: dict[tuple[int, int], BackupFile] = {}
    for backup in autos:
        local = backup.created.replace(tzinfo=dt.UTC).astimezone()
        days.setdefault(local.date(), backup)
        iso = local.isocalendar()
        weeks.setdefault((iso.year, iso.week), backup)
    keep.update(b.path for b in list(days.values())[:keep_daily])
    keep.update(b.path for b in list(weeks.values())[:keep_weekly])
    others: dict[str, int] = {}
    for backup in backups:
        if backup.kind == AUTO:
            continue
        others[backup.kind] = others.get(backup.kind, 0) + 1
        if others[backup.kind] <= KEEP_OTHER:
            keep.add(backup.path)
    if backups:
        keep.add(backups[0].path)
    return keep


def _data_mtime(path: Path) -> float:
    newest = 0.0
    for suffix in ("", "-wal"):
        with contextlib.suppress(OSError):
            newest = max(newest, Path(f"{path}{suffix}").stat().st_mtime)
    return newest


def damaged_database(data_dir: Path) -> tuple[FileReport, BackupFile | None] | None:
    """When the family's database is damaged, truncated, empty or foreign (a full integrity check): the report
    and the newest backup that passes the check. None when the file is fine, missing, or needs another remedy
    (a newer version's file, or one that cannot be read for its permissions)."""
    report = inspect_database(database_path(data_dir), integrity=True)
    if not is_damaged(report):
        return None
    return report, newest_good_backup(backups_dir(data_dir))


def recover_database(data_dir: Path, backup: BackupFile | None) -> Path:
    """Move the damaged database aside (as notalone.sqlite3.corrupt-<time>) and, when `backup` is given, put a
    verified copy of it in its place; without one, the next start creates an empty family. Returns where the
    damaged file went."""
    path = database_path(data_dir)
    if backup is not None:
        report = check_backup(backup.path)
        if not report.ok:
            raise RestoreRefused(f"The backup {backup.name} cannot be restored: {report.problems[0]}.")
    moved = move_aside(path)
    log.warning("a damaged database was moved aside as %s", moved.name)
    if backup is not None:
        restore_database(path, backup.path)
        os.chmod(path, 0o600)
        log.info("the newest good backup was restored (%s)", backup.kind)
    return moved
