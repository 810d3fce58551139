"""A short list as tall as its rows: a page with two children or three backups shows no empty box below them."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QTreeView


def fit_to_rows(view: QAbstractItemView, rows: int, fewest: int = 2, most: int = 8) -> None:
    """Make `view` exactly as tall as `rows` rows (at least `fewest`, at most `most`: then it scrolls)."""
    shown = min(max(rows, fewest), most)
    row = view.sizeHintForRow(0) if rows else -1
    if row <= 0:
        row = view.fontMetrics().height() + 6
    header = 0
    if isinstance(view, QTreeView) and not view.isHeaderHidden():
        header = view.header().sizeHint().height()
    view.setFixedHeight(shown * row + header + 2 * view.frameWidth() + 2)
