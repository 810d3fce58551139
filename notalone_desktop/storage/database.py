"""Open the family's database: check the file, create or upgrade it through Alembic, hand out sessions."""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from notalone_desktop.core.errors import DatabaseProblem, DataDirProblem
from notalone_desktop.paths import backups_dir, database_path, ensure_private_dir
from notalone_desktop.storage.backup import backup_database, timestamp
from notalone_desktop.storage.inspect import APPLICATION_ID, HEAD_REVISION, inspect_database

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
    """The family's SQLite file. Every write is one short transaction: `with db.session() as s: ...`."""

    def __init__(self, directory: Path, engine: Engine) -> None:
        self.directory = directory
        self.path = database_path(directory)
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @contextmanager
    def session(self) -> Iterator[Session]:
        with self._sessions.begin() as session:
            yield session

    def close(self) -> None:
        self.engine.dispose()


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
    engine = make_engine(path)
    database = Database(directory, engine)
    with database.engine.connect():  # opens the file: WAL and its -shm are created now, 0600 like the file
        pass
    for suffix in ("", "-wal", "-shm"):
        sidecar = Path(str(path) + suffix)
        if sidecar.exists():
            os.chmod(sidecar, 0o600)
    return database
