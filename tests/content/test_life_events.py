"""The life-event checklists: the six events, 4-7 items each, complete in every language, keys in the agreed
shape, sources the project already relies on, and a loader that refuses a broken entry."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from notalone_desktop.core.content.common import LANGUAGES
from notalone_desktop.core.content.life_events import MAX_ITEMS, MIN_ITEMS, load_life_events
from notalone_desktop.paths import resources_dir
from tests.conftest import REPO

LIFE_EVENTS = resources_dir() / "life_events.toml"
EVENTS = ("first-phone", "first-social", "new-school", "moving-away", "trip-abroad", "after-incident")


@pytest.fixture(scope="module")
def content():  # type: ignore[no-untyped-def]
    return load_life_events(LIFE_EVENTS)


def test_the_file_loads_without_a_problem(content) -> None:  # type: ignore[no-untyped-def]
    assert [str(p) for p in content.problems] == []
    assert tuple(e.key for e in content.events) == EVENTS


def test_every_event_and_item_is_complete_in_every_language(content) -> None:  # type: ignore[no-untyped-def]
    for event in content.events:
        assert MIN_ITEMS <= len(event.items) <= MAX_ITEMS, event.key
        for lang in LANGUAGES:
            assert event.title.is_translated(lang) and event.intro.is_translated(lang), (event.key, lang)
        for item in event.items:
            assert re.fullmatch(rf"life\.{event.key}\.[a-z0-9-]+", item.key), item.key
            steps = len(item.steps("en"))
            assert 2 <= steps <= 5, item.key
            for lang in LANGUAGES:
                for field in (item.title, item.why, item.how):
                    assert field.is_translated(lang), (item.key, lang)
                assert len(item.title.get(lang)) <= 90, (item.key, lang)
                assert len(item.steps(lang)) == steps, (item.key, lang)
            sentences = [s for s in item.why.get("en").replace("?", ".").split(". ") if s.strip()]
            assert 2 <= len(sentences) <= 4, item.key


def test_keys_are_unique(content) -> None:  # type: ignore[no-untyped-def]
    keys = [i.key for e in content.events for i in e.items]
    assert len(keys) == len(set(keys))


def test_sources_are_https_and_ones_the_project_relies_on(content) -> None:  # type: ignore[no-untyped-def]
    """Every source's site is one CONTENT-FACTS or the shipped checklists and helplines already cite."""
    known: set[str] = set()
    shipped = [*(resources_dir() / "checklists").glob("*.toml"), *(resources_dir() / "helplines").glob("*.toml")]
    for path in shipped:
        known |= {urlsplit(u).netloc for u in re.findall(r"https://[^\"\s,\]]+", path.read_text(encoding="utf-8"))}
    facts = REPO.parent / "shared" / "CONTENT-FACTS.md"
    if not facts.exists():  # CI and every developer have ../shared beside the project; a bare clone may not
        pytest.skip("../shared/CONTENT-FACTS.md is not beside the project")
    facts_text = facts.read_text(encoding="utf-8")
    for event in content.events:
        for item in event.items:
            assert item.sources, item.key
            for source in item.sources:
                host = urlsplit(source).netloc
                assert source.startswith("https://"), (item.key, source)
                assert host in known or host.removeprefix("www.") in facts_text, (item.key, source)


def test_the_moving_away_event_carries_the_2025_facts(content) -> None:  # type: ignore[no-untyped-def]
    event = content.event("moving-away")
    assert "18 to 22" in event.intro.get("en") and "18 đến 22" in event.intro.get("vi")
    text = " ".join(i.why.get("en") + " " + i.how.get("en") for i in event.items)
    for fact in ("rent a room", "new SIM", "money laundering", "prove innocence", "study-abroad fees"):
        assert fact in text, fact
    record = content.item("life.after-incident.record")
    assert record is not None and "not even as evidence" in record.how.get("en")


BROKEN = """
[[event]]
key = "first-phone"
title.en = "A"
title.vi = "A"
intro.en = "B"
intro.vi = "B"
bands = ["6-9"]

  [[event.item]]
  key = "life.other-event.slug"
  sources = ["https://example.org"]
  title.en = "t"
  title.vi = "t"
  why.en = "w"
  why.vi = "w"
  how.en = "- a\\n- b"
  how.vi = "- a"

  [[event.item]]
  key = "life.first-phone.ok"
  sources = ["http://insecure.example"]
  title.en = "t"
  title.vi = "t"
  why.en = "w"
  why.vi = "w"
  how.en = "- a"
  how.vi = "- a"
"""


def test_a_broken_file_is_reported_with_its_keys(tmp_path: Path) -> None:
    path = tmp_path / "life_events.toml"
    path.write_text(BROKEN, encoding="utf-8")
    content = load_life_events(path)
    problems = "\n".join(str(p) for p in content.problems)
    assert "life.other-event.slug" in problems  # the key does not name its event
    assert "life.first-phone.ok" in problems  # not an https source
    assert "first-phone" in problems and "4 to 7 items" in problems
    assert content.events == ()
    assert load_life_events(tmp_path / "missing.toml").problems
