"""While a window runs on a data dir (issue 15, rows 7 and 8): the command line does not change the family under
it, and the window's lock file is as private as every other file in the data dir. One real window process,
started once for the module."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from notalone_desktop.paths import database_path
from tests.cli.test_cli import _wait_for
from tests.cli.test_export_import_erase import one_error_line
from tests.conftest import run_cli
from tests.reliability.fake_keyring import file_keyring_env

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes and process signals of POSIX")


@pytest.fixture(scope="module")
def window(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, Path, dict[str, str]]]:
    """(the data dir a window has open, an archive of another family, the environment), under umask 022."""
    root = tmp_path_factory.mktemp("window-open")
    env = file_keyring_env(root / "keyring.json")
    directory, other = root / "family", root / "other"
    assert run_cli("demo", "--data-dir", str(directory), env=env).returncode == 0
    assert run_cli("demo", "--data-dir", str(other), env=env).returncode == 0
    archive = root / "other.zip"
    assert run_cli("export", "--out", str(archive), "--data-dir", str(other), env=env).returncode == 0
    lock = directory / "notalone.lock"
    full_env = dict(os.environ, QT_QPA_PLATFORM="offscreen", NOTALONE_NO_WIZARD="1", **env)
    process = subprocess.Popen(
        [sys.executable, "-m", "notalone_desktop", "--data-dir", str(directory)],
        env=full_env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        preexec_fn=lambda: os.umask(0o022),  # the common default, under which QLockFile makes 0644
    )
    try:
        assert _wait_for(
            lambda: lock.exists() and lock.stat().st_size > 0 and database_path(directory).exists(), seconds=60
        )
        yield directory, archive, env
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(10)


def family_json(directory: Path, out: Path, env: dict[str, str]) -> bytes:
    """The family as `export` writes it (export only reads, so it runs beside the window)."""
    result = run_cli("export", "--out", str(out), "--data-dir", str(directory), env=env)
    assert result.returncode == 0, result.stderr
    with zipfile.ZipFile(out) as archive:
        return archive.read("family.json")


def test_import_merge_while_a_window_is_open_is_refused_like_erase_and_changes_nothing(
    window: tuple[Path, Path, dict[str, str]], tmp_path: Path
) -> None:
    directory, archive, env = window
    before = family_json(directory, tmp_path / "before.zip", env)
    for merge in (["--merge"], []):
        line = one_error_line(run_cli("import", str(archive), *merge, "--data-dir", str(directory), env=env))
        assert f"Not Alone is open for {directory}; close the window first" in line
    erase = one_error_line(run_cli("erase", "--yes", "--data-dir", str(directory), env=env))
    assert f"Not Alone is open for {directory}; close the window first" in erase
    assert family_json(directory, tmp_path / "after.zip", env) == before
    backups = (directory / "backups").glob("*") if (directory / "backups").is_dir() else []
    assert not [p for p in backups if p.name.startswith("before-import")]  # not even the backup before an import


def test_the_lock_file_of_a_running_window_is_0600_under_umask_022(window: tuple[Path, Path, dict[str, str]]) -> None:
    directory, _archive, _env = window
    assert (directory / "notalone.lock").stat().st_mode & 0o777 == 0o600
    assert directory.stat().st_mode & 0o777 == 0o700
