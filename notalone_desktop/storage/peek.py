"""A glance at the database with plain sqlite3, before SQLAlchemy is even imported: what the window needs to
paint its first frame (the language, the saved geometry). Read-only; anything unexpected means "no answer"."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from notalone_desktop.storage.inspect import leaving_no_trace


@dataclass(frozen=True)
class Glance:
    language: str | None = None  # the family's language once set up
    geometry: str | None = None  # the window geometry saved at the last close (base64)


def glance(path: Path) -> Glance:
    if not path.is_file():  # also a FIFO named like the database: sqlite3 would wait on it for ever
        return Glance()
    try:
        with leaving_no_trace(path):
            connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=1)
            try:
                row = connection.execute("SELECT language, setup_done FROM family WHERE id = 1").fetchone()
                saved = connection.execute("SELECT value FROM setting WHERE key = 'window.geometry'").fetchone()
            finally:
                connection.close()
    except (sqlite3.Error, ValueError):
        return Glance()
    language = row[0] if row and row[1] else None
    geometry = json.loads(saved[0]) if saved else None
    return Glance(language, geometry if isinstance(geometry, str) else None)
