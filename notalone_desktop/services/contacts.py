"""The family's trusted contacts, and the country's helplines with the family's pins.

Phone numbers are checked and stored in E.164 with `phonenumbers`; they are shown in the national format for the
family's region and in international form for any other country.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from notalone_desktop.core.content.helplines import Country, Helpline, is_police_line
from notalone_desktop.core.errors import ValidationError
from notalone_desktop.core.phone import PhoneProblem, normalise
from notalone_desktop.core.phone import format_phone as format_phone  # the window imports them from here
from notalone_desktop.core.phone import tel_uri as tel_uri
from notalone_desktop.services.content import ContentCatalog
from notalone_desktop.services.family import FamilyService
from notalone_desktop.storage.database import Database
from notalone_desktop.storage.models import Child, Contact, ContactPhone, HelplinePref, utcnow

NAME_MAX = 120
RELATIONSHIP_MAX = 120
EMAIL_MAX = 254
NOTE_MAX = 4000
MAX_PHONES = 5


class ContactProblem(ValidationError):
    """Why a contact cannot be saved: `code` and `params` let the window say it in the user's language.

    `field` is the form field (name, relationship, phone, email, note, contact); `index` is which phone number.
    """

    def __init__(self, code: str, message: str, field: str, index: int = -1, **params: str) -> None:
        super().__init__(message, field)
        self.code = code
        self.index = index
        self.params = params


@dataclass(frozen=True)
class PhoneInfo:
    number: str  # E.164, as stored
    display: str  # formatted for the family's region
    label: str = ""

    @property
    def tel(self) -> str:
        return tel_uri(self.number)


@dataclass(frozen=True)
class ContactInfo:
    id: int
    name: str
    relationship: str
    phones: tuple[PhoneInfo, ...]
    email: str
    note: str
    pinned: bool
    child_ids: tuple[int, ...]
    position: int

    def as_input(self) -> ContactInput:
        """The contact as a form would hand it in (numbers in E.164)."""
        return ContactInput(
            self.name,
            self.relationship,
            tuple(p.number for p in self.phones),
            self.email,
            self.note,
            self.pinned,
            self.child_ids,
        )


@dataclass(frozen=True)
class ContactInput:
    """What a form or an import hands in; numbers as typed."""

    name: str
    relationship: str = ""
    phones: tuple[str, ...] = ()
    email: str = ""
    note: str = ""
    pinned: bool = False
    child_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class HelplineEntry:
    """A shipped helpline with the family's choices about it."""

    line: Helpline
    pinned: bool
    hidden: bool
    always_shown: bool  # the country's police number: it can be pinned but never hidden


def normalise_phone(text: str, region: str, index: int = -1) -> str:
    """The number in E.164 (core/phone.py's rule), or ContactProblem saying in plain words why it is not one;
    `index` says which of the contact's numbers it is."""
    try:
        return normalise(text, region)
    except PhoneProblem as problem:
        raise ContactProblem(problem.code, problem.problem, "phone", index, **problem.params) from problem


