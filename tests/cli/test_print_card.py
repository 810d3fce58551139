"""`notalone print card`: the contact card and fridge sheet as a PDF, in the chosen language."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import run_cli

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed")


def pdf_text(path: Path) -> str:
    result = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    return result.stdout


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("card") / "data"
    result = run_cli("demo", "--data-dir", str(data))
    assert result.returncode == 0, result.stderr
    return data


def test_the_card_in_vietnamese_holds_the_pinned_contact_and_111(demo_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "card.pdf"
    result = run_cli("print", "card", "--out", str(out), "--data-dir", str(demo_dir), "--lang", "vi")
    assert result.returncode == 0, result.stderr
    assert out.exists() and out.read_bytes().startswith(b"%PDF")
    text = pdf_text(out)
    assert "Bà Hoa" in text and "0912 345 678" in text  # a pinned contact, with the number formatted
    assert "111" in text and "113" in text
    assert "Tổng đài quốc gia bảo vệ trẻ em" in text  # helpline names in Vietnamese
    # The fridge sheet's first steps for an online kidnapping and for money lost, in Vietnamese.
    assert "bắt cóc online" in text
    assert "Gọi ngay cho ngân hàng" in text


def test_the_card_for_one_child_lists_the_people_that_child_trusts(demo_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "minh.pdf"
    result = run_cli("print", "card", "--out", str(out), "--data-dir", str(demo_dir), "--child", "minh")
    assert result.returncode == 0, result.stderr
    text = pdf_text(out)
    assert "Minh" in text and "Cô Mai" in text  # the demo's class teacher of Minh
    assert "Bà Hoa" not in text


def test_an_unknown_child_is_a_one_line_error(demo_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "nobody.pdf"
    result = run_cli("print", "card", "--out", str(out), "--data-dir", str(demo_dir), "--child", "Nobody")
    assert result.returncode != 0
    assert result.stderr.startswith("notalone: error:") and "Nobody" in result.stderr
    assert "Traceback" not in result.stderr
    assert not out.exists()
