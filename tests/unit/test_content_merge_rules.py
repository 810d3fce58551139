"""Items merged into one (aliases) and content from several roots (a profile's or a pack's folder over the shipped
one), on hand-built content: a family's tick on an old key shows on the item it became, the best tick wins, a
later root replaces an item or a category in its place, and mistakes in aliases are named."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from notalone_desktop.core.checklist import ItemView, ProgressRecord, applies_to_band, assemble, with_aliases
from notalone_desktop.core.content.checklists import ChecklistContent, load_checklists, merge_checklists
from tests.unit.test_content_rules import CATEGORY, item_toml, problems_of

NOW = dt.datetime(2026, 12, 7, 9, 0)
MERGED = "devices.contacts"


def content_with_aliases(folder: Path) -> ChecklistContent:
    """`devices.contacts` took the place of `devices.old-a` and `devices.old-b`."""
    items = item_toml(MERGED, 'aliases = ["devices.old-a", "devices.old-b"]') + item_toml("devices.lock")
    problems_of(folder, {"devices.toml": CATEGORY + items})
    return load_checklists(folder)


def row(key: str, state: str, note: str = "") -> ProgressRecord:
    return ProgressRecord(key, state, note, NOW if state == "done" else None, None)


def test_an_item_carries_its_old_keys(tmp_path: Path) -> None:
    content = content_with_aliases(tmp_path)
    assert content.item(MERGED) is not None and content.item(MERGED).aliases == ("devices.old-a", "devices.old-b")  # type: ignore[union-attr]
    assert content.item("devices.lock").aliases == ()  # type: ignore[union-attr]
    assert content.aliases() == {"devices.old-a": MERGED, "devices.old-b": MERGED}


def test_a_tick_on_an_old_key_counts_for_the_item_it_became(tmp_path: Path) -> None:
    content = content_with_aliases(tmp_path)
    progress = {
        "devices.old-b": row("devices.old-b", "done", "saved in both phones"),
        "devices.lock": row("devices.lock", "na"),
    }
    merged = with_aliases(content, progress)
    assert merged == {"devices.lock": progress["devices.lock"], MERGED: progress["devices.old-b"]}
    views = assemble(content, "10-12", False, progress, (), "en")
    assert [(v.key, v.state, v.note, v.retired) for v in views] == [
        (MERGED, "done", "saved in both phones", False),
        ("devices.lock", "na", "", False),
    ]  # the old key is not listed again as a retired item


def test_the_items_own_tick_wins_then_the_best_old_one(tmp_path: Path) -> None:
    content = content_with_aliases(tmp_path)
    own = row(MERGED, "todo", "own")
    assert with_aliases(content, {"devices.old-a": row("devices.old-a", "done"), MERGED: own}) == {MERGED: own}
    for states, best in (
        (("todo", "done"), "done"),
        (("done", "todo"), "done"),
        (("na", "done"), "done"),
        (("todo", "na"), "na"),
        (("na", "todo"), "na"),
        (("later", "todo"), "todo"),  # a state this version does not know comes last
        (("todo", "later"), "todo"),
    ):
        progress = {"devices.old-a": row("devices.old-a", states[0]), "devices.old-b": row("devices.old-b", states[1])}
        assert with_aliases(content, progress)[MERGED].state == best, states


def test_progress_without_old_keys_is_left_as_it_is(tmp_path: Path) -> None:
    content = content_with_aliases(tmp_path)
    progress = {"devices.lock": row("devices.lock", "done"), "custom.3": row("custom.3", "todo")}
    assert with_aliases(content, progress) == progress
    assert with_aliases(content, {}) == {}
    plain = load_checklists(tmp_path / "none")  # no aliases at all
    assert with_aliases(plain, {"devices.old-a": row("devices.old-a", "done")}) == {
        "devices.old-a": row("devices.old-a", "done")
    }


def test_mistakes_in_aliases_are_named(tmp_path: Path) -> None:
    items = (
        item_toml("devices.first", 'aliases = ["devices.old"]')
        + item_toml("devices.second", 'aliases = ["devices.first"]')  # a key still shipped
        + item_toml("devices.third", 'aliases = ["devices.old"]')  # another item's alias
        + item_toml("devices.fourth", 'aliases = ["Not A Key"]')
        + item_toml("devices.fifth", 'aliases = "devices.x"')
    )
    keys, problems = problems_of(tmp_path, {"devices.toml": CATEGORY + items})
    assert keys == ["devices.first", "devices.second", "devices.third"]
    assert problems == [
        "devices.toml: devices.fourth: 'aliases' must be item keys (lower-case letters, digits, dots and dashes)",
        "devices.toml: devices.fifth: 'aliases' must be a list of strings",
        "checklists: devices.second: alias 'devices.first' is a shipped key or another item's alias",
        "checklists: devices.third: alias 'devices.old' is a shipped key or another item's alias",
    ]


def test_a_later_root_replaces_items_and_categories_in_their_place_and_adds_new_ones(tmp_path: Path) -> None:
    shipped_files = {
        "devices.toml": CATEGORY + item_toml("devices.lock") + item_toml("devices.update"),
        "privacy.toml": CATEGORY.replace("devices", "privacy").replace("order = 2", "order = 1")
        + item_toml("privacy.a"),
    }
    problems_of(tmp_path / "shipped", shipped_files)
    shipped = load_checklists(tmp_path / "shipped")
    ours = CATEGORY.replace('title.en = "Devices"', 'title.en = "Phones"').replace("order = 2", "order = 0")
    ours += item_toml("devices.lock", "review_days = 30") + item_toml("devices.ngo-extra")
    problems_of(tmp_path / "ngo", {"devices.toml": ours, "broken.toml": "not toml ="})
    ngo = load_checklists(tmp_path / "ngo")
    merged = merge_checklists([shipped, ngo])
    # The replaced category comes with its own title and order (0: now before privacy).
    assert [(c.key, c.order, c.title.get("en")) for c in merged.categories] == [
        ("devices", 0, "Phones"),
        ("privacy", 1, "Devices"),
    ]
    assert [(i.key, i.review_days) for i in merged.items] == [
        ("devices.lock", 30),  # replaced in its place
        ("devices.update", None),
        ("devices.ngo-extra", None),  # new: after the others of its category
        ("privacy.a", None),
    ]
    assert len(ngo.problems) == 1 and [str(p) for p in merged.problems] == [str(p) for p in ngo.problems]
    assert merge_checklists([shipped]) is shipped
    assert merge_checklists([shipped, load_checklists(tmp_path / "empty")]).items == shipped.items


def test_a_family_item_without_ages_applies_to_every_child() -> None:
    def family_item(bands: tuple[str, ...]) -> ItemView:
        return ItemView("devices.x", "devices", "x", "", (), "family", bands, None, ())

    assert applies_to_band(family_item(()), "6-9")
    assert applies_to_band(family_item(("6-9", "10-12")), "6-9")
    assert not applies_to_band(family_item(("13-15",)), "6-9")
