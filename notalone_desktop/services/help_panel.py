"""What "Get help now" shows: the country's lines with the family's pins, the family's people, each child's second
people from the safety plan, and the first steps.

The family's part is read with plain sqlite3 (storage.family_read), never the ORM, so that the panel works from the
first frame of every start: before the services are open, on a first run (no file yet: the content alone) and beside
the recovery screen (a file that cannot be read: the content alone, and the panel says so).
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from notalone_desktop.core.content.helplines import Country, Helpline, Situation, is_police_line
from notalone_desktop.core.content.placeholders import localise
from notalone_desktop.core.phone import format_phone, tel_uri
from notalone_desktop.services.content import ContentCatalog
from notalone_desktop.services.local_content import CountryContent
from notalone_desktop.storage.family_read import ContactRecord, HelpRecords, read_help

log = logging.getLogger(__name__)
DEFAULT_COUNTRY = "VN"  # the family row's default (storage.models.Family) before a first run chose one
PLAN_PHONES = 2  # the numbers shown for each of a child's second people


@dataclass(frozen=True)
class HelpPhone:
    display: str  # formatted for the family's region
    tel: str  # the tel: URL that Call hands to the system


@dataclass(frozen=True)
class HelpContact:
    name: str
    relationship: str
    note: str
    pinned: bool
    phones: tuple[HelpPhone, ...]


@dataclass(frozen=True)
class HelpPlan:
    nickname: str
    contacts: tuple[HelpContact, ...]  # the second people, in the order to call them


@dataclass(frozen=True)
class HelpPanel:
    country_code: str
    country: Country | None  # None: Not Alone has no lines for this country
    lines: tuple[Helpline, ...]  # the lines to show: pinned first, hidden ones left out
    contacts: tuple[HelpContact, ...]  # every contact, in the family's order
    plans: tuple[HelpPlan, ...]  # the children whose plan names people to call
    situations: tuple[Situation, ...]
    family_readable: bool = True  # False: the family's file could not be read now (the content is still there)

    @property
    def pinned(self) -> tuple[HelpContact, ...]:
        return tuple(c for c in self.contacts if c.pinned)

    @property
    def others(self) -> tuple[HelpContact, ...]:
        return tuple(c for c in self.contacts if not c.pinned)


class HelpService:
    """Reads the panel from the family's database file at `path` (which may not exist yet) and the content."""

    def __init__(self, path: Path, content: ContentCatalog | CountryContent) -> None:
        self._path = path
        self._content = content

    @property
    def content(self) -> ContentCatalog | CountryContent:
        return self._content

    def panel(self) -> HelpPanel:
        """Everything the panel shows, as of now. Never raises for the family's file: help must open."""
        readable = True
        try:
            records = read_help(self._path)
        except (sqlite3.Error, OSError) as exc:
            log.warning("Get help now: the family's data cannot be read now (%s)", type(exc).__name__)
            records, readable = HelpRecords(), False
        code = records.country or self._default_country()
        country = self._content.countries.get(code)
        situations = tuple(self._content.situations)
        if country is not None:  # the content's {police}, {child_line} ... as this family's numbers
            country, situations = localise(country, country), localise(situations, country)
        region = country.region if country is not None else code
        contacts = {record.id: _contact(record, region) for record in records.contacts}
        plans = tuple(
            HelpPlan(nickname, tuple(_first_phones(contacts[cid]) for cid in ids if cid in contacts))
            for nickname, ids in records.plans
            if any(cid in contacts for cid in ids)
        )
        return HelpPanel(
            code,
            country,
            _lines(country, records.helpline_prefs),
            tuple(contacts.values()),
            plans,
            situations,
            readable,
        )

    def _default_country(self) -> str:
        """A first run's country: a branded build's default, else the family row's default."""
        if self._content.has_profile():
            profile = self._content.profile
            if profile is not None:
                return profile.country
        return DEFAULT_COUNTRY


def _lines(country: Country | None, prefs: dict[str, tuple[bool, bool]]) -> tuple[Helpline, ...]:
    """The country's lines in the content's order, pinned ones first; hidden ones out (never the police)."""
    if country is None:
        return ()
    shown = [
        line for line in country.lines if not prefs.get(line.key, (False, False))[1] or is_police_line(line, country)
    ]
    return tuple(sorted(shown, key=lambda line: not prefs.get(line.key, (False, False))[0]))


def _contact(record: ContactRecord, region: str) -> HelpContact:
    phones = tuple(HelpPhone(format_phone(number, region), tel_uri(number)) for number in record.numbers)
    return HelpContact(record.name, record.relationship, record.note, record.pinned, phones)


def _first_phones(contact: HelpContact) -> HelpContact:
    return HelpContact(contact.name, contact.relationship, contact.note, contact.pinned, contact.phones[:PLAN_PHONES])
