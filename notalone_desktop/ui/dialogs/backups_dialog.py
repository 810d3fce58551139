"""Long work off the GUI thread (export, import, restore): a progress bar, a Cancel button, and the result.

`TaskDialog` runs a function in a QThread. The function gets `progress(done, total)` and `cancelled()`; it
checks `cancelled()` at the points where stopping leaves nothing half done, and returns or raises as usual.
"""

from __future__ import annotations

import gc
import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QThread, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QProgressBar, QVBoxLayout, QWidget

from notalone_desktop.ui.widgets.common import name_buttons, wrapped

log = logging.getLogger(__name__)
Work = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]


class _Worker(QThread):
    progressed = Signal(int, int)

    def __init__(self, work: Work, cancel: threading.Event) -> None:
        super().__init__()
        self._work = work
        self._cancel = cancel
        self.result: Any = None
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self.result = self._work(lambda done, total: self.progressed.emit(done, total), self._cancel.is_set)
        except Exception as exc:  # handed to the GUI thread, which shows it
            self.error = exc


class TaskDialog(QDialog):
    """Runs `work` in a thread while showing `text`, a progress bar and Cancel. After exec(): `result`,
    `error` (an exception or None) and `cancelled`."""

    def __init__(self, title: str, text: str, work: Work, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("taskDialog")
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        self.label = wrapped(text)
        self.bar = QProgressBar()
        self.bar.setObjectName("taskProgress")
        self.bar.setRange(0, 0)  # busy until the first step is reported
        self.bar.setAccessibleName(self.tr("Progress"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        name_buttons(self.buttons)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("taskCancel")
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.buttons.rejected.connect(self.cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.buttons)
        self._cancel = threading.Event()
        self.cancelled = False
        self.result: Any = None
        self.error: BaseException | None = None
        self._worker = _Worker(work, self._cancel)
        self._worker.progressed.connect(self._progressed)
        self._worker.finished.connect(self._finished)

    def exec(self) -> int:
        # Garbage is collected here, on the GUI thread: a collection the worker set off could delete Qt objects
        # (widgets of closed windows) on the wrong thread.
        gc.collect()
        self._worker.start()
        return super().exec()

    def _progressed(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)

    def cancel(self) -> None:
        """Ask the work to stop; the dialog closes once it has (the work decides where stopping is safe)."""
        self.cancelled = True
        self._cancel.set()
        self.cancel_button.setEnabled(False)
        self.label.setText(self.tr("Stopping…"))

    def _finished(self) -> None:
        self.result = self._worker.result
        self.error = self._worker.error
        if self.error is not None and not self.cancelled:
            log.info("background work ended with %s", type(self.error).__name__)
        self.done(QDialog.DialogCode.Rejected if self.cancelled or self.error else QDialog.DialogCode.Accepted)

    def reject(self) -> None:
        # Escape and the window's close button cancel; the dialog stays until the thread has stopped.
        if self._worker.isRunning():
            self.cancel()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._worker.isRunning():
            self.cancel()
            event.ignore()
            return
        super().closeEvent(event)


def run_task(title: str, text: str, work: Work, parent: QWidget | None = None) -> TaskDialog:
    """Run `work` with a progress dialog and wait for it; the finished dialog tells how it went."""
    dialog = TaskDialog(title, text, work, parent)
    dialog.exec()
    dialog._worker.wait()
    return dialog
