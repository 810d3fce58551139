"""The safety plan driven like a parent would, with real widgets: the verification plan (people to call, places,
the code word behind Show and the parent lock), the incident log and its form, the family agreement, the plan in
"Get help now" and on Home, and life-event checklists in the checklist view. The code word never reaches a log or
a screenshot."""

from __future__ import annotations

import logging
import shutil
import subprocess
from pathlib import Path

import keyring
import keyring.core
import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QStyle,
    QStyleOptionViewItem,
    QWidget,
)

from notalone_desktop.services.plan import PLACE_MAX, PLACES_MAX, PlanInput
from notalone_desktop.services.security import SecurityService
from notalone_desktop.ui.app import build_window
from notalone_desktop.ui.dialogs.pin_dialog import PinDialog
from tests.reliability.fake_keyring import MemoryKeyring
from tests.ui.test_checklist_view import groups, item_rows, status
from tests.ui.test_parent_lock import CHEAP, PIN, cancel, never_asked, type_pin, when_modal

WORD = "golden lotus 42"  # typed with QTest.keyClicks, which takes ASCII only
LEFT = Qt.MouseButton.LeftButton
needs_pdftotext = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext is not installed")


def kid(services, name: str):  # type: ignore[no-untyped-def]
    return next(c for c in services.family.children() if c.nickname == name)


def contact_ids(services) -> dict[str, int]:  # type: ignore[no-untyped-def]
    return {c.name: c.id for c in services.contacts.contacts()}


def open_plan(qtbot, services, child: str = "Lan", screenshot_mode: bool = False):  # type: ignore[no-untyped-def]
    window = build_window(services, "en", first_run=False, screenshot_mode=screenshot_mode)
    qtbot.addWidget(window)
    window.resize(1180, 800)
    window.show()
    window.show_view("plan")
    view = window.views["plan"]
    view.focus_key(str(kid(services, child).id))
    return window, view


@pytest.fixture
def with_pin(demo_services):  # type: ignore[no-untyped-def]
    """The demo family with a parent PIN (at the tests' cheap scrypt cost) in a keyring in memory: the window
    opens locked, and Show asks for the PIN in the real dialog."""
    before = keyring.core._keyring_backend
    keyring.set_keyring(MemoryKeyring())
    SecurityService(demo_services.database, scrypt_log_n=CHEAP).set_pin(PIN)
    yield demo_services
    keyring.core._keyring_backend = before


def person_row(view, name: str) -> int:  # type: ignore[no-untyped-def]
    return next(r for r in range(view.people.count()) if view.people.item(r).text().startswith(name))


def click_check(qtbot, listing: QListWidget, row: int) -> None:  # type: ignore[no-untyped-def]
    """Click the row's check box where the style draws it."""
    item = listing.item(row)
    listing.scrollToItem(item)
    option = QStyleOptionViewItem()
    option.rect = listing.visualItemRect(item)
    option.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
    box = listing.style().subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, listing)
    qtbot.mouseClick(listing.viewport(), LEFT, pos=box.center())


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


def every_text(root: QWidget) -> list[str]:
    """Whatever a screenshot or a screen reader could show of `root` and everything in it."""
    found = [root.windowTitle()]
    for widget in [root, *root.findChildren(QWidget)]:
        found += [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription(), widget.whatsThis()]
        if isinstance(widget, QLabel | QAbstractButton):
            found.append(widget.text())
        if isinstance(widget, QLineEdit):
            found += [widget.text(), widget.displayText(), widget.placeholderText()]
        if isinstance(widget, QPlainTextEdit):
            found += [widget.toPlainText(), widget.placeholderText()]
        if isinstance(widget, QComboBox):
            found += [widget.itemText(n) for n in range(widget.count())]
        if isinstance(widget, QListWidget):
            found += [widget.item(n).text() for n in range(widget.count())]
    return found


# The verification plan ---------------------------------------------------------------------------------------


