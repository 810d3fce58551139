"""The screen's theme: the palette of the tokens that fits the system (light or dark, normal or high contrast),
applied to the whole application as a QPalette and one style sheet, and applied again the moment the system
switches (Qt's `colorSchemeChanged` and `contrastPreferenceChanged`).

`NOTALONE_THEME` (light, dark, light-high-contrast, dark-high-contrast) fixes the palette whatever the system
says: for screenshots, and for a system that has no light/dark setting Qt can read.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from notalone_desktop.ui.theme.stylesheet import mix, stylesheet
from notalone_desktop.ui.theme.tokens import LIGHT, PALETTES, Palette

log = logging.getLogger(__name__)
ENVIRONMENT = "NOTALONE_THEME"
NAMES: dict[str, tuple[bool, bool]] = {
    "light": (False, False),
    "dark": (True, False),
    "light-high-contrast": (False, True),
    "dark-high-contrast": (True, True),
}


def qt_palette(p: Palette) -> QPalette:
    """The tokens as a QPalette, so that every widget Qt draws (lists, fields, scroll bars) takes the colours."""
    palette = QPalette()
    role = QPalette.ColorRole
    colours = {
        role.Window: p.window,
        role.WindowText: p.text,
        role.Base: p.surface,
        role.AlternateBase: mix(p.text, p.surface, 0.04),
        role.Text: p.text,
        role.Button: p.surface,
        role.ButtonText: p.text,
        role.BrightText: p.on_emergency,
        role.Highlight: p.accent,
        role.HighlightedText: p.on_accent,
        role.Link: p.accent,
        role.LinkVisited: p.accent,
        role.PlaceholderText: p.text_muted,
        role.ToolTipBase: p.surface,
        role.ToolTipText: p.text,
        role.Accent: p.accent,
        # The bevel shades Fusion draws outlines and grooves with: the border colour keeps them at 3:1.
        role.Light: mix(p.surface, p.text, 0.9),
        role.Midlight: mix(p.border, p.surface, 0.5),
        role.Mid: p.border,
        role.Dark: p.border,
        role.Shadow: mix(p.text, p.window, 0.5),
    }
    for which, colour in colours.items():
        palette.setColor(which, QColor(colour))
    disabled = QColor(mix(p.text_muted, p.window, 0.6))
    for which in (role.WindowText, role.Text, role.ButtonText, role.PlaceholderText):
        palette.setColor(QPalette.ColorGroup.Disabled, which, disabled)
    palette.setColor(QPalette.ColorGroup.Disabled, role.Highlight, QColor(p.border))
    return palette


class Theme(QObject):
    """The app's one theme object: `palette` is the tokens' palette on screen now; `changed` says it switched."""

    changed = Signal()

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self._extra: list[Callable[[Palette], str]] = []
        fixed = os.environ.get(ENVIRONMENT, "").strip().lower()
        self._fixed = NAMES.get(fixed)
        if fixed and self._fixed is None:
            log.warning("%s=%s is not one of %s; following the system", ENVIRONMENT, fixed, ", ".join(NAMES))
        hints = app.styleHints()
        self.dark = hints.colorScheme() == Qt.ColorScheme.Dark
        self.high_contrast = hints.accessibility().contrastPreference() == Qt.ContrastPreference.HighContrast
        if self._fixed is not None:
            self.dark, self.high_contrast = self._fixed
        self.palette: Palette = PALETTES[(self.dark, self.high_contrast)]
        self.styled = app.style().objectName() == "themestyle"  # the theme's own style (ui.theme.proxy) is on
        hints.colorSchemeChanged.connect(self._scheme_changed)
        hints.accessibility().contrastPreferenceChanged.connect(self._contrast_changed)

    def add_rules(self, rules: Callable[[Palette], str]) -> None:
        """Style-sheet rules of another module (the focus indicator's), rebuilt with every palette, after ours."""
        self._extra.append(rules)
        self.apply()

    def set_scheme(self, dark: bool, high_contrast: bool | None = None) -> None:
        """Switch to the light or dark palette (and, if given, to or from high contrast), now."""
        self.dark = dark
        if high_contrast is not None:
            self.high_contrast = high_contrast
        self.apply()

    def apply(self) -> None:
        self.palette = PALETTES[(self.dark, self.high_contrast)]
        extra = "".join(rules(self.palette) for rules in self._extra)
        self._app.setPalette(qt_palette(self.palette))
        self._app.setStyleSheet(stylesheet(self.palette, extra))
        self.changed.emit()

    def _scheme_changed(self, scheme: Qt.ColorScheme) -> None:
        if self._fixed is None and scheme != Qt.ColorScheme.Unknown:
            self.set_scheme(scheme == Qt.ColorScheme.Dark)

    def _contrast_changed(self, preference: Qt.ContrastPreference) -> None:
        if self._fixed is None:
            self.set_scheme(self.dark, preference == Qt.ContrastPreference.HighContrast)


_theme: Theme | None = None


def install(app: QApplication, later_style: bool = False) -> Theme:
    """Give `app` the theme (once): Fusion drawn in the tokens' colours, the style sheet, live switching.

    `later_style`: plain Fusion for the first frame, and the theme's own style (`finish`, check boxes outlined at
    3:1, the icons of buttons named in ui.theme.proxy) once it has painted: that style costs a few milliseconds
    to load, and the first frame (Home) has no check box and sets its icons itself.
    """
    global _theme
    if _theme is None or _theme.parent() is not app:
        if later_style:
            app.setStyle(QStyleFactory.create("Fusion"))
        else:
            _set_theme_style(app)
        _theme = Theme(app)
        _theme.apply()
    return _theme


def finish(app: QApplication) -> None:
    """The theme's own style, if `install` left it for later (after the first frame)."""
    if _theme is not None and not _theme.styled:
        _set_theme_style(app)


def _set_theme_style(app: QApplication) -> None:
    from notalone_desktop.ui.theme.proxy import ThemeStyle

    app.setStyle(ThemeStyle(QStyleFactory.create("Fusion")))
    if _theme is not None:
        _theme.styled = True


def theme() -> Theme | None:
    """The installed theme, or None before `install` (a bare QApplication in a test)."""
    return _theme


def current_palette() -> Palette:
    """The tokens' palette on screen now: the light one until a theme is installed."""
    return _theme.palette if _theme is not None else LIGHT
