"""The benchmark's quick mode runs in make test, so that it cannot rot: every measure is taken and written."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO

MEASURES = (
    "start: Home painted",
    "start: Get help usable",
    "peak memory",
    "checklist: switch child",
    "language switch",
    "content sync",
    "lesson search",
    "open a lesson",
    "notalone check",
)


def test_quick_benchmark_measures_everything(tmp_path: Path) -> None:
    out = tmp_path / "bench.json"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, str(REPO / "benchmarks" / "run.py"), "--quick", "--json", str(out)],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    report = json.loads(out.read_text())
    names = [row["name"] for row in report["rows"]]
    for measure in MEASURES:
        assert any(name.startswith(measure) for name in names), measure
    for row in report["rows"]:
        assert row["median"] > 0 and row["p95"] >= row["median"] * 0.5, row
    start = next(row for row in report["rows"] if row["name"].startswith("start"))
    assert start["floor_median"] > 0 and start["ratio"] > 0  # measured against the bare window, same run
    assert "measure" in result.stdout and "ratio" in result.stdout  # the table people read
