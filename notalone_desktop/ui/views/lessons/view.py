"""Lessons: the library (search as you type, filter by topic) and the reader for one lesson, as two pages."""

from __future__ import annotations

import logging

from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout

from notalone_desktop.ui.context import AppContext
from notalone_desktop.ui.views.base import View
from notalone_desktop.ui.views.lessons.library import LessonLibrary
from notalone_desktop.ui.views.lessons.reader import LessonReader

log = logging.getLogger(__name__)


class LessonsView(View):
    LIBRARY_PAGE, READER_PAGE = 0, 1

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.pages = QStackedWidget(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.pages)
        self.library = LessonLibrary(context)
        self.lesson = LessonReader(context)
        self.pages.addWidget(self.library)
        self.pages.addWidget(self.lesson)
        self.library.lesson_chosen.connect(self._lesson_chosen)
        self.lesson.back_requested.connect(self.show_library)
        self.lesson.lesson_requested.connect(self.open_lesson)
        self.lesson.checklist_requested.connect(self.open_checklist_item)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Lessons")

    def retranslate(self) -> None:
        self.library.retranslate()
        self.lesson.retranslate()
        if not self._stale:
            self.library.fill_topics()
            self.library.apply_filters()
            if self.lesson.lesson is not None:
                self.lesson.show_header(self.lesson.lesson)

    def refresh(self) -> None:
        self.library.fill(self.services.lessons.summaries(self.lang))
        shown = self.lesson.lesson
        if shown is not None and self.pages.currentIndex() != self.READER_PAGE:
            self.lesson.lesson = None
        elif shown is not None and self.lesson.language != self.lang:
            self.open_lesson(shown.key)  # the family's language changed: show the lesson in it
        elif shown is not None:
            summary = self.library.summaries.get(shown.key)
            if summary is not None:
                self.lesson.set_toggles(summary.read, summary.favourite)

    def focus_key(self, key: str) -> None:
        self.open_lesson(key)

    def _lesson_chosen(self, key: str) -> None:
        if self.current_key() != key:  # styles that open on a single click send both clicked and activated
            self.open_lesson(key)

    def open_lesson(self, key: str) -> None:
        """Show lesson `key` in the reader, in the family's language (else English, marked)."""
        self.lesson.save_note()
        lesson = self.services.lessons.lesson(key, self.lang)
        if lesson is None:
            log.info("no lesson with the asked key")
            self.show_library()
            self.library.show_empty(self.tr("This lesson is not available."))
            return
        self.lesson.show_lesson(lesson)
        self.pages.setCurrentIndex(self.READER_PAGE)
        self.lesson.reader.setFocus()

    def open_checklist_item(self, key: str) -> None:
        self.lesson.save_note()
        self.context.navigate.emit("checklist", key)

    def show_library(self) -> None:
        self.lesson.save_note()
        self.pages.setCurrentIndex(self.LIBRARY_PAGE)
        self.library.search.setFocus()

    def current_key(self) -> str:
        """The key of the lesson in the reader ("" when the library is shown)."""
        if self.pages.currentIndex() != self.READER_PAGE or self.lesson.lesson is None:
            return ""
        return self.lesson.lesson.key

    def hideEvent(self, event: QHideEvent) -> None:
        self.lesson.save_note()
        super().hideEvent(event)
