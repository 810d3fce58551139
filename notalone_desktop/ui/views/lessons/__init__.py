"""Lessons: the view (view.py), its library page (library.py) and its reader page (reader.py)."""

from __future__ import annotations

from notalone_desktop.ui.views.lessons.view import LessonsView

__all__ = ["LessonsView"]
