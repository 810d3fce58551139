"""Smoke test of the .deb as a family gets it: unpack it into a scratch root, run the installed program, remove it
again, and check that the family's data survived untouched.

Slow (it needs a built .deb, and builds one if dist/ has none), so it runs only with NOTALONE_DIST_TEST=1:
`make dist-test`. NOTALONE_DEB=path picks the package to test.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
pytestmark = [
    pytest.mark.skipif(os.environ.get("NOTALONE_DIST_TEST") != "1", reason="slow: run with NOTALONE_DIST_TEST=1"),
    pytest.mark.skipif(not sys.platform.startswith("linux") or shutil.which("dpkg-deb") is None, reason="needs dpkg"),
]
HICOLOR_SIZES = (16, 32, 48, 64, 128, 256)


def app_version() -> str:
    text = (REPO / "notalone_desktop" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE)
    assert match
    return match.group(1)


def newest_deb() -> Path | None:
    """The .deb that `make dist` made last: dist/ for a plain build, dist/<profile>/ for a branded one."""
    found = list((REPO / "dist").rglob(f"notalone_{app_version()}_*.deb"))
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


def run(cmd: list[str | Path], env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(c) for c in cmd], capture_output=True, text=True, env=env, timeout=300, check=False)


def tree_hashes(folder: Path) -> dict[str, str]:
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def test_package_fields_and_files(deb: Path) -> None:
    fields = run(["dpkg-deb", "--field", deb, "Package", "Version", "Depends"]).stdout
    assert "Package: notalone\n" in fields
    assert f"Version: {app_version()}\n" in fields
    assert "libc6" in fields  # dependencies were found on the build machine
    listing = run(["dpkg-deb", "--contents", deb]).stdout.splitlines()
    names = {line.split()[5].removeprefix("./").rstrip("/") for line in listing}
    owners = {line.split()[1] for line in listing}
    assert owners == {"root/root"}
    assert "opt/notalone/notalone" in names
    assert any(line.endswith("usr/bin/notalone -> ../../opt/notalone/notalone") for line in listing)
    assert "usr/share/applications/notalone.desktop" in names
    assert "usr/share/metainfo/org.notalone.desktop.metainfo.xml" in names
    for size in HICOLOR_SIZES:
        assert f"usr/share/icons/hicolor/{size}x{size}/apps/notalone.png" in names
    assert "usr/share/icons/hicolor/scalable/apps/notalone.svg" in names
    assert "opt/notalone/_internal/notalone_desktop/resources/helplines/VN.toml" in names
    # Only Qt's parts that the app uses: no networking, QML or OpenGL libraries, no SQL or TLS plugins.
    for unused in ("libQt6Network", "libQt6Qml", "libQt6Quick", "libQt6OpenGL", "plugins/sqldrivers", "plugins/tls"):
        assert not [n for n in names if unused in n], unused


def test_install_run_and_uninstall_leave_the_familys_data(deb: Path, tmp_path: Path) -> None:
    root = tmp_path / "root"
    unpacked = run(["dpkg-deb", "-x", deb, root])
    assert unpacked.returncode == 0, unpacked.stderr
    program = root / "usr" / "bin" / "notalone"
    home = tmp_path / "home"
    home.mkdir()
    # A home of its own, so that nothing can reach the real user's data dir.
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "QT_QPA_PLATFORM": "offscreen",
        "LANG": "C.UTF-8",
    }
    data = tmp_path / "family"

    version = run([program, "--version"], env)
    assert version.returncode == 0, version.stderr
    assert version.stdout.strip() == f"notalone {app_version()}"

    check = run([program, "check", "--data-dir", data], env)
    assert check.returncode == 0, check.stdout + check.stderr
    assert check.stdout.startswith("OK")

    selftest = run([program, "self-test", "--data-dir", data], env)
    assert selftest.returncode == 0, selftest.stdout + selftest.stderr
    assert "self-test passed" in selftest.stdout
    assert "Traceback" not in selftest.stderr

    check = run([program, "check", "--data-dir", data], env)
    assert check.returncode == 0, check.stdout + check.stderr
    assert (data / "notalone.sqlite3").is_file()

    for tool in (["desktop-file-validate"], ["appstreamcli", "validate", "--no-net"]):
        if shutil.which(tool[0]):
            installed = root / "usr" / "share"
            target = (
                installed / "applications" / "notalone.desktop"
                if tool[0].startswith("desktop")
                else installed / "metainfo" / "org.notalone.desktop.metainfo.xml"
            )
            result = run([*tool, target])
            assert result.returncode == 0, result.stdout + result.stderr

    resources = root / "opt" / "notalone" / "_internal" / "notalone_desktop" / "resources"
    if (resources / "profile.toml").exists():  # a branded build: its profile must load as the app will load it
        from notalone_desktop.core.content.helplines import load_countries
        from notalone_desktop.core.profile import load_profile

        countries = {
            code: [line.number for line in c.lines] for code, c in load_countries(resources / "helplines")[0].items()
        }
        profile = load_profile(resources / "profile.toml", countries=countries, for_build=False)
        assert profile.organisation.logo.is_file()
        assert deb.parent.name == profile.key

    before = tree_hashes(data)
    assert before
    shutil.rmtree(root)  # uninstall: the program's files go, the family's data dir is not the package's
    assert not program.exists()
    assert tree_hashes(data) == before
    with sqlite3.connect(data / "notalone.sqlite3") as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert not (home / ".local" / "share" / "notalone-desktop").exists()  # --data-dir was honoured
