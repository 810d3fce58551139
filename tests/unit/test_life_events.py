"""Life-event checklists: starting one adds its items and progress; ticks work like the checklist's; removing one
takes its progress with it; the age-band checklist and its progress are untouched."""

from __future__ import annotations

from pathlib import Path

import pytest

from notalone_desktop.core.content.life_events import is_life_key
from notalone_desktop.core.errors import ValidationError
from notalone_desktop.services import open_services


def kid(services, name: str):  # type: ignore[no-untyped-def]
    return next(c for c in services.family.children() if c.nickname == name)


def test_starting_an_event_adds_its_items_and_progress(demo_services, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    lan = kid(demo_services, "Lan")
    content = demo_services.life_events.content.event("moving-away")
    assert content is not None and 4 <= len(content.items) <= 7
    assert demo_services.life_events.started(lan.id, "en") == []
    demo_services.life_events.start(lan.id, "moving-away")
    [event] = demo_services.life_events.started(lan.id, "vi")
    assert event.key == "moving-away" and event.title == content.title.get("vi")
    assert [i.key for i in event.items] == [i.key for i in content.items]
    assert all(i.state == "todo" and i.category == "life" and i.steps for i in event.items)
    assert (event.progress.done, event.progress.total) == (0, len(content.items))

    first = content.items[0].key
    demo_services.life_events.set_state(lan.id, first, "done")
    demo_services.life_events.set_note(lan.id, first, "Talked it through on Sunday")
    demo_services.close()
    reopened = open_services(data_dir)
    try:
        [again] = reopened.life_events.started(lan.id, "en")
        assert again.progress.done == 1
        ticked = next(i for i in again.items if i.key == first)
        assert ticked.state == "done" and ticked.note == "Talked it through on Sunday" and ticked.done_at
        assert ticked.next_review_at is None  # life-event items are one-off steps
    finally:
        reopened.close()


def test_the_age_band_checklist_and_its_progress_are_untouched(demo_services) -> None:  # type: ignore[no-untyped-def]
    lan = kid(demo_services, "Lan")
    before = demo_services.overview.home("en")
    lan_before = demo_services.checklist.progress(lan.id, "en")
    demo_services.life_events.start(lan.id, "trip-abroad")
    for item in demo_services.life_events.content.event("trip-abroad").items:
        demo_services.life_events.set_state(lan.id, item.key, "done")
    after = demo_services.overview.home("en", count=10)
    assert after.family == before.family and after.due == before.due
    assert demo_services.checklist.progress(lan.id, "en") == lan_before
    assert not [item for _owner, item in after.suggestions if is_life_key(item.key)]


def test_a_family_event_and_a_childs_event_are_kept_apart(demo_services) -> None:  # type: ignore[no-untyped-def]
    minh = kid(demo_services, "Minh")
    demo_services.life_events.start(None, "after-incident")
    demo_services.life_events.start(minh.id, "after-incident")
    key = demo_services.life_events.content.event("after-incident").items[0].key
    demo_services.life_events.set_state(None, key, "done")
    [family] = demo_services.life_events.started(None, "en")
    [child] = demo_services.life_events.started(minh.id, "en")
    assert family.progress.done == 1 and child.progress.done == 0
    assert all(i.scope == "family" for i in family.items) and all(i.scope == "child" for i in child.items)


def test_removing_an_event_takes_its_progress_and_can_be_started_again(demo_services) -> None:  # type: ignore[no-untyped-def]
    lan = kid(demo_services, "Lan")
    demo_services.life_events.start(lan.id, "first-phone")
    key = demo_services.life_events.content.event("first-phone").items[1].key
    demo_services.life_events.set_state(lan.id, key, "done")
    demo_services.life_events.stop(lan.id, "first-phone")
    assert demo_services.life_events.started(lan.id, "en") == []
    assert not [i for i in demo_services.checklist.items(lan.id, "en") if i.key == key]
    demo_services.life_events.start(lan.id, "first-phone")
    [event] = demo_services.life_events.started(lan.id, "en")
    assert event.progress.done == 0


def test_what_cannot_be_done_is_refused(demo_services) -> None:  # type: ignore[no-untyped-def]
    lan = kid(demo_services, "Lan")
    with pytest.raises(ValidationError):
        demo_services.life_events.start(lan.id, "no-such-event")
    demo_services.life_events.start(lan.id, "new-school")
    with pytest.raises(ValidationError):
        demo_services.life_events.start(lan.id, "new-school")  # started already
    other = demo_services.life_events.content.event("trip-abroad").items[0].key
    with pytest.raises(ValidationError):
        demo_services.life_events.set_state(lan.id, other, "done")  # that event was never started
    with pytest.raises(ValidationError):
        demo_services.life_events.set_state(lan.id, "privacy.location-sharing", "done")  # not a life-event item
    demo_services.family.remove_child(lan.id)
    with pytest.raises(ValidationError):
        demo_services.life_events.start(lan.id, "trip-abroad")


def test_events_suggested_for_the_childs_age_come_first(demo_services) -> None:  # type: ignore[no-untyped-def]
    lan, bong = kid(demo_services, "Lan"), kid(demo_services, "Bông")
    first = demo_services.life_events.not_started(lan.id)[0]
    assert lan.band in first.bands and demo_services.life_events.is_suggested(first, lan.id)
    assert next(e.key for e in demo_services.life_events.not_started(bong.id)) == "after-incident"
    demo_services.life_events.start(lan.id, first.key)
    assert first.key not in [e.key for e in demo_services.life_events.not_started(lan.id)]
    assert len(demo_services.life_events.not_started(None)) == len(demo_services.life_events.events())
