"""The shipped checklist: complete in every language, keys unique, bands and categories known."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from notalone_desktop.core.age import AGE_BANDS
from notalone_desktop.core.checklist import ProgressRecord, assemble, curated_for, progress_of, with_aliases
from notalone_desktop.core.content.checklists import load_checklists
from notalone_desktop.core.content.common import CATEGORIES, REQUIRED_LANGUAGES
from notalone_desktop.core.content.life_events import load_life_events
from notalone_desktop.paths import resources_dir

CHECKLISTS = resources_dir() / "checklists"


@pytest.fixture(scope="module")
def content():  # type: ignore[no-untyped-def]
    return load_checklists(CHECKLISTS)


def test_every_file_loads_without_a_problem(content) -> None:  # type: ignore[no-untyped-def]
    assert [str(p) for p in content.problems] == []


def test_enough_items_over_every_band_and_category(content) -> None:  # type: ignore[no-untyped-def]
    assert len(content.items) >= 60
    assert {c.key for c in content.categories} == set(CATEGORIES)
    for band in AGE_BANDS:
        assert sum(band in item.bands for item in content.items) >= 5, band
    for category in CATEGORIES:
        assert sum(item.category == category for item in content.items) >= 5, category
    assert {item.scope for item in content.items} == {"child", "family"}


def test_items_are_complete_in_every_language(content) -> None:  # type: ignore[no-untyped-def]
    for item in content.items:
        for lang in REQUIRED_LANGUAGES:
            assert len(item.title.get(lang)) <= 90, (item.key, lang)
            assert item.why.is_translated(lang) and item.how.is_translated(lang), (item.key, lang)
            steps = item.steps(lang)
            assert 2 <= len(steps) <= 8, (item.key, lang, len(steps))
        sentences = [s for s in item.why.get("en").replace("?", ".").split(". ") if s.strip()]
        assert 2 <= len(sentences) <= 5, item.key
        assert all(source.startswith("https://") for source in item.sources)


def test_items_in_other_languages_keep_the_same_steps(content) -> None:  # type: ignore[no-untyped-def]
    for item in content.items:
        count = len(item.steps("en"))
        for lang in item.how.by_lang:
            assert len(item.steps(lang)) == count, (item.key, lang)


GOOD_ITEM = """
[[item]]
key = "{key}"
scope = "child"
bands = ["10-12"]
sources = ["https://example.org"]
title.en = "A title"
title.vi = "Tiêu đề"
why.en = "Why. Because."
why.vi = "Vì sao. Vì thế."
how.en = "- One\\n- Two"
how.vi = "- Một\\n- Hai"
"""
HEADER = '[category]\nkey = "devices"\norder = 1\ntitle.en = "Devices"\ntitle.vi = "Thiết bị"\n'


def test_a_missing_field_and_a_duplicate_key_are_named_and_skipped(tmp_path: Path) -> None:
    broken = GOOD_ITEM.format(key="devices.broken").replace('why.vi = "Vì sao. Vì thế."\n', "")
    text = HEADER + GOOD_ITEM.format(key="devices.good") + broken + GOOD_ITEM.format(key="devices.good")
    (tmp_path / "devices.toml").write_text(text, encoding="utf-8")
    content = load_checklists(tmp_path)
    assert [i.key for i in content.items] == ["devices.good"]
    messages = [str(p) for p in content.problems]
    assert any("devices.toml" in m and "devices.broken" in m and "'why' has no text in vi" in m for m in messages)
    assert any("devices.good" in m and "duplicate key" in m for m in messages)


def test_a_file_that_is_not_toml_is_reported_and_the_rest_load(tmp_path: Path) -> None:
    (tmp_path / "devices.toml").write_text(HEADER + GOOD_ITEM.format(key="devices.good"), encoding="utf-8")
    (tmp_path / "money.toml").write_bytes(b"\x89PNG\r\n\x1a\nnot toml at all")
    content = load_checklists(tmp_path)
    assert [i.key for i in content.items] == ["devices.good"]
    assert any("money.toml" in str(p) for p in content.problems)


def test_unknown_bands_and_categories_are_refused(tmp_path: Path) -> None:
    text = HEADER + GOOD_ITEM.format(key="devices.kid").replace('["10-12"]', '["teens"]')
    (tmp_path / "devices.toml").write_text(text, encoding="utf-8")
    (tmp_path / "pets.toml").write_text(HEADER.replace('"devices"', '"pets"'), encoding="utf-8")
    content = load_checklists(tmp_path)
    messages = " ".join(str(p) for p in content.problems)
    assert "age bands" in messages and "unknown category" in messages
    assert content.items == ()


# Merged items: the old keys of families who ticked them keep working ----------------------------------------

MERGED = "emergency.contacts-around-child"
OLD_KEYS = ("impersonation.roommate-contacts", "life.moving-away.second-contacts")


def _row(key: str, state: str, note: str = "") -> ProgressRecord:
    done = dt.datetime(2026, 3, 1, tzinfo=dt.UTC) if state == "done" else None
    return ProgressRecord(key, state, note, done, None)


def test_the_three_duplicate_items_are_one_with_the_old_keys_as_aliases(content) -> None:  # type: ignore[no-untyped-def]
    keys = {item.key for item in content.items}
    assert MERGED in keys and not keys & set(OLD_KEYS)
    assert content.aliases() == dict.fromkeys(OLD_KEYS, MERGED)
    life = load_life_events(resources_dir() / "life_events.toml")
    assert life.item("life.moving-away.second-contacts") is None


@pytest.mark.parametrize("old", OLD_KEYS)
def test_a_tick_on_an_old_key_shows_on_the_merged_item(content, old: str) -> None:  # type: ignore[no-untyped-def]
    progress = {old: _row(old, "done", "Lan's roommate: 0901 234 567")}
    views = {v.key: v for v in assemble(content, "18-22", False, progress, [], "en")}
    assert views[MERGED].state == "done" and views[MERGED].note == "Lan's roommate: 0901 234 567"
    assert old not in views  # not listed again as a retired item
    done, total = progress_of(views.values()).done, progress_of(views.values()).total
    assert done == 1 and total == len(curated_for(content, "18-22"))


def test_the_merged_items_own_progress_wins(content) -> None:  # type: ignore[no-untyped-def]
    progress = {OLD_KEYS[0]: _row(OLD_KEYS[0], "done"), MERGED: _row(MERGED, "todo", "unticked on purpose")}
    views = {v.key: v for v in assemble(content, "16-17", False, progress, [], "en")}
    assert views[MERGED].state == "todo" and views[MERGED].note == "unticked on purpose"
    # Two old keys: the done one counts.
    both = {OLD_KEYS[0]: _row(OLD_KEYS[0], "todo"), OLD_KEYS[1]: _row(OLD_KEYS[1], "done")}
    assert with_aliases(content, both)[MERGED].state == "done"


def test_an_alias_that_is_a_shipped_key_is_refused(tmp_path: Path) -> None:
    first = GOOD_ITEM.format(key="devices.first")
    second = GOOD_ITEM.format(key="devices.second").replace(
        'scope = "child"', 'scope = "child"\naliases = ["devices.first"]'
    )
    (tmp_path / "devices.toml").write_text(HEADER + first + second, encoding="utf-8")
    content = load_checklists(tmp_path)
    assert any("devices.second" in str(p) and "alias 'devices.first'" in str(p) for p in content.problems)
    bad = GOOD_ITEM.format(key="devices.third").replace('scope = "child"', 'scope = "child"\naliases = ["Not A Key"]')
    (tmp_path / "devices.toml").write_text(HEADER + bad, encoding="utf-8")
    assert any("'aliases' must be item keys" in str(p) for p in load_checklists(tmp_path).problems)
