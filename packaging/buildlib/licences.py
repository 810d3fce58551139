"""The licences every package carries: Not Alone's, Python's, PyInstaller's bootloader's, Qt's and PySide6's
(LGPL-3.0 and GPL-3.0 texts and where their source is), each bundled Python library's and, on Linux, each system
library copied from the build machine (its Debian copyright file).

Written into the bundle twice: `LICENCES.txt` beside the program (people read it; the .deb, the .tar.gz, the Windows
installer and the .app carry it) and `_internal/notalone_desktop/licences/licences.json` (About -> Licences reads it).
"""

from __future__ import annotations

import ast
import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

from buildlib.common import APP_NAME, HOMEPAGE, LICENSE, PACKAGING, Build, BuildError, run, say

TEXTS = PACKAGING / "licences"
LICENCES_TXT = "LICENCES.txt"


def contents_dir(bundle: Path) -> Path:
    """PyInstaller 6 keeps everything but the program in _internal/ (the contents directory)."""
    return bundle / "_internal"


def shipped_json(bundle: Path) -> Path:
    return contents_dir(bundle) / "notalone_desktop" / "licences" / "licences.json"


def collected_binaries(toc: Path) -> list[tuple[str, str]]:
    """(destination, source) of every binary PyInstaller's COLLECT step copied (its TOC file is a Python literal)."""
    if not toc.is_file():
        return []
    entries = ast.literal_eval(toc.read_text(encoding="utf-8"))[0]
    return [(dest, src) for dest, src, kind in entries if kind in ("BINARY", "EXTENSION") and src]


def debian_components(binaries: list[tuple[str, str]], python_prefix: str) -> list[dict[str, Any]]:
    """The Debian packages whose libraries were bundled (not Python's own modules, not the wheels' libraries), each
    with its /usr/share/doc/<package>/copyright text."""
    if shutil.which("dpkg-query") is None:
        return []
    by_package: dict[str, list[str]] = {}  # package -> destinations in the bundle
    for dest, src in binaries:
        if "site-packages" in src or src.startswith(python_prefix):
            continue
        real = str(Path(src).resolve())
        for candidate in dict.fromkeys([src, real, real.replace("/usr/lib/", "/lib/", 1)]):
            found = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True, check=False)
            if found.returncode == 0:
                package = found.stdout.split(":")[0].split(",")[0].strip()
                by_package.setdefault(package, []).append(dest)
                break
    components = []
    for package, files in sorted(by_package.items()):
        version = run(["dpkg-query", "-W", "-f", "${Version}", package], capture=True).strip()
        copyright_file = Path("/usr/share/doc") / package / "copyright"
        text = copyright_file.read_text(encoding="utf-8", errors="replace") if copyright_file.is_file() else ""
        components.append(
            {
                "name": package,
                "version": version,
                "licence": _debian_licences(text),
                "source": f"Debian's source package: apt-get source {package}={version}",
                "files": files,
                "texts": [{"file": f"/usr/share/doc/{package}/copyright", "text": text}] if text else [],
            }
        )
    return components


def _debian_licences(copyright_text: str) -> str:
    """The licence names a machine-readable Debian copyright file declares, in order of appearance."""
    names: list[str] = []
    for line in copyright_text.splitlines():
        if line.startswith("License:"):
            name = line.removeprefix("License:").strip()
            if name and name not in names:
                names.append(name)
    return ", ".join(names[:6])


def app_component(build: Build) -> dict[str, Any]:
    return {
        "name": APP_NAME,
        "version": build.version,
        "licence": LICENSE,
        "source": HOMEPAGE,
        "texts": [{"file": "Apache-2.0", "text": (TEXTS / "Apache-2.0.txt").read_text(encoding="utf-8")}],
    }


def gather(build: Build, bundle: Path, toc: Path) -> list[dict[str, Any]]:
    """Every component, the app first; written into the bundle as licences.json and LICENCES.txt."""
    out = run([build.python, PACKAGING / "gather_licences.py", contents_dir(bundle)], capture=True)
    python_components = json.loads(out)
    prefix = run([build.python, "-c", "import sys; print(sys.base_prefix)"], capture=True).strip()
    system = debian_components(collected_binaries(toc), prefix) if build.target == "linux" else []
    components = [app_component(build), *python_components, *system]
    names = [c["name"] for c in components]
    for required in ("Python", "PySide6_Essentials", "shiboken6"):
        if not any(n.lower() == required.lower() for n in names):
            raise BuildError(f"the licence of {required} was not found; the packages would ship without it")
    target = shipped_json(bundle)
    target.parent.mkdir(parents=True, exist_ok=True)
    document = {"format": 1, "app": APP_NAME, "version": build.version, "components": components}
    if build.signing:
        document["signing"] = build.signing
    target.write_text(json.dumps(document, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (bundle / LICENCES_TXT).write_text(render_text(components), encoding="utf-8")
    say(f"licences: {len(components)} components ({len(system)} system libraries)")
    return components


def render_text(components: list[dict[str, Any]]) -> str:
    lines = [
        f"{APP_NAME}: licences of the program and of everything that comes with it",
        "",
        f"{APP_NAME} is free software under the Apache License 2.0. It is shipped together with the components",
        "below, each under its own licence. Qt and PySide6 are used under the GNU Lesser General Public License 3.0",
        "as shared libraries (the files under _internal/PySide6/), which you may replace with your own builds.",
        "",
        "Components:",
        *(f"  - {c['name']} {c['version']}: {c['licence']}" for c in components),
        "",
    ]
    for component in components:
        lines += ["=" * 100, f"{component['name']} {component['version']}", f"Licence: {component['licence']}"]
        if component["source"]:
            lines.append(f"Source: {component['source']}")
        for text in component["texts"]:
            lines += ["", f"----- {text['file']} -----", "", text["text"].rstrip()]
        lines.append("")
    return "\n".join(lines) + "\n"
