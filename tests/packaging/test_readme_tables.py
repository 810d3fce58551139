"""The READMEs' size table and versions line are generated from the recorded build (packaging/sizes.json) by
packaging/readme_tables.py, never typed: a hand edit, or a new record without regenerating, fails here (fast)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "packaging"))
import readme_tables  # noqa: E402


def test_the_readmes_match_the_recorded_build() -> None:
    result = subprocess.run(
        [sys.executable, str(REPO / "packaging" / "readme_tables.py"), "--check"], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr


def test_the_table_shows_the_recorded_figures() -> None:
    sizes = json.loads((REPO / "packaging" / "sizes.json").read_text(encoding="utf-8"))
    table = readme_tables.sizes_table(sizes)
    assert f"{sizes['app']['deb_bytes'] / 1e6:.1f} MB" in table
    assert f"{sizes['ratios']['deb_vs_bare_tar_xz']:.3f}" in table
    line = readme_tables.versions_line(sizes)
    assert f"PySide6-Essentials {sizes['versions']['PySide6_Essentials']}" in line
    pinned = (REPO / "packaging" / "constraints.txt").read_text(encoding="utf-8")
    assert f"PySide6-Essentials=={sizes['versions']['PySide6_Essentials']}" in pinned  # the record is of the pins


def test_a_changed_record_is_caught(tmp_path: Path) -> None:
    sizes = json.loads((REPO / "packaging" / "sizes.json").read_text(encoding="utf-8"))
    text = (REPO / "README.md").read_text(encoding="utf-8")
    sizes["app"]["deb_bytes"] += 5_000_000
    assert readme_tables.render(text, sizes) != text
