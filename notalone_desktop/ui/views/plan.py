"""The family safety plan: for each child, a verification plan against fake-kidnapping calls (the family code
word, the people to call to reach them, the places they usually are, and the script for a ransom or "police"
message), and, on a second tab, the incident logbook. The family agreement and poster open from here too.

The code word is a secret: masked by default, behind the parent lock when there is one, never shown in screenshot
mode, never logged.
"""

from __future__ import annotations

import html
import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from notalone_desktop.services.plan import CONTACTS_MAX, ChildPlan, PlanInput, PlanProblem
from notalone_desktop.ui.context import AppContext
from notalone_desktop.ui.labels import band_label
from notalone_desktop.ui.plain_text import unsafe_text_message
from notalone_desktop.ui.sheets.plan_sheet import script_steps
from notalone_desktop.ui.style import style_error
from notalone_desktop.ui.views.base import View
from notalone_desktop.ui.views.incidents import IncidentsPanel
from notalone_desktop.ui.views.plan_code_word import CodeWordCard
from notalone_desktop.ui.widgets.common import card, heading, wrapped

log = logging.getLogger(__name__)
ID_ROLE = Qt.ItemDataRole.UserRole
TABS = ("plan", "incidents")


class PlanView(View):
    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.heading = heading(1)
        self.agreement_button = QPushButton()
        self.agreement_button.setObjectName("openAgreement")
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.agreement_button, 0, Qt.AlignmentFlag.AlignTop)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("planTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._build_plan_page(), "")
        self.incidents = IncidentsPanel(context)
        self.tabs.addTab(self.incidents, "")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)

        self.agreement_button.clicked.connect(self.open_agreement)
        self.incidents.changed.connect(self._tell_others)
        lock_changed = getattr(context, "lock_changed", None)
        if lock_changed is not None:
            lock_changed.connect(self.code_word.lock_changed)
        self._child_id: int | None = None
        self._plan: ChildPlan | None = None
        self._dirty = False
        self._loading = False
        self.retranslate()

    def _build_plan_page(self) -> QWidget:
        body = QWidget()
        body.setObjectName("planPage")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 12, 12, 12)
        layout.setSpacing(12)
        self.intro = wrapped()
        layout.addWidget(self.intro)

        self.child_label = QLabel()
        self.child = QComboBox()
        self.child.setObjectName("planChild")
        self.child.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.child_label.setBuddy(self.child)
        child_row = QHBoxLayout()
        child_row.addWidget(self.child_label)
        child_row.addWidget(self.child)
        child_row.addStretch(1)
        layout.addLayout(child_row)

        self.no_children, no_children_layout = card()
        self.no_children.setObjectName("planNoChildren")
        self.no_children_text = wrapped()
        self.add_children_button = QPushButton()
        self.add_children_button.setObjectName("planAddChildren")
        self.add_children_button.clicked.connect(lambda: self.context.navigate.emit("settings", "children"))
        no_children_layout.addWidget(self.no_children_text)
        no_children_layout.addWidget(self.add_children_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.no_children)

        self.plan_box = QWidget()
        plan_layout = QVBoxLayout(self.plan_box)
        plan_layout.setContentsMargins(0, 0, 0, 0)
        plan_layout.setSpacing(12)
        layout.addWidget(self.plan_box)

        # What to do: the script, from the saved plan.
        script_frame, script_layout = card()
        script_frame.setObjectName("planScript")
        self.script_title = heading(2)
        self.script = wrapped()
        self.script.setObjectName("planScriptText")
        self.script.setTextFormat(Qt.TextFormat.RichText)
        script_layout.addWidget(self.script_title)
        script_layout.addWidget(self.script)
        plan_layout.addWidget(script_frame)

        # The second people.
        people_frame, people_layout = card()
        self.people_title = heading(2)
        self.people_text = wrapped()
        self.people = QListWidget()
        self.people.setObjectName("planPeople")
        self.people.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.people.setWordWrap(True)
        self.up_button, self.down_button = QPushButton(), QPushButton()
        self.up_button.setObjectName("planPersonUp")
        self.down_button.setObjectName("planPersonDown")
        self.up_button.clicked.connect(lambda: self.move_person(-1))
        self.down_button.clicked.connect(lambda: self.move_person(1))
        order_row = QHBoxLayout()
        order_row.addWidget(self.up_button)
        order_row.addWidget(self.down_button)
        order_row.addStretch(1)
        self.no_contacts = wrapped()
        self.no_contacts.setObjectName("planNoContacts")
        self.contacts_button = QPushButton()
        self.contacts_button.setObjectName("planOpenContacts")
        self.contacts_button.clicked.connect(lambda: self.context.navigate.emit("contacts", ""))
        for person_widget in (self.people_title, self.people_text, self.people):
            people_layout.addWidget(person_widget)
        people_layout.addLayout(order_row)
        people_layout.addWidget(self.no_contacts)
        people_layout.addWidget(self.contacts_button, 0, Qt.AlignmentFlag.AlignLeft)
        plan_layout.addWidget(people_frame)

        # The code word.
        self.code_word = CodeWordCard(self.context)
        self.code_word.edited.connect(self._changed)
        plan_layout.addWidget(self.code_word)

        # The places.
        places_frame, places_layout = card()
        self.places_title = heading(2)
        self.places_text = wrapped()
        self.places = QPlainTextEdit()
        self.places.setObjectName("planPlaces")
        self.places.setTabChangesFocus(True)
        self.places.setMinimumHeight(90)
        self.places.setMaximumHeight(140)
        for place_widget in (self.places_title, self.places_text, self.places):
            places_layout.addWidget(place_widget)
        plan_layout.addWidget(places_frame)

        # Saving and printing.
        self.error = wrapped()
        self.error.setObjectName("planError")
        style_error(self.error)
        self.error.hide()
        self.save_button = QPushButton()
        self.save_button.setObjectName("savePlan")
        self.save_button.clicked.connect(self.save)
        self.saved_label = QLabel()
        self.saved_label.setObjectName("planSaved")
        self.print_button = QPushButton()
        self.print_button.setObjectName("printPlan")
        self.print_button.clicked.connect(self.print_plan)
        self.include_word = QCheckBox()
        self.include_word.setObjectName("includeCodeWord")
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_button)
        save_row.addWidget(self.saved_label, 1)
        print_row = QHBoxLayout()
        print_row.addWidget(self.print_button)
        print_row.addWidget(self.include_word, 1)
        plan_layout.addWidget(self.error)
        plan_layout.addLayout(save_row)
        plan_layout.addLayout(print_row)
        layout.addStretch(1)

        self.child.activated.connect(lambda _i: self._child_chosen())
        self.people.itemChanged.connect(lambda _item: self._changed())
        self.places.textChanged.connect(self._changed)

        scroll = QScrollArea()
        scroll.setObjectName("planScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        return scroll

    def title(self) -> str:
        return self.tr("Safety plan")

    # Texts ---------------------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Family safety plan"))
        self.agreement_button.setText(self.tr("Family agreement and poster…"))
        self.tabs.setTabText(0, self.tr("Verification plan"))
        self.tabs.setTabText(1, self.tr("Incident log"))
        self.tabs.setAccessibleName(self.tr("Parts of the safety plan"))
        self.intro.setText(
            self.tr(
                "Scammers may call you pretending that your child has been arrested or kidnapped, and demand money "
                "at once. Agree now how you will check, and keep the plan at hand: with it, a frightening call "
                "becomes a few calm steps."
            )
        )
        self.child_label.setText(self.tr("Plan &for:"))
        self.child.setAccessibleName(self.tr("Whose plan"))
        self.no_children_text.setText(self.tr("Add your children first: each child gets a plan of their own."))
        self.add_children_button.setText(self.tr("Add your children"))
        self.people_text.setText(
            self.tr(
                "Tick the people who can reach your child quickly: a roommate, a friend, a teacher, the landlord. "
                "Put them in the order to call them (at most %1)."
            ).replace("%1", str(CONTACTS_MAX))
        )
        self.people.setAccessibleName(self.tr("People to call, in order. Space ticks a person."))
        self.up_button.setText(self.tr("Move &up"))
        self.down_button.setText(self.tr("Move do&wn"))
        self.up_button.setAccessibleName(self.tr("Call this person earlier"))
        self.down_button.setAccessibleName(self.tr("Call this person later"))
        self.no_contacts.setText(
            self.tr("There are no contacts yet. Add the people around your child in Contacts first.")
        )
        self.contacts_button.setText(self.tr("Open Contacts"))
        self.code_word.retranslate()
        self.places_text.setText(
            self.tr("One place per line: school or university, dorm or room, work, a friend's home.")
        )
        self.places.setAccessibleName(self.tr("Places, one per line"))
        self.places.setPlaceholderText(self.tr("For example: Dorm B, room 312"))
        self.save_button.setText(self.tr("&Save the plan"))
        self.print_button.setText(self.tr("Print / Save as PDF…"))
        self.include_word.setText(self.tr("Include the code word on the printout"))
        self.include_word.setAccessibleName(self.tr("Include the code word on the printout"))
        self.script_title.setText(self.tr("If a ransom or “police” message arrives"))
        self._fill_titles()
        self.incidents.retranslate()
        self._show_word_state()
        if not self._stale:
            self.refresh()

    # Data ----------------------------------------------------------------------------------------------------

    def refresh(self) -> None:
        self._fill_children()
        if self._child_id is not None and not self._dirty:
            self._load_form()
        self._fill_script()
        self.incidents.refresh()

    def _fill_children(self) -> None:
        children = self.services.family.children()
        wanted = self._child_id
        self.child.clear()
        for kid in children:
            self.child.addItem(f"{kid.nickname} ({band_label(kid.band)})", kid.id)
        index = self.child.findData(wanted) if wanted is not None else -1
        if index < 0 and children:
            # A young adult living away is who the plan is most for: the oldest child first.
            index = 0
        self.child.setCurrentIndex(index)
        chosen = int(self.child.currentData()) if index >= 0 else None
        if chosen != self._child_id:
            self._child_id = chosen
            self._dirty = False
            self._load_form()
        has_children = bool(children)
        self.no_children.setVisible(not has_children)
        self.plan_box.setVisible(has_children)
        self.child.setEnabled(has_children)

    def _load_form(self) -> None:
        """Fill the form from the saved plan of the current child; the code word is hidden again."""
        self._loading = True
        try:
            self.code_word.hide_word(clear=True)
            self.error.hide()
            self.saved_label.clear()
            self._plan = self.services.plan.plan(self._child_id) if self._child_id is not None else None
            contacts = self.services.contacts.contacts()
            chosen = [c.id for c in self._plan.contacts] if self._plan else []
            ordered = [c for cid in chosen for c in contacts if c.id == cid] + [
                c for c in contacts if c.id not in chosen
            ]
            self.people.clear()
            for contact in ordered:
                number = contact.phones[0].display if contact.phones else ""
                who = contact.name + (f" ({contact.relationship})" if contact.relationship else "")
                item = QListWidgetItem(f"{who} · {number}" if number else who)
                item.setData(ID_ROLE, contact.id)
                item.setFlags(
                    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable
                )
                item.setCheckState(Qt.CheckState.Checked if contact.id in chosen else Qt.CheckState.Unchecked)
                self.people.addItem(item)
            rows = min(max(len(ordered), 2), 7)
            self.people.setFixedHeight(rows * (self.people.sizeHintForRow(0) if ordered else 24) + 8)
            has_contacts = bool(contacts)
            for widget in (self.people, self.up_button, self.down_button):
                widget.setVisible(has_contacts)
            self.no_contacts.setVisible(not has_contacts)
            self.contacts_button.setVisible(not has_contacts)
            self.places.setPlainText("\n".join(self._plan.places) if self._plan else "")
            self._dirty = False
            self._fill_titles()
            self._show_word_state()
        finally:
            self._loading = False
        self.save_button.setEnabled(False)

    def _fill_titles(self) -> None:
        """Headings that name the child whose plan is shown."""
        name = self._plan.nickname if self._plan is not None else ""
        if name:
            self.people_title.setText(self.tr("Who to call to reach %1").replace("%1", name))
            self.places_title.setText(self.tr("Where %1 usually is").replace("%1", name))
        else:
            self.people_title.setText(self.tr("Who to call to reach your child"))
            self.places_title.setText(self.tr("Where your child usually is"))

    def _fill_script(self) -> None:
        plan = self._plan
        if plan is None:
            self.script.clear()
            return
        country = self.services.contacts.country()
        items = []
        for text, lines in script_steps(plan, country.police if country else None):
            sub = "".join(f"<br/><b>{html.escape(line)}</b>" for line in lines)
            items.append(f"<li style='margin-bottom:4px'>{html.escape(text)}{sub}</li>")
        self.script.setText(f"<ol style='margin-left:10px'>{''.join(items)}</ol>")
        self.script.setAccessibleName(self.script_title.text())

    def _changed(self) -> None:
        if self._loading:
            return
        self._dirty = True
        self.save_button.setEnabled(True)
        self.saved_label.clear()

    def chosen_contact_ids(self) -> list[int]:
        ids = []
        for row in range(self.people.count()):
            item = self.people.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                ids.append(int(item.data(ID_ROLE)))
        return ids

    def move_person(self, offset: int) -> None:
        row = self.people.currentRow()
        target = row + offset
        if row < 0 or not 0 <= target < self.people.count():
            return
        item = self.people.takeItem(row)
        self.people.insertItem(target, item)
        self.people.setCurrentRow(target)
        self._changed()

    def _child_chosen(self) -> None:
        """Another child: what the parent typed for the first one is saved, not dropped."""
        wanted = self.child.currentData()
        if wanted is None or int(wanted) == self._child_id:
            return
        if self._dirty and not self.save():
            self.child.setCurrentIndex(max(0, self.child.findData(self._child_id)))
            return
        self._child_id = int(wanted)
        self._load_form()
        self._fill_script()

    def focus_key(self, key: str) -> None:
        """'incidents' shows the logbook; a child's id shows that child's plan."""
        if key == "incidents":
            self.tabs.setCurrentIndex(1)
            return
        self.tabs.setCurrentIndex(0)
        if key.isdigit():
            index = self.child.findData(int(key))
            if index >= 0:
                self.child.setCurrentIndex(index)
                self._child_chosen()

    def _show_word_state(self) -> None:
        self.code_word.show_state(self._child_id, bool(self._plan and self._plan.has_code_word))

    # Saving and printing -------------------------------------------------------------------------------------

    def plan_input(self) -> PlanInput:
        word = self.code_word.word()
        return PlanInput(tuple(self.places.toPlainText().splitlines()), tuple(self.chosen_contact_ids()), word)

    def problem_text(self, problem: PlanProblem) -> str:
        limit = problem.params.get("limit", "")
        texts = {
            "child-gone": self.tr("This child is no longer in the family."),
            "code-word-long": self.tr("A code word can have at most %1 characters.").replace("%1", limit),
            "code-word-lines": self.tr("The code word must fit on one line."),
            "places-many": self.tr("List at most %1 places.").replace("%1", limit),
            "place-long": self.tr("Place %1 is longer than %2 characters.")
            .replace("%1", problem.params.get("line", ""))
            .replace("%2", limit),
            "contacts-many": self.tr("Tick at most %1 people to call.").replace("%1", limit),
            "contact-gone": self.tr("One of the ticked contacts no longer exists. Check the list and save again."),
        }
        return texts.get(problem.code) or unsafe_text_message(problem.code) or str(problem)

    def save(self) -> bool:
        """Save the whole plan of the current child; on a problem, say why and keep what was typed."""
        if self._child_id is None:
            return False
        if not self.context.require_parent(self):
            return False
        try:
            self._plan = self.services.plan.save(self._child_id, self.plan_input())
        except PlanProblem as problem:
            self.error.setText(self.problem_text(problem))
            self.error.show()
            field = {"code_word": self.code_word.code_edit, "places": self.places, "contacts": self.people}.get(
                problem.field
            )
            if field is not None:
                field.setFocus()
            return False
        self.error.hide()
        self._dirty = False
        self.save_button.setEnabled(False)
        self.saved_label.setText(self.tr("Saved."))
        self._fill_script()
        self._show_word_state()
        self._tell_others()
        return True

    def _tell_others(self) -> None:
        """Home and Get help show parts of the plan: they refresh; this view is up to date already."""
        self.context.family_changed.disconnect(self._mark_stale)
        try:
            self.context.family_changed.emit()
        finally:
            self.context.family_changed.connect(self._mark_stale)

    def print_plan(self) -> None:
        from notalone_desktop.ui.printing import preview
        from notalone_desktop.ui.sheets.plan_sheet import build_html_for

        if self._child_id is None:
            return
        if self._dirty and not self.save():
            return
        include = self.include_word.isChecked() and not getattr(self.context, "screenshot_mode", False)
        if include and not self.context.require_parent(self):
            return
        preview(build_html_for(self.services, self.lang, [self._child_id], include_code_word=include), self)

    def open_agreement(self) -> None:
        from notalone_desktop.ui.dialogs.agreement_dialog import AgreementDialog

        dialog = AgreementDialog(self.context, self)
        dialog.exec()
