"""Open the family's database: check the file, create or upgrade it through Alembic, hand out reads and writes.

The services read and write with plain sqlite3 (`Database.read()`, `Database.write()`): SQLAlchemy costs about
half a second and 30 MiB to import, more than the whole window, so the app's everyday work never loads it. The
ORM (`Database.session()`, storage/models.py) serves what is rare and whole-family: creating and upgrading the
file (Alembic), export and import; its engine is made, and SQLAlchemy imported, at first use.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from notalone_desktop.core.errors import DatabaseProblem, DataDirProblem
from notalone_desktop.paths import backups_dir, database_path, ensure_private_dir
from notalone_desktop.storage.backup import backup_database, timestamp
from notalone_desktop.storage.inspect import APPLICATION_ID, HEAD_REVISION, inspect_database

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker

log = logging.getLogger(__name__)
BUSY_TIMEOUT_MS = 5000


def _configure(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # SQLAlchemy's documented pysqlite recipe: stop the driver's own BEGIN so that ours (IMMEDIATE) is used.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.close()


def make_engine(path: Path) -> Engine:
    from sqlalchemy import create_engine, event

    engine = create_engine(f"sqlite:///{path}", future=True)
    event.listen(engine, "connect", _configure)

    @event.listens_for(engine, "begin")
    def _begin_immediate(connection: Any) -> None:
        # Take the write lock at the start, so two writers never deadlock on an upgrade from a read lock.
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def run_migrations(engine: Engine, revision: str = "head", downgrade: bool = False) -> None:
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", "notalone_desktop.storage:migrations")
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        if downgrade:
            command.downgrade(config, revision)
        else:
            command.upgrade(config, revision)


class Database:
    """The family's SQLite file. Every write is one short transaction: `with db.write() as sql: ...`; a read sees
    one moment of the file: `with db.read() as sql: ...`. Both use one plain sqlite3 connection, shared under a
    lock (worker threads use it too); the ORM's sessions (`db.session()`) have connections of their own."""

    def __init__(self, directory: Path, engine: Engine | None = None) -> None:
        self.directory = directory
        self.path = database_path(directory)
        self._engine = engine
        self._sessions: sessionmaker[Session] | None = None
        self._connection: sqlite3.Connection | None = None
        self._depth = 0  # how deep in read() blocks the connection is (a read may call another)
        self._lock = threading.RLock()

    @property
    def engine(self) -> Engine:
        """SQLAlchemy's engine, made (and SQLAlchemy imported) at first use."""
        with self._lock:
            if self._engine is None:
                self._engine = make_engine(self.path)
            return self._engine

    @contextmanager
    def session(self) -> Iterator[Session]:
        if self._sessions is None:
            from sqlalchemy.orm import sessionmaker

            self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        with self._sessions.begin() as session:
            yield session

    @contextmanager
    def read(self) -> Iterator[sqlite3.Connection]:
        """The connection inside one read transaction: every query in the block sees the same moment of the file
        (inside a write() block: the write's own transaction)."""
        with self._lock:
            connection = self._connect()
            self._depth += 1
            try:
                if self._depth == 1:
                    connection.execute("BEGIN")
                yield connection
            finally:
                self._depth -= 1
                if self._depth == 0 and connection.in_transaction:
                    connection.execute("ROLLBACK")

    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """The connection inside one write transaction, committed when the block ends and rolled back (nothing
        written) when it raises. BEGIN IMMEDIATE takes the write lock at once, so two writers never deadlock."""
        with self._lock:
            if self._depth:
                raise RuntimeError("a write inside a read or a write: services never nest transactions")
            connection = self._connect()
            self._depth += 1
            try:
                connection.execute("BEGIN IMMEDIATE")
                yield connection
                connection.execute("COMMIT")
            finally:
                self._depth -= 1
                if connection.in_transaction:
                    connection.execute("ROLLBACK")

    def _connect(self) -> sqlite3.Connection:
        if self._connection is None:
            self._connection = _connect(self.path)
        return self._connection

    def disconnect(self) -> None:
        """Close every connection; the next read or write opens new ones (after a restore replaced the file)."""
        with self._lock:
            if self._connection is not None:
                self._connection.close()
                self._connection = None
            if self._engine is not None:
                self._engine.dispose()

    def close(self) -> None:
        self.disconnect()


