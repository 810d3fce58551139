"""Verified copies of the database with SQLite's backup API (a file copy could miss the -wal file)."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path


class BackupFailed(Exception):
    pass


def backup_database(source: Path, destination: Path) -> Path:
    """Copy `source` to `destination` through a temporary name: backup API, integrity check, fsync, rename."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    os.chmod(destination.parent, 0o700)
    temporary = destination.with_name(destination.name + ".part")
    temporary.unlink(missing_ok=True)
    fd = os.open(temporary, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600)
    os.close(fd)
    src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    dst = sqlite3.connect(temporary)
    try:
        src.backup(dst)
        dst.execute("PRAGMA journal_mode=DELETE")  # a backup is one self-contained file
        check = [r[0] for r in dst.execute("PRAGMA integrity_check")]
        if check != ["ok"]:
            raise BackupFailed("the copy did not pass the integrity check: " + "; ".join(check[:3]))
    finally:
        dst.close()
        src.close()
    with open(temporary, "rb+") as handle:
        os.fsync(handle.fileno())
    os.replace(temporary, destination)
    directory = os.open(destination.parent, os.O_RDONLY)
    try:
        os.fsync(directory)
    finally:
        os.close(directory)
    return destination


def timestamp() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
