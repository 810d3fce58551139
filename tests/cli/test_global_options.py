"""The global options (--data-dir, --lang) work before or after every subcommand, and the catch-all's one line
names a log file that exists. Real subprocesses; the system's own data folder is a temporary one, so that an
option that is ignored shows up as a command that used the wrong folder."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from notalone_desktop.paths import database_path
from tests.conftest import run_cli
from tests.reliability.fake_keyring import file_keyring_env


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    """A keyring file of this test, and a system data folder (XDG) that must stay empty."""
    return {**file_keyring_env(tmp_path / "keyring.json"), "XDG_DATA_HOME": str(tmp_path / "system-data")}


def where(before: bool, command: list[str], directory: Path, lang: str | None = None) -> list[str]:
    """`command` with the global options placed before the subcommand's name or after all of it."""
    options = ["--data-dir", str(directory)] + (["--lang", lang] if lang else [])
    return [*options, *command] if before else [*command, *options]


def ok(result) -> str:  # type: ignore[no-untyped-def]
    assert result.returncode == 0, (result.args, result.stderr)
    return str(result.stdout)


@pytest.mark.parametrize("before", [True, False], ids=["options-before", "options-after"])
def test_every_subcommand_takes_the_global_options_before_or_after_it(
    before: bool, tmp_path: Path, env: dict[str, str]
) -> None:
    family = tmp_path / "family"
    ok(run_cli(*where(before, ["demo"], family), env=env))
    assert database_path(family).is_file()
    assert ok(run_cli(*where(before, ["check"], family, "de"), env=env)).strip() == "OK"
    assert str(family) in ok(run_cli(*where(before, ["self-test"], family), env=env))
    shots = tmp_path / "shots"
    ok(run_cli(*where(before, ["screenshots", "--out", str(shots)], family, "vi"), env=env))
    assert (shots / "01-home-vi.png").is_file()  # the language came through
    pdf = tmp_path / "c.pdf"
    ok(run_cli(*where(before, ["print", "checklist", "--out", str(pdf)], family, "vi"), env=env))
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "Danh sách an toàn của gia đình" in text  # the family's checklist, in Vietnamese: --lang came through
    archive = tmp_path / "family.zip"
    assert str(archive) in ok(run_cli(*where(before, ["export", "--out", str(archive)], family), env=env))
    copy = tmp_path / "copy"
    assert str(copy) in ok(run_cli(*where(before, ["import", str(archive)], copy), env=env))
    assert "Nothing of the family is left" in ok(run_cli(*where(before, ["erase", "--yes"], copy), env=env))
    assert not database_path(copy).exists() and database_path(family).is_file()
    assert not (tmp_path / "system-data").exists()  # no command fell back on the system's data folder


def test_an_option_after_the_command_overrides_the_same_option_before_it(tmp_path: Path, env: dict[str, str]) -> None:
    result = run_cli("--data-dir", str(tmp_path / "first"), "erase", "--data-dir", str(tmp_path / "second"), env=env)
    assert result.returncode == 2 and str(tmp_path / "second") in result.stderr  # erase without --yes names it


def _crash(command: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """Run the real `main` with one command made to fail in a way nothing expects (the catch-all is tested)."""
    code = (
        "import sys, notalone_desktop.cli as cli\n"
        "def boom(*args, **kwargs):\n"
        "    raise ZeroDivisionError('a test made this fail\\non two lines')\n"
        "cli.command_check = cli.command_export = boom\n"
        "sys.exit(cli.main(sys.argv[1:]))\n"
    )
    return subprocess.run(
        [sys.executable, "-c", code, *command],
        capture_output=True,
        text=True,
        env={**os.environ, **env},
        timeout=120,
        check=False,
    )


def test_the_unexpected_problem_line_names_a_log_that_exists_when_the_data_dir_was_never_made(
    tmp_path: Path, env: dict[str, str]
) -> None:
    cache = tmp_path / "cache"
    never = tmp_path / "never-made"
    result = _crash(["check", "--data-dir", str(never)], {**env, "NOTALONE_CACHE_DIR": str(cache)})
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("notalone: error: an unexpected problem"), result.stderr
    log_file = cache / "notalone-errors.log"
    assert f"Details are in {log_file}." in lines[0]
    assert "ZeroDivisionError" in log_file.read_text(encoding="utf-8") and "Traceback" in log_file.read_text()
    assert not never.exists()  # the data dir is not made for a log
    assert oct(log_file.stat().st_mode & 0o777) == "0o600"


def test_a_command_that_only_reads_logs_its_crash_outside_the_data_dir(tmp_path: Path, env: dict[str, str]) -> None:
    family = tmp_path / "family"
    ok(run_cli("demo", "--data-dir", str(family), env=env))
    before = sorted(p.name for p in family.rglob("*"))
    cache = tmp_path / "cache"
    result = _crash(
        ["export", "--out", str(tmp_path / "x.zip"), "--data-dir", str(family)],
        {**env, "NOTALONE_CACHE_DIR": str(cache)},
    )
    assert result.returncode == 1 and f"Details are in {cache / 'notalone-errors.log'}." in result.stderr
    assert sorted(p.name for p in family.rglob("*")) == before  # export only reads, even when it fails
