"""The command-line contract, in real subprocesses: what scripts, installers and NGOs rely on."""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import subprocess
import sys
import time
import unicodedata
from pathlib import Path

import pytest

from notalone_desktop import __version__
from notalone_desktop.paths import database_path
from tests.conftest import run_cli


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_version() -> None:
    result = run_cli("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"notalone {__version__}"


def test_help_lists_the_commands() -> None:
    result = run_cli("--help")
    assert result.returncode == 0
    for command in ("check", "self-test", "screenshots", "demo", "print checklist|month|card", "NOTALONE_DATA_DIR"):
        assert command in result.stdout, command


@pytest.mark.parametrize(
    "args",
    [("frobnicate",), ("print", "poster", "--out", "x.pdf"), ("screenshots",), ("--data-dir",)],
)
def test_bad_usage_is_one_line_and_exit_2(args: tuple[str, ...]) -> None:
    result = run_cli(*args)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("notalone: error: "), result.stderr
    assert "Traceback" not in result.stderr


def test_check_on_a_new_dir_says_ok_and_writes_nothing(tmp_path: Path) -> None:
    result = run_cli("check", "--data-dir", str(tmp_path / "new"))
    assert result.returncode == 0 and result.stdout.strip() == "OK"
    assert not (tmp_path / "new").exists()


def test_check_on_a_healthy_family_says_ok(tmp_path: Path) -> None:
    assert run_cli("demo", "--data-dir", str(tmp_path)).returncode == 0
    before = digest(database_path(tmp_path))
    result = run_cli("check", "--data-dir", str(tmp_path))
    assert result.returncode == 0 and result.stdout.strip() == "OK"
    assert digest(database_path(tmp_path)) == before


@pytest.mark.parametrize("kind", ["truncated", "empty", "not-sqlite"])
def test_check_reports_a_damaged_file_and_leaves_it_unchanged(kind: str, tmp_path: Path) -> None:
    healthy = tmp_path / "healthy"
    assert run_cli("demo", "--data-dir", str(healthy)).returncode == 0
    bad = tmp_path / "bad"
    bad.mkdir()
    path = database_path(bad)
    data = database_path(healthy).read_bytes()
    path.write_bytes({"truncated": data[: len(data) // 3], "empty": b"", "not-sqlite": b"%PDF-1.4\n" * 500}[kind])
    before = digest(path)
    result = run_cli("check", "--data-dir", str(bad))
    assert result.returncode == 1
    assert str(path) in result.stdout and "Traceback" not in result.stdout + result.stderr
    assert "backup" in result.stdout.lower()
    assert digest(path) == before
    # The window refuses it too, with the same plain words, and still does not touch it.
    window = run_cli("--quit-when-ready", "--data-dir", str(bad))
    assert window.returncode == 1 and "notalone: error:" in window.stderr and str(path) in window.stderr
    assert digest(path) == before


def test_unknown_language_falls_back_to_english_with_a_warning(tmp_path: Path) -> None:
    result = run_cli("--lang", "xx", "--quit-when-ready", "--data-dir", str(tmp_path))
    assert result.returncode == 0
    assert "unknown language 'xx', using English" in result.stderr


def test_demo_fills_an_empty_dir_and_refuses_a_family(tmp_path: Path) -> None:
    first = run_cli("demo", "--data-dir", str(tmp_path))
    assert first.returncode == 0
    before = digest(database_path(tmp_path))
    second = run_cli("demo", "--data-dir", str(tmp_path))
    assert second.returncode == 2 and "already holds a family" in second.stderr
    assert digest(database_path(tmp_path)) == before


def test_data_dir_from_the_environment(tmp_path: Path) -> None:
    result = run_cli("demo", env={"NOTALONE_DATA_DIR": str(tmp_path / "env")})
    assert result.returncode == 0 and database_path(tmp_path / "env").exists()


def test_self_test_passes_on_a_new_and_on_a_demo_dir(tmp_path: Path) -> None:
    fresh = run_cli("self-test", "--data-dir", str(tmp_path / "fresh"))
    assert fresh.returncode == 0, fresh.stderr
    assert "self-test passed" in fresh.stdout
    run_cli("demo", "--data-dir", str(tmp_path / "demo"))
    demo = run_cli("self-test", "--data-dir", str(tmp_path / "demo"))
    assert demo.returncode == 0, demo.stderr


def _wait_for(predicate, seconds: float = 30) -> bool:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.1)
    return False


def test_one_window_per_data_dir_and_a_crashed_one_is_taken_over(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", NOTALONE_NO_WIZARD="1")
    first = subprocess.Popen(
        [sys.executable, "-m", "notalone_desktop", "--data-dir", str(tmp_path)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        assert _wait_for(lambda: database_path(tmp_path).exists() and (tmp_path / "notalone.lock").exists())
        second = run_cli("--data-dir", str(tmp_path))
        assert second.returncode == 1
        assert "already open" in second.stderr
        assert first.poll() is None  # the first window is still running
    finally:
        first.send_signal(signal.SIGKILL)
        first.wait(10)
    assert (tmp_path / "notalone.lock").exists()  # the crash left its lock behind
    started = time.monotonic()
    third = run_cli("--quit-when-ready", "--data-dir", str(tmp_path))
    assert third.returncode == 0, third.stderr
    assert time.monotonic() - started < 30


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed")
def test_print_checklist_for_the_family_and_for_one_child(tmp_path: Path) -> None:
    from notalone_desktop.services import open_services

    run_cli("demo", "--data-dir", str(tmp_path))
    family_pdf, child_pdf = tmp_path / "family.pdf", tmp_path / "lan.pdf"
    assert run_cli("print", "checklist", "--out", str(family_pdf), "--data-dir", str(tmp_path)).returncode == 0
    result = run_cli(
        "print",
        "checklist",
        "--child",
        "lan",
        "--lang",
        "en",
        "--paper",
        "letter",
        "--out",
        str(child_pdf),
        "--data-dir",
        str(tmp_path),
    )
    assert result.returncode == 0, result.stderr
    family_text = subprocess.run(["pdftotext", str(family_pdf), "-"], capture_output=True, text=True).stdout
    child_text = subprocess.run(["pdftotext", str(child_pdf), "-"], capture_output=True, text=True).stdout
    services = open_services(tmp_path)
    lan = next(c for c in services.family.children() if c.nickname == "Lan")
    family_titles = [i.title.get("vi") for i in services.checklist.curated_for(None)]
    lan_titles = [i.title.get("en") for i in services.checklist.curated_for(lan.id)]
    services.close()
    # PDF text comes back with typographic ligatures ("ﬁ"); NFKC turns them back into letters.
    flat_family = " ".join(unicodedata.normalize("NFKC", family_text).split())
    flat_child = " ".join(unicodedata.normalize("NFKC", child_text).split())
    assert "Bông" in family_text and "Minh" in family_text and "Lan" in family_text
    assert family_titles[0][:30] in flat_family
    assert "Safety checklist for Lan" in child_text
    assert all(title[:30] in flat_child for title in lan_titles[:5])
    # The boxes to tick are drawn squares (exact on any printer), one for each item: images, not characters.
    placed = subprocess.run(["pdfimages", "-list", str(child_pdf)], capture_output=True, text=True).stdout
    assert len(placed.splitlines()) - 2 >= len(lan_titles)


def test_print_refuses_an_unknown_child_and_a_missing_family(tmp_path: Path) -> None:
    run_cli("demo", "--data-dir", str(tmp_path / "demo"))
    unknown = run_cli(
        "print",
        "checklist",
        "--child",
        "Nobody",
        "--out",
        str(tmp_path / "x.pdf"),
        "--data-dir",
        str(tmp_path / "demo"),
    )
    assert unknown.returncode == 2 and "no child called 'Nobody'" in unknown.stderr
    assert "Bông" in unknown.stderr  # says which children there are
    missing = run_cli("print", "checklist", "--out", str(tmp_path / "y.pdf"), "--data-dir", str(tmp_path / "none"))
    assert missing.returncode == 2 and "no family data" in missing.stderr
    assert not (tmp_path / "x.pdf").exists() and not (tmp_path / "y.pdf").exists()


def test_screenshots_write_one_png_per_view(tmp_path: Path) -> None:
    result = run_cli("screenshots", "--out", str(tmp_path / "shots"), "--lang", "vi")
    assert result.returncode == 0, result.stderr
    shots = sorted((tmp_path / "shots").glob("*.png"))
    names = [p.name for p in shots]
    for view in ("home", "checklist", "contacts", "lessons", "scenarios", "settings", "get-help"):
        assert any(f"-{view}-vi.png" in n for n in names), view
    assert all(p.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and p.stat().st_size > 5000 for p in shots)


def test_the_window_never_loads_the_database_library(tmp_path: Path) -> None:
    """Home, every section and Get help read and write with plain sqlite3: the window never loads SQLAlchemy (half
    a second and 30 MiB), not even with every part opened and the window's size saved at the end. Only export,
    import and a schema to upgrade need it."""
    assert run_cli("demo", "--data-dir", str(tmp_path)).returncode == 0  # type: ignore[attr-defined]
    script = (
        "import os, sys\n"
        "from notalone_desktop.cli import main\n"
        "code = main(sys.argv[1:])\n"
        "print(code, sorted(m for m in ('sqlalchemy', 'alembic', 'keyring') if m in sys.modules), flush=True)\n"
        "os._exit(0)\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    outputs = []
    for mode in ("--quit-when-ready", "--quit-when-ready=full", "--quit-when-ready=all"):
        result = subprocess.run(
            [sys.executable, "-c", script, mode, "--data-dir", str(tmp_path)],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
            check=False,
        )
        assert result.returncode == 0, result.stderr
        outputs.append(result.stdout.strip())
    assert outputs == ["0 []", "0 []", "0 []"]
