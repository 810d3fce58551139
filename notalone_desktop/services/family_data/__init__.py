"""The family's data as a whole: it leaves (export), comes back (import), or goes (erase), never only half of it.

`FamilyDataService` is the one door for the window and the command line, and it owns their shared rules: an
archive is checked whole before anything is written, and a family that is already here is backed up before an
import adds to it. The parts: sections.py (what an archive holds), export.py, schema.py (the checks),
importer.py, erase.py.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path
from typing import Any

from notalone_desktop.services.backups import BackupService
from notalone_desktop.services.family_data.erase import erase_family, leftover_names, window_is_open
from notalone_desktop.services.family_data.export import export_family, family_document, manifest_for
from notalone_desktop.services.family_data.importer import holds_family, import_checked, import_family
from notalone_desktop.services.family_data.schema import load_archive
from notalone_desktop.services.family_data.sections import (
    CancelCheck,
    Cancelled,
    EraseRefused,
    ExportRefused,
    ImportRefused,
    ImportReport,
    ProgressCallback,
    already_holds_family,
)
from notalone_desktop.storage.database import Database

__all__ = [
    "Cancelled",
    "EraseRefused",
    "ExportRefused",
    "FamilyDataService",
    "ImportRefused",
    "ImportReport",
    "erase_family",
    "export_family",
    "family_document",
    "import_family",
    "leftover_names",
    "load_archive",
    "manifest_for",
    "refuse_while_window_open",
    "window_is_open",
]
log = logging.getLogger(__name__)
BACKUP_KIND = "before-import"


def refuse_while_window_open(directory: Path) -> None:
    """ImportRefused while a window of another process has `directory` open, as erase is refused: the window
    would go on showing, and saving over, a family that is no longer the one on disk. The window's own import
    (Settings) is its own process, and passes."""
    if window_is_open(directory):
        raise ImportRefused(
            f"Not Alone is open for {directory}; close the window first (or import from its Settings, Family data)"
        )


class FamilyDataService:
    def __init__(self, database: Database, backups: BackupService) -> None:
        self._db = database
        self._backups = backups

    @property
    def directory(self) -> Path:
        return self._db.directory

    def holds_family(self) -> bool:
        """Whether a family is here already: an import then adds to it (merge) after a backup."""
        with self._db.session() as session:
            return holds_family(session)

    def export(
        self, out: Path, progress: ProgressCallback | None = None, cancelled: CancelCheck | None = None
    ) -> dict[str, Any]:
        """Write the family's archive to `out` (whole or not at all); returns the manifest."""
        return export_family(self._db, out, progress, cancelled)

    def import_archive(
        self,
        path: Path,
        merge: bool,
        progress: ProgressCallback | None = None,
        cancelled: CancelCheck | None = None,
    ) -> ImportReport:
        """Check the archive, back up a family that is already here (the one rule for window and command line),
        then add the archive in one transaction. ImportRefused, with nothing changed, for a bad archive, for a
        plain import into a data dir that holds a family, or while another process's window has it open."""
        refuse_while_window_open(self.directory)
        data = load_archive(path)  # a bad archive is refused before anything, a backup included, is written
        if self.holds_family():
            if not merge:
                raise already_holds_family(self.directory)
            self._backups.backup_now(BACKUP_KIND)
        report = import_checked(self._db, data, merge, progress, cancelled)
        from notalone_desktop.services.packs.family import missing_packs

        return replace(report, missing_packs=tuple(missing_packs(data.get("packs", []))))

    def close(self) -> None:
        """Close the database (for a command that opened it alone: services/data_dir.py)."""
        self._db.close()

    def erase(self) -> list[str]:
        """Close the database and remove everything of the family from this computer; what was removed, one line
        each. After this the services are closed: the window quits."""
        self._db.close()
        return erase_family(self.directory)
