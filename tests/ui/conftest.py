"""Fixtures of the window tests."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices


class UrlReceiver(QObject):
    """Stands in for the system's phone and browser apps: records the URLs it is handed."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def receive(self, url: QUrl) -> None:
        self.urls.append(url.toString())


@pytest.fixture
def receiver(qapp):  # type: ignore[no-untyped-def]
    handler = UrlReceiver()
    # Registered for https too, so that no test can ever start a real browser.
    for scheme in ("tel", "https", "http"):
        QDesktopServices.setUrlHandler(scheme, handler, "receive")
    yield handler
    for scheme in ("tel", "https", "http"):
        QDesktopServices.unsetUrlHandler(scheme)
