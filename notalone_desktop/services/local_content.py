"""The content as this family reads it: the catalog's entries with their placeholders ({police}, {child_line} ...)
resolved to the numbers of the family's country.

Every service and view reads content through this one object (it is `services.content`), so a number appears
the same on screen, in search results (lessons are synced with their numbers in), in prints and in Get help. The
resolved entries are made once per country and kept: switching the country in Settings costs one pass.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from notalone_desktop.core.content.placeholders import localise

if TYPE_CHECKING:
    from notalone_desktop.core.content.agreement import AgreementContent
    from notalone_desktop.core.content.checklists import ChecklistContent
    from notalone_desktop.core.content.helplines import Country, Situation
    from notalone_desktop.core.content.lessons import Lesson
    from notalone_desktop.core.content.life_events import LifeEventContent
    from notalone_desktop.core.content.scenarios import Scenario
    from notalone_desktop.core.profile import Profile
    from notalone_desktop.services.content import ContentCatalog


class CountryContent:
    """The catalog's content for the family's country. `country_code` is asked on every read (the family may move
    in Settings); a code the catalog does not know leaves the placeholders' text as the catalog has it."""

    def __init__(self, catalog: ContentCatalog, country_code: Callable[[], str]) -> None:
        self.catalog = catalog
        self._country_code = country_code
        self._resolved: dict[tuple[str, str], Any] = {}

    @property
    def roots(self) -> tuple[Path, ...]:
        return self.catalog.roots

    def country(self) -> Country | None:
        """The family's country as the content knows it (with its own texts resolved), or None."""
        return self.countries.get(self._country_code())

    def _entries(self, name: str) -> Any:
        """The catalog's `name`, resolved for the family's country once and kept."""
        code = self._country_code()
        if (code, name) not in self._resolved:
            country = self.catalog.countries.get(code)
            if country is None:
                return getattr(self.catalog, name)  # an unknown code: the texts as the catalog has them
            self._resolved[(code, name)] = localise(getattr(self.catalog, name), country)
        return self._resolved[(code, name)]

    @property
    def checklists(self) -> ChecklistContent:
        result: ChecklistContent = self._entries("checklists")
        return result

    @property
    def countries(self) -> dict[str, Country]:
        """Every country's helplines, each with its own texts resolved for itself (a list of countries to choose
        from shows each as its families read it)."""
        code = "*"
        if (code, "countries") not in self._resolved:
            self._resolved[(code, "countries")] = {
                key: localise(country, country) for key, country in self.catalog.countries.items()
            }
        result: dict[str, Country] = self._resolved[(code, "countries")]
        return result

    @property
    def situations(self) -> list[Situation]:
        result: list[Situation] = self._entries("situations")
        return result

    @property
    def scenarios(self) -> list[Scenario]:
        result: list[Scenario] = self._entries("scenarios")
        return result

    @property
    def life_events(self) -> LifeEventContent:
        result: LifeEventContent = self._entries("life_events")
        return result

    @property
    def agreement(self) -> AgreementContent:
        result: AgreementContent = self._entries("agreement")
        return result

    def scenario(self, key: str) -> Scenario | None:
        return next((s for s in self.scenarios if s.key == key), None)

    def lessons(self) -> list[Lesson]:
        """Every lesson, read now (the lessons service syncs them, numbers resolved, into the database)."""
        lessons = self.catalog.lessons()
        country = self.catalog.countries.get(self._country_code())
        return lessons if country is None else localise(lessons, country)

    def lessons_stamp(self) -> str:
        """The catalog's fingerprint of the lesson files, and the country whose numbers were written into them:
        a family that moves gets its lessons synced again."""
        return f"{self.catalog.lessons_stamp()}:{self._country_code()}"

    def lesson_folder(self, key: str, language: str) -> Path:
        return self.catalog.lesson_folder(key, language)

    def has_profile(self) -> bool:
        return self.catalog.has_profile()

    # Content packs (services/packs/): what the catalog reads them with, and where an entry comes from.

    def reload(self) -> None:
        """After a pack was installed or removed: the catalog reads the packs again, and nothing resolved before
        is kept."""
        self.catalog.reload()
        self._resolved.clear()

    @property
    def languages(self) -> tuple[str, ...]:
        return self.catalog.languages

    def language_names(self) -> dict[str, str]:
        return self.catalog.language_names()

    def from_publisher(self, kind: str, key: str) -> str:
        return self.catalog.from_publisher(kind, key)

    @property
    def profile(self) -> Profile | None:
        return self.catalog.profile
