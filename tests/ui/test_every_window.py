"""Checks that must hold on every screen of the app, walked by tests/ui/every_window.py: no mnemonic (Alt+letter)
used twice in one window, in any of the four languages; every interactive element has a name a screen reader can
say (the QAccessible tree: buttons, fields, lists and each cell of their items), in English and Vietnamese."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QTabBar, QWidget

from notalone_desktop.ui.app import build_window
from tests.ui.every_window import window_states

MNEMONIC = re.compile(r"&([^&\s])")
Role = QAccessible.Role
# What a person operates: with the keyboard or a screen reader's commands. Scroll bars, splitter handles and size
# grips are mouse conveniences beside keyboard-operable views; headers only sort or label.
INTERACTIVE = {
    Role.Button,
    Role.CheckBox,
    Role.RadioButton,
    Role.ComboBox,
    Role.EditableText,
    Role.SpinBox,
    Role.Slider,
    Role.List,
    Role.ListItem,
    Role.Tree,
    Role.TreeItem,
    Role.Table,
    Role.Cell,
    Role.PageTab,
    Role.Link,
    Role.MenuItem,
    Role.ButtonMenu,
    Role.ButtonDropDown,
}


def mnemonics(top: QWidget) -> list[tuple[str, str]]:
    """(letter, text) of every Alt+letter shortcut a person can use in `top` now: visible buttons, check boxes,
    labels with a buddy, group boxes and tabs, after translation."""
    found = []
    for widget in top.findChildren(QWidget):
        if widget.window() is not top or not widget.isVisibleTo(top):
            continue
        texts: list[str] = []
        if isinstance(widget, QAbstractButton) or (
            isinstance(widget, QLabel) and widget.buddy() is not None and widget.buddy().isVisibleTo(top)
        ):
            texts = [widget.text()]
        elif isinstance(widget, QGroupBox):
            texts = [widget.title()]
        elif isinstance(widget, QTabBar):
            texts = [widget.tabText(i) for i in range(widget.count()) if widget.isTabVisible(i)]
        for text in texts:
            for match in MNEMONIC.finditer(text.replace("&&", "")):
                found.append((match.group(1).casefold(), text))
    return found


@pytest.mark.parametrize("lang", ["en", "vi", "id", "de"])
def test_no_mnemonic_is_used_twice_in_one_window(qtbot, demo_services, lang: str) -> None:  # type: ignore[no-untyped-def]
    window = build_window(demo_services, lang, first_run=False)
    qtbot.addWidget(window)
    window.resize(1200, 820)
    window.show()
    clashes = {}
    checked = 0
    for name, top in window_states(window):
        checked += 1
        found = mnemonics(top)
        counts = Counter(letter for letter, _text in found)
        twice = {letter: [t for l2, t in found if l2 == letter] for letter, n in counts.items() if n > 1}
        if twice:
            clashes[name] = twice
    assert checked > 25
    assert clashes == {}


def accessible_walk(interface: QAccessibleInterface | None, found: list[QAccessibleInterface]) -> None:
    if interface is None or not interface.isValid() or interface.state().invisible:
        return
    found.append(interface)
    for index in range(interface.childCount()):
        accessible_walk(interface.child(index), found)


def describe(interface: QAccessibleInterface) -> str:
    owner = interface.object()
    where = owner.objectName() if owner is not None else ""
    parent = interface.parent()
    while not where and parent is not None and parent.isValid():
        where = parent.object().objectName() if parent.object() is not None else ""
        parent = parent.parent()
    return f"{interface.role().name} in {where or '?'}"


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_every_interactive_element_has_an_accessible_name(qtbot, demo_services, lang: str, capsys) -> None:  # type: ignore[no-untyped-def]
    window = build_window(demo_services, lang, first_run=False)
    qtbot.addWidget(window)
    window.resize(1200, 820)
    window.show()
    interactive = named = 0
    unnamed: dict[str, list[str]] = {}
    for name, top in window_states(window):
        found: list[QAccessibleInterface] = []
        accessible_walk(QAccessible.queryAccessibleInterface(top), found)
        for interface in found:
            if interface.role() not in INTERACTIVE:
                continue
            interactive += 1
            if interface.text(QAccessible.Text.Name).strip():
                named += 1
            else:
                unnamed.setdefault(name, []).append(describe(interface))
    with capsys.disabled():
        print(f"\naccessible names ({lang}): {named} named / {interactive} interactive")
    assert interactive > 300
    assert unnamed == {}
