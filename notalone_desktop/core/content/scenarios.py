"""Scam-scenario simulations: resources/scenarios/<key>.toml, a small graph of chat messages and choices."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from notalone_desktop.core.content.common import (
    Problems,
    Text,
    check_bands,
    check_key,
    read_toml,
    string_list,
    text_field,
)

log = logging.getLogger(__name__)
OUTCOMES = ("safe", "unsafe")


@dataclass(frozen=True)
class Choice:
    next: str
    good: bool
    text: Text
    feedback: Text


@dataclass(frozen=True)
class Node:
    id: str
    text: Text
    choices: tuple[Choice, ...]
    outcome: str | None  # "safe" / "unsafe" for an ending, None for a choice node

    def bubbles(self, lang: str) -> list[str]:
        """The node's text as chat bubbles: paragraphs separated by blank lines."""
        return [p.strip() for p in self.text.get(lang).split("\n\n") if p.strip()]


@dataclass(frozen=True)
class Scenario:
    key: str
    start: str
    bands: tuple[str, ...]
    related_lessons: tuple[str, ...]
    related_items: tuple[str, ...]
    title: Text
    summary: Text
    sender: Text
    nodes: dict[str, Node]

    def node(self, node_id: str) -> Node:
        return self.nodes[node_id]

    def max_score(self) -> int:
        """Good choices on the best path: the score of a perfect game."""
        return _best(self, self.start, set())


def _best(scenario: Scenario, node_id: str, seen: set[str]) -> int:
    node = scenario.nodes[node_id]
    if node.outcome or node_id in seen:
        return 0
    return max(int(c.good) + _best(scenario, c.next, seen | {node_id}) for c in node.choices)


def load_scenarios(directory: Path) -> tuple[list[Scenario], list[Exception]]:
    problems = Problems()
    scenarios: list[Scenario] = []
    for path in sorted(directory.glob("*.toml")):
        data = read_toml(path, problems)
        if data is None:
            continue
        scenario = _scenario(data, path, problems)
        if scenario is None or not _graph_ok(scenario, path, problems):
            continue
        if any(s.key == scenario.key for s in scenarios):
            problems.add(path, scenario.key, "another scenario file already uses this key")
            continue
        scenarios.append(scenario)
    for problem in problems.items:
        log.warning("scenario skipped: %s", problem)
    return scenarios, list(problems.items)


def _scenario(data: dict[str, object], path: Path, problems: Problems) -> Scenario | None:
    key = check_key(data.get("key"), path, problems)
    if key is None:
        return None
    start = data.get("start")
    bands = check_bands(string_list(data, "age_bands", path, key, problems), path, key, problems)
    lessons = string_list(data, "related_lessons", path, key, problems)
    items = string_list(data, "related_items", path, key, problems)
    title = text_field(data, "title", path, key, problems)
    summary = text_field(data, "summary", path, key, problems)
    sender = text_field(data, "sender", path, key, problems)
    raw_nodes = data.get("node")
    if not isinstance(start, str) or not isinstance(raw_nodes, list):
        problems.add(path, key, "needs 'start' and [[node]] tables")
        return None
    if None in (bands, lessons, items, title, summary, sender):
        return None
    nodes: dict[str, Node] = {}
    for raw in raw_nodes:
        node = _node(raw, path, key, problems)
        if node is None:
            return None
        if node.id in nodes:
            problems.add(path, key, f"node '{node.id}' defined twice")
            return None
        nodes[node.id] = node
    return Scenario(
        key,
        start,
        bands or (),
        tuple(lessons or ()),
        tuple(items or ()),
        title or Text({}),
        summary or Text({}),
        sender or Text({}),
        nodes,
    )


