"""Where installed content packs live: outside every family's data dir (they are the app's content, shared by
the families of a user, and survive upgrades), in the user's own folder and in a machine-wide one.

- the user's: $NOTALONE_PACKS_DIR, else the platform's user data folder of `notalone-packs`
  (`~/.local/share/notalone-packs` on Linux, `%LOCALAPPDATA%\\notalone-packs` on Windows,
  `~/Library/Application Support/notalone-packs` on macOS). Not `notalone-desktop/packs`: that folder is the
  default data dir of a family, whose export and erase must not take the packs along.
- every user's: $NOTALONE_SYSTEM_PACKS_DIR, else the platform's shared data folder
  (`/usr/local/share/notalone-desktop/packs`, `C:\\ProgramData\\notalone-desktop\\packs`,
  `/Library/Application Support/notalone-desktop/packs`), filled by an NGO's deployment and read-only to users.
"""

from __future__ import annotations

import os
from pathlib import Path

from notalone_desktop import APP_ID

PACKS_DIR_ENV = "NOTALONE_PACKS_DIR"
SYSTEM_PACKS_DIR_ENV = "NOTALONE_SYSTEM_PACKS_DIR"
USER_FOLDER_NAME = "notalone-packs"
TRUST_FILE = "trusted-keys"  # extra public keys to trust, one per line (packaging/README.md)
USER, SYSTEM = "user", "system"


def user_packs_dir() -> Path:
    explicit = os.environ.get(PACKS_DIR_ENV)
    if explicit:
        return Path(explicit).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir(USER_FOLDER_NAME, appauthor=False))


def system_packs_dir() -> Path:
    explicit = os.environ.get(SYSTEM_PACKS_DIR_ENV)
    if explicit:
        return Path(explicit).expanduser()
    import platformdirs

    return Path(platformdirs.site_data_dir(APP_ID, appauthor=False)) / "packs"


def packs_dir(scope: str) -> Path:
    return system_packs_dir() if scope == SYSTEM else user_packs_dir()


def any_installed() -> bool:
    """Whether either pack folder holds a pack (a folder not starting with '.'): a start without packs reads no
    more than that, and imports nothing else of services/packs/."""
    for directory in (system_packs_dir(), user_packs_dir()):
        try:
            with os.scandir(directory) as entries:
                if any(entry.name[0] != "." and entry.is_dir() for entry in entries):
                    return True
        except OSError:  # no such folder: nothing was ever installed there
            continue
    return False
