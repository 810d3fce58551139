"""The checklist's rules on hand-built items: which items a child gets, what counts, what is due, what comes next.

Each rule here is one a family would notice broken (a child shown another age's items, a total off by one, a
review date a day late), so each test names its input by hand and states the whole expected result.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from notalone_desktop.core.age import AGE_BANDS
from notalone_desktop.core.checklist import (
    CustomRecord,
    ItemView,
    ProgressRecord,
    assemble,
    curated_for,
    custom_key,
    due_count,
    progress_of,
    suggestions,
)
from notalone_desktop.core.content.checklists import Category, ChecklistContent, ChecklistItem
from notalone_desktop.core.content.common import Text

NOW = dt.datetime(2026, 3, 10, 12, 0, 0)
CATEGORIES = (
    Category("devices", 1, Text({"en": "Devices", "vi": "Thiết bị"})),
    Category("privacy", 2, Text({"en": "Privacy", "vi": "Riêng tư"})),
    Category("talking", 3, Text({"en": "Talking", "vi": "Trò chuyện"})),
)


def item(key: str, bands: tuple[str, ...] = (), scope: str = "child", review_days: int | None = None) -> ChecklistItem:
    category = key.split(".", 1)[0]
    return ChecklistItem(
        key,
        category,
        scope,
        bands,
        review_days,
        ("https://example.org/source",),
        Text({"en": f"Title of {key}", "vi": f"Tiêu đề {key}"}),
        Text({"en": f"Why {key}", "vi": f"Vì sao {key}"}),
        Text({"en": "- First step\n- Second step", "vi": "- Bước một\n- Bước hai"}),
    )


# Items listing one band, two neighbouring bands, every band, and family-wide items (which list no band).
ITEMS = (
    item("devices.only-under6", ("under6",)),
    item("devices.young", ("under6", "6-9")),
    item("devices.only-6-9", ("6-9",)),
    item("privacy.middle", ("10-12", "13-15")),
    item("privacy.every-age", AGE_BANDS),
    item("privacy.teen", ("13-15", "16-17")),
    item("talking.only-16-17", ("16-17",)),
    item("talking.adult", ("18-22",)),
    item("devices.family-router", scope="family"),
    item("talking.family-meal", scope="family"),
)
CONTENT = ChecklistContent(CATEGORIES, ITEMS, ())


def done(key: str, when: dt.datetime = NOW, review: dt.datetime | None = None, note: str = "") -> ProgressRecord:
    return ProgressRecord(key, "done", note, when, review)


def view(key: str, state: str = "todo", category: str = "devices", **kw: object) -> ItemView:
    defaults: dict[str, object] = {"why": "", "steps": (), "scope": "child", "bands": (), "review_days": None}
    defaults.update(kw)
    return ItemView(key, category, key, state=state, sources=(), **defaults)  # type: ignore[arg-type]


# Which items apply --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("band", "keys"),
    [
        ("under6", ["devices.only-under6", "devices.young", "privacy.every-age"]),
        ("6-9", ["devices.young", "devices.only-6-9", "privacy.every-age"]),
        ("10-12", ["privacy.middle", "privacy.every-age"]),
        ("13-15", ["privacy.middle", "privacy.every-age", "privacy.teen"]),
        ("16-17", ["privacy.every-age", "privacy.teen", "talking.only-16-17"]),
        ("18-22", ["privacy.every-age", "talking.adult"]),
    ],
)
def test_a_child_gets_exactly_the_items_that_list_their_band(band: str, keys: list[str]) -> None:
    assert [i.key for i in curated_for(CONTENT, band)] == keys
    assert [v.key for v in assemble(CONTENT, band, False, {}, (), "en")] == keys


def test_the_family_gets_the_family_wide_items_and_no_childs() -> None:
    assert [i.key for i in curated_for(CONTENT, None)] == ["devices.family-router", "talking.family-meal"]
    views = assemble(CONTENT, None, True, {}, (), "vi")
    assert [(v.key, v.scope, v.title) for v in views] == [
        ("devices.family-router", "family", "Tiêu đề devices.family-router"),
        ("talking.family-meal", "family", "Tiêu đề talking.family-meal"),
    ]


def test_every_band_of_the_shipped_checklist_gets_only_its_own_items() -> None:
    from notalone_desktop.services.content import ContentCatalog

    shipped = ContentCatalog.shipped().checklists
    for band in AGE_BANDS:
        keys = {i.key for i in curated_for(shipped, band)}
        expected = {i.key for i in shipped.items if i.scope == "child" and band in i.bands}
        assert keys == expected and keys, band
        others = {i.key for i in shipped.items if i.scope == "child"} - expected
        assert others, band  # a band sees fewer items than exist: the filter filters


def test_a_line_carries_its_text_in_the_language_or_in_english_said_so() -> None:
    english_only = ChecklistItem(
        "devices.new", "devices", "child", ("6-9",), 30, ("https://example.org/a",),
        Text({"en": "New item"}), Text({"en": "Because"}), Text({"en": "Just do it"}),
    )  # fmt: skip
    content = ChecklistContent(CATEGORIES, (*ITEMS, english_only), ())
    views = {v.key: v for v in assemble(content, "6-9", False, {}, (), "vi")}
    translated = views["devices.young"]
    assert (translated.title, translated.why, translated.steps) == (
        "Tiêu đề devices.young",
        "Vì sao devices.young",
        ("Bước một", "Bước hai"),
    )
    assert translated.translated and translated.bands == ("under6", "6-9") and not translated.custom
    assert translated.sources == ("https://example.org/source",) and translated.review_days is None
    new = views["devices.new"]
    assert (new.title, new.steps, new.translated, new.review_days) == ("New item", ("Just do it",), False, 30)


# The assembled list ------------------------------------------------------------------------------------------


def test_progress_notes_and_dates_come_onto_their_lines() -> None:
    review = NOW + dt.timedelta(days=90)
    progress = {
        "devices.young": done("devices.young", review=review, note="lock on both tablets"),
        "privacy.every-age": ProgressRecord("privacy.every-age", "na", "no phone yet", None, None),
    }
    views = {v.key: v for v in assemble(CONTENT, "6-9", False, progress, (), "en")}
    assert (views["devices.young"].state, views["devices.young"].note) == ("done", "lock on both tablets")
    assert (views["devices.young"].done_at, views["devices.young"].next_review_at) == (NOW, review)
    assert (views["privacy.every-age"].state, views["privacy.every-age"].note) == ("na", "no phone yet")
    assert views["devices.only-6-9"].state == "todo" and views["devices.only-6-9"].note == ""


def test_progress_from_an_earlier_band_stays_with_its_own_title_not_as_a_retired_key() -> None:
    # The child was 9 and ticked an item of 6-9; now 10, that item is no longer in their list but the work done
    # stays visible with its real title, in its category.
    progress = {"devices.only-6-9": done("devices.only-6-9", note="done at 9")}
    views = assemble(CONTENT, "10-12", False, progress, (), "en")
    assert [v.key for v in views] == ["devices.only-6-9", "privacy.middle", "privacy.every-age"]
    assert assemble(CONTENT, "10-12", False, progress, (), "vi")[0].title == "Tiêu đề devices.only-6-9"
    carried = views[0]
    assert (carried.title, carried.category, carried.state, carried.note) == (
        "Title of devices.only-6-9",
        "devices",
        "done",
        "done at 9",
    )
    assert not carried.retired and carried.steps == ("First step", "Second step")
    # Counted like the child's own items: a parent sees the work done, not a smaller total.
    assert (progress_of(views).done, progress_of(views).total) == (1, 3)


def test_an_item_no_longer_shipped_is_kept_as_retired_under_its_category() -> None:
    progress = {
        "privacy.gone.v1": done("privacy.gone.v1", note="we did this"),
        "devices.gone-but-todo": ProgressRecord("devices.gone-but-todo", "todo", "", None, None),
        "elsewhere.gone-na": ProgressRecord("elsewhere.gone-na", "na", "", None, None),
    }
    views = assemble(CONTENT, "10-12", False, progress, (), "en")
    assert [(v.key, v.retired) for v in views] == [
        ("privacy.middle", False),
        ("privacy.every-age", False),
        ("privacy.gone.v1", True),  # after the category's live items
        ("elsewhere.gone-na", True),  # a category this content does not know: at the end
    ]
    retired = views[2]
    assert (retired.title, retired.category, retired.note, retired.state) == (
        "privacy.gone.v1",  # its key: the text left with the content
        "privacy",
        "we did this",
        "done",
    )
    assert (retired.why, retired.steps, retired.scope, retired.bands, retired.sources) == ("", (), "child", (), ())
    assert (retired.review_days, retired.custom, retired.translated) == (None, False, True)
    assert views[3].category == "elsewhere"
    # Retired items leave the totals: the family cannot act on them any more.
    assert (progress_of(views).done, progress_of(views).total) == (0, 2)


def test_the_familys_own_items_join_their_category_and_life_event_items_are_left_to_their_own_list() -> None:
    customs = [
        CustomRecord(7, "talking", "Phones sleep in the kitchen", "every night"),
        CustomRecord(9, "devices", "Tablet", ""),
    ]
    progress = {
        custom_key(7): done(custom_key(7)),
        custom_key(12): done(custom_key(12)),  # a deleted own item: not brought back as retired
        "life.new-school.first-phone": done("life.new-school.first-phone"),
    }
    views = assemble(CONTENT, "18-22", False, progress, customs, "en")
    assert [(v.key, v.custom, v.state) for v in views] == [
        ("custom.9", True, "todo"),
        ("privacy.every-age", False, "todo"),
        ("talking.adult", False, "todo"),
        ("custom.7", True, "done"),
    ]
    own = views[3]
    assert (own.steps, own.bands, own.sources, own.review_days, own.retired) == ((), (), (), None, False)
    assert (own.title, own.why, own.category, own.scope) == (
        "Phones sleep in the kitchen",
        "every night",
        "talking",
        "child",
    )
    family = assemble(CONTENT, None, True, {}, customs, "en")
    assert {v.scope for v in family} == {"family"}


# Counting -----------------------------------------------------------------------------------------------------


def test_progress_counts_per_category_leave_out_not_applicable_and_retired() -> None:
    items = [
        view("devices.a", "done"),
        view("devices.b", "todo"),
        view("devices.c", "na"),
        view("privacy.a", "done", "privacy"),
        view("privacy.b", "done", "privacy"),
        view("privacy.old", "done", "privacy", retired=True),
        view("talking.a", "na", "talking"),
        view("custom.3", "todo", "talking", custom=True),
    ]
    progress = progress_of(items)
    assert (progress.done, progress.total) == (3, 5)
    assert progress.by_category == {"devices": (1, 2), "privacy": (2, 2), "talking": (0, 1)}
    assert progress.percent == 60


@pytest.mark.parametrize(
    ("done_count", "total", "percent"),
    [(0, 0, 0), (0, 3, 0), (1, 3, 33), (2, 3, 67), (3, 3, 100), (1, 8, 12), (1, 200, 0)],
)
def test_percent_is_rounded_and_zero_for_nothing(done_count: int, total: int, percent: int) -> None:
    items = [view(f"devices.{n}", "done" if n < done_count else "todo") for n in range(total)]
    assert progress_of(items).percent == percent


def test_nothing_to_count_is_empty_progress() -> None:
    empty = progress_of([])
    assert (empty.done, empty.total, empty.by_category, empty.percent) == (0, 0, {}, 0)


# Review dates -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("state", "review", "due"),
    [
        ("done", NOW, True),  # the review date has come: due at that very moment
        ("done", NOW - dt.timedelta(days=1), True),
        ("done", NOW + dt.timedelta(microseconds=1), False),
        ("done", None, False),  # an item without a review interval is never due
        ("todo", NOW - dt.timedelta(days=1), False),
        ("na", NOW - dt.timedelta(days=1), False),
    ],
)
def test_an_item_is_due_once_its_review_date_has_come(state: str, review: dt.datetime | None, due: bool) -> None:
    assert view("devices.a", state, next_review_at=review).is_due(NOW) is due
    assert due_count([view("devices.a", state, next_review_at=review)], NOW) == int(due)
    # A retired item (it left the checklist) is never due, whatever its date: there is nothing to check again.
    assert not view("devices.a", state, next_review_at=review, retired=True).is_due(NOW)
    assert due_count([view("devices.a", state, next_review_at=review, retired=True)], NOW) == 0


def test_due_count_counts_every_owners_items_due_by_now() -> None:
    rows = [
        view("devices.a", "done", next_review_at=NOW),
        view("devices.b", "done", next_review_at=NOW - dt.timedelta(days=400)),
        view("devices.a", "done", next_review_at=NOW - dt.timedelta(seconds=1)),  # the same item, another child
        view("devices.c", "done", next_review_at=NOW + dt.timedelta(seconds=1)),
        view("devices.d", "todo", next_review_at=NOW - dt.timedelta(days=1)),
        view("devices.e", "done", next_review_at=None),
        view("devices.gone", "done", next_review_at=NOW - dt.timedelta(days=1), retired=True),
    ]
    assert due_count(rows, NOW) == 3
    assert due_count(rows, NOW + dt.timedelta(seconds=1)) == 4
    assert due_count([], NOW) == 0


def test_without_a_time_given_now_is_the_clock() -> None:
    long_ago = dt.datetime(2000, 1, 1)
    far_ahead = dt.datetime(2999, 1, 1)
    assert view("devices.a", "done", next_review_at=long_ago).is_due()
    assert not view("devices.a", "done", next_review_at=far_ahead).is_due()
    lists = {
        None: [view("devices.a", "done", next_review_at=long_ago), view("devices.b", "done", next_review_at=far_ahead)]
    }
    assert due_count(lists[None]) == 1
    assert [v.key for _o, v in suggestions(lists, 3)] == ["devices.a"]


# What to do next ----------------------------------------------------------------------------------------------

PAST = NOW - dt.timedelta(days=3)
FUTURE = NOW + dt.timedelta(days=3)


def picked(lists: dict[int | None, list[ItemView]], count: int) -> list[tuple[int | None, str]]:
    return [(owner, item.key) for owner, item in suggestions(lists, count, NOW)]


def test_open_items_take_turns_family_first_then_each_child_in_order() -> None:
    lists: dict[int | None, list[ItemView]] = {
        None: [view("f1")],
        4: [view("a1"), view("a2"), view("a3")],
        2: [view("b1"), view("b2")],
    }
    assert picked(lists, 3) == [(None, "f1"), (4, "a1"), (2, "b1")]
    assert picked(lists, 5) == [(None, "f1"), (4, "a1"), (2, "b1"), (4, "a2"), (2, "b2")]
    # When the others run out, the one with items left gets the remaining places.
    assert picked(lists, 9) == [(None, "f1"), (4, "a1"), (2, "b1"), (4, "a2"), (2, "b2"), (4, "a3")]
    assert picked(lists, 1) == [(None, "f1")]
    assert picked(lists, 0) == []


def test_items_due_for_review_come_first_in_the_owners_order() -> None:
    lists: dict[int | None, list[ItemView]] = {
        None: [view("f-open"), view("f-due", "done", next_review_at=PAST)],
        1: [view("a-due", "done", next_review_at=NOW), view("a-open")],
        2: [view("b-open"), view("b-due", "done", next_review_at=PAST - dt.timedelta(days=100))],
    }
    assert picked(lists, 3) == [(None, "f-due"), (1, "a-due"), (2, "b-due")]
    assert picked(lists, 2) == [(None, "f-due"), (1, "a-due")]  # due items beyond the places are not squeezed in
    assert picked(lists, 5) == [(None, "f-due"), (1, "a-due"), (2, "b-due"), (None, "f-open"), (1, "a-open")]


def test_done_not_applicable_and_retired_items_are_never_suggested() -> None:
    lists: dict[int | None, list[ItemView]] = {
        None: [view("f-done", "done", next_review_at=FUTURE), view("f-na", "na"), view("f-open")],
        1: [
            view("a-done-no-review", "done"),
            view("a-retired", "todo", retired=True),
            view("a-na-past", "na", next_review_at=PAST),
            view("a-open"),
        ],
    }
    assert picked(lists, 10) == [(None, "f-open"), (1, "a-open")]


def test_a_retired_item_is_not_suggested_for_review() -> None:
    lists: dict[int | None, list[ItemView]] = {
        1: [view("devices.gone", "done", next_review_at=PAST, retired=True), view("devices.open")],
        2: [view("devices.due", "done", next_review_at=PAST)],
    }
    assert picked(lists, 3) == [(2, "devices.due"), (1, "devices.open")]
    assert picked({1: [view("devices.gone", "done", next_review_at=PAST, retired=True)]}, 3) == []


def test_home_does_not_ask_to_review_an_item_that_left_the_checklist(tmp_path: Path) -> None:
    from notalone_desktop.services import open_services
    from notalone_desktop.services.content import ContentCatalog
    from tests.unit.test_checklist_service import ITEM, write_content

    services = open_services(tmp_path / "family", write_content(tmp_path / "before", "Set a screen lock"))
    child = services.family.add_child("Lan", dt.date.today().year - 12)
    services.checklist.set_state(child.id, "devices.screen-lock", "done", now=NOW - dt.timedelta(days=200))
    home = services.overview.home("en", now=NOW)  # shipped and done 200 days ago: due (every 90 days)
    assert home.due == 1 and [item.key for _owner, item in home.suggestions] == ["devices.screen-lock"]
    services.close()
    (tmp_path / "after" / "checklists").mkdir(parents=True)  # the same category, the item gone
    (tmp_path / "after" / "checklists" / "devices.toml").write_text(ITEM.split("[[item]]")[0], encoding="utf-8")
    services = open_services(tmp_path / "family", ContentCatalog(tmp_path / "after"))
    try:
        home = services.overview.home("en", now=NOW)
        assert home.due == 0
        assert [item.key for _owner, item in home.suggestions] == []
        kept = services.checklist.items(child.id, "en")  # the progress is kept, shown as retired
        assert [(i.key, i.state, i.retired) for i in kept] == [("devices.screen-lock", "done", True)]
    finally:
        services.close()


def test_owners_without_open_items_are_skipped_in_the_turns() -> None:
    lists: dict[int | None, list[ItemView]] = {
        None: [view("f-done", "done")],
        1: [],
        2: [view("b1"), view("b2"), view("b3")],
        3: [view("c1", "na"), view("c2")],
    }
    assert picked(lists, 4) == [(2, "b1"), (3, "c2"), (2, "b2"), (2, "b3")]
    assert picked({}, 3) == []
    assert picked({None: [view("f-done", "done")]}, 3) == []


def test_times_are_taken_in_utc_whatever_the_computers_zone(monkeypatch: pytest.MonkeyPatch) -> None:
    import time

    from notalone_desktop.core.clock import utcnow

    monkeypatch.setenv("TZ", "Asia/Ho_Chi_Minh")  # UTC+7, no summer time
    time.tzset()
    try:
        now = utcnow()
        expected = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    finally:
        monkeypatch.undo()
        time.tzset()
    assert now.tzinfo is None and abs(expected - now) < dt.timedelta(minutes=5)


# This month's sheet (the rules test_month_items.py leaves) ------------------------------------------------------------


def test_the_months_items_put_categories_it_was_not_given_last_and_stop_at_the_count() -> None:
    from notalone_desktop.core.checklist import month_items

    own = [view("talking.x", category="talking"), view("devices.a"), view("privacy.p", category="privacy")]
    chosen = month_items(own, [], "10-12", ["devices", "privacy"], now=NOW)
    assert [v.key for v in chosen] == ["devices.a", "privacy.p", "talking.x"]
    # Three categories take a turn each, but the sheet has room for two: it stops in the middle of the turn.
    assert [v.key for v in month_items(own, [], "10-12", ["devices", "privacy"], count=2, now=NOW)] == [
        "devices.a",
        "privacy.p",
    ]
