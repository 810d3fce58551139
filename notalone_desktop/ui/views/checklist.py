"""The checklist: each child's (and the family's) safety actions, grouped by category, with progress bars.

Keyboard: arrows move between items, Space ticks an item done (or back to do); the details pane on the right
shows why and how, the state, a note, and the review date. Life-event checklists (a first phone, moving away...)
that the family started show as groups of their own after the categories, each with its own progress bar.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
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
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from notalone_desktop.core.content.life_events import event_of, is_life_key
from notalone_desktop.services.checklist import ItemView, progress_of
from notalone_desktop.services.life_events import StartedEvent
from notalone_desktop.ui.context import AppContext
from notalone_desktop.ui.labels import band_label, state_label
from notalone_desktop.ui.views.base import View
from notalone_desktop.ui.views.checklist_edits import LIFE, ChecklistEdits
from notalone_desktop.ui.widgets.checklist_details import ChecklistDetails
from notalone_desktop.ui.widgets.common import clear_layout, heading, progress_bar, wrapped

KEY_ROLE = Qt.ItemDataRole.UserRole
STATUS_FILTERS = ("all", "todo", "done", "na", "due")


class ItemTree(QTreeWidget):
    """The list of items; Space toggles done, like a checkbox list."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and self.currentItem() is not None:
            self.itemActivated.emit(self.currentItem(), 0)
            return
        super().keyPressEvent(event)


