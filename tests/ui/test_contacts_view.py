"""The Contacts view driven through its real widgets: add, edit, delete, order, pin, helplines, vCard files."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialogButtonBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from notalone_desktop.services.contacts import ContactInput
from notalone_desktop.services.vcard import parse_vcards
from notalone_desktop.ui.dialogs.contact_dialog import ContactDialog
from notalone_desktop.ui.dialogs.vcard_import import VcardImportDialog
from notalone_desktop.ui.views.contacts import ContactsView
from tests.ui.questions import answer as answer_question

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def view(qtbot, context):  # type: ignore[no-untyped-def]
    context.services.family.update(country="VN", setup_done=True)
    context.services.family.add_child("Minh", 2014)
    context.services.family.add_child("Lan", 2006)
    widget = ContactsView(context)
    qtbot.addWidget(widget)
    widget.resize(1000, 800)
    widget.show()
    return widget


def type_into(qtbot, widget: QWidget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type as a person would, key by key; QTest only knows ASCII keys, so other letters go as text events."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(
                    widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
                )


def rows(view: ContactsView) -> list[list[str]]:
    tree = view.contact_list
    return [[tree.topLevelItem(n).text(c) for c in range(tree.columnCount())] for n in range(tree.topLevelItemCount())]


def open_add_dialog(qtbot, view: ContactsView) -> ContactDialog:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(view.add_button, LEFT)
    dialog = view.active_dialog
    assert isinstance(dialog, ContactDialog) and dialog.isVisible()
    return dialog


def save(qtbot, dialog: ContactDialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), LEFT)


def add_contact(qtbot, view: ContactsView, name: str, number: str, pinned: bool = False) -> None:  # type: ignore[no-untyped-def]
    dialog = open_add_dialog(qtbot, view)
    type_into(qtbot, dialog.name_edit, name)
    type_into(qtbot, dialog.phone_rows[0].edit, number)
    if pinned:
        qtbot.mouseClick(dialog.pinned_check, LEFT)
    save(qtbot, dialog)
    assert dialog.result() == ContactDialog.DialogCode.Accepted


def test_an_empty_family_is_told_what_to_add(view) -> None:  # type: ignore[no-untyped-def]
    assert view.empty_label.isVisible() and "No contacts yet" in view.empty_label.text()
    assert not view.contact_list.isVisible()
    assert not view.edit_button.isEnabled() and not view.delete_button.isEnabled()
    assert not view.export_button.isEnabled()


def test_add_a_contact_through_the_dialog(qtbot, view) -> None:  # type: ignore[no-untyped-def]
    dialog = open_add_dialog(qtbot, view)
    assert dialog.windowTitle() == "Add a trusted contact"
    type_into(qtbot, dialog.name_edit, "Bà Hoa")
    type_into(qtbot, dialog.relationship_edit, "Bà ngoại")
    type_into(qtbot, dialog.phone_rows[0].edit, "0912 345 678")
    qtbot.mouseClick(dialog.add_phone_button, LEFT)
    type_into(qtbot, dialog.phone_rows[1].edit, "024 3825 7111")
    type_into(qtbot, dialog.email_edit, "hoa@example.org")
    type_into(qtbot, dialog.note_edit, "Has a key to the flat")
    minh = next(cid for cid, box in dialog.child_checks.items() if box.text() == "Minh")
    qtbot.mouseClick(dialog.child_checks[minh], LEFT)
    qtbot.mouseClick(dialog.pinned_check, LEFT)
    save(qtbot, dialog)

    assert dialog.result() == ContactDialog.DialogCode.Accepted
    [stored] = view.services.contacts.contacts()
    assert (stored.name, stored.relationship, stored.email, stored.note, stored.pinned) == (
        "Bà Hoa",
        "Bà ngoại",
        "hoa@example.org",
        "Has a key to the flat",
        True,
    )
    assert [p.number for p in stored.phones] == ["+84912345678", "+842438257111"]
    assert stored.child_ids == (minh,)
    assert rows(view) == [["\u2605", "Bà Hoa", "Bà ngoại", "0912 345 678\n024 3825 7111", "Minh"]]
    assert view.status_label.text() == "Bà Hoa was saved."


@pytest.mark.parametrize(
    ("name", "number", "field", "message"),
    [
        (
            "Bà Hoa",
            "09l2 345 678",
            "phone",
            "\u201c09l2 345 678\u201d contains letters. A phone number has only digits.",
        ),
        ("Bà Hoa", "9" * 300, "phone", "This number has 300 digits. Phone numbers have at most 15."),
        (
            "Bà Hoa",
            "0812 3456 7890",
            "phone",
            "\u201c0812 3456 7890\u201d is not a valid number in Vietnam. A number from another country starts with "
            "+ and its country code.",
        ),
        ("", "0912 345 678", "name", "Enter the contact's name."),
        ("Bà Hoa", "", "phone", "Enter at least one phone number."),
    ],
    ids=["letters", "300-digits", "other-region", "no-name", "no-number"],
)
def test_bad_input_is_refused_with_the_reason_and_kept(qtbot, view, name, number, field, message) -> None:  # type: ignore[no-untyped-def]
    dialog = open_add_dialog(qtbot, view)
    type_into(qtbot, dialog.name_edit, name)
    dialog.phone_rows[0].edit.setText(number)  # typing 300 digits key by key adds nothing to the test
    save(qtbot, dialog)

    assert dialog.isVisible()  # still open: nothing was saved
    assert view.services.contacts.contacts() == []
    assert dialog.error_texts() == [message]
    label = dialog.phone_rows[0].error if field == "phone" else dialog.name_error
    assert label.isVisible() and label.text() == message
    assert (dialog.name_edit.text(), dialog.phone_rows[0].edit.text()) == (name, number)  # the input is kept
    # Correct the mistake: the message goes and the contact is saved.
    dialog.name_edit.setText("Bà Hoa")
    dialog.phone_rows[0].edit.setText("0912 345 678")
    save(qtbot, dialog)
    assert [c.name for c in view.services.contacts.contacts()] == ["Bà Hoa"]


def test_the_message_sits_next_to_the_wrong_number(qtbot, view) -> None:  # type: ignore[no-untyped-def]
    dialog = open_add_dialog(qtbot, view)
    type_into(qtbot, dialog.name_edit, "Chú Hùng")
    type_into(qtbot, dialog.phone_rows[0].edit, "0987 654 321")
    qtbot.mouseClick(dialog.add_phone_button, LEFT)
    type_into(qtbot, dialog.phone_rows[1].edit, "12ab")
    save(qtbot, dialog)
    assert not dialog.phone_rows[0].error.isVisible()
    assert dialog.phone_rows[1].error.isVisible() and "contains letters" in dialog.phone_rows[1].error.text()
    assert dialog.focusWidget() is dialog.phone_rows[1].edit  # the focus moved to the wrong number
    assert view.services.contacts.contacts() == []


def test_a_number_from_another_country_stays_international(qtbot, view) -> None:  # type: ignore[no-untyped-def]
    dialog = open_add_dialog(qtbot, view)
    type_into(qtbot, dialog.name_edit, "Onkel Jan")
    type_into(qtbot, dialog.phone_rows[0].edit, "+49 30 1234567")
    dialog.phone_rows[0].edit.editingFinished.emit()
    assert dialog.phone_rows[0].hint.text() == "Saved as +49 30 1234567 (a number from another country)"
    save(qtbot, dialog)
    assert rows(view)[0][3] == "+49 30 1234567"
    assert view.services.contacts.contacts()[0].phones[0].number == "+49301234567"


def test_cancel_and_escape_ask_before_dropping_what_was_typed(qtbot, view) -> None:  # type: ignore[no-untyped-def]
    dialog = open_add_dialog(qtbot, view)
    type_into(qtbot, dialog.name_edit, "Bà Hoa")
    type_into(qtbot, dialog.phone_rows[0].edit, "0912 345 678")
    asked: list[str] = []
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Escape)
    answer_question(dialog, QMessageBox.StandardButton.No, asked)  # "Keep editing"
    assert dialog.isVisible() and dialog.name_edit.text() == "Bà Hoa"
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), LEFT)
    answer_question(dialog, QMessageBox.StandardButton.Yes, asked)  # "Discard"
    assert not dialog.isVisible()
    assert asked == ["Discard this record? What you typed here is not saved."] * 2
    assert view.services.contacts.contacts() == []

    untouched = open_add_dialog(qtbot, view)  # nothing typed: Escape closes at once, nothing to ask
    qtbot.keyClick(untouched.name_edit, Qt.Key.Key_Escape)
    assert not untouched.isVisible() and untouched.active_question is None


def test_edit_a_contact(qtbot, view) -> None:  # type: ignore[no-untyped-def]
    add_contact(qtbot, view, "Bà Hoa", "0912 345 678")
    add_contact(qtbot, view, "Cô Mai", "0903 111 222")
    view.select_contact(view.services.contacts.contacts()[0].id)
    qtbot.mouseClick(view.edit_button, LEFT)
    dialog = view.active_dialog
    assert isinstance(dialog, ContactDialog) and dialog.windowTitle() == "Edit contact"
    assert dialog.name_edit.text() == "Bà Hoa"
    assert [r.edit.text() for r in dialog.phone_rows] == ["0912 345 678"]
    dialog.name_edit.clear()
    type_into(qtbot, dialog.name_edit, "Bà Hoa Nguyễn")
    qtbot.mouseClick(dialog.phone_rows[0].remove, LEFT)  # the last row is emptied, not removed
    assert len(dialog.phone_rows) == 1 and dialog.phone_rows[0].edit.text() == ""
    type_into(qtbot, dialog.phone_rows[0].edit, "0912 000 111")
    save(qtbot, dialog)
    assert [r[1] for r in rows(view)] == ["Bà Hoa Nguyễn", "Cô Mai"]
    assert rows(view)[0][3] == "0912 000 111"
    assert view.selected_id() == view.services.contacts.contacts()[0].id


def answer(view: ContactsView, button: QMessageBox.StandardButton) -> QMessageBox:
    box = view.active_dialog
    assert isinstance(box, QMessageBox) and box.isVisible()
    box.button(button).click()
    return box


def test_delete_asks_first(qtbot, view) -> None:  # type: ignore[no-untyped-def]
    add_contact(qtbot, view, "Bà Hoa", "0912 345 678")
    add_contact(qtbot, view, "Cô Mai", "0903 111 222")
    view.select_contact(view.services.contacts.contacts()[0].id)

    qtbot.mouseClick(view.delete_button, LEFT)
    box = view.active_dialog
    assert isinstance(box, QMessageBox)
    assert box.text() == "Delete Bà Hoa from your trusted contacts?"
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)  # Enter keeps the contact
    answer(view, QMessageBox.StandardButton.No)
    assert [c.name for c in view.services.contacts.contacts()] == ["Bà Hoa", "Cô Mai"]

    qtbot.mouseClick(view.delete_button, LEFT)
    answer(view, QMessageBox.StandardButton.Yes)
    assert [c.name for c in view.services.contacts.contacts()] == ["Cô Mai"]
    assert [r[1] for r in rows(view)] == ["Cô Mai"]
    assert view.status_label.text() == "Bà Hoa was deleted."
    assert view.selected_id() == view.services.contacts.contacts()[0].id


def test_move_and_pin_with_the_buttons_and_keys(qtbot, view) -> None:  # type: ignore[no-untyped-def]
    for name, number in (("A", "0912 345 671"), ("B", "0912 345 672"), ("C", "0912 345 673")):
        add_contact(qtbot, view, name, number)
    ids = {c.name: c.id for c in view.services.contacts.contacts()}
    view.select_contact(ids["C"])
    assert not view.down_button.isEnabled() and view.up_button.isEnabled()
    qtbot.mouseClick(view.up_button, LEFT)
    assert [r[1] for r in rows(view)] == ["A", "C", "B"]
    assert view.selected_id() == ids["C"]  # the moved contact stays selected, so it can move again
    qtbot.mouseClick(view.up_button, LEFT)
    assert [r[1] for r in rows(view)] == ["C", "A", "B"]
    assert not view.up_button.isEnabled()
    view.contact_list.setFocus()
    qtbot.keyClick(view.contact_list, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert [c.name for c in view.services.contacts.contacts()] == ["A", "C", "B"]

    assert view.pin_button.text().replace("&", "") == "Pin"
    qtbot.mouseClick(view.pin_button, LEFT)
    assert [c.name for c in view.services.contacts.pinned()] == ["C"]
    assert rows(view)[1][0] == "\u2605"
    assert view.pin_button.text().replace("&", "") == "Unpin"
    qtbot.mouseClick(view.pin_button, LEFT)
    assert view.services.contacts.pinned() == []


def test_helplines_can_be_pinned_and_hidden_but_not_the_police(qtbot, view) -> None:  # type: ignore[no-untyped-def]
    assert view.helplines.helplines_title.text() == "Helplines in Vietnam"
    checks = view.helplines.helpline_checks()
    assert {"vn.police", "vn.child-protection", "vn.fire-rescue"} <= set(checks)
    pin_child, _show = checks["vn.child-protection"]
    qtbot.mouseClick(pin_child, LEFT)
    assert view.services.contacts.helplines()[0][0].key == "vn.child-protection"
    _pin, show_fire = checks["vn.fire-rescue"]
    qtbot.mouseClick(show_fire, LEFT)
    assert "vn.fire-rescue" not in [line.key for line, _p in view.services.contacts.helplines()]
    _pin, show_police = checks["vn.police"]
    assert show_police.isChecked() and not show_police.isEnabled()
    # Each line says when it was checked, as "7 Dec 2026" (the interface language's medium date); only the lines
    # whose details are unconfirmed carry a calm note, and nothing says "check locally" any more.
    label = type(view.helplines.helplines_title)
    checked = view.findChild(label, "checked_vn.child-protection")
    assert checked is not None and checked.text() == "checked 7 Dec 2026"
    assert view.findChild(label, "unconfirmed_vn.child-protection") is None
    marker = view.findChild(label, "unconfirmed_vn.scam-warning-portal")
    assert marker is not None and marker.text() == "not confirmed recently" and "police" in marker.toolTip()
    texts = [w.text() for w in view.helplines.findChildren(label)]
    assert not any("check locally" in text.lower() for text in texts)


def test_an_unknown_country_says_so(qtbot, view) -> None:  # type: ignore[no-untyped-def]
    view.services.family.update(country="ZZ")
    view.context.family_changed.emit()
    assert view.helplines.no_helplines.isVisible() and "(ZZ)" in view.helplines.no_helplines.text()
    assert view.helplines.country_button.isVisible()
    assert view.helplines.helpline_checks() == {}


def write_vcf(path: Path, *cards: tuple[str, ...]) -> Path:
    text = "".join("\r\n".join(["BEGIN:VCARD", "VERSION:3.0", *lines, "END:VCARD"]) + "\r\n" for lines in cards)
    path.write_text(text, encoding="utf-8", newline="")
    return path


def test_import_shows_a_preview_and_adds_only_on_import(qtbot, view, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    add_contact(qtbot, view, "Bà Hoa", "0912 345 678")
    path = write_vcf(
        tmp_path / "phone.vcf",
        ("FN:Bà Hoa", "TEL:0912 345 678"),  # already there
        ("FN:Thảo", "TEL:0935 222 333", "X-NOTALONE-CHILD:Lan"),
        ("FN:Broken", "no colon here", "TEL:0935 222 334"),
        ("FN:Cô Mai", "TEL:0903 111 222"),
    )
    dialog = view.import_file(path)
    assert isinstance(dialog, VcardImportDialog) and dialog.isVisible()
    assert [dialog.new_list.item(n).text() for n in range(dialog.new_list.count())] == [
        "Thảo \u2014 0935 222 333",
        "Cô Mai \u2014 0903 111 222",
    ]
    assert dialog.duplicates_list.item(0).text() == "Bà Hoa"
    assert dialog.problems_list.item(0).text() == "Line 15: this line cannot be read; the contact was skipped."
    assert dialog.summary.text().startswith("2 contacts will be added. 1 contact is already in your list.")

    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), LEFT)
    assert [c.name for c in view.services.contacts.contacts()] == ["Bà Hoa"]

    dialog = view.import_file(path)
    qtbot.mouseClick(dialog.import_button, LEFT)
    assert [c.name for c in view.services.contacts.contacts()] == ["Bà Hoa", "Thảo", "Cô Mai"]
    lan = next(c.id for c in view.services.family.children() if c.nickname == "Lan")
    assert view.services.contacts.contacts()[1].child_ids == (lan,)
    assert [r[1] for r in rows(view)] == ["Bà Hoa", "Thảo", "Cô Mai"]
    assert view.status_label.text() == "2 contacts imported."


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"\xff\xd8\xff\xe0\x00\x10JFIF" + bytes(range(256)) * 8, "This is not a contacts file."),
        ("BEGIN:VCARD\r\nFN:Bà Hoa\r\nEND:VCARD\r\n".encode("cp1258"), "not in the UTF-8 encoding (from line 2)"),
        (b"BEGIN:VCARD\r\nFN:Half", "ends in the middle of a contact"),
        (b"BEGIN:VCARD\r\nFN:A\r\nTEL:0912345678\r\nEND:VCARD\r\n" * 10_000, "holds 10000 contacts"),
        (b"BEGIN:VCARD\r\nNOTE:" + b"x" * 5_000_000 + b"\r\nEND:VCARD\r\n", "is 5.0 MB"),
    ],
    ids=["jpeg", "cp1258", "truncated", "10000-cards", "5mb-field"],
)
def test_a_file_that_cannot_be_imported_is_refused_plainly(qtbot, view, tmp_path: Path, data, message) -> None:  # type: ignore[no-untyped-def]
    add_contact(qtbot, view, "Bà Hoa", "0912 345 678")
    path = tmp_path / "contacts.vcf"
    path.write_bytes(data)
    box = view.import_file(path)
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert message in box.text()
    box.button(QMessageBox.StandardButton.Ok).click()
    assert [c.name for c in view.services.contacts.contacts()] == ["Bà Hoa"]


def test_export_writes_a_vcard_file_that_reads_back(qtbot, view, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    add_contact(qtbot, view, "Bà Hoa", "0912 345 678", pinned=True)
    add_contact(qtbot, view, "Onkel Jan", "+49 30 1234567")
    written = view.export_to(tmp_path / "family")
    assert written == tmp_path / "family.vcf" and written.exists()
    assert not (tmp_path / "family.vcf.part").exists()
    contacts, problems = parse_vcards(written.read_bytes(), "VN")
    assert problems == []
    assert [(c.name, c.phones, c.pinned) for c in contacts] == [
        ("Bà Hoa", ("+84912345678",), True),
        ("Onkel Jan", ("+49301234567",), False),
    ]
    assert "2 contacts saved to" in view.status_label.text()


def test_every_control_has_an_accessible_name_and_takes_focus(qtbot, view) -> None:  # type: ignore[no-untyped-def]
    view.services.contacts.add(ContactInput("Bà Hoa", phones=("0912 345 678",)))
    view.context.family_changed.emit()
    controls = [*view.findChildren(QAbstractButton), view.contact_list]
    dialog = view.contact_dialog(view.services.contacts.contacts()[0].id)
    qtbot.addWidget(dialog)
    controls += [*dialog.findChildren(QAbstractButton), *dialog.findChildren(QLineEdit)]
    controls += dialog.findChildren(QPlainTextEdit)
    unnamed = [f"{type(w).__name__} {w.objectName()!r} {getattr(w, 'text', lambda: '')()!r}" for w in controls]
    unnamed = [text for w, text in zip(controls, unnamed, strict=True) if not w.accessibleName()]
    assert unnamed == []
    assert all(w.focusPolicy() & Qt.FocusPolicy.TabFocus for w in controls)
