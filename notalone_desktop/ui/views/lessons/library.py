"""The lessons' library: every lesson, searched as the family types, filtered by topic and favourites.

Its texts keep the translation context "LessonsView" (`translate("LessonsView", ...)`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from notalone_desktop.core.content.common import CATEGORIES
from notalone_desktop.services.lessons import LessonSummary, fts_query
from notalone_desktop.ui.context import AppContext
from notalone_desktop.ui.labels import not_translated_marker, topic_label
from notalone_desktop.ui.pack_origin import from_publisher
from notalone_desktop.ui.plain_text import tooltip
from notalone_desktop.ui.theme.tokens import SPACING
from notalone_desktop.ui.widgets.common import heading
from notalone_desktop.ui.widgets.lesson_item import KEY_ROLE, META_ROLE, SNIPPET_ROLE, LessonItemDelegate, snippet_plain
from notalone_desktop.ui.widgets.wrapping import wrapped_label

translate = QCoreApplication.translate


def topic_title(context: AppContext, topic: str) -> str:
    """A topic's name: the checklist category's title in the content language, else our own translation."""
    category = context.services.content.checklists.category(topic)
    if category is not None:
        return str(category.title.get(context.language))
    return topic_label(topic)


def minutes_text(minutes: int) -> str:
    return translate("LessonsView", "%n minute(s)", "", minutes)


class LessonLibrary(QWidget):
    """The library page. `lesson_chosen(key)`: the family opened a lesson from the list."""

    lesson_chosen = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.summaries: dict[str, LessonSummary] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACING.xl, SPACING.lg, SPACING.xl, SPACING.lg)
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
        self.search.textChanged.connect(self.apply_filters)
        self.search.returnPressed.connect(self._open_first_result)
        self.search_label.setBuddy(self.search)
        self.topic_label = QLabel()
        self.topic = QComboBox()
        self.topic.setObjectName("lessonTopic")
        # Long topic names stay whole in the open list, the closed box does not push the search field away.
        self.topic.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.topic.setMinimumContentsLength(14)
        self.topic.currentIndexChanged.connect(self.apply_filters)
        self.topic_label.setBuddy(self.topic)
        self.favourites_only = QCheckBox()
        self.favourites_only.setObjectName("lessonFavouritesOnly")
        self.favourites_only.toggled.connect(self.apply_filters)
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
        # The one way out of an empty list: clear the search, or show every lesson again.
        self.empty_action = QPushButton()
        self.empty_action.setObjectName("lessonEmptyAction")
        self.empty_action.clicked.connect(self._empty_action_clicked)
        self.empty_action.hide()
        layout.addWidget(self.empty_action, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(0)  # takes the list's room while the list is empty, so the message stays at the top
        self._clear_search = False
        # Down from the search field goes to the results, as in a browser's address bar.
        self.search.installEventFilter(self)

    def retranslate(self) -> None:
        self.title_label.setText(translate("LessonsView", "Lessons"))
        self.intro.setText(
            translate(
                "LessonsView",
                "Short lessons to read together: how scams and “online kidnapping” work, the warning signs, "
                "and what to say to your child. Each takes a few minutes.",
            )
        )
        self.search_label.setText(translate("LessonsView", "&Search:"))
        self.search.setPlaceholderText(translate("LessonsView", "Words to find, for example: scam, password"))
        self.search.setAccessibleName(translate("LessonsView", "Search the lessons"))
        self.topic_label.setText(translate("LessonsView", "&Topic:"))
        self.topic.setAccessibleName(translate("LessonsView", "Show lessons on this topic"))
        self.favourites_only.setText(translate("LessonsView", "&Favourites only"))
        self.favourites_only.setAccessibleName(translate("LessonsView", "Show favourite lessons only"))
        self.list.setAccessibleName(translate("LessonsView", "Lessons"))

    def fill(self, summaries: list[LessonSummary]) -> None:
        self.summaries = {s.key: s for s in summaries}
        self.fill_topics()
        self.apply_filters()

    def fill_topics(self) -> None:
        current = self.topic.currentData()
        present = {s.topic for s in self.summaries.values()}
        self.topic.blockSignals(True)
        self.topic.clear()
        self.topic.addItem(translate("LessonsView", "All topics"), "")
        for topic in CATEGORIES:
            if topic in present:
                self.topic.addItem(topic_title(self.context, topic), topic)
        index = self.topic.findData(current) if current else 0
        self.topic.setCurrentIndex(max(index, 0))
        self.topic.blockSignals(False)

    def _meta(self, summary: LessonSummary) -> str:
        parts = [topic_title(self.context, summary.topic), minutes_text(summary.minutes)]
        if summary.read:
            parts.append(translate("LessonsView", "✓ Read"))
        if summary.favourite:
            parts.append(translate("LessonsView", "★ Favourite"))
        if not summary.translated:
            parts.append(not_translated_marker())
        origin = from_publisher(self.context.services.content, "lessons", f"{summary.language}/{summary.key}")
        return " · ".join([*parts, origin] if origin else parts)

    def apply_filters(self) -> None:
        """Fill the list: every lesson, or the search results as the family types; then the topic filter."""
        query = self.search.text().strip()
        topic = self.topic.currentData() or ""
        favourites = self.favourites_only.isChecked()
        rows: list[tuple[LessonSummary, str, str]] = []  # summary, title, snippet
        # A query of one letter has nothing to search for yet: the whole list stays.
        searching = bool(fts_query(query))
        if searching:
            for hit in self.context.services.lessons.search(query, self.context.language):
                summary = self.summaries.get(hit.key)
                if summary is not None:
                    rows.append((summary, hit.title, hit.snippet))
        else:
            rows = [(s, s.title, "") for s in self.summaries.values()]
        rows = [r for r in rows if (not topic or r[0].topic == topic) and (not favourites or r[0].favourite)]
        self.list.setUpdatesEnabled(False)
        self.list.clear()
        for summary, title, snippet in rows:
            item = QListWidgetItem(title)
            meta = self._meta(summary)
            item.setData(KEY_ROLE, summary.key)
            item.setData(META_ROLE, meta)
            item.setData(SNIPPET_ROLE, snippet)
            item.setToolTip(tooltip(summary.summary))
            spoken = ". ".join(p for p in (title, meta, snippet_plain(snippet)) if p)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, spoken)
            self.list.addItem(item)
        self.list.setUpdatesEnabled(True)
        if searching:
            self.count_label.setText(translate("LessonsView", "%n lesson(s) found", "", len(rows)))
        else:
            read = sum(1 for r in rows if r[0].read)
            self.count_label.setText(
                translate("LessonsView", "%n lesson(s)", "", len(rows))
                + " · "
                + translate("LessonsView", "%n read", "", read)
            )
        self.list.setVisible(bool(rows) or not self.summaries)
        if rows:
            self.empty_label.hide()
            self.empty_action.hide()
        elif searching:
            text = translate("LessonsView", "No lesson matches your search. Try fewer or shorter words.")
            self.show_empty(text, translate("LessonsView", "Clear the search"), clear_search=True)
        elif favourites and not topic and not any(s.favourite for s in self.summaries.values()):
            text = translate(
                "LessonsView", "No favourite lessons yet: open a lesson and add it to your favourites to find it here."
            )
            self.show_empty(text, translate("LessonsView", "Show all lessons"))
        elif self.summaries:
            self.show_empty(
                translate("LessonsView", "No lesson matches these filters."),
                translate("LessonsView", "Show all lessons"),
            )
        else:
            self.show_empty(translate("LessonsView", "No lessons are installed."))

    def show_empty(self, text: str, action: str = "", clear_search: bool = False) -> None:
        self.empty_label.setText(text)
        self.empty_label.show()
        self._clear_search = clear_search
        self.empty_action.setText(action)
        self.empty_action.setAccessibleName(action)
        self.empty_action.setVisible(bool(action))

    def _empty_action_clicked(self) -> None:
        """Clear the search (after a search found nothing), else show every lesson: no topic, not only favourites."""
        if self._clear_search:
            self.search.clear()
        else:
            self.topic.setCurrentIndex(0)
            self.favourites_only.setChecked(False)
        self.apply_filters()
        self.search.setFocus()

    def _item_activated(self, item: QListWidgetItem) -> None:
        self.lesson_chosen.emit(str(item.data(KEY_ROLE)))

    def _open_first_result(self) -> None:
        if self.list.count():
            self._item_activated(self.list.item(0))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        down = isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Down
        if watched is self.search and down and self.list.count():
            self.list.setFocus()
            self.list.setCurrentRow(0)
            return True
        return super().eventFilter(watched, event)
