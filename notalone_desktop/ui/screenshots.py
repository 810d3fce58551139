"""`notalone screenshots --out DIR [--lang CODE]`: the demo family in a throwaway data dir, one PNG per view, then
the lesson reader, the incident log, and the dialogs a family meets (Get help now, a scenario mid-game, the PIN,
the first-run wizard).

For the README, the AppStream metainfo and reviewers: look at every view in every language, light or dark
(`NOTALONE_THEME=dark`). Secrets (a family code word) never
appear: the context runs in screenshot mode.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QWidget

from notalone_desktop.core.errors import NotAloneError

WINDOW_SIZE = QSize(1180, 800)


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def _save(widget: QWidget, path: Path) -> None:
    _settle()
    if not widget.grab().save(str(path)):
        raise NotAloneError(f"Could not write {path}.")


def take_screenshots(out: Path, language: str) -> int:
    from notalone_desktop.services import open_services
    from notalone_desktop.services.demo import create_demo_family
    from notalone_desktop.ui.app import application, build_window
    from notalone_desktop.ui.main_window import VIEWS

    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise NotAloneError(f"Cannot create the folder {out}: {exc.strerror}.") from exc
    app = application()
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="notalone-shots-") as scratch:
        services = open_services(Path(scratch) / "data")
        try:
            create_demo_family(services)
            window = build_window(services, language, first_run=False, screenshot_mode=True)
            window.resize(WINDOW_SIZE)
            window.show()
            for index, (name, _module, _cls) in enumerate(VIEWS, start=1):
                window.show_view(name, _example_key(services, name))
                path = out / f"{index:02d}-{name}-{language}.png"
                _save(window, path)
                written.append(path)
            pages = _pages(services, language)
            for index, (name, view, key) in enumerate(pages, start=len(VIEWS) + 1):
                window.show_view(name, key)
                path = out / f"{index:02d}-{view}-{language}.png"
                _save(window, path)
                written.append(path)
            for index, (name, make) in enumerate(_dialogs(window), start=len(VIEWS) + len(pages) + 1):
                dialog = make()
                dialog.show()
                path = out / f"{index:02d}-{name}-{language}.png"
                _save(dialog, path)
                dialog.close()
                written.append(path)
            window.close()
            app.processEvents()
        finally:
            services.close()
    for path in written:
        print(path)
    return 0


def _example_key(services, view: str) -> str:  # type: ignore[no-untyped-def]
    """What a view shows when it opens for a screenshot: the checklist opens the oldest child's first item."""
    if view == "checklist":
        children = services.family.children()
        if children:
            items = services.checklist.items(children[0].id, "en")
            if items:
                return f"{children[0].id}:{items[0].key}"
    return ""


def _pages(services, language: str) -> list[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    """Pages inside a view, as (view, file name, key to show): a lesson open in the reader, the incident log."""
    pages = []
    lessons = services.lessons.summaries(language)
    if lessons:
        pages.append(("lessons", "lesson-reader", lessons[0].key))
    pages.append(("plan", "incident-log", "incidents"))
    return pages


def _dialogs(window) -> list[tuple[str, Callable[[], QWidget]]]:  # type: ignore[no-untyped-def]
    """The dialogs a family meets, each built ready to be drawn (the caller shows them)."""
    from notalone_desktop.ui.dialogs.child_dialog import ChildDialog
    from notalone_desktop.ui.dialogs.custom_item_dialog import CustomItemDialog
    from notalone_desktop.ui.dialogs.first_run import FirstRunWizard
    from notalone_desktop.ui.dialogs.get_help import panel_for
    from notalone_desktop.ui.dialogs.pin_dialog import PinDialog

    def help_dialog() -> QWidget:
        panel: QWidget = panel_for(window.context, "online-kidnapping")
        panel.resize(900, 760)
        return panel

    def wizard_page(steps: int) -> Callable[[], QWidget]:
        def make() -> QWidget:
            setup = FirstRunWizard(window.context, window)
            setup.show()  # a wizard moves on only once it is shown
            for _ in range(steps):
                setup.next()
            return setup

        return make

    def child() -> QWidget:
        dialog = ChildDialog(window)
        dialog.nickname.setText("Na")
        return dialog

    def scenario_mid_game() -> QWidget:
        """The first scenario after one reply: messages, the family's answer and its feedback, the next choices."""
        from notalone_desktop.ui.dialogs.scenario_player import ScenarioPlayer

        scenarios = window.context.services.scenarios.scenarios()
        player = ScenarioPlayer(window.context, scenarios[0], None, window)
        player.show()
        _settle()
        if player.chat.reply_buttons:
            player.chat.reply_buttons[0].click()
        return player

    return [
        ("get-help", help_dialog),
        ("scenario-player", scenario_mid_game),
        ("pin", lambda: PinDialog(window.context, window)),
        ("first-run-language", wizard_page(0)),
        ("first-run-country", wizard_page(1)),
        ("first-run-children", wizard_page(2)),
        ("add-child", child),
        ("own-item", lambda: CustomItemDialog(window.context, window)),
    ]
