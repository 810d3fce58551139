"""Labels and frames used across views, so that every view looks and reads alike."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
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


def heading(level: int = 1, parent: QWidget | None = None) -> QLabel:
    """A heading label; sizes are relative to the system font so that 150% scaling scales them too."""
    label = QLabel(parent)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * {1: 1.6, 2: 1.25, 3: 1.08}.get(level, 1.0))
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAccessibleDescription("heading")
    return label


def wrapped(text: str = "", parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
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
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(14, 12, 14, 12)
        self.body.setSpacing(8)


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
    layout.setContentsMargins(24, 20, 24, 20)
    layout.setSpacing(16)
    return layout
