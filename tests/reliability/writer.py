"""A process that writes to a family's data dir in a loop, for the kill -9 tests.

    python -m tests.reliability.writer checklist DATA_DIR [START]   set checklist states (and add contacts)
    python -m tests.reliability.writer backup DATA_DIR              back up again and again
    python -m tests.reliability.writer export DATA_DIR OUT          export to OUT again and again

Each line is printed only after the work it names was committed (or renamed into place), so that a test which
kills this process at any moment knows what must have survived.
"""

from __future__ import annotations

import sys
from pathlib import Path

PHONE_PREFIXES = ("0912", "0987", "0903")  # three Vietnamese mobile ranges: every contact gets one of each


def phones_for(index: int) -> tuple[str, ...]:
    return tuple(f"{prefix}{index % 1_000_000:06d}" for prefix in PHONE_PREFIXES)


def write_checklist(directory: Path, start: int) -> None:
    from notalone_desktop.services import open_services
    from notalone_desktop.services.contacts import ContactInput

    services = open_services(directory)
    index = start
    while True:
        if index % 5 == 0:
            # One transaction writes the contact and its three numbers: all of them or none.
            services.contacts.add(ContactInput(f"contact-{index}", phones=phones_for(index)))
            print(f"contact contact-{index}", flush=True)
        else:
            services.checklist.set_state(None, f"reliability.k{index}", "done")
            print(f"key reliability.k{index}", flush=True)
        index += 1


def write_backups(directory: Path) -> None:
    from notalone_desktop.services.backups import BackupService
    from notalone_desktop.storage.database import open_database

    backups = BackupService(open_database(directory, create=False))
    while True:
        made = backups.backup_now()
        print(f"backup {made.path.name}", flush=True)


def write_exports(directory: Path, out: Path) -> None:
    from notalone_desktop.services.family_data import export_family
    from notalone_desktop.storage.database import open_database

    database = open_database(directory, create=False)
    while True:
        manifest = export_family(database, out)
        print(f"export {manifest['counts']['checklist_progress']}", flush=True)


def main(argv: list[str]) -> int:
    mode, directory = argv[0], Path(argv[1])
    if mode == "checklist":
        write_checklist(directory, int(argv[2]) if len(argv) > 2 else 0)
    elif mode == "backup":
        write_backups(directory)
    elif mode == "export":
        write_exports(directory, Path(argv[2]))
    else:
        print(f"unknown mode {mode}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
