"""A parent typing into the real window, in a process of its own, for the kill -9 test of "no edit is ever lost":
`python -m tests.ui.typist DATA_DIR FORM TEXT` opens the window over DATA_DIR, types TEXT into FORM (plan-places,
checklist-note, lesson-note) key by key, prints "typed", and goes on running until it is killed."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication


def main(data_dir: str, form: str, text: str) -> None:
    from notalone_desktop.services import open_services
    from notalone_desktop.ui.app import build_window
    from notalone_desktop.ui.application import application

    app = application()
    services = open_services(Path(data_dir))
    window = build_window(services, "en", first_run=False)
    window.resize(1100, 760)
    window.show()
    if form == "plan-places":
        window.show_view("plan")
        field = window.views["plan"].places
    elif form == "checklist-note":
        window.show_view("checklist")
        view = window.views["checklist"]
        window.show_view("checklist", next(i for i in view.all_items() if not i.custom).key)
        field = view.details.note
    elif form == "lesson-note":
        window.show_view("lessons", "online-kidnapping")
        field = window.views["lessons"].lesson.note
    else:
        raise SystemExit(f"unknown form {form}")

    def type_it() -> None:
        field.setFocus()
        QTest.keyClicks(field, text)
        print("typed", flush=True)  # the last key is in; the parent kills this process a second later

    QTimer.singleShot(0, type_it)
    app.exec()
    QApplication.processEvents()


if __name__ == "__main__":
    main(*sys.argv[1:4])
