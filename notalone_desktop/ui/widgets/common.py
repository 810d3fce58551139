"""Labels and frames used across views, so that every view looks and reads alike.

Labels and questions show plain text: a nickname or an organisation name that looks like markup (`<b>`, `<img>`)
is shown as typed, never rendered. A view that builds rich text itself opts in with
`setTextFormat(Qt.TextFormat.RichText)` and escapes every piece of user or file text in it (ui/plain_text.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFrame,
    QLabel,
    QLayout,
    QMessageBox,
    QProgressBar,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from notalone_desktop.ui.focus import focus_when_scrollable
from notalone_desktop.ui.theme.roles import scaled_font, set_role
from notalone_desktop.ui.theme.tokens import SPACING

# The type scale's size of each heading level: the page's title, a section (a card), a group inside a card.
HEADING_SIZES = {1: "page_title", 2: "section", 3: "body"}


def heading(level: int = 1, parent: QWidget | None = None) -> QLabel:
    """A heading label at the type scale's size for `level`, relative to the system font (so that 150% scaling and
    the system's font size scale it too)."""
    label = QLabel(parent)
    label.setFont(scaled_font(label.font(), HEADING_SIZES.get(level, "body"), bold=True))
    label.setTextFormat(Qt.TextFormat.PlainText)  # headings name children and organisations: never markup
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAccessibleDescription("heading")
    return label


def wrapped(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A label that wraps, showing plain text (opt in to rich text with setTextFormat, user text escaped)."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    label.setWordWrap(True)
    policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    policy.setHeightForWidth(True)  # keep what setWordWrap asked for, or scroll areas squash the text
    label.setSizePolicy(policy)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class Card(QFrame):
    """A framed group that follows the palette (light or dark); `body` is its column of widgets. Subclass it
    for a card with a job of its own (a Settings card, the helplines, the code word)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("card")
        set_role(self, "card")
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(SPACING.lg, SPACING.m, SPACING.lg, SPACING.m)
        self.body.setSpacing(SPACING.s)


def card(parent: QWidget | None = None) -> tuple[QFrame, QVBoxLayout]:
    """A framed group that follows the palette (light or dark), and its layout."""
    frame = Card(parent)
    return frame, frame.body


def progress_bar(parent: QWidget | None = None) -> QProgressBar:
    bar = QProgressBar(parent)
    bar.setRange(0, 100)
    bar.setTextVisible(True)
    bar.setMinimumHeight(18)
    return bar


def name_buttons(box: QDialogButtonBox) -> None:
    """Our own words on a dialog's standard buttons: Qt ships its button translations for few languages."""
    words = {
        QDialogButtonBox.StandardButton.Ok: QCoreApplication.translate("Buttons", "OK"),
        QDialogButtonBox.StandardButton.Cancel: QCoreApplication.translate("Buttons", "Cancel"),
        QDialogButtonBox.StandardButton.Yes: QCoreApplication.translate("Buttons", "Yes"),
        QDialogButtonBox.StandardButton.No: QCoreApplication.translate("Buttons", "No"),
        QDialogButtonBox.StandardButton.Close: QCoreApplication.translate("Buttons", "Close"),
        QDialogButtonBox.StandardButton.Save: QCoreApplication.translate("Buttons", "Save"),
    }
    for which, text in words.items():
        button = box.button(which)
        if button is not None:
            button.setText(text)


def question(parent: QWidget, title: str, text: str, detail: str = "") -> QMessageBox:
    """A Yes/No question with our own button words, No by default; the caller shows it (exec or open)."""
    box = QMessageBox(parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # also the detail: questions name children and contacts
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    if detail:
        box.setInformativeText(detail)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.button(QMessageBox.StandardButton.Yes).setText(QCoreApplication.translate("Buttons", "Yes"))
    box.button(QMessageBox.StandardButton.No).setText(QCoreApplication.translate("Buttons", "No"))
    return box


def message(
    parent: QWidget | None, title: str, text: str, icon: QMessageBox.Icon = QMessageBox.Icon.Warning
) -> QMessageBox:
    """A message with an OK button, in plain text (it may name a file, a child or a contact); the caller shows it.
    QMessageBox's static functions would render text that looks like markup."""
    box = QMessageBox(parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setText(text)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.button(QMessageBox.StandardButton.Ok).setText(QCoreApplication.translate("Buttons", "OK"))
    return box


def clear_layout(layout: QLayout) -> None:
    """Remove every widget from `layout`. Hidden at once: deleteLater alone would leave them painted, at the
    top-left of their parent, until the event loop gets round to deleting them."""
    while layout.count():
        taken = layout.takeAt(0)
        widget = taken.widget() if taken is not None else None
        if widget is not None:
            widget.hide()
            widget.deleteLater()


def scrolling_page(view: QWidget) -> QVBoxLayout:
    """Give `view` a frameless scroll area with the page margins; returns the layout to fill, top to bottom."""
    scroll = QScrollArea(view)
    scroll.setWidgetResizable(True)
    focus_when_scrollable(scroll)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    body = QWidget()
    scroll.setWidget(body)
    outer = QVBoxLayout(view)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll)
    layout = QVBoxLayout(body)
    layout.setContentsMargins(SPACING.xl, SPACING.lg, SPACING.xl, SPACING.lg)
    layout.setSpacing(SPACING.lg)
    return layout
