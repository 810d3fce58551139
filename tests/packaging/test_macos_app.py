"""The macOS .app, checked on Linux: packaging/macos/make_app.py turns a fake one-folder bundle into "Not Alone.app",
and the tree and Info.plist are checked against what PyInstaller 6 needs to start it and what code signing needs.

PyInstaller's bootloader, started from `<x>.app/Contents/MacOS/`, looks for its contents in `Contents/Frameworks`
(bootloader/src/pyi_main.c); codesign wants only code in Contents/MacOS and Contents/Frameworks, data in
Contents/Resources, and no dots in folder names under Contents/Frameworks except .framework bundles
(PyInstaller/building/osx.py). On the macOS runner, NOTALONE_APP names the real .app to check the same way.
"""

from __future__ import annotations

import os
import plistlib
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "packaging" / "macos"))
pytest.importorskip("PyInstaller", reason="make_app.py places files with PyInstaller's own rules (make dist)")
import make_app  # noqa: E402

MACHO = b"\xcf\xfa\xed\xfe" + b"\0" * 60  # a 64-bit Mach-O header: what the layout is decided on


def fake_bundle(root: Path) -> Path:
    """A one-folder bundle shaped like ours: program, _internal/ with libraries, modules, data and Qt plugins."""
    bundle = root / "notalone"
    internal = bundle / "_internal"
    files = {
        "Python": MACHO,
        "libssl.3.dylib": MACHO,
        "PySide6/QtCore.abi3.so": MACHO,
        "PySide6/Qt/lib/QtCore.framework/Versions/A/QtCore": MACHO,
        "PySide6/Qt/lib/QtCore.framework/Versions/A/Resources/Info.plist": b"<plist/>",
        "PySide6/Qt/plugins/platforms/libqcocoa.dylib": MACHO,
        "PySide6/Qt/translations/qtbase_de.qm": b"qm",
        "python3.11/lib-dynload/_sqlite3.cpython-311-darwin.so": MACHO,
        "notalone_desktop/__init__.pyc": b"pyc",
        "notalone_desktop/cli.pyc": b"pyc",
        "notalone_desktop/resources/helplines/VN.toml": b"[country]\n",
        "notalone_desktop/translations/notalone_vi.qm": b"qm",
        "notalone_desktop/licences/licences.json": b"{}",
        "keyring-25.7.0.dist-info/METADATA": b"Name: keyring\n",
        "cryptography/hazmat/bindings/_rust.abi3.so": MACHO,
        "cryptography/__init__.pyc": b"pyc",
    }
    for name, content in files.items():
        (internal / name).parent.mkdir(parents=True, exist_ok=True)
        (internal / name).write_bytes(content)
    (internal / "PySide6" / "Qt" / "lib" / "QtCore.framework" / "QtCore").symlink_to("Versions/A/QtCore")
    (bundle / "notalone").write_bytes(MACHO)
    (bundle / "notalone").chmod(0o755)
    (bundle / "LICENCES.txt").write_text("licences\n")
    return bundle


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path | None]:
    """The real .app on a Mac (NOTALONE_APP), else one made here from the fake bundle."""
    if os.environ.get("NOTALONE_APP"):
        return Path(os.environ["NOTALONE_APP"]), None
    root = tmp_path_factory.mktemp("macos")
    bundle = fake_bundle(root)
    icns = root / "notalone.icns"
    icns.write_bytes(b"icns")
    minimum = make_app.minimum_macos(
        ["cp311-abi3-macosx_13_0_arm64", "cp37-abi3-macosx_10_9_universal2", "macosx-11.0-arm64"]
    )
    built = make_app.make_app(
        bundle, icns, "0.1.0", root / "out", 1_700_000_000, minimum=minimum, architectures=["arm64"]
    )
    return built, bundle


