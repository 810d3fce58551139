"""Walk every view and dialog of the demo family's window with a forced font at a display scale, and report every
label or button too small for its text.

    python -m tests.ui.layout_probe --scale 1.5 --case noto:vi --case dejavu:de --out report.json

A process of its own: Qt takes the scale (QT_SCALE_FACTOR) once, at start. The screen is as large in logical
pixels at every scale (1280x900), so that only the font and its rendering at that scale differ.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

WINDOW = (1180, 800)
SCREEN = (1280, 900)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--case", action="append", required=True, help="FONT:LANG, e.g. noto:vi")
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="notalone-layout-"))
    config = scratch / "screen.json"
    width, height = (round(n * args.scale) for n in SCREEN)
    config.write_text(json.dumps({"screens": [{"name": "layout", "width": width, "height": height}]}))
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    os.environ["QT_SCALE_FACTOR"] = str(args.scale)
    os.environ["NOTALONE_NO_WIZARD"] = "1"
    os.environ.setdefault("NOTALONE_CACHE_DIR", str(scratch / "cache"))
    report = probe(scratch / "family", [tuple(case.split(":", 1)) for case in args.case], args.scale)
    Path(args.out).write_text(json.dumps(report, ensure_ascii=False, indent=1))
    return 0


def probe(data_dir: Path, cases: list[tuple[str, ...]], scale: float) -> dict[str, object]:
    from notalone_desktop.ui.app import application, build_window
    from tests.ui.clipping import clipped
    from tests.ui.dialogs import demo_family
    from tests.ui.fonts import FontMissing, force_font

    app = application()
    services = demo_family(data_dir)
    problems: list[str] = []
    walked: list[str] = []
    try:
        for font, lang in cases:
            try:
                family = force_font(font)
            except FontMissing as exc:
                problems.append(f"missing font: {exc}")
                continue
            window = build_window(services, lang, first_run=False)
            window.resize(*WINDOW)
            window.show()
            problems += sorted(clipped(window, f"{family} {lang} {int(scale * 100)}%"))
            walked.append(f"{family} {lang}")
            window.close()
            window.deleteLater()
            app.processEvents()
    finally:
        services.close()
    return {"walked": walked, "problems": problems}


if __name__ == "__main__":
    sys.exit(main())
