"""The shipped scam scenarios are playable graphs, and the loader reports a broken graph by file and node."""

from __future__ import annotations

from pathlib import Path

import pytest

from notalone_desktop.core.content.checklists import load_checklists
from notalone_desktop.core.content.common import Text
from notalone_desktop.core.content.scenarios import Scenario, load_scenarios
from notalone_desktop.paths import resources_dir

SCENARIOS = resources_dir() / "scenarios"
MAX_CHOICES = 4  # the player picks a reply with the number keys 1-4


@pytest.fixture(scope="module")
def shipped() -> tuple[list[Scenario], list[Exception]]:
    return load_scenarios(SCENARIOS)


def _scenarios() -> list[Scenario]:
    return load_scenarios(SCENARIOS)[0]


def _paths(scenario: Scenario) -> list[list[tuple[str, int]]]:
    """Every way through the game, without going round a loop, as (node id, choice index) lists."""
    paths: list[list[tuple[str, int]]] = []

    def walk(node_id: str, path: list[tuple[str, int]], seen: frozenset[str]) -> None:
        node = scenario.node(node_id)
        if node.outcome is not None:
            paths.append(path)
            return
        for index, choice in enumerate(node.choices):
            if choice.next not in seen:
                walk(choice.next, [*path, (node_id, index)], seen | {choice.next})

    walk(scenario.start, [], frozenset({scenario.start}))
    return paths


def test_every_scenario_loads_without_problems(shipped: tuple[list[Scenario], list[Exception]]) -> None:
    scenarios, problems = shipped
    assert [str(p) for p in problems] == []
    assert len(scenarios) == len(list(SCENARIOS.glob("*.toml")))


def test_at_least_eight_scenarios(shipped: tuple[list[Scenario], list[Exception]]) -> None:
    assert len(shipped[0]) >= 8


def test_every_school_age_band_has_a_scenario(shipped: tuple[list[Scenario], list[Exception]]) -> None:
    """A family with a child of 6 to 22 finds at least one game to play together (under-6s play none)."""
    bands = {band for scenario in shipped[0] for band in scenario.bands}
    assert {"6-9", "10-12", "13-15", "16-17", "18-22"} <= bands


@pytest.mark.parametrize("scenario", _scenarios(), ids=lambda s: s.key)
def test_every_text_is_in_english_and_vietnamese(scenario: Scenario) -> None:
    texts: list[tuple[str, Text]] = [
        ("title", scenario.title),
        ("summary", scenario.summary),
        ("sender", scenario.sender),
    ]
    for node in scenario.nodes.values():
        texts.append((f"{node.id}.text", node.text))
        for index, choice in enumerate(node.choices):
            texts += [
                (f"{node.id}.choice{index}.text", choice.text),
                (f"{node.id}.choice{index}.feedback", choice.feedback),
            ]
    for where, text in texts:
        for lang in ("en", "vi"):
            assert text.is_translated(lang), f"{scenario.key}: {where} has no {lang} text"
    for node in scenario.nodes.values():
        assert node.bubbles("en") and node.bubbles("vi"), f"{scenario.key}/{node.id} shows no message"


@pytest.mark.parametrize("scenario", _scenarios(), ids=lambda s: s.key)
def test_graph_is_playable(scenario: Scenario) -> None:
    nodes = scenario.nodes
    assert scenario.start in nodes
    endings = {node.id for node in nodes.values() if node.outcome}
    assert {nodes[e].outcome for e in endings} == {"safe", "unsafe"}
    for node in nodes.values():
        assert all(choice.next in nodes for choice in node.choices)
        if node.outcome is None:
            assert 2 <= len(node.choices) <= MAX_CHOICES, f"{scenario.key}/{node.id}: {len(node.choices)} replies"
            assert any(c.good for c in node.choices) and any(not c.good for c in node.choices)
    paths = _paths(scenario)
    visited = {scenario.start} | {nodes[n].choices[i].next for path in paths for n, i in path}
    assert visited == set(nodes), f"{scenario.key}: not reached by any game: {sorted(set(nodes) - visited)}"
    reached = {(path[-1][0], path[-1][1]) for path in paths}
    assert {nodes[n].choices[i].next for n, i in reached} == endings, f"{scenario.key}: an ending is never reached"
    for path in paths:
        ending = nodes[nodes[path[-1][0]].choices[path[-1][1]].next]
        if all(nodes[n].choices[i].good for n, i in path):
            assert ending.outcome == "safe", f"{scenario.key}: good replies only, yet {ending.id} is unsafe"
        assert sum(nodes[n].choices[i].good for n, i in path) <= scenario.max_score()
    assert scenario.max_score() == max(sum(nodes[n].choices[i].good for n, i in path) for path in paths)


