"""Home: the family's progress at a glance, the next three things to do, the lesson of the week."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from notalone_desktop.ui.context import AppContext
from notalone_desktop.ui.labels import child_label
from notalone_desktop.ui.theme.icons import icon
from notalone_desktop.ui.theme.roles import set_role
from notalone_desktop.ui.theme.tokens import SPACING
from notalone_desktop.ui.views.base import View
from notalone_desktop.ui.widgets.common import card, clear_layout, heading, progress_bar, scrolling_page, wrapped
from notalone_desktop.ui.widgets.wrapping import CommandLink


class HomeView(View):
    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        layout = scrolling_page(self)

        self.title_label = heading(1)
        self.intro = wrapped()
        layout.addWidget(self.title_label)
        layout.addWidget(self.intro)

        # A branded build says who gave the family this app (an NGO profile), with its logo.
        self.giver_frame, giver_layout = card()
        self.giver_frame.setObjectName("givenBy")
        giver_row = QHBoxLayout()
        self.giver_logo = QLabel()
        self.giver_title = heading(3)
        self.giver_text = wrapped()
        giver_column = QVBoxLayout()
        giver_column.addWidget(self.giver_title)
        giver_column.addWidget(self.giver_text)
        giver_row.addWidget(self.giver_logo, 0, Qt.AlignmentFlag.AlignTop)
        giver_row.addLayout(giver_column, 1)
        giver_layout.addLayout(giver_row)
        layout.addWidget(self.giver_frame)

        progress_frame, progress_layout = card()
        self.progress_title = heading(2)
        # The counts beside the bars, not on them: a label drawn across the fill is cut in two colours.
        self.family_label = QLabel()
        self.family_label.setObjectName("familyProgressText")
        self.family_bar = progress_bar()
        self.family_bar.setObjectName("familyProgress")
        self.family_bar.setTextVisible(False)
        self.children_grid = QGridLayout()
        self.children_grid.setColumnStretch(1, 1)
        self.children_grid.setHorizontalSpacing(SPACING.m)
        self.due_label = wrapped()
        self.due_label.setObjectName("dueLabel")
        self.due_button = QPushButton()
        self.due_button.setObjectName("showDue")
        self.due_button.setIcon(icon("checklist"))
        self.due_button.clicked.connect(lambda: context.navigate.emit("checklist", "due"))
        due_row = QHBoxLayout()
        due_row.addWidget(self.due_label, 1)
        due_row.addWidget(self.due_button, 0, Qt.AlignmentFlag.AlignTop)
        self.add_children_button = QPushButton()
        self.add_children_button.clicked.connect(lambda: context.navigate.emit("settings", "children"))
        progress_layout.addWidget(self.progress_title)
        progress_layout.addWidget(self.family_label)
        progress_layout.addWidget(self.family_bar)
        progress_layout.addLayout(self.children_grid)
        progress_layout.addLayout(due_row)
        progress_layout.addWidget(self.add_children_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(progress_frame)

        next_frame, next_layout = card()
        self.next_title = heading(2)
        self.next_buttons: list[CommandLink] = []
        next_layout.addWidget(self.next_title)
        for index in range(3):
            button = CommandLink()
            button.set_icon(icon("next", "accent"))  # the theme's arrow: Fusion's own vanishes on a dark window
            button.setObjectName(f"suggestion{index}")
            button.clicked.connect(lambda _=False, i=index: self._open_suggestion(i))
            self.next_buttons.append(button)
            next_layout.addWidget(button)
        self.all_done = wrapped()
        next_layout.addWidget(self.all_done)
        layout.addWidget(next_frame)

        plan_frame, plan_layout = card()
        plan_frame.setObjectName("homePlan")
        self.plan_title = heading(2)
        self.plan_text = wrapped()
        self.plan_status = wrapped()
        self.plan_status.setObjectName("planStatus")
        self.plan_button = QPushButton()
        self.plan_button.setObjectName("homeOpenPlan")
        self.plan_button.setIcon(icon("plan"))
        self.plan_button.clicked.connect(lambda: context.navigate.emit("plan", ""))
        plan_row = QHBoxLayout()
        plan_texts = QVBoxLayout()
        plan_texts.addWidget(self.plan_text)
        plan_texts.addWidget(self.plan_status)
        plan_row.addLayout(plan_texts, 1)
        plan_row.addWidget(self.plan_button, 0, Qt.AlignmentFlag.AlignBottom)
        plan_layout.addWidget(self.plan_title)
        plan_layout.addLayout(plan_row)
        layout.addWidget(plan_frame)

        row = QHBoxLayout()
        lesson_frame, lesson_layout = card()
        self.lesson_title = heading(2)
        self.lesson_button = CommandLink()
        self.lesson_button.set_icon(icon("next", "accent"))
        self.lesson_button.setObjectName("lessonOfTheWeek")
        self.lesson_button.clicked.connect(self._open_lesson)
        lesson_layout.addWidget(self.lesson_title)
        lesson_layout.addWidget(self.lesson_button)
        lesson_layout.addStretch(1)
        row.addWidget(lesson_frame, 1)

        help_frame, help_layout = card()
        self.help_title = heading(2)
        self.help_text = wrapped()
        self.help_button = QPushButton()
        self.help_button.setObjectName("homeGetHelp")
        set_role(self.help_button, "emergency")
        self.help_button.setIcon(icon("help", "on_emergency"))
        self.help_button.clicked.connect(lambda: context.help_requested.emit(""))
        help_layout.addWidget(self.help_title)
        help_layout.addWidget(self.help_text)
        help_layout.addWidget(self.help_button, 0, Qt.AlignmentFlag.AlignLeft)
        help_layout.addStretch(1)
        row.addWidget(help_frame, 1)
        layout.addLayout(row)
        layout.addStretch(1)

        self._suggestions: list[tuple[int | None, str]] = []
        self._lesson_key = ""
        # Home may paint before the services are open (see ui.app); a branded build's profile comes with them.
        context.services_ready.connect(self._fill_giver)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Home")

    def retranslate(self) -> None:
        self.title_label.setText(self.tr("Your family's online safety"))
        self.intro.setText(
            self.tr(
                "Work through the checklist for each child, learn together with the lessons and games, and keep "
                "the numbers you need in a crisis one click away. Everything stays on this computer."
            )
        )
        self.progress_title.setText(self.tr("Progress"))
        self.family_bar.setAccessibleName(self.tr("Progress of the whole family"))
        self.add_children_button.setText(self.tr("Add your children"))
        self.next_title.setText(self.tr("Next steps"))
        self.all_done.setText(self.tr("Everything on the checklist is done. Well done!"))
        self.lesson_title.setText(self.tr("Lesson of the week"))
        self.help_title.setText(self.tr("In an emergency"))
        self.help_text.setText(
            self.tr(
                "A call from “police” asking your child to keep a secret, a threat to share photos, a child who "
                "does not answer: the numbers to call and the first steps are here."
            )
        )
        self.help_button.setText(self.tr("Get help now"))
        self.due_button.setText(self.tr("Review them"))
        self.due_button.setAccessibleName(self.tr("Show the items due for review"))
        self.plan_title.setText(self.tr("Safety plan"))
        self.plan_text.setText(
            self.tr(
                "Who can reach each child quickly, a family code word, and calm steps for a ransom or "
                "“police” call. Also: the incident log and the family agreement."
            )
        )
        self.plan_button.setText(self.tr("Open the safety plan"))
        self._fill_giver()
        if not self._stale:
            self.refresh()

    def refresh(self) -> None:
        # Home reads through the overview only (plain sqlite3): it can paint before the services are open.
        summary = self.context.overview.home(self.lang)
        overall = summary.family
        self.family_bar.setValue(overall.percent)
        self.family_bar.setFormat(
            self.tr("Whole family: %1 of %2 done").replace("%1", str(overall.done)).replace("%2", str(overall.total))
        )
        self.family_label.setText(self.family_bar.format())
        clear_layout(self.children_grid)
        for row, (child, progress) in enumerate((c.child, c.progress) for c in summary.children):
            name = QLabel()
            name.setTextFormat(Qt.TextFormat.PlainText)  # a nickname is shown as typed, never as markup
            name.setText(child_label(child.nickname, child.age, child.band))
            bar = progress_bar()
            bar.setValue(progress.percent)
            bar.setFormat(f"{progress.done} / {progress.total}")
            bar.setTextVisible(False)
            bar.setAccessibleName(self.tr("Progress of %1").replace("%1", child.nickname))
            count = QLabel(bar.format())
            count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.children_grid.addWidget(name, row, 0)
            self.children_grid.addWidget(bar, row, 1)
            self.children_grid.addWidget(count, row, 2)
        self.add_children_button.setVisible(not summary.children)
        self.due_label.setText(self.tr("%n item(s) due for review", "", summary.due))
        self.due_label.setVisible(summary.due > 0)
        self.due_button.setVisible(summary.due > 0)
        self.plan_status.setText(
            self.tr("Plans with people to call: %1 of %2.")
            .replace("%1", str(summary.plans_ready))
            .replace("%2", str(len(summary.children)))
        )
        self.plan_status.setVisible(bool(summary.children))

        names = {c.child.id: c.child.nickname for c in summary.children}
        self._suggestions = [(owner, item.key) for owner, item in summary.suggestions]
        for index, button in enumerate(self.next_buttons):
            if index < len(summary.suggestions):
                owner, item = summary.suggestions[index]
                who = names.get(owner, "") if owner is not None else self.tr("Whole family")
                button.set_label(item.title)
                button.set_description(who)
                button.setAccessibleName(f"{item.title} ({who})")
                button.show()
            else:
                button.hide()
        self.all_done.setVisible(not summary.suggestions and bool(overall.total))

        lesson = summary.lesson
        self._lesson_key = lesson.key if lesson else ""
        self.lesson_button.setVisible(lesson is not None)
        if lesson:
            self.lesson_button.set_label(lesson.title)
            self.lesson_button.set_description(lesson.summary)
            self.lesson_button.setAccessibleName(lesson.title)

    def _fill_giver(self) -> None:
        profile = self.context.profile
        self.giver_frame.setVisible(profile is not None)
        if profile is None:
            return
        name = profile.organisation.name
        self.giver_title.setText(self.tr("This app was given to you by %1").replace("%1", name))
        self.giver_text.setText(profile.about(self.lang))
        logo = QPixmap(str(profile.organisation.logo))
        if not logo.isNull():
            height = self.fontMetrics().height() * 3
            self.giver_logo.setPixmap(logo.scaledToHeight(height, Qt.TransformationMode.SmoothTransformation))
        self.giver_logo.setAccessibleName(self.tr("Logo of %1").replace("%1", name))

    def _open_suggestion(self, index: int) -> None:
        if index < len(self._suggestions):
            owner, key = self._suggestions[index]
            self.context.navigate.emit("checklist", f"{owner or 0}:{key}")

    def _open_lesson(self) -> None:
        if self._lesson_key:
            self.context.navigate.emit("lessons", self._lesson_key)
