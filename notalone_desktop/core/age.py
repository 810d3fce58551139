"""Age bands: derived from a birth year, so a child moves to the next band every year by itself."""

from __future__ import annotations

import datetime as dt

AGE_BANDS: tuple[str, ...] = ("under6", "6-9", "10-12", "13-15", "16-17", "18-22")
OLDEST_AGE = 22
MIN_BIRTH_YEAR_SPAN = 25  # a birth year further back than this is not a child this app helps with


def age_in_year(birth_year: int, today: dt.date | None = None) -> int:
    """The age the child reaches this calendar year (birth dates are not stored: the year is enough)."""
    today = today or dt.date.today()
    return today.year - birth_year


def band_for_age(age: int) -> str:
    if age < 6:
        return "under6"
    if age <= 9:
        return "6-9"
    if age <= 12:
        return "10-12"
    if age <= 15:
        return "13-15"
    if age <= 17:
        return "16-17"
    return "18-22"


def band_for_birth_year(birth_year: int, today: dt.date | None = None) -> str:
    return band_for_age(age_in_year(birth_year, today))


def birth_year_range(today: dt.date | None = None) -> tuple[int, int]:
    """The birth years the app accepts: young adults up to 22 (plus slack for the year's turn) to this year."""
    year = (today or dt.date.today()).year
    return year - MIN_BIRTH_YEAR_SPAN, year
