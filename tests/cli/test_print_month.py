"""`notalone print month`: this month's sheet, one page per child, from the command line."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import run_cli

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed")


def pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("month") / "data"
    result = run_cli("demo", "--data-dir", str(data))
    assert result.returncode == 0, result.stderr
    return data


def test_one_page_for_each_child_and_one_for_a_named_child(demo_dir: Path, tmp_path: Path) -> None:
    family, lan = tmp_path / "family.pdf", tmp_path / "lan.pdf"
    result = run_cli("print", "month", "--out", str(family), "--data-dir", str(demo_dir), "--lang", "de")
    assert result.returncode == 0, result.stderr
    assert pages(family) == 3
    result = run_cli(
        "print", "month", "--child", "LAN", "--paper", "letter", "--out", str(lan), "--data-dir", str(demo_dir)
    )
    assert result.returncode == 0, result.stderr
    text = subprocess.run(["pdftotext", str(lan), "-"], capture_output=True, text=True, check=True).stdout
    assert pages(lan) == 1 and "Tháng này của Lan" in text and "Minh" not in text  # the family's language: vi


def test_an_unknown_child_and_a_family_without_children_are_one_line_each(demo_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "nobody.pdf"
    result = run_cli("print", "month", "--child", "Nobody", "--out", str(out), "--data-dir", str(demo_dir))
    assert result.returncode == 2 and result.stderr.startswith("notalone: error:") and "Nobody" in result.stderr
    assert "Traceback" not in result.stderr and not out.exists()
    from notalone_desktop.services import open_services

    empty = tmp_path / "empty"
    services = open_services(empty)
    services.family.update(country="DE", language="de", setup_done=True)
    services.close()
    result = run_cli("print", "month", "--out", str(out), "--data-dir", str(empty))
    assert result.returncode == 2 and "no children" in result.stderr and not out.exists()