def clean_contact(data: ContactInput, region: str) -> ContactInput:
    """The input cleaned up, phones in E.164; ContactProblem naming the first thing wrong.

    Blank phone fields are ignored (a form may show an empty row); `index` in a problem is the position of the
    number as it was handed in, so a form can put the message next to the right field.
    """
    name = " ".join(data.name.split())
    if not name:
        raise ContactProblem("name-empty", "Enter the contact's name.", "name")
    if len(name) > NAME_MAX:
        raise ContactProblem(
            "name-long", f"A name can have at most {NAME_MAX} characters.", "name", limit=str(NAME_MAX)
        )
    relationship = " ".join(data.relationship.split())
    if len(relationship) > RELATIONSHIP_MAX:
        raise ContactProblem(
            "relationship-long",
            f"The relationship can have at most {RELATIONSHIP_MAX} characters.",
            "relationship",
            limit=str(RELATIONSHIP_MAX),
        )
    typed = [(n, p) for n, p in enumerate(data.phones) if p.strip()]
    if not typed:
        raise ContactProblem("phone-missing", "Enter at least one phone number.", "phone", 0)
    if len(typed) > MAX_PHONES:
        raise ContactProblem(
            "phone-too-many",
            f"A contact can have at most {MAX_PHONES} phone numbers.",
            "phone",
            typed[MAX_PHONES][0],
            limit=str(MAX_PHONES),
        )
    phones: list[str] = []
    for index, text in typed:
        number = normalise_phone(text, region, index)
        if number not in phones:  # the same number twice is one number
            phones.append(number)
    email = data.email.strip()
    if email and (
        len(email) > EMAIL_MAX
        or email.count("@") != 1
        or any(ch.isspace() for ch in email)
        or not all(email.split("@"))
        or "." not in email.split("@")[1]
    ):
        raise ContactProblem("email-invalid", f"'{email[:60]}' is not an email address.", "email", text=email[:60])
    note = data.note.strip()
    if len(note) > NOTE_MAX:
        raise ContactProblem(
            "note-long", f"A note can have at most {NOTE_MAX} characters.", "note", limit=str(NOTE_MAX)
        )
    child_ids = tuple(dict.fromkeys(data.child_ids))
    return ContactInput(name, relationship, tuple(phones), email, note, data.pinned, child_ids)


