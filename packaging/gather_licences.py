"""Gather the licences of what a bundle carries from the app's Python: run by build.py with the app's interpreter.

    python packaging/gather_licences.py BUNDLE_CONTENTS_DIR > components.json

Prints a JSON list of components: the Python runtime, PyInstaller's bootloader (the program that starts the bundle),
and every Python distribution the app needs whose modules are in the bundle, read from the installed metadata with
the same code as About -> Licences (`notalone_desktop.ui.dialogs.licences.installed_components`). Qt and PySide6
come with the LGPL-3.0 and GPL-3.0 texts (their wheels carry none) and where to get their source.
"""

from __future__ import annotations

import json
import os
import platform
import sys
import sysconfig
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from notalone_desktop.ui.dialogs.licences import Component, installed_components  # noqa: E402

TEXTS = Path(__file__).resolve().parent / "licences"
QT_DISTRIBUTIONS = {"pyside6-essentials", "pyside6", "shiboken6", "pyside6-addons"}


def qt_source(version: str) -> str:
    series = ".".join(version.split(".")[:2])
    return (
        f"Qt {version} and PySide6 {version} are used under the GNU LGPL 3.0 as shared libraries, which you may "
        "replace with your own builds of the same version. Their complete source code: "
        f"https://download.qt.io/official_releases/qt/{series}/{version}/src/ (Qt) and "
        f"https://download.qt.io/official_releases/QtForPython/pyside6/PySide6-{version}-src/ (PySide6, shiboken6); "
        "also https://code.qt.io/cgit/ . Licences of the third-party code inside Qt (ICU and others): "
        f"https://doc.qt.io/qt-{series.split('.')[0]}/licenses-used-in-qt.html"
    )


def bundled_paths(dist: metadata.Distribution, contents: Path) -> list[str]:
    """The distribution's top-level modules and packages that were bundled (names under the contents folder)."""
    tops = {str(f).split("/", 1)[0] for f in dist.files or [] if not str(f).startswith(("..", "/"))}
    tops = {t.removesuffix(".py") for t in tops if not t.endswith((".dist-info", ".data", "__pycache__"))}
    return sorted(p.name for t in tops for p in contents.glob(f"{t}*") if p.name == t or p.name.startswith(f"{t}."))


def python_runtime() -> Component:
    version = platform.python_version()
    # lib/python3.X/LICENSE.txt on Linux and macOS, LICENSE.txt beside python.exe on Windows.
    places = [Path(sysconfig.get_paths()["stdlib"]) / "LICENSE.txt", Path(sys.base_prefix) / "LICENSE.txt"]
    licence = next((place for place in places if place.is_file()), None)
    if licence is None:
        raise SystemExit(f"gather_licences: Python's LICENSE.txt is in none of {', '.join(map(str, places))}")
    texts = [("LICENSE.txt", licence.read_text(encoding="utf-8"))]
    return Component(
        "Python",
        version,
        "PSF-2.0",
        f"https://www.python.org/downloads/release/python-{version.replace('.', '')}/",
        texts,
    )


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: gather_licences.py BUNDLE_CONTENTS_DIR", file=sys.stderr)
        return 2
    contents = Path(argv[0])
    components = [python_runtime()]
    paths_of: dict[str, list[str]] = {}
    bootloader = next((c for c in installed_components("pyinstaller") if c.name.lower() == "pyinstaller"), None)
    if bootloader is None:
        print("gather_licences: PyInstaller is not installed; its bootloader's licence is missing", file=sys.stderr)
    else:
        bootloader.name = "PyInstaller bootloader"
        bootloader.licence = "GPL-2.0-or-later WITH PyInstaller bootloader exception"
        components.append(bootloader)
    lgpl = (TEXTS / "LGPL-3.0.txt").read_text(encoding="utf-8")
    gpl = (TEXTS / "GPL-3.0.txt").read_text(encoding="utf-8")
    for component in installed_components()[1:]:  # [0] is the app itself: build.py adds it with its licence text
        dist = metadata.distribution(component.name)
        paths = bundled_paths(dist, contents)
        if not paths:
            continue
        if component.name.lower().replace("_", "-") in QT_DISTRIBUTIONS:
            component.source = qt_source(component.version)
            component.texts = [*component.texts, ("LGPL-3.0", lgpl), ("GPL-3.0", gpl)]
        components.append(component)
        paths_of[component.name] = paths
    # ASCII JSON (escaped), so that any console encoding carries it to build.py.
    json.dump([{**c.as_dict(), "paths": paths_of.get(c.name, [])} for c in components], sys.stdout)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
