"""Review reminders: with an injected clock, a notification for items whose review date has passed, at most once
a day (also across a restart), never when turned off, and never naming anything personal."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from notalone_desktop.services import open_services
from notalone_desktop.ui.reminders import (
    LAST_SETTING,
    ReminderScheduler,
    due_items,
    reminders_enabled,
    set_reminders_enabled,
)

KEY = "devices.updates"  # a family item checked again every 90 days
DONE_AT = dt.datetime(2025, 3, 1, 9, 0)  # naive UTC, as stored


class Clock:
    """Now, as the scheduler sees it: set by the test."""

    def __init__(self, when: dt.datetime) -> None:
        self.when = when

    def __call__(self) -> dt.datetime:
        return self.when

    def days_later(self, days: float) -> None:
        self.when += dt.timedelta(days=days)


def at(naive_utc: dt.datetime) -> dt.datetime:
    return naive_utc.replace(tzinfo=dt.UTC).astimezone()


@pytest.fixture
def family(services):  # type: ignore[no-untyped-def]
    services.family.update(country="VN", setup_done=True)
    services.family.add_child("Lan", 2006)
    item = services.content.checklists.item(KEY)
    assert item is not None and item.review_days == 90
    services.checklist.set_state(None, KEY, "done", now=DONE_AT)
    return services


def scheduler(services, clock: Clock, shown: list[tuple[str, str]]) -> ReminderScheduler:  # type: ignore[no-untyped-def]
    return ReminderScheduler(services, lambda title, text: shown.append((title, text)), clock=clock)


def test_an_item_past_its_review_date_is_notified_once_a_day(qapp, family) -> None:  # type: ignore[no-untyped-def]
    clock = Clock(at(DONE_AT + dt.timedelta(days=30)))
    shown: list[tuple[str, str]] = []
    reminders = scheduler(family, clock, shown)
    assert due_items(family, clock()) == 0
    assert not reminders.check() and shown == []  # not due yet

    clock.days_later(61)  # 91 days after it was done
    assert due_items(family, clock()) == 1
    assert reminders.check()
    assert len(shown) == 1 and "1" in shown[0][1]
    clock.days_later(0.1)
    assert not reminders.check() and len(shown) == 1  # the same day: once is enough

    clock.days_later(1)
    assert reminders.check() and len(shown) == 2  # the next day, still due: again


def test_once_a_day_holds_across_a_restart(qapp, family, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    clock = Clock(at(DONE_AT + dt.timedelta(days=100)))
    shown: list[tuple[str, str]] = []
    assert scheduler(family, clock, shown).check()
    assert family.settings.get(LAST_SETTING) == clock().date().isoformat()
    family.close()
    reopened = open_services(data_dir)
    try:
        assert not scheduler(reopened, clock, shown).check()
        assert len(shown) == 1
    finally:
        reopened.close()


def test_nothing_when_turned_off_and_again_when_turned_on(qapp, family) -> None:  # type: ignore[no-untyped-def]
    clock = Clock(at(DONE_AT + dt.timedelta(days=100)))
    shown: list[tuple[str, str]] = []
    reminders = scheduler(family, clock, shown)
    assert reminders_enabled(family)
    set_reminders_enabled(family, False)
    assert not reminders.enabled() and not reminders.check() and shown == []
    reminders.set_enabled(True)
    assert reminders.check() and len(shown) == 1


def test_nothing_is_due_nothing_is_shown(qapp, services) -> None:  # type: ignore[no-untyped-def]
    shown: list[tuple[str, str]] = []
    assert not scheduler(services, Clock(at(DONE_AT)), shown).check()
    assert shown == [] and services.settings.get(LAST_SETTING) is None


def test_a_paused_scheduler_writes_nothing(qapp, family) -> None:  # type: ignore[no-untyped-def]
    """After "Erase all data" nothing may be written to the data dir, not even the last reminder date."""
    shown: list[tuple[str, str]] = []
    clock = Clock(at(DONE_AT + dt.timedelta(days=100)))
    paused = ReminderScheduler(family, lambda t, x: shown.append((t, x)), clock=clock, paused=lambda: True)
    assert not paused.check() and shown == [] and family.settings.get(LAST_SETTING) is None


def test_the_notification_names_no_child_and_no_item(qapp, family) -> None:  # type: ignore[no-untyped-def]
    shown: list[tuple[str, str]] = []
    notified: list[int] = []
    reminders = scheduler(family, Clock(at(DONE_AT + dt.timedelta(days=100))), shown)
    reminders.notified.connect(notified.append)
    reminders.check()
    title, text = shown[0]
    item = family.content.checklists.item(KEY)
    assert "Lan" not in title + text and item.title.get("en") not in text
    assert notified == [1]


def test_the_timer_checks_by_itself(qtbot, family) -> None:  # type: ignore[no-untyped-def]
    shown: list[tuple[str, str]] = []
    reminders = scheduler(family, Clock(at(DONE_AT + dt.timedelta(days=100))), shown)
    reminders.start(first_check_ms=10, interval_ms=60_000)
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=3000)
    reminders.stop()
    assert not reminders.timer.isActive()
