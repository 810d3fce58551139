"""export, import and erase on the command line, in real subprocesses: the contract scripts and NGOs rely on."""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

import pytest

from notalone_desktop.paths import database_path
from notalone_desktop.services.security import SERVICE_NAME, keyring_user
from tests.conftest import run_cli
from tests.reliability.fake_keyring import file_keyring_env


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    """Subprocesses use a keyring in a JSON file of this test: never the developer's keychain."""
    return file_keyring_env(tmp_path / "keyring.json")


@pytest.fixture
def demo_dir(tmp_path: Path, env: dict[str, str]) -> Path:
    directory = tmp_path / "demo"
    assert run_cli("demo", "--data-dir", str(directory), env=env).returncode == 0
    return directory


def one_error_line(result, code: int = 2) -> str:  # type: ignore[no-untyped-def]
    assert result.returncode == code, (result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("notalone: error: "), result.stderr
    assert "Traceback" not in result.stderr
    return str(lines[0])


def test_help_lists_the_new_commands() -> None:
    result = run_cli("--help")
    for text in ("notalone export --out FILE", "notalone import FILE [--merge]", "notalone erase --yes"):
        assert text in result.stdout


def test_export_import_round_trip(tmp_path: Path, demo_dir: Path, env: dict[str, str]) -> None:
    out = tmp_path / "family.zip"
    before = digest(database_path(demo_dir))
    result = run_cli("export", "--out", str(out), "--data-dir", str(demo_dir), env=env)
    assert result.returncode == 0, result.stderr
    assert "3 children" in result.stdout and str(out) in result.stdout
    assert digest(database_path(demo_dir)) == before  # export only reads
    assert not list(tmp_path.glob("*.part"))
    target = tmp_path / "new"
    imported = run_cli("import", str(out), "--data-dir", str(target), env=env)
    assert imported.returncode == 0, imported.stderr
    again = tmp_path / "again.zip"
    assert run_cli("export", "--out", str(again), "--data-dir", str(target), env=env).returncode == 0
    with zipfile.ZipFile(out) as first, zipfile.ZipFile(again) as second:
        assert json.loads(first.read("family.json")) == json.loads(second.read("family.json"))
    refused = run_cli("import", str(out), "--data-dir", str(target), env=env)
    assert "--merge" in one_error_line(refused)
    merged = run_cli("import", str(out), "--merge", "--data-dir", str(target), env=env)
    assert merged.returncode == 0 and "nothing new" in merged.stdout


def test_bad_archives_exit_2_with_one_line_and_change_nothing(
    tmp_path: Path, demo_dir: Path, env: dict[str, str]
) -> None:
    path = database_path(demo_dir)
    before = digest(path)
    cases = {
        "png.zip": b"\x89PNG\r\n\x1a\n" + b"\0" * 64,
        "empty.zip": b"",
    }
    for name, data in cases.items():
        (tmp_path / name).write_bytes(data)
    with zipfile.ZipFile(tmp_path / "other.zip", "w") as archive:
        archive.writestr("manifest.json", json.dumps({"format": "photos", "version": 1}))
    for name in (*cases, "other.zip", "missing.zip"):
        for extra in ((), ("--merge",)):
            result = run_cli("import", str(tmp_path / name), *extra, "--data-dir", str(demo_dir), env=env)
            one_error_line(result)
    assert digest(path) == before
    fresh = run_cli("import", str(tmp_path / "png.zip"), "--data-dir", str(tmp_path / "none"), env=env)
    one_error_line(fresh)
    assert not (tmp_path / "none").exists()  # a bad archive does not even create the data dir


def test_export_needs_a_family_and_a_folder(tmp_path: Path, demo_dir: Path, env: dict[str, str]) -> None:
    one_error_line(run_cli("export", "--out", str(tmp_path / "x.zip"), "--data-dir", str(tmp_path / "none"), env=env))
    one_error_line(run_cli("export", "--out", str(tmp_path / "no" / "x.zip"), "--data-dir", str(demo_dir), env=env))
    one_error_line(run_cli("export", "--data-dir", str(demo_dir), env=env))  # --out is required


def test_erase_needs_yes_then_removes_everything_and_says_what(
    tmp_path: Path, demo_dir: Path, env: dict[str, str]
) -> None:
    (demo_dir / "backups").mkdir(exist_ok=True)
    (demo_dir / "backups" / "auto-20260101T000000000000Z.sqlite3").write_bytes(database_path(demo_dir).read_bytes())
    (demo_dir / "logs").mkdir(exist_ok=True)
    (demo_dir / "logs" / "notalone.log").write_text("started\n")
    entry = f"{SERVICE_NAME}/{keyring_user(demo_dir)}"
    Path(env["NOTALONE_TEST_KEYRING_FILE"]).write_text(json.dumps({entry: "scrypt$17$...", "other/app": "keep"}))
    refused = run_cli("erase", "--data-dir", str(demo_dir), env=env)
    assert "--yes" in one_error_line(refused)
    assert database_path(demo_dir).exists()
    result = run_cli("erase", "--yes", "--data-dir", str(demo_dir), env=env)
    assert result.returncode == 0, result.stderr
    for removed in ("notalone.sqlite3", "backups", "logs", "keyring entry"):
        assert removed in result.stdout
    assert "Nothing of the family is left" in result.stdout
    assert not demo_dir.exists()
    assert json.loads(Path(env["NOTALONE_TEST_KEYRING_FILE"]).read_text()) == {"other/app": "keep"}
    again = run_cli("erase", "--yes", "--data-dir", str(demo_dir), env=env)
    assert again.returncode == 0 and "Nothing to erase" in again.stdout


def test_erase_leaves_files_it_did_not_make(tmp_path: Path, demo_dir: Path, env: dict[str, str]) -> None:
    (demo_dir / "my-notes.txt").write_text("mine")
    result = run_cli("erase", "--yes", "--data-dir", str(demo_dir), env=env)
    assert result.returncode == 0
    assert sorted(p.name for p in demo_dir.iterdir()) == ["my-notes.txt"]
    assert "my-notes.txt" in result.stdout


def test_check_names_the_newest_good_backup(tmp_path: Path, demo_dir: Path, env: dict[str, str]) -> None:
    path = database_path(demo_dir)
    backups = demo_dir / "backups"
    backups.mkdir()
    good = backups / "auto-20260101T000000000000Z.sqlite3"
    good.write_bytes(path.read_bytes())
    (backups / "auto-20270101T000000000000Z.sqlite3").write_bytes(b"not a database")
    path.write_bytes(path.read_bytes()[:4096])
    result = run_cli("check", "--data-dir", str(demo_dir), env=env)
    assert result.returncode == 1
    assert f"The newest good backup is {good}" in result.stdout
    good.unlink()
    assert "There is no good backup" in run_cli("check", "--data-dir", str(demo_dir), env=env).stdout
