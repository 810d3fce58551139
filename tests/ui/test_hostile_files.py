"""Hostile files picked in the window (issue 15, row 4): a contacts file that is a symlink to /dev/zero or a FIFO
gets a plain message at once, not a MemoryError or a frozen window, and the contacts stay as they were."""

from __future__ import annotations

import inspect
import os
import re
import threading
import time
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from notalone_desktop.services import vcard
from notalone_desktop.services.vcard import VcardRefused
from notalone_desktop.ui.dialogs.vcard_import import refused_text
from notalone_desktop.ui.views.contacts import ContactsView
from tests.unit.test_safe_read import special_files, unix_only


@unix_only
def test_a_contacts_file_that_is_dev_zero_or_a_fifo_gets_a_message_and_changes_nothing(
    qtbot, context, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    context.services.family.update(country="VN", setup_done=True)
    view = ContactsView(context)
    qtbot.addWidget(view)
    view.show()
    link, fifo = special_files(tmp_path, ".vcf")
    # Qt runs on this thread only: should the open ever block, a writer comes after 10 s and the test fails
    # on the time instead of hanging.
    guard = threading.Timer(10, lambda: os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)))
    guard.start()
    for path in (link, fifo):
        started = time.monotonic()
        box = view.import_file(path)
        assert time.monotonic() - started < 5
        assert isinstance(box, QMessageBox) and box.isVisible()
        assert box.text().startswith("This is not a contacts file but a device, a pipe or a folder.")
        box.button(QMessageBox.StandardButton.Ok).click()
    guard.cancel()
    assert view.services.contacts.contacts() == []


def test_every_reason_to_refuse_a_contacts_file_has_words_of_its_own(qapp) -> None:  # type: ignore[no-untyped-def]
    codes = set(re.findall(r'VcardRefused\(\s*"([a-z-]+)"', inspect.getsource(vcard)))
    assert {"not-a-file", "unreadable", "too-big", "binary"} <= codes
    fallback = refused_text(VcardRefused("no-such-code", ""))
    for code in codes:
        assert refused_text(VcardRefused(code, "", size="3.0", line="2", count="9", limit="5")) != fallback, code
