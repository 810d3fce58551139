"""One way to style a widget's part in the design: a `role` property that the application's style sheet reads.

    set_role(button, "primary")   # the one main action of a page or a dialog
    set_role(button, "danger")    # an action that cannot be undone
    set_role(button, "emergency") # "Get help now", and nothing else
    set_role(label, "error")      # a problem, in words (also "error-text", "warning", "success", "muted")
    set_role(frame, "card")       # a framed group (widgets.common.Card does it)

The colours come from the palette on screen and follow a switch between light and dark by themselves.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

from notalone_desktop.ui.theme.tokens import TYPE

ROLES = frozenset({"primary", "danger", "emergency", "error", "error-text", "warning", "success", "muted", "card"})


def set_role(widget: QWidget, role: str) -> None:
    if role and role not in ROLES:
        raise ValueError(f"no such role: {role!r}")
    if widget.property("role") == role:
        return
    widget.setProperty("role", role)
    if widget.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):
        # A polished widget reads the style sheet again only when asked to; a new one reads it when first shown.
        style = widget.style()
        style.unpolish(widget)
        style.polish(widget)
        widget.update()


def scaled_font(base: QFont, size: str, bold: bool = False) -> QFont:
    """`base` at the type scale's `size` (page_title, section, body, caption), relative to the body size, so that
    the system's font setting and 150% scaling scale it too. A caption is never below the scale's 12 px."""
    font = QFont(base)
    ratio = getattr(TYPE, size) / TYPE.body
    if base.pointSizeF() > 0:
        font.setPointSizeF(base.pointSizeF() * ratio)
        if size == "caption" and font.pointSizeF() * 96 / 72 < TYPE.caption:
            font.setPointSizeF(TYPE.caption * 72 / 96)
    elif base.pixelSize() > 0:
        font.setPixelSize(max(round(base.pixelSize() * ratio), TYPE.caption))
    font.setBold(bold)
    return font
