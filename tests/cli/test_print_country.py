"""Printed sheets carry the family's own country's numbers: an Indonesian and a German family's checklist booklet
and emergency sheet name 110 and their own lines, never Vietnam's 113 or 111, and no placeholder."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import run_cli

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed")
# Vietnam's police (113) and children's line (111). In Indonesia 113 is the fire brigade: there it may only stand
# as that line of the sheet, never in a step that tells the family whom to call.
VIETNAMESE = re.compile(r"(?<![\d ])(113|111)(?![\d ])")


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


def family_in(country: str, root: Path) -> Path:
    """The demo family, moved to `country` (as Settings would do it)."""
    from notalone_desktop.services import open_services

    data = root / country
    assert run_cli("demo", "--data-dir", str(data)).returncode == 0
    services = open_services(data)
    try:
        services.family.update(country=country)
    finally:
        services.close()
    return data


@pytest.mark.parametrize(
    ("country", "lang", "own"),
    [("ID", "id", ["110", "112", "129"]), ("DE", "de", ["110", "112", "116 111"])],
)
def test_the_booklet_and_the_emergency_sheet_name_the_familys_own_numbers(
    tmp_path: Path, country: str, lang: str, own: list[str]
) -> None:
    data = family_in(country, tmp_path)
    texts = []
    for kind in ("checklist", "card"):
        out = tmp_path / f"{kind}.pdf"
        result = run_cli("print", kind, "--out", str(out), "--data-dir", str(data), "--lang", lang)
        assert result.returncode == 0, result.stderr
        texts.append(pdf_text(out))
    booklet, sheet = texts
    for number in own:
        assert number in sheet, number
    assert "110" in booklet  # the checklist's steps that name the police
    fire_brigade = "113\n\nPemadam kebakaran" if country == "ID" else "\x00"
    for text in texts:
        assert not re.search(r"\{[a-z_]+\}", text)
        assert VIETNAMESE.findall(text.replace(fire_brigade, "")) == []