def test_a_parent_makes_lans_plan_with_mouse_and_keyboard(qtbot, with_pin) -> None:  # type: ignore[no-untyped-def]
    demo_services = with_pin
    window, view = open_plan(qtbot, demo_services)
    assert window.context.locked
    assert view.people_card.people_title.text() == "Who to call to reach Lan"
    assert view.people.accessibleName() and view.code_word.code_edit.accessibleName() and view.places.accessibleName()
    assert view.saved_label.text() == "Child mode: changing the plan asks for the parent PIN."

    # Tick the roommate with the keyboard: child mode asks for the parent's PIN first, and the parent gives it.
    view.people.setFocus()
    view.people.setCurrentRow(person_row(view, "Thảo"))
    asked = when_modal(PinDialog, type_pin(PIN))
    qtbot.keyClick(view.people, Qt.Key.Key_Space)
    assert len(asked) == 1 and asked[0].unlocked and not window.context.locked
    assert view.saved_label.text() == "Changes are saved as you type."
    # The uncle with the mouse, without being asked again; then call the roommate first.
    asked = when_modal(PinDialog, cancel)  # a second prompt would be answered "Cancel", and counted
    click_check(qtbot, view.people, person_row(view, "Chú Hùng"))
    assert view.autosave.pending and never_asked(asked)
    view.people.setCurrentRow(person_row(view, "Thảo"))
    while person_row(view, "Thảo") > person_row(view, "Chú Hùng"):
        qtbot.mouseClick(view.people_card.up_button, LEFT)
    qtbot.keyClicks(view.places, "Dorm B, room 312")

    # The code word: masked and read-only until Show (the parent is here: no second PIN).
    assert view.code_word.code_edit.echoMode() == QLineEdit.EchoMode.Password and view.code_word.code_edit.isReadOnly()
    assert view.code_word.code_edit.text() == ""
    asked = when_modal(PinDialog, cancel)
    qtbot.mouseClick(view.code_word.show_button, LEFT)
    assert never_asked(asked) and not window.context.locked
    assert view.code_word.show_button.isChecked() and not view.code_word.code_edit.isReadOnly()
    qtbot.keyClicks(view.code_word.code_edit, WORD)
    qtbot.waitUntil(lambda: not view.autosave.pending, timeout=3000)  # saved half a second after the last key

    plan = demo_services.plan.plan(kid(demo_services, "Lan").id)
    assert [c.name for c in plan.contacts] == ["Thảo", "Chú Hùng"]
    assert plan.places == ("Dorm B, room 312",)
    assert demo_services.plan.code_word(plan.child_id) == WORD
    assert view.saved_label.text() == "Saved."
    script = view.script.text()
    assert script.index("Thảo") < script.index("Chú Hùng") and "0935 222 333" in script and "113" in script

    qtbot.mouseClick(view.code_word.show_button, LEFT)  # Hide
    assert view.code_word.code_edit.echoMode() == QLineEdit.EchoMode.Password and view.code_word.code_edit.isReadOnly()
    assert "saved" in view.code_word.word_status.text()


def test_the_parent_lock_guards_the_code_word(qtbot, with_pin) -> None:  # type: ignore[no-untyped-def]
    demo_services = with_pin
    lan = kid(demo_services, "Lan")
    demo_services.plan.save(lan.id, PlanInput(("Ký túc xá",), (), WORD))
    window, view = open_plan(qtbot, demo_services)
    word = view.code_word  # the code word's part of the view

    # A child presses Show and cannot give the PIN: the word stays hidden, and saving would leave it alone.
    asked = when_modal(PinDialog, cancel)
    qtbot.mouseClick(word.show_button, LEFT)
    assert len(asked) == 1 and window.context.locked
    assert not word.show_button.isChecked() and word.code_edit.text() == "" and word.code_edit.isReadOnly()
    assert view.plan_input().code_word is None

    # The parent types the PIN: the word is shown, readable and editable.
    asked = when_modal(PinDialog, type_pin(PIN))
    qtbot.mouseClick(word.show_button, LEFT)
    assert len(asked) == 1 and not window.context.locked
    assert word.code_edit.text() == WORD and word.code_edit.echoMode() == QLineEdit.EchoMode.Normal

    # Locking again (the toolbar's Lock, Ctrl+L) hides and forgets the word at once.
    assert window.lock_action.text() == "Lock"
    window.lock_action.trigger()
    assert window.context.locked
    assert word.code_edit.text() == "" and not word.show_button.isChecked() and word.code_edit.isReadOnly()
    assert demo_services.plan.code_word(lan.id) == WORD  # hidden, not deleted


