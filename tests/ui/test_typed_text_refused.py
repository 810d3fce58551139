"""Typed text that would lie about itself (issue 15, row 11), in the window: the form says why in the window's own
words, keeps what was typed for the parent to fix, and nothing is stored."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QDialog

from notalone_desktop.ui.plain_text import unsafe_text_message

RIGHT_TO_LEFT = "Mẹ \u202egnp.exe"  # shows as "Mẹ exe.png"
NOTHING_VISIBLE = "\u200b\u200d"


@pytest.fixture
def bidi_message(qapp: Any) -> str:  # type: ignore[no-untyped-def]
    message = unsafe_text_message("text-bidi-control")
    assert message and "backwards" in message
    return message


def test_a_nickname_with_a_right_to_left_override_is_refused_in_the_childs_form(qtbot, bidi_message: str) -> None:  # type: ignore[no-untyped-def]
    from notalone_desktop.ui.dialogs.child_dialog import ChildDialog

    dialog = ChildDialog()
    qtbot.addWidget(dialog)
    dialog.nickname.setText(RIGHT_TO_LEFT)
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.values() is None
    assert dialog.error.text() == bidi_message and dialog.nickname.text() == RIGHT_TO_LEFT


def test_a_contact_name_with_nothing_visible_is_refused_beside_the_name(qtbot, context) -> None:  # type: ignore[no-untyped-def]
    from notalone_desktop.ui.dialogs.contact_dialog import ContactDialog

    context.services.family.update(country="VN", setup_done=True)
    dialog = ContactDialog(context)
    qtbot.addWidget(dialog)
    dialog.name_edit.setText(NOTHING_VISIBLE)
    dialog.phone_rows[0].edit.setText("0912 345 678")
    dialog.accept()
    assert dialog.error_texts() == [unsafe_text_message("text-invisible")]
    assert context.services.contacts.contacts() == []


def test_an_own_item_with_a_control_character_is_refused_in_its_form(qtbot, context) -> None:  # type: ignore[no-untyped-def]
    from notalone_desktop.ui.dialogs.custom_item_dialog import CustomItemDialog

    dialog = CustomItemDialog(context, None, "talking")
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("Talk about games")
    dialog.details.setPlainText("Ask\x1b[2J what they play")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error.text() == unsafe_text_message("text-control") and not dialog.error.isHidden()


def test_a_checklist_note_with_a_right_to_left_override_is_said_and_kept_not_saved(  # type: ignore[no-untyped-def]
    qtbot, window, bidi_message: str
) -> None:
    from notalone_desktop.core.text import neutralise
    from tests.ui.test_checklist_view import item_rows

    window.show_view("checklist")
    view = window.views["checklist"]
    view.tree.setCurrentIndex(item_rows(view)[0])
    details = view.details
    assert details.item is not None
    key, before = details.item.key, details.item.note
    typed = f"Ask about {RIGHT_TO_LEFT}"
    details.note.setPlainText(typed)
    details.autosave.flush()  # what leaving the field does
    assert details.note_limit.text() == bidi_message and not details.note_limit.isHidden()
    assert details.note.toPlainText() == typed  # kept on screen for the parent to fix

    def stored() -> str:
        return next(i for i in window.context.services.checklist.items(view.owner_id(), "en") if i.key == key).note

    assert stored() == before
    # Moving on to another item does not drop what was typed: it is kept without the lying character.
    details.note.setPlainText(typed + " ")
    view.tree.setCurrentIndex(item_rows(view)[1])
    assert stored().strip() == neutralise(typed, multiline=True) == "Ask about Mẹ gnp.exe"
