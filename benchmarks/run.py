"""The performance benchmark: each figure against its floor, measured in the same run where one exists.

    python benchmarks/run.py [--quick] [--json PATH]

Start-up and memory run whole processes, alternating the app and a bare PySide6 window (A/B) so that both
see the same machine. The rest runs in this process, offscreen, against generated data. Prints one table and
writes it as JSON. Quick mode (in `make test`) keeps the benchmark from rotting; the full mode is for people.
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

from benchmarks import data  # noqa: E402

Row = dict[str, Any]


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def row(name: str, values: list[float], unit: str, target: str, floor: list[float] | None = None) -> Row:
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
    return result


def run_process(command: list[str]) -> tuple[float, float]:
    """Wall time (ms) and peak resident memory (MiB) of one whole process."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _pid, status, usage = os.wait4(process.pid, 0)
    elapsed = (time.perf_counter() - started) * 1000
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"{command} failed with {status}")
    return elapsed, usage.ru_maxrss / 1024


def start_up(data_dir: Path, runs: int) -> list[Row]:
    app = [sys.executable, "-m", "notalone_desktop", "--quit-when-ready", "--data-dir", str(data_dir)]
    full = [*app[:3], "--quit-when-ready=full", *app[4:]]
    get_help = [*app[:3], "--quit-when-ready=help", *app[4:]]  # F1 at the first frame, until the panel painted
    bare = [sys.executable, str(ROOT / "benchmarks" / "bare_window.py")]
    run_process(app)  # warm the file cache, byte-code and content cache, as a family's second start would be
    run_process(bare)
    times: dict[str, list[float]] = {"app": [], "full": [], "bare": [], "help": []}
    memory: dict[str, list[float]] = {"app": [], "full": [], "bare": [], "help": []}
    for _ in range(runs):
        for name, command in (("app", app), ("bare", bare), ("full", full), ("help", get_help)):
            elapsed, peak = run_process(command)
            times[name].append(elapsed)
            memory[name].append(peak)
    return [
        row("start: Home painted with the family's data", times["app"], "ms", "<= 2.5x bare", times["bare"]),
        row("peak memory of that start", memory["app"], "MiB", "<= 1.6x bare", memory["bare"]),
        row("start: every part open (services, sync)", times["full"], "ms", "-", times["bare"]),
        row("peak memory with every part open", memory["full"], "MiB", "-", memory["bare"]),
        row("start: Get help usable (F1 at the first frame)", times["help"], "ms", "-", times["bare"]),
    ]


def timed(action: Callable[[], object], repeats: int) -> list[float]:
    values = []
    for _ in range(repeats):
        started = time.perf_counter()
        action()
        values.append((time.perf_counter() - started) * 1000)
    return values


def in_process(scratch: Path, quick: bool) -> list[Row]:
    from PySide6.QtWidgets import QApplication

    from notalone_desktop.services import open_services
    from notalone_desktop.services.content import ContentCatalog
    from notalone_desktop.ui.app import application, build_window

    application()
    rows: list[Row] = []

    # Checklist: switching between five children with 300 items each.
    content = data.big_checklist_content(scratch / "big-content", 300)
    services = open_services(scratch / "big-family", content)
    data.five_children(services)
    window = build_window(services, "en", first_run=False)
    window.resize(1180, 800)
    window.show()
    window.show_view("checklist")
    view = window.views["checklist"]
    counter = iter(range(10**6))

    def switch() -> None:
        index = 1 + next(counter) % 5
        view.owner.setCurrentIndex(index)
        view.owner.activated.emit(index)
        QApplication.processEvents()

    rows.append(row("checklist: switch child (5 x 300 items)", timed(switch, 20 if quick else 100), "ms", "p95 < 50"))

    # Language switch at run time, with the checklist on screen.
    languages = iter(["vi", "en"] * 1000)

    def language() -> None:
        window.context.set_language(next(languages))
        QApplication.processEvents()

    rows.append(row("language switch at run time", timed(language, 4 if quick else 20), "ms", "< 150"))
    window.close()
    services.close()

    # Lessons: sync, search and open over generated lessons.
    count = 200 if quick else 2000
    lessons_root = data.generated_lessons(scratch / "lessons-content", count)
    catalog = ContentCatalog(lessons_root)
    services = open_services(scratch / "lessons-family", catalog)
    lessons = catalog.lessons()
    started = time.perf_counter()
    services.lessons.sync(lessons, force=True)
    sync_ms = (time.perf_counter() - started) * 1000
    rows.append(row(f"content sync of {count} lessons", [sync_ms], "ms", "< 2000"))
    queries = ["scam", "lua dao", "Betrug", "password", "co", "an", "gia dinh", "screen time", "polizei", "chat"]
    query = iter(queries * 1000)
    rows.append(
        row(
            f"lesson search over {count} lessons",
            timed(lambda: services.lessons.search(next(query), "en"), 50 if quick else 500),
            "ms",
            "p95 < 5",
        )
    )
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
    rows.append(row("export a large family (whole command)", exports, "ms", "-"))
    rows.append(row("import it into an empty data dir (whole command)", imports, "ms", "-"))

    # `notalone check` on the large family (five children, 300 items each).
    command = [sys.executable, "-m", "notalone_desktop", "check", "--data-dir", str(big)]
    rows.append(row("notalone check on a large data dir", [run_process(command)[0] for _ in range(3)], "ms", "-"))
    return rows


def package_size() -> list[Row]:
    sizes = ROOT / "dist" / "sizes.json"
    if not sizes.exists():
        return []
    found = json.loads(sizes.read_text())
    deb, bare = found.get("deb_bytes"), found.get("bare_deb_bytes") or found.get("bare_bundle_bytes")
    if not deb or not bare:
        return []
    return [row(".deb size (MiB)", [deb / 2**20], "MiB", "<= 1.2x bare", [bare / 2**20])]


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
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="notalone-bench-") as tmp:
        scratch = Path(tmp)
        family = data.realistic_family(scratch / "family")
        rows = start_up(family, 2 if args.quick else 15)
        rows += in_process(scratch, args.quick)
    rows += package_size()
    print_table(rows)
    result = {
        "date": time.strftime("%Y-%m-%d"),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, {platform.python_implementation()} "
        f"{platform.python_version()}",
        "quick": args.quick,
        "rows": rows,
    }
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(result, indent=2), encoding="utf-8")
    print(f"written to {args.json}")
    sys.stdout.flush()
    # Leave without tearing down Qt's objects one by one: PySide can crash while finalizing the interpreter
    # after offscreen windows, which would turn a finished benchmark into a failed command.
    os._exit(0)


if __name__ == "__main__":
    main()
