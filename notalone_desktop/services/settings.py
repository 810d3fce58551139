"""Preferences as JSON values in the `setting` table."""

from __future__ import annotations

import json
from typing import Any

from notalone_desktop.storage.database import Database
from notalone_desktop.storage.models import Setting


class SettingsService:
    def __init__(self, database: Database) -> None:
        self._db = database

    def get(self, key: str, default: Any = None) -> Any:
        with self._db.session() as session:
            row = session.get(Setting, key)
            return json.loads(row.value) if row else default

    def set(self, key: str, value: Any) -> None:
        with self._db.session() as session:
            session.merge(Setting(key=key, value=json.dumps(value)))
