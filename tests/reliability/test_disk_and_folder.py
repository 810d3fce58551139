"""A full disk (a file-size limit, RLIMIT_FSIZE) and a data dir that cannot be written: a clear one-line
message, and nothing that was there before is lost. And the data dir stays private (0700 / 0600)."""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import stat
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from notalone_desktop.paths import backups_dir, database_path
from notalone_desktop.storage.backup import check_backup, list_backups
from tests.reliability.helpers import REPO, env_for_children, make_family

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX resource limits and permissions")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def limited(max_bytes: int) -> Callable[[], None]:
    """For preexec_fn: no file may grow beyond `max_bytes`, and writing past it fails (EFBIG) instead of
    killing the process with SIGXFSZ: the same errors a full disk gives."""

    def apply() -> None:
        import resource

        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (max_bytes, max_bytes))

    return apply


def notalone(
    *args: str, preexec: Callable[[], None] | None = None, prefix: tuple[str, ...] = ()
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*prefix, sys.executable, "-m", "notalone_desktop", *args],
        cwd=REPO,
        env=env_for_children(),
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=preexec,
        check=False,
    )


def one_line(result: subprocess.CompletedProcess[str]) -> str:
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("notalone: error: "), result.stderr
    assert "Traceback" not in result.stderr
    return lines[0]


def big_family(directory: Path) -> Path:
    """A family with a few hundred kilobytes of notes that do not compress away."""
    from notalone_desktop.services import open_services

    make_family(directory)
    services = open_services(directory)
    try:
        items = services.checklist.curated_for(None)
        for n, item in enumerate(items * 4):
            services.checklist.set_note(None, f"{item.key}.{n}", os.urandom(900).hex())
    finally:
        services.close()
    return database_path(directory)


def test_export_to_a_full_disk_keeps_the_earlier_archive(tmp_path: Path) -> None:
    directory = tmp_path / "family"
    big_family(directory)
    out = tmp_path / "family.zip"
    assert notalone("export", "--out", str(out), "--data-dir", str(directory)).returncode == 0
    earlier = digest(out)
    assert out.stat().st_size > 90_000
    result = notalone("export", "--out", str(out), "--data-dir", str(directory), preexec=limited(60_000))
    assert result.returncode == 1
    assert "disk is full" in one_line(result)
    assert digest(out) == earlier  # the earlier archive is whole and unchanged
    assert not list(tmp_path.glob("*.part"))


def test_import_on_a_full_disk_rolls_back(tmp_path: Path) -> None:
    source = tmp_path / "source"
    big_family(source)
    archive = tmp_path / "family.zip"
    assert notalone("export", "--out", str(archive), "--data-dir", str(source)).returncode == 0
    target = tmp_path / "target"
    path = make_family(target, demo=False)  # an empty family, set up before the disk fills
    limit = path.stat().st_size + 16_384
    result = notalone("import", str(archive), "--data-dir", str(target), preexec=limited(limit))
    assert result.returncode == 1
    assert "disk is full" in one_line(result)
    from notalone_desktop.services import open_services

    services = open_services(target)
    try:
        assert services.family.children() == [] and services.contacts.contacts() == []
    finally:
        services.close()
    assert notalone("import", str(archive), "--data-dir", str(target)).returncode == 0  # room again: it works


