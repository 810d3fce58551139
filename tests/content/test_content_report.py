"""resources/README.md carries the content's counts and sources, written by tools/content_report.py, and they
are current: a change to the content without re-running the tool fails here."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from notalone_desktop.core.content.checklists import load_checklists
from notalone_desktop.paths import resources_dir
from tests.conftest import REPO

sys.path.insert(0, str(REPO / "tools"))
try:
    from content_report import END, START, current_readme, report
finally:
    sys.path.pop(0)


def test_the_readme_counts_are_current() -> None:
    readme = resources_dir() / "README.md"
    block = report(resources_dir())
    assert readme.read_text(encoding="utf-8") == current_readme(readme, block), (
        "resources/README.md is out of date: run python tools/content_report.py"
    )
    items = len(load_checklists(resources_dir() / "checklists").items)
    assert f"Checklist items: {items}." in block
    assert "| VN | Vietnam |" in block and "`vn.spam-calls` | 156 | `{scam_report}` | 2026-12-07" in block


def test_a_stale_block_is_found(tmp_path: Path) -> None:
    readme = tmp_path / "README.md"
    stale = report(resources_dir()).replace("Checklist items: ", "Checklist items: 1")
    readme.write_text("# Shipped content\n\n" + stale + "\n", encoding="utf-8")
    assert current_readme(readme, report(resources_dir())) != readme.read_text(encoding="utf-8")
    assert readme.read_text(encoding="utf-8").count(START) == 1 and END in stale


def test_the_tool_says_so_on_the_command_line(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(REPO / "tools" / "content_report.py"), "--check"], capture_output=True, text=True
    )
    assert result.returncode == 0 and "current" in result.stdout
