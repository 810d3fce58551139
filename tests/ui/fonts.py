"""The fonts families have, forced explicitly for the layout tests: DejaVu Sans (Debian's default), Noto Sans (most
Linux desktops) and Liberation Sans (metric-compatible with Arial, as on Windows). The result of a layout test must
not depend on which fonts the machine happens to have; a missing font fails with the package to install."""

from __future__ import annotations

import os
from pathlib import Path

# key: (family, Debian package, the regular and bold files under the font folders)
FONTS = {
    "dejavu": ("DejaVu Sans", "fonts-dejavu-core", ("dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf")),
    "noto": ("Noto Sans", "fonts-noto-core", ("noto/NotoSans-Regular.ttf", "noto/NotoSans-Bold.ttf")),
    "liberation": (
        "Liberation Sans",
        "fonts-liberation2",
        ("liberation2/LiberationSans-Regular.ttf", "liberation2/LiberationSans-Bold.ttf"),
    ),
}
FONT_ROOTS = ("/usr/share/fonts/truetype",)
EXTRA_ROOTS_ENV = "NOTALONE_TEST_FONT_DIRS"  # more folders laid out like /usr/share/fonts/truetype, ':'-separated


class FontMissing(RuntimeError):
    pass


def font_files(key: str) -> list[Path]:
    """The files of font `key`; FontMissing naming the package when one is not on this machine."""
    family, package, names = FONTS[key]
    roots = [Path(r) for r in os.environ.get(EXTRA_ROOTS_ENV, "").split(os.pathsep) if r] + [
        Path(r) for r in FONT_ROOTS
    ]
    found = []
    for name in names:
        path = next((root / name for root in roots if (root / name).is_file()), None)
        if path is None:
            raise FontMissing(
                f"the layout tests need {family} ({name}): install the Debian package {package} "
                f"(`make sysdeps` does it as root; otherwise `sudo apt-get install {package}`)"
            )
        found.append(path)
    return found


def force_font(key: str, point_size: float = 9.0) -> str:
    """Load font `key` into the application and make it the application's font; returns its family."""
    from PySide6.QtGui import QFont, QFontDatabase
    from PySide6.QtWidgets import QApplication

    family = FONTS[key][0]
    for path in font_files(key):
        if QFontDatabase.addApplicationFont(str(path)) < 0:
            raise FontMissing(f"Qt could not load {path}")
    font = QFont(family)
    font.setPointSizeF(point_size)
    QApplication.setFont(font)
    if QFont(family).exactMatch() is False and family not in QFontDatabase.families():
        raise FontMissing(f"{family} is not known to Qt after loading its files")
    return family
