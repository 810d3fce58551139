"""What a family archive holds, section by section, and the errors and report of moving it in and out."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from notalone_desktop.core.errors import NotAloneError
from notalone_desktop.services.security import SECRET_PREFIX

CUSTOM_PREFIX = "custom."
# Settings that describe this computer or the app's own bookkeeping, not the family: never exported.
LOCAL_SETTING_PREFIXES = (SECRET_PREFIX, "window.", "selftest.")
LOCAL_SETTINGS = frozenset({"lessons.content_hash", "lessons.files_stamp", "reminders.last_notified"})
SECTIONS = (
    "family",
    "children",
    "checklist_progress",
    "custom_items",
    "contacts",
    "helpline_prefs",
    "lesson_progress",
    "scenario_results",
    "settings",
    "safety_plans",
    "plan_contacts",
    "incidents",
    "life_events",
)
COUNTED = SECTIONS[1:]
# Added after the first archives were written: an archive without them is read as if they were empty lists.
OPTIONAL_SECTIONS = frozenset({"safety_plans", "plan_contacts", "incidents", "life_events"})

ProgressCallback = Callable[[int, int], None]
CancelCheck = Callable[[], bool]


class ImportRefused(NotAloneError):
    """The archive cannot be imported; the database was not changed."""


class ExportRefused(NotAloneError):
    """The family cannot be written as an archive that this version would import again; nothing was written."""


class EraseRefused(NotAloneError):
    """Erase cannot run now (the window is open for this data dir)."""


class Cancelled(NotAloneError):
    """The user cancelled; nothing was written."""


def already_holds_family(directory: Path) -> ImportRefused:
    """The refusal of a plain import (not a merge) into a data dir that holds a family."""
    return ImportRefused(
        f"{directory} already holds a family; use --merge to add the archive to it, or import into an empty data folder"
    )


@dataclass(frozen=True)
class ImportReport:
    merged: bool
    added: dict[str, int]  # per section: rows added
    updated: dict[str, int]  # per section: rows replaced by newer ones (merge)
    missing_packs: tuple[str, ...] = ()  # content packs the family used that are not installed here


def is_local_setting(key: str) -> bool:
    return key in LOCAL_SETTINGS or key.startswith(LOCAL_SETTING_PREFIXES)


def custom_id(key: str) -> int:
    """The number in a family's own item's key (`custom.3` -> 3); -1 when there is none."""
    try:
        return int(key.removeprefix(CUSTOM_PREFIX))
    except ValueError:
        return -1
