"""Mutation testing of the checklist's rules (core/) and of the readers of outside files (`make mutation`).

Runs mutmut 3 (its settings: `[tool.mutmut]` in pyproject.toml) over a fresh copy of the project in
build/mutation/, so that the work tree is never touched, then prints the share of mutants killed per module and
per group against the targets below. A surviving mutant counts against the score unless it is listed, with the
reason it cannot change what a family sees, in tests/mutation/equivalent.toml. Exit 1 when a group misses its
target; the survivors it does not explain are printed with their diffs (each a test to write, or an equivalent
mutant to explain there), and so are entries of that file that no longer match a survivor.

Not part of `make test`: on 2 shared cores the run takes about 15 minutes.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
WORK = REPO / "build" / "mutation"
EQUIVALENT = REPO / "tests" / "mutation" / "equivalent.toml"
COPIED = ("notalone_desktop", "resources", "packaging/profiles", "tests", "pyproject.toml")
READERS = (
    "notalone_desktop/storage/archive.py",
    "notalone_desktop/services/vcard.py",
    "notalone_desktop/core/profile.py",
)
# (group, target share killed): the rules must be pinned tighter than the readers' wording.
TARGETS = {"core": 0.90, "readers": 0.85}
# mutmut's exit codes per mutant (mutmut.stats.status_by_exit_code): a timeout or a type error is a detection.
KILLED_CODES = {1, 3, 36, 37, -24, 24, 152, 255}
SURVIVED_CODES = {0}
NO_TESTS_CODES = {5, 33}


@dataclass(frozen=True)
class Equivalent:
    file: str
    function: str
    mutation: str  # the mutated line(s) as `mutmut show` prints them after "+", without the "+"; "*": every one
    reason: str


@dataclass
class Module:
    path: str
    killed: int = 0
    survived: list[str] = field(default_factory=list)  # mutant names
    untested: list[str] = field(default_factory=list)
    other: list[str] = field(default_factory=list)  # suspicious, segfault
    unchecked: int = 0  # not run (a run limited with --only): left out of the score
    equivalent: list[tuple[str, Equivalent]] = field(default_factory=list)

    @property
    def total(self) -> int:
        return self.killed + len(self.survived) + len(self.untested) + len(self.other) + len(self.equivalent)

    @property
    def counted(self) -> int:
        """Mutants that can be killed: the equivalent ones are left out."""
        return self.total - len(self.equivalent)


def group_of(path: str) -> str:
    return "readers" if path in READERS else "core"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 2, help="mutants tested at once")
    parser.add_argument("--work", type=Path, default=WORK, help="the folder of the copy that is mutated")
    parser.add_argument("--tests", nargs="+", help="test paths to use instead of the selection in pyproject.toml")
    parser.add_argument("--only", nargs="+", default=[], help="mutant names or globs ('notalone_desktop.core.age*')")
    parser.add_argument("--report-only", action="store_true", help="read the results of the last run again")
    args = parser.parse_args(argv)
    work = args.work.resolve()
    if not args.report_only:
        started = time.monotonic()
        run_mutmut(work, args.jobs, args.tests, args.only)
        print(f"mutmut took {time.monotonic() - started:.0f} s")
    equivalents = load_equivalents(EQUIVALENT)
    modules = collect(work, equivalents)
    return report(modules, equivalents)


def run_mutmut(work: Path, jobs: int, tests: list[str] | None, only: list[str]) -> None:
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.qm")
    for name in COPIED:
        source = REPO / name
        if source.is_dir():
            shutil.copytree(source, work / name, ignore=ignore)  # parents made as needed
        else:
            shutil.copy2(source, work / name)
    if tests:
        _replace_selection(work / "pyproject.toml", tests)
    log = work / "mutmut.log"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONDONTWRITEBYTECODE="1")
    env.pop("NOTALONE_LONG_TESTS", None)  # the fast selection only
    print(f"mutmut run in {work} ({jobs} at once); its output goes to {log}", flush=True)
    with log.open("wb") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "mutmut", "run", "--max-children", str(jobs), *only],
            cwd=work,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
        last = time.monotonic()
        while process.poll() is None:
            time.sleep(1)
            if time.monotonic() - last >= 30:
                last = time.monotonic()
                print(f"  {_progress(log)}", flush=True)
    if process.returncode != 0:
        tail = log.read_text(errors="replace")[-3000:]
        raise SystemExit(f"mutmut failed (exit {process.returncode}); the end of {log}:\n{tail}")


def _replace_selection(pyproject: Path, tests: list[str]) -> None:
    text = pyproject.read_text(encoding="utf-8")
    start = text.index("pytest_add_cli_args_test_selection = [")
    end = text.index("]", start) + 1
    pyproject.write_text(text[:start] + f"pytest_add_cli_args_test_selection = {json.dumps(tests)}" + text[end:])


def _progress(log: Path) -> str:
    """mutmut's last status line ("1234/4500 ..."), without its spinner."""
    with log.open("rb") as handle:
        handle.seek(max(0, log.stat().st_size - 300))
        tail = handle.read().decode(errors="replace")
    for spinner in "⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏\r":
        tail = tail.replace(spinner, "\n")
    lines = [line.strip() for line in tail.splitlines() if line.strip()]
    return lines[-1] if lines else "starting"


