"""A content pack's content checked by the shipped content's rules (core/content/pack_check.py) on hand-built
folders: what the pack holds by kind, what it adds and what it replaces, and each problem in the one line the
publisher reads, naming the folder they know rather than a temporary one."""

from __future__ import annotations

from pathlib import Path

from notalone_desktop.core.content.helplines import load_countries
from notalone_desktop.core.content.pack_check import BaseContent, check_pack_content, split
from tests.content.test_scenarios import _node as node
from tests.unit.test_content_rules import (
    ALWAYS,
    CATEGORY,
    COUNTRY,
    agreement_toml,
    header_with,
    item_toml,
    line_toml,
    rule,
    scenario,
)
from tests.unit.test_country_text_rules import content

SHOWN = "my-pack/content"
APP = BaseContent({"items": {"devices.lock", "money.bank-pin"}, "lessons": {"en/scam-calls"}})


def problems(root: Path, base: BaseContent = APP, languages: tuple[str, ...] = ("en", "vi")) -> list[str]:
    return list(check_pack_content(root, languages, base, shown=SHOWN).problems)


def test_what_a_pack_holds_by_kind_and_its_one_problem(tmp_path: Path) -> None:
    root = content(tmp_path / "content")
    checked = check_pack_content(root, ["en", "vi"], BaseContent({"items": {"devices.lock"}}), shown=SHOWN)
    assert checked.listing == {
        "categories": {"devices"},
        "items": {"devices.lock"},
        "countries": set(),
        "helplines": set(),
        "lessons": {"en/scam-calls"},
        "scenarios": {"game"},
        "situations": {"online-kidnapping"},
        "life_events": {"trip"},
        "agreement": {"agreement"},
    }
    # The lesson naming an item that neither the pack nor the app has, named under the publisher's folder.
    assert checked.problems == (
        f"{SHOWN}/lessons/en/orphan.md: orphan: related checklist items do not exist: money.bank-pin",
    )
    # With the app's items, the same lesson is fine: a pack's lessons may name the shipped items.
    assert problems(root) == []


def test_an_empty_pack_holds_no_content(tmp_path: Path) -> None:
    (tmp_path / "content").mkdir()
    assert problems(tmp_path / "content") == [
        f"{SHOWN}: holds no content (checklists, helplines, lessons, scenarios or emergency steps)"
    ]


def test_references_to_what_does_not_exist_and_keys_too_long_are_named(tmp_path: Path) -> None:
    root = tmp_path / "content"
    (root / "checklists").mkdir(parents=True)
    long_key = "devices." + "x" * 113  # 121 characters
    items = item_toml("devices.new", 'aliases = ["devices.lock"]') + item_toml(long_key)
    (root / "checklists" / "devices.toml").write_text(CATEGORY + items, encoding="utf-8")
    (root / "lessons" / "th").mkdir(parents=True)
    (root / "scenarios").mkdir()
    game = scenario(
        "game",
        node("a", ("safe", True), ("unsafe", False)),
        node("safe", outcome="safe"),
        node("unsafe", outcome="unsafe"),
        header='related_items = ["devices.new", "money.nothing", "devices.gone"]\n' + header_with(),
    )
    (root / "scenarios" / "game.toml").write_text(game, encoding="utf-8")
    rules = ALWAYS + rule("lock", "children", 'items = ["devices.lock", "devices.nothing"]\n')
    (root / "agreement.toml").write_text(agreement_toml(rules), encoding="utf-8")
    assert problems(root) == [
        "checklists: devices.new: alias 'devices.lock' is an item the app already has",
        f"{SHOWN}/lessons/th: a lesson folder for a language the pack does not list in 'languages'",
        "scenarios: game: related items do not exist: money.nothing, devices.gone",
        "agreement.toml: lock: items do not exist: devices.nothing",
        f"{SHOWN}: the key '{long_key[:40]}…' is longer than 120 characters",
    ]
    assert problems(root, languages=("en", "vi", "th"))[1:2] == [
        "scenarios: game: related items do not exist: money.nothing, devices.gone"
    ]


