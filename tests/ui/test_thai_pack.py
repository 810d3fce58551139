"""A fifth language from a content pack: with the example Thai pack installed, Thai is in the language list, Get
help speaks Thai (its interface from the pack's .qm, its steps and Thailand's lines from the pack's content), and
what the pack does not translate shows in English, marked "not yet translated" in Thai. Without the pack, Thai is
gone from the list and the window is in English again."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel, QMessageBox

from notalone_desktop.services.packs.build import build_pack, lrelease
from notalone_desktop.ui.dialogs.get_help import panel_for
from tests.conftest import REPO
from tests.packs import new_key, trust
from tests.ui.test_parent_lock import when_modal

pytestmark = [
    pytest.mark.skipif(lrelease() is None, reason="Qt's lrelease compiles the pack's .ts"),
    pytest.mark.usefixtures("pack_folders"),  # before the window reads any content
]
NOT_TRANSLATED = "ยังไม่ได้แปล"


@pytest.fixture
def thai_pack(tmp_path: Path, pack_folders: tuple[Path, Path]) -> Path:
    """The example pack, built with a key this copy trusts (as an NGO's deployment would set up)."""
    key, public = new_key(tmp_path)
    trust(public, pack_folders[0])
    return build_pack(REPO / "examples" / "packs" / "th", key, tmp_path / "th.zip").path


def languages(window: Any) -> dict[str, str]:
    window.show_view("settings")
    combo = window.views["settings"].general_card.language
    return {combo.itemData(n): combo.itemText(n) for n in range(combo.count())}


def test_thai_comes_and_goes_with_the_pack(qtbot, window, thai_pack: Path) -> None:  # type: ignore[no-untyped-def]
    context, services = window.context, window.context.services
    assert "th" not in languages(window)
    card = window.views["settings"].packs_card
    when_modal(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    assert card.install_from(thai_pack)
    assert languages(window)["th"] == "ไทย"

    services.family.update(country="TH")
    combo = window.views["settings"].general_card.language
    combo.setCurrentIndex(combo.findData("th"))
    combo.activated.emit(combo.currentIndex())  # the parent picks Thai
    assert context.language == "th" and services.family.info().language == "th"
    assert window.views["settings"].general_card.language.currentData() == "th"

    # Get help: the pack's interface, first steps and Thailand's lines, in Thai.
    dialog = panel_for(context, "online-kidnapping")
    qtbot.addWidget(dialog)
    assert dialog.title_label.text() == "ขอความช่วยเหลือเดี๋ยวนี้"
    assert "ตำรวจ: 191" in dialog.police_label.text()
    assert "อย่าโอนเงิน" in dialog.steps_label.text()
    assert "ตำรวจ (เหตุด่วนเหตุร้าย)" in dialog.findChild(QLabel, "helpline_th.police").text()
    assert "จาก" not in dialog.findChild(QLabel, "helpline_th.police").text()  # a trusted publisher: no note
    assert NOT_TRANSLATED not in dialog.findChild(QLabel, "helpline_th.police").text()
    services.family.update(country="VN")  # Vietnam's lines have no Thai: English, marked
    dialog = panel_for(context, "online-kidnapping")
    qtbot.addWidget(dialog)
    assert NOT_TRANSLATED in dialog.findChild(QLabel, "helpline_vn.police").text()
    assert NOT_TRANSLATED not in dialog.steps_label.text()  # the pack translates the first steps

    # Lessons: the two in Thai; the others in English, marked as not yet translated, in Thai.
    summaries = {s.key: s for s in services.lessons.summaries("th")}
    assert summaries["online-kidnapping"].translated and summaries["online-kidnapping"].title.startswith("“ลักพาตัว")
    assert not summaries["grooming"].translated and summaries["grooming"].language == "en"
    window.show_view("lessons")
    library = window.views["lessons"].library
    assert NOT_TRANSLATED in library._meta(summaries["grooming"])
    assert NOT_TRANSLATED not in library._meta(summaries["cyberbullying"])
    # The checklist: the emergency section in Thai, the others in English, marked.
    items = {item.key: item for item in services.checklist.items(None, "th")}
    assert items["emergency.money-lost"].translated and "มิจฉาชีพ" in items["emergency.money-lost"].title
    assert not items["devices.screen-lock"].translated

    # The family's archive keeps its language and names the pack, so that an import elsewhere can say so.
    from notalone_desktop.services.family_data import load_archive

    services.family_data.export(thai_pack.parent / "family.zip")
    saved = load_archive(thai_pack.parent / "family.zip")
    assert saved["family"]["language"] == "th" and [p["id"] for p in saved["packs"]] == ["example-thai"]

    # Remove it: Thai leaves the list and the window is in English; the family's choice is kept for its return.
    when_modal(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    card = window.views["settings"].packs_card
    assert card.remove_pack(card.store().packs()[0])
    assert context.language == "en" and "th" not in languages(window)
    assert services.family.info().language == "th"
    assert [lesson for lesson in services.lessons.summaries("en") if lesson.language == "th"] == []
