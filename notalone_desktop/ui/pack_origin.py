"""The small "from <publisher>" note beside content that came from a content pack by a publisher this copy of the
app does not know (a parent installed it after seeing the publisher's name and key): lessons, checklist items
and helplines say where they come from, wherever they are shown. Content from the app itself, or from a
publisher it trusts (the NGO of a branded build, the project), carries no note."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from notalone_desktop.services.content import ContentCatalog
    from notalone_desktop.services.local_content import CountryContent

    Catalog = ContentCatalog | CountryContent


def from_publisher(catalog: Catalog, kind: str, key: str) -> str:
    """ "from <publisher>" for an entry (kinds as in core/content/pack.KINDS; a lesson is "<lang>/<key>", a
    life-event item counts as its event's), or "" when no note is due."""
    if kind == "items" and key.startswith("life."):
        kind, key = "life_events", key.removeprefix("life.").split(".", 1)[0]
    publisher = catalog.from_publisher(kind, key)
    if not publisher:
        return ""
    return QCoreApplication.translate("PackOrigin", "from %1").replace("%1", publisher)


def from_publisher_html(catalog: Catalog, kind: str, key: str) -> str:
    """The note as a line of rich text (`<br/><i>from ...</i>`), or ""."""
    note = from_publisher(catalog, kind, key)
    return f"<br/><i>{html.escape(note)}</i>" if note else ""
