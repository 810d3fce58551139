"""Fusion, drawn in the tokens' colours where Fusion's own shades fail on a dark palette: check boxes and radio
buttons get an outline in the border colour (3:1 against the window), and command links get the theme's arrow.

Fusion derives those outlines from the window colour, which leaves an unticked box nearly invisible on a dark
window; the rest of Fusion follows the QPalette that ui.theme.scheme sets.

The main actions get their icon here too, by the button's object name (ACTION_ICONS), once, when the button is
first polished: one list for every view, and a view's code stays as it was. The button keeps its text.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QAbstractButton, QProxyStyle, QStyle, QStyleOption, QWidget

from notalone_desktop.ui.theme.scheme import current_palette
from notalone_desktop.ui.theme.stylesheet import mix

# Buttons of the main actions (object name -> icon name): add, edit, remove, print, lock, help...
ACTION_ICONS = {
    "addContact": "add",
    "addChild": "add",
    "addCustom": "add",
    "addIncident": "add",
    "addPhone": "add",
    "wizardAddChild": "add",
    "editContact": "edit",
    "editChild": "edit",
    "editCustom": "edit",
    "editIncident": "edit",
    "deleteContact": "remove",
    "deleteCustom": "remove",
    "deleteIncident": "remove",
    "removeChild": "remove",
    "printCard": "print",
    "printChecklist": "print",
    "printIncident": "print",
    "printPlan": "print",
    "lessonPrint": "print",
    "agreementPrint": "print",
    "incidentPdf": "save",
    "exportContacts": "save",
    "exportFamily": "save",
    "importContacts": "import",
    "importFamily": "import",
    "setPin": "lock",
    "removePin": "unlock",
    "homeGetHelp": "help",
    "showDue": "checklist",
    "homeOpenPlan": "plan",
    "planOpenContacts": "contacts",
}
ON_ROLE = {"primary": "on_accent", "emergency": "on_emergency", "danger": "error"}
THEMED = "notalone:"  # the name of every icon of ui.theme.icons starts so: "notalone:<icon>:<colour role>"
_BOXES = (QStyle.PrimitiveElement.PE_IndicatorCheckBox, QStyle.PrimitiveElement.PE_IndicatorItemViewItemCheck)


class ThemeStyle(QProxyStyle):
    def __init__(self, base: QStyle) -> None:
        super().__init__(base)
        self.setObjectName("themestyle")

    def polish(self, target: object) -> None:  # polish(QWidget), polish(QPalette), polish(QApplication)
        super().polish(target)  # type: ignore[call-overload]
        if isinstance(target, QAbstractButton):
            current = target.icon()
            themed = current.name().startswith(THEMED)
            if not (current.isNull() and target.objectName() in ACTION_ICONS) and not themed:
                return
            # Drawn in the colour of the button's text: white on a primary or an emergency button. An icon given
            # another colour on purpose (the accent arrows of Home) keeps it.
            role = ON_ROLE.get(str(target.property("role") or ""))
            name, colour = (ACTION_ICONS[target.objectName()], "text") if not themed else current.name().split(":")[1:3]
            wanted = role or ("text" if colour in ON_ROLE.values() else colour)
            if not themed or wanted != colour:
                from notalone_desktop.ui.theme.icons import icon

                target.setIcon(icon(name, wanted))

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element in _BOXES:
            self._check_box(option, painter)
        elif element == QStyle.PrimitiveElement.PE_IndicatorRadioButton:
            self._radio_button(option, painter)
        else:
            super().drawPrimitive(element, option, painter, widget)

    def standardIcon(
        self, which: QStyle.StandardPixmap, option: QStyleOption | None = None, widget: QWidget | None = None
    ) -> QIcon:
        if which == QStyle.StandardPixmap.SP_CommandLink:
            from notalone_desktop.ui.theme.icons import icon

            return icon("next", "accent")
        return super().standardIcon(which, option, widget)

    @staticmethod
    def _colours(option: QStyleOption) -> tuple[QColor, QColor, QColor, bool]:
        """Outline, fill and mark colours, and whether the box is ticked."""
        p = current_palette()
        state = option.state
        enabled = bool(state & QStyle.StateFlag.State_Enabled)
        on = bool(state & (QStyle.StateFlag.State_On | QStyle.StateFlag.State_NoChange))
        if not enabled:
            muted = QColor(mix(p.text_muted, p.window, 0.6))
            return muted, QColor(p.window), muted, on
        if on:
            return QColor(p.accent), QColor(p.accent), QColor(p.on_accent), on
        outline = QColor(p.focus if state & QStyle.StateFlag.State_HasFocus else p.border)
        return outline, QColor(p.surface), QColor(p.on_accent), on

    def _check_box(self, option: QStyleOption, painter: QPainter) -> None:
        outline, fill, mark, on = self._colours(option)
        rect = QRectF(option.rect).adjusted(1, 1, -1, -1)
        side = min(rect.width(), rect.height())
        box = QRectF(rect.center().x() - side / 2, rect.center().y() - side / 2, side, side)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(outline, 1.5))
        painter.setBrush(QBrush(fill))
        painter.drawRoundedRect(box, 2.5, 2.5)
        if on:
            pen = QPen(mark, max(1.6, side / 8))
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.setPen(pen)
            x, y, s = box.x(), box.y(), side
            if option.state & QStyle.StateFlag.State_NoChange:  # partly done: a dash
                painter.drawLine(QPointF(x + 0.25 * s, y + 0.5 * s), QPointF(x + 0.75 * s, y + 0.5 * s))
            else:
                path = QPainterPath(QPointF(x + 0.22 * s, y + 0.52 * s))
                path.lineTo(QPointF(x + 0.42 * s, y + 0.72 * s))
                path.lineTo(QPointF(x + 0.78 * s, y + 0.3 * s))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawPath(path)
        painter.restore()

    def _radio_button(self, option: QStyleOption, painter: QPainter) -> None:
        outline, fill, mark, on = self._colours(option)
        rect = QRectF(option.rect).adjusted(1, 1, -1, -1)
        side = min(rect.width(), rect.height())
        circle = QRectF(rect.center().x() - side / 2, rect.center().y() - side / 2, side, side)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(outline, 1.5))
        painter.setBrush(QBrush(fill))
        painter.drawEllipse(circle)
        if on:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(mark))
            dot = side * 0.4
            painter.drawEllipse(QRectF(circle.center().x() - dot / 2, circle.center().y() - dot / 2, dot, dot))
        painter.restore()
