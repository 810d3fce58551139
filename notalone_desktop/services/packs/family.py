"""The content packs a family's data refers to: listed in the family archive (export), so that an import on
another computer can say which packs are missing there. The family's progress on a missing pack's items and
lessons is imported all the same (it is kept by key) and counts again once the pack is installed."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from notalone_desktop.services.packs.installed import InstalledPack, usable_packs


def packs_used(document: Mapping[str, Any], packs: Sequence[InstalledPack] | None = None) -> list[dict[str, Any]]:
    """The installed packs whose entries the family's data names (progress on an item, a lesson read, a helpline
    pinned, a game played, a life event started), or whose language the family reads, as the archive lists
    them."""
    items = {row["item_key"] for row in document.get("checklist_progress", [])}
    lessons = {row["lesson_key"] for row in document.get("lesson_progress", [])}
    lines = {row["line_key"] for row in document.get("helpline_prefs", [])}
    scenarios = {row["scenario_key"] for row in document.get("scenario_results", [])}
    events = {row["event_key"] for row in document.get("life_events", [])}
    language = document.get("family", {}).get("language", "")
    used = []
    for pack in usable_packs() if packs is None else packs:
        listing = pack.manifest.listing()
        pack_lessons = {key.split("/", 1)[-1] for key in listing["lessons"]}
        if (
            listing["items"] & items
            or pack_lessons & lessons
            or listing["helplines"] & lines
            or listing["scenarios"] & scenarios
            or listing["life_events"] & events
            or language in pack.manifest.new_languages
        ):
            used.append(
                {
                    "id": pack.pack_id,
                    "version": pack.version,
                    "publisher": pack.publisher,
                    "fingerprint": pack.fingerprint,
                    "title": pack.manifest.title.get("en"),
                }
            )
    return used


def missing_packs(listed: Sequence[Mapping[str, Any]], packs: Sequence[InstalledPack] | None = None) -> list[str]:
    """The packs an archive lists that are not installed here (or only in an older version), one description
    each: "'th-basics' (Thai: emergency help), version 2, by Example NGO"."""
    installed = {pack.pack_id: pack.version for pack in (usable_packs() if packs is None else packs)}
    return [
        f"'{entry['id']}' ({entry['title']}), version {entry['version']}, by {entry['publisher']}"
        for entry in listed
        if installed.get(entry["id"], 0) < entry["version"]
    ]
