"""Floors for the benchmark's measures inside one process: what the same work costs with nothing of the app in it.

A floor is measured alternately with the app's figure in the same run, so that their ratio says what the app adds
and moves little when the machine is busy (the guard in make test compares these ratios).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QTreeView

from notalone_desktop.services.lessons import fts_query


class BareItemView:
    """Qt's own model and view (QStandardItemModel, filled beforehand, in a QTreeView of a window of its own, as
    tall as the checklist's) showing the same groups and rows: one switch is setModel, expandAll and the paint."""

    def __init__(self, count: int, groups: Any) -> None:
        self.view = QTreeView()
        self.view.setUniformRowHeights(True)
        self.view.resize(700, 600)
        self.view.show()
        self.models = [self._model(groups, n) for n in range(count)]
        self.turn = 0

    def _model(self, groups: Any, shift: int) -> QStandardItemModel:
        model = QStandardItemModel(0, 2)
        for group in groups:
            heading = QStandardItem(group.title)
            rows = []
            for n, shown in enumerate(group.rows):
                item = QStandardItem(shown.item.title)
                item.setCheckable(True)
                item.setCheckState(Qt.CheckState.Checked if (n + shift) % 3 == 0 else Qt.CheckState.Unchecked)
                rows.append([item, QStandardItem(shown.status)])
            for pair in rows:
                heading.appendRow(pair)
            model.appendRow([heading, QStandardItem(group.status)])
        return model

    def switch(self) -> None:
        self.turn = (self.turn + 1) % len(self.models)
        self.view.setModel(self.models[self.turn])
        self.view.expandAll()
        QApplication.processEvents()


class UnrankedSearch:
    """SQLite's full-text index giving the first 20 matches of the same query with their snippets, unranked: what
    showing any 20 results costs."""

    def __init__(self, path: Path) -> None:
        self.connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)

    def search(self, query: str) -> list[Any]:
        match = fts_query(query)
        return self.connection.execute(
            "SELECT rowid, snippet(lesson_fts, 1, '[', ']', '…', 16) FROM lesson_fts WHERE lesson_fts MATCH ? LIMIT 20",
            (match,),
        ).fetchall()

    def close(self) -> None:
        self.connection.close()
