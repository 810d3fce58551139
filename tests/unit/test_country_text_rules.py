"""The content validator's country checks (core/content/country_text.py) on hand-built content: every text of
every kind of content is walked and named so an editor can find it, a Vietnamese number outside a sentence about
Vietnam and an unknown placeholder are reported in one line each, and a country that cannot resolve is named."""

# ruff: noqa: E501  (the tables keep one case a line, each with the whole words it gives)

from __future__ import annotations

import datetime as dt
from pathlib import Path

from notalone_desktop.core.content.common import Text
from notalone_desktop.core.content.country_text import (
    country_problems,
    literal_vietnamese_numbers,
    shipped_texts,
    text_problems,
)
from notalone_desktop.core.content.helplines import Country, Helpline
from tests.content.test_scenarios import _node as node
from tests.unit.test_content_rules import (
    ALWAYS,
    CATEGORY,
    LESSON,
    agreement_toml,
    four,
    item_toml,
    life_event,
    scenario,
)

EMERGENCIES = """[[situation]]
key = "online-kidnapping"
title.en = "Kidnapping"
title.vi = "Bắt cóc"
steps.en = ["Stay calm", "Call {police}"]
steps.vi = ["Bình tĩnh"]
"""


def content(root: Path) -> Path:
    """One entry of each kind of content, as the shipped folder lays them out."""
    (root / "checklists").mkdir(parents=True)
    (root / "checklists" / "devices.toml").write_text(CATEGORY + item_toml(), encoding="utf-8")
    (root / "emergencies.toml").write_text(EMERGENCIES, encoding="utf-8")
    (root / "life_events.toml").write_text(life_event("trip", *four("trip")), encoding="utf-8")
    (root / "agreement.toml").write_text(agreement_toml(ALWAYS), encoding="utf-8")
    (root / "lessons" / "en").mkdir(parents=True)
    lesson = LESSON.replace("{key}", "scam-calls").replace("money.bank-pin", "devices.lock")
    (root / "lessons" / "en" / "scam-calls.md").write_text(lesson, encoding="utf-8")
    # A lesson naming an item that does not exist is skipped by the app, so it is not walked either.
    orphan = LESSON.replace("{key}", "orphan").replace("Scam calls", "Orphan")
    (root / "lessons" / "en" / "orphan.md").write_text(orphan, encoding="utf-8")
    (root / "scenarios").mkdir()
    game = scenario(
        "game",
        node("a", ("safe", True), ("unsafe", False)),
        node("safe", outcome="safe"),
        node("unsafe", outcome="unsafe"),
    )
    (root / "scenarios" / "game.toml").write_text(game, encoding="utf-8")
    return root


def test_every_text_of_every_kind_of_content_is_walked_and_named(tmp_path: Path) -> None:
    texts = list(shipped_texts(content(tmp_path / "resources")))
    english = [(where, text) for where, lang, text in texts if lang == "en"]
    assert [where for where, _ in english if "step1" not in where and "step2" not in where and "step3" not in where] == [
        "checklists devices.lock.title", "checklists devices.lock.why", "checklists devices.lock.how",
        "emergencies online-kidnapping.title",
        "emergencies online-kidnapping.steps[0]", "emergencies online-kidnapping.steps[1]",
        "life_events trip.title", "life_events trip.intro",
        "life_events life.trip.step0.title", "life_events life.trip.step0.why", "life_events life.trip.step0.how",
        *(f"agreement sheet.{name}" for name in ("title", "intro", "everyone", "children", "parents", "signatures", "parent", "date", "review")),
        *(f"agreement poster.{name}" for name in ("title", "subtitle", "nos", "musts", "footer")),
        *(f"agreement poster {kind}-{n}{part}" for kind in ("no", "must") for n in range(3) for part in ("", ".detail")),
        "agreement rule all-talk", "agreement rule kids-tell", "agreement rule parents-listen",
        "lessons/en/scam-calls.md title", "lessons/en/scam-calls.md summary", "lessons/en/scam-calls.md body",
        "scenarios game.title", "scenarios game.summary", "scenarios game.sender",
        "scenarios game/a", "scenarios game/a choice 0", "scenarios game/a choice 0",
        "scenarios game/a choice 1", "scenarios game/a choice 1",
        "scenarios game/safe", "scenarios game/unsafe",
    ]  # fmt: skip
    assert ("emergencies online-kidnapping.steps[1]", "Call {police}") in english
    assert ("checklists devices.lock.why", "vi", "Người lạ ở ngoài.") in texts
    assert ("emergencies online-kidnapping.steps[0]", "vi", "Bình tĩnh") in texts
    assert ("lessons/en/scam-calls.md body", "en", LESSON.split("+++")[2].strip()) in texts
    assert {lang for _where, lang, _text in texts} == {"en", "vi"}
    # Every text in both languages, but the second emergency step and the three of the lesson (written in English).
    assert len(texts) == 2 * len(english) - 4
    assert text_problems(texts) == []


