"""The benchmark's quick mode runs in make test, so that it cannot rot: every measure is taken and written, and no
ratio against its floor is more than a quarter worse than the one recorded in benchmarks/baseline.json."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import REPO

MEASURES = (
    "start: Home painted",
    "start: Get help usable",
    "peak memory",
    "start: every section and Get help usable",
    "peak memory with every part open",
    "checklist: switch child",
    "checklist: filter",
    "checklist: search as you type",
    "language switch",
    "content sync",
    "lesson search",
    "open a lesson",
    "notalone check",
)
WORSE_AT_MOST = 1.25  # a ratio may be this much above its recorded value before the guard fails


def quick_benchmark(out: Path) -> tuple[dict[str, Any], str]:
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
    return json.loads(out.read_text()), result.stdout


@pytest.fixture(scope="module")
def quick_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Any], str]:
    return quick_benchmark(tmp_path_factory.mktemp("bench") / "bench.json")


def test_quick_benchmark_measures_everything(quick_run: tuple[dict[str, Any], str]) -> None:
    report, stdout = quick_run
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
        assert f"{row['name']:46} {row['median']:9.1f} {row['p95']:9.1f}" in stdout  # the table people read
    start = next(row for row in report["rows"] if row["name"].startswith("start"))
    assert start["floor_median"] > 0 and start["ratio"] > 0  # measured against the bare window, same run
    assert report["date"] and report["machine"]


def regressions(report: dict[str, Any], recorded: dict[str, float]) -> dict[str, tuple[float, float]]:
    """The ratios more than WORSE_AT_MOST above their recorded value: name -> (now, recorded)."""
    now = {row["name"]: row["guard_ratio"] for row in report["rows"] if "guard_ratio" in row}
    return {name: (now[name], before) for name, before in recorded.items() if now.get(name, 0) > before * WORSE_AT_MOST}


def test_no_ratio_is_more_than_a_quarter_worse_than_recorded(
    quick_run: tuple[dict[str, Any], str], tmp_path: Path
) -> None:
    """Each ratio is the median of the ratios of pairs measured one right after the other (the app, then its floor),
    in CPU time, which a busy machine moves far less than a time on the clock. A ratio that still looks worse is
    measured once more, and only one worse in both runs fails: a busy moment does not fail make test, a slower
    app does."""
    recorded = json.loads((REPO / "benchmarks" / "baseline.json").read_text())["quick"]["guard_ratios"]
    report, _stdout = quick_run
    assert set(recorded) <= {row["name"] for row in report["rows"]}  # every recorded ratio is still measured
    worse = regressions(report, recorded)
    if worse:
        again, _ = quick_benchmark(tmp_path / "again.json")
        worse = {name: found for name, found in regressions(again, recorded).items() if name in worse}
    assert not worse, f"ratios more than {WORSE_AT_MOST - 1:.0%} worse than recorded (now, recorded): {worse}"
