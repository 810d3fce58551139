"""The shipped content, loaded once and lazily: the window paints before any content file is read."""

from __future__ import annotations

from functools import cached_property
from pathlib import Path

from notalone_desktop.core.content.checklists import ChecklistContent, load_checklists
from notalone_desktop.core.content.helplines import Country, Situation, load_countries, load_situations
from notalone_desktop.core.content.lessons import Lesson, load_lessons
from notalone_desktop.core.content.scenarios import Scenario, load_scenarios
from notalone_desktop.paths import resources_dir


class ContentCatalog:
    def __init__(self, root: Path) -> None:
        self.root = root

    @classmethod
    def shipped(cls) -> ContentCatalog:
        return cls(resources_dir())

    @cached_property
    def checklists(self) -> ChecklistContent:
        return load_checklists(self.root / "checklists")

    @cached_property
    def countries(self) -> dict[str, Country]:
        return load_countries(self.root / "helplines")[0]

    @cached_property
    def situations(self) -> list[Situation]:
        return load_situations(self.root / "emergencies.toml")[0]

    @cached_property
    def scenarios(self) -> list[Scenario]:
        return load_scenarios(self.root / "scenarios")[0]

    def lessons(self) -> list[Lesson]:
        """Read every shipped lesson (the lessons service syncs them into the database)."""
        known = {item.key for item in self.checklists.items}
        return load_lessons(self.root / "lessons", known)[0]

    def scenario(self, key: str) -> Scenario | None:
        return next((s for s in self.scenarios if s.key == key), None)
