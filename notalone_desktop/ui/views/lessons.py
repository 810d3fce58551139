"""Lessons: the library (search as you type, filter by topic) and the reader for one lesson."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import (
    QFont,
    QHideEvent,
    QKeyEvent,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from notalone_desktop.core.content.common import CATEGORIES
from notalone_desktop.core.errors import NotAloneError
from notalone_desktop.services.lessons import (
    NOTE_MAX,
    LessonInfo,
    LessonSummary,
    fts_query,
)
from notalone_desktop.ui.context import AppContext
from notalone_desktop.ui.labels import band_label, not_translated_marker
from notalone_desktop.ui.views.base import View
from notalone_desktop.ui.widgets.common import heading
from notalone_desktop.ui.widgets.lesson_browser import LessonBrowser
from notalone_desktop.ui.widgets.lesson_item import (
    KEY_ROLE,
    META_ROLE,
    SNIPPET_ROLE,
    LessonItemDelegate,
    snippet_plain,
)
from notalone_desktop.ui.widgets.scenario_chat import WrappingButton, wrapped_label

log = logging.getLogger(__name__)
FONT_SETTING = "lessons.reader_point_size"
FONT_STEP, FONT_MIN, FONT_MAX = 1.0, 8.0, 32.0


def topic_title(context: AppContext, topic: str) -> str:
    """A topic's name: the checklist category's title in the content language, else our own translation."""
    category = context.services.content.checklists.category(topic)
    if category is not None:
        return str(category.title.get(context.language))
    names = {
        "devices": QCoreApplication.translate("LessonsView", "Devices and accounts"),
        "privacy": QCoreApplication.translate("LessonsView", "Privacy and sharing"),
        "strangers": QCoreApplication.translate("LessonsView", "Strangers and grooming"),
        "impersonation": QCoreApplication.translate("LessonsView", "Online kidnapping and impersonation scams"),
        "money": QCoreApplication.translate("LessonsView", "Money and fraud"),
        "wellbeing": QCoreApplication.translate("LessonsView", "Wellbeing and screen time"),
        "talking": QCoreApplication.translate("LessonsView", "Talking and trust"),
        "emergency": QCoreApplication.translate("LessonsView", "What to do in an emergency"),
    }
    return names.get(topic, topic)


class LessonsView(View):
    LIBRARY_PAGE, READER_PAGE = 0, 1

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self._summaries: dict[str, LessonSummary] = {}
        self._lesson: LessonInfo | None = None
        self._reader_language = ""
        self._note_dirty = False
        self._loading_note = False
        self.pages = QStackedWidget(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.pages)
        self.pages.addWidget(self._build_library())
        self.pages.addWidget(self._build_reader())
        # Down from the search field goes to the results, as in a browser's address bar; leaving the note saves it.
        self.search.installEventFilter(self)
        self.note.installEventFilter(self)
        base = QFont(self.reader.font()).pointSizeF()
        saved = context.services.settings.get(FONT_SETTING)
        self._default_point_size = base + 2.0  # reading a long text: a little larger than the interface
        self._set_point_size(float(saved) if isinstance(saved, (int, float)) else self._default_point_size, store=False)
        self.retranslate()

    # Building ------------------------------------------------------------------------------------------------

    def _build_library(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(10)
        self.title_label = heading(1)
        self.intro = wrapped_label()
        layout.addWidget(self.title_label)
        layout.addWidget(self.intro)

        controls = QHBoxLayout()
        self.search_label = QLabel()
        self.search = QLineEdit()
        self.search.setObjectName("lessonSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(160)
        self.search.textChanged.connect(self._apply_filters)
        self.search.returnPressed.connect(self._open_first_result)
        self.search_label.setBuddy(self.search)
        self.topic_label = QLabel()
        self.topic = QComboBox()
        self.topic.setObjectName("lessonTopic")
        # Long topic names stay whole in the open list, the closed box does not push the search field away.
        self.topic.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.topic.setMinimumContentsLength(14)
        self.topic.currentIndexChanged.connect(self._apply_filters)
        self.topic_label.setBuddy(self.topic)
        self.favourites_only = QCheckBox()
        self.favourites_only.setObjectName("lessonFavouritesOnly")
        self.favourites_only.toggled.connect(self._apply_filters)
        controls.addWidget(self.search_label)
        controls.addWidget(self.search, 1)
        controls.addSpacing(8)
        controls.addWidget(self.topic_label)
        controls.addWidget(self.topic)
        layout.addLayout(controls)

        counts = QHBoxLayout()
        self.count_label = QLabel()
        self.count_label.setObjectName("lessonCount")
        counts.addWidget(self.count_label, 1)
        counts.addWidget(self.favourites_only)
        layout.addLayout(counts)
        self.list = QListWidget()
        self.list.setObjectName("lessonList")
        self.list.setItemDelegate(LessonItemDelegate(self.list))
        self.list.setWordWrap(True)
        self.list.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.list.setSpacing(1)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)  # rows wrap again when the width changes
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.itemActivated.connect(self._item_activated)
        self.list.itemClicked.connect(self._item_activated)
        layout.addWidget(self.list, 1)
        self.empty_label = wrapped_label()
        self.empty_label.setObjectName("lessonEmpty")
        layout.addWidget(self.empty_label)
        return page

    def _build_reader(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(24, 12, 24, 16)
        layout.setSpacing(8)
        top = QHBoxLayout()
        self.back_button = QPushButton()
        self.back_button.setObjectName("lessonBack")
        self.back_button.clicked.connect(self.show_library)
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
        layout.addLayout(top)
        actions = QHBoxLayout()
        actions.addWidget(self.read_button)
        actions.addWidget(self.favourite_button)
        actions.addWidget(self.print_button)
        actions.addStretch(1)

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
        self.reader.lesson_link_clicked.connect(self.open_lesson)
        body.addWidget(self.reader, 1)

        # The side column scrolls on its own: on a small screen the links and the note stay whole.
        side_scroll = QScrollArea()
        side_scroll.setObjectName("lessonSide")
        side_scroll.setWidgetResizable(True)
        side_scroll.setFrameShape(QFrame.Shape.NoFrame)
        side_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        side_scroll.setMinimumWidth(230)
        side_scroll.setMaximumWidth(310)
        side = QWidget()
        side_scroll.setWidget(side)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 8, 0)
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
        note_row = QHBoxLayout()
        self.save_note_button = QPushButton()
        self.save_note_button.setObjectName("lessonSaveNote")
        self.save_note_button.clicked.connect(self.save_note)
        self.note_status = QLabel()
        self.note_status.setObjectName("lessonNoteStatus")
        note_row.addWidget(self.save_note_button)
        note_row.addWidget(self.note_status, 1)
        side_layout.addLayout(note_row)
        body.addWidget(side_scroll)
        layout.addLayout(body, 1)

        self.related_links: list[WrappingButton] = []
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
                self.show_library,
            ),
            (QKeySequence.keyBindings(QKeySequence.StandardKey.Print), self.print_lesson),
        ]
        for sequences, action in shortcuts:
            # One shortcut per distinct key: two shortcuts on the same key would both stay silent (ambiguous).
            for text in dict.fromkeys(sequence.toString() for sequence in sequences if not sequence.isEmpty()):
                shortcut = QShortcut(QKeySequence(text), page)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(action)
        QWidget.setTabOrder(self.back_button, self.smaller_button)
        QWidget.setTabOrder(self.smaller_button, self.larger_button)
        QWidget.setTabOrder(self.larger_button, self.read_button)
        QWidget.setTabOrder(self.read_button, self.favourite_button)
        QWidget.setTabOrder(self.favourite_button, self.print_button)
        QWidget.setTabOrder(self.print_button, self.reader)
        return page

    # Texts ---------------------------------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Lessons")

    def retranslate(self) -> None:
        self.title_label.setText(self.tr("Lessons"))
        self.intro.setText(
            self.tr(
                'Short lessons to read together: how scams and "online kidnapping" work, the warning signs, '
                "and what to say to your child. Each takes a few minutes."
            )
        )
        self.search_label.setText(self.tr("&Search:"))
        self.search.setPlaceholderText(self.tr("Words to find, for example: scam, password"))
        self.search.setAccessibleName(self.tr("Search the lessons"))
        self.topic_label.setText(self.tr("&Topic:"))
        self.topic.setAccessibleName(self.tr("Show lessons on this topic"))
        self.favourites_only.setText(self.tr("&Favourites only"))
        self.favourites_only.setAccessibleName(self.tr("Show favourite lessons only"))
        self.list.setAccessibleName(self.tr("Lessons"))
        self.back_button.setText(self.tr("← All lessons"))
        self.back_button.setAccessibleName(self.tr("Back to all lessons"))
        self.back_button.setToolTip(self.tr("Back to all lessons (Alt+Left)"))
        self.size_label.setText(self.tr("Text size:"))
        self.smaller_button.setText(self.tr("A−"))
        self.smaller_button.setAccessibleName(self.tr("Smaller text"))
        self.smaller_button.setToolTip(self.tr("Smaller text (Ctrl+-)"))
        self.larger_button.setText(self.tr("A+"))
        self.larger_button.setAccessibleName(self.tr("Larger text"))
        self.larger_button.setToolTip(self.tr("Larger text (Ctrl+=)"))
        self.print_button.setText(self.tr("Print or save as PDF…"))
        self.print_button.setAccessibleName(self.tr("Print the lesson or save it as PDF"))
        self.reader.setAccessibleName(self.tr("Lesson text"))
        self.translation_marker.setText(not_translated_marker())
        self.translation_marker.setToolTip(
            self.tr("This lesson is shown in English because it has no text in your language yet.")
        )
        self.related_title.setText(self.tr("Steps on the checklist"))
        self.no_related.setText(self.tr("This lesson has no related checklist steps."))
        self.note_title.setText(self.tr("&Our note"))
        self.note.setPlaceholderText(self.tr("What we talked about, what we agreed…"))
        self.note.setAccessibleName(self.tr("Our note on this lesson"))
        self.save_note_button.setText(self.tr("Save note"))
        self.save_note_button.setAccessibleName(self.tr("Save the note"))
        self._update_toggle_texts()
        if not self._stale:
            self._fill_topics()
            self._apply_filters()
            if self._lesson is not None:
                self._show_header(self._lesson)

    def _update_toggle_texts(self) -> None:
        read = self.read_button.isChecked()
        self.read_button.setText(self.tr("✓ Read") if read else self.tr("Mark as read"))
        self.read_button.setAccessibleName(self.tr("Read"))
        self.read_button.setToolTip(
            self.tr("You have read this lesson") if read else self.tr("Mark this lesson as read")
        )
        favourite = self.favourite_button.isChecked()
        self.favourite_button.setText(self.tr("★ Favourite") if favourite else self.tr("☆ Add to favourites"))
        self.favourite_button.setAccessibleName(self.tr("Favourite"))

    # Data ----------------------------------------------------------------------------------------------------

    def refresh(self) -> None:
        self._summaries = {s.key: s for s in self.services.lessons.summaries(self.lang)}
        self._fill_topics()
        self._apply_filters()
        if self._lesson is not None and self.pages.currentIndex() != self.READER_PAGE:
            self._lesson = None
        elif self._lesson is not None and self._reader_language != self.lang:
            self.open_lesson(self._lesson.key)  # the family's language changed: show the lesson in it
        elif self._lesson is not None:
            summary = self._summaries.get(self._lesson.key)
            if summary is not None:
                self._set_toggles(summary.read, summary.favourite)

    def _fill_topics(self) -> None:
        current = self.topic.currentData()
        present = {s.topic for s in self._summaries.values()}
        self.topic.blockSignals(True)
        self.topic.clear()
        self.topic.addItem(self.tr("All topics"), "")
        for topic in CATEGORIES:
            if topic in present:
                self.topic.addItem(topic_title(self.context, topic), topic)
        index = self.topic.findData(current) if current else 0
        self.topic.setCurrentIndex(max(index, 0))
        self.topic.blockSignals(False)

    def _meta(self, summary: LessonSummary) -> str:
        parts = [topic_title(self.context, summary.topic), self.tr("%n minute(s)", "", summary.minutes)]
        if summary.read:
            parts.append(self.tr("✓ Read"))
        if summary.favourite:
            parts.append(self.tr("★ Favourite"))
        if not summary.translated:
            parts.append(not_translated_marker())
        return " · ".join(parts)

    def _apply_filters(self) -> None:
        """Fill the list: every lesson, or the search results as the family types; then the topic filter."""
        query = self.search.text().strip()
        topic = self.topic.currentData() or ""
        favourites = self.favourites_only.isChecked()
        rows: list[tuple[LessonSummary, str, str]] = []  # summary, title, snippet
        # A query of one letter has nothing to search for yet: the whole list stays.
        searching = bool(fts_query(query))
        if searching:
            for hit in self.services.lessons.search(query, self.lang):
                summary = self._summaries.get(hit.key)
                if summary is not None:
                    rows.append((summary, hit.title, hit.snippet))
        else:
            rows = [(s, s.title, "") for s in self._summaries.values()]
        rows = [r for r in rows if (not topic or r[0].topic == topic) and (not favourites or r[0].favourite)]
        self.list.setUpdatesEnabled(False)
        self.list.clear()
        for summary, title, snippet in rows:
            item = QListWidgetItem(title)
            meta = self._meta(summary)
            item.setData(KEY_ROLE, summary.key)
            item.setData(META_ROLE, meta)
            item.setData(SNIPPET_ROLE, snippet)
            item.setToolTip(summary.summary)
            spoken = ". ".join(p for p in (title, meta, snippet_plain(snippet)) if p)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, spoken)
            self.list.addItem(item)
        self.list.setUpdatesEnabled(True)
        if searching:
            self.count_label.setText(self.tr("%n lesson(s) found", "", len(rows)))
        else:
            read = sum(1 for r in rows if r[0].read)
            self.count_label.setText(self.tr("%n lesson(s)", "", len(rows)) + " · " + self.tr("%n read", "", read))
        if rows:
            self.empty_label.hide()
        else:
            if searching:
                self.empty_label.setText(self.tr("No lesson matches your search. Try fewer or shorter words."))
            elif self._summaries:
                self.empty_label.setText(self.tr("No lesson matches these filters."))
            else:
                self.empty_label.setText(self.tr("No lessons are installed."))
            self.empty_label.show()

    def _item_activated(self, item: QListWidgetItem) -> None:
        key = str(item.data(KEY_ROLE))
        if self.current_key() != key:  # styles that open on a single click send both clicked and activated
            self.open_lesson(key)

    def _open_first_result(self) -> None:
        if self.list.count():
            self._item_activated(self.list.item(0))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        down = isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Down
        if watched is self.search and down and self.list.count():
            self.list.setFocus()
            self.list.setCurrentRow(0)
            return True
        if watched is self.note and event.type() == QEvent.Type.FocusOut:
            self.save_note()
        return super().eventFilter(watched, event)

    # The reader ----------------------------------------------------------------------------------------------

    def focus_key(self, key: str) -> None:
        self.open_lesson(key)

    def open_lesson(self, key: str) -> None:
        """Show lesson `key` in the reader, in the family's language (else English, marked)."""
        self.save_note()
        lesson = self.services.lessons.lesson(key, self.lang)
        if lesson is None:
            log.info("no lesson with the asked key")
            self.show_library()
            self.empty_label.setText(self.tr("This lesson is not available."))
            self.empty_label.show()
            return
        self._lesson = lesson
        self._reader_language = self.lang
        self._show_header(lesson)
        self.reader.show_markdown(
            self._markdown(lesson), self.services.content.lesson_folder(lesson.key, lesson.language)
        )
        self._set_toggles(lesson.read, lesson.favourite)
        self._loading_note = True
        self.note.setPlainText(lesson.note)
        self._loading_note = False
        self._note_dirty = False
        self.note_status.clear()
        self.link_message.hide()
        self.pages.setCurrentIndex(self.READER_PAGE)
        self.reader.setFocus()

    def _markdown(self, lesson: LessonInfo) -> str:
        """The lesson's text, with its sources as links at the end (opened only after a confirmation)."""
        if not lesson.sources:
            return lesson.body
        sources = "\n".join(f"- <{source}>" for source in lesson.sources)
        return f"{lesson.body}\n\n## {self.tr('Sources')}\n\n{sources}\n"

    def _show_header(self, lesson: LessonInfo) -> None:
        self.lesson_title.setText(lesson.title)
        parts = [topic_title(self.context, lesson.topic), self.tr("%n minute(s)", "", lesson.minutes)]
        if lesson.bands:
            parts.append(self.tr("For ages %1").replace("%1", ", ".join(band_label(b) for b in lesson.bands)))
        self.lesson_meta.setText(" · ".join(parts))
        self.translation_marker.setVisible(not lesson.translated)
        self._fill_related(lesson)

    def _fill_related(self, lesson: LessonInfo) -> None:
        for button in self.related_links:
            self.related_box.removeWidget(button)
            button.hide()
            button.deleteLater()
        self.related_links = []
        checklists = self.services.content.checklists
        for key in lesson.related:
            item = checklists.item(key)
            if item is None:
                continue  # an item no longer shipped: nothing to open
            button = WrappingButton(item.title.get(self.lang), link=True)
            button.setObjectName(f"related_{key}")
            button.setAccessibleDescription(self.tr("Opens this step in the checklist"))
            button.setToolTip(self.tr("Open this step in the checklist"))
            button.clicked.connect(lambda _=False, k=key: self.open_checklist_item(k))
            self.related_box.addWidget(button)
            self.related_links.append(button)
        self.no_related.setVisible(not self.related_links)
        previous: QWidget = self.reader
        for button in self.related_links:
            QWidget.setTabOrder(previous, button)
            previous = button
        QWidget.setTabOrder(previous, self.note)
        QWidget.setTabOrder(self.note, self.save_note_button)

    def open_checklist_item(self, key: str) -> None:
        self.save_note()
        self.context.navigate.emit("checklist", key)

    def show_library(self) -> None:
        self.save_note()
        self.pages.setCurrentIndex(self.LIBRARY_PAGE)
        self.search.setFocus()

    def current_key(self) -> str:
        """The key of the lesson in the reader ("" when the library is shown)."""
        if self.pages.currentIndex() != self.READER_PAGE or self._lesson is None:
            return ""
        return self._lesson.key

    def _link_refused(self, _address: str) -> None:
        self.link_message.setText(self.tr("This link cannot be opened from Not Alone."))
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
            self.services.settings.set(FONT_SETTING, size)

    def print_lesson(self) -> None:
        if self._lesson is None or self.pages.currentIndex() != self.READER_PAGE:
            return
        from notalone_desktop.ui.printing import preview
        from notalone_desktop.ui.sheets.lesson_sheet import lesson_html

        self.save_note()
        lesson = replace(self._lesson, note=self.note.toPlainText())
        try:
            preview(lesson_html(self.services, lesson, self.lang, topic_title(self.context, lesson.topic)), self)
        except NotAloneError as exc:
            QMessageBox.warning(self, self.tr("Print"), str(exc))

    # Progress ------------------------------------------------------------------------------------------------

    def _set_toggles(self, read: bool, favourite: bool) -> None:
        for button, state in ((self.read_button, read), (self.favourite_button, favourite)):
            button.blockSignals(True)
            button.setChecked(state)
            button.blockSignals(False)
        self._update_toggle_texts()

    def _read_toggled(self, read: bool) -> None:
        if self._lesson is not None:
            self.services.lessons.set_read(self._lesson.key, read)
            self._lesson = replace(self._lesson, read=read)
            self._progress_changed()

    def _favourite_toggled(self, favourite: bool) -> None:
        if self._lesson is not None:
            self.services.lessons.set_favourite(self._lesson.key, favourite)
            self._lesson = replace(self._lesson, favourite=favourite)
            self._progress_changed()

    def _progress_changed(self) -> None:
        self._update_toggle_texts()
        # Home's lesson of the week and the checklist's lesson links show this too.
        self.context.family_changed.emit()

    def _note_changed(self) -> None:
        if not self._loading_note:
            self._note_dirty = True
            self.note_status.setText(self.tr("Not saved yet"))

    def save_note(self) -> None:
        if not self._note_dirty or self._lesson is None:
            return
        text = self.note.toPlainText()
        if len(text) > NOTE_MAX:
            # Said in the interface language; the note stays in the editor for the parent to shorten.
            self.note_status.setText(self.tr("A note can have at most %1 characters.").replace("%1", f"{NOTE_MAX:,}"))
            return
        try:
            self.services.lessons.set_note(self._lesson.key, text)
        except NotAloneError:
            log.exception("the lesson note could not be saved")
            self.note_status.setText(self.tr("The note could not be saved."))
            return
        self._lesson = replace(self._lesson, note=text)
        self._note_dirty = False
        self.note_status.setText(self.tr("Saved"))

    def hideEvent(self, event: QHideEvent) -> None:
        self.save_note()
        super().hideEvent(event)
