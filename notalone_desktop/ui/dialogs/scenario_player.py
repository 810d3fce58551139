"""The window in which a family plays one scam scenario; the result is stored when an ending is reached."""

from __future__ import annotations

import contextlib
import logging

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from notalone_desktop.core.content.scenarios import Scenario
from notalone_desktop.core.errors import NotAloneError
from notalone_desktop.core.family import ChildInfo
from notalone_desktop.services.scenarios import ResultInfo
from notalone_desktop.ui.context import AppContext
from notalone_desktop.ui.labels import not_translated_marker
from notalone_desktop.ui.theme.tokens import SPACING
from notalone_desktop.ui.widgets.common import heading
from notalone_desktop.ui.widgets.scenario_chat import ScenarioChat

log = logging.getLogger(__name__)
TYPE_SCALE = 1.3  # played by a parent and a child together, often a little away from the screen


class ScenarioPlayer(QDialog):
    """Plays `scenario` for `child` (None: the whole family)."""

    result_recorded = Signal(object)  # ResultInfo
    # The family wants to see another view: (view name, key); the dialog has closed itself already.
    navigate_requested = Signal(str, str)

    def __init__(
        self, context: AppContext, scenario: Scenario, child: ChildInfo | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.scenario = scenario
        self.child = child
        self.results: list[ResultInfo] = []
        self.setObjectName("scenarioPlayer")
        self.setSizeGripEnabled(True)
        self.resize(860, 720)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * TYPE_SCALE)
        self.setFont(font)

        self.title_label = heading(1)
        self.title_label.setObjectName("scenarioTitle")
        self.player_label = QLabel()
        self.player_label.setObjectName("scenarioPlayerName")
        self.player_label.setTextFormat(Qt.TextFormat.PlainText)  # "Playing: <nickname>", as typed
        self.player_label.setFont(font)
        self.marker = QLabel()
        self.marker.setObjectName("notTranslated")
        header = QHBoxLayout()
        header.addWidget(self.player_label, 1)
        header.addWidget(self.marker)

        lessons = context.services.lessons
        checklists = context.services.content.checklists

        def lesson_title(key: str) -> str | None:
            lesson = lessons.lesson(key, context.language)
            return lesson.title if lesson else None

        def item_title(key: str) -> str | None:
            item = checklists.item(key)
            return item.title.get(context.language) if item else None

        self.chat = ScenarioChat(scenario, context.language, lesson_title, item_title, type_scale=TYPE_SCALE)
        self.chat.finished.connect(self._record)
        self.chat.lesson_requested.connect(lambda key: self._leave("lessons", key))
        self.chat.item_requested.connect(lambda key: self._leave("checklist", key))
        self.chat.close_requested.connect(self.accept)
        context.language_changed.connect(self._language_changed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, SPACING.m, 0, 0)
        top = QVBoxLayout()
        top.setContentsMargins(SPACING.lg, 0, SPACING.lg, 0)
        top.addWidget(self.title_label)
        top.addLayout(header)
        layout.addLayout(top)
        layout.addWidget(self.chat, 1)
        self.retranslate()

    def retranslate(self) -> None:
        lang = self.context.language
        title = self.scenario.title.get(lang)
        self.title_label.setText(title)
        self.setWindowTitle(self.tr("Scenario: %1").replace("%1", title))
        self.setAccessibleName(title)
        who = self.child.nickname if self.child is not None else self.tr("the whole family")
        self.player_label.setText(self.tr("Playing: %1").replace("%1", who))
        self.marker.setText(not_translated_marker())
        self.marker.setVisible(not self.scenario.title.is_translated(lang))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _language_changed(self, lang: str) -> None:
        self.retranslate()
        self.chat.set_language(lang)

    def _record(self, choices: list[tuple[str, int]], outcome: str) -> None:
        child_id = self.child.id if self.child is not None else None
        try:
            result = self.context.services.scenarios.record(self.scenario.key, child_id, choices, outcome)
        except NotAloneError:
            # The game itself stays usable; the family only misses this entry in its history.
            log.exception("could not store a scenario result")
            return
        self.results.append(result)
        self.result_recorded.emit(result)

    def _leave(self, view: str, key: str) -> None:
        self.accept()
        self.navigate_requested.emit(view, key)

    def done(self, result: int) -> None:
        with contextlib.suppress(RuntimeError, TypeError):  # already disconnected
            self.context.language_changed.disconnect(self._language_changed)
        super().done(result)
