"""Children: nicknames and birth years checked, age bands derived, removal with undo and no orphans."""

from __future__ import annotations

import datetime as dt

import pytest

from notalone_desktop.core.age import band_for_age, band_for_birth_year
from notalone_desktop.core.errors import ValidationError


@pytest.mark.parametrize(
    ("age", "band"),
    [(0, "under6"), (5, "under6"), (6, "6-9"), (9, "6-9"), (10, "10-12"), (13, "13-15"), (17, "16-17"), (19, "18-22")],
)
def test_age_bands(age: int, band: str) -> None:
    assert band_for_age(age) == band


def test_band_moves_on_by_itself_every_year() -> None:
    assert band_for_birth_year(2016, dt.date(2025, 6, 1)) == "6-9"
    assert band_for_birth_year(2016, dt.date(2026, 1, 1)) == "10-12"


@pytest.mark.parametrize("nickname", ["", "   ", "\t\n", "x" * 200])
def test_bad_nicknames_are_refused_with_a_message(services, nickname: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as raised:
        services.family.add_child(nickname, 2015)
    assert raised.value.field == "nickname"
    assert "nickname" in str(raised.value).lower() or "characters" in str(raised.value)
    assert services.family.children() == []


def test_nickname_is_tidied_and_birth_year_checked(services) -> None:  # type: ignore[no-untyped-def]
    child = services.family.add_child("  Bé   Na ", 2019)
    assert child.nickname == "Bé Na"
    with pytest.raises(ValidationError, match="birth year"):
        services.family.add_child("Old", 1950)


def test_removal_hides_at_once_undo_restores_and_purge_leaves_no_orphans(services) -> None:  # type: ignore[no-untyped-def]
    child = services.family.add_child("Minh", 2014)
    item = services.checklist.curated_for(child.id)[0]
    services.checklist.set_state(child.id, item.key, "done")
    services.checklist.add_custom(child.id, "talking", "Ask about the new game")
    services.family.remove_child(child.id)
    assert services.family.children() == []
    services.family.undo_remove(child.id)
    assert [c.nickname for c in services.family.children()] == ["Minh"]
    assert services.checklist.progress(child.id).done == 1

    services.family.remove_child(child.id)
    assert services.family.purge_removed() == 1
    with services.database.engine.connect() as connection:
        for table in ("checklist_progress", "custom_item", "contact_child", "scenario_result"):
            count = connection.exec_driver_sql(f"SELECT COUNT(*) FROM {table}").scalar()
            assert count == 0, table
