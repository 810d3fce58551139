"""The screen's theme: the tokens' colours on screen, following the system's light/dark switch live, icons and
check boxes that stay visible on a dark palette, and one window-title pattern."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage, QPalette
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QStyle, QStyleOptionButton, QWidget

from notalone_desktop.paths import resources_dir
from notalone_desktop.ui.style import style_error
from notalone_desktop.ui.theme.contrast import UI_CONTRAST, contrast
from notalone_desktop.ui.theme.icons import NAMES, icon
from notalone_desktop.ui.theme.scheme import theme
from notalone_desktop.ui.theme.stylesheet import stylesheet
from notalone_desktop.ui.theme.tokens import DARK, LIGHT, PALETTES
from notalone_desktop.ui.widgets.common import Card


@pytest.fixture
def light(qapp) -> Iterator[object]:  # type: ignore[no-untyped-def]
    """The installed theme, light; put back to light whatever the test switched to."""
    installed = theme()
    assert installed is not None, "application() installs the theme"
    installed.set_scheme(False, False)
    yield installed
    installed.set_scheme(False, False)


def _grab(widget: QWidget) -> QImage:
    QApplication.processEvents()
    return widget.grab().toImage()


def _colours(image: QImage) -> set[str]:
    return {image.pixelColor(x, y).name() for x in range(image.width()) for y in range(image.height())}


def test_a_system_switch_to_dark_recolours_an_open_view_at_once(qtbot, light) -> None:  # type: ignore[no-untyped-def]
    frame = Card()
    message = QLabel("The PIN is too short.")
    style_error(message)
    frame.body.addWidget(message)
    qtbot.addWidget(frame)
    frame.resize(300, 80)
    frame.show()
    inside = QPoint(frame.width() // 2, frame.height() - 6)
    assert _grab(frame).pixelColor(inside).name() == LIGHT.surface
    assert message.palette().color(QPalette.ColorRole.WindowText).name() == LIGHT.error

    # What Qt sends when the system's setting changes (the offscreen platform cannot change it by itself).
    QApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert light.dark and light.palette == DARK
    assert QApplication.palette().color(QPalette.ColorRole.Window).name() == DARK.window
    assert _grab(frame).pixelColor(inside).name() == DARK.surface
    assert message.palette().color(QPalette.ColorRole.WindowText).name() == DARK.error

    QApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert _grab(frame).pixelColor(inside).name() == LIGHT.surface


def test_the_systems_high_contrast_setting_switches_to_the_high_contrast_palette(qtbot, light) -> None:  # type: ignore[no-untyped-def]
    QApplication.styleHints().accessibility().contrastPreferenceChanged.emit(Qt.ContrastPreference.HighContrast)
    assert light.palette == PALETTES[(False, True)]
    assert QApplication.palette().color(QPalette.ColorRole.WindowText).name() == "#000000"


def test_icons_are_drawn_in_the_text_colour_of_the_palette_on_screen(light) -> None:  # type: ignore[no-untyped-def]
    for name in NAMES:
        assert QSvgRenderer(str(resources_dir() / "icons" / f"{name}.svg")).isValid(), name
    lock = icon("lock")
    assert _colours(lock.pixmap(48, 48).toImage()) >= {LIGHT.text}
    light.set_scheme(True)
    drawn = _colours(lock.pixmap(48, 48).toImage())
    assert DARK.text in drawn and LIGHT.text not in drawn  # the same QIcon, redrawn for the new palette
    disabled = lock.pixmap(48, 48, mode=lock.Mode.Disabled).toImage()
    assert DARK.text not in _colours(disabled)


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_an_unticked_check_box_is_outlined_at_3_to_1_on_the_window(qtbot, light, dark: bool) -> None:  # type: ignore[no-untyped-def]
    light.set_scheme(dark)
    palette = light.palette
    box = QCheckBox("Show")
    qtbot.addWidget(box)
    box.show()
    image = _grab(box)
    option = QStyleOptionButton()
    box.initStyleOption(option)
    indicator = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
    drawn = {image.pixelColor(x, y).name() for x in range(indicator.width()) for y in range(indicator.height())}
    assert max(contrast(colour, palette.window) for colour in drawn) >= UI_CONTRAST
    assert palette.surface in drawn  # the empty box, filled


def test_the_style_sheet_never_removes_a_focus_indicator() -> None:
    for palette in PALETTES.values():
        sheet = stylesheet(palette)
        assert "outline: none" not in sheet and "outline:none" not in sheet
        # One ring, drawn by ui/focus.py around whatever has the focus (tests/ui/test_keyboard.py measures it): the
        # style sheet draws no second one inside the widget.
        assert ":focus" not in sheet
    assert stylesheet(LIGHT, "QWidget:focus { border: 3px solid red; }").endswith(
        "QWidget:focus { border: 3px solid red; }"
    )


def test_every_window_title_is_section_then_the_app_name_in_the_ui_language(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from notalone_desktop.ui.main_window import VIEWS, view_title

    for name, _module, _cls in VIEWS:
        window.show_view(name)
        assert window.windowTitle() == view_title(name)  # the system adds " — " and the display name
    assert QApplication.applicationDisplayName() == "Not Alone"
    window.context.set_language("vi")
    qtbot.waitUntil(lambda: QApplication.applicationDisplayName() == "Không một mình")
    assert window.windowTitle() == view_title(window.current_view_name())
    assert "Không một mình" not in window.windowTitle()


def test_an_action_button_gets_its_icon_in_the_colour_of_its_text(qtbot, light) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QCommandLinkButton, QPushButton

    from notalone_desktop.ui.theme.roles import set_role

    add = QPushButton("Record an incident…")
    add.setObjectName("addIncident")  # one of the main actions: the theme gives it the "add" icon
    qtbot.addWidget(add)
    add.show()
    assert add.icon().name() == "notalone:add:text" and add.text() == "Record an incident…"
    set_role(add, "primary")  # white text on the accent: a white icon too
    assert add.icon().name() == "notalone:add:on_accent"
    set_role(add, "")
    assert add.icon().name() == "notalone:add:text"
    arrow = QCommandLinkButton("Next step")
    arrow.setIcon(icon("next", "accent"))  # a colour given on purpose stays
    qtbot.addWidget(arrow)
    arrow.show()
    assert arrow.icon().name() == "notalone:next:accent"
