"""Text a person or a file supplies, on screen: always plain text, never markup (a nickname `<img src=...>` shows
as those characters), and the window's words for typed text the services refuse because it would lie about
itself (core/text.py).

Labels are plain text by default (widgets/common.py); where the app builds rich text itself, every piece of user
text in it goes through `escape`. Tooltips are judged by Qt (rich when they look like markup): `tooltip` makes
one with user text in it show as typed.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import Qt as QtGui  # Qt::mightBeRichText lives in QtGui


def escape(text: str) -> str:
    """`text` as a piece of rich text that shows exactly these characters."""
    return html.escape(text, quote=True)


def tooltip(text: str) -> str:
    """A tooltip that shows `text` as it is: Qt would render one that looks like markup as rich text."""
    if not text or not QtGui.mightBeRichText(text):
        return text
    return "<p style='white-space:pre-wrap'>" + escape(text) + "</p>"


def unsafe_text_message(code: str) -> str | None:
    """The message for a text refused at input (core/text.py's codes), or None for any other code."""
    messages = {
        "text-bidi-control": QCoreApplication.translate(
            "PlainText",
            "This text holds a hidden character that turns the words around it backwards, a trick scam messages "
            "use to disguise names and links. Type it again instead of pasting it.",
        ),
        "text-control": QCoreApplication.translate(
            "PlainText", "This text holds a hidden control character. Type it again instead of pasting it."
        ),
        "text-invisible": QCoreApplication.translate(
            "PlainText", "There is nothing in this text that can be seen. Use letters or digits."
        ),
    }
    return messages.get(code)
