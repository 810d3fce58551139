"""Time as the database stores it."""

from __future__ import annotations

import datetime as dt


def utcnow() -> dt.datetime:
    """Now in UTC without a time zone: every stored time is UTC."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)
