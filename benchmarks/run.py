"""The performance benchmark: each figure against its floor, measured in the same run where one exists.

    python benchmarks/run.py [--quick] [--json PATH] [--save-baseline]

Start-up and memory run whole processes, alternating the app and a bare PySide6 window (A/B) so that both see
the same machine. The rest runs in this process, offscreen, against generated data, alternating with a floor of
its own where there is one (Qt's own model and view showing the same rows; SQLite's index giving the same
matches unranked). Prints one table and writes it as JSON. Quick mode (in `make test`) keeps the benchmark from
rotting and guards every ratio against a regression (tests/benchmarks); the full mode is for people, and
`--save-baseline` records its ratios as the guard's reference (benchmarks/baseline.json).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["NOTALONE_NO_WIZARD"] = "1"
BASELINE = ROOT / "benchmarks" / "baseline.json"

from benchmarks import data, floors  # noqa: E402

Row = dict[str, Any]


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def trimmed_mean(values: list[float]) -> float:
    """The mean without the highest and the lowest tenth of the values."""
    ordered = sorted(values)
    cut = len(ordered) // 10
    return statistics.fmean(ordered[cut : len(ordered) - cut])


def row(
    name: str,
    values: list[float],
    unit: str,
    target: str,
    floor: list[float] | None = None,
    cpu: tuple[list[float], list[float]] | None = None,
) -> Row:
    """One measure: its median and p95, and against its floor (same run) the ratio of the medians. `cpu` (the CPU
    times of the values and of the floor) gives the ratio the guard in make test compares instead."""
    result: Row = {
        "name": name,
        "unit": unit,
        "runs": len(values),
        "median": statistics.median(values),
        "p95": p95(values),
        "target": target,
    }
    if floor:
        result["floor_median"] = statistics.median(floor)
        result["ratio"] = result["median"] / result["floor_median"]
        # For the guard: in CPU time where there is one (the time a process waits for a core on a busy machine is
        # not its own cost), the ratio of means without the highest and lowest tenth: a median jumps when the
        # values come in two heaps (a filter that shows 300 rows, then 20).
        mine, theirs = cpu if cpu is not None else (values, floor)
        result["guard_ratio"] = trimmed_mean(mine) / trimmed_mean(theirs)
    if cpu is not None:  # what the work itself took, without the waits for a core of a busy machine
        result["cpu_median"], result["cpu_p95"] = statistics.median(cpu[0]), p95(cpu[0])
    return result


def child_environment() -> dict[str, str]:
    """The environment of the measured processes: byte code may be cached (as in an installed app, and as at a
    family's second start), whatever the shell running the benchmark says (PYTHONDONTWRITEBYTECODE)."""
    return {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}


# Starts the measured command from a small process of its own. Linux counts the memory a process held before it
# replaced itself with the command (exec) in the command's peak: started from this benchmark, which holds Qt and
# the app's modules, every command would seem to need at least as much memory as the benchmark itself.
LAUNCHER = """
import os, sys, time
started = time.perf_counter()
pid = os.fork()
if pid == 0:
    fd = os.open(os.devnull, os.O_WRONLY)
    os.dup2(fd, 1)
    os.dup2(fd, 2)
    os.execv(sys.argv[1], sys.argv[1:])
_pid, status, usage = os.wait4(pid, 0)
cpu = (usage.ru_utime + usage.ru_stime) * 1000
print((time.perf_counter() - started) * 1000, usage.ru_maxrss, cpu, os.waitstatus_to_exitcode(status))
"""


def run_process(command: list[str]) -> tuple[float, float, float]:
    """Wall time (ms), peak resident memory (MiB) and CPU time (ms) of one whole process."""
    launched = subprocess.run(
        [sys.executable, "-S", "-c", LAUNCHER, *command],
        capture_output=True,
        text=True,
        env=child_environment(),
        check=True,
    )
    elapsed, peak_kib, cpu, code = launched.stdout.split()
    if int(code) != 0:
        raise RuntimeError(f"{command} failed with exit code {code}")
    return float(elapsed), int(peak_kib) / 1024, float(cpu)


def start_up(data_dir: Path, runs: int) -> list[Row]:
    app = [sys.executable, "-m", "notalone_desktop", "--data-dir", str(data_dir)]
    commands = {
        "bare": [sys.executable, str(ROOT / "benchmarks" / "bare_window.py")],
        "home": [*app, "--quit-when-ready"],
        "usable": [*app, "--quit-when-ready=full"],
        "every": [*app, "--quit-when-ready=all"],
        "help": [*app, "--quit-when-ready=help"],  # F1 at the first frame, until the panel painted
    }
    for command in commands.values():  # warm the file cache, byte code and content cache (a second start)
        run_process(command)
    times: dict[str, list[float]] = {name: [] for name in commands}
    memory: dict[str, list[float]] = {name: [] for name in commands}
    cpu: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, command in commands.items():
            elapsed, peak, used = run_process(command)
            times[name].append(elapsed)
            memory[name].append(peak)
            cpu[name].append(used)
    # (process, its time's name and target, its peak memory's name and target)
    measures = (
        (
            "home",
            "start: Home painted with the family's data",
            "<= 2.5x bare",
            "peak memory of that start",
            "<= 1.6x bare",
        ),
        (
            "usable",
            "start: every section and Get help usable",
            "<= 3.5x bare",
            "peak memory with every part open",
            "<= 1.8x bare",
        ),
        ("every", "start: each section and Get help shown once", "-", "peak memory with each of them shown", "-"),
        ("help", "start: Get help usable (F1 at the first frame)", "-", "peak memory with Get help open", "-"),
    )
    rows = []
    for name, title, target, memory_title, memory_target in measures:
        rows.append(row(title, times[name], "ms", target, times["bare"], (cpu[name], cpu["bare"])))
        rows.append(row(memory_title, memory[name], "MiB", memory_target, memory["bare"]))
    return rows


def timed(action: Callable[[], object], repeats: int, cpu: list[float] | None = None) -> list[float]:
    """Wall times (ms) of `repeats` calls; their CPU times (ms) go to `cpu` when given."""
    values = []
    for _ in range(repeats):
        started, used = time.perf_counter(), time.process_time()
        action()
        values.append((time.perf_counter() - started) * 1000)
        if cpu is not None:
            cpu.append((time.process_time() - used) * 1000)
    return values


def alternating(
    action: Callable[[], object], floor: Callable[[], object], repeats: int, settle: Callable[[], object] = lambda: None
) -> dict[str, Any]:
    """Time `action` and `floor` one after the other, `repeats` times, so that both see the same moments of the
    machine: the keyword arguments of row() for the values, the floor and their CPU times. `settle` runs, untimed,
    before each: neither pays for what the other left to do."""
    values: list[float] = []
    floor_values: list[float] = []
    cpu: tuple[list[float], list[float]] = ([], [])
    for _ in range(repeats):
        settle()
        values += timed(action, 1, cpu[0])
        settle()
        floor_values += timed(floor, 1, cpu[1])
    return {"values": values, "floor": floor_values, "cpu": cpu}


def checklist_rows(scratch: Path, quick: bool) -> list[Row]:
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    from notalone_desktop.services import open_services
    from notalone_desktop.ui.app import build_window

    # Switching between five children with 300 items each, a filter, and search words typed one letter at a time.
    content = data.big_checklist_content(scratch / "big-content", 300)
    services = open_services(scratch / "big-family", content)
    data.five_children(services)
    window = build_window(services, "en", first_run=False)
    window.resize(1180, 800)
    window.show()
    window.show_view("checklist")
    view = window.views["checklist"]
    view.owner.setCurrentIndex(1)
    view.owner.activated.emit(1)
    floor = floors.BareItemView(5, view.tree.model().groups())
    QApplication.processEvents()
    counter = iter(range(10**6))
    repeats = 50 if quick else 100

    def switch() -> None:
        index = 1 + next(counter) % 5
        view.owner.setCurrentIndex(index)
        view.owner.activated.emit(index)
        QApplication.processEvents()

    def status() -> None:
        index = next(counter) % view.status.count()
        view.status.setCurrentIndex(index)
        view.status.activated.emit(index)
        QApplication.processEvents()

    typed = iter(["s", "st", "ste", "step", "step ", "step 1", "step 12", "step 1", "step", ""] * 1000)

    def settle() -> None:
        QApplication.processEvents()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    def search() -> None:
        view.search.setText(next(typed))
        QApplication.processEvents()

    rows = []
    for name, action in (("switch child (5 x 300 items)", switch), ("filter", status), ("search as you type", search)):
        rows.append(
            row(
                f"checklist: {name}", unit="ms", target="p95 < 16", **alternating(action, floor.switch, repeats, settle)
            )
        )
        rows[-1]["floor"] = "Qt's own model and view showing 300 rows"

    # Language switch at run time, with the checklist on screen.
    languages = iter(["vi", "en"] * 1000)

    def language() -> None:
        window.context.set_language(next(languages))
        QApplication.processEvents()

    rows.append(row("language switch at run time", timed(language, 4 if quick else 20), "ms", "< 150"))
    window.close()
    services.close()
    return rows


def lesson_rows(scratch: Path, quick: bool) -> list[Row]:
    from PySide6.QtWidgets import QApplication

    from notalone_desktop.services import open_services
    from notalone_desktop.services.content import ContentCatalog
    from notalone_desktop.ui.app import build_window

    # Sync, search and open over generated lessons whose words come from one small pool: every query matches
    # every lesson, the worst case for ranking.
    count = 200 if quick else 2000
    lessons_root = data.generated_lessons(scratch / "lessons-content", count)
    catalog = ContentCatalog(lessons_root)
    services = open_services(scratch / "lessons-family", catalog)
    lessons = catalog.lessons()
    started = time.perf_counter()
    services.lessons.sync(lessons, force=True)
    sync_ms = (time.perf_counter() - started) * 1000
    rows = [row(f"content sync of {count} lessons", [sync_ms], "ms", "< 2000")]
    queries = ["scam", "lua dao", "Betrug", "password", "co", "an", "gia dinh", "screen time", "polizei", "chat"]
    query, floor_query = iter(queries * 1000), iter(queries * 1000)
    floor = floors.UnrankedSearch(services.database.path)
    measured = alternating(
        lambda: services.lessons.search(next(query), "en"),
        lambda: floor.search(next(floor_query)),
        50 if quick else 500,
    )
    searched = row(f"lesson search over {count} lessons", unit="ms", target="p95 < 5", **measured)
    searched["floor"] = "SQLite's index giving 20 matches with their snippets, unranked"
    rows.append(searched)
    floor.close()
    window = build_window(services, "en", first_run=False)
    window.show()
    window.show_view("lessons")
    lesson_view = window.views["lessons"]
    keys = iter([f"lesson-{n}" for n in range(count)] * 10)

    def open_lesson() -> None:
        lesson_view.focus_key(next(keys))
        QApplication.processEvents()

    rows.append(row("open a lesson", timed(open_lesson, 10 if quick else 100), "ms", "< 30"))
    window.close()
    services.close()
    return rows


def command_rows(scratch: Path, quick: bool) -> list[Row]:
    # Export and import of the large family (five children, 300 items each, with notes and dates), whole
    # processes as a family or an NGO would run them.
    big = scratch / "big-family"
    archive = scratch / "big-family.zip"
    notalone = [sys.executable, "-m", "notalone_desktop"]
    exports, imports = [], []
    for n in range(2 if quick else 5):
        archive.unlink(missing_ok=True)
        exports.append(run_process([*notalone, "export", "--out", str(archive), "--data-dir", str(big)])[0])
        target = scratch / f"imported-{n}"
        imports.append(run_process([*notalone, "import", str(archive), "--data-dir", str(target)])[0])
    command = [*notalone, "check", "--data-dir", str(big)]
    return [
        row("export a large family (whole command)", exports, "ms", "-"),
        row("import it into an empty data dir (whole command)", imports, "ms", "-"),
        row("notalone check on a large data dir", [run_process(command)[0] for _ in range(3)], "ms", "-"),
    ]


def package_size() -> list[Row]:
    sizes = ROOT / "dist" / "sizes.json"
    if not sizes.exists():
        return []
    found = json.loads(sizes.read_text())
    deb, bare = found.get("deb_bytes"), found.get("bare_deb_bytes") or found.get("bare_bundle_bytes")
    if not deb or not bare:
        return []
    return [row(".deb size (MiB)", [deb / 2**20], "MiB", "<= 1.2x bare", [bare / 2**20])]


def save_baseline(result: dict[str, Any]) -> None:
    """Keep this run's ratios as the guard's reference for its mode (quick or full): the median of the last three
    runs saved, so that one run on a busy moment does not set the bar."""
    mode = "quick" if result["quick"] else "full"
    saved = json.loads(BASELINE.read_text(encoding="utf-8")) if BASELINE.exists() else {}
    ratios = {r["name"]: round(r["guard_ratio"], 3) for r in result["rows"] if "guard_ratio" in r}
    runs = [*saved.get(mode, {}).get("runs", []), ratios][-3:]
    names = [name for name in ratios if all(name in run for run in runs)]
    saved[mode] = {
        "date": result["date"],
        "machine": result["machine"],
        "runs": runs,
        "guard_ratios": {name: round(statistics.median(run[name] for run in runs), 3) for name in names},
    }
    BASELINE.write_text(json.dumps(saved, indent=2) + "\n", encoding="utf-8")
    print(f"baseline ({mode}, median of {len(runs)} runs) written to {BASELINE}")


def print_table(rows: list[Row]) -> None:
    print(f"{'measure':46} {'median':>9} {'p95':>9} {'floor':>9} {'ratio':>6}  target")
    for r in rows:
        floor = f"{r['floor_median']:9.1f}" if "floor_median" in r else " " * 9
        ratio = f"{r['ratio']:5.2f}x" if "ratio" in r else " " * 6
        print(f"{r['name']:46} {r['median']:9.1f} {r['p95']:9.1f} {floor} {ratio}  {r['target']} ({r['unit']})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="few repeats and 200 lessons: a smoke run")
    parser.add_argument("--json", type=Path, default=ROOT / "build" / "bench.json")
    parser.add_argument("--save-baseline", action="store_true", help=f"record the ratios in {BASELINE.name}")
    args = parser.parse_args()
    from notalone_desktop.ui.app import application

    application()
    with tempfile.TemporaryDirectory(prefix="notalone-bench-") as tmp:
        scratch = Path(tmp)
        family = data.realistic_family(scratch / "family")
        rows = start_up(family, 5 if args.quick else 15)
        rows += checklist_rows(scratch, args.quick)
        rows += lesson_rows(scratch, args.quick)
        rows += command_rows(scratch, args.quick)
    rows += package_size()
    print_table(rows)
    result = {
        "date": time.strftime("%Y-%m-%d"),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, {platform.python_implementation()} "
        f"{platform.python_version()}",
        "load": os.getloadavg()[0],
        "quick": args.quick,
        "rows": rows,
    }
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(result, indent=2), encoding="utf-8")
    print(f"written to {args.json}")
    if args.save_baseline:
        save_baseline(result)
    sys.stdout.flush()
    # Leave without tearing down Qt's objects one by one: PySide can crash while finalizing the interpreter
    # after offscreen windows, which would turn a finished benchmark into a failed command.
    os._exit(0)


if __name__ == "__main__":
    main()
