"""The checklist as a Qt item model: groups (a category, or a started life-event checklist) of items, in two
columns: the item with its tick box, and its status. The view decides which items to show (owner, filters,
search) and hands the model the groups; switching child, filter or search word, or a tick, resets the model in
one step, which costs a few milliseconds for 300 items where a list of widgets took tens.

Every cell has a text of its own (the status column of a group shows its progress), which is what screen readers
read for the cell.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import cast

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QModelRoleData,
    QModelRoleDataSpan,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from notalone_desktop.services.checklist import ItemView
from notalone_desktop.ui.plain_text import tooltip

KEY_ROLE = Qt.ItemDataRole.UserRole  # the item's key (both columns), or "" for a group
ITEM, STATUS = 0, 1
Index = QModelIndex | QPersistentModelIndex
# Worked out once: the view asks for flags and data hundreds of times per fill, and enum arithmetic is slow.
GROUP_FLAGS = Qt.ItemFlag.ItemIsEnabled  # a group's row is a heading: it cannot be chosen or ticked
# An item never has rows under it: saying so spares the view asking each of them how many it has.
STATUS_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
ITEM_FLAGS = STATUS_FLAGS | Qt.ItemFlag.ItemIsUserCheckable
DISPLAY, ACCESSIBLE, KEY = int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.AccessibleTextRole), int(KEY_ROLE)
CHECK, TOOLTIP, FONT = (
    int(Qt.ItemDataRole.CheckStateRole),
    int(Qt.ItemDataRole.ToolTipRole),
    int(Qt.ItemDataRole.FontRole),
)
ANSWERED_ROLES = frozenset({DISPLAY, ACCESSIBLE, KEY, CHECK, TOOLTIP, FONT})


@dataclass(frozen=True)
class Row:
    item: ItemView
    status: str  # the status column's text ("Done", "Due for review", "Retired"...)


@dataclass(frozen=True)
class Group:
    key: str  # the category's key, or the life event's
    title: str
    status: str  # the group's progress, in words
    rows: tuple[Row, ...]
    tooltip: str = ""
    shape: tuple[str, ...] = field(init=False)  # the items' keys: two groups with one shape show the same rows

    def __post_init__(self) -> None:
        object.__setattr__(self, "shape", (self.key, *(row.item.key for row in self.rows)))


class ChecklistModel(QAbstractItemModel):
    # The tick box of an item was clicked (or Space pressed on it): (item key, ticked). The model changes nothing
    # itself: the view saves the state (asking for the PIN in child mode), then hands the model the new rows.
    tick_requested = Signal(str, bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._groups: tuple[Group, ...] = ()
        self._headers = ("", "")
        self._group_font = QFont()
        self._group_font.setBold(True)
        self._quiet_font = QFont()  # not applicable, or retired
        self._quiet_font.setItalic(True)

    # What to show ----------------------------------------------------------------------------------------------

    def set_groups(self, groups: list[Group]) -> bool:
        """Show `groups`, in one reset. True when the rows are the same as before (only texts or ticks changed),
        so that the view can keep its scroll position. (One reset costs less than telling the view, group by
        group, which rows changed: it re-measures each range it is told about.)"""
        same = [g.shape for g in groups] == [g.shape for g in self._groups]
        self.beginResetModel()
        self._groups = tuple(groups)
        self.endResetModel()
        return same

    def set_headers(self, item: str, status: str) -> None:
        self._headers = (item, status)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, ITEM, STATUS)

    def groups(self) -> tuple[Group, ...]:
        return self._groups

    def find(self, key: str) -> QModelIndex:
        """The item `key`'s index in the first column, or an invalid index when it is not shown."""
        for group_row, group in enumerate(self._groups):
            for row, shown in enumerate(group.rows):
                if shown.item.key == key:
                    return self.index(row, ITEM, self.index(group_row, ITEM))
        return QModelIndex()

    def item(self, index: Index) -> ItemView | None:
        found = self._row(index)
        return found.item if found is not None else None

    # QAbstractItemModel ----------------------------------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        # Checked here rather than with hasIndex(), which calls back into rowCount() and columnCount(): the view
        # asks for every row's index when it lays the list out.
        if not 0 <= column < 2 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0) if row < len(self._groups) else QModelIndex()
        if parent.internalId() != 0 or row >= len(self._groups[parent.row()].rows):
            return QModelIndex()
        # The internal id says where a row is: 0 for a group, 1 + its group's row for an item.
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, ITEM, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == 0 and parent.column() == ITEM:
            return len(self._groups[parent.row()].rows)
        return 0

    def columnCount(self, _parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 2

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == 0:
            return GROUP_FLAGS
        return ITEM_FLAGS if index.column() == ITEM else STATUS_FLAGS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role not in ANSWERED_ROLES or not index.isValid():
            return None
        return self._cell(index).get(role)

    def multiData(self, index: Index, roleDataSpan: QModelRoleDataSpan | QModelRoleData) -> None:
        """Every role the view asks for a cell, in one call: a view paints a cell with seven roles, and one call
        from Qt into Python costs more than working all of them out."""
        cell = self._cell(index) if index.isValid() else {}
        # PySide's span is a sequence (len and []), which its type stubs do not say.
        span = (
            [roleDataSpan] if isinstance(roleDataSpan, QModelRoleData) else cast(Sequence[QModelRoleData], roleDataSpan)
        )
        for n in range(len(span)):
            role_data = span[n]
            role_data.setData(cell.get(role_data.role()))

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        row = self._row(index)
        if row is None or role != Qt.ItemDataRole.CheckStateRole or index.column() != ITEM:
            return False
        ticked = Qt.CheckState(value) == Qt.CheckState.Checked
        self.tick_requested.emit(row.item.key, ticked)
        return False  # shown ticked once it is saved: the view hands the model the new rows

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 2:
            return self._headers[section]
        return None

    # Helpers ---------------------------------------------------------------------------------------------------

    def _row(self, index: Index) -> Row | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        group = self._groups[index.internalId() - 1]
        return group.rows[index.row()] if index.row() < len(group.rows) else None

    def _cell(self, index: Index) -> dict[int, object]:
        """The roles this model answers for one cell, and their values."""
        column = index.column()
        if index.internalId() == 0:
            group = self._groups[index.row()]
            text = group.title if column == ITEM else group.status
            cell: dict[int, object] = {DISPLAY: text, ACCESSIBLE: text, KEY: "", FONT: self._group_font}
            if column == ITEM and group.tooltip:
                cell[TOOLTIP] = tooltip(group.tooltip)
            return cell
        row = self._row(index)
        if row is None:
            return {}
        item = row.item
        text = item.title if column == ITEM else row.status
        cell = {DISPLAY: text, ACCESSIBLE: text, KEY: item.key}
        if column == ITEM:
            cell[CHECK] = Qt.CheckState.Checked if item.state == "done" else Qt.CheckState.Unchecked
            if item.why:
                cell[TOOLTIP] = tooltip(item.why)  # an own item's details are as typed, never markup
            if item.state == "na" or item.retired:
                cell[FONT] = self._quiet_font
        return cell
