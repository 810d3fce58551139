"""Property-based tests of the four readers that take what a user or a file supplies (issue 15, deliverable 5):
the family archive, vCards, NGO profiles and the lesson search. Random and mutated inputs (hypothesis) and the
known worst cases never raise anything but the app's own refusal, never change the family's data when refused,
and stay under a memory cap, measured in a process of each reader's own (tests/reliability/hostile.py).

The default run tries the same 60 inputs per reader every time (a few seconds each); `--long` tries 2,000 new
random ones per reader, and reads the largest archive the limits allow, to compare its peak memory."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

import pytest

from tests.reliability.helpers import REPO, env_for_children

READERS = ("archive", "vcard", "profile", "search")
# MiB above the process after set-up. Measured (2026-12): archive 60 (6.6 M `{}`, 19 MB strings), vCard 51
# (2 MB of folded lines), profile 27, search 4; reading the largest archive the limits allow takes 266.
WORST_CASE_CAP = {"archive": 100, "vcard": 90, "profile": 60, "search": 40}
EXAMPLES_CAP = 40  # the random inputs are small: they add little to the worst cases' peak


def run_reader(reader: str, examples: int, random: bool) -> subprocess.Popen[str]:
    command = [sys.executable, "-m", "tests.reliability.hostile", reader, "--examples", str(examples)]
    return subprocess.Popen(
        [*command, *(["--random"] if random else [])],
        cwd=REPO,  # hypothesis keeps its Unicode tables in REPO/.hypothesis (git-ignored by its own .gitignore)
        env=env_for_children(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@pytest.fixture(scope="module")
def results(request: pytest.FixtureRequest) -> dict[str, Any]:
    """Every reader's run, in parallel processes; hypothesis's tables built first, outside the measurement."""
    import os

    long_run = bool(request.config.getoption("--long", default=False)) or os.environ.get("NOTALONE_LONG_TESTS") == "1"
    warm = (
        "import warnings; warnings.simplefilter('ignore'); from hypothesis import strategies as st; st.text().example()"
    )
    subprocess.run([sys.executable, "-c", warm], cwd=REPO, env=env_for_children(), check=True, timeout=300)
    examples = 2000 if long_run else 60
    running = {reader: run_reader(reader, examples, random=long_run) for reader in READERS}
    if long_run:
        running["largest"] = run_reader("largest", 1, False)
    found: dict[str, Any] = {}
    for reader, process in running.items():
        out, err = process.communicate(timeout=3600)
        found[reader] = {"returncode": process.returncode, "stderr": err[-4000:], "stdout": out}
        if process.returncode == 0:
            found[reader].update(json.loads(out.strip().splitlines()[-1]))
        print(f"\n{reader}: {out.strip()} {err.strip()[-200:] if reader == 'largest' else ''}")
    return found


@pytest.mark.parametrize("reader", READERS)
def test_random_and_mutated_inputs_get_only_the_apps_refusal_change_nothing_and_stay_small(
    results: dict[str, Any], reader: str
) -> None:
    result = results[reader]
    assert result["returncode"] == 0, result["stderr"]  # hypothesis prints the smallest failing input there
    assert result["crashes"] == 0 and result["db_changes"] == 0
    assert result["tried"] >= 60 and result["refused"] + result["accepted"] == result["tried"]
    if reader != "search":
        assert result["refused"] > 0  # the hostile cases were refused, in the reader's own words
    over = result["worst_peak_mib"] - result["base_mib"]
    assert over <= WORST_CASE_CAP[reader], f"{reader}: the worst cases took {over:.0f} MiB"
    assert result["peak_mib"] - result["worst_peak_mib"] <= EXAMPLES_CAP, result


def test_a_refused_archive_takes_less_memory_than_the_largest_one_accepted(results: dict[str, Any]) -> None:
    if "largest" not in results:
        pytest.skip("reads a 20 MB family.json: runs with --long")
    largest = results["largest"]
    assert largest["returncode"] == 0, largest["stderr"]
    refused = results["archive"]["worst_peak_mib"] - results["archive"]["base_mib"]
    assert refused < largest["peak_mib"] - largest["base_mib"]
