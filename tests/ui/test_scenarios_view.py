"""The scenarios view and player: every ending of every shipped scenario is played by clicking replies, and the
stored result has the right player, outcome and score."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from notalone_desktop.core.content.scenarios import Scenario, load_scenarios
from notalone_desktop.core.errors import ValidationError
from notalone_desktop.paths import resources_dir
from notalone_desktop.services import Services
from notalone_desktop.ui.context import AppContext
from notalone_desktop.ui.dialogs.scenario_player import ScenarioPlayer
from notalone_desktop.ui.views.scenarios import ScenariosView
from notalone_desktop.ui.widgets.scenario_chat import ScenarioChat
from notalone_desktop.ui.widgets.wrapping import WrappingButton

Path_ = list[tuple[str, int]]


def path_to(scenario: Scenario, ending: str) -> Path_:
    """A shortest way from the start to `ending` (breadth-first over the graph), as (node id, choice index)."""
    queue: deque[tuple[str, Path_]] = deque([(scenario.start, [])])
    seen = {scenario.start}
    while queue:
        node_id, path = queue.popleft()
        if node_id == ending:
            return path
        for index, choice in enumerate(scenario.node(node_id).choices):
            if choice.next not in seen:
                seen.add(choice.next)
                queue.append((choice.next, [*path, (node_id, index)]))
    raise AssertionError(f"{scenario.key}: no way to {ending}")


def _endings() -> list[tuple[str, str]]:
    scenarios, _problems = load_scenarios(resources_dir() / "scenarios")
    return [(s.key, node.id) for s in scenarios for node in s.nodes.values() if node.outcome]


@pytest.fixture
def view(qtbot: QtBot, context: AppContext, demo_services: Services) -> ScenariosView:
    scenarios = ScenariosView(context)
    qtbot.addWidget(scenarios)
    scenarios.resize(1000, 700)
    scenarios.show()
    return scenarios


def _start(view: ScenariosView, key: str, player_name: str | None, qtbot: QtBot) -> ScenarioPlayer:
    if player_name is not None:
        view.player_choice.setCurrentIndex(view.player_choice.findText(player_name))
    qtbot.mouseClick(view.play_buttons[key], Qt.MouseButton.LeftButton)
    player = view.player
    assert player is not None and player.isVisible()
    qtbot.addWidget(player)
    return player


def _reply_button(chat: ScenarioChat, index: int) -> WrappingButton:
    matching = [b for b in chat.reply_buttons if b.objectName() == f"reply_{index}"]
    assert len(matching) == 1 and matching[0].isVisible()
    return matching[0]


def _result_line(view: ScenariosView, key: str) -> str:
    """What the scenario's card says about who played it (the cards are rebuilt after each game)."""
    lines = [label.text() for label in view.findChildren(QLabel, f"results_{key}") if label.isVisibleTo(view)]
    assert len(lines) == 1
    return lines[0]


def _texts(chat: ScenarioChat, name: str) -> list[str]:
    return [label.text() for label in chat.findChildren(QLabel, name) if label.isVisibleTo(chat)]


