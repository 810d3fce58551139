"""The lesson reader: one lesson's text at a size the family chooses, its checklist steps, read / favourite,
the family's note on it (saved as it is typed: ui/autosave.py), and printing.

Its texts keep the translation context "LessonsView" (`translate("LessonsView", ...)`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from notalone_desktop.core.errors import NotAloneError
from notalone_desktop.services.lessons import NOTE_MAX, LessonInfo
from notalone_desktop.ui.autosave import AutoSave
from notalone_desktop.ui.context import AppContext
from notalone_desktop.ui.focus import focus_when_scrollable
from notalone_desktop.ui.labels import band_label, not_translated_marker
from notalone_desktop.ui.pack_origin import from_publisher
from notalone_desktop.ui.plain_text import unsafe_text_message
from notalone_desktop.ui.theme.tokens import SPACING
from notalone_desktop.ui.views.lessons.library import minutes_text, topic_title
from notalone_desktop.ui.widgets.common import heading, message
from notalone_desktop.ui.widgets.flow import FlowLayout
from notalone_desktop.ui.widgets.lesson_browser import LessonBrowser
from notalone_desktop.ui.widgets.wrapping import WrappingButton, wrapped_label

log = logging.getLogger(__name__)
translate = QCoreApplication.translate
FONT_SETTING = "lessons.reader_point_size"
FONT_STEP, FONT_MIN, FONT_MAX = 1.0, 8.0, 32.0


class LessonReader(QWidget):
    """The reader page. Signals: `back_requested` (to the library), `lesson_requested(key)` (a link to another
    lesson), `checklist_requested(key)` (a related step)."""

    back_requested = Signal()
    lesson_requested = Signal(str)
    checklist_requested = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.lesson: LessonInfo | None = None
        self.language = ""  # the family's language when the lesson was opened
        self._note_dirty = False
        self._loading_note = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACING.xl, SPACING.m, SPACING.xl, SPACING.lg)
        layout.setSpacing(8)
        layout.addLayout(self._build_top())
        self.lesson_title = heading(1)
        self.lesson_title.setObjectName("lessonTitle")
        layout.addWidget(self.lesson_title)
        meta_row = QHBoxLayout()
        self.lesson_meta = wrapped_label()
        self.lesson_meta.setObjectName("lessonMeta")
        self.translation_marker = QLabel()
        self.translation_marker.setObjectName("notTranslated")
        self.translation_marker.setFrameShape(QFrame.Shape.StyledPanel)
        self.translation_marker.setContentsMargins(6, 1, 6, 1)
        marker_font = QFont(self.translation_marker.font())
        marker_font.setItalic(True)
        self.translation_marker.setFont(marker_font)
        meta_row.addWidget(self.lesson_meta, 1)
        meta_row.addWidget(self.translation_marker, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(meta_row)
        actions = FlowLayout()  # wraps on a narrow window instead of scrolling sideways
        actions.addWidget(self.read_button)
        actions.addWidget(self.favourite_button)
        actions.addWidget(self.print_button)
        layout.addLayout(actions)
        self.link_message = wrapped_label()
        self.link_message.setObjectName("lessonLinkMessage")
        self.link_message.hide()
        layout.addWidget(self.link_message)

        body = QHBoxLayout()
        body.setSpacing(16)
        self.reader = LessonBrowser()
        self.reader.setObjectName("lessonReader")
        self.reader.link_refused.connect(self._link_refused)
        self.reader.lesson_link_clicked.connect(self.lesson_requested)
        body.addWidget(self.reader, 1)
        body.addWidget(self._build_side())
        layout.addLayout(body, 1)
        self.related_links: list[WrappingButton] = []
        self._add_shortcuts()
        QWidget.setTabOrder(self.back_button, self.smaller_button)
        QWidget.setTabOrder(self.smaller_button, self.larger_button)
        QWidget.setTabOrder(self.larger_button, self.read_button)
        QWidget.setTabOrder(self.read_button, self.favourite_button)
        QWidget.setTabOrder(self.favourite_button, self.print_button)
        QWidget.setTabOrder(self.print_button, self.reader)
        # Saved as it is typed, and at once when the note loses the focus or the reader is left.
        self.autosave = AutoSave(self.save_note, self)
        self.autosave.watch(self.note)
        base = QFont(self.reader.font()).pointSizeF()
        saved = context.services.settings.get(FONT_SETTING)
        self._default_point_size = base + 2.0  # reading a long text: a little larger than the interface
        self._set_point_size(float(saved) if isinstance(saved, (int, float)) else self._default_point_size, store=False)

    def _build_top(self) -> QHBoxLayout:
        top = QHBoxLayout()
        self.back_button = QPushButton()
        self.back_button.setObjectName("lessonBack")
        self.back_button.clicked.connect(self.back_requested)
        top.addWidget(self.back_button)
        top.addStretch(1)
        self.smaller_button = QToolButton()
        self.smaller_button.setObjectName("lessonSmaller")
        self.smaller_button.clicked.connect(lambda: self.change_font_size(-FONT_STEP))
        self.larger_button = QToolButton()
        self.larger_button.setObjectName("lessonLarger")
        self.larger_button.clicked.connect(lambda: self.change_font_size(FONT_STEP))
        self.print_button = QPushButton()
        self.print_button.setObjectName("lessonPrint")
        self.print_button.clicked.connect(self.print_lesson)
        self.read_button = QPushButton()
        self.read_button.setObjectName("lessonRead")
        self.read_button.setCheckable(True)
        self.read_button.toggled.connect(self._read_toggled)
        self.favourite_button = QPushButton()
        self.favourite_button.setObjectName("lessonFavourite")
        self.favourite_button.setCheckable(True)
        self.favourite_button.toggled.connect(self._favourite_toggled)
        for tool in (self.smaller_button, self.larger_button):
            tool.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            tool.setMinimumWidth(36)
        # Two short rows rather than one long one: the reader stays usable in the smallest window.
        self.size_label = QLabel()
        top.addWidget(self.size_label)
        top.addWidget(self.smaller_button)
        top.addWidget(self.larger_button)
        return top

    def _build_side(self) -> QScrollArea:
        # The side column scrolls on its own: on a small screen the links and the note stay whole.
        side_scroll = QScrollArea()
        side_scroll.setObjectName("lessonSide")
        side_scroll.setWidgetResizable(True)
        focus_when_scrollable(side_scroll)
        side_scroll.setFrameShape(QFrame.Shape.NoFrame)
        side_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        side_scroll.setMinimumWidth(230)
        side_scroll.setMaximumWidth(310)
        side = QWidget()
        side_scroll.setWidget(side)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, SPACING.s, 0)
        side_layout.setSpacing(6)
        self.related_title = heading(3)
        side_layout.addWidget(self.related_title)
        self.related_box = QVBoxLayout()
        self.related_box.setSpacing(4)
        side_layout.addLayout(self.related_box)
        self.no_related = wrapped_label()
        side_layout.addWidget(self.no_related)
        side_layout.addSpacing(10)
        self.note_title = heading(3)
        side_layout.addWidget(self.note_title)
        self.note = QPlainTextEdit()
        self.note.setObjectName("lessonNote")
        self.note.setMinimumHeight(5 * self.note.fontMetrics().lineSpacing())
        self.note.setTabChangesFocus(True)
        self.note.textChanged.connect(self._note_changed)
        self.note_title.setBuddy(self.note)
        side_layout.addWidget(self.note, 1)
        self.note_status = wrapped_label()
        self.note_status.setObjectName("lessonNoteStatus")
        side_layout.addWidget(self.note_status)
        return side_scroll

    def _add_shortcuts(self) -> None:
        shortcuts: list[tuple[list[QKeySequence], Callable[[], None]]] = [
            (
                [
                    QKeySequence("Ctrl+="),
                    QKeySequence("Ctrl++"),
                    *QKeySequence.keyBindings(QKeySequence.StandardKey.ZoomIn),
                ],
                lambda: self.change_font_size(FONT_STEP),
            ),
            (
                [QKeySequence("Ctrl+-"), *QKeySequence.keyBindings(QKeySequence.StandardKey.ZoomOut)],
                lambda: self.change_font_size(-FONT_STEP),
            ),
            (
                [QKeySequence("Alt+Left"), *QKeySequence.keyBindings(QKeySequence.StandardKey.Back)],
                self.back_requested.emit,
            ),
            (QKeySequence.keyBindings(QKeySequence.StandardKey.Print), self.print_lesson),
        ]
        for sequences, action in shortcuts:
            # One shortcut per distinct key: two shortcuts on the same key would both stay silent (ambiguous).
            for text in dict.fromkeys(sequence.toString() for sequence in sequences if not sequence.isEmpty()):
                shortcut = QShortcut(QKeySequence(text), self)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(action)

    # Texts ---------------------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.back_button.setText(translate("LessonsView", "← All lessons"))
        self.back_button.setAccessibleName(translate("LessonsView", "Back to all lessons"))
        self.back_button.setToolTip(translate("LessonsView", "Back to all lessons (Alt+Left)"))
        self.size_label.setText(translate("LessonsView", "Text size:"))
        self.smaller_button.setText(translate("LessonsView", "A−"))
        self.smaller_button.setAccessibleName(translate("LessonsView", "Smaller text"))
        self.smaller_button.setToolTip(translate("LessonsView", "Smaller text (Ctrl+-)"))
        self.larger_button.setText(translate("LessonsView", "A+"))
        self.larger_button.setAccessibleName(translate("LessonsView", "Larger text"))
        self.larger_button.setToolTip(translate("LessonsView", "Larger text (Ctrl+=)"))
        self.print_button.setText(translate("LessonsView", "Print or save as PDF…"))
        self.print_button.setAccessibleName(translate("LessonsView", "Print the lesson or save it as PDF"))
        self.reader.setAccessibleName(translate("LessonsView", "Lesson text"))
        self.translation_marker.setText(not_translated_marker())
        self.translation_marker.setToolTip(
            translate("LessonsView", "This lesson is shown in English because it has no text in your language yet.")
        )
        self.related_title.setText(translate("LessonsView", "Steps on the checklist"))
        self.no_related.setText(translate("LessonsView", "This lesson has no related checklist steps."))
        self.note_title.setText(translate("LessonsView", "&Our note"))
        self.note.setPlaceholderText(translate("LessonsView", "What we talked about, what we agreed…"))
        self.note.setAccessibleName(translate("LessonsView", "Our note on this lesson"))
        if not self._note_dirty:
            self.note_status.setText(translate("LessonsView", "Saved as you type."))
        self.update_toggle_texts()

    def update_toggle_texts(self) -> None:
        read = self.read_button.isChecked()
        self.read_button.setText(
            translate("LessonsView", "✓ Read") if read else translate("LessonsView", "Mark as read")
        )
        self.read_button.setAccessibleName(translate("LessonsView", "Read"))
        self.read_button.setToolTip(
            translate("LessonsView", "You have read this lesson")
            if read
            else translate("LessonsView", "Mark this lesson as read")
        )
        favourite = self.favourite_button.isChecked()
        self.favourite_button.setText(
            translate("LessonsView", "★ Favourite") if favourite else translate("LessonsView", "☆ Add to favourites")
        )
        self.favourite_button.setAccessibleName(translate("LessonsView", "Favourite"))

    # Showing a lesson ----------------------------------------------------------------------------------------

    def show_lesson(self, lesson: LessonInfo) -> None:
        self.save_note()  # the note of the lesson shown until now, before another one replaces it
        self.lesson = lesson
        self.language = self.context.language
        self.show_header(lesson)
        folder = self.context.services.content.lesson_folder(lesson.key, lesson.language)
        self.reader.show_markdown(self._markdown(lesson), folder)
        self.set_toggles(lesson.read, lesson.favourite)
        self._loading_note = True
        self.note.setPlainText(lesson.note)
        self._loading_note = False
        self._note_dirty = False
        self.autosave.cancel()
        self.note_status.setText(translate("LessonsView", "Saved as you type."))
        self.link_message.hide()

    def _markdown(self, lesson: LessonInfo) -> str:
        """The lesson's text, with its sources as links at the end (opened only after a confirmation)."""
        if not lesson.sources:
            return lesson.body
        sources = "\n".join(f"- <{source}>" for source in lesson.sources)
        heading_text = translate("LessonSheet", "Sources")  # the printed lesson's word for it
        return f"{lesson.body}\n\n## {heading_text}\n\n{sources}\n"

    def show_header(self, lesson: LessonInfo) -> None:
        self.lesson_title.setText(lesson.title)
        parts = [topic_title(self.context, lesson.topic), minutes_text(lesson.minutes)]
        if lesson.bands:
            ages = ", ".join(band_label(b) for b in lesson.bands)
            parts.append(translate("LessonsView", "For ages %1").replace("%1", ages))
        origin = from_publisher(self.context.services.content, "lessons", f"{lesson.language}/{lesson.key}")
        self.lesson_meta.setText(" · ".join([*parts, origin] if origin else parts))
        self.translation_marker.setVisible(not lesson.translated)
        self._fill_related(lesson)

    def _fill_related(self, lesson: LessonInfo) -> None:
        for button in self.related_links:
            self.related_box.removeWidget(button)
            button.hide()
            button.deleteLater()
        self.related_links = []
        checklists = self.context.services.content.checklists
        for key in lesson.related:
            item = checklists.item(key)
            if item is None:
                continue  # an item no longer shipped: nothing to open
            button = WrappingButton(item.title.get(self.context.language), link=True)
            button.setObjectName(f"related_{key}")
            button.setAccessibleDescription(translate("LessonsView", "Opens this step in the checklist"))
            button.setToolTip(translate("LessonsView", "Open this step in the checklist"))
            button.clicked.connect(lambda _=False, k=key: self.checklist_requested.emit(k))
            self.related_box.addWidget(button)
            self.related_links.append(button)
        self.no_related.setVisible(not self.related_links)
        previous: QWidget = self.reader
        for button in self.related_links:
            QWidget.setTabOrder(previous, button)
            previous = button
        QWidget.setTabOrder(previous, self.note)

    def _link_refused(self, _address: str) -> None:
        self.link_message.setText(translate("LessonsView", "This link cannot be opened from Not Alone."))
        self.link_message.show()

    # Reading comfort and printing ------------------------------------------------------------------------------

    def change_font_size(self, step: float) -> None:
        self._set_point_size(self.reader.font().pointSizeF() + step)

    def _set_point_size(self, size: float, store: bool = True) -> None:
        size = min(FONT_MAX, max(FONT_MIN, size))
        font = QFont(self.reader.font())
        font.setPointSizeF(size)
        self.reader.setFont(font)
        self.reader.document().setDefaultFont(font)
        self.smaller_button.setEnabled(size > FONT_MIN)
        self.larger_button.setEnabled(size < FONT_MAX)
        if store:
            self.context.services.settings.set(FONT_SETTING, size)

    def print_lesson(self) -> None:
        if self.lesson is None:
            return
        from notalone_desktop.ui.printing import preview
        from notalone_desktop.ui.sheets.lesson_sheet import lesson_html

        self.save_note()
        lesson = replace(self.lesson, note=self.note.toPlainText())
        services, lang = self.context.services, self.context.language
        try:
            preview(lesson_html(services, lesson, lang, topic_title(self.context, lesson.topic)), self)
        except NotAloneError as exc:
            message(self, translate("LessonsView", "Print"), str(exc)).exec()

    # Progress ------------------------------------------------------------------------------------------------

    def set_toggles(self, read: bool, favourite: bool) -> None:
        for button, state in ((self.read_button, read), (self.favourite_button, favourite)):
            button.blockSignals(True)
            button.setChecked(state)
            button.blockSignals(False)
        self.update_toggle_texts()

    def _read_toggled(self, read: bool) -> None:
        if self.lesson is not None:
            self.context.services.lessons.set_read(self.lesson.key, read)
            self.lesson = replace(self.lesson, read=read)
            self._progress_changed()

    def _favourite_toggled(self, favourite: bool) -> None:
        if self.lesson is not None:
            self.context.services.lessons.set_favourite(self.lesson.key, favourite)
            self.lesson = replace(self.lesson, favourite=favourite)
            self._progress_changed()

    def _progress_changed(self) -> None:
        self.update_toggle_texts()
        # Home's lesson of the week and the checklist's lesson links show this too.
        self.context.family_changed.emit()

    def _note_changed(self) -> None:
        if self._loading_note:
            return
        text = self.note.toPlainText()
        if len(text) > NOTE_MAX:
            # The note stops at the length the database takes, and says so, rather than be refused when saved.
            cursor = self.note.textCursor()
            self._loading_note = True
            self.note.setPlainText(text[:NOTE_MAX])
            self._loading_note = False
            cursor = self.note.textCursor()
            cursor.setPosition(NOTE_MAX)
            self.note.setTextCursor(cursor)
            too_long = translate("LessonsView", "A note can have at most %1 characters.")
            self.note_status.setText(too_long.replace("%1", f"{NOTE_MAX:,}"))
        self._note_dirty = True
        self.autosave.changed()

    def save_note(self) -> None:
        """Save the note now if it changed (AutoSave calls this as the family types)."""
        self.autosave.cancel()
        if not self._note_dirty or self.lesson is None:
            return
        text = self.note.toPlainText()
        try:
            self.context.services.lessons.set_note(self.lesson.key, text)
        except NotAloneError as exc:
            unsafe = unsafe_text_message(getattr(exc, "code", ""))  # text that would lie: said, and kept to fix
            if unsafe is None:
                log.exception("the lesson note could not be saved")
            self.note_status.setText(unsafe or translate("LessonsView", "The note could not be saved."))
            return
        self.lesson = replace(self.lesson, note=text)
        self._note_dirty = False
        self.note_status.setText(translate("LessonsView", "Saved"))
