"""The portable Linux archive (.tar.gz): the bundle plus what a family or an NGO needs beside it.

notalone-<version>/
    notalone, _internal/      the program
    README.txt                how to run it, and the system libraries it needs on Debian/Ubuntu/Fedora
    LICENCES.txt              every licence
    notalone.desktop          the menu entry (install-user.sh fills in the path)
    icons/hicolor/...         the icon at every size, and icons/notalone.svg
    install-user.sh           puts it into ~/.local (no root): program, menu entry, icon, ~/.local/bin link
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from buildlib.archives import write_tar_gz
from buildlib.common import DESKTOP_FILE, ICON_SVG, LINUX, PACKAGE, Build

INSTALL_USER = LINUX / "install-user.sh"
# The system libraries the bundle links to (found by the build), by the Fedora package that provides each; Debian's
# names come from dpkg on the build machine. Not listed here: shown by soname, so nothing is silently left out.
FEDORA_PACKAGES = {
    "libEGL.so.1": "libglvnd-egl",
    "libGL.so.1": "libglvnd-glx",
    "libOpenGL.so.0": "libglvnd-opengl",
    "libfontconfig.so.1": "fontconfig",
    "libfreetype.so.6": "freetype",
    "libdbus-1.so.3": "dbus-libs",
    "libxcb.so.1": "libxcb",
    "libwayland-client.so.0": "libwayland-client",
    "libwayland-cursor.so.0": "libwayland-cursor",
    "libcups.so.2": "cups-libs",
    "libX11.so.6": "libX11",
    "libxkbcommon.so.0": "libxkbcommon",
}


def readme(build: Build, depends: list[str], libraries: list[str], glibc: str | None) -> str:
    debian = " ".join(d.split(" ")[0] for d in depends)
    sonames = sorted(
        {
            Path(library).name
            for library in libraries
            if not Path(library).name.startswith(("libc.", "libm.", "libpthread", "libdl", "librt", "ld-linux"))
        }
    )
    fedora = " ".join(sorted({FEDORA_PACKAGES.get(name, name) for name in sonames}))
    top = f"{PACKAGE}-{build.version}"
    return f"""Not Alone {build.version}: portable version for Linux ({os.uname().machine})

Not Alone helps parents keep their children safe online: safety checklists for each child, the family's
trusted contacts and the country's helplines, lessons and scam-scenario games. It works offline and never
opens a network connection.

RUN IT
    Unpack the archive anywhere and start the program:
        tar xzf {top}-linux-{os.uname().machine}.tar.gz
        ./{top}/notalone
    Or install it for yourself (no administrator rights; a menu entry and the `notalone` command):
        ./{top}/install-user.sh             puts it in ~/.local/opt/notalone
        ~/.local/opt/notalone/install-user.sh --uninstall   removes the program again
    Check that it works without opening a window:
        ./{top}/notalone self-test

THE FAMILY'S DATA
    is kept in ~/.local/share/notalone-desktop (or the folder given with --data-dir). Removing the program,
    or running install-user.sh --uninstall, never removes it; `notalone erase --yes` does.

WHAT IT NEEDS FROM THE SYSTEM
    glibc {glibc or "(as on the build machine)"} or newer, and these libraries (most desktops have them already):
    Debian, Ubuntu:  sudo apt-get install {debian}
    Fedora:          sudo dnf install {fedora}
    Libraries by name: {", ".join(sonames)}
    Everything else, Python and Qt included, is inside this folder.

LICENCES
    Not Alone is free software under the Apache License 2.0. LICENCES.txt has the licence of every part that
    comes with it; Qt and PySide6 are used under the GNU LGPL 3.0 and can be replaced (_internal/PySide6/).

CHECK THAT THIS ARCHIVE IS THE REAL ONE
    Put it in one folder with SHA256SUMS (and SHA256SUMS.asc or SHA256SUMS.minisig) from the release, then:
        sha256sum -c SHA256SUMS --ignore-missing
        gpg --verify SHA256SUMS.asc SHA256SUMS      (or: minisign -Vm SHA256SUMS -p notalone.pub)
"""


def stage(build: Build, bundle: Path, icons: Path, depends: list[str], libraries: list[str], glibc: str | None) -> Path:
    """The archive's tree in build/<target>/portable/, the bundle hard-linked (no second copy on disk)."""
    root = build.work / "portable" / f"{PACKAGE}-{build.version}"
    if root.parent.exists():
        shutil.rmtree(root.parent)
    shutil.copytree(bundle, root, symlinks=True, copy_function=os.link)
    (root / "README.txt").write_text(readme(build, depends, libraries, glibc), encoding="utf-8")
    shutil.copy2(DESKTOP_FILE, root / "notalone.desktop")
    shutil.copytree(icons / "hicolor", root / "icons" / "hicolor")
    shutil.copy2(ICON_SVG, root / "icons" / "notalone.svg")
    shutil.copy2(INSTALL_USER, root / "install-user.sh")
    (root / "install-user.sh").chmod(0o755)
    return root


def build_tar_gz(build: Build, root: Path, out: Path) -> Path:
    return write_tar_gz(root, out, root.name, build.epoch)