@pytest.mark.parametrize(("key", "ending"), _endings())
def test_every_ending_can_be_played_and_is_stored_with_its_score(
    view: ScenariosView,
    demo_services: Services,
    qtbot: QtBot,
    key: str,
    ending: str,
) -> None:
    scenario = demo_services.scenarios.scenario(key)
    assert scenario is not None
    path = path_to(scenario, ending)
    minh = next(c for c in demo_services.family.children() if c.nickname == "Minh")
    player = _start(view, key, "Minh", qtbot)
    chat = player.chat
    for step, (node_id, index) in enumerate(path):
        assert chat.current == node_id
        choice = scenario.node(node_id).choices[index]
        qtbot.mouseClick(_reply_button(chat, index), Qt.MouseButton.LeftButton)
        verdicts = _texts(chat, "feedbackVerdict")
        assert len(verdicts) == step + 1
        assert verdicts[-1] == ("Good choice" if choice.good else "Risky choice")
        assert chat.reply_buttons == [] and chat.continue_button.isVisible()
        if step < len(path) - 1:
            qtbot.mouseClick(chat.continue_button, Qt.MouseButton.LeftButton)
        else:
            with qtbot.waitSignal(player.result_recorded):  # emitted as the ending appears
                qtbot.mouseClick(chat.continue_button, Qt.MouseButton.LeftButton)

    end = scenario.node(ending)
    score = sum(scenario.node(n).choices[i].good for n, i in path)
    assert chat.outcome_label is not None
    assert chat.outcome_label.text() == ("Safe ending" if end.outcome == "safe" else "Unsafe ending")
    assert chat.score_label is not None
    assert chat.score_label.text().startswith(f"Score: {score} of {scenario.max_score()} good repl")
    assert _texts(chat, "endingText") == end.bubbles("en")

    results = demo_services.scenarios.results(minh.id)
    assert len(results) == 1
    stored = results[0]
    assert (stored.scenario_key, stored.child_id, stored.outcome) == (key, minh.id, end.outcome)
    assert (stored.score, stored.max_score) == (score, scenario.max_score())
    assert list(stored.choices) == path

    qtbot.mouseClick(chat.close_button, Qt.MouseButton.LeftButton)
    assert not player.isVisible()
    assert f"Minh: last time {score} of {scenario.max_score()} good replies" in _result_line(view, key)


def test_keyboard_only_play_with_number_keys_and_enter(
    view: ScenariosView,
    demo_services: Services,
    qtbot: QtBot,
) -> None:
    key = demo_services.scenarios.scenarios()[0].key
    player = _start(view, key, None, qtbot)  # the whole family plays
    chat = player.chat
    scenario = chat.scenario
    while scenario.node(chat.current).outcome is None:
        node = scenario.node(chat.current)
        good = next(i for i, choice in enumerate(node.choices) if choice.good)
        number = next(n for n, b in enumerate(chat.reply_buttons, start=1) if b.property("choice_index") == good)
        assert chat.reply_buttons[number - 1].label().startswith(f"{number}.")
        qtbot.keyClick(chat, Qt.Key(int(Qt.Key.Key_0) + number))
        assert chat.awaiting_continue
        qtbot.keyClick(chat, Qt.Key.Key_Return)
    results = demo_services.scenarios.results()
    assert [(r.child_id, r.score, r.outcome) for r in results] == [(None, scenario.max_score(), "safe")]
    player.accept()
    assert _result_line(view, key).startswith("Whole family: last time")


def test_replies_are_not_always_in_content_order(demo_services: Services, context: AppContext) -> None:
    """Writers put the good reply first; shown in that order, a child would learn to press 1."""
    orders = []
    for scenario in demo_services.scenarios.scenarios():
        chat = ScenarioChat(scenario, "en", lambda _k: None, lambda _k: None)
        orders += [chat.reply_order(node) for node in scenario.nodes.values() if node.choices]
        chat.deleteLater()
    assert any(order != sorted(order) for order in orders)
    assert all(sorted(order) == list(range(len(order))) for order in orders)


def test_related_lessons_at_the_end_open_the_lessons_view(
    view: ScenariosView,
    demo_services: Services,
    qtbot: QtBot,
) -> None:
    scenario = next(s for s in demo_services.scenarios.scenarios() if s.related_lessons)
    player = _start(view, scenario.key, None, qtbot)
    chat = player.chat
    ending = next(n.id for n in scenario.nodes.values() if n.outcome == "unsafe")
    for _node_id, index in path_to(scenario, ending):
        qtbot.mouseClick(_reply_button(chat, index), Qt.MouseButton.LeftButton)
        qtbot.mouseClick(chat.continue_button, Qt.MouseButton.LeftButton)
    lesson_links = [b for b in chat.link_buttons if b.objectName().startswith("lesson_")]
    item_links = [b for b in chat.link_buttons if b.objectName().startswith("item_")]
    expected = [k for k in scenario.related_lessons if demo_services.lessons.lesson(k, "en")]
    assert [b.objectName() for b in lesson_links] == [f"lesson_{k}" for k in expected]
    title = demo_services.lessons.lesson(expected[0], "en")
    assert title is not None and lesson_links[0].label() == title.title
    known_items = [k for k in scenario.related_items if demo_services.content.checklists.item(k)]
    assert [b.objectName() for b in item_links] == [f"item_{k}" for k in known_items]
    qtbot.waitUntil(lambda: lesson_links[0].height() > 0)  # laid out, as on screen
    with qtbot.waitSignal(view.context.navigate) as signal:
        qtbot.mouseClick(lesson_links[0], Qt.MouseButton.LeftButton)
    assert signal.args == ["lessons", expected[0]]
    assert not player.isVisible()


