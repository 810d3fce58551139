"""Where the family's data, backups, logs and the shipped content live."""

from __future__ import annotations

import os
from pathlib import Path

from notalone_desktop import APP_ID

DATA_DIR_ENV = "NOTALONE_DATA_DIR"
DATABASE_NAME = "notalone.sqlite3"
_PACKAGE_DIR = Path(__file__).resolve().parent


def default_data_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_ID, appauthor=False))


def data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The data dir: --data-dir, else NOTALONE_DATA_DIR, else the platform's user data dir."""
    if explicit:
        return Path(explicit).expanduser().resolve()
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env).expanduser().resolve()
    return default_data_dir()


def database_path(directory: Path) -> Path:
    return directory / DATABASE_NAME


def backups_dir(directory: Path) -> Path:
    return directory / "backups"


def log_dir(directory: Path) -> Path:
    # Logs sit beside the data they describe, so erasing a family's data dir leaves nothing behind.
    return directory / "logs"


def resources_dir() -> Path:
    """Shipped content: inside the package when installed from a wheel, beside it in a source checkout."""
    installed = _PACKAGE_DIR / "resources"
    if installed.is_dir():
        return installed
    return _PACKAGE_DIR.parent / "resources"


def translations_dir() -> Path:
    return _PACKAGE_DIR / "translations"


def ensure_private_dir(directory: Path) -> None:
    """Create the data dir readable by the user only (0700), whatever the umask."""
    directory.mkdir(parents=True, exist_ok=True)
    os.chmod(directory, 0o700)
