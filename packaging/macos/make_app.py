"""Turn the PyInstaller one-folder bundle into "Not Alone.app" and put it in a .dmg (macOS: hdiutil).

Used by `packaging/build.py --target macos`, which makes the bundle and the .icns first; it can also be run by
hand on a Mac:

    python packaging/macos/make_app.py build/macos/bundle/notalone build/macos/icons/notalone.icns 0.1.0 dist

The .app is not signed with a developer identity nor notarised (PyInstaller signs each binary ad hoc, which is
enough to run on Apple silicon): Gatekeeper asks the user to confirm the first start (right-click, Open). An NGO
that distributes widely should sign and notarise (codesign --deep --options runtime, xcrun notarytool).
"""

from __future__ import annotations

import os
import plistlib
import shutil
import subprocess
import sys
from pathlib import Path

APP_NAME = "Not Alone"
BUNDLE_ID = "org.notalone.desktop"  # the same id as the AppStream metadata
EXECUTABLE = "notalone"
LANGUAGES = ["en", "vi", "id", "de"]


def info_plist(version: str) -> dict[str, object]:
    return {
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
        "LSMinimumSystemVersion": "11.0",  # what PySide6 6.x wheels support
        "NSHighResolutionCapable": True,
        "NSHumanReadableCopyright": "Not Alone desktop developers, Apache-2.0",
    }


def make_app(bundle: Path, icns: Path, version: str, work: Path, epoch: int | None = None) -> Path:
    """`work`/Not Alone.app: the bundle's program and _internal/ in Contents/MacOS, icon and Info.plist beside."""
    app = work / f"{APP_NAME}.app"
    if app.exists():
        shutil.rmtree(app)
    contents = app / "Contents"
    # PyInstaller's program finds _internal/ next to itself, so the folder moves in whole.
    shutil.copytree(bundle, contents / "MacOS", symlinks=True)
    (contents / "Resources").mkdir(parents=True)
    shutil.copy2(icns, contents / "Resources" / "notalone.icns")
    with (contents / "Info.plist").open("wb") as handle:
        plistlib.dump(info_plist(version), handle, sort_keys=True)
    (contents / "PkgInfo").write_bytes(b"APPL????")
    if epoch is not None:
        for path in [app, *app.rglob("*")]:
            os.utime(path, (epoch, epoch), follow_symlinks=False)
    return app


def make_dmg(app: Path, dmg: Path) -> Path:
    """A compressed disk image with the app and a link to /Applications to drag it onto."""
    staging = app.parent / "dmg"
    if staging.exists():
        shutil.rmtree(staging)
    staging.mkdir(parents=True)
    shutil.copytree(app, staging / app.name, symlinks=True)
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
    app = make_app(bundle, icns, version, out)
    print(make_dmg(app, out / f"{EXECUTABLE}-{version}-macos.dmg"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
