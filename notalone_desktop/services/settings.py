"""Preferences as JSON values in the `setting` table."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from notalone_desktop.storage.database import Database


class SettingsService:
    def __init__(self, database: Database) -> None:
        self._db = database

    def get(self, key: str, default: Any = None) -> Any:
        with self._db.read() as sql:
            row = sql.execute("SELECT value FROM setting WHERE key = ?", (key,)).fetchone()
        return json.loads(row[0]) if row else default

    def set(self, key: str, value: Any) -> None:
        with self._db.write() as sql:
            put_setting(sql, key, json.dumps(value))


def put_setting(sql: sqlite3.Connection, key: str, value: str) -> None:
    """Set a setting's row to `value` (JSON text), in the caller's write transaction."""
    sql.execute(
        "INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (key, value),
    )
