"""What the packaging tests share: the app's version and the .deb that `make dist` made (NOTALONE_DEB picks another)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def app_version() -> str:
    text = (REPO / "notalone_desktop" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE)
    assert match
    return match.group(1)


def newest_deb() -> Path | None:
    """The .deb that `make dist` made last: dist/ for a plain build, dist/<profile>/ for a branded one."""
    found = list((REPO / "dist").rglob(f"notalone*_{app_version()}-*_*.deb"))
    return max(found, key=lambda path: path.stat().st_mtime) if found else None


@pytest.fixture(scope="module")
def deb() -> Path:
    if os.environ.get("NOTALONE_DEB"):
        return Path(os.environ["NOTALONE_DEB"])
    found = newest_deb()
    if found is None:
        subprocess.run([sys.executable, str(REPO / "packaging" / "build.py"), "--no-bare"], cwd=REPO, check=True)
        found = newest_deb()
    assert found is not None, "packaging/build.py made no .deb"
    return found