def _node(raw: object, path: Path, key: str, problems: Problems) -> Node | None:
    if not isinstance(raw, dict) or not isinstance(raw.get("id"), str):
        problems.add(path, key, "a node needs an 'id'")
        return None
    node_id = str(raw["id"])
    where = f"{key}/{node_id}"
    text = text_field(raw, "text", path, where, problems)
    outcome = raw.get("outcome")
    raw_choices = raw.get("choice", [])
    if outcome is not None and outcome not in OUTCOMES:
        problems.add(path, where, "'outcome' must be 'safe' or 'unsafe'")
        return None
    if not isinstance(raw_choices, list) or (outcome is None) == (not raw_choices):
        problems.add(path, where, "a node is either an ending (outcome) or has choices, not both or neither")
        return None
    choices: list[Choice] = []
    for raw_choice in raw_choices:
        if not isinstance(raw_choice, dict) or not isinstance(raw_choice.get("next"), str):
            problems.add(path, where, "a choice needs 'next'")
            return None
        good = raw_choice.get("good")
        choice_text = text_field(raw_choice, "text", path, where, problems)
        feedback = text_field(raw_choice, "feedback", path, where, problems)
        if not isinstance(good, bool) or choice_text is None or feedback is None:
            problems.add(path, where, "a choice needs 'good' (true/false), text and feedback")
            return None
        choices.append(Choice(str(raw_choice["next"]), good, choice_text, feedback))
    if text is None:
        return None
    return Node(node_id, text, tuple(choices), str(outcome) if outcome else None)


def _graph_ok(scenario: Scenario, path: Path, problems: Problems) -> bool:
    """Every node reachable, no dead branch, a good and a bad choice at each step, good play ends safe."""
    before = len(problems.items)
    nodes = scenario.nodes
    if scenario.start not in nodes:
        problems.add(path, scenario.key, f"start node '{scenario.start}' does not exist")
        return False
    for node in nodes.values():
        for choice in node.choices:
            if choice.next not in nodes:
                problems.add(path, f"{scenario.key}/{node.id}", f"choice leads to missing node '{choice.next}'")
        if node.choices and not (any(c.good for c in node.choices) and any(not c.good for c in node.choices)):
            problems.add(path, f"{scenario.key}/{node.id}", "needs at least one good and one bad choice")
    if len(problems.items) > before:
        return False
    reachable: set[str] = set()
    stack = [scenario.start]
    while stack:
        current = stack.pop()
        if current not in reachable:
            reachable.add(current)
            stack.extend(c.next for c in nodes[current].choices)
    for unreachable in sorted(set(nodes) - reachable):
        problems.add(path, f"{scenario.key}/{unreachable}", "node cannot be reached from the start")
    if not any(n.outcome == "safe" for n in nodes.values()) or not any(n.outcome == "unsafe" for n in nodes.values()):
        problems.add(path, scenario.key, "needs at least one safe and one unsafe ending")
    # Whichever good reply is chosen at each step, the game must end safely without going round in a loop.
    if not _good_play_ends_safe(scenario):
        problems.add(path, scenario.key, "choosing the good replies does not always reach a safe ending")
    # No dead branch: from every reachable node some ending can be reached.
    can_end = {n for n, node in nodes.items() if node.outcome}
    changed = True
    while changed:
        changed = False
        for n, node in nodes.items():
            if n not in can_end and any(c.next in can_end for c in node.choices):
                can_end.add(n)
                changed = True
    for dead in sorted(reachable - can_end):
        problems.add(path, f"{scenario.key}/{dead}", "no ending can be reached from this node")
    return len(problems.items) == before


def _good_play_ends_safe(scenario: Scenario) -> bool:
    """True when every path of good replies from the start reaches a safe ending and none loops."""
    nodes = scenario.nodes
    finished: set[str] = set()  # nodes whose good paths were all checked

    def visit(node_id: str, on_path: frozenset[str]) -> bool:
        node = nodes[node_id]
        if node.outcome is not None:
            return node.outcome == "safe"
        if node_id in on_path:
            return False  # a loop of good replies never ends
        if node_id in finished:
            return True
        ok = all(visit(c.next, on_path | {node_id}) for c in node.choices if c.good)
        if ok:
            finished.add(node_id)
        return ok

    return visit(scenario.start, frozenset())