class ChecklistView(View):
    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.heading = heading(1)
        self.owner = QComboBox()
        self.owner.setObjectName("owner")
        self.category = QComboBox()
        self.category.setObjectName("categoryFilter")
        self.status = QComboBox()
        self.status.setObjectName("statusFilter")
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.add_button = QPushButton()
        self.add_button.setObjectName("addCustom")
        self.print_button = QPushButton()
        self.print_button.setObjectName("printChecklist")
        self.life_button = QPushButton()
        self.life_button.setObjectName("startLifeEvent")
        self.owner_label, self.category_label, self.status_label = QLabel(), QLabel(), QLabel()
        self.owner_label.setBuddy(self.owner)
        self.category_label.setBuddy(self.category)
        self.status_label.setBuddy(self.status)
        filters = QHBoxLayout()
        for label, widget in (
            (self.owner_label, self.owner),
            (self.category_label, self.category),
            (self.status_label, self.status),
        ):
            filters.addWidget(label)
            filters.addWidget(widget)
        filters.addWidget(self.search, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.heading, 1)
        actions.addWidget(self.add_button)
        actions.addWidget(self.print_button)

        self.progress_label = QLabel()
        self.owner_bar = progress_bar()
        self.owner_bar.setObjectName("ownerProgress")
        self.category_grid = QGridLayout()
        self.category_grid.setHorizontalSpacing(12)
        self.category_bars: dict[str, tuple[QLabel, object]] = {}
        progress_box = QVBoxLayout()
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress_label)
        progress_row.addWidget(self.owner_bar, 1)
        progress_box.addLayout(progress_row)
        progress_box.addLayout(self.category_grid)
        # One bar per life-event checklist started for this child (or the family).
        self.life_grid = QGridLayout()
        self.life_grid.setHorizontalSpacing(12)
        progress_box.addLayout(self.life_grid)
        self.life_hint = wrapped()
        self.life_hint.setObjectName("lifeEventHint")
        life_row = QHBoxLayout()
        life_row.addWidget(self.life_hint, 1)
        life_row.addWidget(self.life_button, 0, Qt.AlignmentFlag.AlignRight)
        progress_box.addLayout(life_row)

        self.tree = ItemTree()
        self.tree.setObjectName("items")
        self.tree.setColumnCount(2)
        self.tree.setUniformRowHeights(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(False)
        self.details = ChecklistDetails()
        splitter = QSplitter()
        splitter.addWidget(self.tree)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(actions)
        layout.addLayout(filters)
        layout.addLayout(progress_box)
        layout.addWidget(splitter, 1)

        self.owner.activated.connect(lambda _i: self.refresh())
        self.category.activated.connect(lambda _i: self._fill_tree())
        self.status.activated.connect(lambda _i: self._fill_tree())
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(150)
        self._search_timer.timeout.connect(self._fill_tree)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.tree.currentItemChanged.connect(self._current_changed)
        self.tree.itemChanged.connect(self._check_changed)
        self.tree.itemActivated.connect(self._toggle)
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
        self.tree.setHeaderLabels([self.tr("Item"), self.tr("Status")])
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
        self.details.retranslate()
        if not self._stale:
            self.refresh()

    # Data ----------------------------------------------------------------------------------------------------

    def owner_id(self) -> int | None:
        data = self.owner.currentData()
        return int(data) if data else None

    def refresh(self) -> None:
        self._fill_owners()
        self._fill_categories()
        self._load()
        self._fill_progress()
        self._fill_tree()

    def _load(self) -> None:
        """The owner's age-band items and, apart, the life-event checklists started for them."""
        owner = self.owner_id()
        # Life-event progress lives beside the checklist's; its items show under their own events, not as retired.
        self._items = [i for i in self.services.checklist.items(owner, self.lang) if not is_life_key(i.key)]
        self.started_events = self.services.life_events.started(owner, self.lang)

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
        self.owner_bar.setFormat(
            self.tr("%1 of %2 done").replace("%1", str(progress.done)).replace("%2", str(progress.total))
        )
        clear_layout(self.category_grid)
        categories = [c for c in self.services.content.checklists.categories if c.key in progress.by_category]
        for index, category in enumerate(categories):
            done, total = progress.by_category[category.key]
            label = QLabel(category.title.get(self.lang))
            label.setWordWrap(True)  # long category names wrap instead of running into their bar
            bar = progress_bar()
            bar.setMinimumWidth(110)
            bar.setValue(round(100 * done / total) if total else 0)
            bar.setFormat(f"{done} / {total}")
            bar.setMaximumHeight(16)
            bar.setAccessibleName(self.tr("Progress in %1").replace("%1", category.title.get(self.lang)))
            row, column = divmod(index, 2)
            self.category_grid.addWidget(label, row, column * 2)
            self.category_grid.addWidget(bar, row, column * 2 + 1)
        self._fill_life_progress()

    def _fill_life_progress(self) -> None:
        clear_layout(self.life_grid)
        self.life_hint.setVisible(not self.started_events)
        for index, event in enumerate(self.started_events):
            progress = event.progress
            label = QLabel(self.tr("Life event: %1").replace("%1", event.title))
            label.setWordWrap(True)
            bar = progress_bar()
            bar.setObjectName(f"lifeProgress_{event.key}")
            bar.setMinimumWidth(110)
            bar.setValue(progress.percent)
            bar.setFormat(f"{progress.done} / {progress.total}")
            bar.setMaximumHeight(16)
            bar.setAccessibleName(self.tr("Progress in %1").replace("%1", event.title))
            row, column = divmod(index, 2)
            self.life_grid.addWidget(label, row, column * 2)
            self.life_grid.addWidget(bar, row, column * 2 + 1)

    def _visible(self, item: ItemView) -> bool:
        category = self.category.currentData() or ""
        status = self.status.currentData() or "all"
        if category == LIFE:
            if not is_life_key(item.key):
                return False
        elif category and item.category != category:
            return False
        if status == "due" and not item.is_due():
            return False
        if status not in ("all", "due") and item.state != status:
            return False
        words = self.search.text().casefold().split()
        haystack = f"{item.title} {item.why} {item.note} {' '.join(item.steps)}".casefold()
        return all(word in haystack for word in words)

    def _fill_tree(self) -> None:
        selected = self._pending_key or self.current_key()
        self._filling = True
        self.tree.clear()
        categories = {c.key: c for c in self.services.content.checklists.categories}
        groups: dict[str, QTreeWidgetItem] = {}
        select: QTreeWidgetItem | None = None
        for item in self._items:
            if not self._visible(item):
                continue
            group = groups.get(item.category)
            if group is None:
                category = categories.get(item.category)
                group = QTreeWidgetItem([category.title.get(self.lang) if category else item.category, ""])
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                self.tree.addTopLevelItem(group)
                groups[item.category] = group
            row = self._row(item)
            group.addChild(row)
            if item.key == selected:
                select = row
        for event in self.started_events:
            visible = [item for item in event.items if self._visible(item)]
            if not visible:
                continue
            progress = event.progress
            done = self.tr("%1 of %2 done").replace("%1", str(progress.done)).replace("%2", str(progress.total))
            group = QTreeWidgetItem([self.tr("Life event: %1").replace("%1", event.title), done])
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            group.setToolTip(0, event.intro)
            self.tree.addTopLevelItem(group)
            for item in visible:
                row = self._row(item)
                group.addChild(row)
                if item.key == selected:
                    select = row
        self.tree.expandAll()
        self._filling = False
        self._pending_key = ""
        if select is not None:
            self.tree.setCurrentItem(select)
        else:
            self.details.show_item(None, [])

    def _row(self, item: ItemView) -> QTreeWidgetItem:
        row = QTreeWidgetItem([item.title, self._status_text(item)])
        row.setData(0, KEY_ROLE, item.key)
        row.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
        row.setCheckState(0, Qt.CheckState.Checked if item.state == "done" else Qt.CheckState.Unchecked)
        row.setToolTip(0, item.why)
        if item.state == "na" or item.retired:
            font = row.font(0)
            font.setItalic(True)
            row.setFont(0, font)
        return row

    def _status_text(self, item: ItemView) -> str:
        if item.retired:
            return self.tr("Retired")
        if item.is_due():
            return self.tr("Due for review")
        return state_label(item.state)

    def current_key(self) -> str:
        current = self.tree.currentItem()
        return str(current.data(0, KEY_ROLE) or "") if current else ""

    def current_item(self) -> ItemView | None:
        key = self.current_key()
        return next((i for i in self.all_items() if i.key == key), None)

    def _current_changed(self, current: QTreeWidgetItem | None, previous: QTreeWidgetItem | None) -> None:
        if self._filling:
            return
        if previous is not None and self.details.has_unsaved_note() and self.context.require_parent(self):
            # Moving away keeps what the parent typed: the note is saved, not dropped.
            self._save_note_for(str(previous.data(0, KEY_ROLE) or ""), self.details.note.toPlainText())
        item = self.current_item()
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

    def _check_changed(self, row: QTreeWidgetItem, column: int) -> None:
        if self._filling or column != 0 or not row.data(0, KEY_ROLE):
            return
        state = "done" if row.checkState(0) == Qt.CheckState.Checked else "todo"
        self._set_state_soon(str(row.data(0, KEY_ROLE)), state)

    def _toggle(self, row: QTreeWidgetItem, _column: int) -> None:
        key = row.data(0, KEY_ROLE)
        item = next((i for i in self.all_items() if i.key == key), None)
        if item is not None:
            self._set_state_soon(item.key, "todo" if item.state == "done" else "done")

    def _set_state_soon(self, key: str, state: str) -> None:
        """Save once the tree's own mouse or key event has returned: saving rebuilds the tree, and deleting the
        item that Qt is still handling would crash."""
        QTimer.singleShot(0, lambda: self.set_state(key, state))

    def _state_chosen(self, state: str) -> None:
        if self.current_key():
            self.set_state(self.current_key(), state)

    def set_state(self, key: str, state: str) -> None:
        if not self.context.require_parent(self):
            self._pending_key = key
            self._fill_tree()  # puts back the tick or radio button the click changed
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

    def _note_saved(self, note: str) -> None:
        if not self.context.require_parent(self):
            return
        self._save_note_for(self.current_key(), note)
        self.after_change(self.current_key())

    def after_change(self, key: str) -> None:
        self._pending_key = key
        self._load()
        self._fill_progress()
        self._fill_tree()
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
        self.search.clear()
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
        self.search.clear()
        self.refresh()
        self.tree.setFocus()

    # Printing ------------------------------------------------------------------------------------------------

    def print_sheet(self) -> None:
        from notalone_desktop.ui.printing import offer_checklist_prints

        offer_checklist_prints(self)
