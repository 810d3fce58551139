"""kill -9 at random moments while the app's services write, back up and export: every commit the writer
reported is there, no transaction is half there, the file passes the integrity check, and no half-written
backup or archive is ever taken for a whole one."""

from __future__ import annotations

import hashlib
import random
import time
from pathlib import Path

from notalone_desktop.paths import backups_dir, database_path
from notalone_desktop.services.family_data import load_archive
from notalone_desktop.storage.backup import check_backup, list_backups
from tests.reliability.helpers import (
    Findings,
    Survivors,
    check_database,
    contacts_whole,
    kill,
    make_family,
    start_writer,
)

DEFAULT_CYCLES = 50
LONG_CYCLES = 400


def _run_until_killed(process, rng: random.Random, wait_for_output: bool, max_delay: float) -> list[str]:  # type: ignore[no-untyped-def]
    if wait_for_output:
        first = process.stdout.readline()  # the writer is in its loop now
        time.sleep(rng.uniform(0, max_delay))
        return [first.strip(), *kill(process)] if first else kill(process)
    time.sleep(rng.uniform(0, 0.6))  # anywhere: while importing, opening the database, or writing
    return kill(process)


def test_kill_9_while_writing_loses_no_reported_commit(tmp_path: Path, long_run: bool) -> None:
    directory = tmp_path / "family"
    path = make_family(directory, demo=False)
    rng = random.Random(20251122)
    cycles = LONG_CYCLES if long_run else DEFAULT_CYCLES
    survivors = Survivors()
    totals = Findings()
    reported = 0
    for cycle in range(cycles):
        process = start_writer("checklist", str(directory), str(cycle * 100_000))
        lines = _run_until_killed(process, rng, wait_for_output=cycle % 5 != 0, max_delay=0.08)
        reported += len(lines)
        survivors.add(lines)
        findings = check_database(path, survivors)
        totals.integrity_failures += findings.integrity_failures
        totals.lost += findings.lost
        totals.half_transactions += findings.half_transactions
        assert not findings.problems, f"cycle {cycle}: {findings.problems}"
    print(
        f"\nkill -9: {cycles} cycles, {reported} commits reported, {totals.lost} lost, "
        f"{totals.half_transactions} half transactions, {totals.integrity_failures} integrity failures"
    )
    assert reported > cycles  # the writer really wrote between kills
    assert totals.lost == totals.integrity_failures == totals.half_transactions == 0


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_kill_9_while_a_backup_and_an_export_run_in_other_processes(tmp_path: Path, long_run: bool) -> None:
    directory = tmp_path / "family"
    path = make_family(directory, demo=True)
    out = tmp_path / "family.zip"
    from notalone_desktop.services.family_data import export_family
    from notalone_desktop.storage.database import open_database

    database = open_database(directory, create=False)
    export_family(database, out)  # an earlier, whole archive: it must never be replaced by half of one
    database.close()
    rng = random.Random(7)
    cycles = 40 if long_run else 8
    survivors = Survivors()
    backups_seen = exports_seen = 0
    for cycle in range(cycles):
        before = digest(out)
        writer = start_writer("checklist", str(directory), str(10_000_000 + cycle * 100_000))
        backup = start_writer("backup", str(directory))
        exporter = start_writer("export", str(directory), str(out))
        processes = [writer, backup, exporter]
        for process in processes:
            assert process.stdout is not None
            process.stdout.readline()  # each one is at work
        outputs: dict[int, list[str]] = {}
        for index in rng.sample(range(3), 3):  # killed one after the other, in a random order
            time.sleep(rng.uniform(0, 0.05))
            outputs[index] = kill(processes[index])
        survivors.add(outputs[0])
        findings = check_database(path, survivors)
        assert not findings.problems, f"cycle {cycle}: {findings.problems}"
        listed = list_backups(backups_dir(directory))
        assert listed, "a backup was made before the kills: one must be listed"
        for made in listed:
            assert not made.path.name.endswith(".part")
            assert check_backup(made.path).ok, made.path.name
            assert contacts_whole(made.path)
        backups_seen += len(listed)
        load_archive(out)  # whole: it reads and passes every check
        if digest(out) != before:
            exports_seen += 1
    print(f"\nkill -9 with backup and export: {cycles} cycles, {backups_seen} listed backups all verified")
    assert exports_seen >= 1
    assert database_path(directory).exists()
