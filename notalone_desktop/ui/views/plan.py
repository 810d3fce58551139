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
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from notalone_desktop.services.plan import PLACE_MAX, PLACES_MAX, ChildPlan, PlanInput, PlanProblem
from notalone_desktop.ui.autosave import AutoSave, ParentGate
from notalone_desktop.ui.context import AppContext
from notalone_desktop.ui.focus import focus_when_scrollable
from notalone_desktop.ui.labels import band_label
from notalone_desktop.ui.plain_text import unsafe_text_message
from notalone_desktop.ui.sheets.plan_sheet import script_steps
from notalone_desktop.ui.style import style_error
from notalone_desktop.ui.views import plan_words
from notalone_desktop.ui.views.base import View
from notalone_desktop.ui.views.incidents import IncidentsPanel
from notalone_desktop.ui.views.plan_code_word import CodeWordCard
from notalone_desktop.ui.views.plan_people import PeopleCard
from notalone_desktop.ui.widgets.common import card, heading, wrapped

log = logging.getLogger(__name__)
TABS = ("plan", "incidents")


def fit_places(text: str) -> tuple[str, str]:
    """`text` cut to what a plan takes (PLACES_MAX different places of PLACE_MAX characters), and which limit
    cut it ("" when none): the field stops at the limit, as a line edit's maximum length does, rather than
    refuse the whole plan when it is saved."""
    lines: list[str] = []
    seen: set[str] = set()
    cut = ""
    for line in text.split("\n"):
        if len(line) > PLACE_MAX:
            line, cut = line[:PLACE_MAX], "place-long"
        tidy = " ".join(line.split())
        if tidy and tidy not in seen:
            if len(seen) == PLACES_MAX:
                cut = "places-many"
                break
            seen.add(tidy)
        lines.append(line)
    return "\n".join(lines), cut


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
        self._loading = False
        self._saved_now = False  # the last change was written (the status line says "Saved.")
        self._bands: dict[int, str] = {}  # each child's age band: the plan's words follow it
        self.retranslate()

    def _build_plan_page(self) -> QWidget:
        self.autosave = AutoSave(self._save_typed, self)
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
        self.people_card = PeopleCard(self.context)
        self.people = self.people_card.people
        self.people_card.edited.connect(self._changed)
        self.people_card.refused.connect(self._show_refusal)
        plan_layout.addWidget(self.people_card)

        # The code word.
        self.code_word = CodeWordCard(self.context)
        self.code_word.edited.connect(self._changed)
        # Hide ends the editing of the word: it is saved then, whatever the focus does.
        self.code_word.show_button.toggled.connect(self._word_shown)
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

        # Saving (as the parent types) and printing.
        self.error = wrapped()
        self.error.setObjectName("planError")
        style_error(self.error)
        self.error.hide()
        self.saved_label = wrapped()
        self.saved_label.setObjectName("planSaved")
        self.print_button = QPushButton()
        self.print_button.setObjectName("printPlan")
        self.print_button.clicked.connect(self.print_plan)
        self.include_word = QCheckBox()
        self.include_word.setObjectName("includeCodeWord")
        print_row = QHBoxLayout()
        print_row.addWidget(self.print_button)
        print_row.addWidget(self.include_word, 1)
        plan_layout.addWidget(self.error)
        plan_layout.addWidget(self.saved_label)
        plan_layout.addLayout(print_row)
        layout.addStretch(1)

        self.child.activated.connect(lambda _i: self._child_chosen())
        self.places.textChanged.connect(self._places_edited)
        # Saved as the parent types: half a second after the last change, and at once when a field loses the
        # focus or is hidden (another tab, another section, the window closing) or the app quits.
        self.autosave.watch(self.places, self.people, self.code_word.code_edit)
        # In child mode the places are read-only; the first key asks for the parent PIN.
        self.gate = ParentGate(self.context, [self.places], self)
        lock_changed = getattr(self.context, "lock_changed", None)
        if lock_changed is not None:  # connected before the code word's: its word is saved before it is hidden
            lock_changed.connect(self._lock_changed)

        scroll = QScrollArea()
        scroll.setObjectName("planScroll")
        focus_when_scrollable(scroll)
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
        self.child_label.setText(self.tr("Plan &for:"))
        self.child.setAccessibleName(self.tr("Whose plan"))
        self.no_children_text.setText(self.tr("Add your children first: each child gets a plan of their own."))
        self.add_children_button.setText(self.tr("Add your children"))
        self.people_card.retranslate()
        self.code_word.retranslate()
        self.places.setAccessibleName(self.tr("Places, one per line"))
        self.print_button.setText(self.tr("Print / Save as PDF…"))
        self.include_word.setText(self.tr("Include the code word on the printout"))
        self.include_word.setAccessibleName(self.tr("Include the code word on the printout"))
        self._fill_titles()
        self.incidents.retranslate()
        self._show_word_state()
        self._show_saved_state()
        if not self._stale:
            self.refresh()

    # Data ----------------------------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.autosave.flush()  # what was typed is saved before the form is filled again
        self._fill_children()
        if self._child_id is not None:
            self._load_form()
        self._fill_script()
        self.incidents.refresh()

    def _fill_children(self) -> None:
        children = self.services.family.children()
        self._bands = {kid.id: kid.band for kid in children}
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
            self._load_form()
        has_children = bool(children)
        self.no_children.setVisible(not has_children)
        self.plan_box.setVisible(has_children)
        self.child.setEnabled(has_children)

    def _load_form(self) -> None:
        """Fill the form from the saved plan of the current child; the code word is hidden again."""
        self.autosave.cancel()
        self._loading = True
        try:
            self.code_word.hide_word(clear=True)
            self.error.hide()
            self._saved_now = False
            self._plan = self.services.plan.plan(self._child_id) if self._child_id is not None else None
            chosen = [c.id for c in self._plan.contacts] if self._plan else []
            self.people_card.fill(self.services.contacts.contacts(), chosen)
            places = "\n".join(self._plan.places) if self._plan else ""
            if places != self.places.toPlainText():  # the same text: the cursor stays where it was
                self.places.setPlainText(places)
            self._fill_titles()
            self._show_word_state()
        finally:
            self._loading = False
        self._show_saved_state()

    def _age_group(self) -> str:
        return plan_words.group_of(self._bands.get(self._child_id) if self._child_id is not None else None)

    def _fill_titles(self) -> None:
        """Headings that name the child whose plan is shown, and the words for the child's age."""
        group = self._age_group()
        self.intro.setText(plan_words.intro(group))
        self.people_card.set_people_text(plan_words.people_hint(group))
        hint, example = plan_words.places_hint(group)
        self.places_text.setText(hint)
        self.places.setPlaceholderText(example)
        name = self._plan.nickname if self._plan is not None else ""
        self.script_title.setText(plan_words.script_title(group, name))
        if name:
            self.people_card.people_title.setText(self.tr("Who to call to reach %1").replace("%1", name))
            self.places_title.setText(self.tr("Where %1 usually is").replace("%1", name))
        else:
            self.people_card.people_title.setText(self.tr("Who to call to reach your child"))
            self.places_title.setText(self.tr("Where your child usually is"))

    def _fill_script(self) -> None:
        plan = self._plan
        if plan is None:
            self.script.clear()
            return
        country = self.services.contacts.country()
        items = []
        band = self._bands.get(plan.child_id)
        for text, lines in script_steps(plan, country.police if country else None, band):
            sub = "".join(f"<br/><b>{html.escape(line)}</b>" for line in lines)
            items.append(f"<li style='margin-bottom:4px'>{html.escape(text)}{sub}</li>")
        self.script.setText(f"<ol style='margin-left:10px'>{''.join(items)}</ol>")
        self.script_title.setText(plan_words.script_title(self._age_group(), plan.nickname))
        self.script.setAccessibleName(self.script_title.text())

    def _changed(self) -> None:
        if self._loading:
            return
        self.error.hide()
        self._saved_now = False
        self.autosave.changed()

    def _places_edited(self) -> None:
        if self._loading:
            return
        text = self.places.toPlainText()
        fitted, cut = fit_places(text)
        if cut:
            cursor = self.places.textCursor()
            position = cursor.position()
            self.places.blockSignals(True)
            self.places.setPlainText(fitted)
            self.places.blockSignals(False)
            cursor = self.places.textCursor()
            cursor.setPosition(min(position, len(fitted)))
            self.places.setTextCursor(cursor)
        self._changed()
        if cut == "places-many":
            self._show_refusal(self.tr("List at most %1 places.").replace("%1", str(PLACES_MAX)))
        elif cut:
            self._show_refusal(self.tr("A place can have at most %1 characters.").replace("%1", str(PLACE_MAX)))

    def _show_refusal(self, text: str) -> None:
        """A change that went only as far as the plan's limits: say so beside the form."""
        self.error.setText(text)
        self.error.show()

    def _word_shown(self, shown: bool) -> None:
        if not shown:
            self.autosave.flush()

    def _lock_changed(self, locked: bool) -> None:
        if locked:
            self.autosave.flush()  # typed while unlocked: it is the parent's, and it is kept
        self._show_saved_state()

    def _show_saved_state(self) -> None:
        if getattr(self.context, "locked", False):
            text = self.tr("Child mode: changing the plan asks for the parent PIN.")
        elif self._saved_now:
            text = self.tr("Saved.")
        else:
            text = self.tr("Changes are saved as you type.")
        self.saved_label.setText(text)

    def chosen_contact_ids(self) -> list[int]:
        return self.people_card.chosen_ids()

    def move_person(self, offset: int) -> None:
        self.people_card.move_person(offset)

    def _child_chosen(self) -> None:
        """Another child: what the parent typed for the first one is saved first, never dropped."""
        wanted = self.child.currentData()
        if wanted is None or int(wanted) == self._child_id:
            return
        self.autosave.flush()
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
        """Save what the form holds now (what AutoSave does after each change): True when saved."""
        self.autosave.cancel()
        return self._save_typed()

    def _save_typed(self) -> bool:
        """Write the current child's whole plan. Every change got here through the parent lock already (the
        fields ask for the PIN in child mode), so saving never asks again. On a problem, say why and keep what
        was typed on screen."""
        if self._child_id is None or getattr(self.context, "erased", False):
            return False
        try:
            self._plan = self.services.plan.save(self._child_id, self.plan_input())
        except PlanProblem as problem:
            self.error.setText(self.problem_text(problem))
            self.error.show()
            return False
        self.error.hide()
        self._saved_now = True
        self._show_saved_state()
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
        self.autosave.flush()
        include = self.include_word.isChecked() and not getattr(self.context, "screenshot_mode", False)
        if include and not self.context.require_parent(self):
            return
        preview(build_html_for(self.services, self.lang, [self._child_id], include_code_word=include), self)

    def open_agreement(self) -> None:
        from notalone_desktop.ui.dialogs.agreement_dialog import AgreementDialog

        dialog = AgreementDialog(self.context, self)
        dialog.exec()
