"""Labels and frames used across views, so that every view looks and reads alike."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel, QProgressBar, QSizePolicy, QVBoxLayout, QWidget


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


def card(parent: QWidget | None = None) -> tuple[QFrame, QVBoxLayout]:
    """A framed group that follows the palette (light or dark)."""
    frame = QFrame(parent)
    frame.setFrameShape(QFrame.Shape.StyledPanel)
    frame.setObjectName("card")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(14, 12, 14, 12)
    layout.setSpacing(8)
    return frame, layout


def progress_bar(parent: QWidget | None = None) -> QProgressBar:
    bar = QProgressBar(parent)
    bar.setRange(0, 100)
    bar.setTextVisible(True)
    bar.setMinimumHeight(18)
    return bar