def test_a_backup_on_a_full_disk_leaves_the_earlier_backups(tmp_path: Path) -> None:
    directory = tmp_path / "family"
    path = make_family(directory, lessons=True)
    script = (
        "import sys; from pathlib import Path\n"
        "from notalone_desktop.services.backups import BackupService\n"
        "from notalone_desktop.storage.backup import storage_error_message\n"
        "from notalone_desktop.storage.database import open_database\n"
        "backups = BackupService(open_database(Path(sys.argv[1]), create=False))\n"
        "try:\n    backups.backup_now()\n"
        "except Exception as exc:\n    print(storage_error_message(exc)); sys.exit(1)\n"
    )
    ok = subprocess.run([sys.executable, "-c", script, str(directory)], cwd=REPO, env=env_for_children(), check=False)
    assert ok.returncode == 0
    earlier = list_backups(backups_dir(directory))
    assert len(earlier) == 1
    result = subprocess.run(
        [sys.executable, "-c", script, str(directory)],
        cwd=REPO,
        env=env_for_children(),
        capture_output=True,
        text=True,
        preexec_fn=limited(path.stat().st_size // 2),
        check=False,
    )
    assert result.returncode == 1 and "disk" in result.stdout, result.stdout + result.stderr
    assert list_backups(backups_dir(directory)) == earlier
    assert check_backup(earlier[0].path).ok


def _without_root_powers() -> tuple[str, ...] | None:
    """A command prefix under which this process's user is bound by file permissions (None: not possible)."""
    if os.geteuid() != 0:
        return ()
    if shutil.which("setpriv") is None:
        return None
    probe = subprocess.run(["setpriv", "--bounding-set", "-all", "--", "true"], capture_output=True, check=False)
    return ("setpriv", "--bounding-set", "-all", "--") if probe.returncode == 0 else None


def test_a_data_dir_that_cannot_be_written(tmp_path: Path) -> None:
    prefix = _without_root_powers()
    if prefix is None or os.geteuid() != 0:
        # The app makes its own folder 0700 again; only a folder owned by someone else stays read-only.
        pytest.skip("needs root (with setpriv) to give the folder to another user")
    directory = tmp_path / "family"
    path = make_family(directory)
    archive = tmp_path / "family.zip"
    assert notalone("export", "--out", str(archive), "--data-dir", str(directory)).returncode == 0
    before = digest(path)
    for item in (directory, path):
        os.chown(item, 65534, 65534)
    os.chmod(directory, 0o755)
    os.chmod(path, 0o644)
    try:
        merged = notalone("import", str(archive), "--merge", "--data-dir", str(directory), prefix=prefix)
        assert merged.returncode == 2 and "cannot be created or used" in one_line(merged)
        window = notalone("--quit-when-ready", "--data-dir", str(directory), prefix=prefix)
        assert window.returncode == 1 and "cannot be used" in one_line(window)
        # The file is whole: `check` says so (not "damaged"), and why the window cannot open it.
        checked = notalone("check", "--data-dir", str(directory), prefix=prefix)
        assert checked.returncode == 0 and checked.stdout.startswith("OK"), checked.stdout
        assert "cannot write" in checked.stdout
    finally:
        for item in (directory, path):
            os.chown(item, 0, 0)
    assert digest(path) == before
    assert sorted(p.name for p in directory.iterdir()) == ["notalone.sqlite3"]


def test_the_data_dir_stays_private_under_umask_022(tmp_path: Path) -> None:
    from notalone_desktop.logs import setup_logging
    from notalone_desktop.services import open_services
    from notalone_desktop.services.backups import BackupService
    from notalone_desktop.services.family_data import export_family

    old = os.umask(0o022)
    try:
        directory = tmp_path / "family"
        make_family(directory)
        setup_logging(directory)
        services = open_services(directory)
        try:
            backups = BackupService(services.database)
            backups.backup_now()
            services.family.add_child("Út", 2019)
            backups.backup_now("manual")
            export_family(services.database, directory / "family-export.zip")  # into the data dir itself
            backups.restore(backups.backups()[-1])
        finally:
            services.close()
        import logging

        logging.getLogger("notalone_desktop").info("written under umask 022")
        checked = 0
        for path in [directory, *directory.rglob("*")]:
            mode = stat.S_IMODE(path.stat().st_mode)
            assert mode == (0o700 if path.is_dir() else 0o600), f"{path.relative_to(tmp_path)}: {oct(mode)}"
            checked += 1
        assert checked >= 7
    finally:
        os.umask(old)
        root = logging.getLogger()
        for handler in list(root.handlers):
            if getattr(handler, "_notalone", False):
                root.removeHandler(handler)
                handler.close()