def test_a_vietnamese_number_is_reported_once_per_text_with_where_it_is() -> None:
    assert literal_vietnamese_numbers("In Vietnam, call 113. Elsewhere call 111. Ở Việt Nam: 156. Or 5656.") == [
        "111",
        "5656",
    ]
    texts = [
        ("checklists money.x.how", "de", "Rufen Sie 113 an, dann 111, dann wieder 113."),
        ("lessons/vi/a.md body", "vi", "Gọi {polcie} hoặc {child_lines}, rồi {polcie}."),
        ("fine", "en", "Call {police}. In Vietnam that is 113."),
    ]
    assert text_problems(texts) == [
        "checklists money.x.how [de]: writes 113, 111 outside a sentence about Vietnam; use a placeholder such as "
        "{police}",
        "lessons/vi/a.md body [vi]: unknown placeholder {polcie}, {child_lines}",
    ]


def test_a_country_that_cannot_resolve_placeholders_is_named() -> None:
    words = Text({"en": "x"})
    emergency = Helpline(
        "xx.112", "112", "", "emergency", ("en",), "https://example.org/", dt.date(2026, 1, 1), False,
        words, words, words, words, serves=("emergency",),
    )  # fmt: skip
    countries = {
        "ZZ": Country("ZZ", "", "ZZ", words, ()),
        "EM": Country("EM", "", "EM", words, (emergency,)),  # an emergency line, no police number: fine
        "PO": Country("PO", "117", "PO", words, ()),  # a police number, no line: fine
        "AA": Country("AA", "", "AA", words, ()),
    }
    assert country_problems(countries) == [
        "AA: no line serves 'emergency' and no police number: placeholders cannot resolve",
        "ZZ: no line serves 'emergency' and no police number: placeholders cannot resolve",
    ]


def test_two_lines_serving_one_placeholder_are_named() -> None:
    words = Text({"en": "x"})

    def line(key: str, *serves: str) -> Helpline:
        return Helpline(
            key, "111", "", "child", ("en",), "https://example.org/", dt.date(2026, 1, 1), False,
            words, words, words, words, serves=serves,
        )  # fmt: skip

    two = Country("TW", "113", "TW", words, (line("tw.a", "child_line"), line("tw.b", "child_line", "crisis_line")))
    three = Country(
        "TH",
        "191",
        "TH",
        words,
        (line("th.a", "child_line"), line("th.b"), line("th.c", "child_line"), line("th.d", "child_line")),
    )
    one = Country("ON", "117", "ON", words, (line("on.a", "child_line"), line("on.b", "crisis_line")))
    assert country_problems({"TW": two, "TH": three, "ON": one}) == [
        "TH: the lines th.a, th.c, th.d all serve {child_line}; only one may",
        "TW: the lines tw.a, tw.b all serve {child_line}; only one may",
    ]
