"""Scenarios: the scam-scenario games, who played them with what result, and a Play button for each."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from notalone_desktop.core.content.scenarios import Scenario
from notalone_desktop.core.family import ChildInfo
from notalone_desktop.services.scenarios import PlayerRecord
from notalone_desktop.ui.context import AppContext
from notalone_desktop.ui.dialogs.scenario_player import ScenarioPlayer
from notalone_desktop.ui.focus import focus_when_scrollable
from notalone_desktop.ui.labels import band_label, not_translated_marker
from notalone_desktop.ui.theme.tokens import SPACING
from notalone_desktop.ui.views.base import View
from notalone_desktop.ui.widgets.common import card, heading
from notalone_desktop.ui.widgets.wrapping import wrapped_label


class ScenariosView(View):
    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.player: ScenarioPlayer | None = None
        self.play_buttons: dict[str, QPushButton] = {}
        self._children: list[ChildInfo] = []
        self._cards: list[QFrame] = []

        self.scroll_area = QScrollArea(self)
        focus_when_scrollable(self.scroll_area)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget()
        self.scroll_area.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll_area)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(SPACING.xl, SPACING.lg, SPACING.xl, SPACING.lg)
        layout.setSpacing(14)
        self.title_label = heading(1)
        self.intro = wrapped_label()
        layout.addWidget(self.title_label)
        layout.addWidget(self.intro)

        who = QHBoxLayout()
        self.player_label = QLabel()
        self.player_choice = QComboBox()
        self.player_choice.setObjectName("scenarioPlayerChoice")
        self.player_choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.player_label.setBuddy(self.player_choice)
        who.addWidget(self.player_label)
        who.addWidget(self.player_choice)
        who.addStretch(1)
        layout.addLayout(who)

        self.cards_box = QVBoxLayout()
        self.cards_box.setSpacing(12)
        layout.addLayout(self.cards_box)
        self.empty_label = wrapped_label()
        layout.addWidget(self.empty_label)
        layout.addStretch(1)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Scenarios")

    def retranslate(self) -> None:
        self.title_label.setText(self.tr("Scam scenarios"))
        self.intro.setText(
            self.tr(
                "Play these chats with your child: a stranger writes, you choose the reply together, and you see "
                "straight away which warning sign it was about. Recognising the pattern now makes it easier to "
                "stop when it happens for real."
            )
        )
        self.player_label.setText(self.tr("&Who is playing?"))
        self.player_choice.setAccessibleName(self.tr("Who is playing"))
        self.empty_label.setText(self.tr("No scenarios are installed."))
        if not self._stale:
            self.refresh()

    # Data ----------------------------------------------------------------------------------------------------

    def refresh(self) -> None:
        self._children = self.services.family.children()
        self._fill_players()
        for frame in self._cards:
            self.cards_box.removeWidget(frame)
            frame.hide()
            frame.deleteLater()
        self._cards = []
        self.play_buttons = {}
        records = self.services.scenarios.records()
        scenarios = self.services.scenarios.scenarios()
        for scenario in scenarios:
            frame = self._card(scenario, records)
            self.cards_box.addWidget(frame)
            frame.show()
            self._cards.append(frame)
        self.empty_label.setVisible(not scenarios)
        # Cards added while the view is being shown: have the scroll area measure its content again.
        QCoreApplication.postEvent(self.scroll_area, QEvent(QEvent.Type.LayoutRequest))

    def _fill_players(self) -> None:
        current = self.player_choice.currentData()
        self.player_choice.blockSignals(True)
        self.player_choice.clear()
        self.player_choice.addItem(self.tr("The whole family"), 0)
        for child in self._children:
            self.player_choice.addItem(child.nickname, child.id)
        index = self.player_choice.findData(current) if current is not None else 0
        self.player_choice.setCurrentIndex(max(index, 0))
        self.player_choice.blockSignals(False)

    def _card(self, scenario: Scenario, records: dict[tuple[str, int | None], PlayerRecord]) -> QFrame:
        lang = self.lang
        frame, layout = card()
        frame.setObjectName(f"scenario_{scenario.key}")
        top = QHBoxLayout()
        title = heading(2)
        title.setText(scenario.title.get(lang))
        top.addWidget(title, 1)
        if not scenario.title.is_translated(lang):
            marker = QLabel(not_translated_marker())
            marker.setObjectName("notTranslated")
            top.addWidget(marker, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        layout.addWidget(wrapped_label(scenario.summary.get(lang)))
        ages = ", ".join(band_label(b) for b in scenario.bands)
        layout.addWidget(wrapped_label(self.tr("For ages %1").replace("%1", ages)))

        lines = []
        players: list[tuple[int | None, str]] = [(None, self.tr("Whole family"))]
        players += [(child.id, child.nickname) for child in self._children]
        for child_id, name in players:
            record = records.get((scenario.key, child_id))
            if record is not None:
                lines.append(self._record_line(name, record))
        results = wrapped_label("\n".join(lines) if lines else self.tr("Not played yet."))
        results.setObjectName(f"results_{scenario.key}")
        layout.addWidget(results)

        play = QPushButton(self.tr("Play"))
        play.setObjectName(f"play_{scenario.key}")
        play.setAccessibleName(self.tr("Play %1").replace("%1", scenario.title.get(lang)))
        play.clicked.connect(lambda _=False, key=scenario.key: self.play(key))
        layout.addWidget(play, 0, Qt.AlignmentFlag.AlignLeft)
        self.play_buttons[scenario.key] = play
        return frame

    def _record_line(self, name: str, record: PlayerRecord) -> str:
        last = record.last
        outcome = self.tr("safe ending") if last.outcome == "safe" else self.tr("unsafe ending")
        line = (
            self.tr("%1: last time %2 of %3 good replies, %4")
            .replace("%1", name)
            .replace("%2", str(last.score))
            .replace("%3", str(last.max_score))
            .replace("%4", outcome)
        )
        if record.plays > 1:
            line += " · " + self.tr("played %n time(s)", "", record.plays)
        return line

    # Playing -------------------------------------------------------------------------------------------------

    def chosen_child(self) -> ChildInfo | None:
        child_id = self.player_choice.currentData()
        return next((c for c in self._children if c.id == child_id), None)

    def play(self, key: str) -> ScenarioPlayer | None:
        """Open the player for scenario `key`, for the player chosen above. Window-modal, not blocking."""
        scenario = self.services.scenarios.scenario(key)
        if scenario is None:
            return None
        if self.player is not None:
            self.player.close()
        player = ScenarioPlayer(self.context, scenario, self.chosen_child(), self.window())
        player.result_recorded.connect(lambda _result: self.refresh())
        player.navigate_requested.connect(self.context.navigate.emit)
        player.finished.connect(lambda _code: self._player_closed(player))
        self.player = player
        player.open()
        return player

    def _player_closed(self, player: ScenarioPlayer) -> None:
        if self.player is player:
            self.player = None
        player.deleteLater()
        button = self.play_buttons.get(player.scenario.key)
        if button is not None:
            button.setFocus()

    def focus_key(self, key: str) -> None:
        button = self.play_buttons.get(key)
        if button is not None:
            button.setFocus()
