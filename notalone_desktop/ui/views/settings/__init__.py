"""Settings: the view (view.py) and one card per concern."""

from __future__ import annotations

from notalone_desktop.ui.views.settings.view import SettingsView

__all__ = ["SettingsView"]