class ContactsService:
    def __init__(self, database: Database, content: ContentCatalog, family: FamilyService) -> None:
        self._db = database
        self._content = content
        self._family = family

    def region(self) -> str:
        """The phonenumbers region used to read numbers typed without a country code."""
        code = self._family.info().country
        country = self._content.countries.get(code)
        return country.region if country else code

    def validate(self, data: ContactInput) -> ContactInput:
        """The input cleaned up, phones in E.164; ContactProblem naming the first thing wrong."""
        return clean_contact(data, self.region())

    # Reading -------------------------------------------------------------------------------------------------

    def contacts(self) -> list[ContactInfo]:
        """Every contact, in the family's order."""
        region = self.region()
        with self._db.session() as session:
            rows = session.scalars(select(Contact).order_by(Contact.position, Contact.id)).all()
            return [_info(row, region) for row in rows]

    def pinned(self) -> list[ContactInfo]:
        return [c for c in self.contacts() if c.pinned]

    def contact(self, contact_id: int) -> ContactInfo | None:
        region = self.region()
        with self._db.session() as session:
            row = session.get(Contact, contact_id)
            return _info(row, region) if row is not None else None

    # Writing -------------------------------------------------------------------------------------------------

    def add(self, data: ContactInput) -> ContactInfo:
        region = self.region()  # before the session: services never nest transactions
        clean = clean_contact(data, region)
        with self._db.session() as session:
            position = (session.scalar(select(func.max(Contact.position))) or 0) + 1
            row = Contact(created_at=utcnow(), position=position)
            _fill(session, row, clean)
            session.add(row)
            session.flush()
            return _info(row, region)

    def add_many(self, items: Sequence[ContactInput]) -> int:
        """Add every contact in one transaction: all of them or, on any error, none."""
        region = self.region()
        cleaned = [clean_contact(item, region) for item in items]
        with self._db.session() as session:
            position = session.scalar(select(func.max(Contact.position))) or 0
            for offset, clean in enumerate(cleaned, start=1):
                row = Contact(created_at=utcnow(), position=position + offset)
                _fill(session, row, clean)
                session.add(row)
        return len(cleaned)

    def update(self, contact_id: int, data: ContactInput) -> ContactInfo:
        region = self.region()
        clean = clean_contact(data, region)
        with self._db.session() as session:
            row = session.get(Contact, contact_id)
            if row is None:
                raise ContactProblem("contact-gone", "This contact no longer exists.", "contact")
            _fill(session, row, clean)
            session.flush()
            return _info(row, region)

    def set_pinned(self, contact_id: int, pinned: bool) -> None:
        with self._db.session() as session:
            row = session.get(Contact, contact_id)
            if row is None:
                raise ContactProblem("contact-gone", "This contact no longer exists.", "contact")
            row.pinned = pinned

    def delete(self, contact_id: int) -> None:
        with self._db.session() as session:
            row = session.get(Contact, contact_id)
            if row is not None:
                session.delete(row)

    def move(self, contact_id: int, offset: int) -> None:
        """Move a contact up (-1) or down (+1) in the family's order; at either end nothing changes."""
        with self._db.session() as session:
            rows = list(session.scalars(select(Contact).order_by(Contact.position, Contact.id)))
            index = next((n for n, r in enumerate(rows) if r.id == contact_id), None)
            if index is None or not 0 <= index + offset < len(rows):
                return
            rows.insert(index + offset, rows.pop(index))
            for position, row in enumerate(rows, start=1):
                row.position = position

    # Helplines -----------------------------------------------------------------------------------------------

    def country(self) -> Country | None:
        return self._content.countries.get(self._family.info().country)

    def helpline_entries(self) -> list[HelplineEntry]:
        """Every line of the country in the content's order, with the family's pin and hide choices."""
        country = self.country()
        if country is None:
            return []
        with self._db.session() as session:
            prefs = {p.line_key: (p.pinned, p.hidden) for p in session.scalars(select(HelplinePref))}
        entries = []
        for line in country.lines:
            pinned, hidden = prefs.get(line.key, (False, False))
            always = is_police_line(line, country)
            entries.append(HelplineEntry(line, bool(pinned), bool(hidden) and not always, always))
        return entries

    def helplines(self, include_hidden: bool = False) -> list[tuple[Helpline, bool]]:
        """The country's lines with the family's pin; pinned first, hidden ones left out unless asked."""
        entries = [e for e in self.helpline_entries() if include_hidden or not e.hidden]
        return [(e.line, e.pinned) for e in sorted(entries, key=lambda e: not e.pinned)]

    def pin_helpline(self, key: str, pinned: bool) -> None:
        entry = self._entry(key)
        self.set_helpline_pref(key, pinned, entry.hidden)

    def hide_helpline(self, key: str, hidden: bool) -> None:
        """Leave a line out of "Get help now" (or show it again); the police number cannot be hidden."""
        entry = self._entry(key)
        if hidden and entry.always_shown:
            raise ValidationError("The police number is always shown.", "helpline")
        self.set_helpline_pref(key, entry.pinned, hidden)

    def set_helpline_pref(self, key: str, pinned: bool, hidden: bool) -> None:
        with self._db.session() as session:
            session.merge(HelplinePref(line_key=key, pinned=pinned, hidden=hidden))

    def _entry(self, key: str) -> HelplineEntry:
        entry = next((e for e in self.helpline_entries() if e.line.key == key), None)
        if entry is None:
            raise ValidationError(f"There is no helpline '{key}' for this country.", "helpline")
        return entry


def _fill(session: Session, row: Contact, clean: ContactInput) -> None:
    row.name, row.relationship, row.email, row.note, row.pinned = (
        clean.name,
        clean.relationship,
        clean.email,
        clean.note,
        clean.pinned,
    )
    row.phones = [ContactPhone(number=number, position=n) for n, number in enumerate(clean.phones)]
    children = [session.get(Child, cid) for cid in clean.child_ids]
    # A child removed meanwhile (or an id from another family's file) is simply left out.
    row.children = [c for c in children if c is not None and c.removed_at is None]


def _info(row: Contact, region: str) -> ContactInfo:
    phones = tuple(PhoneInfo(p.number, format_phone(p.number, region), p.label) for p in row.phones)
    return ContactInfo(
        row.id,
        row.name,
        row.relationship,
        phones,
        row.email,
        row.note,
        row.pinned,
        tuple(c.id for c in row.children if c.removed_at is None),
        row.position,
    )
