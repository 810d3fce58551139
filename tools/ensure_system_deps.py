"""Check that Qt's system libraries, the PDF tools and the fonts the tests use are present.

Run by `make run` and `make test`. Says which Debian packages are missing, and installs them when it runs as
root with apt available, so that a fresh machine never fails with a bare ImportError.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

# Shared libraries that PySide6 wheels load but do not bundle, and the Debian package of each.
QT_LIBRARIES = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
}
# Tools the test suite drives for real: pdftotext checks printed sheets.
TOOLS = {"pdftotext": "poppler-utils"}
# Fonts: DejaVu Sans renders offscreen and in PDFs (with Vietnamese glyphs); the layout tests force each of the fonts
# families have (tests/ui/fonts.py): DejaVu Sans, Noto Sans and Liberation Sans (Arial's metrics).
FONTS = {
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf": "fonts-dejavu-core",
    "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf": "fonts-noto-core",
    "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf": "fonts-liberation2",
}
# `--dist`: what building the installers needs besides (the bundle carries Qt's xcb and Wayland plugins, whose
# libraries must be on the build machine, and the metadata is validated). The same list as the CI workflow.
DIST_LIBRARIES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libcups.so.2": "libcups2",
}
DIST_TOOLS = {
    "appstreamcli": "appstream",
    "desktop-file-validate": "desktop-file-utils",
    "dpkg-deb": "dpkg",
    "lintian": "lintian",  # the dist test fails on any lintian tag not overridden with a reason
    "gpg": "gnupg",  # signing SHA256SUMS, and the dist test's throwaway keys
    "minisign": "minisign",
    "man": "man-db",  # the dist test reads the .deb's manual page
    "readelf": "binutils",  # the dist test checks the bundle's glibc versions and RUNPATHs independently
}


def missing_libraries(libraries: dict[str, str]) -> set[str]:
    try:
        out = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True, check=False).stdout
    except OSError:
        return set()
    return {pkg for lib, pkg in libraries.items() if lib not in out}


def missing_fonts() -> set[str]:
    return {package for path, package in FONTS.items() if not os.path.isfile(path)}


def qt_imports() -> str | None:
    code = "from PySide6 import QtWidgets, QtGui, QtCore"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    return None if result.returncode == 0 else result.stderr.strip().splitlines()[-1]


def main() -> int:
    if not sys.platform.startswith("linux"):
        return 0
    dist = "--dist" in sys.argv[1:]
    packages = missing_libraries(QT_LIBRARIES | (DIST_LIBRARIES if dist else {}))
    tools = TOOLS | (DIST_TOOLS if dist else {})
    packages |= {pkg for tool, pkg in tools.items() if shutil.which(tool) is None}
    packages |= missing_fonts()
    if packages:
        names = " ".join(sorted(packages))
        if os.geteuid() == 0 and shutil.which("apt-get"):
            print(f"Installing system packages: {names}", flush=True)
            env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
            subprocess.run(["apt-get", "update", "-qq"], check=False, env=env)
            done = subprocess.run(
                ["apt-get", "install", "-y", "-qq", "--no-install-recommends", *sorted(packages)],
                check=False,
                env=env,
            )
            if done.returncode != 0:
                print(f"error: could not install {names}; install them and run again.", file=sys.stderr)
                return 1
        else:
            print(
                f"error: missing system packages. Install them with: sudo apt-get install {names}",
                file=sys.stderr,
            )
            return 1
    problem = qt_imports()
    if problem:
        print(f"error: Qt does not load ({problem}).", file=sys.stderr)
        print(
            "Install Qt's runtime libraries: sudo apt-get install " + " ".join(sorted(set(QT_LIBRARIES.values()))),
            file=sys.stderr,
        )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
