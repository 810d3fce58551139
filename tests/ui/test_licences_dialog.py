"""About -> Licences (ui/dialogs/licences.py): the build's licences file shown as a list and the chosen text, used
with the keyboard alone; what a source checkout shows without it; how to check an installer, in four languages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QPlainTextEdit

from notalone_desktop.ui.dialogs.licences import (
    LicencesDialog,
    how_to_verify_text,
    installed_components,
    read_licences,
    shipped_signing_keys,
)
from notalone_desktop.ui.i18n import Translations


def shipped(tmp_path: Path) -> Path:
    """A licences.json as packaging/buildlib/licences.py writes it."""
    target = tmp_path / "licences.json"
    components = [
        {"name": "Not Alone", "version": "0.1.0", "licence": "Apache-2.0", "source": "https://example.org/src",
         "texts": [{"file": "Apache-2.0", "text": "Apache License\nVersion 2.0, January 2004"}]},
        {"name": "PySide6_Essentials", "version": "6.11.3", "licence": "LGPL-3.0-only", "source": "download.qt.io",
         "texts": [{"file": "LGPL-3.0", "text": "GNU LESSER GENERAL PUBLIC LICENSE\nVersion 3, 29 June 2007"}]},
        {"name": "six", "version": "1.17.0", "licence": "MIT", "source": "", "texts": []},
    ]  # fmt: skip
    target.write_text(json.dumps({"format": 1, "components": components, "signing": {"gpg": "ABCD" * 10}}))
    return target


def test_the_shipped_file_is_listed_and_read_with_the_keyboard(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    licences = read_licences(shipped(tmp_path))
    assert licences is not None and licences.complete and licences.signing["gpg"] == "ABCD" * 10
    assert shipped_signing_keys(shipped(tmp_path)) == {"gpg": "ABCD" * 10}
    assert shipped_signing_keys(tmp_path / "missing.json") == {}
    dialog = LicencesDialog(licences=licences)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    components = dialog.findChild(QListWidget, "licencesComponents")
    text = dialog.findChild(QPlainTextEdit, "licencesText")
    assert components.accessibleName() and text.accessibleName()
    assert components.count() == 3 and dialog.focusWidget() is components
    assert "Apache License" in text.toPlainText() and "Source: https://example.org/src" in text.toPlainText()
    qtbot.keyClick(components, Qt.Key.Key_Down)
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in text.toPlainText() and "download.qt.io" in text.toPlainText()
    qtbot.keyClick(components, Qt.Key.Key_Down)
    assert "No licence text was found" in text.toPlainText() and "MIT" in text.toPlainText()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_a_source_checkout_lists_the_installed_metadata_and_says_so(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    licences = read_licences(tmp_path / "missing.json")
    assert licences is not None and not licences.complete
    names = [c.name.lower() for c in licences.components]
    assert names[0] == "notalone-desktop" and "pyside6-essentials" in {n.replace("_", "-") for n in names}
    assert "pytest" not in names  # an extra (test) is not something the app ships
    dialog = LicencesDialog(licences=licences)
    qtbot.addWidget(dialog)
    assert "source code" in dialog.intro.text()


def test_nothing_found_gives_a_clear_message(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = LicencesDialog(licences=None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "could not be found" in dialog.intro.text() and "Apache License 2.0" in dialog.intro.text()
    assert not dialog.findChild(QListWidget, "licencesComponents").isVisible()


def test_installed_components_follow_the_requirements_with_their_licence_files() -> None:
    found = {c.name.lower(): c for c in installed_components()}
    assert found["sqlalchemy"].licence == "MIT" and any("LICENSE" in name for name, _ in found["sqlalchemy"].texts)
    assert "sqlalchemy" in found["sqlalchemy"].source.lower()


@pytest.mark.parametrize("lang", ["en", "vi", "id", "de"])
def test_how_to_verify_in_every_language(qapp, lang: str) -> None:  # type: ignore[no-untyped-def]
    translations = Translations()
    try:
        translations.install(lang)
        text = how_to_verify_text({"gpg": "0123456789ABCDEF" * 2, "minisign": "RWQexample"})
    finally:
        translations.install("en")
    assert "SHA256SUMS" in text and "sha256sum -c SHA256SUMS --ignore-missing" in text and "gpg --verify" in text
    assert "0123456789ABCDEF" * 2 in text and "RWQexample" in text
    english = "Every release of Not Alone comes with a file named SHA256SUMS"
    assert (english in text) == (lang == "en")


def test_settings_about_opens_the_licences_and_how_to_check_an_installer(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication, QMessageBox

    from tests.ui.test_parent_lock import when_modal

    window.show_view("settings")
    settings = window.views["settings"]
    seen: list[object] = []
    when_modal(LicencesDialog, lambda dialog: (seen.append(dialog.windowTitle()), dialog.reject()))
    qtbot.mouseClick(settings.licences_button, Qt.MouseButton.LeftButton)
    assert seen == ["Licences"] and settings.licences_button.accessibleName() == "Licences"
    texts: list[str] = []
    when_modal(QMessageBox, lambda box: (texts.append(box.text()), box.accept()))
    qtbot.mouseClick(settings.verify_button, Qt.MouseButton.LeftButton)
    assert texts and "SHA256SUMS" in texts[0] and "sha256sum -c SHA256SUMS" in texts[0]
    assert QApplication.activeModalWidget() is None
