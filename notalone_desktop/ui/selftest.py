"""`notalone self-test`: open every view offscreen against the data dir, write and read back, exit 0.

The installers' smoke test runs it, so it exercises what a family's first minute would: the database opens
(created or upgraded), every view builds and refreshes, "Get help now" opens, and a write reads back.
"""

from __future__ import annotations

import sys
from pathlib import Path

from notalone_desktop.core.errors import NotAloneError


def run_self_test(data_dir: Path) -> int:
    from PySide6.QtWidgets import QApplication

    from notalone_desktop.services import open_services
    from notalone_desktop.ui.app import acquire_lock, application, build_window
    from notalone_desktop.ui.main_window import VIEWS

    app = application()
    lock = acquire_lock(data_dir)
    services = open_services(data_dir)
    try:
        window = build_window(services, None, first_run=False)
        window.show()
        for name, _module, _cls in VIEWS:
            window.show_view(name)
            QApplication.processEvents()
            if window.current_view() is not window.views[name] or not window.views[name].isVisible():
                raise NotAloneError(f"self-test: the {name} view did not open")
        help_dialog = window.show_help()
        if help_dialog is None:
            raise NotAloneError("self-test: Get help now did not open")
        QApplication.processEvents()
        help_dialog.close()
        marker = "self-test"
        services.settings.set("selftest.last", marker)
        if services.settings.get("selftest.last") != marker:
            raise NotAloneError("self-test: a value written to the database did not read back")
        window.close()
        app.processEvents()
    finally:
        services.close()
        lock.unlock()
    print(f"self-test passed: {len(VIEWS)} views opened, database write and read back OK ({data_dir})")
    sys.stdout.flush()
    return 0
