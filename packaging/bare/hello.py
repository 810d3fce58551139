"""The size baseline: a bare PySide6 "hello window", bundled with exactly the app's spec options.

`build.py` bundles it next to the app and writes both sizes to dist/sizes.json; the difference is what the app
itself (its code, content, SQLAlchemy, Alembic, phonenumbers, print support) adds. `--version` and `--quit`
let the build check that the bundle starts without showing anything.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel


def main() -> int:
    if "--version" in sys.argv:
        print("hello 1")
        return 0
    app = QApplication(sys.argv)
    label = QLabel("Hello")
    label.setWindowTitle("Hello")
    label.show()
    if "--quit" in sys.argv:
        QTimer.singleShot(0, app.quit)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
