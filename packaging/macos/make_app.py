"""Turn the PyInstaller one-folder bundle into "Not Alone.app" laid out as PyInstaller 6 lays out an .app, and put
it in a .dmg (macOS: hdiutil).

PyInstaller 6's bootloader, when its program sits in `<name>.app/Contents/MacOS`, looks for everything else in
`Contents/Frameworks` (bootloader/src/pyi_main.c), and code signing wants code in Contents/MacOS and
Contents/Frameworks and data in Contents/Resources. So the program goes to Contents/MacOS and the contents folder
(`_internal/`) is spread over Contents/Frameworks (libraries, extension modules) and Contents/Resources (data),
cross-linked, by PyInstaller's own rules: `PyInstaller.building.osx.BUNDLE._process_bundle_toc`, the function its
BUNDLE step uses (dots in folder names of Contents/Frameworks become `__dot__`, with a link of the old name).
tests/packaging/test_macos_app.py builds this tree on Linux from a fake bundle and checks it against those rules.

Used by `packaging/build.py --target macos`; by hand on a Mac:

    python packaging/macos/make_app.py build/macos/bundle/notalone build/macos/icons/notalone.icns 0.1.0 dist

Not signed with a developer identity nor notarised: the .app is signed ad hoc (codesign -s -), which is enough to
run on Apple silicon; Gatekeeper asks the user to confirm the first start (right-click, Open). An NGO that
distributes widely should sign and notarise (codesign --deep --options runtime, xcrun notarytool).
"""

from __future__ import annotations

import os
import platform
import plistlib
import re
import shutil
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

APP_NAME = "Not Alone"
BUNDLE_ID = "org.notalone.desktop"  # the same id as the AppStream metadata
EXECUTABLE = "notalone"
LANGUAGES = ["en", "vi", "id", "de"]
# Used when no wheel says otherwise: PySide6-Essentials 6.11 publishes only macosx_13_0 wheels.
DEFAULT_MINIMUM = "13.0"
MACHO_MAGIC = {b"\xfe\xed\xfa\xce", b"\xce\xfa\xed\xfe", b"\xfe\xed\xfa\xcf", b"\xcf\xfa\xed\xfe", b"\xca\xfe\xba\xbe"}
BINARY_MAGIC = MACHO_MAGIC | {b"\x7fELF"}  # ELF too: the layout test runs on Linux with a Linux bundle
MACOS_TAG = re.compile(r"macosx[_-](\d+)[_.](\d+)")


def minimum_macos(tags: Iterable[str], fallback: str = DEFAULT_MINIMUM) -> str:
    """The newest macOS version any of the bundled wheels' tags (or Python's own platform) was built for."""
    versions = [(int(m.group(1)), int(m.group(2))) for tag in tags if (m := MACOS_TAG.search(tag))]
    if not versions:
        return fallback
    major, minor = max(versions)
    return f"{major}.{minor}"


def installed_tags(python: Path) -> list[str]:
    """The wheel tags of every distribution installed in the app's Python, and that Python's own platform."""
    code = (
        "import sysconfig, importlib.metadata as m\n"
        "print(sysconfig.get_platform())\n"
        "for d in m.distributions():\n"
        "    w = d.read_text('WHEEL') or ''\n"
        "    print('\\n'.join(l[5:].strip() for l in w.splitlines() if l.startswith('Tag:')))\n"
    )
    return subprocess.run([str(python), "-c", code], capture_output=True, text=True, check=True).stdout.split()


def info_plist(version: str, minimum: str, architectures: list[str], organisation: str = "") -> dict[str, object]:
    plist: dict[str, object] = {
        "CFBundleName": APP_NAME,
        "CFBundleDisplayName": APP_NAME,
        "CFBundleIdentifier": BUNDLE_ID,
        "CFBundleExecutable": EXECUTABLE,
        "CFBundleIconFile": "notalone.icns",
        "CFBundlePackageType": "APPL",
        "CFBundleShortVersionString": version,
        "CFBundleVersion": version,
        "CFBundleInfoDictionaryVersion": "6.0",
        "CFBundleDevelopmentRegion": "en",
        # Lets macOS show the app's (and Qt's) texts in the user's language when it is one of these.
        "CFBundleLocalizations": LANGUAGES,
        "LSApplicationCategoryType": "public.app-category.education",
        "LSMinimumSystemVersion": minimum,
        "LSArchitecturePriority": architectures,
        # A normal app with a Dock icon and a menu bar (PyInstaller's BUNDLE would set True for console programs).
        "LSBackgroundOnly": False,
        "NSHighResolutionCapable": True,
        "NSPrincipalClass": "NSApplication",
        "NSHumanReadableCopyright": "Not Alone desktop developers, Apache-2.0",
    }
    if organisation:
        plist["NSHumanReadableCopyright"] = f"Not Alone desktop developers, Apache-2.0. Prepared by {organisation}."
    return plist


