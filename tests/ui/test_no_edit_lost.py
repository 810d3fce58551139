"""No edit is ever lost, form by form, with real widgets and real files. The rule (README, "No edit is ever lost"):
fields in a view save as the family types (half a second after the last key, at once on leaving the field, the
section or the window, and on quitting); a dialog that holds a record asks before it throws anything away. In
child mode a field that needs the parent asks for the PIN at the first key and, refused, changes nothing."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from notalone_desktop.paths import database_path
from notalone_desktop.services import open_services
from notalone_desktop.ui.app import build_window
from tests.reliability.helpers import env_for_children, make_family
from tests.ui.questions import answer

LAN_PLACE = "where Lan usually is: Dorm B, room 312"
REPO = Path(__file__).resolve().parents[2]


def open_window(qtbot, services):  # type: ignore[no-untyped-def]
    window = build_window(services, "en", first_run=False)
    qtbot.addWidget(window)
    window.resize(1100, 760)
    window.show()
    return window


def lan_places(services) -> tuple[str, ...]:  # type: ignore[no-untyped-def]
    lan = next(c for c in services.family.children() if c.nickname == "Lan")
    return services.plan.plan(lan.id).places


def first_item(view):  # type: ignore[no-untyped-def]
    return next(i for i in view.all_items() if not i.custom)


# The safety plan ---------------------------------------------------------------------------------------------


def test_the_plan_is_saved_when_the_parent_switches_section(qtbot, demo_services) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, demo_services)
    window.show_view("plan")
    view = window.views["plan"]
    qtbot.keyClicks(view.places, LAN_PLACE)
    window.show_view("home")  # at once, not half a second later
    assert lan_places(demo_services) == (LAN_PLACE,)
    window.show_view("plan")
    assert view.places.toPlainText() == LAN_PLACE


def test_the_plan_is_saved_when_the_window_closes_and_is_there_after_a_restart(qtbot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    make_family(data_dir)
    first = open_services(data_dir)
    window = open_window(qtbot, first)
    window.show_view("plan")
    qtbot.keyClicks(window.views["plan"].places, LAN_PLACE)
    window.close()
    first.close()
    again = open_services(data_dir)
    try:
        reopened = open_window(qtbot, again)
        reopened.show_view("plan")
        assert reopened.views["plan"].places.toPlainText() == LAN_PLACE
    finally:
        reopened.close()
        again.close()


def test_a_plan_typed_just_before_quitting_is_saved(qtbot, demo_services, qapp) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, demo_services)
    window.show_view("plan")
    view = window.views["plan"]
    qtbot.keyClicks(view.places, LAN_PLACE)
    assert view.autosave.pending and lan_places(demo_services) == ()
    qapp.aboutToQuit.emit()  # what QApplication.quit() sends before the event loop ends
    assert lan_places(demo_services) == (LAN_PLACE,)


def test_typing_saves_by_itself_half_a_second_after_the_last_key(qtbot, demo_services) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, demo_services)
    window.show_view("plan")
    view = window.views["plan"]
    qtbot.keyClicks(view.places, LAN_PLACE)
    started = time.monotonic()
    qtbot.waitUntil(lambda: lan_places(demo_services) == (LAN_PLACE,), timeout=2000)
    assert time.monotonic() - started < 1.0
    assert view.saved_label.text() == "Saved."


def test_in_child_mode_the_plan_asks_for_the_pin_at_the_first_key(qtbot, demo_services) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, demo_services)
    context = window.context
    context.pin_set = True
    context.lock()
    answers: list[bool] = [False]
    context.pin_prompt = lambda _context, _parent: answers[0]
    window.show_view("plan")
    view = window.views["plan"]
    assert view.places.isReadOnly()
    assert view.saved_label.text() == "Child mode: changing the plan asks for the parent PIN."
    qtbot.keyClicks(view.places, "x")  # refused: nothing typed, nothing saved, nothing pretends to be
    assert view.places.toPlainText() == "" and not view.autosave.pending
    view.people.setCurrentRow(0)
    qtbot.keyClick(view.people, Qt.Key.Key_Space)  # a tick asks too, and goes back when refused
    assert view.people_card.chosen_ids() == []
    answers[0] = True
    qtbot.keyClicks(view.places, "Dorm B")
    assert view.places.toPlainText() == "Dorm B" and not view.places.isReadOnly()
    window.show_view("home")
    assert lan_places(demo_services) == ("Dorm B",)


# Notes ---------------------------------------------------------------------------------------------------------


def test_a_checklist_note_is_saved_for_its_own_item_when_the_parent_moves_on(qtbot, demo_services) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, demo_services)
    window.show_view("checklist")
    view = window.views["checklist"]
    item = first_item(view)
    window.show_view("checklist", item.key)
    qtbot.keyClicks(view.details.note, "Asked grandma to lock her phone too")
    second = next(i for i in view.all_items() if i.key != item.key and not i.custom)
    window.show_view("checklist", second.key)  # another item: the note belongs to the first
    notes = {i.key: i.note for i in demo_services.checklist.items(None, "en")}
    assert notes[item.key] == "Asked grandma to lock her phone too" and notes[second.key] == ""
    qtbot.keyClicks(view.details.note, "Check again at Tet")
    window.close()  # the window closing saves it too
    notes = {i.key: i.note for i in demo_services.checklist.items(None, "en")}
    assert notes[second.key] == "Check again at Tet"


def test_in_child_mode_a_checklist_note_asks_for_the_pin_and_lesson_notes_do_not(qtbot, demo_services) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, demo_services)
    context = window.context
    context.pin_set = True
    context.lock()
    asked: list[object] = []
    context.pin_prompt = lambda _context, parent: asked.append(parent) or False
    window.show_view("checklist")
    view = window.views["checklist"]
    item = first_item(view)
    window.show_view("checklist", item.key)
    assert view.details.note.isReadOnly()
    assert view.details.note_status.text() == "Child mode: writing a note asks for the parent PIN."
    qtbot.keyClicks(view.details.note, "ok")
    assert len(asked) == 2 and view.details.note.toPlainText() == "" and not view.details.autosave.pending
    window.show_view("lessons", "online-kidnapping")  # lessons are for everyone: no PIN, saved as typed
    note = window.views["lessons"].lesson.note
    qtbot.keyClicks(note, "Bong drew the code word")
    window.show_view("home")
    assert len(asked) == 2
    assert demo_services.lessons.lesson("online-kidnapping", "en").note == "Bong drew the code word"


def test_a_lesson_note_is_saved_when_the_section_changes(qtbot, demo_services) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, demo_services)
    window.show_view("lessons", "online-kidnapping")
    note = window.views["lessons"].lesson.note
    qtbot.keyClicks(note, "We agreed on a code word")
    window.show_view("plan")
    assert demo_services.lessons.lesson("online-kidnapping", "en").note == "We agreed on a code word"


@pytest.mark.parametrize(
    ("form", "query"),
    [
        ("plan-places", "SELECT places FROM safety_plan"),
        ("checklist-note", "SELECT note FROM checklist_progress"),
        ("lesson-note", "SELECT note FROM lesson_progress"),
    ],
)
def test_what_was_typed_survives_kill_9_a_second_later(tmp_path: Path, form: str, query: str) -> None:
    directory = tmp_path / "family"
    make_family(directory, lessons=True)
    text = f"typed into {form} a moment before the power went"
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.ui.typist", str(directory), form, text],
        cwd=REPO,
        env=env_for_children(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None and process.stdout.readline().strip() == "typed"
        typed = time.monotonic()
        # Read by another connection, as the next start will: committed within a second of the last key.
        found = False
        while not found and time.monotonic() - typed < 1.0:
            with sqlite3.connect(f"{database_path(directory).as_uri()}?mode=ro", uri=True) as connection:
                found = any(row[0] == text for row in connection.execute(query))
            time.sleep(0.02)
    finally:
        process.kill()  # kill -9: no close, no flush, no goodbye
        process.communicate(timeout=30)
    assert found, f"not committed within a second ({process.returncode})"
    services = open_services(directory)
    try:
        if form == "plan-places":
            assert text in [p for plan in services.plan.plans() for p in plan.places]
        elif form == "checklist-note":
            assert text in [i.note for i in services.checklist.items(None, "en")]
        else:
            assert services.lessons.lesson("online-kidnapping", "en").note == text
    finally:
        services.close()


# Dialogs that hold a record ----------------------------------------------------------------------------------


def test_the_incident_form_asks_before_it_throws_a_record_away(qtbot, demo_services) -> None:  # type: ignore[no-untyped-def]
    from notalone_desktop.ui.dialogs.incident_dialog import IncidentDialog

    window = open_window(qtbot, demo_services)
    dialog = IncidentDialog(window.context, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # nothing typed yet: closes at once
    assert not dialog.isVisible()

    dialog = IncidentDialog(window.context, window)
    dialog.show()
    qtbot.keyClicks(dialog.what, "A man on Zalo said he was police and asked for 20 million")
    asked: list[str] = []
    qtbot.keyClick(dialog.what, Qt.Key.Key_Escape)
    answer(dialog, QMessageBox.StandardButton.No, asked)
    assert dialog.isVisible() and dialog.what.toPlainText().startswith("A man on Zalo")
    dialog.close()  # the window's close button
    answer(dialog, QMessageBox.StandardButton.No, asked)
    assert dialog.isVisible()
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    answer(dialog, QMessageBox.StandardButton.Yes, asked)
    assert not dialog.isVisible()
    assert asked == ["Discard this record? What you typed here is not saved."] * 3
    assert demo_services.incidents.incidents() == []


def test_changing_an_entry_asks_before_dropping_the_changes(qtbot, demo_services) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    from notalone_desktop.services.incidents import IncidentInput
    from notalone_desktop.ui.dialogs.incident_dialog import IncidentDialog

    entry = demo_services.incidents.add(IncidentInput(dt.date(2026, 3, 1), "scam", "A fake shop"), dt.date(2026, 3, 2))
    window = open_window(qtbot, demo_services)
    dialog = IncidentDialog(window.context, window, entry)
    dialog.show()
    qtbot.keyClicks(dialog.platform, "Facebook")
    asked: list[str] = []
    qtbot.keyClick(dialog.platform, Qt.Key.Key_Escape)
    answer(dialog, QMessageBox.StandardButton.Yes, asked)
    assert not dialog.isVisible()
    assert asked == ["Discard your changes? What you changed here is not saved."]
    assert demo_services.incidents.incidents()[0].platform == ""


def test_the_child_form_and_the_agreement_ask_too(qtbot, demo_services) -> None:  # type: ignore[no-untyped-def]
    from notalone_desktop.ui.dialogs.agreement_dialog import AgreementDialog
    from notalone_desktop.ui.dialogs.child_dialog import ChildDialog

    window = open_window(qtbot, demo_services)
    for dialog, field in (
        (ChildDialog(window), "nickname"),
        (AgreementDialog(window.context, window), "editor"),
    ):
        dialog.show()
        qtbot.keyClicks(getattr(dialog, field), "Ti")
        asked: list[str] = []
        qtbot.keyClick(getattr(dialog, field), Qt.Key.Key_Escape)
        answer(dialog, QMessageBox.StandardButton.No, asked)
        assert dialog.isVisible() and asked, type(dialog).__name__
        dialog.reject()
        answer(dialog, QMessageBox.StandardButton.Yes, asked)
        assert not dialog.isVisible()
    assert QApplication.activeModalWidget() is None
