"""The database file: pragmas, permissions, recognising files that are not a healthy family database."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
from pathlib import Path

import pytest

from notalone_desktop.core.errors import DatabaseProblem, DataDirProblem
from notalone_desktop.paths import backups_dir, database_path
from notalone_desktop.storage.database import make_engine, open_database, run_migrations
from notalone_desktop.storage.inspect import APPLICATION_ID, HEAD_REVISION, KNOWN_REVISIONS, inspect_database


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_database_has_the_pragmas_and_marks(data_dir: Path) -> None:
    database = open_database(data_dir)
    with database.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000
        assert connection.exec_driver_sql("PRAGMA application_id").scalar() == APPLICATION_ID
    database.close()
    report = inspect_database(database_path(data_dir))
    assert report.ok and report.revision == HEAD_REVISION


def test_data_dir_and_files_are_private_even_under_umask_022(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        directory = tmp_path / "family"
        database = open_database(directory)
        with database.session() as session:
            from notalone_desktop.storage.models import Setting

            session.add(Setting(key="x", value="1"))
        assert stat.S_IMODE(directory.stat().st_mode) == 0o700
        for path in directory.iterdir():
            if path.is_file():
                assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name
        database.close()
    finally:
        os.umask(old)


def test_writes_take_the_write_lock_at_begin(data_dir: Path) -> None:
    """BEGIN IMMEDIATE: while a session is open, another writer cannot start, so no upgrade deadlock."""
    database = open_database(data_dir)
    with database.session() as session:
        from sqlalchemy import text

        session.execute(text("SELECT 1"))
        other = sqlite3.connect(database_path(data_dir), timeout=0)
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")
        other.close()
    database.close()


def _foreign_sqlite(path: Path) -> None:
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE photos (id INTEGER)")
    connection.commit()
    connection.close()


def _empty_sqlite(path: Path) -> None:
    connection = sqlite3.connect(path)
    connection.execute("VACUUM")
    connection.close()


def _truncated(path: Path, healthy: Path) -> None:
    data = healthy.read_bytes()
    path.write_bytes(data[: len(data) // 2])


BAD_FILES = {
    "zero bytes": lambda path, healthy: path.write_bytes(b""),
    "not sqlite": lambda path, healthy: path.write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(4000)),
    "truncated": _truncated,
    "foreign sqlite": lambda path, healthy: _foreign_sqlite(path),
    "empty sqlite": lambda path, healthy: _empty_sqlite(path),
}


@pytest.fixture
def healthy_copy(tmp_path: Path) -> Path:
    """A real family database with data in it, checkpointed into one file."""
    from notalone_desktop.services import open_services
    from notalone_desktop.services.demo import create_demo_family

    services = open_services(tmp_path / "healthy")
    create_demo_family(services)
    services.close()
    return database_path(tmp_path / "healthy")


@pytest.mark.parametrize("kind", sorted(BAD_FILES))
def test_bad_files_are_refused_and_never_changed(kind: str, tmp_path: Path, healthy_copy: Path) -> None:
    directory = tmp_path / "bad"
    directory.mkdir()
    path = database_path(directory)
    BAD_FILES[kind](path, healthy_copy)
    before = digest(path)
    report = inspect_database(path)
    assert not report.ok and report.problems, kind
    with pytest.raises(DatabaseProblem) as raised:
        open_database(directory)
    assert str(path) in str(raised.value)
    assert digest(path) == before
    assert sorted(p.name for p in directory.iterdir()) == [path.name]  # nothing written beside it either


def test_a_newer_schema_is_refused_with_a_clear_message(data_dir: Path) -> None:
    database = open_database(data_dir)
    with database.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = '9999_future'")
    database.close()
    path = database_path(data_dir)
    before = digest(path)
    with pytest.raises(DatabaseProblem, match="newer version"):
        open_database(data_dir)
    assert digest(path) == before


def test_a_data_dir_that_cannot_be_created_gives_a_clear_message(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(DataDirProblem, match="cannot be created"):
        open_database(blocker / "family")
    assert blocker.read_text() == "not a folder"


def test_unwritable_data_dir_gives_a_clear_message(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root can write anywhere")
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o500)
    with pytest.raises(DataDirProblem, match=r"not writable|cannot be created"):
        open_database(locked / "family")


def test_known_revisions_match_the_migration_scripts() -> None:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", "notalone_desktop.storage:migrations")
    script = ScriptDirectory.from_config(config)
    assert script.get_current_head() == HEAD_REVISION
    ordered = [rev.revision for rev in reversed(list(script.walk_revisions()))]
    assert tuple(ordered) == KNOWN_REVISIONS


def test_upgrade_from_an_older_schema_takes_a_verified_backup_first(data_dir: Path) -> None:
    """A family database at the first revision is backed up, then upgraded; its data survives both."""
    data_dir.mkdir(parents=True)
    path = database_path(data_dir)
    engine = make_engine(path)
    with engine.begin() as connection:
        connection.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
    run_migrations(engine, KNOWN_REVISIONS[0])
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO child (nickname, birth_year, colour, created_at) VALUES ('Lan', 2010, '#fff', '2025-01-01')"
        )
    engine.dispose()
    database = open_database(data_dir)
    with database.engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT nickname FROM child").scalar() == "Lan"
        assert connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == HEAD_REVISION
    database.close()
    backups = list(backups_dir(data_dir).glob("before-upgrade-*.sqlite3"))
    assert len(backups) == 1
    copy = sqlite3.connect(backups[0])
    assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert copy.execute("SELECT version_num FROM alembic_version").fetchone()[0] == KNOWN_REVISIONS[0]
    assert copy.execute("SELECT nickname FROM child").fetchone()[0] == "Lan"
    copy.close()


def test_downgrade_and_upgrade_round_trip_keeps_the_family(demo_services) -> None:  # type: ignore[no-untyped-def]
    """Head data in the tables of the first revision survive a downgrade to it and an upgrade back."""
    services = demo_services
    children = services.family.children()
    progress = services.overview.family_progress("en")
    engine = services.database.engine
    run_migrations(engine, KNOWN_REVISIONS[0], downgrade=True)
    with engine.connect() as connection:
        tables = {r[0] for r in connection.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")}
    assert "contact" not in tables and "child" in tables
    run_migrations(engine)
    assert services.family.children() == children
    assert services.overview.family_progress("en") == progress
