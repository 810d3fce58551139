"""The data dir as the command line and the window's start see it: is the family's file whole, what is the newest
good backup, and open it for one command. Storage problems (a full disk, a read-only folder) in plain words.

Light on purpose: plain sqlite3 for the checks; SQLAlchemy only once a command opens the data.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from notalone_desktop.core.errors import DatabaseProblem, NotAloneError
from notalone_desktop.paths import backups_dir, database_path
from notalone_desktop.storage.backup import DISK_ERROR as DISK_ERROR  # the three sentences the window translates
from notalone_desktop.storage.backup import DISK_FULL as DISK_FULL
from notalone_desktop.storage.backup import NOT_WRITABLE as NOT_WRITABLE
from notalone_desktop.storage.backup import BackupFile as BackupFile  # a copy in the backups folder
from notalone_desktop.storage.backup import newest_good_backup
from notalone_desktop.storage.backup import storage_error_message as storage_problem
from notalone_desktop.storage.inspect import HEAD_REVISION, FileReport, inspect_database
from notalone_desktop.storage.peek import Glance as Glance  # what the window's first frame needs
from notalone_desktop.storage.peek import glance as glance

if TYPE_CHECKING:
    from notalone_desktop.services.family_data import FamilyDataService

__all__ = ["DataCheck", "check_data_dir", "newest_good", "open_family_data", "storage_problem"]


@dataclass(frozen=True)
class DataCheck:
    """What `notalone check` reports: the file's problems (none: OK) and what to do about them."""

    report: FileReport

    @property
    def path(self) -> Path:
        return self.report.path

    @property
    def upgrade(self) -> tuple[str, str] | None:
        """(this file's schema, the app's) when the next start will upgrade the file."""
        report = self.report
        if report.exists and not report.problems and report.revision != HEAD_REVISION:
            return str(report.revision), HEAD_REVISION
        return None


def check_data_dir(directory: Path) -> DataCheck:
    """A full check of the family's file (integrity included); reads only, leaves no trace."""
    return DataCheck(inspect_database(database_path(directory)))


def newest_good(directory: Path) -> BackupFile | None:
    """The newest backup in the data dir's backups folder that passes the integrity check."""
    return newest_good_backup(backups_dir(directory))


def open_family_data(directory: Path, existing: bool) -> FamilyDataService:
    """The data dir's family data for one command. `existing`: the file must be there and whole (a full
    integrity check first), else NotAloneError; otherwise it is created when missing (an import into a new
    folder). Close it with `close()`."""
    from notalone_desktop.services.backups import BackupService
    from notalone_desktop.services.family_data import FamilyDataService
    from notalone_desktop.storage.database import open_database

    if existing:
        path = database_path(directory)
        if not path.exists():
            raise NotAloneError(f"there is no family data in {directory} (start Not Alone once, or give --data-dir)")
        report = inspect_database(path)
        if report.problems:
            raise DatabaseProblem(str(path), report.problems[0], report.advice)
    database = open_database(directory, create=not existing)
    return FamilyDataService(database, BackupService(database))
