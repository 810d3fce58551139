"""\u201cGet help now\u201d: the numbers to call and the first steps, in large type, in one click, offline.

A top-level window of its own, never modal and without a parent, so that no dialog of the app blocks it (the app's
dialogs block only the main window: ui/screen_fit.py). It reads through services.help_panel (plain sqlite3, no ORM),
so it works from the first frame of every start, before the family's services are open, on a first run and beside
the recovery screen. It only reads, and it works with no contacts and an unknown country. Calls go out only as tel:
URLs; web addresses open only after the parent confirmed the address. Under the steps for an "online kidnapping",
each child's second people from the family's safety plan, and a way to the plan itself.
"""

from __future__ import annotations

import html
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from notalone_desktop.core.content.helplines import Helpline
from notalone_desktop.core.phone import tel_uri
from notalone_desktop.services.help_panel import HelpContact, HelpPanel, HelpService
from notalone_desktop.ui.dialogs import get_help_parts as parts
from notalone_desktop.ui.i18n import Translations
from notalone_desktop.ui.labels import not_translated_marker
from notalone_desktop.ui.pack_origin import from_publisher
from notalone_desktop.ui.theme.icons import icon
from notalone_desktop.ui.theme.roles import set_role

if TYPE_CHECKING:
    from notalone_desktop.ui.context import AppContext

log = logging.getLogger(__name__)
SCALE = 1.2  # the whole panel, relative to the system font, so 150% display scaling still scales it
NUMBER_SCALE = 1.45
HEADING_SCALE = 1.3
PLAN_SITUATION = "online-kidnapping"  # the situation under which the family's safety plan is shown


