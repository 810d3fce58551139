"""Open the demo family's window on a screen of a chosen size and scale, then every view and every dialog, and report
what a person could not reach: a window outside the screen, a button outside it or scrolled out of reach.

    python -m tests.ui.screen_probe --size 1024x600 --scale 1.5 --out report.json

Runs in a process of its own: Qt reads the screen (the offscreen platform's configuration file) and the scale
(QT_SCALE_FACTOR) once, when the application starts. Prints nothing; the report is JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path


def configure(size: str, scale: float, scratch: Path) -> None:
    """The offscreen platform with one screen of `size` device pixels, at `scale`: set before Qt starts."""
    width, height = (int(n) for n in size.split("x"))
    config = scratch / "screen.json"
    screen = {"name": "probe", "x": 0, "y": 0, "width": width, "height": height, "logicalDpi": 96, "dpr": 1.0}
    config.write_text(json.dumps({"screens": [screen]}))
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    os.environ["QT_SCALE_FACTOR"] = str(scale)
    os.environ["NOTALONE_NO_WIZARD"] = "1"
    os.environ.setdefault("NOTALONE_CACHE_DIR", str(scratch / "cache"))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", required=True)
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--lang", default="vi")
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="notalone-screen-"))
    configure(args.size, args.scale, scratch)
    report = probe(scratch / "family", args.lang)
    Path(args.out).write_text(json.dumps(report, ensure_ascii=False, indent=1))
    return 0


def probe(data_dir: Path, lang: str) -> dict[str, object]:
    from PySide6.QtWidgets import QWizard

    from notalone_desktop.ui.app import application, build_window
    from notalone_desktop.ui.main_window import VIEWS
    from tests.ui.dialogs import app_dialogs, demo_family

    app = application()
    services = demo_family(data_dir)
    problems: list[str] = []
    checked: list[str] = []
    wide: list[str] = []  # views that scroll sideways: reachable, but noted
    window = build_window(services, lang, first_run=False)
    window.restore_saved_geometry(None)  # a first start: the size comes from the screen
    window.show()
    settle(app)
    screen = window.screen().availableGeometry()
    minimum = window.minimumSize()
    if minimum.width() > screen.width() or minimum.height() > screen.height():
        problems.append(f"main window: minimum size {minimum.width()}x{minimum.height()} is larger than the screen")
    for name, _module, _cls in VIEWS:
        window.show_view(name)
        settle(app)
        problems += unreachable(window, f"view {name}")
        wide += [f"{name} ({size})" for size in sideways(window, name)]
        checked.append(f"view {name}")
    help_panel = window.show_help("online-kidnapping")
    settle(app)
    problems += unreachable(help_panel, "Get help now") + sideways(help_panel, "Get help now")
    checked.append("Get help now")
    help_panel.close()
    for name, make in app_dialogs(window):
        dialog = make()
        dialog.show()
        settle(app)
        pages = range(4) if isinstance(dialog, QWizard) else range(1)
        for page in pages:
            place = f"dialog {name}" + (f" page {page + 1}" if len(pages) > 1 else "")
            problems += unreachable(dialog, place) + sideways(dialog, place)
            if isinstance(dialog, QWizard):
                dialog.next()
                settle(app)
        checked.append(f"dialog {name}")
        dialog.done(0)
        dialog.deleteLater()
        settle(app)
    window.close()
    services.close()
    geometry = window.screen().geometry()
    return {
        "screen": f"{geometry.width()}x{geometry.height()} logical",
        "available": f"{screen.width()}x{screen.height()}",
        "checked": checked,
        "problems": problems,
        "views_scrolling_sideways": wide,
    }


def settle(app) -> None:  # type: ignore[no-untyped-def]
    for _ in range(3):
        app.processEvents()


def sideways(top, place: str) -> list[str]:  # type: ignore[no-untyped-def]
    """A dialog whose content is wider than the dialog: the reader would have to scroll sideways on every line."""
    from PySide6.QtWidgets import QScrollArea

    return [
        f"{place}: scrolls sideways ({area.widget().minimumSizeHint().width()} wide in {area.viewport().width()})"
        for area in top.findChildren(QScrollArea)
        if area.isVisibleTo(top) and area.horizontalScrollBar().isVisible() and area.widget() is not None
    ]


def unreachable(top, place: str) -> list[str]:  # type: ignore[no-untyped-def]
    """What a person cannot reach in the window `top`: the window's frame beyond the screen, or a visible button
    that is outside the screen even after its scroll areas were scrolled to it."""
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QAbstractButton, QScrollArea

    screen = top.screen().availableGeometry()
    found = []
    frame = top.frameGeometry()
    if not screen.contains(frame):
        found.append(f"{place}: the window ({rect(frame)}) does not fit the screen ({rect(screen)})")
    for button in top.findChildren(QAbstractButton):
        if not button.isVisibleTo(top) or button.window() is not top:
            continue
        areas = []
        parent = button.parentWidget()
        while parent is not None and parent is not top:
            if isinstance(parent, QScrollArea):
                areas.append(parent)
            parent = parent.parentWidget()
        for area in areas:  # the innermost first, then the ones around it
            area.ensureWidgetVisible(button, 0, 0)
        room = areas[0].viewport().size() if areas else screen.size()  # a wider button shows as much as fits
        shown = QRect(button.mapToGlobal(button.rect().topLeft()), button.size())
        for area in areas:
            viewport = area.viewport()
            shown = shown.intersected(QRect(viewport.mapToGlobal(viewport.rect().topLeft()), viewport.size()))
        shown = shown.intersected(top.geometry()).intersected(screen)
        whole = min(button.width(), room.width(), screen.width()) * min(button.height(), room.height(), screen.height())
        if shown.isEmpty() or shown.width() * shown.height() < whole - 2 * max(button.width(), button.height()):
            text = (button.text() or button.accessibleName() or button.objectName()).replace("&", "")[:40]
            found.append(
                f"{place}: button {text!r} cannot be reached ({rect(shown)} of {button.width()}x{button.height()})"
            )
    return found


def rect(r) -> str:  # type: ignore[no-untyped-def]
    return f"{r.width()}x{r.height()} at {r.x()},{r.y()}"


if __name__ == "__main__":
    sys.exit(main())
