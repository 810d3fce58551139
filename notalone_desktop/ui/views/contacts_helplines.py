"""Contacts: the country's helplines, each with "Pin" (first in "Get help now") and "Show" (in it at all); the
police number is always shown. Its texts keep the translation context "ContactsView"."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from notalone_desktop.services.contacts import HelplineEntry
from notalone_desktop.ui.context import AppContext
from notalone_desktop.ui.dates import medium_date
from notalone_desktop.ui.labels import not_translated_marker
from notalone_desktop.ui.pack_origin import from_publisher_html
from notalone_desktop.ui.widgets.common import Card, clear_layout, heading, wrapped

translate = QCoreApplication.translate


class HelplinesCard(Card):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("helplines")
        layout = self.body
        self.helplines_title = heading(2)
        self.helplines_intro = wrapped()
        self.helplines_box = QWidget()
        self.helplines_grid = QGridLayout(self.helplines_box)
        self.helplines_grid.setContentsMargins(0, 0, 0, 0)
        self.helplines_grid.setHorizontalSpacing(16)
        self.helplines_grid.setVerticalSpacing(10)
        self.helplines_grid.setColumnStretch(0, 1)
        self.no_helplines = wrapped()
        self.no_helplines.setObjectName("noHelplines")
        self.country_button = QPushButton()
        self.country_button.setObjectName("changeCountry")
        self.country_button.clicked.connect(lambda _checked=False: context.navigate.emit("settings", ""))
        layout.addWidget(self.helplines_title)
        layout.addWidget(self.helplines_intro)
        layout.addWidget(self.helplines_box)
        layout.addWidget(self.no_helplines)
        layout.addWidget(self.country_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.checks: list[tuple[HelplineEntry, QCheckBox, QCheckBox]] = []

    def retranslate(self) -> None:
        self.country_button.setText(translate("ContactsView", "Change the country\u2026"))
        self.country_button.setAccessibleName(translate("ContactsView", "Change the country in Settings"))
        self.helplines_intro.setText(
            translate(
                "ContactsView",
                "Pinned lines come first in \u201cGet help now\u201d. Untick \u201cShow\u201d to leave a line "
                "out of it; the police number is always shown.",
            )
        )

    def fill(self, lang: str) -> None:
        """The country's lines with their pin and show boxes, in `lang`."""
        clear_layout(self.helplines_grid)
        self.checks = []
        country = self.context.services.contacts.country()
        entries = self.context.services.contacts.helpline_entries()
        if country is None:
            code = self.context.services.family.info().country
            self.helplines_title.setText(translate("ContactsView", "Helplines"))
            self.no_helplines.setText(
                translate(
                    "ContactsView",
                    "Not Alone has no helpline numbers for your country (%1) yet. In an emergency, call your "
                    "local emergency number or the police.",
                ).replace("%1", code)
            )
        else:
            self.helplines_title.setText(
                translate("ContactsView", "Helplines in %1").replace("%1", country.name.get(lang))
            )
        self.no_helplines.setVisible(country is None)
        self.country_button.setVisible(country is None)
        self.helplines_intro.setVisible(bool(entries))
        self.helplines_box.setVisible(bool(entries))
        for row, entry in enumerate(entries):
            line = entry.line
            name = line.name.get(lang)
            where = line.number or line.url
            origin = from_publisher_html(self.context.services.content, "helplines", line.key)  # a pack's line
            if not line.name.is_translated(lang):  # a language a pack adds, without this country's lines
                origin += f"<br/><i>{_escape(not_translated_marker())}</i>"
            details = wrapped(f"<b>{_escape(name)}</b><br/>{_escape(line.purpose.get(lang))}{origin}")
            details.setTextFormat(Qt.TextFormat.RichText)
            details.setObjectName(f"helpline_{line.key}")
            number = QLabel(where)
            number.setObjectName(f"helplineNumber_{line.key}")
            number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            font = QFont(number.font())
            font.setBold(True)
            if line.number:
                font.setPointSizeF(font.pointSizeF() * 1.25)
            number.setFont(font)
            number_box = QWidget()
            number_layout = QVBoxLayout(number_box)
            number_layout.setContentsMargins(0, 0, 0, 0)
            number_layout.setSpacing(2)
            number_layout.addWidget(number)
            # When the line was last checked against its source, in neutral words; a calm note only where its
            # details could not be confirmed.
            checked = QLabel(translate("ContactsView", "checked %1").replace("%1", medium_date(line.verified)))
            checked.setObjectName(f"checked_{line.key}")
            number_layout.addWidget(checked)
            if line.unconfirmed:
                marker = QLabel(translate("ContactsView", "not confirmed recently"))
                marker.setObjectName(f"unconfirmed_{line.key}")
                marker.setToolTip(
                    translate(
                        "ContactsView",
                        "These details could not be confirmed at their source recently. If the line does not work, "
                        "call the police.",
                    )
                )
                number_layout.addWidget(marker)
            number_layout.addStretch(1)
            # The row's height follows the wrapping text beside it; never let it squeeze the number or marker.
            for label in number_box.findChildren(QLabel):
                label.setMinimumHeight(label.sizeHint().height())
            pin = QCheckBox(translate("ContactsView", "Pin"))
            pin.setObjectName(f"pinHelpline_{line.key}")
            pin.setChecked(entry.pinned)
            pin.setAccessibleName(translate("ContactsView", "Pin %1 (%2)").replace("%1", name).replace("%2", where))
            show = QCheckBox(translate("ContactsView", "Show"))
            show.setObjectName(f"showHelpline_{line.key}")
            show.setChecked(not entry.hidden)
            show.setAccessibleName(
                translate("ContactsView", "Show %1 (%2) in Get help now").replace("%1", name).replace("%2", where)
            )
            if entry.always_shown:
                show.setEnabled(False)
                show.setToolTip(translate("ContactsView", "The police number is always shown."))
            for box in (pin, show):
                # As tall as its text needs in any font (Noto Sans's line is taller than DejaVu's): the row's height
                # follows the wrapping text beside it and would otherwise squeeze the boxes.
                box.setMinimumHeight(box.sizeHint().height())
            pin.toggled.connect(lambda checked, key=line.key, box=pin: self._pin_helpline(key, checked, box))
            show.toggled.connect(lambda checked, key=line.key, box=show: self._show_helpline(key, checked, box))
            self.helplines_grid.addWidget(details, row, 0, Qt.AlignmentFlag.AlignTop)
            self.helplines_grid.addWidget(number_box, row, 1, Qt.AlignmentFlag.AlignTop)
            self.helplines_grid.addWidget(pin, row, 2, Qt.AlignmentFlag.AlignTop)
            self.helplines_grid.addWidget(show, row, 3, Qt.AlignmentFlag.AlignTop)
            self.checks.append((entry, pin, show))

    def _pin_helpline(self, key: str, checked: bool, box: QCheckBox) -> None:
        if not self.context.require_parent(self):
            _put_back(box, not checked)
            return
        self.context.services.contacts.pin_helpline(key, checked)

    def _show_helpline(self, key: str, checked: bool, box: QCheckBox) -> None:
        if not self.context.require_parent(self):
            _put_back(box, not checked)
            return
        self.context.services.contacts.hide_helpline(key, not checked)

    def helpline_checks(self) -> dict[str, tuple[QCheckBox, QCheckBox]]:
        """The pin and show boxes of each helpline, by key."""
        return {entry.line.key: (pin, show) for entry, pin, show in self.checks}


def _put_back(box: QCheckBox, checked: bool) -> None:
    """Undo a click the parent lock refused, without saving anything."""
    blocked = box.blockSignals(True)
    box.setChecked(checked)
    box.blockSignals(blocked)


def _escape(text: str) -> str:
    return html.escape(text)
