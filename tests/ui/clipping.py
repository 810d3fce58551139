"""Labels and buttons that are smaller than their text needs, in every view and dialog of a window."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QCheckBox, QLabel, QRadioButton

from tests.ui.walk import walk_window


def clipped(window, prefix: str) -> set[str]:  # type: ignore[no-untyped-def]
    """What is cut off, as "prefix place: widget ... is WxH, needs WxH"; empty when every text fits."""
    found = set()
    for place, top in walk_window(window, None):
        for widget in [top, *top.findChildren(QAbstractButton), *top.findChildren(QLabel)]:
            if not widget.isVisibleTo(top) or widget is top:
                continue
            if isinstance(widget, QLabel) and (widget.wordWrap() or not widget.text()):
                continue
            if isinstance(widget, QAbstractButton) and not widget.text():
                continue
            hint = widget.minimumSizeHint() if isinstance(widget, QCheckBox | QRadioButton) else widget.sizeHint()
            if widget.width() + 1 < hint.width() or widget.height() + 1 < min(hint.height(), 40):
                found.add(
                    f"{prefix} {place}: {type(widget).__name__} {widget.objectName()!r} {widget.text()[:40]!r} "
                    f"is {widget.width()}x{widget.height()}, needs {hint.width()}x{hint.height()}"
                )
    return found