class GetHelpDialog(QDialog):
    """The crisis panel. `situation` preselects one of the first-steps situations (a key, or "" for the first)."""

    # "Open the safety plan" was pressed: the panel has closed itself; the main window shows the plan.
    plan_requested = Signal()

    def __init__(
        self, source: HelpService, translations: Translations, situation: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.source = source
        self.translations = translations
        self.panel: HelpPanel = source.panel()
        self.plan_reachable = True  # the main window can show the safety plan (its services are open)
        self.setObjectName("getHelpDialog")
        self.setModal(False)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * SCALE)
        self.setFont(font)
        self._situation = situation
        self.pending_box: QMessageBox | None = None  # the open confirmation, if any (tests click it)

        self.banner = QFrame()
        self.banner.setObjectName("helpBanner")
        set_role(self.banner, "emergency")  # the palette's emergency colour and the text colour on it
        banner_layout = QVBoxLayout(self.banner)
        banner_layout.setContentsMargins(20, 14, 20, 14)
        self.title_label = self._label(HEADING_SCALE * 1.25, bold=True)
        self.police_label = self._label(HEADING_SCALE, bold=True)
        self.police_label.setObjectName("policeLine")
        self.calm_label = self._label(1.0)
        banner_layout.addWidget(self.title_label)
        banner_layout.addWidget(self.police_label)
        banner_layout.addWidget(self.calm_label)

        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(20, 12, 20, 12)
        self.body_layout.setSpacing(10)
        # The banner scrolls with the rest: on a short screen (1366x768 at 200% is 384 pixels high to Qt) only the
        # status line and Close stay put below, and the police number is also the first line of the helplines.
        page = QWidget()
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.setSpacing(0)
        page_layout.addWidget(self.banner)
        page_layout.addWidget(self.body, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(page)

        self.status_label = QLabel()
        self.status_label.setObjectName("helpStatus")
        self.status_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.close_button = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setObjectName("closeHelp")
        self.close_button.setAutoDefault(False)
        bottom = QHBoxLayout()
        bottom.setContentsMargins(20, 0, 20, 12)
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(self.buttons)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(scroll, 1)
        layout.addLayout(bottom)

        self.situation_list: QListWidget | None = None
        self.steps_label: QLabel | None = None
        self.plan_box: QWidget | None = None
        self.open_plan_button: QPushButton | None = None
        self.action_buttons: list[QPushButton] = []
        self._row = 0
        self.resize(900, 760)
        self.retranslate()

    # Building ------------------------------------------------------------------------------------------------

    def _label(self, scale: float = 1.0, bold: bool = False, text: str = "") -> QLabel:
        label = QLabel()
        label.setTextFormat(Qt.TextFormat.PlainText)  # names are shown as typed; rich labels opt in, escaped
        label.setText(text)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * scale)
        font.setBold(bold)
        label.setFont(font)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _heading(self, text: str) -> QLabel:
        label = self._label(HEADING_SCALE, bold=True, text=text)
        label.setAccessibleDescription("heading")
        return label

    def _button(self, text: str, accessible: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(accessible)
        button.setAutoDefault(False)
        button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        button.clicked.connect(lambda _checked=False: slot())  # type: ignore[operator]
        self.action_buttons.append(button)
        return button

    def refresh(self) -> None:
        """Read the family's part again (a contact or a pin changed while the panel was open) and rebuild."""
        self.panel = self.source.panel()
        self.retranslate()

    def set_plan_reachable(self, reachable: bool) -> None:
        self.plan_reachable = reachable
        if self.open_plan_button is not None:
            self.open_plan_button.setEnabled(reachable)

    def retranslate(self) -> None:
        """Set every text; the body is rebuilt because it holds content in the current language."""
        lang = self.translations.language
        country = self.panel.country
        self.setWindowTitle(self.tr("Get help now"))
        self.title_label.setText(self.tr("Get help now"))
        if country is not None and country.police:
            self.police_label.setText(
                self.tr("If someone is in danger right now, call the police: %1").replace("%1", country.police)
            )
        else:
            self.police_label.setText(self.tr("If someone is in danger right now, call your local police."))
        self.calm_label.setText(
            self.tr(
                "Stay calm. Do not send money, whatever anyone threatens. Keep every message and call log as evidence."
            )
        )
        self.close_button.setText(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close Get help now"))
        self._rebuild(lang)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _rebuild(self, lang: str) -> None:
        current = self.current_situation() or self._situation
        while self.body_layout.count():
            taken = self.body_layout.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.deleteLater()
        self.action_buttons = []
        panel = self.panel
        pinned, others, country, lines = panel.pinned, panel.others, panel.country, panel.lines

        # One grid for every section, so that the numbers and buttons line up from top to bottom.
        box = QWidget()
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(10)
        grid.setColumnStretch(0, 1)
        self._row = 0
        self._section(grid, self._heading(self.tr("Your trusted contacts")))
        if not panel.family_readable:
            unreadable = self._label(
                text=self.tr(
                    "Your own contacts cannot be read right now. The helplines and first steps below work as always."
                )
            )
            unreadable.setObjectName("contactsUnreadable")
            self._section(grid, unreadable)
        elif pinned:
            self._contact_rows(grid, pinned)
        else:
            empty = self._label(
                text=self.tr("No pinned contacts yet. Pin the people you trust most in Contacts, and they appear here.")
                if others
                else self.tr("No trusted contacts yet. Add them in Contacts, and they appear here.")
            )
            empty.setObjectName("noContacts")
            self._section(grid, empty)

        title = self.tr("Helplines in %1").replace("%1", country.name.get(lang)) if country else self.tr("Helplines")
        self._section(grid, self._heading(title), space=True)
        if lines:
            self._helpline_rows(grid, lines, lang)
        else:
            code = panel.country_code
            missing = self._label(
                text=self.tr(
                    "Not Alone has no helpline numbers for your country (%1). Call your local emergency number "
                    "or the police, and follow the first steps below."
                ).replace("%1", code)
            )
            missing.setObjectName("noHelplines")
            self._section(grid, missing)

        if others:
            self._section(grid, self._heading(self.tr("Other people who can help")), space=True)
            self._contact_rows(grid, others)
        self.body_layout.addWidget(box)
        self.body_layout.addSpacing(12)
        self.body_layout.addWidget(self._heading(self.tr("First steps")))
        self.body_layout.addWidget(self._steps(lang, current))
        self.body_layout.addStretch(1)

    def _section(self, grid: QGridLayout, widget: QWidget, space: bool = False) -> None:
        if space:
            grid.setRowMinimumHeight(self._row, 8)
            self._row += 1
        grid.addWidget(widget, self._row, 0, 1, 4)
        self._row += 1

    def _contact_rows(self, grid: QGridLayout, contacts: tuple[HelpContact, ...]) -> None:
        for contact in contacts:
            who = f"<b>{html.escape(contact.name)}</b>"
            if contact.relationship:
                who += f"<br>{html.escape(contact.relationship)}"
            if contact.note:
                who += f"<br><i>{html.escape(contact.note)}</i>"
            label = self._label(text=who)
            label.setTextFormat(Qt.TextFormat.RichText)
            grid.addWidget(label, self._row, 0, max(len(contact.phones), 1), 1, Qt.AlignmentFlag.AlignTop)
            for phone in contact.phones:
                self._number_row(grid, self._row, phone.display, phone.tel, f"{contact.name} {phone.display}")
                self._row += 1
            if not contact.phones:
                self._row += 1

    def _helpline_rows(self, grid: QGridLayout, lines: tuple[Helpline, ...], lang: str) -> None:
        police = self.panel.country.police if self.panel.country is not None else ""
        for line in lines:
            origin = from_publisher(self.source.content, "helplines", line.key)  # a pack's line
            untranslated = "" if line.name.is_translated(lang) else not_translated_marker()  # a pack's language
            notes = "".join(f"<br><i>{html.escape(note)}</i>" for note in (untranslated, origin) if note)
            label = self._label(text=parts.helpline_html(line, lang, police) + notes)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setObjectName(f"helpline_{line.key}")
            grid.addWidget(label, self._row, 0, Qt.AlignmentFlag.AlignTop)
            if line.number and line.channel != "call":
                # A text-message or WhatsApp line: a Call button would dial a number nobody answers.
                how = self.tr("Text messages only") if line.channel == "sms" else self.tr("WhatsApp messages only")
                label.setText(label.text() + "<br><b>" + html.escape(how) + "</b>")
                self._number_row(grid, self._row, line.number, "", line.number)
            elif line.number:
                self._number_row(grid, self._row, line.number, tel_uri(line.number), line.number)
            else:
                self._address_row(grid, self._row, line.url)
            self._row += 1

    def _number_row(self, grid: QGridLayout, row: int, shown: str, tel: str, spoken: str) -> None:
        number = self._label(NUMBER_SCALE, bold=True, text=shown)
        number.setWordWrap(False)
        number.setAccessibleName(spoken)
        copy = self._button(self.tr("Copy"), self.tr("Copy %1").replace("%1", spoken), lambda: self.copy(shown))
        grid.addWidget(number, row, 1, Qt.AlignmentFlag.AlignTop)
        if tel:
            call = self._button(
                self.tr("Call"), self.tr("Call %1").replace("%1", spoken), lambda: self.call(tel, shown)
            )
            call.setIcon(icon("call"))
            grid.addWidget(call, row, 2, Qt.AlignmentFlag.AlignTop)
        copy.setIcon(icon("copy"))
        grid.addWidget(copy, row, 3, Qt.AlignmentFlag.AlignTop)

    def _address_row(self, grid: QGridLayout, row: int, url: str) -> None:
        open_button = self._button(
            self.tr("Open\u2026"), self.tr("Open %1").replace("%1", url), lambda: self.open_address(url)
        )
        copy = self._button(self.tr("Copy"), self.tr("Copy %1").replace("%1", url), lambda: self.copy(url))
        copy.setIcon(icon("copy"))
        grid.addWidget(open_button, row, 2, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(copy, row, 3, Qt.AlignmentFlag.AlignTop)

    def _steps(self, lang: str, current: str) -> QWidget:
        situations = self.panel.situations
        box = QWidget()
        layout = QHBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        self.situation_list = QListWidget()
        self.situation_list.setObjectName("situations")
        self.situation_list.setAccessibleName(self.tr("What happened?"))
        self.situation_list.setWordWrap(True)
        self.situation_list.setSpacing(3)
        self.situation_list.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.situation_list.setMinimumWidth(260)
        self.situation_list.setMaximumWidth(340)
        for situation in situations:
            item = QListWidgetItem(situation.title.get(lang))
            item.setData(Qt.ItemDataRole.UserRole, situation.key)
            self.situation_list.addItem(item)
        self.steps_label = self._label(1.05)
        self.steps_label.setObjectName("steps")
        self.steps_label.setTextFormat(Qt.TextFormat.RichText)
        self.steps_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.steps_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.steps_label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.situation_list.currentRowChanged.connect(lambda _row: self._show_steps(lang))
        self.plan_box = self._plan_box()
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.steps_label)
        right.addWidget(self.plan_box)
        right.addStretch(1)
        layout.addWidget(self.situation_list)
        layout.addLayout(right, 1)
        if not situations:
            self.situation_list.hide()
        keys = [s.key for s in situations]
        self.situation_list.setCurrentRow(keys.index(current) if current in keys else 0)
        self._show_steps(lang)
        list_height = sum(self.situation_list.sizeHintForRow(n) for n in range(len(situations)))
        self.situation_list.setMinimumHeight(min(list_height + 6 * len(situations) + 8, 440))
        return box

    def _show_steps(self, lang: str) -> None:
        if self.steps_label is None or self.situation_list is None:
            return
        key = self.current_situation()
        situation = next((s for s in self.panel.situations if s.key == key), None)
        if situation is None:
            self.steps_label.setText(
                html.escape(
                    self.tr(
                        "Stay calm, do not send money, keep every message as evidence, and call the police if "
                        "anyone may be in danger."
                    )
                )
            )
            return
        items = "".join(f"<li style='margin-bottom:6px'>{html.escape(step)}</li>" for step in situation.steps_for(lang))
        marker = "" if lang in situation.steps else f" <i>({html.escape(not_translated_marker())})</i>"
        self.steps_label.setText(f"<b>{html.escape(situation.title.get(lang))}</b>{marker}<ol>{items}</ol>")
        self.steps_label.setAccessibleName(situation.title.get(lang))
        if self.plan_box is not None:
            self.plan_box.setVisible(key == PLAN_SITUATION)

    def _plan_box(self) -> QWidget:
        """Each child's second people from the safety plan, with Call and Copy, and a way to the plan."""
        box = QWidget()
        box.setObjectName("planBox")
        box.setVisible(False)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self._heading(self.tr("Your safety plan: who can reach your child")))
        plans = self.panel.plans
        if plans:
            grid_box = QWidget()
            grid = QGridLayout(grid_box)
            grid.setContentsMargins(0, 0, 0, 0)
            grid.setHorizontalSpacing(14)
            grid.setColumnStretch(0, 1)
            row = 0
            for plan in plans:
                child = self._label(bold=True, text=self.tr("To reach %1, call:").replace("%1", plan.nickname))
                grid.addWidget(child, row, 0, 1, 4)
                row += 1
                for contact in plan.contacts:
                    who = contact.name + (f" ({contact.relationship})" if contact.relationship else "")
                    phones = contact.phones
                    grid.addWidget(self._label(text=who), row, 0, max(len(phones), 1), 1, Qt.AlignmentFlag.AlignTop)
                    for phone in phones:
                        self._number_row(grid, row, phone.display, phone.tel, f"{contact.name} {phone.display}")
                        row += 1
                    if not phones:
                        row += 1
            layout.addWidget(grid_box)
        else:
            empty = self._label(
                text=self.tr(
                    "No safety plan yet. Choose in the safety plan who can reach each child quickly: a roommate, "
                    "a friend, a teacher, the landlord."
                )
            )
            empty.setObjectName("noPlan")
            layout.addWidget(empty)
        self.open_plan_button = QPushButton(self.tr("Open the safety plan"))
        self.open_plan_button.setObjectName("openPlan")
        self.open_plan_button.setAccessibleName(self.tr("Open the safety plan"))
        self.open_plan_button.setAutoDefault(False)
        self.open_plan_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.open_plan_button.clicked.connect(self.open_plan)
        self.open_plan_button.setEnabled(self.plan_reachable)
        layout.addWidget(self.open_plan_button)
        return box

    def open_plan(self) -> None:
        """Close the panel and show the safety plan."""
        self.accept()
        self.plan_requested.emit()

    # State ---------------------------------------------------------------------------------------------------

    def current_situation(self) -> str:
        if self.situation_list is None or self.situation_list.currentItem() is None:
            return ""
        return str(self.situation_list.currentItem().data(Qt.ItemDataRole.UserRole))

    def select_situation(self, key: str) -> None:
        if self.situation_list is None:
            return
        for row in range(self.situation_list.count()):
            if self.situation_list.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.situation_list.setCurrentRow(row)
                return

    def button(self, accessible_name: str) -> QPushButton | None:
        """The Call, Copy or Open button with this accessible name."""
        return next((b for b in self.action_buttons if b.accessibleName() == accessible_name), None)

    # Actions -------------------------------------------------------------------------------------------------

    def copy(self, text: str) -> None:
        QGuiApplication.clipboard().setText(text)
        self.status_label.setText(self.tr("Copied %1.").replace("%1", text))

    def call(self, tel: str, shown: str) -> bool:
        """Hand a tel: URL to the system's calling app; say so plainly when there is none."""
        opened, message = parts.call_number(tel, shown)
        if message:
            self.status_label.setText(message)
        return opened

    def confirm_open(self, address: str) -> QMessageBox:
        return parts.confirm_open(self, address)

    def open_address(self, address: str) -> QMessageBox:
        """Ask first, showing the address; open it only if the parent says yes and it is https."""
        self.pending_box = parts.ask_then_open(self, address, self.status_label.setText, self._asked)
        return self.pending_box

    def _asked(self) -> None:
        self.pending_box = None


def panel_for(context: AppContext, situation: str = "", parent: QWidget | None = None) -> GetHelpDialog:
    """A panel over an open context: for the self-test, screenshots and tests."""
    return GetHelpDialog(parts.help_service_for(context.services), context.translations, situation, parent)
