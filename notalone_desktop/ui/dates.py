"""Dates as people read them: the interface language's unambiguous medium format ("7 Dec 2026", "7 thg 12, 2026",
"7 Des 2026", "7. Dez. 2026"), for the screen, the printed sheets and the human text of exports.

Derived from QLocale's long format without the weekday and with the short month name, so every language Qt knows
gets its own order and punctuation; never a hand-made pattern, never the numeric short format ("12/7/26" is the
7th of December in one country and the 12th of July in another).
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QDate, QDateTime, QLocale

# The weekday (dddd or ddd) with the separator that ties it to the rest: "dddd, " before, ", dddd" after.
_WEEKDAY = re.compile(r"d{3,4}[\s,.\u060c]*|[\s,\u060c]*d{3,4}")
# A month or day written with a leading zero ("dd", "MM") where a plain number reads as well.
_PADDED_DAY = re.compile(r"(?<!d)dd(?!d)")


def date_locale() -> QLocale:
    """The interface language's locale. English is written the British way, as the app's English text is."""
    locale = QLocale()
    if locale.language() == QLocale.Language.English:
        return QLocale("en_GB")
    return locale


def medium_format(locale: QLocale | None = None) -> str:
    """The QDate format string of the medium date in `locale` (the interface language's by default)."""
    locale = locale if locale is not None else date_locale()
    pattern = locale.dateFormat(QLocale.FormatType.LongFormat)
    pattern = _WEEKDAY.sub("", pattern).strip(" ,\u060c")
    # The short month name; a long format with a numeric month (Chinese, Japanese) marks year, month and day
    # with their own signs (年月日), so it is unambiguous as it is.
    return _PADDED_DAY.sub("d", pattern.replace("MMMM", "MMM"))


def _local(moment: dt.datetime) -> QDateTime:
    """A moment as the database keeps it (UTC, naive or aware) in the user's time zone."""
    aware = moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)
    return QDateTime.fromSecsSinceEpoch(int(aware.timestamp())).toLocalTime()


def medium_date(value: dt.date | dt.datetime, locale: QLocale | None = None) -> str:
    """`value` as "7 Dec 2026" in the interface language. A datetime is a UTC moment (the database's times):
    its date is the one in the user's time zone."""
    locale = locale if locale is not None else date_locale()
    day = _local(value).date() if isinstance(value, dt.datetime) else QDate(value.year, value.month, value.day)
    return str(locale.toString(day, medium_format(locale)))


def medium_date_time(moment: dt.datetime, locale: QLocale | None = None) -> str:
    """A UTC moment in the user's time zone: "7 Dec 2026, 14:05"."""
    locale = locale if locale is not None else date_locale()
    local = _local(moment)
    day = locale.toString(local.date(), medium_format(locale))
    time = locale.toString(local.time(), QLocale.FormatType.ShortFormat)
    return f"{day}, {time}"
