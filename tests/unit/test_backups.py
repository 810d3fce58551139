"""Automatic backups: verified copies, written under a temporary name, rotated only after a newer one passed the
integrity check; restore backs up the current file first; recovery moves a damaged file aside."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import sqlite3
import time
from pathlib import Path

import pytest

from notalone_desktop.paths import backups_dir, database_path
from notalone_desktop.services.backups import (
    BACKUP_INTERVAL,
    BackupService,
    RestoreRefused,
    damaged_database,
    keep_set,
    recover_database,
)
from notalone_desktop.storage.backup import (
    BackupFile,
    RestoreCancelled,
    backup_database,
    check_backup,
    list_backups,
    move_aside,
    parse_backup_name,
)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_backup_now_writes_a_verified_private_copy(services) -> None:  # type: ignore[no-untyped-def]
    backups = BackupService(services.database)
    services.family.add_child("An", dt.date.today().year - 9)
    made = backups.backup_now()
    assert made.kind == "auto" and made.path.parent == backups_dir(services.data_dir)
    assert check_backup(made.path).ok
    assert os.stat(made.path).st_mode & 0o777 == 0o600
    assert os.stat(made.path.parent).st_mode & 0o777 == 0o700
    connection = sqlite3.connect(made.path)
    assert connection.execute("SELECT nickname FROM child").fetchall() == [("An",)]
    assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # one self-contained file
    connection.close()


def test_a_part_file_is_never_listed(services) -> None:  # type: ignore[no-untyped-def]
    backups = BackupService(services.database)
    made = backups.backup_now()
    half = made.path.with_name("auto-20300101T000000000000Z.sqlite3.part")
    half.write_bytes(made.path.read_bytes()[:1000])
    assert [b.path for b in backups.backups()] == [made.path]
    assert backups.last_backup() == backups.backups()[0]


def test_backup_only_after_changes_and_at_most_every_thirty_minutes(services) -> None:  # type: ignore[no-untyped-def]
    backups = BackupService(services.database)
    first = backups.backup_if_due()
    assert first is not None
    assert backups.backup_if_due(at_exit=True) is None  # nothing changed since
    time.sleep(0.05)  # file times must be able to tell "after"
    services.settings.set("some.preference", 1)
    assert backups.changed_since_last_backup()
    assert backups.backup_if_due() is None  # changed, but the last backup is only seconds old
    later = first.created + BACKUP_INTERVAL + dt.timedelta(seconds=1)
    second = backups.backup_if_due(now=later)
    assert second is not None and second.path != first.path
    time.sleep(0.05)
    services.settings.set("some.preference", 2)
    assert backups.backup_if_due(at_exit=True) is not None  # at exit: whenever something changed


def _fake(created: dt.datetime, kind: str = "auto") -> BackupFile:
    return BackupFile(Path(f"/b/{kind}-{created:%Y%m%dT%H%M%S%f}Z.sqlite3"), kind, created, 1)


def test_rotation_keeps_seven_days_and_four_weeks() -> None:
    start = dt.datetime(2026, 1, 1, 12, 0)
    backups = [_fake(start + dt.timedelta(hours=7 * n)) for n in range(0, 400)]  # ~4 a day for 4 months
    backups += [_fake(start + dt.timedelta(days=n), "before-upgrade") for n in range(5)]
    backups.sort(key=lambda b: b.created, reverse=True)
    kept = keep_set(backups)
    autos = [b for b in backups if b.path in kept and b.kind == "auto"]
    days = {b.created.date() for b in autos}
    assert backups[0].path in kept
    assert 7 <= len(autos) <= 7 + 4 and len(days) == len(autos)  # one per day at most
    newest_days = sorted({b.created.replace(tzinfo=dt.UTC).astimezone().date() for b in backups if b.kind == "auto"})
    assert len({b.created.replace(tzinfo=dt.UTC).astimezone().date() for b in autos} & set(newest_days[-7:])) == 7
    assert len([b for b in backups if b.path in kept and b.kind == "before-upgrade"]) == 3


def test_rotation_removes_only_after_the_newest_passed_the_check(services) -> None:  # type: ignore[no-untyped-def]
    backups = BackupService(services.database)
    directory = backups.directory
    old = [backups.backup_now() for _ in range(3)]
    assert len(backups.backups()) == 1  # same day: only the newest is kept
    # Three old days, then damage the newest: rotation must not remove anything.
    for n, backup in enumerate(old[:1]):
        for day in range(1, 10):
            name = f"auto-{(backup.created - dt.timedelta(days=day + n)):%Y%m%dT%H%M%S%f}Z.sqlite3"
            backup_database(database_path(services.data_dir), directory / name)
    before = sorted(p.name for p in directory.iterdir())
    newest = backups.backups()[0]
    newest.path.write_bytes(b"\0" * 4096)
    assert backups.rotate() == []
    assert sorted(p.name for p in directory.iterdir()) == before
    newest.path.unlink()
    expected = keep_set(backups.backups())
    removed = backups.rotate()
    kept = {b.path for b in backups.backups()}
    assert removed and kept == expected
    assert 7 <= len(kept) <= 8  # the newest of 7 days, and one more when the 9 days span another ISO week


def test_parse_names() -> None:
    assert parse_backup_name(Path("auto-20260102T030405123456Z.sqlite3")) == (
        "auto",
        dt.datetime(2026, 1, 2, 3, 4, 5, 123456),
    )
    assert parse_backup_name(Path("before-upgrade-0001_initial-20260101T101500Z.sqlite3")) == (
        "before-upgrade",
        dt.datetime(2026, 1, 1, 10, 15),
    )
    for other in ("auto-20260102T030405Z.sqlite3.part", "notes.txt", "auto-x.sqlite3"):
        assert parse_backup_name(Path(other)) is None


def test_restore_backs_up_the_current_file_and_brings_the_old_data_back(services) -> None:  # type: ignore[no-untyped-def]
    backups = BackupService(services.database)
    year = dt.date.today().year
    services.family.add_child("Before", year - 8)
    taken = backups.backup_now()
    services.family.add_child("After", year - 5)
    steps: list[tuple[int, int]] = []
    safety = backups.restore(taken, progress=lambda done, total: steps.append((done, total)))
    assert [c.nickname for c in services.family.children()] == ["Before"]  # the same services go on working
    assert safety.kind == "before-restore"
    connection = sqlite3.connect(safety.path)
    assert {r[0] for r in connection.execute("SELECT nickname FROM child")} == {"Before", "After"}
    connection.close()
    assert steps and steps[-1][0] == steps[-1][1]
    services.family.add_child("Later", year - 3)  # writes go on after the swap
    assert len(services.family.children()) == 2


def test_restore_can_be_cancelled_before_anything_changes(services) -> None:  # type: ignore[no-untyped-def]
    backups = BackupService(services.database)
    year = dt.date.today().year
    taken = backups.backup_now()
    services.family.add_child("Kept", year - 8)
    with pytest.raises(RestoreCancelled):
        backups.restore(taken, cancelled=lambda: True)
    assert [c.nickname for c in services.family.children()] == ["Kept"]
    assert not list(services.data_dir.glob("*.part"))


def test_a_damaged_backup_is_refused(services) -> None:  # type: ignore[no-untyped-def]
    backups = BackupService(services.database)
    taken = backups.backup_now()
    data = taken.path.read_bytes()
    taken.path.write_bytes(data[: len(data) // 2])
    with pytest.raises(RestoreRefused):
        backups.restore(taken)


def test_recovery_moves_the_damaged_file_aside_and_restores_the_newest_good_backup(tmp_path: Path) -> None:
    from notalone_desktop.services import open_services
    from notalone_desktop.services.demo import create_demo_family

    directory = tmp_path / "family"
    services = open_services(directory)
    create_demo_family(services)
    backups = BackupService(services.database)
    good = backups.backup_now()
    services.close()
    # A newer backup that is itself damaged must be passed over.
    bad_backup = backups_dir(directory) / "auto-20990101T000000000000Z.sqlite3"
    bad_backup.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 5000)
    path = database_path(directory)
    path.write_bytes(path.read_bytes()[:5000])
    damaged = digest(path)
    found = damaged_database(directory)
    assert found is not None
    report, backup = found
    assert report.problems and backup is not None and backup.path == good.path
    moved = recover_database(directory, backup)
    assert moved.name.startswith("notalone.sqlite3.corrupt-") and digest(moved) == damaged
    assert damaged_database(directory) is None
    again = open_services(directory)
    assert [c.nickname for c in again.family.children()] == ["Lan", "Minh", "Bông"]
    again.close()


def test_moving_aside_never_overwrites(tmp_path: Path) -> None:
    path = tmp_path / "notalone.sqlite3"
    now = dt.datetime(2026, 5, 1, tzinfo=dt.UTC)
    path.write_bytes(b"one")
    first = move_aside(path, now)
    path.write_bytes(b"two")
    Path(f"{path}-wal").write_bytes(b"wal")
    second = move_aside(path, now)
    assert first != second and first.read_bytes() == b"one" and second.read_bytes() == b"two"
    assert Path(f"{second}-wal").read_bytes() == b"wal" and not Path(f"{path}-wal").exists()


def test_a_newer_versions_file_is_not_treated_as_damaged(tmp_path: Path) -> None:
    from notalone_desktop.storage.database import open_database

    directory = tmp_path / "family"
    open_database(directory).close()
    connection = sqlite3.connect(database_path(directory))
    connection.execute("UPDATE alembic_version SET version_num = '0099_future'")
    connection.commit()
    connection.close()
    assert damaged_database(directory) is None
    assert list_backups(backups_dir(directory)) == []
