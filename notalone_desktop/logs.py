"""Logging to a rotating file in the data dir. Never log personal data: names, numbers, PINs, code words."""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

from notalone_desktop.paths import log_dir


def setup_logging(data_dir: Path, verbose: bool = False) -> None:
    """Log to <data dir>/logs/notalone.log (1 MB x 3). Kept beside the data so that erase removes it too."""
    root = logging.getLogger()
    if any(getattr(h, "_notalone", False) for h in root.handlers):
        return
    directory = log_dir(data_dir)
    try:
        directory.mkdir(parents=True, exist_ok=True)
        os.chmod(directory, 0o700)
        path = directory / "notalone.log"
        if not path.exists():
            os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        handler = logging.NullHandler()  # a read-only data dir must not stop the app; the UI says why
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler._notalone = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