def test_the_code_word_is_never_in_a_screenshot(qtbot, demo_services) -> None:  # type: ignore[no-untyped-def]
    lan = kid(demo_services, "Lan")
    demo_services.plan.save(lan.id, PlanInput(("Ký túc xá",), (contact_ids(demo_services)["Thảo"],), WORD))
    window, view = open_plan(qtbot, demo_services, screenshot_mode=True)
    qtbot.mouseClick(view.code_word.show_button, LEFT)  # disabled in screenshot mode: nothing happens
    view.code_word._show_toggled(True)  # and even asked directly, it refuses
    QApplication.processEvents()
    assert not view.code_word.show_button.isEnabled() and not view.code_word.show_button.isChecked()
    assert view.code_word.word_status.text() == "The code word is never shown in screenshots."
    texts = every_text(window)
    assert texts and not [t for t in texts if WORD in t]
    window.grab()  # what `notalone screenshots` saves is drawn from these same widgets


def test_choosing_another_child_keeps_what_was_typed(qtbot, demo_services) -> None:  # type: ignore[no-untyped-def]
    _window, view = open_plan(qtbot, demo_services)
    qtbot.keyClicks(view.places, "Ha Long cafe, her part-time job")
    index = view.child.findData(kid(demo_services, "Minh").id)
    view.child.setCurrentIndex(index)
    view.child.activated.emit(index)
    assert demo_services.plan.plan(kid(demo_services, "Lan").id).places == ("Ha Long cafe, her part-time job",)
    assert view.places.toPlainText() == "" and view.people_card.people_title.text() == "Who to call to reach Minh"


def test_the_places_stop_at_the_plans_limits_and_say_so(qtbot, demo_services) -> None:  # type: ignore[no-untyped-def]
    _window, view = open_plan(qtbot, demo_services)
    view.places.setPlainText("\n".join(f"Place {n}" for n in range(PLACES_MAX + 1)))  # a paste of one too many
    assert view.error.isVisible() and view.error.text() == f"List at most {PLACES_MAX} places."
    assert view.places.toPlainText().splitlines() == [f"Place {n}" for n in range(PLACES_MAX)]
    view.save()
    assert demo_services.plan.plan(kid(demo_services, "Lan").id).places == tuple(
        f"Place {n}" for n in range(PLACES_MAX)
    )
    view.places.setPlainText("x" * (PLACE_MAX + 5))
    assert view.error.text() == f"A place can have at most {PLACE_MAX} characters."
    assert view.places.toPlainText() == "x" * PLACE_MAX


