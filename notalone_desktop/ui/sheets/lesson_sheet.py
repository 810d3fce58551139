"""A lesson as a printable sheet: title, topic and ages, the text, the related checklist steps, the sources."""

from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QTextDocument

from notalone_desktop.core.errors import NotAloneError
from notalone_desktop.ui.labels import band_label, not_translated_marker

if TYPE_CHECKING:
    from notalone_desktop.services import Services
    from notalone_desktop.services.lessons import LessonInfo

_BODY = re.compile(r"<body[^>]*>(.*)</body>", re.S)
# Pictures are left out of the printout: the sheet is laid out by a plain QTextDocument, which would load any
# file an image names (the reader shows only checked pictures from the lesson's folder).
_IMAGE = re.compile(r"<img\b[^>]*>", re.I)


def markdown_html(markdown: str) -> str:
    """The lesson's Markdown (CommonMark, raw HTML kept as text) as an HTML fragment for a sheet."""
    document = QTextDocument()
    document.setMarkdown(markdown, QTextDocument.MarkdownFeature.MarkdownNoHTML)
    match = _BODY.search(document.toHtml())
    return _IMAGE.sub("", match.group(1) if match else "")


def lesson_html(services: Services, lesson: LessonInfo, lang: str, topic: str) -> str:
    """The sheet for `lesson`; `topic` is the topic's name in `lang`."""
    translate = QCoreApplication.translate
    meta = [topic, translate("LessonSheet", "%n minute(s)", "", lesson.minutes)]
    if lesson.bands:
        ages = ", ".join(band_label(b) for b in lesson.bands)
        meta.append(translate("LessonSheet", "For ages %1").replace("%1", ages))
    if not lesson.translated:
        meta.append(not_translated_marker())
    parts = [
        f"<h1>{html.escape(lesson.title)}</h1>",
        f"<p class='meta'>{html.escape(' · '.join(meta))}</p>",
        f"<p><i>{html.escape(lesson.summary)}</i></p>",
        markdown_html(lesson.body),
    ]
    steps = []
    for key in lesson.related:
        item = services.content.checklists.item(key)
        if item is not None:
            steps.append(f"<li>{html.escape(item.title.get(lang))}</li>")
    if steps:
        title = html.escape(translate("LessonSheet", "Steps on the checklist"))
        parts.append(f"<h2>{title}</h2><ul>{''.join(steps)}</ul>")
    if lesson.note.strip():
        title = html.escape(translate("LessonSheet", "Our note"))
        note = html.escape(lesson.note.strip()).replace("\n", "<br>")
        parts.append(f"<h2>{title}</h2><p>{note}</p>")
    if lesson.sources:
        title = html.escape(translate("LessonSheet", "Sources"))
        sources = "".join(f"<li>{html.escape(source)}</li>" for source in lesson.sources)
        parts.append(f"<h2>{title}</h2><ul>{sources}</ul>")
    return "<html><body>" + "".join(parts) + "</body></html>"


def build_html(services: Services, lang: str, key: str | None) -> str:
    """The printing module's sheet entry point: `key` names the lesson."""
    lesson = services.lessons.lesson(key or "", lang)
    if lesson is None:
        message = QCoreApplication.translate("LessonSheet", "There is no lesson called '%1'.")
        raise NotAloneError(message.replace("%1", key or ""))
    category = services.content.checklists.category(lesson.topic)
    topic = category.title.get(lang) if category is not None else lesson.topic
    return lesson_html(services, lesson, lang, topic)
