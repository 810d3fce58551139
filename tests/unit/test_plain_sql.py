"""The services' one sqlite3 connection (storage/database.py): reads see one moment, a write is whole or nothing
and takes the write lock at once, and the ORM (export, import, upgrades) reads every row the same way."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from notalone_desktop.paths import database_path
from notalone_desktop.services import open_services
from notalone_desktop.storage.database import db_time, open_database


def test_the_connection_has_the_pragmas_the_orm_has(data_dir: Path) -> None:
    database = open_database(data_dir)
    with database.read() as sql:
        assert sql.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert sql.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert sql.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert sql.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000
    database.close()


def test_a_write_takes_the_write_lock_at_once_and_is_whole_or_nothing(data_dir: Path) -> None:
    database = open_database(data_dir)
    with database.write() as sql:
        other = sqlite3.connect(database_path(data_dir), timeout=0)
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")
        other.close()
        sql.execute("INSERT INTO setting (key, value) VALUES ('kept', '1')")
    with pytest.raises(ValueError), database.write() as sql:
        sql.execute("INSERT INTO setting (key, value) VALUES ('dropped', '1')")
        raise ValueError("a problem halfway")
    with database.read() as sql:
        assert {key for (key,) in sql.execute("SELECT key FROM setting")} == {"kept"}
    with pytest.raises(RuntimeError), database.read(), database.write():
        pass  # a write inside a read would not be one transaction of its own
    database.close()


def test_a_read_sees_one_moment(data_dir: Path) -> None:
    database = open_database(data_dir)
    other = sqlite3.connect(database_path(data_dir), isolation_level=None)
    with database.read() as sql:
        before = sql.execute("SELECT count(*) FROM setting").fetchone()[0]
        other.execute("INSERT INTO setting (key, value) VALUES ('meanwhile', '1')")
        assert sql.execute("SELECT count(*) FROM setting").fetchone()[0] == before
    with database.read() as sql:
        assert sql.execute("SELECT count(*) FROM setting").fetchone()[0] == before + 1
    other.close()
    database.close()


def test_a_file_that_is_gone_is_never_made_again_by_a_read(data_dir: Path) -> None:
    database = open_database(data_dir)
    database.close()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{database_path(data_dir)}{suffix}").unlink(missing_ok=True)
    with pytest.raises(sqlite3.OperationalError), database.read():
        pass
    assert not database_path(data_dir).exists()


def test_times_and_flags_written_either_way_read_the_same_either_way(data_dir: Path) -> None:
    services = open_services(data_dir)
    child = services.family.add_child("Lan", dt.date.today().year - 12)
    done_at = dt.datetime(2026, 3, 4, 5, 6, 7, 890)
    services.checklist.set_state(child.id, "privacy.location-sharing", "done", done_at)
    from notalone_desktop.storage.models import ChecklistProgress, Child

    with services.database.session() as session:  # the ORM reads what plain SQL wrote
        row = session.query(ChecklistProgress).filter_by(child_id=child.id).one()
        assert row.done_at == done_at and row.state == "done"
        orm_child = session.get(Child, child.id)
        assert orm_child is not None
        orm_child.removed_at = done_at  # and plain SQL reads what the ORM writes
    with services.database.read() as sql:
        assert sql.execute("SELECT removed_at FROM child").fetchone()[0] == db_time(done_at)
    assert services.family.children() == []
    [item] = [i for i in services.checklist.items(child.id, "en") if i.key == "privacy.location-sharing"]
    assert item.done_at == done_at
    services.close()
