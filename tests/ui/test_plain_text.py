"""User and file text is plain text everywhere (issue 15, row 9 and deliverable 3): a nickname, a contact, an own
item, a place, an incident or an NGO's organisation name that looks like markup (`<b>`, `<img>`, `<a>`) shows as
the characters typed, in every label, tooltip, button, question and window title of every view, and in every
printed sheet."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as QtGui
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QListWidget,
    QTreeWidget,
    QTreeWidgetItemIterator,
    QWidget,
)

from notalone_desktop.services.contacts import ContactInput
from notalone_desktop.services.incidents import IncidentInput
from notalone_desktop.services.plan import PlanInput
from tests.ui.walk import walk_window

# What a family typed, each around a word of its own: shown as markup, the word would show without its tags.
TYPED = {
    "Zuzu": "<b>Zuzu</b>",  # a child's nickname
    "Kiki": "<img src=dot.png>Kiki",  # another child's nickname: rendered, it would load a picture
    "Hoaxo": "<i>Hoaxo</i> & co",  # a contact's name
    "Auntx": "<u>Auntx</u>",  # the contact's relationship
    "Memox": "<big>Memox</big>",  # the contact's note
    "Tidyx": "<s>Tidyx</s> & more",  # an own item's title
    "Parkx": "<h1>Parkx</h1>",  # a place in the plan
    "Callx": "<a href='x'>Callx</a>",  # what happened, in the logbook
    "Ngox": "<b>Ngox</b> <img src=logo.png>",  # the organisation that gave the app
}


def shown(text: str, rich: bool) -> str:
    """What a person sees of `text`: rendered when Qt renders it as rich text."""
    if not rich:
        return text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


def label_shows(label: QLabel) -> str:
    fmt = label.textFormat()
    rich = fmt == Qt.TextFormat.RichText or (fmt == Qt.TextFormat.AutoText and QtGui.mightBeRichText(label.text()))
    return shown(label.text(), rich)


def tooltip_shows(text: str) -> str:
    return shown(text, QtGui.mightBeRichText(text))  # tooltips are Qt::AutoText


def button_shows(text: str) -> str:
    return re.sub("&(.)", r"\1", text)  # '&x' is a shortcut: the '&' is not shown


def what_is_shown(top: QWidget) -> Iterator[tuple[str, str]]:
    """(where, what a person sees) for every label, tooltip, button, list row and window title under `top`."""
    for widget in [top, *top.findChildren(QWidget)]:
        name = f"{type(widget).__name__} {widget.objectName()!r}"
        if widget.isWindow():
            yield f"title of {name}", widget.windowTitle()
        if widget.toolTip():
            yield f"tooltip of {name}", tooltip_shows(widget.toolTip())
        if isinstance(widget, QLabel):
            yield name, label_shows(widget)
        elif isinstance(widget, QAbstractButton):
            yield name, button_shows(widget.text())
        if isinstance(widget, QTreeWidget):
            iterator = QTreeWidgetItemIterator(widget)
            while iterator.value():
                item = iterator.value()
                for column in range(widget.columnCount()):
                    yield f"{name} row", item.text(column)
                    yield f"{name} row tooltip", tooltip_shows(item.toolTip(column))
                iterator += 1
        if isinstance(widget, QListWidget):
            for row in range(widget.count()):
                yield f"{name} row", widget.item(row).text()
                yield f"{name} row tooltip", tooltip_shows(widget.item(row).toolTip())


def markup_rendered(top: QWidget) -> list[str]:
    """Every place under `top` where one of TYPED's words shows without the rest of what was typed."""
    wrong = []
    for where, text in what_is_shown(top):
        for word, typed in TYPED.items():
            if word in text and typed not in text:
                wrong.append(f"{where}: {text[:120]!r}")
    return wrong


