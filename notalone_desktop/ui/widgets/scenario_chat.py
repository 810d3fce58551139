"""The chat of a scam-scenario game: the stranger's messages, the player's replies, feedback and the ending.

Made to be played by a parent and a child side by side: large type, replies picked with the number keys 1-4 (up
to 9) and Enter to go on, and feedback that says in words whether a reply was good, not only in colour.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal, SignalInstance
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from notalone_desktop.core.content.scenarios import Choice, Node, Scenario
from notalone_desktop.ui.theme.scheme import current_palette
from notalone_desktop.ui.theme.stylesheet import mix
from notalone_desktop.ui.theme.tokens import SPACING
from notalone_desktop.ui.widgets.wrapping import WrappingButton, wrapped_label


def _accent_and_tint(good: bool) -> tuple[str, str]:
    """The feedback's and the ending's accent (the palette's success or warning colour) and a faint tint of it.
    Text keeps the palette's colours; the words "Good choice" / "Risky choice" carry the meaning."""
    palette = current_palette()
    accent = palette.success if good else palette.warning
    return accent, mix(accent, palette.surface, 0.14)


class ScenarioChat(QWidget):
    """Plays one scenario. Emits `finished(choices, outcome)` once when an ending is reached."""

    finished = Signal(list, str)  # [(node id, choice index), ...], "safe" / "unsafe"
    lesson_requested = Signal(str)
    item_requested = Signal(str)
    close_requested = Signal()

    def __init__(
        self,
        scenario: Scenario,
        lang: str,
        lesson_title: Callable[[str], str | None],
        item_title: Callable[[str], str | None],
        parent: QWidget | None = None,
        type_scale: float = 1.0,
    ) -> None:
        super().__init__(parent)
        if type_scale != 1.0:
            font = QFont(self.font())
            font.setPointSizeF(font.pointSizeF() * type_scale)
            self.setFont(font)
        self.scenario = scenario
        self.lang = lang
        self._lesson_title = lesson_title
        self._item_title = item_title
        self.history: list[tuple[str, int]] = []
        self.current = scenario.start
        self.awaiting_continue = False
        self.reply_buttons: list[WrappingButton] = []
        self.link_buttons: list[WrappingButton] = []
        self.outcome_label: QLabel | None = None
        self.score_label: QLabel | None = None

        self.transcript_area = QScrollArea()
        self.transcript_area.setObjectName("scenarioTranscript")
        self.transcript_area.setWidgetResizable(True)
        self.transcript_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.transcript_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        transcript = QWidget()
        transcript.setObjectName("transcript")
        self.transcript = QVBoxLayout(transcript)
        self.transcript.setContentsMargins(SPACING.lg, SPACING.lg, SPACING.lg, SPACING.lg)
        self.transcript.setSpacing(10)
        self.transcript.addStretch(1)  # stays last: the conversation starts at the top
        self.transcript_area.setWidget(transcript)
        # Follow the conversation: whenever it grows, show its end.
        bar = self.transcript_area.verticalScrollBar()
        bar.rangeChanged.connect(lambda _low, high: bar.setValue(high))

        self.prompt = QLabel()
        self.prompt.setObjectName("scenarioPrompt")
        self.prompt.setWordWrap(True)
        self.actions_box = QVBoxLayout()
        self.actions_box.setSpacing(6)
        self.continue_button = QPushButton()
        self.continue_button.setObjectName("scenarioContinue")
        self.continue_button.setDefault(True)
        self.continue_button.clicked.connect(self.proceed)
        self.again_button = QPushButton()
        self.again_button.setObjectName("scenarioAgain")
        self.again_button.clicked.connect(self.restart)
        self.close_button = QPushButton()
        self.close_button.setObjectName("scenarioClose")
        self.close_button.clicked.connect(self.close_requested)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.again_button)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.continue_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.transcript_area, 1)
        panel = QFrame()
        panel.setObjectName("scenarioReplies")
        panel_layout = QVBoxLayout(panel)
        panel_layout.setContentsMargins(SPACING.lg, SPACING.s, SPACING.lg, SPACING.m)
        panel_layout.addWidget(self.prompt)
        panel_layout.addLayout(self.actions_box)
        panel_layout.addLayout(buttons)
        layout.addWidget(panel)
        self.retranslate()
        self.restart()

    # Texts ---------------------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.continue_button.setText(self.tr("Continue"))
        self.continue_button.setAccessibleName(self.tr("Continue"))
        self.continue_button.setToolTip(self.tr("Go on to the next message (Enter)"))
        self.again_button.setText(self.tr("Play again"))
        self.again_button.setAccessibleName(self.tr("Play this scenario again"))
        self.close_button.setText(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close the game"))
        self.transcript_area.setAccessibleName(self.tr("Conversation"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_language(self, lang: str) -> None:
        """Show the conversation so far again, in `lang` (content and interface)."""
        self.lang = lang
        self.retranslate()
        self._replay()

    # Playing -------------------------------------------------------------------------------------------------

    def restart(self) -> None:
        self.history = []
        self.current = self.scenario.start
        self.awaiting_continue = False
        self._replay()

    def _replay(self) -> None:
        """Rebuild the transcript from the choices made so far (used at start and on a language change)."""
        self._clear_transcript()
        node_id = self.scenario.start
        for index, (made_at, choice_index) in enumerate(self.history):
            node = self.scenario.node(made_at)
            choice = node.choices[choice_index]
            self._add_messages(node)
            self._add_reply(choice)
            self._add_feedback(choice)
            node_id = choice.next
            if index == len(self.history) - 1 and self.awaiting_continue:
                self._offer_continue()
                return
        self._arrive(self.scenario.node(node_id), announce=False)

    def choose(self, index: int) -> None:
        """The player picks reply `index` of the current message."""
        node = self.scenario.node(self.current)
        if self.awaiting_continue or node.outcome is not None or not 0 <= index < len(node.choices):
            return
        choice = node.choices[index]
        self.history.append((node.id, index))
        self._add_reply(choice)
        self._add_feedback(choice)
        self.awaiting_continue = True
        self._offer_continue()

    def proceed(self) -> None:
        """After the feedback: on to the next message, or to the ending."""
        if not self.awaiting_continue:
            return
        node_id, index = self.history[-1]
        self.current = self.scenario.node(node_id).choices[index].next
        self.awaiting_continue = False
        self._arrive(self.scenario.node(self.current), announce=True)

    def _arrive(self, node: Node, announce: bool) -> None:
        self.current = node.id
        if node.outcome is None:
            self._add_messages(node)
            self._offer_choices(node)
            return
        self._add_ending(node)
        self._offer_end()
        if announce:
            self.finished.emit(list(self.history), node.outcome)

    def reply_order(self, node: Node) -> list[int]:
        """The order the replies are shown in: mixed, because writers tend to put the good reply first and a
        child would soon learn to press 1; but always the same for a message, so a replay can be compared."""
        return sorted(
            range(len(node.choices)),
            key=lambda i: hashlib.sha256(f"{self.scenario.key}/{node.id}/{i}".encode()).digest(),
        )

    def score(self) -> int:
        good = sum(int(self.scenario.node(n).choices[i].good) for n, i in self.history)
        return min(good, self.scenario.max_score())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if Qt.Key.Key_1 <= key <= Qt.Key.Key_9 and self.reply_buttons:
            number = int(key) - int(Qt.Key.Key_1)
            if number < len(self.reply_buttons):
                self.reply_buttons[number].click()
                return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.awaiting_continue:
            self.proceed()
            return
        super().keyPressEvent(event)

    # Building the transcript ---------------------------------------------------------------------------------

    def _clear_transcript(self) -> None:
        while self.transcript.count() > 1:  # keep the stretch at the end
            item = self.transcript.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.outcome_label = None
        self.score_label = None
        self.link_buttons = []

    def _font(self, bold: bool = False, scale: float = 1.0, italic: bool = False) -> QFont:
        # Set on every label explicitly: a label with a style sheet does not follow its parent's font.
        font = QFont(self.font())
        font.setBold(bold)
        font.setItalic(italic)
        if scale != 1.0:
            font.setPointSizeF(font.pointSizeF() * scale)
        return font

    def _append(self, widget: QWidget, side: str = "") -> None:
        position = self.transcript.count() - 1  # before the stretch
        if not side:
            self.transcript.insertWidget(position, widget)
            widget.show()  # at once, not when the event loop comes round: the next key press may need it
            return
        row = QWidget()
        row_layout = QHBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        if side == "right":
            row_layout.addStretch(1)
            row_layout.addWidget(widget, 4)
        else:
            row_layout.addWidget(widget, 4)
            row_layout.addStretch(1)
        self.transcript.insertWidget(position, row)
        row.show()

    def _add_messages(self, node: Node) -> None:
        sender_name = self.scenario.sender.get(self.lang)
        sender_shown = False
        for text in node.bubbles(self.lang):
            if text.startswith("[") and text.endswith("]"):
                # "[A few minutes later, a message from an unknown account]": what happens, not what is said.
                narration = self._bubble(text[1:-1].strip(), "scenarioNarration")
                narration.setFont(self._font(italic=True))
                narration.setAlignment(Qt.AlignmentFlag.AlignHCenter)
                narration.setAccessibleName(self.tr("What happens"))
                self._append(narration)
                continue
            if not sender_shown:
                sender = QLabel(sender_name)
                sender.setObjectName("scenarioSender")
                sender.setFont(self._font(bold=True))
                sender.setWordWrap(True)
                self._append(sender, "left")
                sender_shown = True
            bubble = self._bubble(text, "strangerBubble")
            bubble.setStyleSheet(
                "QLabel { background: palette(alternate-base); border: 1px solid palette(mid);"
                " border-radius: 12px; padding: 10px 14px; }"
            )
            bubble.setAccessibleName(self.tr("Message from %1").replace("%1", sender_name))
            self._append(bubble, "left")

    def _add_reply(self, choice: Choice) -> None:
        bubble = self._bubble(choice.text.get(self.lang), "playerBubble")
        bubble.setStyleSheet(
            "QLabel { background: palette(highlight); color: palette(highlighted-text);"
            " border-radius: 12px; padding: 10px 14px; }"
        )
        bubble.setAccessibleName(self.tr("Your reply"))
        self._append(bubble, "right")

    def _add_feedback(self, choice: Choice) -> None:
        frame = QFrame()
        frame.setObjectName("feedbackGood" if choice.good else "feedbackRisky")
        accent, tint = _accent_and_tint(choice.good)
        frame.setStyleSheet(
            f"QFrame#{frame.objectName()} {{ border-left: 6px solid {accent}; background: {tint};"
            " border-radius: 4px; }"
        )
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(SPACING.lg, SPACING.s, SPACING.m, SPACING.m)
        verdict = QLabel(self.tr("Good choice") if choice.good else self.tr("Risky choice"))
        verdict.setObjectName("feedbackVerdict")
        verdict.setFont(self._font(bold=True))
        text = self._bubble(choice.feedback.get(self.lang), "feedbackText")
        layout.addWidget(verdict)
        layout.addWidget(text)
        frame.setAccessibleName(verdict.text())
        frame.setAccessibleDescription(choice.feedback.get(self.lang))
        self._append(frame)

    def _add_ending(self, node: Node) -> None:
        safe = node.outcome == "safe"
        frame = QFrame()
        frame.setObjectName("scenarioEnding")
        accent, tint = _accent_and_tint(safe)
        frame.setStyleSheet(
            f"QFrame#scenarioEnding {{ border: 2px solid {accent}; background: {tint}; border-radius: 8px; }}"
        )
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(SPACING.lg, SPACING.m, SPACING.lg, SPACING.lg)
        layout.setSpacing(8)
        self.outcome_label = QLabel(self.tr("Safe ending") if safe else self.tr("Unsafe ending"))
        self.outcome_label.setObjectName("scenarioOutcome")
        self.outcome_label.setFont(self._font(bold=True, scale=1.3))
        layout.addWidget(self.outcome_label)
        for paragraph in node.bubbles(self.lang):
            layout.addWidget(self._bubble(paragraph, "endingText"))
        maximum = self.scenario.max_score()
        self.score_label = QLabel(self.tr("Score: %1 of %n good replies", "", maximum).replace("%1", str(self.score())))
        self.score_label.setObjectName("scenarioScore")
        self.score_label.setWordWrap(True)
        self.score_label.setFont(self._font(bold=True))
        layout.addWidget(self.score_label)
        # Only what exists: a lesson or item named by the scenario but not shipped is left out.
        lessons = [(k, t) for k in self.scenario.related_lessons if (t := self._lesson_title(k))]
        items = [(k, t) for k in self.scenario.related_items if (t := self._item_title(k))]
        self._add_links(layout, self.tr("Read more"), lessons, self.lesson_requested, "lesson")
        self._add_links(layout, self.tr("Steps on the checklist"), items, self.item_requested, "item")
        frame.setAccessibleName(self.outcome_label.text())
        self._append(frame)

    def _add_links(
        self, layout: QVBoxLayout, title: str, links: list[tuple[str, str]], signal: SignalInstance, kind: str
    ) -> None:
        if not links:
            return
        heading = QLabel(title)
        heading.setFont(self._font(bold=True))
        layout.addWidget(heading)
        for key, text in links:
            button = WrappingButton(text, link=True)
            button.setFont(self._font())  # inside a frame with a style sheet, fonts are not inherited
            button.setObjectName(f"{kind}_{key}")
            button.clicked.connect(lambda _=False, k=key: signal.emit(k))
            layout.addWidget(button)
            self.link_buttons.append(button)

    # The panel of replies and buttons ------------------------------------------------------------------------

    def _clear_actions(self) -> None:
        for button in self.reply_buttons:
            self.actions_box.removeWidget(button)
            button.hide()
            button.deleteLater()
        self.reply_buttons = []

    def _offer_choices(self, node: Node) -> None:
        self._clear_actions()
        self.prompt.setText(self.tr("Your reply (press a number key):"))
        for number, index in enumerate(self.reply_order(node), start=1):
            button = WrappingButton(f"{number}.  {node.choices[index].text.get(self.lang)}")
            button.setObjectName(f"reply_{index}")  # named by the choice's place in the content
            button.setProperty("choice_index", index)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, i=index: self.choose(i))
            self.actions_box.addWidget(button)
            button.show()
            self.reply_buttons.append(button)
        self.continue_button.hide()
        self.again_button.hide()
        self.close_button.hide()
        if self.reply_buttons:
            self.reply_buttons[0].setFocus()

    def _offer_continue(self) -> None:
        self._clear_actions()
        self.prompt.setText(self.tr("Read the feedback, then continue."))
        self.again_button.hide()
        self.close_button.hide()
        self.continue_button.show()
        self.continue_button.setFocus()

    def _offer_end(self) -> None:
        self._clear_actions()
        self.prompt.setText(self.tr("The end. Talk about it together: what were the warning signs?"))
        self.continue_button.hide()
        self.again_button.show()
        self.close_button.show()
        self.again_button.setFocus()

    def _bubble(self, text: str, name: str) -> QLabel:
        label = wrapped_label(text, name)
        label.setFont(self._font())
        return label
