"""The Qt bindings the app runs on must not leak references to None.

PySide6 6.12.0 on Python 3.11 dropped a reference to None on every QTreeWidget.currentItem() or
QTreeWidgetItem.data() call that returned it; after a few thousand clicks in the checklist the app crashed
("deallocating None"). pyproject.toml keeps that release out; this test fails if a release with the fault returns.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QTreeWidget, QTreeWidgetItem


def test_calls_that_return_none_keep_none_alive(qapp) -> None:  # type: ignore[no-untyped-def]
    tree = QTreeWidget()
    group = QTreeWidgetItem(["group"])
    tree.addTopLevelItem(group)
    combo = QComboBox()
    combo.addItem("nothing", None)
    calls = {
        "QTreeWidget.currentItem": tree.currentItem,
        "QTreeWidgetItem.data": lambda: group.data(0, Qt.ItemDataRole.UserRole),
        "QTreeWidgetItem.parent": group.parent,
        "QComboBox.currentData": combo.currentData,
    }
    for name, call in calls.items():
        before = sys.getrefcount(None)
        for _ in range(200):
            assert call() is None
        assert sys.getrefcount(None) >= before - 5, f"{name} drops references to None"
