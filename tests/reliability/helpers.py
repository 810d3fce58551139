"""What the reliability tests share: a family on disk, writer processes, and checks of what survived."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from notalone_desktop.paths import database_path

REPO = Path(__file__).resolve().parents[2]


def make_family(directory: Path, demo: bool = True, lessons: bool = False) -> Path:
    """A real family data dir, closed (checkpointed into one file)."""
    from notalone_desktop.services import open_services
    from notalone_desktop.services.demo import create_demo_family

    services = open_services(directory)
    try:
        if demo:
            create_demo_family(services)
        if lessons:
            services.lessons.sync()
    finally:
        services.close()
    return database_path(directory)


def env_for_children(extra: dict[str, str] | None = None) -> dict[str, str]:
    pythonpath = os.pathsep.join(p for p in (str(REPO), os.environ.get("PYTHONPATH", "")) if p)
    env = dict(
        os.environ,
        PYTHONPATH=pythonpath,
        QT_QPA_PLATFORM="offscreen",
        NOTALONE_NO_WIZARD="1",
        PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring",  # never the developer's keychain
    )
    env.update(extra or {})
    return env


def start_writer(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.reliability.writer", *args],
        cwd=REPO,
        env=env_for_children(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def kill(process: subprocess.Popen[str]) -> list[str]:
    """SIGKILL, then every line the process had printed."""
    if process.poll() is None:
        process.kill()
    out, _err = process.communicate(timeout=30)
    return out.splitlines()


@dataclass
class Survivors:
    keys: set[str] = field(default_factory=set)
    contacts: set[str] = field(default_factory=set)

    def add(self, lines: list[str]) -> None:
        for line in lines:
            kind, _sep, value = line.partition(" ")
            if kind == "key":
                self.keys.add(value)
            elif kind == "contact":
                self.contacts.add(value)


@dataclass
class Findings:
    integrity_failures: int = 0
    lost: int = 0
    half_transactions: int = 0
    problems: list[str] = field(default_factory=list)


def check_database(path: Path, expected: Survivors) -> Findings:
    """Open the database as the next start would (the -wal is replayed), then look at everything."""
    findings = Findings()
    connection = sqlite3.connect(path, timeout=10)
    try:
        rows = [r[0] for r in connection.execute("PRAGMA integrity_check")]
        if rows != ["ok"]:
            findings.integrity_failures += 1
            findings.problems.append("; ".join(rows[:3]))
        keys = {r[0] for r in connection.execute("SELECT item_key FROM checklist_progress WHERE state = 'done'")}
        half = connection.execute(
            "SELECT count(*) FROM checklist_progress WHERE state = 'done' AND done_at IS NULL"
        ).fetchone()[0]
        phones = dict(
            connection.execute(
                "SELECT contact.name, count(contact_phone.id) FROM contact "
                "LEFT JOIN contact_phone ON contact_phone.contact_id = contact.id GROUP BY contact.id"
            ).fetchall()
        )
    finally:
        connection.close()
    missing = (expected.keys - keys) | (expected.contacts - set(phones))
    findings.lost += len(missing)
    if missing:
        findings.problems.append(f"lost commits: {sorted(missing)[:5]}")
    broken = [name for name, count in phones.items() if name.startswith("contact-") and count != 3]
    findings.half_transactions += len(broken) + half
    if broken or half:
        findings.problems.append(f"half transactions: {broken[:5]} / {half} progress rows")
    return findings


def contacts_whole(path: Path) -> bool:
    """In a backup: every contact the writer added has its three numbers (a snapshot, never half of one)."""
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        counts = connection.execute(
            "SELECT count(contact_phone.id) FROM contact LEFT JOIN contact_phone "
            "ON contact_phone.contact_id = contact.id WHERE contact.name LIKE 'contact-%' GROUP BY contact.id"
        ).fetchall()
    finally:
        connection.close()
    return all(count == 3 for (count,) in counts)
