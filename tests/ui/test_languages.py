"""Every visible text goes through translation (pseudo locale). That no text is clipped, in any language and with any
font, is tests/ui/test_layout.py."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from notalone_desktop import __version__
from notalone_desktop.ui.app import build_window
from notalone_desktop.ui.i18n import LANGUAGE_NAMES
from tests.conftest import REPO
from tests.ui.walk import visible_texts, walk_window

sys.path.insert(0, str(REPO / "tools"))
from pseudo_translation import CLOSE, OPEN, write_pseudo_ts

sys.path.pop(0)


def content_strings(services) -> set[str]:  # type: ignore[no-untyped-def]
    """Text that is the family's data or shipped content: shown as it is, never through tr()."""
    content = services.content
    found: set[str] = set(LANGUAGE_NAMES.values()) | {__version__, str(services.data_dir), "Not Alone"}

    def add(text) -> None:  # type: ignore[no-untyped-def]
        for lang in ("en", "vi", "id", "de"):
            found.add(text.get(lang))

    for category in content.checklists.categories:
        add(category.title)
    for item in content.checklists.items:
        for field in (item.title, item.why, item.how):
            add(field)
        found.update(item.steps("en"))
        found.update(item.sources)
    for country in content.countries.values():
        add(country.name)
        found.add(country.police)
        for line in country.lines:
            found.update({line.number, line.url, line.source})
            for field in (line.name, line.purpose, line.hours, line.cost):
                add(field)
    for situation in content.situations:
        add(situation.title)
        found.update(situation.steps_for("en"))
    for scenario in content.scenarios:
        for field in (scenario.title, scenario.summary, scenario.sender):
            add(field)
        for node in scenario.nodes.values():
            add(node.text)
            found.update(node.bubbles("en"))
            for choice in node.choices:
                add(choice.text)
                add(choice.feedback)
    for lesson in services.lessons.lessons("en"):
        found.update({lesson.title, lesson.summary})
    for child in services.family.children():
        found.add(child.nickname)
    for contact in services.contacts.contacts():
        found.update({contact.name, contact.relationship, contact.note, contact.email})
        for phone in contact.phones:
            found.update({phone.display, phone.number})
    return {text for text in found if text}


def is_data(text: str, data: set[str]) -> bool:
    rest = text
    for known in sorted((d for d in data if d in text), key=len, reverse=True):
        rest = rest.replace(known, " ")
    return not re.search(r"[^\W\d_]{2,}", rest)  # nothing word-like is left


@pytest.fixture
def pseudo_locale(qapp, tmp_path: Path):  # type: ignore[no-untyped-def]
    ts, qm = tmp_path / "pseudo.ts", tmp_path / "pseudo.qm"
    write_pseudo_ts(REPO / "i18n" / "notalone_vi.ts", ts)
    tool = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(tool), "-silent", str(ts), "-qm", str(qm)], check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


def test_pseudo_locale_leaves_no_hard_coded_text(qtbot, demo_services, pseudo_locale) -> None:  # type: ignore[no-untyped-def]
    window = build_window(demo_services, "en", first_run=False)
    qtbot.addWidget(window)
    window.resize(1180, 800)
    window.show()
    QCoreApplication.installTranslator(pseudo_locale)  # build_window installed English; pseudo goes on top
    QCoreApplication.processEvents()
    data = content_strings(demo_services)
    plain = set()
    for place, top in walk_window(window, qtbot):
        for widget, kind, text in visible_texts(top):
            text = text.strip()
            if not text or OPEN in text or CLOSE in text or is_data(text, data):
                continue
            plain.add(f"{place}: {kind} of {type(widget).__name__} {widget.objectName()!r}: {text[:70]!r}")
    assert sorted(plain) == []