def test_play_again_starts_over_and_a_second_result_is_kept(
    view: ScenariosView,
    demo_services: Services,
    qtbot: QtBot,
) -> None:
    scenario = demo_services.scenarios.scenarios()[0]
    player = _start(view, scenario.key, "Lan", qtbot)
    chat = player.chat
    safe_path = path_to(scenario, next(n.id for n in scenario.nodes.values() if n.outcome == "safe"))
    for _round in range(2):
        for _node_id, index in safe_path:
            qtbot.mouseClick(_reply_button(chat, index), Qt.MouseButton.LeftButton)
            qtbot.mouseClick(chat.continue_button, Qt.MouseButton.LeftButton)
        assert chat.outcome_label is not None
        qtbot.mouseClick(chat.again_button, Qt.MouseButton.LeftButton)
        assert chat.current == scenario.start and chat.history == []
    lan = next(c for c in demo_services.family.children() if c.nickname == "Lan")
    assert len(demo_services.scenarios.results(lan.id)) == 2
    record = demo_services.scenarios.records()[(scenario.key, lan.id)]
    assert record.plays == 2
    player.accept()
    assert "played 2 time" in _result_line(view, scenario.key)


def test_a_language_switch_mid_game_shows_the_conversation_in_the_new_language(
    view: ScenariosView,
    demo_services: Services,
    qtbot: QtBot,
) -> None:
    scenario = demo_services.scenarios.scenarios()[0]
    player = _start(view, scenario.key, None, qtbot)
    chat = player.chat
    first = scenario.node(scenario.start)
    qtbot.mouseClick(_reply_button(chat, 0), Qt.MouseButton.LeftButton)
    view.context.set_language("vi")
    said = [text for text in first.bubbles("vi") if not (text.startswith("[") and text.endswith("]"))]
    assert _texts(chat, "strangerBubble")[: len(said)] == said
    assert _texts(chat, "playerBubble") == [first.choices[0].text.get("vi")]
    assert chat.awaiting_continue and chat.continue_button.isVisible()
    assert player.title_label.text() == scenario.title.get("vi")
    player.accept()


def test_narration_in_brackets_is_not_shown_as_the_strangers_words(
    demo_services: Services, context: AppContext, qtbot: QtBot
) -> None:
    scenario = next(s for s in demo_services.scenarios.scenarios() if s.node(s.start).bubbles("en")[0].startswith("["))
    chat = ScenarioChat(scenario, "en", lambda _k: None, lambda _k: None)
    qtbot.addWidget(chat)
    chat.show()
    first = scenario.node(scenario.start).bubbles("en")
    narration = [text[1:-1].strip() for text in first if text.startswith("[") and text.endswith("]")]
    assert _texts(chat, "scenarioNarration") == narration
    assert not set(_texts(chat, "strangerBubble")) & {f"[{text}]" for text in narration}
    assert _texts(chat, "strangerBubble") == [text for text in first if not text.startswith("[")]


def test_the_service_refuses_a_game_that_does_not_follow_the_scenario(demo_services: Services) -> None:
    scenario = demo_services.scenarios.scenarios()[0]
    record: Callable[..., object] = demo_services.scenarios.record
    first = scenario.node(scenario.start)
    with pytest.raises(ValidationError):
        record(scenario.key, None, [(first.choices[0].next, 0)], "safe")  # does not start at the start
    with pytest.raises(ValidationError):
        record(scenario.key, None, [(scenario.start, len(first.choices))], "safe")  # no such reply
    with pytest.raises(ValidationError):
        record(scenario.key, None, [], "safe")  # the start is not an ending
    with pytest.raises(ValidationError):
        record("no-such-scenario", None, [], "safe")
    assert demo_services.scenarios.results() == []