def test_a_family_without_children_is_asked_to_add_them(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    window = build_window(services, "en", first_run=False)
    qtbot.addWidget(window)
    window.show()
    window.show_view("plan")
    view = window.views["plan"]
    assert view.no_children.isVisible() and not view.plan_box.isVisible()
    qtbot.mouseClick(view.add_children_button, LEFT)
    assert window.current_view_name() == "settings"


@needs_pdftotext
def test_the_printed_plan_holds_the_chosen_people_and_the_word_only_when_asked(
    qapp, demo_services, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from notalone_desktop.ui.printing import write_pdf
    from notalone_desktop.ui.sheets.plan_sheet import build_html_for

    lan = kid(demo_services, "Lan")
    ids = contact_ids(demo_services)
    demo_services.plan.save(lan.id, PlanInput(("Ký túc xá, phòng 312",), (ids["Thảo"], ids["Chú Hùng"]), WORD))
    plain = write_pdf(build_html_for(demo_services, "en", [lan.id]), tmp_path / "plan.pdf")
    text = pdf_text(plain)
    for expected in ("Thảo", "0935 222 333", "Chú Hùng", "0987 654 321", "024 3825 7111", "113", "phòng 312"):
        assert expected in text, expected
    assert WORD not in text
    with_word = write_pdf(build_html_for(demo_services, "en", [lan.id], include_code_word=True), tmp_path / "w.pdf")
    assert WORD in pdf_text(with_word)


@needs_pdftotext
@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_a_full_plan_still_fits_on_one_page(qapp, services, tmp_path: Path, paper: str) -> None:  # type: ignore[no-untyped-def]
    from notalone_desktop.services.contacts import ContactInput
    from notalone_desktop.services.plan import CODE_WORD_MAX, CONTACTS_MAX, PLACE_MAX
    from notalone_desktop.ui.printing import write_pdf
    from notalone_desktop.ui.sheets.plan_sheet import build_html_for

    child = services.family.add_child("Nguyễn Thị Thanh Hương", 2006)
    relationship = "Bạn cùng phòng ở ký túc xá Đà Nẵng"
    phones = [(f"0912 345 67{n}", f"024 3825 711{n}") for n in range(CONTACTS_MAX)]
    ids = [
        services.contacts.add(ContactInput(f"Nguyễn Văn Người Liên Hệ Số {n}", relationship, phones[n])).id
        for n in range(CONTACTS_MAX)
    ]
    places = tuple((f"Nơi {n}: " + "Ký túc xá Đại học Đà Nẵng, phòng 312 " * 4)[:PLACE_MAX] for n in range(PLACES_MAX))
    services.plan.save(child.id, PlanInput(places, tuple(ids), ("hoa sen vàng " * 6)[:CODE_WORD_MAX]))
    out = write_pdf(build_html_for(services, "en", [child.id], include_code_word=True), tmp_path / "full.pdf", paper)
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
    assert "Pages:           1" in info


# "Get help now" and Home -------------------------------------------------------------------------------------


def test_get_help_shows_each_childs_people_and_opens_the_plan(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from notalone_desktop.ui.dialogs.get_help import panel_for

    services = window.context.services
    empty = panel_for(window.context, "online-kidnapping")
    qtbot.addWidget(empty)
    assert empty.findChild(QLabel, "noPlan") is not None
    ids = contact_ids(services)
    services.plan.save(kid(services, "Lan").id, PlanInput((), (ids["Thảo"], ids["Chú Hùng"])))
    dialog = window.show_help("online-kidnapping")
    assert dialog.plan_box is not None and dialog.plan_box.isVisible()
    names = [b.accessibleName() for b in dialog.action_buttons]
    assert "Call Thảo 0935 222 333" in names and "Copy Chú Hùng 024 3825 7111" in names
    assert any(label.text() == "To reach Lan, call:" for label in dialog.plan_box.findChildren(QLabel))
    dialog.select_situation("money-lost")
    assert not dialog.plan_box.isVisible()
    dialog.select_situation("online-kidnapping")
    assert dialog.open_plan_button is not None and dialog.open_plan_button.accessibleName() == "Open the safety plan"
    qtbot.mouseClick(dialog.open_plan_button, LEFT)
    assert window.current_view_name() == "plan" and not dialog.isVisible()


def test_home_leads_to_the_plan_and_to_the_items_due(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    home = window.views["home"]
    assert home.plan_status.text() == "Plans with people to call: 0 of 3."
    qtbot.mouseClick(home.plan_button, LEFT)
    assert window.current_view_name() == "plan"
    window.show_view("home")
    assert home.due_button.isVisible()  # the demo family has items due for review
    qtbot.mouseClick(home.due_button, LEFT)
    checklist = window.views["checklist"]
    assert window.current_view_name() == "checklist" and checklist.status.currentData() == "due"
    rows = item_rows(checklist)
    assert rows and all(status(row) == "Due for review" for row in rows)


# The incident log ----------------------------------------------------------------------------------------------


def test_an_incident_is_recorded_checked_changed_exported_and_deleted(qtbot, demo_services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from notalone_desktop.ui.dialogs.incident_dialog import IncidentDialog

    _window, view = open_plan(qtbot, demo_services)
    view.focus_key("incidents")
    panel = view.incidents
    assert view.tabs.currentWidget() is panel and panel.empty.isVisible()
    assert not panel.edit_button.isEnabled() and not panel.pdf_button.isEnabled()
    seen: dict[str, object] = {}

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, IncidentDialog)
        assert dialog.date.maximumDate() == dialog.date.date()  # today at the latest: no future dates
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()  # nothing written: "what happened" empty
        seen["error"] = dialog.error.text()
        seen["count"] = len(demo_services.incidents.incidents())
        dialog.kind.setCurrentIndex(dialog.kind.findData("sextortion"))
        seen["warning"] = dialog.warning_frame.isVisible() and "Never save" in dialog.warning.text()
        dialog.kind.setCurrentIndex(dialog.kind.findData("scam"))
        seen["scam-warning"] = dialog.warning_frame.isVisible()
        seen["hint"] = dialog.guidance.text()
        dialog.kind.setCurrentIndex(dialog.kind.findData("sextortion"))
        dialog.child.setCurrentIndex(dialog.child.findText("Minh", Qt.MatchFlag.MatchStartsWith))
        qtbot.keyClicks(dialog.platform, "Instagram")
        qtbot.keyClicks(dialog.what, "An account threatened to share a photo unless Minh paid.")
        qtbot.keyClicks(dialog.evidence, "Screenshots of the messages on Dad's phone")
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()

    QTimer.singleShot(0, fill)
    qtbot.mouseClick(panel.add_button, LEFT)
    assert seen["error"] == "Describe what happened: a few words are enough." and seen["count"] == 0
    assert seen["warning"] is True and seen["scam-warning"] is False
    assert "transaction reference" in str(seen["hint"])
    [entry] = demo_services.incidents.incidents()
    assert entry.kind == "sextortion" and entry.child_id == kid(demo_services, "Minh").id
    assert panel.tree.topLevelItemCount() == 1 and panel.details_frame.isVisible()
    assert "messages on Dad" in panel.details_text.text() and panel.warning.isVisible()

    def change() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, IncidentDialog) and dialog.what.toPlainText().startswith("An account")
        qtbot.keyClicks(dialog.report_refs, "Police report 2025/77")
        dialog.accept()

    QTimer.singleShot(0, change)
    qtbot.mouseClick(panel.edit_button, LEFT)
    assert demo_services.incidents.incident(entry.id).report_refs == "Police report 2025/77"

    if shutil.which("pdftotext"):
        text = pdf_text(panel.export_pdf(entry.id, tmp_path / "incident.pdf"))
        for expected in ("Incident report", "Minh", "Instagram", "threatened to share", "2025/77", "Dad's phone"):
            assert expected in text, expected
        assert "Never save, screenshot or forward sexual images" in text

    def confirm() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        box.button(QMessageBox.StandardButton.Yes).click()

    QTimer.singleShot(0, confirm)
    qtbot.mouseClick(panel.delete_button, LEFT)
    assert demo_services.incidents.incidents() == [] and panel.empty.isVisible()


def test_the_incident_form_warns_about_images_only_where_it_matters(qtbot, context) -> None:  # type: ignore[no-untyped-def]
    from notalone_desktop.services.incidents import IMAGE_WARNING_KINDS, KINDS
    from notalone_desktop.ui.dialogs.incident_dialog import IncidentDialog

    dialog = IncidentDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    for kind in KINDS:
        dialog.kind.setCurrentIndex(dialog.kind.findData(kind))
        assert dialog.warning_frame.isVisible() == (kind in IMAGE_WARNING_KINDS), kind
        assert dialog.guidance.text().startswith("Record"), kind
    for name in dialog.fields:
        assert dialog.fields[name].accessibleName(), name


# The family agreement ------------------------------------------------------------------------------------------


@needs_pdftotext
def test_the_agreement_is_made_from_the_checklist_edited_and_printed(qtbot, demo_services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from notalone_desktop.ui.dialogs.agreement_dialog import AgreementDialog
    from notalone_desktop.ui.printing import write_pdf

    window, _view = open_plan(qtbot, demo_services)
    demo_services.checklist.set_state(None, "impersonation.family-code-word", "done")
    dialog = AgreementDialog(window.context, window)
    qtbot.addWidget(dialog)
    dialog.show()
    text = dialog.editor.toPlainText()
    assert text.startswith("Our family's online safety agreement") and "family code word" in text
    cursor = dialog.editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    dialog.editor.setTextCursor(cursor)
    qtbot.keyClick(dialog.editor, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.editor, "- We play a board game together every Sunday.")
    out = write_pdf(dialog.html(), tmp_path / "agreement.pdf")
    printed = pdf_text(out)
    assert "We play a board game together every Sunday." in printed
    assert "3 Nos, 3 Musts" in printed and "Tell the family" in printed
    for name in ("Lan", "Minh", "Bông", "Parent or carer"):
        assert name in printed
    dialog.poster.setChecked(False)
    assert "3 Nos, 3 Musts" not in dialog.html()
    dialog.regenerate()
    assert "board game" not in dialog.editor.toPlainText()


# Life-event checklists -----------------------------------------------------------------------------------------


def life_bar(view):  # type: ignore[no-untyped-def]
    """The progress bar shown for the moving-away checklist (a refill hides the old bars before deleting them)."""
    QApplication.processEvents()  # a widget added to a layout is shown by a queued call
    bars = [b for b in view.findChildren(QProgressBar, "lifeProgress_moving-away") if b.isVisibleTo(view)]
    assert len(bars) <= 1
    return bars[0] if bars else None


def test_a_life_event_checklist_is_started_ticked_and_removed(qtbot, demo_services) -> None:  # type: ignore[no-untyped-def]
    from notalone_desktop.ui.dialogs.life_event_dialog import StartLifeEventDialog

    window = build_window(demo_services, "en", first_run=False)
    qtbot.addWidget(window)
    window.show()
    window.show_view("checklist")
    view = window.views["checklist"]
    index = view.owner.findText("Lan", Qt.MatchFlag.MatchStartsWith)
    view.owner.setCurrentIndex(index)
    view.owner.activated.emit(index)

    def choose() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, StartLifeEventDialog)
        first = dialog.events.item(0).text()
        assert "suggested" in first  # an event for Lan's age comes first
        row = next(n for n in range(dialog.events.count()) if dialog.events.item(n).text().startswith("Moving away"))
        dialog.events.setCurrentRow(row)
        assert "18 to 22" in dialog.about.text()
        dialog.accept()

    QTimer.singleShot(0, choose)
    qtbot.mouseClick(view.life_button, LEFT)
    [group] = [g for g in groups(view) if g.data() == "Life event: Moving away to study or work"]
    from notalone_desktop.core.content.life_events import load_life_events
    from notalone_desktop.paths import resources_dir

    moving_away = load_life_events(resources_dir() / "life_events.toml").event("moving-away")
    assert moving_away is not None
    assert status(group) == f"0 of {len(moving_away.items)} done" and view.category.currentData() == "life"
    assert life_bar(view).value() == 0

    row = view.tree.model().index(0, 0, group)
    view.tree.setCurrentIndex(row)
    assert view.details.stop_button.isVisible() and view.details.meta.text().startswith("Life event:")
    view.tree.setFocus()
    qtbot.keyClick(view.tree, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: view.details.radios["done"].isChecked())
    lan = kid(demo_services, "Lan")
    [event] = demo_services.life_events.started(lan.id, "en")
    assert event.progress.done == 1
    assert life_bar(view).value() > 0
    # The ticked life-event item never shows up among the age-band items as "Retired".
    view.category.setCurrentIndex(0)
    view.category.activated.emit(0)
    assert not [status(row) for row in item_rows(view) if status(row) == "Retired"]

    def confirm() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        box.button(QMessageBox.StandardButton.Yes).click()

    QTimer.singleShot(0, confirm)
    qtbot.mouseClick(view.details.stop_button, LEFT, pos=QPoint(5, 5))
    assert demo_services.life_events.started(lan.id, "en") == []
    assert life_bar(view) is None


# Logs ----------------------------------------------------------------------------------------------------------


def test_the_code_word_never_reaches_the_log(qtbot, with_pin, caplog, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The whole flow at DEBUG: typing, saving, showing, hiding, printing with the word, Get help, screenshots."""
    from notalone_desktop.ui.dialogs.get_help import panel_for
    from notalone_desktop.ui.printing import write_pdf
    from notalone_desktop.ui.sheets.plan_sheet import build_html_for

    caplog.set_level(logging.DEBUG)
    demo_services = with_pin
    window, view = open_plan(qtbot, demo_services)
    when_modal(PinDialog, type_pin(PIN))  # the PIN itself is typed in this flow too
    view.people.setCurrentRow(person_row(view, "Thảo"))
    qtbot.keyClick(view.people, Qt.Key.Key_Space)
    qtbot.mouseClick(view.code_word.show_button, LEFT)
    qtbot.keyClicks(view.code_word.code_edit, WORD)
    qtbot.mouseClick(view.code_word.show_button, LEFT)  # Hide: the field loses the focus, and the word is saved
    qtbot.mouseClick(view.code_word.show_button, LEFT)
    lan = kid(demo_services, "Lan")
    write_pdf(build_html_for(demo_services, "en", [lan.id], include_code_word=True), tmp_path / "plan.pdf")
    panel_for(window.context, "online-kidnapping").close()
    shots, _shot_view = open_plan(qtbot, demo_services, screenshot_mode=True)
    shots.grab()
    assert demo_services.plan.code_word(lan.id) == WORD
    logged = [record.getMessage() for record in caplog.records] + [str(record.args) for record in caplog.records]
    assert not [line for line in logged if WORD in line]


def test_the_plan_on_screen_speaks_to_the_childs_age(qtbot, demo_services) -> None:  # type: ignore[no-untyped-def]
    """A five-year-old's plan speaks of the adults around her, without ransom or intimate images; a young adult's
    of roommates and the landlord, with the advice about images; the same words as the printed plan."""
    _window, view = open_plan(qtbot, demo_services, "Bông")
    young = " ".join(
        [view.intro.text(), view.people_card.people_text.text(), view.script_title.text(), view.script.text()]
    )
    assert "the adult who is with Bông" in young and "teacher" in view.people_card.people_text.text()
    for adult_only in ("roommate", "landlord", "ransom", "undressed", "arrested"):
        assert adult_only not in young, adult_only
    assert view.places.placeholderText() == "For example: Sunflower kindergarten, class B2"
    view.focus_key(str(kid(demo_services, "Lan").id))
    adult = " ".join([view.people_card.people_text.text(), view.script_title.text(), view.script.text()])
    for words in ("roommate", "landlord", "If a ransom or “police” message arrives", "undressed"):
        assert words in adult, words
