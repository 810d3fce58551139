"""The right-hand pane of the checklist: one item's why and how, its state, note and review date.

The note is saved as the parent types (ui/autosave.py: half a second after the last key, at once when the note
loses the focus, the item changes, the section is left or the window closes); in child mode it is read-only
and the first key asks for the parent PIN."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from notalone_desktop.core.text import neutralise, text_problem
from notalone_desktop.services.checklist import NOTE_MAX, ItemView
from notalone_desktop.ui.autosave import AutoSave, ParentGate
from notalone_desktop.ui.dates import medium_date
from notalone_desktop.ui.focus import focus_when_scrollable
from notalone_desktop.ui.labels import band_label, not_translated_marker
from notalone_desktop.ui.plain_text import unsafe_text_message
from notalone_desktop.ui.widgets.common import heading, wrapped

if TYPE_CHECKING:
    from notalone_desktop.ui.context import AppContext

STATES = ("todo", "done", "na")


class ChecklistDetails(QScrollArea):
    state_chosen = Signal(str)  # the parent picked a state for the shown item
    note_saved = Signal(str, str)  # (item key, note): save it now (typed by a parent; the item may have changed)
    edit_requested = Signal()
    delete_requested = Signal()
    stop_requested = Signal()  # remove the life-event checklist the shown item belongs to
    lesson_requested = Signal(str)

    def __init__(self, context: AppContext | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # An item's key -> "from <publisher>" when it comes from an unknown publisher's pack (set by the view).
        self.origin_note: Callable[[str], str] = lambda _key: ""
        self._leaving = False  # True while the note of the item shown until now is flushed on the way out
        self.setWidgetResizable(True)
        self.setObjectName("checklistDetails")
        focus_when_scrollable(self)
        # Text wraps to the pane's width; a sideways scroll bar would hide the end of every line.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        self.setWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(16, 12, 16, 12)
        self.title_label = heading(2)
        self.title_label.setObjectName("itemTitle")
        self.meta = wrapped()
        self.marker = QLabel()
        self.marker.setStyleSheet("font-style: italic;")
        self.why_title, self.how_title = heading(3), heading(3)
        self.why, self.how = wrapped(), wrapped()
        self.how.setObjectName("itemSteps")
        self.how.setTextFormat(Qt.TextFormat.RichText)  # the steps as a list, each one escaped
        self.state_title = heading(3)
        self.state_buttons = QButtonGroup(self)
        state_row = QHBoxLayout()
        self.radios: dict[str, QRadioButton] = {}
        for state in STATES:
            radio = QRadioButton()
            radio.setObjectName(f"state_{state}")
            self.radios[state] = radio
            self.state_buttons.addButton(radio)
            state_row.addWidget(radio)
            radio.clicked.connect(lambda _=False, s=state: self.state_chosen.emit(s))
        state_row.addStretch(1)
        self.dates = wrapped()
        self.dates.setObjectName("itemDates")
        self.note_title = heading(3)
        self.note = QPlainTextEdit()
        self.note.setObjectName("itemNote")
        self.note.setMaximumHeight(110)
        self.note_limit = QLabel()
        self.note_limit.setObjectName("noteLimit")
        self.note_limit.setWordWrap(True)
        self.note_limit.hide()
        self.note.setTabChangesFocus(True)
        self.note.textChanged.connect(self._note_edited)
        self.note_status = QLabel()
        self.note_status.setObjectName("noteStatus")
        self.note_status.setWordWrap(True)
        self.autosave = AutoSave(self._save_note, self)
        self.autosave.watch(self.note)
        self.context = context
        self.gate = ParentGate(context, [self.note], self) if context is not None else None
        if context is not None:
            context.lock_changed.connect(self._lock_changed)
        self.lessons_title = heading(3)
        self.lessons_box = QVBoxLayout()
        self.sources = wrapped()
        self.sources.setOpenExternalLinks(False)
        custom_row = QHBoxLayout()
        self.edit_button, self.delete_button = QPushButton(), QPushButton()
        self.edit_button.setObjectName("editCustom")
        self.delete_button.setObjectName("deleteCustom")
        self.edit_button.clicked.connect(self.edit_requested.emit)
        self.delete_button.clicked.connect(self.delete_requested.emit)
        self.stop_button = QPushButton()
        self.stop_button.setObjectName("stopLifeEvent")
        self.stop_button.clicked.connect(self.stop_requested.emit)
        custom_row.addWidget(self.edit_button)
        custom_row.addWidget(self.delete_button)
        custom_row.addWidget(self.stop_button)
        custom_row.addStretch(1)
        for widget in (
            self.title_label,
            self.meta,
            self.marker,
            self.why_title,
            self.why,
            self.how_title,
            self.how,
            self.state_title,
        ):
            layout.addWidget(widget)
        layout.addLayout(state_row)
        layout.addWidget(self.dates)
        layout.addWidget(self.note_title)
        layout.addWidget(self.note)
        layout.addWidget(self.note_limit)
        layout.addWidget(self.note_status)
        layout.addLayout(custom_row)
        layout.addWidget(self.lessons_title)
        layout.addLayout(self.lessons_box)
        layout.addWidget(self.sources)
        layout.addStretch(1)
        self.item: ItemView | None = None
        self.event_title = ""  # the life-event checklist of the shown item, if it belongs to one
        self._loading_note = False
        self._lesson_buttons: list[QLabel] = []
        self.retranslate()
        self.show_item(None, [])

    def retranslate(self) -> None:
        self.why_title.setText(self.tr("Why it matters"))
        self.how_title.setText(self.tr("How to do it"))
        self.state_title.setText(self.tr("Where you are"))
        self.radios["todo"].setText(self.tr("&To do"))
        self.radios["done"].setText(self.tr("D&one"))
        self.radios["na"].setText(self.tr("Not &applicable"))
        self.note_title.setText(self.tr("Your note"))
        self.note.setAccessibleName(self.tr("Your note"))
        self.note.setPlaceholderText(self.tr("What you did, what to remember next time…"))
        self._show_note_state()
        self.edit_button.setText(self.tr("Edit item…"))
        self.delete_button.setText(self.tr("Delete item…"))
        self.stop_button.setText(self.tr("Remove this life-event checklist…"))
        self.lessons_title.setText(self.tr("Read more"))
        self.marker.setText(not_translated_marker())
        if self.item is not None:
            self._fill_meta(self.item)

    def _lock_changed(self, locked: bool) -> None:
        if locked:
            self.autosave.flush()  # typed while unlocked: the parent's, and kept
        self._show_note_state()

    def _show_note_state(self) -> None:
        if getattr(self.context, "locked", False):
            self.note_status.setText(self.tr("Child mode: writing a note asks for the parent PIN."))
        else:
            self.note_status.setText(self.tr("Saved as you type."))

    def has_unsaved_note(self) -> bool:
        return self.item is not None and self.autosave.pending

    def show_item(self, item: ItemView | None, lessons: list[tuple[str, str]], event_title: str = "") -> None:
        """Show `item` (None: a hint to pick one); `lessons` are (key, title) pairs of related lessons;
        `event_title` names the life-event checklist the item belongs to, if any."""
        same_item = item is not None and self.item is not None and item.key == self.item.key
        if not same_item:
            self._leaving = True
            try:
                self.autosave.flush()  # the note typed for the item shown until now is saved for that item
            finally:
                self._leaving = False
        self.item = item
        self.event_title = event_title
        widgets = [
            self.why_title,
            self.why,
            self.how_title,
            self.how,
            self.state_title,
            self.dates,
            self.note_title,
            self.note,
            self.note_status,
            self.sources,
        ]
        for widget in widgets + list(self.radios.values()):
            widget.setVisible(item is not None)
        self.edit_button.setVisible(bool(item and item.custom))
        self.delete_button.setVisible(bool(item and item.custom))
        self.stop_button.setVisible(bool(item and event_title))
        self.marker.setVisible(bool(item and not item.translated))
        for button in self._lesson_buttons:
            button.deleteLater()
        self._lesson_buttons = []
        self.lessons_title.setVisible(bool(item and lessons))
        if item is None:
            self.title_label.setText(self.tr("Choose an item on the left to see why it matters and how to do it."))
            self.meta.setText("")
            return
        self.title_label.setText(item.title)
        self.why.setText(item.why)
        self.why.setVisible(bool(item.why))
        self.why_title.setVisible(bool(item.why))
        steps = "".join(f"<li>{html.escape(step)}</li>" for step in item.steps)
        self.how.setText(f"<ol style='margin-left: 12px'>{steps}</ol>" if steps else "")
        self.how.setMinimumWidth(0)
        self.how.setVisible(bool(steps))
        self.how_title.setVisible(bool(steps))
        self.radios[item.state].setChecked(True)
        # The same item shown again (the list was refreshed): a note being typed stays as it is, cursor and all.
        if not (same_item and self.autosave.pending) and self.note.toPlainText() != item.note:
            self._loading_note = True
            self.note.setPlainText(item.note)
            self._loading_note = False
        # Domains, not whole addresses: a long address cannot wrap and would push the pane wider than the window.
        sources = ", ".join(urlsplit(s).netloc.removeprefix("www.") or s for s in item.sources)
        self.sources.setText(self.tr("Sources: %1").replace("%1", sources) if sources else "")
        self.sources.setVisible(bool(sources))
        for key, title in lessons:
            # A link that wraps: a push button keeps its title on one line and would widen the pane.
            link = wrapped(f"<a href='{html.escape(key)}'>📖 {html.escape(title)}</a>")
            link.setTextFormat(Qt.TextFormat.RichText)
            link.setTextInteractionFlags(
                Qt.TextInteractionFlag.LinksAccessibleByKeyboard | Qt.TextInteractionFlag.LinksAccessibleByMouse
            )
            link.setAccessibleName(title)
            link.linkActivated.connect(self.lesson_requested.emit)
            self.lessons_box.addWidget(link)
            self._lesson_buttons.append(link)
        self._fill_meta(item)

    def _fill_meta(self, item: ItemView) -> None:
        parts = []
        if item.retired:
            parts.append(self.tr("This item is no longer in the checklist; your progress is kept."))
        elif self.event_title:
            parts.append(self.tr("Life event: %1").replace("%1", self.event_title))
        elif item.custom:
            parts.append(self.tr("Your own item"))
        else:
            bands = ", ".join(band_label(b) for b in item.bands)
            parts.append(self.tr("For ages: %1").replace("%1", bands) if bands else "")
        parts.append(self.origin_note(item.key))  # "from <publisher>" for a content pack's item
        self.meta.setText(" · ".join(p for p in parts if p))
        dates = []
        if item.done_at:
            dates.append(self.tr("Done on %1").replace("%1", medium_date(item.done_at)))
        if item.next_review_at:
            when = medium_date(item.next_review_at)
            text = self.tr("Due for review since %1") if item.is_due() else self.tr("Check again on %1")
            dates.append(text.replace("%1", when))
        elif item.review_days and item.state != "done":
            dates.append(self.tr("Once done, check again every %n day(s).", "", item.review_days))
        self.dates.setText("\n".join(dates))
        self.dates.setVisible(bool(dates))

    def _note_edited(self) -> None:
        self._keep_note_short()
        if not self._loading_note and self.item is not None:
            self.autosave.changed()

    def _keep_note_short(self) -> None:
        """Stop a note at the length the database takes, and say so, rather than refuse it when saved."""
        text = self.note.toPlainText()
        too_long = len(text) > NOTE_MAX
        if too_long:
            cursor = self.note.textCursor()
            self.note.blockSignals(True)
            self.note.setPlainText(text[:NOTE_MAX])
            self.note.blockSignals(False)
            cursor.setPosition(min(cursor.position(), NOTE_MAX))
            self.note.setTextCursor(cursor)
            self.note_limit.setText(self.tr("A note can have at most %1 characters.").replace("%1", f"{NOTE_MAX:,}"))
        self.note_limit.setVisible(too_long)

    def _save_note(self) -> None:
        if self.item is None:
            return
        text = self.note.toPlainText()
        if self._leaving and text_problem(text, multiline=True) is not None:
            # Moving to another item: what the parent typed is kept, without the characters that would lie
            # about it (core/text.py), rather than dropped with the item it was typed for.
            self.note_saved.emit(self.item.key, neutralise(text, multiline=True))
        elif not self.note_refused(text):
            self.note_saved.emit(self.item.key, text)

    def note_refused(self, text: str) -> bool:
        """True, said beside the note (which stays unsaved, to fix), when it holds text that would lie about
        itself: the service would refuse it (core/text.py)."""
        problem = text_problem(text, multiline=True)
        if problem is not None:
            self.note_limit.setText(unsafe_text_message(problem.code) or str(problem.problem))
            self.note_limit.show()
            self.note.setFocus()
        return problem is not None