def new_id(cursor: sqlite3.Cursor) -> int:
    """The id SQLite gave the row that `cursor` just inserted."""
    if cursor.lastrowid is None:
        raise RuntimeError("no row was inserted")
    return cursor.lastrowid


def db_time(value: dt.datetime | None) -> str | None:
    """A time (UTC, no zone) as SQLAlchemy stores it in SQLite, so that both read every row the same way."""
    return value.isoformat(sep=" ", timespec="microseconds") if value is not None else None


def stored_time(value: str) -> dt.datetime:
    """A time as SQLAlchemy stores it in SQLite ("YYYY-MM-DD HH:MM:SS.ffffff", UTC without a zone), read back."""
    return dt.datetime.fromisoformat(value)


def optional_time(value: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(value) if value else None


def stored_date(value: str) -> dt.date:
    return dt.date.fromisoformat(value)


def _connect(path: Path) -> sqlite3.Connection:
    # Transactions are begun and ended by read() and write() (isolation_level None: the driver begins none).
    # mode=rw: a file that is gone (erased, moved aside) is an error here, never a new empty database.
    connection = sqlite3.connect(
        f"{path.resolve().as_uri()}?mode=rw",
        uri=True,
        timeout=BUSY_TIMEOUT_MS / 1000,
        isolation_level=None,
        check_same_thread=False,
    )
    _configure(connection, None)
    return connection


def _create_new(path: Path) -> None:
    """Create the file under a temporary name, migrate it, then rename: a half-made file never has our name."""
    temporary = path.with_name(path.name + ".new")
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(str(temporary) + suffix).unlink(missing_ok=True)
    fd = os.open(temporary, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600)
    os.close(fd)
    engine = make_engine(temporary)
    try:
        with engine.begin() as connection:
            connection.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
        run_migrations(engine)
    finally:
        engine.dispose()  # the last connection closes: SQLite checkpoints and removes the -wal file
    os.replace(temporary, path)


def open_database(directory: Path, create: bool = True) -> Database:
    """Open (creating or upgrading as needed) the database in `directory`.

    Raises DatabaseProblem for a file that is damaged, foreign, empty or newer: it is never overwritten.
    """
    try:
        ensure_private_dir(directory)
    except OSError as exc:
        raise DataDirProblem(
            f"The data folder {directory} cannot be created or used ({exc.strerror}). "
            "Choose another folder with --data-dir, or check its permissions."
        ) from exc
    if not os.access(directory, os.W_OK | os.X_OK):
        raise DataDirProblem(
            f"The data folder {directory} is not writable. Choose another folder with --data-dir, "
            "or check its permissions."
        )
    path = database_path(directory)
    report = inspect_database(path, integrity=False)
    if report.problems:
        raise DatabaseProblem(str(path), report.problems[0], report.advice)
    if not report.exists:
        if not create:
            raise DatabaseProblem(str(path), "there is no family database yet", "Start Not Alone once.")
        _create_new(path)
        log.info("created a new database")
    elif report.needs_upgrade:
        backup = backups_dir(directory) / f"before-upgrade-{report.revision}-{timestamp()}.sqlite3"
        backup_database(path, backup)
        log.info("database backed up before upgrading from %s to %s", report.revision, HEAD_REVISION)
        engine = make_engine(path)
        try:
            run_migrations(engine)
        except Exception as exc:
            # The migration ran in one transaction: SQLite rolled it back and the file is as it was.
            log.exception("upgrade from %s failed", report.revision)
            raise DatabaseProblem(
                str(path),
                "the database could not be upgraded to this version of Not Alone",
                f"Your data was not changed; a copy was also saved as {backup}. Please report this problem.",
            ) from exc
        finally:
            engine.dispose()
    database = Database(directory)
    with database.read():  # opens the file: WAL and its -shm are created now, 0600 like the file
        pass
    for suffix in ("", "-wal", "-shm"):
        sidecar = Path(str(path) + suffix)
        if sidecar.exists():
            os.chmod(sidecar, 0o600)
    return database
