"""Damaged database files: half truncated, a random page overwritten, zero bytes, a PNG renamed. Each is detected
every time (check, start-up, the recovery screen) and is never overwritten: recovery moves it aside whole."""

from __future__ import annotations

import hashlib
import os
import random
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from notalone_desktop.core.errors import DatabaseProblem
from notalone_desktop.paths import backups_dir, database_path
from notalone_desktop.services.backups import BackupService, damaged_database
from notalone_desktop.storage.database import open_database
from notalone_desktop.storage.inspect import inspect_database
from tests.reliability.helpers import REPO, env_for_children, make_family


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def half_truncated(path: Path, seed: int) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def random_page_overwritten(path: Path, seed: int) -> None:
    connection = sqlite3.connect(path)
    page_size, pages = (connection.execute(f"PRAGMA {p}").fetchone()[0] for p in ("page_size", "page_count"))
    connection.close()
    rng = random.Random(seed)
    page = rng.randrange(2, pages + 1)  # any page in use (the file was vacuumed: none is free)
    with path.open("r+b") as handle:
        handle.seek((page - 1) * page_size)
        handle.write(rng.randbytes(page_size))


def zero_bytes(path: Path, seed: int) -> None:
    path.write_bytes(b"")


def png_renamed(path: Path, seed: int) -> None:
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + random.Random(seed).randbytes(20_000))


DAMAGE: dict[str, Callable[[Path, int], None]] = {
    "half truncated": half_truncated,
    "random page overwritten": random_page_overwritten,
    "zero bytes": zero_bytes,
    "png renamed": png_renamed,
}


@pytest.fixture(scope="module")
def healthy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A family with lessons (big pages, overflow pages, FTS), vacuumed so that every page is in use."""
    directory = tmp_path_factory.mktemp("healthy") / "family"
    path = make_family(directory, lessons=True)
    connection = sqlite3.connect(path)
    connection.execute("VACUUM")
    assert connection.execute("PRAGMA freelist_count").fetchone()[0] == 0
    connection.close()
    return path


def damaged_copy(healthy: Path, directory: Path, kind: str, seed: int = 0, backup: bool = True) -> Path:
    directory.mkdir(parents=True)
    path = database_path(directory)
    path.write_bytes(healthy.read_bytes())
    if backup:
        database = open_database(directory, create=False)
        BackupService(database).backup_now()
        database.close()
    DAMAGE[kind](path, seed)
    return path


@pytest.mark.parametrize("kind", sorted(DAMAGE))
def test_damage_is_detected_every_time_and_the_file_is_never_changed(kind: str, healthy: Path, tmp_path: Path) -> None:
    seeds = range(12) if kind == "random page overwritten" else range(1)
    for seed in seeds:
        directory = tmp_path / f"{seed}"
        path = damaged_copy(healthy, directory, kind, seed, backup=seed == 0)
        before = digest(path)
        report = inspect_database(path)
        assert report.problems, f"{kind}, seed {seed}: not detected"
        assert damaged_database(directory) is not None, f"{kind}, seed {seed}"
        if seed == 0:
            from notalone_desktop.cli import main

            assert main(["check", "--data-dir", str(directory)]) == 1
            with pytest.raises(DatabaseProblem):
                from notalone_desktop.ui.app import open_or_recover  # headless: one error, no dialog

                open_or_recover(directory, None)
        assert digest(path) == before, f"{kind}, seed {seed}: the file was changed"


def test_the_window_refuses_a_damaged_file_headless_with_one_line(healthy: Path, tmp_path: Path) -> None:
    path = damaged_copy(healthy, tmp_path / "family", "random page overwritten", seed=3)
    before = digest(path)
    result = subprocess.run(
        [sys.executable, "-m", "notalone_desktop", "--quit-when-ready", "--data-dir", str(path.parent)],
        cwd=REPO,
        env=env_for_children(),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("notalone: error: the database is damaged"), result.stderr
    assert digest(path) == before


@pytest.mark.parametrize("choice", ["restore", "empty", "quit"])
def test_the_recovery_screen(
    choice: str, qtbot, healthy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from notalone_desktop.ui.app import open_or_recover
    from notalone_desktop.ui.dialogs.recovery import RecoveryDialog

    directory = tmp_path / "family"
    path = damaged_copy(healthy, directory, "half truncated")
    before = digest(path)
    monkeypatch.setenv("NOTALONE_RECOVERY", "ask")
    seen: list[RecoveryDialog] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, RecoveryDialog):
            QTimer.singleShot(10, answer)
            return
        seen.append(dialog)
        assert dialog.restore_button.isVisible() and dialog.restore_button.text().startswith("&Restore the backup of ")
        assert str(path) in dialog.detail.text()
        button = {"restore": dialog.restore_button, "empty": dialog.empty_button, "quit": dialog.quit_button}[choice]
        button.click()

    QTimer.singleShot(0, answer)
    services = open_or_recover(directory, None)
    assert seen
    moved = sorted(directory.glob("notalone.sqlite3.corrupt-*"))
    if choice == "quit":
        assert services is None and not moved and digest(path) == before
        return
    assert services is not None
    try:
        assert len(moved) == 1 and digest(moved[0]) == before  # moved aside whole, never overwritten
        children = services.family.children()
        assert (len(children) == 3) if choice == "restore" else (children == [])
        assert inspect_database(path).ok
    finally:
        services.close()
    assert len(list(backups_dir(directory).glob("*.sqlite3"))) >= 1


def test_without_a_good_backup_only_an_empty_start_is_offered(qtbot, healthy: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from notalone_desktop.ui.dialogs.recovery import RecoveryDialog

    path = damaged_copy(healthy, tmp_path / "family", "zero bytes", backup=False)
    report, backup = damaged_database(path.parent) or (None, None)
    assert report is not None and backup is None
    dialog = RecoveryDialog(str(path), report.problems[0], backup)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.restore_button.isVisible() and dialog.empty_button.isDefault()
    assert "no good backup" in dialog.text.text()
    os.sync()
