"""The household and its children as the rest of the app sees them: plain values, no database rows."""

from __future__ import annotations

from dataclasses import dataclass

from notalone_desktop.core.age import age_in_year, band_for_birth_year


@dataclass(frozen=True)
class FamilyInfo:
    country: str
    language: str
    setup_done: bool
    profile: str | None


@dataclass(frozen=True)
class ChildInfo:
    id: int
    nickname: str
    birth_year: int
    colour: str

    @property
    def band(self) -> str:
        return band_for_birth_year(self.birth_year)

    @property
    def age(self) -> int:
        return age_in_year(self.birth_year)