@pytest.mark.parametrize("scenario", _scenarios(), ids=lambda s: s.key)
def test_related_lessons_and_items_exist(scenario: Scenario) -> None:
    items = {item.key for item in load_checklists(resources_dir() / "checklists").items}
    lessons = resources_dir() / "lessons"
    assert scenario.related_lessons or scenario.related_items, f"{scenario.key} links to nothing to read next"
    for key in scenario.related_lessons:
        for lang in ("en", "vi"):
            assert (lessons / lang / f"{key}.md").is_file(), f"{scenario.key}: no {lang} lesson '{key}'"
    unknown = [key for key in scenario.related_items if key not in items]
    assert not unknown, f"{scenario.key}: related items that are not in the checklists: {unknown}"


# Broken scenarios --------------------------------------------------------------------------------------------

HEADER = """
key = "{key}"
start = "a"
age_bands = ["13-15"]
title.en = "T"
title.vi = "T"
summary.en = "S"
summary.vi = "S"
sender.en = "Stranger"
sender.vi = "Người lạ"
"""


def _node(node_id: str, *choices: tuple[str, bool], outcome: str | None = None) -> str:
    text = f'\n[[node]]\nid = "{node_id}"\ntext.en = "Message {node_id}"\ntext.vi = "Tin {node_id}"\n'
    if outcome:
        text += f'outcome = "{outcome}"\n'
    for target, good in choices:
        text += (
            f'\n  [[node.choice]]\n  next = "{target}"\n  good = {str(good).lower()}\n'
            '  text.en = "Reply"\n  text.vi = "Trả lời"\n  feedback.en = "Why"\n  feedback.vi = "Vì sao"\n'
        )
    return text


def _write(folder: Path, key: str, *nodes: str) -> None:
    (folder / f"{key}.toml").write_text(HEADER.format(key=key) + "".join(nodes), encoding="utf-8")


def test_broken_scenarios_are_reported_and_the_rest_still_load(tmp_path: Path) -> None:
    safe, unsafe = _node("safe", outcome="safe"), _node("unsafe", outcome="unsafe")
    _write(tmp_path, "playable", _node("a", ("safe", True), ("unsafe", False)), safe, unsafe)
    # "b" and "c" send the player back and forth for ever: no ending can be reached from them.
    _write(
        tmp_path,
        "dead-branch",
        _node("a", ("safe", True), ("b", False)),
        _node("b", ("c", True), ("c", False)),
        _node("c", ("b", True), ("b", False)),
        safe,
        unsafe,
    )
    _write(
        tmp_path,
        "unreachable",
        _node("a", ("safe", True), ("unsafe", False)),
        _node("island", ("safe", True), ("unsafe", False)),
        safe,
        unsafe,
    )
    _write(tmp_path, "no-good-choice", _node("a", ("safe", False), ("unsafe", False)), safe, unsafe)
    _write(tmp_path, "missing-node", _node("a", ("safe", True), ("nowhere", False)), safe, unsafe)

    scenarios, problems = load_scenarios(tmp_path)

    assert [scenario.key for scenario in scenarios] == ["playable"]
    messages = [str(problem) for problem in problems]
    expected = {
        "dead-branch.toml": ("dead-branch/b", "no ending can be reached"),
        "unreachable.toml": ("unreachable/island", "cannot be reached from the start"),
        "no-good-choice.toml": ("no-good-choice/a", "at least one good and one bad choice"),
        "missing-node.toml": ("missing-node/a", "missing node 'nowhere'"),
    }
    for name, (where, reason) in expected.items():
        matching = [m for m in messages if name in m and where in m and reason in m]
        assert matching, f"{name}: expected '{where}: {reason}' among {messages}"


def test_good_replies_that_can_end_unsafe_are_reported(tmp_path: Path) -> None:
    # At "b" the reply marked good leads to the unsafe ending.
    _write(
        tmp_path,
        "misleading",
        _node("a", ("b", True), ("unsafe", False)),
        _node("b", ("unsafe", True), ("safe", False)),
        _node("safe", outcome="safe"),
        _node("unsafe", outcome="unsafe"),
    )
    scenarios, problems = load_scenarios(tmp_path)
    assert scenarios == []
    assert any("misleading" in str(p) and "good replies" in str(p) for p in problems)


def test_two_files_with_one_key_are_reported(tmp_path: Path) -> None:
    nodes = (
        _node("a", ("safe", True), ("unsafe", False)),
        _node("safe", outcome="safe"),
        _node("unsafe", outcome="unsafe"),
    )
    (tmp_path / "first.toml").write_text(HEADER.format(key="same") + "".join(nodes), encoding="utf-8")
    (tmp_path / "second.toml").write_text(HEADER.format(key="same") + "".join(nodes), encoding="utf-8")
    scenarios, problems = load_scenarios(tmp_path)
    assert [s.key for s in scenarios] == ["same"]
    assert len(problems) == 1 and "second.toml" in str(problems[0])