def load_equivalents(path: Path) -> list[Equivalent]:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    entries = []
    for n, raw in enumerate(data.get("equivalent", [])):
        missing = [key for key in ("file", "function", "mutation", "reason") if not str(raw.get(key, "")).strip()]
        if missing:
            raise SystemExit(f"{path}: equivalent[{n}] lacks {', '.join(missing)}")
        entries.append(Equivalent(raw["file"], raw["function"], raw["mutation"].strip(), raw["reason"].strip()))
    return entries


def function_of(mutant: str) -> str:
    """`notalone_desktop.core.age.x_band_for_age__mutmut_8` -> `band_for_age`; methods as `Class.method`."""
    name = mutant.rsplit(".", 1)[-1].rsplit("__mutmut_", 1)[0]
    if name.startswith("xǁ"):
        return name[2:].replace("ǁ", ".")
    return name.removeprefix("x_")


def mutation_of(diff: str) -> str:
    return "\n".join(
        line[1:].strip() for line in diff.splitlines() if line.startswith("+") and not line.startswith("+++")
    )


def collect(work: Path, equivalents: Iterable[Equivalent]) -> list[Module]:
    """Every mutated module's results, read from mutmut's .meta files; survivors matched against `equivalents`."""
    metas = sorted((work / "mutants").rglob("*.py.meta"))
    if not metas:
        raise SystemExit(f"no results in {work / 'mutants'}: run `make mutation` first")
    os.chdir(work)  # mutmut's own helpers read its files relative to the project
    from mutmut.mutation.diff_apply import get_diff_for_mutant

    by_place = {(e.file, e.function, e.mutation): e for e in equivalents}
    modules = []
    for meta in metas:
        path = str(meta.relative_to(work / "mutants")).removesuffix(".meta")
        module = Module(path)
        codes = json.loads(meta.read_text())["exit_code_by_key"]
        for mutant, code in sorted(codes.items(), key=lambda kv: _natural(kv[0])):
            if code in KILLED_CODES:
                module.killed += 1
                continue
            if code in SURVIVED_CODES or code in NO_TESTS_CODES:
                mutation = mutation_of(get_diff_for_mutant(mutant, path=path))
                function = function_of(mutant)
                match = by_place.get((path, function, mutation)) or by_place.get((path, function, "*"))
                if match is not None:
                    module.equivalent.append((mutant, match))
                elif code in SURVIVED_CODES:
                    module.survived.append(mutant)
                else:
                    module.untested.append(mutant)
            elif code is None:
                module.unchecked += 1
            else:
                module.other.append(mutant)
        modules.append(module)
    return modules


def _natural(mutant: str) -> tuple[str, int]:
    head, _, number = mutant.rpartition("__mutmut_")
    return head, int(number) if number.isdigit() else 0


def report(modules: list[Module], equivalents: list[Equivalent]) -> int:
    """The survivors to look at first, then the table and the verdicts (last, where a terminal shows them)."""
    from mutmut.mutation.diff_apply import get_diff_for_mutant

    unexplained = [(m.path, name) for m in modules for name in (*m.survived, *m.untested, *m.other)]
    for path, name in unexplained:  # each a test to write, or an equivalent mutant to explain: listed, not fatal
        print(f"\n# {name} ({function_of(name)})")
        print(get_diff_for_mutant(name, path=path))
    matched = {id(e) for m in modules for _name, e in m.equivalent}
    stale = [e for e in equivalents if id(e) not in matched]
    if stale:
        print(
            f"\n{len(stale)} entries of {EQUIVALENT.relative_to(REPO)} match no surviving mutant (killed now, or "
            "the code changed): remove or update them"
        )
        for e in stale:
            print(f"  {e.file} {e.function}: {e.mutation}")
    failed = False
    print(f"\n{'module':<52} {'mutants':>7} {'killed':>6} {'equiv.':>6} {'left':>5} {'score':>7}")
    for group, target in TARGETS.items():
        members = [m for m in modules if group_of(m.path) == group]
        for m in members:
            left = len(m.survived) + len(m.untested) + len(m.other)
            score = _score(m.killed, m.counted)
            print(f"{m.path:<52} {m.total:>7} {m.killed:>6} {len(m.equivalent):>6} {left:>5} {score}")
        killed = sum(m.killed for m in members)
        counted = sum(m.counted for m in members)
        met = counted == 0 or killed / counted >= target
        failed |= not met
        verdict = "met" if met else "NOT MET"
        print(
            f"{'= ' + group:<52} {sum(m.total for m in members):>7} {killed:>6} "
            f"{sum(len(m.equivalent) for m in members):>6} {counted - killed:>5} {_score(killed, counted)}"
            f"   target {target:.0%}: {verdict}"
        )
        print()
    unchecked = sum(m.unchecked for m in modules)
    if unchecked:
        print(f"{unchecked} mutants were not run (--only): they are left out of the figures above.")
    explained = sum(len(m.equivalent) for m in modules)
    print(
        f"{explained} surviving mutants are explained as equivalent in {EQUIVALENT.relative_to(REPO)}; "
        f"{len(unexplained)} others are listed above (a test to write, or an equivalent mutant to explain)."
    )
    return 1 if failed else 0


def _score(killed: int, counted: int) -> str:
    return f"{100 * killed / counted:6.1f}%" if counted else "     -"


if __name__ == "__main__":
    sys.exit(main())