def is_macho(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(4) in make_app.MACHO_MAGIC


def test_the_program_is_alone_in_contents_macos_where_the_bootloader_expects_it(app: tuple[Path, Path | None]) -> None:
    bundle_app, _ = app
    plist = plistlib.loads((bundle_app / "Contents" / "Info.plist").read_bytes())
    macos = bundle_app / "Contents" / "MacOS"
    assert [p.name for p in macos.iterdir()] == [plist["CFBundleExecutable"]]
    program = macos / plist["CFBundleExecutable"]
    assert os.access(program, os.X_OK) and not program.is_symlink()
    # pyi_main.c: the executable's folder ends in ".app/Contents/MacOS" -> the contents are in Contents/Frameworks.
    assert str(program.parent).endswith(".app/Contents/MacOS")
    assert (bundle_app / "Contents" / "Frameworks").is_dir()


def test_everything_of_the_bundle_is_found_through_contents_frameworks(app: tuple[Path, Path | None]) -> None:
    bundle_app, bundle = app
    frameworks = bundle_app / "Contents" / "Frameworks"
    if bundle is None:  # the real .app: the paths the app itself opens at run time
        for needed in ("notalone_desktop/resources/helplines/VN.toml", "notalone_desktop/licences/licences.json"):
            assert (frameworks / needed).is_file(), needed
        return
    for path in (bundle / "_internal").rglob("*"):
        if path.is_file():
            reached = frameworks / path.relative_to(bundle / "_internal")
            assert reached.is_file(), reached
            assert reached.read_bytes() == path.read_bytes()
    assert (bundle_app / "Contents" / "Resources" / "LICENCES.txt").read_text() == "licences\n"


def test_code_and_data_are_where_code_signing_wants_them(app: tuple[Path, Path | None]) -> None:
    bundle_app, _ = app
    contents = bundle_app / "Contents"
    for path in contents.rglob("*"):
        if path.is_symlink():
            target = (path.parent / os.readlink(path)).resolve()
            assert not Path(os.readlink(path)).is_absolute(), path
            assert target.is_relative_to(bundle_app.resolve()), path
            continue
        if not path.is_file():
            if path.is_dir() and path.is_relative_to(contents / "Frameworks") and ".framework" not in str(path):
                assert "." not in path.name, f"a folder with a dot in Contents/Frameworks: {path}"
            continue
        place = path.relative_to(contents).parts[0]
        if place in ("MacOS", "Frameworks"):
            assert is_macho(path) or ".framework/" in str(path), f"data among the code: {path}"
        elif place == "Resources" and path.name != "notalone.icns":
            assert not is_macho(path), f"code among the data: {path}"


def test_info_plist_states_the_real_minimum_system_and_architecture(app: tuple[Path, Path | None]) -> None:
    bundle_app, bundle = app
    plist = plistlib.loads((bundle_app / "Contents" / "Info.plist").read_bytes())
    assert plist["CFBundleIdentifier"] == "org.notalone.desktop"
    assert plist["CFBundlePackageType"] == "APPL"
    assert isinstance(plist["CFBundleShortVersionString"], str)  # a number here crashes the app (PyInstaller #4466)
    assert (bundle_app / "Contents" / "Resources" / plist["CFBundleIconFile"]).is_file()
    assert plist["LSBackgroundOnly"] is False  # a normal app: Dock icon and menu bar
    assert plist["NSHighResolutionCapable"] is True
    assert set(plist["CFBundleLocalizations"]) == {"en", "vi", "id", "de"}
    if bundle is not None:  # the fake bundle's wheels: PySide6 6.11 exists for macOS 13 and later only
        assert plist["LSMinimumSystemVersion"] == "13.0"
        assert plist["LSArchitecturePriority"] == ["arm64"]
    else:
        major = int(plist["LSMinimumSystemVersion"].split(".")[0])
        assert major >= 13
        assert plist["LSArchitecturePriority"] == [os.uname().machine]


def test_the_minimum_is_the_newest_of_the_wheels(tmp_path: Path) -> None:
    assert make_app.minimum_macos(["cp311-cp311-macosx_10_9_x86_64", "py3-none-any"]) == "10.9"
    assert make_app.minimum_macos(["macosx_11_0_arm64", "macosx_14_2_arm64", "macosx_13_0_universal2"]) == "14.2"
    assert make_app.minimum_macos(["py3-none-any"]) == make_app.DEFAULT_MINIMUM
