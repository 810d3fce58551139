"""Age bands at every boundary: a child gets the band of the age they reach this calendar year, whatever the day."""

from __future__ import annotations

import datetime as dt

import pytest

from notalone_desktop.core.age import AGE_BANDS, age_in_year, band_for_age, band_for_birth_year, birth_year_range
from notalone_desktop.core.family import ChildInfo


@pytest.mark.parametrize(
    ("age", "band"),
    [
        (0, "under6"),
        (5, "under6"),
        (6, "6-9"),
        (9, "6-9"),
        (10, "10-12"),
        (12, "10-12"),
        (13, "13-15"),
        (15, "13-15"),
        (16, "16-17"),
        (17, "16-17"),
        (18, "18-22"),
        (22, "18-22"),
        (23, "18-22"),  # the year's turn: a 23-year-old the app still accepts keeps the oldest band
        (24, "18-22"),
    ],
)
def test_band_at_each_boundary(age: int, band: str) -> None:
    assert band_for_age(age) == band


def test_every_band_is_reached_in_order_and_only_once() -> None:
    bands = [band_for_age(age) for age in range(0, 25)]
    assert list(dict.fromkeys(bands)) == list(AGE_BANDS)


@pytest.mark.parametrize(
    ("birth_year", "today", "age", "band"),
    [
        (2014, dt.date(2026, 1, 1), 12, "10-12"),
        (2014, dt.date(2026, 12, 31), 12, "10-12"),
        (2013, dt.date(2026, 1, 1), 13, "13-15"),  # a birthday later this year counts from New Year's Day
        (2021, dt.date(2026, 6, 1), 5, "under6"),
        (2020, dt.date(2026, 6, 1), 6, "6-9"),
        (2009, dt.date(2026, 6, 1), 17, "16-17"),
        (2008, dt.date(2026, 6, 1), 18, "18-22"),
        (2026, dt.date(2026, 6, 1), 0, "under6"),
        (2031, dt.date(2040, 3, 1), 9, "6-9"),  # any year: the date given, not today's
        (2021, dt.date(2040, 3, 1), 19, "18-22"),
    ],
)
def test_age_and_band_come_from_the_birth_year(birth_year: int, today: dt.date, age: int, band: str) -> None:
    assert age_in_year(birth_year, today) == age
    assert band_for_birth_year(birth_year, today) == band


def test_without_a_date_the_age_is_todays() -> None:
    year = dt.date.today().year
    assert age_in_year(year - 11) == 11
    assert band_for_birth_year(year - 13) == "13-15"
    child = ChildInfo(3, "Lan", year - 16, "#aa3377")
    assert (child.age, child.band) == (16, "16-17")


def test_birth_years_accepted_reach_back_25_years() -> None:
    assert birth_year_range(dt.date(2026, 1, 1)) == (2001, 2026)
    assert birth_year_range(dt.date(2030, 12, 31)) == (2005, 2030)
    this_year = dt.date.today().year
    assert birth_year_range() == (this_year - 25, this_year)
