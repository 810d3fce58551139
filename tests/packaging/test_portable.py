"""The portable .tar.gz as an NGO's IT person or a family uses it: unpack, read the README, install into ~/.local
with install-user.sh, start from the installed launcher, uninstall; the family's data is never touched.

Slow (needs `make dist`), so it runs with NOTALONE_DIST_TEST=1 (`make dist-test`).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tarfile
from pathlib import Path

import pytest

from tests.packaging.conftest import REPO, app_version

pytestmark = pytest.mark.skipif(
    os.environ.get("NOTALONE_DIST_TEST") != "1", reason="slow: run with NOTALONE_DIST_TEST=1"
)


@pytest.fixture(scope="module")
def archive() -> Path:
    found = sorted((REPO / "dist").glob(f"notalone-{app_version()}-linux-*.tar.gz"), key=lambda p: p.stat().st_mtime)
    if not found:
        pytest.fail("make dist made no .tar.gz")
    return found[-1]


def run(cmd: list[str | Path], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(c) for c in cmd], capture_output=True, text=True, env=env, timeout=300, check=False)


def test_the_archive_carries_readme_licences_menu_entry_icon_and_installer(archive: Path) -> None:
    top = f"notalone-{app_version()}"
    with tarfile.open(archive) as tar:
        members = {m.name: m for m in tar.getmembers()}
        readme = tar.extractfile(members[f"{top}/README.txt"]).read().decode()  # type: ignore[union-attr]
    for name in ("notalone", "README.txt", "LICENCES.txt", "notalone.desktop", "install-user.sh", "icons/notalone.svg"):
        assert f"{top}/{name}" in members, name
    assert f"{top}/icons/hicolor/256x256/apps/notalone.png" in members
    assert members[f"{top}/install-user.sh"].mode == 0o755
    assert {m.uname for m in members.values()} == {"root"}
    # How to run it, and the system libraries by distribution.
    for needed in ("./notalone-", "install-user.sh", "sudo apt-get install", "sudo dnf install", "libxcb.so.1"):
        assert needed in readme, needed
    assert "glibc 2." in readme


def test_install_user_puts_a_working_launcher_in_dot_local_and_uninstall_removes_it(
    archive: Path, tmp_path: Path
) -> None:
    with tarfile.open(archive) as tar:
        tar.extractall(tmp_path / "unpacked", filter="tar")
    (unpacked,) = (tmp_path / "unpacked").iterdir()
    home = tmp_path / "home"
    data = home / ".local" / "share" / "notalone-desktop"
    data.mkdir(parents=True)
    (data / "keep.txt").write_text("the family's")
    env = {"PATH": os.environ["PATH"], "HOME": str(home), "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen"}

    installed = run([unpacked / "install-user.sh"], env)
    assert installed.returncode == 0, installed.stderr
    launcher = home / ".local" / "bin" / "notalone"
    assert launcher.is_symlink()
    version = run([launcher, "--version"], env)
    assert version.stdout.strip() == f"notalone {app_version()}", version.stderr
    entry = home / ".local" / "share" / "applications" / "notalone.desktop"
    target = home / ".local" / "opt" / "notalone" / "notalone"
    assert f'Exec="{target}"' in entry.read_text(encoding="utf-8")
    if shutil.which("desktop-file-validate"):
        assert run(["desktop-file-validate", entry], env).returncode == 0
    assert (home / ".local" / "share" / "icons" / "hicolor" / "48x48" / "apps" / "notalone.png").is_file()

    shutil.rmtree(unpacked)  # the unpacked folder can go: the copy in ~/.local is what runs
    assert run([launcher, "--version"], env).returncode == 0
    removed = run([home / ".local" / "opt" / "notalone" / "install-user.sh", "--uninstall"], env)
    assert removed.returncode == 0, removed.stderr
    assert not launcher.exists() and not launcher.is_symlink() and not entry.exists()
    assert not (home / ".local" / "opt" / "notalone").exists()
    assert (data / "keep.txt").read_text() == "the family's"
