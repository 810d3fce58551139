"""This month's items (core.checklist.month_items): what a child's one-page sheet puts first."""

from __future__ import annotations

import datetime as dt

from notalone_desktop.core.checklist import MONTH_MOST, ItemView, month_items

NOW = dt.datetime(2026, 12, 7, 9, 0, tzinfo=dt.UTC)
CATEGORIES = ["devices", "privacy", "strangers", "emergency"]


def item(key: str, state: str = "todo", scope: str = "child", bands: tuple[str, ...] = ("6-9",), **extra) -> ItemView:  # type: ignore[no-untyped-def]
    category = key.split(".")[0]
    return ItemView(key, category, key, "", (), scope, bands, None, (), state=state, **extra)


def due(key: str, scope: str = "child", bands: tuple[str, ...] = ("6-9",)) -> ItemView:
    done = NOW - dt.timedelta(days=200)
    return item(key, "done", scope, bands, done_at=done, next_review_at=NOW - dt.timedelta(days=20))


def keys(views: list[ItemView]) -> list[str]:
    return [v.key for v in views]


def test_items_due_for_a_fresh_check_come_first_then_open_items() -> None:
    own = [item("devices.a"), due("privacy.b"), item("privacy.c"), item("strangers.d", state="done")]
    chosen = month_items(own, [], "6-9", CATEGORIES, now=NOW)
    assert keys(chosen) == ["privacy.b", "devices.a", "privacy.c"]  # never what is done and not yet due


def test_a_long_category_does_not_crowd_out_the_others() -> None:
    own = [item(f"devices.{n}") for n in range(10)] + [item("privacy.p"), item("emergency.e")]
    chosen = month_items(own, [], "6-9", CATEGORIES, count=4, now=NOW)
    # Turns between categories in the checklist's order: the emergency item is on the sheet though it is last.
    assert keys(chosen) == ["devices.0", "privacy.p", "emergency.e", "devices.1"]


def test_family_items_count_only_for_the_childs_age_and_come_after_the_childs_own() -> None:
    own = [item("devices.mine")]
    family = [
        item("devices.young", scope="family", bands=("under6", "6-9")),
        item("devices.teen", scope="family", bands=("13-15",)),
        item("privacy.ours", scope="family", bands=()),  # the family's own item names no age: it counts
        due("strangers.due", scope="family", bands=("6-9",)),
    ]
    chosen = month_items(own, family, "6-9", CATEGORIES, now=NOW)
    assert keys(chosen) == ["strangers.due", "devices.mine", "privacy.ours", "devices.young"]
    assert "devices.teen" not in keys(month_items(own, family, "6-9", CATEGORIES, now=NOW))


def test_at_most_twelve_and_never_a_retired_or_set_aside_item() -> None:
    own = [item(f"privacy.{n}") for n in range(30)] + [item("devices.old", retired=True), item("devices.na", "na")]
    chosen = month_items(own, [], "6-9", CATEGORIES, now=NOW)
    assert len(chosen) == MONTH_MOST == 12
    assert not {"devices.old", "devices.na"} & set(keys(chosen))


def test_a_child_with_everything_done_gets_an_empty_list() -> None:
    assert month_items([item("devices.a", "done")], [], "6-9", CATEGORIES, now=NOW) == []