def test_a_countrys_lines_are_checked_together_with_the_ones_already_there(tmp_path: Path) -> None:
    shipped = tmp_path / "shipped"
    shipped.mkdir()
    (shipped / "VN.toml").write_text(COUNTRY + line_toml("vn.child", 'serves = ["child_line"]'), encoding="utf-8")
    countries, found = load_countries(shipped)
    assert found == []
    root = tmp_path / "content"
    (root / "helplines").mkdir(parents=True)
    (root / "helplines" / "VN.toml").write_text(
        COUNTRY + line_toml("vn.other-child", 'serves = ["child_line"]'), encoding="utf-8"
    )
    base = BaseContent({"countries": {"VN"}, "helplines": {"vn.child"}}, countries)
    checked = check_pack_content(root, ["en", "vi"], base, shown=SHOWN)
    assert (checked.listing["countries"], checked.listing["helplines"]) == ({"VN"}, {"vn.other-child"})
    assert checked.problems == ("VN: the lines vn.child, vn.other-child all serve {child_line}; only one may",)
    # Replacing the shipped line (the same key) is how a pack brings a new child line.
    (root / "helplines" / "VN.toml").write_text(
        COUNTRY + line_toml("vn.child", 'serves = ["child_line"]\nnumber = "1800 1567"'), encoding="utf-8"
    )
    assert problems(root, base) == []


def test_a_pack_adds_new_keys_and_replaces_the_ones_already_there() -> None:
    base = BaseContent({"items": {"devices.lock"}, "countries": {"VN"}})
    listing = {"items": {"devices.new", "devices.lock", "devices.apps"}, "countries": {"VN"}, "lessons": set()}
    assert split(listing, base) == (
        {"items": ("devices.apps", "devices.new")},
        {"items": ("devices.lock",), "countries": ("VN",)},
    )


def test_the_edges_of_the_references_and_key_lengths(tmp_path: Path) -> None:
    root = tmp_path / "content"
    (root / "checklists").mkdir(parents=True)
    key_120 = "devices." + "x" * 112
    items = item_toml("devices.new", 'aliases = ["devices.old"]') + item_toml(key_120)
    (root / "checklists" / "devices.toml").write_text(CATEGORY + items, encoding="utf-8")
    rules = ALWAYS + rule("lock", "children", 'items = ["devices.a", "devices.new", "devices.b"]\n')
    (root / "agreement.toml").write_text(agreement_toml(rules), encoding="utf-8")
    # An app without items of its own: no alias is taken; 120 characters are not too long.
    checked = check_pack_content(root, ["en", "vi"], BaseContent({}))
    assert checked.problems == ("agreement.toml: lock: items do not exist: devices.a, devices.b",)
    (root / "checklists" / "devices.toml").unlink()
    (root / "agreement.toml").unlink()
    assert check_pack_content(root, ["en"], BaseContent({})).problems == (
        "content: holds no content (checklists, helplines, lessons, scenarios or emergency steps)",
    )  # named "content" unless told otherwise


def test_the_texts_of_lessons_that_name_the_apps_items_are_checked_too(tmp_path: Path) -> None:
    from tests.unit.test_content_rules import LESSON

    root = tmp_path / "content"
    (root / "lessons" / "en").mkdir(parents=True)
    lesson = LESSON.replace("{key}", "scam-calls").replace("Hang up,", "Call 113 or hang up,")
    (root / "lessons" / "en" / "scam-calls.md").write_text(lesson, encoding="utf-8")
    assert problems(root) == [
        "lessons/en/scam-calls.md body [en]: writes 113 outside a sentence about Vietnam; use a placeholder such as "
        "{police}"
    ]


def test_a_kind_the_app_has_nothing_of_is_all_added() -> None:
    assert split({"scenarios": {"game", "bank"}}, BaseContent({"items": {"devices.lock"}})) == (
        {"scenarios": ("bank", "game")},
        {},
    )
