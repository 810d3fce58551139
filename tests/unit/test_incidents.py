"""The incident logbook: entries round-trip through a restart, bad input is refused whole, nothing leaks to logs."""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import replace
from pathlib import Path

import pytest

from notalone_desktop.services import open_services
from notalone_desktop.services.incidents import (
    KINDS,
    PLATFORM_MAX,
    WHAT_MAX,
    IncidentInput,
    IncidentProblem,
    clean_incident,
)

TODAY = dt.date(2025, 11, 20)


def entry(child_id: int | None = None, **changes: object) -> IncidentInput:
    base = IncidentInput(
        dt.date(2025, 11, 18),
        "online-kidnapping",
        "A man calling himself Captain Tran video-called Lan and told her to rent a hotel room.",
        child_id,
        "Zalo, +84 912 000 111",
        "Thảo (roommate), the class adviser",
        "Ward police report 2025/113-456",
        "Lan's phone; printed messages in the desk drawer",
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def test_an_entry_survives_a_restart_unchanged(demo_services, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    lan = next(c for c in demo_services.family.children() if c.nickname == "Lan")
    saved = demo_services.incidents.add(entry(lan.id), TODAY)
    demo_services.close()
    reopened = open_services(data_dir)
    try:
        again = reopened.incidents.incident(saved.id)
        assert again == saved
        assert again is not None and again.as_input() == entry(lan.id)
        assert reopened.incidents.incidents() == [saved]
    finally:
        reopened.close()


def test_entries_are_listed_most_recent_first_and_can_be_changed_and_deleted(services) -> None:  # type: ignore[no-untyped-def]
    older = services.incidents.add(entry(occurred_on=dt.date(2024, 5, 1), kind="scam"), TODAY)
    newer = services.incidents.add(entry(kind="cyberbullying"), TODAY)
    assert [e.id for e in services.incidents.incidents()] == [newer.id, older.id]
    changed = services.incidents.update(older.id, entry(kind="grooming", report_refs="case 77"), TODAY)
    assert changed.kind == "grooming" and changed.report_refs == "case 77" and changed.created_at == older.created_at
    services.incidents.delete(older.id)
    assert [e.id for e in services.incidents.incidents()] == [newer.id]
    with pytest.raises(IncidentProblem) as gone:
        services.incidents.update(older.id, entry(), TODAY)
    assert gone.value.code == "incident-gone"


@pytest.mark.parametrize(
    ("changes", "code", "field"),
    [
        ({"occurred_on": TODAY + dt.timedelta(days=1)}, "date-future", "occurred_on"),
        ({"occurred_on": dt.date(1999, 12, 31)}, "date-old", "occurred_on"),
        ({"kind": "burglary"}, "kind-unknown", "kind"),
        ({"what_happened": "   \n  "}, "what-empty", "what_happened"),
        ({"what_happened": "x" * (WHAT_MAX + 1)}, "too-long", "what_happened"),
        ({"platform": "p" * (PLATFORM_MAX + 1)}, "too-long", "platform"),
        ({"child_id": 999_999}, "child-gone", "child"),
    ],
)
def test_bad_entries_are_refused_and_nothing_is_written(services, changes: dict, code: str, field: str) -> None:  # type: ignore[no-untyped-def,type-arg]
    with pytest.raises(IncidentProblem) as raised:
        services.incidents.add(entry(**changes), TODAY)
    assert (raised.value.code, raised.value.field) == (code, field)
    assert services.incidents.incidents() == []


def test_a_refused_change_leaves_the_entry_as_it_was(services) -> None:  # type: ignore[no-untyped-def]
    saved = services.incidents.add(entry(), TODAY)
    with pytest.raises(IncidentProblem):
        services.incidents.update(saved.id, entry(what_happened=""), TODAY)
    assert services.incidents.incident(saved.id) == saved


def test_text_is_tidied_and_today_is_allowed() -> None:
    clean = clean_incident(entry(occurred_on=TODAY, platform="  Zalo   and  TikTok ", what_happened="  x  "), TODAY)
    assert clean.platform == "Zalo and TikTok" and clean.what_happened == "x"
    assert set(KINDS) == {"online-kidnapping", "sextortion", "scam", "cyberbullying", "grooming", "other"}


def test_a_removed_childs_entries_go_with_the_child(demo_services) -> None:  # type: ignore[no-untyped-def]
    minh = next(c for c in demo_services.family.children() if c.nickname == "Minh")
    demo_services.incidents.add(entry(minh.id, kind="cyberbullying"), TODAY)
    kept = demo_services.incidents.add(entry(None, kind="scam"), TODAY)
    demo_services.family.remove_child(minh.id)
    demo_services.family.purge_removed()
    assert demo_services.incidents.incidents() == [kept]


def test_nothing_of_an_entry_reaches_the_log(services, caplog) -> None:  # type: ignore[no-untyped-def]
    caplog.set_level(logging.DEBUG)
    saved = services.incidents.add(entry(), TODAY)
    services.incidents.update(saved.id, entry(report_refs="secret case 2025/999"), TODAY)
    services.incidents.delete(saved.id)
    text = "\n".join(r.getMessage() for r in caplog.records)
    for private in ("Captain Tran", "912 000 111", "Thảo", "2025/999", "desk drawer"):
        assert private not in text
