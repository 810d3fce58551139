"""The lesson reader: Markdown without raw HTML, links opened only by the app, images only from the lesson's folder.

A lesson is content, but content can be wrong or tampered with on a shared laptop, so the reader trusts none of
it: no link opens by itself, an https link opens in the system browser only after the family has seen the address
and said yes, every other scheme (file:, javascript:, http:, data:, ...) is refused, and the only images shown
are files inside the lesson's own folder. Nothing is ever fetched from the network.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from PySide6.QtCore import QByteArray, Qt, QUrl, Signal
from PySide6.QtGui import (
    QDesktopServices,
    QImage,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextImageFormat,
)
from PySide6.QtWidgets import QMessageBox, QTextBrowser, QWidget

log = logging.getLogger(__name__)
IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".gif", ".webp"})
MAX_IMAGE_BYTES = 5_000_000
SAFE_IMAGE_SCHEME = "lesson-image"  # the names images are served under once checked
_LESSON_LINK = re.compile(r"^([a-z0-9][a-z0-9.-]*[a-z0-9])\.md$")


class LessonBrowser(QTextBrowser):
    """A QTextBrowser that shows one lesson at a time and decides itself what a link or an image may do."""

    # A link to another lesson ("other-key.md") was clicked.
    lesson_link_clicked = Signal(str)
    # A link was refused (a scheme other than https, or a malformed address); the view tells the family.
    link_refused = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setReadOnly(True)
        self.anchorClicked.connect(self.handle_link)
        self._image_dir: Path | None = None
        self._document: QTextDocument | None = None

    # Content -------------------------------------------------------------------------------------------------

    def show_markdown(self, markdown: str, image_dir: Path | None) -> None:
        """Show `markdown` (CommonMark, raw HTML shown as text), with images served from `image_dir` only."""
        self._image_dir = image_dir.resolve() if image_dir is not None else None
        # A fresh document per lesson: no image or resource of the last lesson stays cached.
        document = QTextDocument(self)
        document.setDefaultFont(self.font())
        document.setDocumentMargin(12)
        document.setMarkdown(markdown, QTextDocument.MarkdownFeature.MarkdownNoHTML)
        self._secure_images(document)
        previous, self._document = self._document, document
        self.setDocument(document)  # Qt deletes the first, built-in document itself; ours we delete
        if previous is not None:
            previous.deleteLater()

    def _secure_images(self, document: QTextDocument) -> None:
        """Give every image an internal name whose picture is already loaded, or replace it by its alt text.

        Needed besides loadResource: when a resource comes back empty, Qt's image handler tries to load the
        image's name as a file path itself, which would show any picture on the disk.
        """
        found: list[tuple[int, QTextImageFormat]] = []
        block = document.begin()
        while block.isValid():
            fragments = block.begin()
            while not fragments.atEnd():
                fragment = fragments.fragment()
                char_format = fragment.charFormat()
                if char_format.isImageFormat():
                    for offset in range(fragment.length()):
                        found.append((fragment.position() + offset, char_format.toImageFormat()))
                fragments += 1
            block = block.next()
        cursor = QTextCursor(document)
        for number, (position, image_format) in reversed(list(enumerate(found))):
            cursor.setPosition(position)
            cursor.setPosition(position + 1, QTextCursor.MoveMode.KeepAnchor)
            image = self.allowed_image(QUrl(image_format.name()))
            if image is not None:
                safe_name = QUrl(f"{SAFE_IMAGE_SCHEME}:{number}")
                document.addResource(QTextDocument.ResourceType.ImageResource, safe_name, image)
                image_format.setName(safe_name.toString())
                cursor.setCharFormat(image_format)
            else:
                alt = str(image_format.property(QTextFormat.Property.ImageAltText) or "").strip()
                cursor.insertText(f"[{alt}]" if alt else "", QTextCharFormat())

    def allowed_image(self, url: QUrl) -> QImage | None:
        """The picture at `url` when it is a relative path to an image file inside the lesson's folder."""
        if self._image_dir is None or url.scheme() or url.host() or not url.path():
            return None
        relative = url.path()
        if relative.startswith(("/", "\\")) or ":" in relative:
            return None
        try:
            path = (self._image_dir / relative).resolve()
            if not path.is_relative_to(self._image_dir) or path.suffix.lower() not in IMAGE_SUFFIXES:
                return None
            if not path.is_file() or path.stat().st_size > MAX_IMAGE_BYTES:
                return None
        except OSError:
            return None
        image = QImage(str(path))
        return None if image.isNull() else image

    def loadResource(self, kind: int, url: QUrl | str) -> object:
        """Serve only pictures from the lesson's folder. Everything else gets an empty value, never None: None
        would let QTextDocument read local files and data: URLs by itself."""
        if _resource_kind(kind) == QTextDocument.ResourceType.ImageResource.value:
            image = self.allowed_image(QUrl(url))
            return image if image is not None else QImage()
        return QByteArray()

    # Links ---------------------------------------------------------------------------------------------------

    def handle_link(self, url: QUrl) -> None:
        """What a click on a link does: scroll within the lesson, open another lesson, or, for https only and
        after the family confirmed the address, open the system browser."""
        if not url.isValid():
            self.link_refused.emit(url.toString())
            return
        if url.isRelative() and not url.path() and url.hasFragment():
            self.scrollToAnchor(url.fragment())
            return
        lesson = _LESSON_LINK.match(url.path()) if url.isRelative() and not url.host() else None
        if lesson:
            self.lesson_link_clicked.emit(lesson.group(1))
            return
        if url.scheme().lower() != "https" or not url.host():
            log.info("refused a link with scheme %r", url.scheme())
            self.link_refused.emit(url.toString())
            return
        box = self.confirmation(url)
        box.exec()
        if box.clickedButton() is box.button(QMessageBox.StandardButton.Open):
            QDesktopServices.openUrl(url)

    def confirmation(self, url: QUrl) -> QMessageBox:
        """The question asked before an address opens in the system browser; Cancel is the default."""
        box = QMessageBox(self)
        box.setTextFormat(Qt.TextFormat.PlainText)  # it names what the family or a file supplied, as typed
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Open a web page?"))
        box.setText(self.tr("Open this address in your web browser?"))
        # Fully encoded: an address that imitates another with look-alike letters shows its real form.
        address = bytes(url.toEncoded().data()).decode("ascii", "replace")
        box.setInformativeText(address)
        box.setStandardButtons(QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Open).setText(self.tr("Open in browser"))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        box.setAccessibleName(self.tr("Open a web page?"))
        box.setObjectName("linkConfirmation")
        return box


def _resource_kind(kind: object) -> int:
    """Qt passes the resource type as an int or as the enum, depending on the caller."""
    value = getattr(kind, "value", kind)
    return value if isinstance(value, int) else -1
