"""Smoke test of the .deb as a family gets it: unpack it into a scratch root, run the installed program, remove it
again, and check that the family's data survived untouched.

Slow (it needs a built .deb, and builds one if dist/ has none), so it runs only with NOTALONE_DIST_TEST=1:
`make dist-test`. NOTALONE_DEB=path picks the package to test.
"""

from __future__ import annotations

import gzip
import hashlib
import os
import re
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.packaging.conftest import app_version

pytestmark = [
    pytest.mark.skipif(os.environ.get("NOTALONE_DIST_TEST") != "1", reason="slow: run with NOTALONE_DIST_TEST=1"),
    pytest.mark.skipif(not sys.platform.startswith("linux") or shutil.which("dpkg-deb") is None, reason="needs dpkg"),
]
HICOLOR_SIZES = (16, 32, 48, 64, 128, 256)


def run(cmd: list[str | Path], env: dict[str, str] | None = None, **extra: str) -> subprocess.CompletedProcess[str]:
    full_env = {**(env if env is not None else os.environ), **extra}
    return subprocess.run([str(c) for c in cmd], capture_output=True, text=True, env=full_env, timeout=300, check=False)


def tree_hashes(folder: Path) -> dict[str, str]:
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def fields_of(deb: Path) -> dict[str, str]:
    out = run(["dpkg-deb", "--field", deb]).stdout
    return {key: value.strip() for key, _, value in (line.partition(":") for line in out.splitlines() if ":" in line)}


def test_package_fields_and_files(deb: Path) -> None:
    fields = fields_of(deb)
    branded = deb.parent.name != "dist"
    assert fields["Package"] == (f"notalone-{deb.parent.name}" if branded else "notalone")
    assert fields["Version"] == f"{app_version()}-1"
    assert re.fullmatch(r"[^<>]+ <[^@\s]+@[^@\s>]+>", fields["Maintainer"])
    if branded:  # both install /opt/notalone: one replaces the other
        assert fields["Conflicts"] == fields["Replaces"] == fields["Provides"] == "notalone"
    listing = run(["dpkg-deb", "--contents", deb]).stdout.splitlines()
    names = {line.split()[5].removeprefix("./").rstrip("/") for line in listing}
    owners = {line.split()[1] for line in listing}
    assert owners == {"root/root"}
    assert "opt/notalone/notalone" in names
    assert any(line.endswith("usr/bin/notalone -> /opt/notalone/notalone") for line in listing)  # absolute
    assert "usr/share/applications/notalone.desktop" in names
    assert "usr/share/metainfo/org.notalone.desktop.metainfo.xml" in names
    for size in HICOLOR_SIZES:
        assert f"usr/share/icons/hicolor/{size}x{size}/apps/notalone.png" in names
    assert "usr/share/icons/hicolor/scalable/apps/notalone.svg" in names
    assert "opt/notalone/_internal/notalone_desktop/resources/helplines/VN.toml" in names
    for doc in ("copyright", "changelog.Debian.gz"):
        assert f"usr/share/doc/{fields['Package']}/{doc}" in names
    assert "usr/share/man/man1/notalone.1.gz" in names
    assert "opt/notalone/LICENCES.txt" in names
    assert "opt/notalone/_internal/notalone_desktop/licences/licences.json" in names
    # Only Qt's parts that the app uses: no networking, QML or OpenGL libraries, no SQL or TLS plugins; nothing
    # that strace showed is never loaded (SQLAlchemy's other dialects, East Asian codecs, the project's tests).
    for unused in (
        "libQt6Network", "libQt6Qml", "libQt6Quick", "libQt6OpenGL", "plugins/sqldrivers", "plugins/tls",
        "sqlalchemy/dialects/mysql", "sqlalchemy/dialects/oracle", "sqlalchemy/dialects/mssql", "_codecs_jp",
        "_pydecimal", "_internal/tests/", "qtbase_en.qm", "/sboms/",
    ):  # fmt: skip
        assert not [n for n in names if unused in n], unused


def test_libc6_is_versioned_from_the_bundled_libraries_and_no_runpath_leaks(deb: Path, tmp_path: Path) -> None:
    root = tmp_path / "root"
    assert run(["dpkg-deb", "-x", deb, root]).returncode == 0
    newest: tuple[int, ...] = (0,)
    leaks = []
    for path in (root / "opt" / "notalone").rglob("*"):
        if path.is_symlink() or not path.is_file() or path.read_bytes()[:4] != b"\x7fELF":
            continue
        dynamic = run(["readelf", "--dynamic", "--version-info", "--wide", path]).stdout
        for version in re.findall(r"Name: GLIBC_([0-9.]+)", dynamic):
            newest = max(newest, tuple(int(p) for p in version.split(".")))
        for runpath in re.findall(r"\((?:RUNPATH|RPATH)\)\s+Library (?:runpath|rpath): \[([^\]]*)\]", dynamic):
            leaks += [f"{path.name}: {part}" for part in runpath.split(":") if not part.startswith("$ORIGIN")]
    assert not leaks, leaks[:5]
    assert newest >= (2, 17)
    assert f"libc6 (>= {'.'.join(map(str, newest))})" in fields_of(deb)["Depends"]


def test_copyright_is_machine_readable_and_names_the_bundled_components(deb: Path, tmp_path: Path) -> None:
    root = tmp_path / "root"
    run(["dpkg-deb", "-x", deb, root])
    package = fields_of(deb)["Package"]
    text = (root / "usr" / "share" / "doc" / package / "copyright").read_text(encoding="utf-8")
    paragraphs = text.strip().split("\n\n")
    assert paragraphs[0].startswith("Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/")
    files = [p for p in paragraphs if p.startswith("Files: ")]
    assert all("\nCopyright: " in p and "\nLicense: " in p for p in files)
    assert any("PySide6/*" in p and "License: LGPL-3" in p for p in files)
    assert any("_internal/sqlalchemy/*" in p and "License: MIT" in p for p in files)
    assert any("libstdc++" in p for p in files)  # a system library copied from the build machine
    changelog = gzip.decompress((root / "usr" / "share" / "doc" / package / "changelog.Debian.gz").read_bytes())
    assert changelog.decode().startswith(f"{package} ({app_version()}-1) ")
    manual = run(["man", "-l", root / "usr" / "share" / "man" / "man1" / "notalone.1.gz"], MANWIDTH="80")
    assert re.search(r"notalone\s+-\s+offline\s+companion", manual.stdout), manual.stdout[:300]
    licences = (root / "opt" / "notalone" / "LICENCES.txt").read_text(encoding="utf-8")
    for needed in (
        "GNU LESSER GENERAL PUBLIC LICENSE",
        "is between the Python Software Foundation",
        "Apache License",
        "download.qt.io",
    ):
        assert needed in licences, needed


def test_install_run_and_uninstall_leave_the_familys_data(deb: Path, tmp_path: Path) -> None:
    root = tmp_path / "root"
    unpacked = run(["dpkg-deb", "-x", deb, root])
    assert unpacked.returncode == 0, unpacked.stderr
    # /usr/bin/notalone points at /opt/notalone/notalone, which is outside this scratch root: run the target.
    program = root / "opt" / "notalone" / "notalone"
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
