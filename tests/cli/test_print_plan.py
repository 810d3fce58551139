"""`notalone print plan` and `notalone print agreement`: the safety plan without the code word, and the family
agreement with the "3 Nos, 3 Musts" poster, as PDF, in the chosen language.

Until cli.py accepts the two kinds these tests are expected failures; they pass as they are once it does.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import run_cli

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed")
WORD = "hoa sen vàng"


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


def pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def print_sheet(*args: str):  # type: ignore[no-untyped-def]
    result = run_cli("print", *args)
    if result.returncode == 2 and "invalid choice" in result.stderr:
        pytest.xfail(f"cli.py does not accept 'print {args[0]}' yet")
    return result


@pytest.fixture(scope="module")
def family_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo family, with a plan for Lan (her roommate and her uncle to call, her dorm, a code word)."""
    from notalone_desktop.services import open_services
    from notalone_desktop.services.plan import PlanInput

    data = tmp_path_factory.mktemp("plan") / "data"
    result = run_cli("demo", "--data-dir", str(data))
    assert result.returncode == 0, result.stderr
    services = open_services(data)
    try:
        lan = next(c for c in services.family.children() if c.nickname == "Lan")
        ids = {c.name: c.id for c in services.contacts.contacts()}
        services.plan.save(lan.id, PlanInput(("Ký túc xá, phòng 312",), (ids["Thảo"], ids["Chú Hùng"]), WORD))
    finally:
        services.close()
    return data


def test_the_plan_lists_the_people_to_call_and_never_the_code_word(family_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "plan.pdf"
    result = print_sheet("plan", "--out", str(out), "--child", "lan", "--data-dir", str(family_dir), "--lang", "en")
    assert result.returncode == 0, result.stderr
    assert pages(out) == 1
    text = pdf_text(out)
    assert "Safety plan for Lan" in text
    for expected in ("Thảo", "0935 222 333", "Chú Hùng", "0987 654 321", "113", "Ký túc xá, phòng 312"):
        assert expected in text, expected
    assert text.index("Thảo") < text.index("Chú Hùng")  # in the order chosen
    assert WORD not in text and "Not printed, on purpose" in text


def test_the_whole_family_gets_one_page_per_child(family_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "plans.pdf"
    result = print_sheet("plan", "--out", str(out), "--data-dir", str(family_dir), "--lang", "en")
    assert result.returncode == 0, result.stderr
    assert pages(out) == 3
    text = pdf_text(out)
    assert all(f"Safety plan for {name}" in text for name in ("Lan", "Minh", "Bông"))
    assert WORD not in text


def test_an_unknown_child_is_a_one_line_error(family_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "nobody.pdf"
    result = print_sheet("plan", "--out", str(out), "--child", "Nobody", "--data-dir", str(family_dir))
    assert result.returncode != 0
    assert result.stderr.startswith("notalone: error:") and "Nobody" in result.stderr
    assert "Traceback" not in result.stderr and not out.exists()


def test_the_agreement_and_poster_in_vietnamese(family_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "agreement.pdf"
    result = print_sheet("agreement", "--out", str(out), "--data-dir", str(family_dir), "--lang", "vi")
    assert result.returncode == 0, result.stderr
    text = pdf_text(out)
    assert "Thỏa thuận an toàn trên mạng" in text
    assert "3 Không, 3 Phải" in text and "Phải xác minh" in text
    for name in ("Lan", "Minh", "Bông"):  # a line to sign for each child
        assert name in text
    assert WORD not in text
