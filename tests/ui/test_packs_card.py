"""Settings -> "Content updates" driven as a parent would: install a pack from a file, see what it changes, find
its content everywhere (Get help, Contacts, the lessons, the checklist) marked as from its publisher, remove it.
The demo family is Indonesian here, and the pack gives Indonesia's child line a new number."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox

from notalone_desktop.ui.dialogs.get_help import panel_for
from tests.packs import NEW_CHILD_LINE, built, members, new_key
from tests.ui.test_parent_lock import CHEAP, PIN, memory_keyring, when_modal  # noqa: F401 (a fixture)

LEFT = Qt.MouseButton.LeftButton
pytestmark = pytest.mark.usefixtures("pack_folders")  # before the window reads any content


@pytest.fixture
def indonesian(window: Any) -> Any:
    """The demo family, living in Indonesia and reading Indonesian."""
    window.context.services.family.update(country="ID")
    window.context.set_language("id")
    window.context.family_changed.emit()
    return window


def answer(name: str, button: QMessageBox.StandardButton, seen: list[str]) -> None:
    def click(box: QMessageBox) -> None:
        assert box.objectName() == name
        seen.append(f"{box.text()}\n{box.informativeText()}")
        box.button(button).click()

    when_modal(QMessageBox, click)


def card_of(window: Any) -> Any:
    window.show_view("settings")
    return window.views["settings"].packs_card


def helpline_text(widget: Any, key: str) -> str:
    label = widget.findChild(QLabel, f"helpline_{key}")
    assert label is not None, key
    return str(label.text())


def test_install_see_and_remove_a_pack_from_an_unknown_publisher(qtbot, indonesian, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = indonesian
    key, public = new_key(tmp_path)
    pack = built(tmp_path, key)
    card = card_of(window)
    assert card.empty.isVisible() and card.install_button.accessibleName()

    seen: list[str] = []
    answer("confirmInstallPack", QMessageBox.StandardButton.Yes, seen)
    assert card.install_from(pack)
    assert "Yayasan Contoh" in seen[0] and public.fingerprint in seen[0]  # the parent saw who and which key
    assert "sudah terpasang" in card.status.text() and not card.empty.isVisible()  # in the family's Indonesian
    box = card.pack_boxes["id-update"]
    about = box.findChild(QLabel, "packAbout_id-update").text()
    assert "Yayasan Contoh" in about and public.fingerprint in about

    qtbot.waitUntil(box.isVisible)  # shown once the event loop runs, as in the window
    qtbot.mouseClick(card.detail_buttons["id-update"], LEFT)
    details = box.findChild(QLabel, "packDetails_id-update")
    assert details.isVisible()
    assert NEW_CHILD_LINE in details.text() and "7 Des 2026)" in details.text()  # and when it was checked
    assert "Chat apps, as the pack tells it" in details.text()  # its lesson

    # Get help and Contacts show the new number, marked as from the publisher.
    dialog = panel_for(window.context)
    qtbot.addWidget(dialog)
    assert "dari Yayasan Contoh" in helpline_text(dialog, "id.sapa-129")
    numbers = [label.text() for label in dialog.findChildren(QLabel)]
    assert NEW_CHILD_LINE in numbers and "129" not in numbers
    window.show_view("contacts")
    contacts = window.views["contacts"]
    assert contacts.findChild(QLabel, "helplineNumber_id.sapa-129").text() == NEW_CHILD_LINE
    assert "dari Yayasan Contoh" in helpline_text(contacts, "id.sapa-129")
    # The lesson is in the library (synced into the search index) and says where it comes from.
    assert [hit.key for hit in window.context.services.lessons.search("pack tells", "id")] == ["pack-lesson"]
    window.show_view("lessons")
    library = window.views["lessons"].library
    summary = next(s for s in window.context.services.lessons.summaries("id") if s.key == "pack-lesson")
    assert "dari Yayasan Contoh" in library._meta(summary)
    # So does the checklist item, in its details.
    window.show_view("checklist")
    checklist = window.views["checklist"]
    checklist.focus_key("strangers.pack-item")
    assert checklist.current_key() == "strangers.pack-item"
    assert "dari Yayasan Contoh" in checklist.details.meta.text()

    # Remove it: the content leaves, the number is the shipped one again.
    card = card_of(window)
    answer("confirmRemovePack", QMessageBox.StandardButton.Yes, seen)
    qtbot.mouseClick(card.remove_buttons["id-update"], LEFT)
    assert "sudah dihapus" in card.status.text() and card.empty.isVisible()
    dialog = panel_for(window.context)
    qtbot.addWidget(dialog)
    assert "Yayasan Contoh" not in helpline_text(dialog, "id.sapa-129")
    assert "129" in [label.text() for label in dialog.findChildren(QLabel)]
    assert window.context.services.lessons.search("pack tells", "id") == []


def test_a_refused_pack_and_a_parent_who_says_no_change_nothing(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    key, _ = new_key(tmp_path)
    pack = built(tmp_path, key)
    card = card_of(window)
    seen: list[str] = []
    answer("confirmInstallPack", QMessageBox.StandardButton.No, seen)
    assert not card.install_from(pack)
    assert seen and "Nothing was changed" in card.status.text() and card.empty.isVisible()

    tampered = tmp_path / "tampered.zip"
    content = members(pack)
    content["manifest.json"] = content["manifest.json"].replace(b"Yayasan Contoh", b"Yayasan Palsu")
    import zipfile

    with zipfile.ZipFile(tampered, "w") as archive:
        for name, data in content.items():
            archive.writestr(name, data)
    assert not card.install_from(tampered)
    assert "signature does not match" in card.status.text() and card.empty.isVisible()


def test_child_mode_asks_for_the_pin_before_installing(qtbot, memory_keyring, demo_services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    from notalone_desktop.services.security import SecurityService
    from notalone_desktop.ui.app import build_window

    SecurityService(demo_services.database, scrypt_log_n=CHEAP).set_pin(PIN)
    window = build_window(demo_services, "en", first_run=False)
    qtbot.addWidget(window)
    window.show()
    asked: list[bool] = []
    window.context.pin_prompt = lambda context, parent: asked.append(True) or False  # the parent cancels
    card = card_of(window)
    card.install_file()  # no file dialog opens: the PIN was asked for first, and refused
    assert asked == [True] and card.store().packs() == []
