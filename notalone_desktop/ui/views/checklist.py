"""The checklist: each child's (and the family's) safety actions, grouped by category, with their progress.

Keyboard: arrows move between items, Space ticks an item done (or back to do); the details pane on the right
shows why and how, the state, a note, and the review date. Each category's row shows its progress; life-event
checklists (a first phone, moving away...) that the family started show as groups of their own after the
categories. The list is a Qt item model (checklist_model.py): switching child, filter or search word fills it in
one step instead of building a widget per row.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTreeView,
    QVBoxLayout,
)

from notalone_desktop.core.clock import utcnow
from notalone_desktop.core.content.life_events import event_of, is_life_key
from notalone_desktop.services.checklist import ItemView, progress_of
from notalone_desktop.services.life_events import StartedEvent
from notalone_desktop.ui.context import AppContext
from notalone_desktop.ui.labels import band_label, state_label
from notalone_desktop.ui.pack_origin import from_publisher
from notalone_desktop.ui.theme.tokens import SPACING
from notalone_desktop.ui.views.base import View
from notalone_desktop.ui.views.checklist_edits import LIFE, ChecklistEdits
from notalone_desktop.ui.views.checklist_model import KEY_ROLE, STATUS, ChecklistModel, Group, Row
from notalone_desktop.ui.widgets.checklist_details import ChecklistDetails
from notalone_desktop.ui.widgets.common import clear_layout, heading, progress_bar, wrapped
from notalone_desktop.ui.widgets.flow import FlowLayout

STATUS_FILTERS = ("all", "todo", "done", "na", "due")


class ItemTree(QTreeView):
    """The list of items; Space toggles done, like a checkbox list."""

    toggle_requested = Signal(str)  # the key of the item whose tick should flip

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = self.currentIndex().data(KEY_ROLE)
        if event.key() == Qt.Key.Key_Space and key:
            self.toggle_requested.emit(str(key))
            return
        super().keyPressEvent(event)


class ChecklistView(View):
    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.heading = heading(1)
        self.owner, self.category, self.status = QComboBox(), QComboBox(), QComboBox()
        self.owner.setObjectName("owner")
        self.category.setObjectName("categoryFilter")
        self.status.setObjectName("statusFilter")
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.add_button, self.print_button, self.life_button = QPushButton(), QPushButton(), QPushButton()
        self.add_button.setObjectName("addCustom")
        self.print_button.setObjectName("printChecklist")
        self.life_button.setObjectName("startLifeEvent")
        self.owner_label, self.category_label, self.status_label = QLabel(), QLabel(), QLabel()
        actions = QHBoxLayout()
        actions.addWidget(self.heading, 1)
        buttons = FlowLayout()  # one under the other beside the title when the window is narrow
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.print_button)
        actions.addLayout(buttons)
        filters = QHBoxLayout()
        for label, widget in (
            (self.owner_label, self.owner),
            (self.category_label, self.category),
            (self.status_label, self.status),
        ):
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget, 1)
        # The whole family's (or the child's) progress; each category's is in its row of the list. The count is
        # written beside the bar, never across its fill, so it reads the same on any fill.
        self.progress_label = QLabel()
        self.owner_bar = progress_bar()
        self.owner_bar.setObjectName("ownerProgress")
        self.owner_bar.setTextVisible(False)
        self.owner_count = QLabel()
        self.owner_count.setObjectName("ownerProgressText")
        self.progress_label.setBuddy(self.owner_bar)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress_label)
        progress_row.addWidget(self.owner_bar, 1)
        progress_row.addWidget(self.owner_count)
        # One bar per life-event checklist started for this child (or the family); a hint while there is none.
        self.life_grid = QGridLayout()
        self.life_grid.setHorizontalSpacing(SPACING.m)
        self.life_hint = wrapped()
        self.life_hint.setObjectName("lifeEventHint")

        self.model = ChecklistModel(self)
        self.tree = ItemTree()
        self.tree.setObjectName("items")
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)  # every row one line: the view need not measure 300 rows
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(STATUS, QHeaderView.ResizeMode.Fixed)
        self.tree.header().setStretchLastSection(False)
        self.details = ChecklistDetails(context)
        self.details.origin_note = lambda key: from_publisher(context.services.content, "items", key)
        splitter = QSplitter()
        splitter.addWidget(self.tree)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACING.lg, SPACING.m, SPACING.lg, SPACING.m)
        layout.setSpacing(SPACING.s)
        layout.addLayout(actions)
        layout.addLayout(filters)
        layout.addWidget(self.search)  # a row of its own: it never shrinks to "Sea…" beside long filter names
        layout.addLayout(progress_row)
        layout.addLayout(self.life_grid)
        # Starting a life event's checklist beside its hint (not beside the progress: too wide for a small screen).
        life_row = QHBoxLayout()
        life_row.addWidget(self.life_hint, 1)
        life_row.addWidget(self.life_button, 0, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight)
        layout.addLayout(life_row)
        layout.addWidget(splitter, 1)  # the list takes the height that is left: most of it

        self.owner.activated.connect(lambda _i: self._owner_changed())
        self.category.activated.connect(lambda _i: self._fill_tree())
        self.status.activated.connect(lambda _i: self._fill_tree())
        self.search.textChanged.connect(lambda _t: self._fill_tree())  # as you type: filling is cheap
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        self.model.tick_requested.connect(lambda key, ticked: self._set_state_soon(key, "done" if ticked else "todo"))
        self.tree.toggle_requested.connect(self._toggle)
        self._collapsed: set[str] = set()  # the groups the parent closed
        self.tree.collapsed.connect(lambda index: self._group_opened(index, False))
        self.tree.expanded.connect(lambda index: self._group_opened(index, True))
        self.tree.activated.connect(lambda index: self._toggle(str(index.data(KEY_ROLE) or "")))
        self.details.state_chosen.connect(self._state_chosen)
        self.details.note_saved.connect(self._note_saved)
        self.edits = ChecklistEdits(self)
        self.details.edit_requested.connect(self.edits.edit_custom)
        self.details.delete_requested.connect(self.edits.delete_custom)
        self.details.stop_requested.connect(self.edits.stop_life_event)
        self.details.lesson_requested.connect(lambda key: context.navigate.emit("lessons", key))
        self.add_button.clicked.connect(self.edits.add_custom)
        self.print_button.clicked.connect(self.print_sheet)
        self.life_button.clicked.connect(self.edits.start_life_event)
        self._items: list[ItemView] = []
        self._haystacks: dict[str, str] = {}  # each item's searchable text, folded once per load when searched
        self.started_events: list[StartedEvent] = []
        self._filling = False
        self._pending_key = ""
        self.retranslate()

    def title(self) -> str:
        return self.tr("Checklist")

    # Texts ---------------------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Safety checklist"))
        self.owner_label.setText(self.tr("&For:"))
        self.category_label.setText(self.tr("&Category:"))
        self.status_label.setText(self.tr("S&how:"))
        self.owner.setAccessibleName(self.tr("Whose checklist"))
        self.category.setAccessibleName(self.tr("Category"))
        self.status.setAccessibleName(self.tr("Which items"))
        self.search.setPlaceholderText(self.tr("Search the checklist"))
        self.search.setAccessibleName(self.tr("Search the checklist"))
        self.add_button.setText(self.tr("Add your own item…"))
        self.print_button.setText(self.tr("Print / Save as PDF…"))
        self.life_button.setText(self.tr("Start a life-event checklist…"))
        self.life_hint.setText(
            self.tr("Something changing? A first phone, a new school, moving away: each has a short checklist.")
        )
        self.model.set_headers(self.tr("Item"), self.tr("Status"))
        self.tree.setAccessibleName(self.tr("Checklist items. Space marks the current item done."))
        self.owner_bar.setAccessibleName(self.tr("Progress"))
        self.progress_label.setText(self.tr("Progress:"))
        status_names = {
            "all": self.tr("All items"),
            "todo": state_label("todo"),
            "done": state_label("done"),
            "na": state_label("na"),
            "due": self.tr("Due for review"),
        }
        current = self.status.currentData() or "all"
        self.status.clear()
        for key in STATUS_FILTERS:
            self.status.addItem(status_names[key], key)
        self.status.setCurrentIndex(max(0, self.status.findData(current)))
        # The status column is as wide as its longest text can be: measuring 300 rows at every fill costs more.
        samples = [*status_names.values(), self.tr("Retired"), self._done_of(888, 888)]
        width = max(self.tree.fontMetrics().horizontalAdvance(text) for text in samples)
        self.tree.header().resizeSection(STATUS, width + 3 * SPACING.m)
        self.details.retranslate()
        if not self._stale:
            self.refresh()

    def _done_of(self, done: int, total: int) -> str:
        return self.tr("%1 of %2 done").replace("%1", str(done)).replace("%2", str(total))

    # Data ----------------------------------------------------------------------------------------------------

    def owner_id(self) -> int | None:
        data = self.owner.currentData()
        return int(data) if data else None

    def refresh(self) -> None:
        self._fill_owners()
        self._fill_categories()
        self._owner_changed()

    def _owner_changed(self) -> None:
        self._load()
        self._fill_progress()
        self._fill_tree()

    def _load(self) -> None:
        """The owner's age-band items and, apart, the life-event checklists started for them."""
        owner = self.owner_id()
        # Life-event progress lives beside the checklist's; its items show under their own events, not as retired.
        self._items = [i for i in self.services.checklist.items(owner, self.lang) if not is_life_key(i.key)]
        self.started_events = self.services.life_events.started(owner, self.lang)
        self._haystacks = {}  # folded again at the first search word

    def all_items(self) -> list[ItemView]:
        return self._items + [item for event in self.started_events for item in event.items]

    def _fill_owners(self) -> None:
        current = self.owner.currentData()
        self.owner.clear()
        self.owner.addItem(self.tr("Whole family"), 0)
        for child in self.services.family.children():
            self.owner.addItem(f"{child.nickname} ({band_label(child.band)})", child.id)
        self.owner.setCurrentIndex(max(0, self.owner.findData(current if current is not None else 0)))

    def _fill_categories(self) -> None:
        current = self.category.currentData() or ""
        self.category.clear()
        self.category.addItem(self.tr("All categories"), "")
        for category in self.services.content.checklists.categories:
            self.category.addItem(category.title.get(self.lang), category.key)
        self.category.addItem(self.tr("Life events"), LIFE)
        self.category.setCurrentIndex(max(0, self.category.findData(current)))

    def _fill_progress(self) -> None:
        progress = progress_of(self._items)  # the items are loaded already: no second query
        self.owner_bar.setValue(progress.percent)
        self.owner_count.setText(self._done_of(progress.done, progress.total))
        self.owner_bar.setAccessibleDescription(self.owner_count.text())
        clear_layout(self.life_grid)
        self.life_hint.setVisible(not self.started_events)
        for index, event in enumerate(self.started_events):
            done = event.progress
            label = QLabel(self.tr("Life event: %1").replace("%1", event.title))
            label.setWordWrap(True)
            bar = progress_bar()
            bar.setObjectName(f"lifeProgress_{event.key}")
            bar.setTextVisible(False)
            bar.setMinimumWidth(110)
            bar.setValue(done.percent)
            bar.setAccessibleName(self.tr("Progress in %1").replace("%1", event.title))
            bar.setAccessibleDescription(self._done_of(done.done, done.total))
            count = QLabel(f"{done.done} / {done.total}")
            row, column = divmod(index, 2)
            self.life_grid.addWidget(label, row, column * 3)
            self.life_grid.addWidget(bar, row, column * 3 + 1)
            self.life_grid.addWidget(count, row, column * 3 + 2)

    def _visible(self, item: ItemView, category: str, status: str, words: list[str], now: dt.datetime) -> bool:
        if category == LIFE:
            if not is_life_key(item.key):
                return False
        elif category and item.category != category:
            return False
        if status == "due" and not item.is_due(now):
            return False
        if status not in ("all", "due") and item.state != status:
            return False
        if not words:
            return True
        if item.key not in self._haystacks:
            self._haystacks[item.key] = f"{item.title} {item.why} {item.note} {' '.join(item.steps)}".casefold()
        return all(word in self._haystacks[item.key] for word in words)

    def _groups(self) -> list[Group]:
        """The groups to show: the owner's items that pass the filters and the search, by category (with the
        category's progress), then the started life events (with theirs)."""
        category, status = self.category.currentData() or "", self.status.currentData() or "all"
        words = self.search.text().casefold().split()
        now = utcnow()  # once: 300 items asked "due?" with their own clock would cost a millisecond
        titles = {c.key: c.title.get(self.lang) for c in self.services.content.checklists.categories}
        progress = progress_of(self._items).by_category
        shown: dict[str, list[Row]] = {}
        for item in self._items:
            if self._visible(item, category, status, words, now):
                shown.setdefault(item.category, []).append(Row(item, self._status_text(item, now)))
        groups = [
            Group(key, titles.get(key, key), self._done_of(*progress.get(key, (0, 0))), tuple(rows))
            for key, rows in shown.items()
        ]
        for event in self.started_events:
            rows = [
                Row(i, self._status_text(i, now)) for i in event.items if self._visible(i, category, status, words, now)
            ]
            if rows:
                title = self.tr("Life event: %1").replace("%1", event.title)
                done = self._done_of(event.progress.done, event.progress.total)
                groups.append(Group(event.key, title, done, tuple(rows), event.intro))
        return groups

    def _fill_tree(self) -> None:
        selected = self._pending_key or self.current_key()
        scrolled = self.tree.verticalScrollBar().value()
        self._filling = True
        try:
            same_rows = self.model.set_groups(self._groups())
            self.tree.expandAll()
            for row, group in enumerate(self.model.groups()):
                if group.key in self._collapsed:  # a group the parent closed stays closed
                    self.tree.collapse(self.model.index(row, 0))
            if same_rows:  # a tick or a note: the list stays where it was
                self.tree.verticalScrollBar().setValue(scrolled)
        finally:
            self._filling = False
        self._pending_key = ""
        index = self.model.find(selected) if selected else QModelIndex()
        if index.isValid() and index != self.tree.currentIndex():
            self.tree.setCurrentIndex(index)  # the details follow (currentChanged)
        elif self.details.item != self.model.item(index):  # the shown item changed (a tick, a note) or is gone
            self._show_details(self.model.item(index))

    def _group_opened(self, index: QModelIndex, opened: bool) -> None:
        """The parent opened or closed a group (not the list being filled): remembered for the next fill."""
        groups = self.model.groups()
        if self._filling or index.parent().isValid() or not 0 <= index.row() < len(groups):
            return
        if opened:
            self._collapsed.discard(groups[index.row()].key)
        else:
            self._collapsed.add(groups[index.row()].key)

    def _status_text(self, item: ItemView, now: dt.datetime) -> str:
        if item.retired:
            return self.tr("Retired")
        if item.is_due(now):
            return self.tr("Due for review")
        return state_label(item.state)

    def current_key(self) -> str:
        return str(self.tree.currentIndex().data(KEY_ROLE) or "")

    def current_item(self) -> ItemView | None:
        key = self.current_key()
        return next((i for i in self.all_items() if i.key == key), None)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not self._filling:
            self._show_details(self.model.item(current))

    def _show_details(self, item: ItemView | None) -> None:
        lessons = []
        if item is not None and not item.custom and not is_life_key(item.key):
            lessons = [
                (lesson.key, lesson.title) for lesson in self.services.lessons.lessons_for_item(item.key, self.lang)
            ]
        event = ""
        if item is not None and is_life_key(item.key):
            event = next((e.title for e in self.started_events if e.key == event_of(item.key)), "")
        self.details.show_item(item, lessons, event)

    # Changes -------------------------------------------------------------------------------------------------

    def _toggle(self, key: str) -> None:
        item = next((i for i in self.all_items() if i.key == key), None)
        if item is not None:
            self._set_state_soon(item.key, "todo" if item.state == "done" else "done")

    def _set_state_soon(self, key: str, state: str) -> None:
        """Save once the list's own mouse or key event has returned: saving may refill the model, and Qt is
        still handling an index of it."""
        QTimer.singleShot(0, lambda: self.set_state(key, state))

    def _state_chosen(self, state: str) -> None:
        if self.current_key():
            self.set_state(self.current_key(), state)

    def set_state(self, key: str, state: str) -> None:
        if not self.context.require_parent(self):
            self._pending_key = key
            self._fill_tree()  # puts back the radio button the click changed
            return
        if is_life_key(key):
            self.services.life_events.set_state(self.owner_id(), key, state)
        else:
            self.services.checklist.set_state(self.owner_id(), key, state)
        self.after_change(key)
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(self.tr("Marked done") if state == "done" else self.tr("Saved"), 3000)

    def _save_note_for(self, key: str, note: str) -> None:
        if key:
            if is_life_key(key):
                self.services.life_events.set_note(self.owner_id(), key, note)
            else:
                self.services.checklist.set_note(self.owner_id(), key, note)
            self._load()

    def _note_saved(self, key: str, note: str) -> None:
        """The details pane saves the note as the parent types (in child mode its first key asked for the PIN).
        The list shows nothing of a note: it is not rebuilt; Home and the others refresh."""
        self._save_note_for(key, note)
        self.context.family_changed.disconnect(self._mark_stale)
        try:
            self.context.family_changed.emit()
        finally:
            self.context.family_changed.connect(self._mark_stale)

    def after_change(self, key: str) -> None:
        self._pending_key = key
        self._owner_changed()
        self.context.family_changed.disconnect(self._mark_stale)
        try:
            self.context.family_changed.emit()  # Home and others refresh; this view is already up to date
        finally:
            self.context.family_changed.connect(self._mark_stale)

    def focus_key(self, key: str) -> None:
        """`key` is an item key, optionally preceded by the owner: '<child id or 0>:<item key>'; or 'due': the
        items due for review of the first owner (the family, then each child) who has any."""
        if key == "due":
            self.show_due()
            return
        owner, _sep, item_key = key.rpartition(":")
        if owner:
            self.owner.setCurrentIndex(max(0, self.owner.findData(int(owner) if owner.isdigit() else 0)))
        self.category.setCurrentIndex(0)
        self.status.setCurrentIndex(0)
        self._clear_search()
        self._pending_key = item_key
        self.refresh()
        self.tree.setFocus()

    def show_due(self) -> None:
        owners: list[int | None] = [None] + [c.id for c in self.services.family.children()]
        first = next((o for o in owners if any(i.is_due() for i in self.services.checklist.items(o, self.lang))), None)
        self._fill_owners()
        self.owner.setCurrentIndex(max(0, self.owner.findData(first or 0)))
        self.category.setCurrentIndex(0)
        self.status.setCurrentIndex(max(0, self.status.findData("due")))
        self._clear_search()
        self.refresh()
        self.tree.setFocus()

    def _clear_search(self) -> None:
        """Empty the search box without filling the list for it: the caller fills it once, for the new owner."""
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)

    # Printing ------------------------------------------------------------------------------------------------

    def print_sheet(self) -> None:
        from notalone_desktop.ui.printing import offer_checklist_prints

        offer_checklist_prints(self)
