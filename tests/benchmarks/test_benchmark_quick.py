"""The benchmark's quick mode runs in make test, so that it cannot rot: every measure is taken and written."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO

MEASURES = (
    "start: Home painted",
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
        # A 95th percentile is never below the median: a p95 taken from the wrong end, or a median of nothing, fails.
        assert row["runs"] >= 1 and 0 < row["median"] <= row["p95"], row
        if row["unit"] == "ms":
            assert row["p95"] < 60_000, row  # a figure in hours is a broken clock, not a slow app
        if row["unit"] == "MiB":
            assert 10 < row["median"] < 4096, row  # a whole Qt process, in MiB (not bytes or KiB)
        if "floor_median" in row:
            assert row["ratio"] == pytest.approx(row["median"] / row["floor_median"]), row
        assert f"{row['name']:46} {row['median']:9.1f} {row['p95']:9.1f}" in result.stdout  # the table people read
    start = next(row for row in report["rows"] if row["name"].startswith("start"))
    assert start["floor_median"] > 0  # measured against the bare window, in the same run