def _typecode(path: Path, program: Path) -> str:
    if path.is_symlink():
        return "SYMLINK"
    if path == program:
        return "EXECUTABLE"
    with path.open("rb") as handle:
        return "BINARY" if handle.read(4) in BINARY_MAGIC else "DATA"


def onedir_toc(bundle: Path, program: str = EXECUTABLE) -> list[tuple[str, str, str]]:
    """The one-folder bundle as a PyInstaller TOC (destination relative to the contents folder, source, type)."""
    contents = bundle / "_internal"
    toc = [(program, str(bundle / program), "EXECUTABLE")]
    for path in sorted(contents.rglob("*")):
        if path.is_dir() and not path.is_symlink():
            continue
        kind = _typecode(path, bundle / program)
        source = os.readlink(path) if kind == "SYMLINK" else str(path)
        toc.append((path.relative_to(contents).as_posix(), source, kind))
    for path in sorted(bundle.iterdir()):  # files beside the program (LICENCES.txt) are data of the app too
        if path.name not in (program, "_internal") and path.is_file():
            toc.append((path.name, str(path), "DATA"))
    return toc


def bundle_toc(toc: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """PyInstaller's own BUNDLE placement of a TOC: Contents/MacOS, Contents/Frameworks, Contents/Resources."""
    from PyInstaller.building.osx import BUNDLE

    return list(BUNDLE._process_bundle_toc(BUNDLE.__new__(BUNDLE), toc))


def make_app(
    bundle: Path,
    icns: Path,
    version: str,
    work: Path,
    epoch: int | None = None,
    *,
    minimum: str = DEFAULT_MINIMUM,
    architectures: list[str] | None = None,
    organisation: str = "",
) -> Path:
    """`work`/Not Alone.app from the one-folder bundle, with Info.plist, PkgInfo and the icon."""
    app = work / f"{APP_NAME}.app"
    if app.exists():
        shutil.rmtree(app)
    for folder in ("MacOS", "Frameworks", "Resources"):
        (app / "Contents" / folder).mkdir(parents=True)
    for dest, source, kind in bundle_toc(onedir_toc(bundle)):
        target = app / dest
        target.parent.mkdir(parents=True, exist_ok=True)
        if kind == "SYMLINK":
            target.symlink_to(source)
        else:
            shutil.copy2(source, target)
            if kind in ("BINARY", "EXTENSION", "EXECUTABLE"):
                target.chmod(0o755)
    shutil.copy2(icns, app / "Contents" / "Resources" / "notalone.icns")
    plist = info_plist(version, minimum, architectures or [platform.machine() or "arm64"], organisation)
    with (app / "Contents" / "Info.plist").open("wb") as handle:
        plistlib.dump(plist, handle, sort_keys=True)
    (app / "Contents" / "PkgInfo").write_bytes(b"APPL????")
    if epoch is not None:
        for path in [app, *app.rglob("*")]:
            os.utime(path, (epoch, epoch), follow_symlinks=False)
    if shutil.which("codesign"):  # moving files keeps each binary's own signature; the bundle needs its own
        subprocess.run(["codesign", "--force", "--deep", "--sign", "-", str(app)], check=True)
    return app


def make_dmg(app: Path, dmg: Path) -> Path:
    """A compressed disk image with the app and a link to /Applications to drag it onto."""
    staging = app.parent / "dmg"
    if staging.exists():
        shutil.rmtree(staging)
    staging.mkdir(parents=True)
    shutil.copytree(app, staging / app.name, symlinks=True)
    licences = app / "Contents" / "Resources" / "LICENCES.txt"
    if licences.is_file():
        shutil.copy2(licences, staging / "LICENCES.txt")
    (staging / "Applications").symlink_to("/Applications")
    dmg.unlink(missing_ok=True)
    subprocess.run(
        ["hdiutil", "create", "-volname", APP_NAME, "-srcfolder", str(staging), "-fs", "HFS+",
         "-format", "UDZO", "-imagekey", "zlib-level=9", "-ov", str(dmg)],
        check=True,
    )  # fmt: skip
    return dmg


def main(argv: list[str]) -> int:
    if len(argv) != 4:
        print("usage: make_app.py BUNDLE_DIR ICON.icns VERSION OUT_DIR", file=sys.stderr)
        return 2
    bundle, icns, version, out = Path(argv[0]), Path(argv[1]), argv[2], Path(argv[3])
    minimum = minimum_macos(installed_tags(Path(sys.executable)))
    app = make_app(bundle, icns, version, out, minimum=minimum)
    print(make_dmg(app, out / f"{EXECUTABLE}-{version}-macos-{platform.machine()}.dmg"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
