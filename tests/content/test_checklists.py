"""The shipped checklist: complete in every language, keys unique, bands and categories known."""

from __future__ import annotations

from pathlib import Path

import pytest

from notalone_desktop.core.age import AGE_BANDS
from notalone_desktop.core.content.checklists import load_checklists
from notalone_desktop.core.content.common import CATEGORIES, REQUIRED_LANGUAGES
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
