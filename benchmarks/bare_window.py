"""The floor: a bare PySide6 QMainWindow, started and stopped the way `notalone --quit-when-ready` is."""

import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


class QuitOnPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, QApplication.quit)
        return False


app = QApplication(sys.argv[:1])
window = QMainWindow()
label = QLabel("Not Alone")
window.setCentralWidget(label)
quitter = QuitOnPaint()
label.installEventFilter(quitter)
window.show()
sys.exit(app.exec())
