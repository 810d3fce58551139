"""Look at a database file without changing it: is it ours, whole, and of a schema this version knows?

Plain sqlite3, opened read-only, so that start-up and `notalone check` need neither SQLAlchemy nor Alembic
and never write a byte to a file they are unsure of.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from notalone_desktop.core.safe_read import FileRefused, open_regular_fd

APPLICATION_ID = 0x4E414C4E  # "NALN": marks a file as a Not Alone family database
SQLITE_HEADER = b"SQLite format 3\x00"
# Every schema revision this version of the app knows, oldest first. The last is the head; a test checks that
# it matches the Alembic scripts.
KNOWN_REVISIONS: tuple[str, ...] = ("0001_initial", "0002_contacts_lessons", "0003_safety_plan")
HEAD_REVISION = KNOWN_REVISIONS[-1]


@dataclass
class FileReport:
    path: Path
    exists: bool = False
    revision: str | None = None
    problems: list[str] = field(default_factory=list)
    advice: str = ""
    read_only: bool = False  # readable, but neither the file nor its folder can be written by this user

    @property
    def ok(self) -> bool:
        return self.exists and not self.problems

    @property
    def needs_upgrade(self) -> bool:
        return self.ok and self.revision != HEAD_REVISION


def _read_only(path: Path, report: FileReport | None = None) -> sqlite3.Connection:
    uri = f"{path.resolve().as_uri()}?mode=ro"
    connection = sqlite3.connect(uri, uri=True)
    try:
        connection.execute("PRAGMA schema_version").fetchone()  # the file is opened at the first statement
        return connection
    except sqlite3.OperationalError:
        connection.close()
        if report is None or (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
            raise
    # A file this user may read but not write beside (another user's folder, a read-only medium): SQLite cannot
    # make or share the -shm file that a WAL database needs, so read the file as it is, changing nothing.
    report.read_only = True
    return sqlite3.connect(f"{uri}&immutable=1", uri=True)


@contextmanager
def leaving_no_trace(path: Path) -> Iterator[None]:
    """A read-only open of a WAL file makes empty -wal/-shm files; remove the ones made inside this block."""
    wal, shm = Path(f"{path}-wal"), Path(f"{path}-shm")
    had_wal, had_shm = wal.exists(), shm.exists()
    try:
        yield
    finally:
        if not had_wal and wal.exists() and wal.stat().st_size == 0:
            wal.unlink(missing_ok=True)
            if not had_shm:
                shm.unlink(missing_ok=True)


def inspect_database(path: Path, integrity: bool = True) -> FileReport:
    """What is wrong with the file at `path`, if anything. Leaves no trace: the file and the folder are as before."""
    with leaving_no_trace(path):
        return _inspect(path, integrity)


def _inspect(path: Path, integrity: bool) -> FileReport:
    report = FileReport(path)
    if not path.exists():
        return report
    report.exists = True
    restore = "Restore a backup, or move the file away to start again. The file was left as it is."
    try:
        # Opened once without blocking: a FIFO named like the database must get an answer, not hang `check`.
        fd = open_regular_fd(path)
        try:
            header = os.read(fd, 100)
        finally:
            os.close(fd)
    except FileRefused as exc:
        report.problems.append("the database " + str(exc).removeprefix(f"{path} "))
        report.advice = "Move it away to start again, or restore a backup. It was left as it is."
        return report
    except OSError as exc:
        report.problems.append(f"the database file cannot be read: {exc.strerror}")
        report.advice = "Check the file's permissions."
        return report
    if len(header) == 0:
        report.problems.append("the database file is empty (0 bytes)")
        report.advice = restore
        return report
    if not header.startswith(SQLITE_HEADER):
        report.problems.append("the file is not an SQLite database")
        report.advice = "It may belong to another program. " + restore
        return report
    if len(header) < 100:
        report.problems.append("the database file is truncated")
        report.advice = restore
        return report
    try:
        connection = _read_only(path, report)
        try:
            app_id = connection.execute("PRAGMA application_id").fetchone()[0]
            tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if integrity:
                rows = [r[0] for r in connection.execute("PRAGMA integrity_check(20)")]
                if rows != ["ok"]:
                    report.problems.append("the database is damaged: " + "; ".join(rows[:3]))
                    report.advice = restore
                    return report
            if app_id != APPLICATION_ID:
                if app_id == 0 and not tables:
                    report.problems.append("the file is an empty SQLite database, not a family's data")
                else:
                    report.problems.append("the file is an SQLite database of another program")
                report.advice = restore
                return report
            if "alembic_version" in tables:
                row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
                report.revision = row[0] if row else None
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        report.problems.append(f"the database is damaged or truncated ({exc})")
        report.advice = restore
        return report
    if report.revision not in KNOWN_REVISIONS:
        report.problems.append(f"the database was written by a newer version of Not Alone (schema {report.revision})")
        report.advice = "Install the newer version of Not Alone to open it. The file was left as it is."
    return report
