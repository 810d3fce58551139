"""Scam-scenario games: the shipped scenarios and the results a family stored per child."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass

from notalone_desktop.core.clock import utcnow
from notalone_desktop.core.content.scenarios import Scenario
from notalone_desktop.core.errors import ValidationError
from notalone_desktop.services.local_content import CountryContent
from notalone_desktop.storage.database import Database, db_time, new_id, stored_time


@dataclass(frozen=True)
class ResultInfo:
    id: int
    scenario_key: str
    child_id: int | None  # None: played by the whole family together
    played_at: dt.datetime  # UTC
    score: int  # good choices made
    max_score: int  # good choices on the best path
    outcome: str  # "safe" / "unsafe"
    choices: tuple[tuple[str, int], ...]  # (node id, index of the choice made)


@dataclass(frozen=True)
class PlayerRecord:
    """One player's history with one scenario: the last game, the best score and how often it was played."""

    last: ResultInfo
    best_score: int
    plays: int


class ScenariosService:
    def __init__(self, database: Database, content: CountryContent) -> None:
        self._db = database
        self._content = content

    def scenarios(self) -> list[Scenario]:
        return list(self._content.scenarios)

    def scenario(self, key: str) -> Scenario | None:
        return self._content.scenario(key)

    def record(
        self, scenario_key: str, child_id: int | None, choices: Sequence[tuple[str, int]], outcome: str
    ) -> ResultInfo:
        """Store one finished game. The choices must follow the scenario from its start to the ending named by
        `outcome`; the score is the number of good choices among them."""
        scenario = self._content.scenario(scenario_key)
        if scenario is None:
            raise ValidationError(f"There is no scenario '{scenario_key}'.", "scenario")
        path = [(str(node_id), int(index)) for node_id, index in choices]
        score = _score(scenario, path, outcome)
        played_at = utcnow()
        with self._db.write() as sql:
            if child_id is not None:
                child = sql.execute("SELECT 1 FROM child WHERE id = ? AND removed_at IS NULL", (child_id,)).fetchone()
                if child is None:
                    raise ValidationError("This child is no longer in the family.", "child")
            added = sql.execute(
                "INSERT INTO scenario_result (child_id, scenario_key, played_at, score, max_score, outcome, choices) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (child_id, scenario_key, db_time(played_at), score, scenario.max_score(), outcome, json.dumps(path)),
            )
            result_id = new_id(added)
        return ResultInfo(
            result_id, scenario_key, child_id, played_at, score, scenario.max_score(), outcome, tuple(path)
        )

    def results(self, child_id: int | None = None, scenario_key: str | None = None) -> list[ResultInfo]:
        """Stored games, newest first; `child_id` None means every player, not only the whole family."""
        with self._db.read() as sql:
            rows = sql.execute(
                "SELECT id, scenario_key, child_id, played_at, score, max_score, outcome, choices FROM scenario_result "
                "WHERE (? IS NULL OR child_id = ?) AND (? IS NULL OR scenario_key = ?) "
                "ORDER BY played_at DESC, id DESC",
                (child_id, child_id, scenario_key, scenario_key),
            ).fetchall()
        return [
            ResultInfo(row_id, key, child, stored_time(played_at), score, top, outcome, _choices(choices))
            for row_id, key, child, played_at, score, top, outcome, choices in rows
        ]

    def records(self) -> dict[tuple[str, int | None], PlayerRecord]:
        """For each (scenario key, child id or None for the whole family) that was played: its record."""
        records: dict[tuple[str, int | None], PlayerRecord] = {}
        for result in reversed(self.results()):  # oldest first: the last one written wins as "last"
            pair = (result.scenario_key, result.child_id)
            before = records.get(pair)
            best = max(result.score, before.best_score) if before else result.score
            records[pair] = PlayerRecord(result, best, (before.plays if before else 0) + 1)
        return records


def _score(scenario: Scenario, path: list[tuple[str, int]], outcome: str) -> int:
    """The good choices on `path`, after checking that it is a game that can be played to `outcome`."""
    current = scenario.start
    score = 0
    for node_id, index in path:
        node = scenario.nodes.get(node_id)
        if node_id != current or node is None or not 0 <= index < len(node.choices):
            raise ValidationError(f"The choices do not follow scenario '{scenario.key}'.", "choices")
        choice = node.choices[index]
        score += int(choice.good)
        current = choice.next
    if scenario.nodes[current].outcome != outcome:
        raise ValidationError(f"The choices do not lead to the '{outcome}' ending of '{scenario.key}'.", "outcome")
    # A scenario may loop back to an earlier message; repeating good choices there earns no extra points.
    return min(score, scenario.max_score())


def _choices(stored: str) -> tuple[tuple[str, int], ...]:
    return tuple((str(node), int(index)) for node, index in json.loads(stored))