@pytest.fixture
def family(services: Any, tmp_path: Path) -> Any:
    from notalone_desktop.core.profile import load_profile
    from tests.unit.test_profile import COUNTRIES
    from tests.unit.test_profile import GOOD as PROFILE

    services.family.update(country="VN", setup_done=True)
    zuzu = services.family.add_child(TYPED["Zuzu"], 2012)
    services.family.add_child(TYPED["Kiki"], 2016)
    contact = services.contacts.add(
        ContactInput(TYPED["Hoaxo"], TYPED["Auntx"], ("0912 345 678",), note=TYPED["Memox"], pinned=True)
    )
    services.checklist.add_custom(zuzu.id, "talking", TYPED["Tidyx"], TYPED["Tidyx"])
    services.plan.save(zuzu.id, PlanInput((TYPED["Parkx"],), (contact.id,), "hoa sen"))
    services.incidents.add(IncidentInput(dt.date(2026, 1, 5), "scam", TYPED["Callx"], zuzu.id, TYPED["Callx"]))
    (tmp_path / "profile").mkdir()
    (tmp_path / "profile" / "logo.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"/>')
    text = re.sub(r'(?m)^name = ".*"$', 'name = "<b>Ngox</b> <img src=logo.png>"', PROFILE, count=1)
    (tmp_path / "profile" / "test-ngo.toml").write_text(text, encoding="utf-8")
    services.profile_for_test = load_profile(tmp_path / "profile" / "test-ngo.toml", countries=COUNTRIES)
    return services


def test_markup_a_family_typed_shows_as_typed_in_every_view_and_dialog(qtbot, family: Any) -> None:  # type: ignore[no-untyped-def]
    from notalone_desktop.ui.app import build_window

    window = build_window(family, "en", first_run=False)
    qtbot.addWidget(window)
    window.context.profile = family.profile_for_test
    window.show()
    seen: set[str] = set()
    wrong: list[str] = []
    for place, top in walk_window(window, qtbot):
        if place == "plan":
            window.views["plan"].tabs.setCurrentIndex(1)  # the logbook too
            QApplication.processEvents()
            wrong += [f"plan logbook: {w}" for w in markup_rendered(top)]
            window.views["plan"].tabs.setCurrentIndex(0)
        wrong += [f"{place}: {w}" for w in markup_rendered(top)]
        seen |= {word for _where, text in what_is_shown(top) for word, typed in TYPED.items() if typed in text}
    zuzu = family.family.children()[0]
    window.show_view("checklist", f"{zuzu.id}:custom.1")  # the own item, picked: its title, details, tooltip
    QApplication.processEvents()
    wrong += [f"checklist, own item: {w}" for w in markup_rendered(window)]
    seen |= {word for _where, text in what_is_shown(window) for word, typed in TYPED.items() if typed in text}
    assert wrong == [], "\n".join(wrong)
    assert seen >= {"Zuzu", "Kiki", "Hoaxo", "Tidyx", "Callx", "Ngox"}, seen  # the test did look at them


def test_questions_that_name_a_child_or_a_contact_show_the_name_as_typed(qtbot, family: Any) -> None:  # type: ignore[no-untyped-def]
    from notalone_desktop.ui.widgets.common import question

    parent = QWidget()
    qtbot.addWidget(parent)
    box = question(parent, TYPED["Zuzu"], f"Remove {TYPED['Zuzu']}?", TYPED["Kiki"])
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert markup_rendered(box) == [] and TYPED["Kiki"] in {label_shows(label) for label in box.findChildren(QLabel)}


@pytest.mark.parametrize(
    ("sheet", "call"),
    [
        ("checklist", lambda s, m: m.build_html(s, "en", None)),
        ("plan", lambda s, m: m.build_html_for(s, "en", [c.id for c in s.family.children()], True)),
        ("contact card", lambda s, m: m.build_html(s, "en", None)),
        ("incident", lambda s, m: m.build_html_for(s, "en", s.incidents.incidents()[0].id)),
        ("agreement", lambda s, m: m.build_html(s, "en", None)),
    ],
)
def test_printed_sheets_show_what_the_family_typed_as_typed(qapp, family: Any, sheet: str, call: Any) -> None:  # type: ignore[no-untyped-def]
    import importlib

    module = importlib.import_module(
        {
            "checklist": "notalone_desktop.ui.sheets.checklist_sheet",
            "plan": "notalone_desktop.ui.sheets.plan_sheet",
            "contact card": "notalone_desktop.ui.sheets.contact_card",
            "incident": "notalone_desktop.ui.sheets.incident_sheet",
            "agreement": "notalone_desktop.ui.sheets.agreement_sheet",
        }[sheet]
    )
    text = shown(call(family, module), rich=True)
    wrong = [word for word, typed in TYPED.items() if word in text and typed not in text]
    assert wrong == []
    assert any(typed in text for typed in TYPED.values())  # the sheet does show something the family typed


def test_dialogs_that_name_a_child_show_the_nickname_as_typed(qtbot, family: Any) -> None:  # type: ignore[no-untyped-def]
    from notalone_desktop.ui.dialogs.scenario_player import ScenarioPlayer
    from notalone_desktop.ui.views.settings.children import ChildrenCard

    context = _context(family)
    zuzu = family.family.children()[0]
    player = ScenarioPlayer(context, family.content.scenarios[0], zuzu)
    qtbot.addWidget(player)
    card = ChildrenCard(context)
    qtbot.addWidget(card)
    card._removed = (zuzu.id, zuzu.nickname)  # as remove_child leaves it, after the question below
    card.retranslate()
    for top in (player, card, card.confirm_removal(zuzu.nickname)):
        assert markup_rendered(top) == []
        assert any(TYPED["Zuzu"] in text for _where, text in what_is_shown(top))


def _context(services: Any) -> Any:
    from notalone_desktop.ui.context import AppContext
    from notalone_desktop.ui.i18n import Translations

    translations = Translations()
    translations.install("en")
    return AppContext(services, translations)
