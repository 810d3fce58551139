"""The family's trusted contacts, and the country's helplines with the family's pins.

Phone numbers are checked and stored in E.164 with `phonenumbers`; they are shown in the national format for the
family's region and in international form for any other country.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

from notalone_desktop.core.clock import utcnow
from notalone_desktop.core.content.helplines import Country, Helpline, is_police_line
from notalone_desktop.core.errors import ValidationError
from notalone_desktop.core.phone import PhoneProblem, normalise
from notalone_desktop.core.phone import format_phone as format_phone  # the window imports them from here
from notalone_desktop.core.phone import tel_uri as tel_uri
from notalone_desktop.core.text import as_stored, text_problem
from notalone_desktop.services.family import FamilyService
from notalone_desktop.services.local_content import CountryContent
from notalone_desktop.storage.database import Database, db_time, new_id

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


def _typed(text: str, what: str, field: str, multiline: bool = False) -> None:
    """ContactProblem ("text-bidi-control", ...) for typed text that would lie about itself (core/text.py)."""
    problem = text_problem(text, multiline)
    if problem is not None:
        raise ContactProblem(problem.code, f"{what} {problem.problem}.", field)


def clean_contact(data: ContactInput, region: str) -> ContactInput:
    """The input cleaned up, phones in E.164; ContactProblem naming the first thing wrong.

    Blank phone fields are ignored (a form may show an empty row); `index` in a problem is the position of the
    number as it was handed in, so a form can put the message next to the right field.
    """
    name = " ".join(data.name.split())
    if not name:
        raise ContactProblem("name-empty", "Enter the contact's name.", "name")
    _typed(name, "The name", "name")
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
    _typed(relationship, "The relationship", "relationship")
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
    _typed(email, "The email address", "email")
    note = data.note.strip()
    if len(note) > NOTE_MAX:
        raise ContactProblem(
            "note-long", f"A note can have at most {NOTE_MAX} characters.", "note", limit=str(NOTE_MAX)
        )
    _typed(note, "The note", "note", multiline=True)
    child_ids = tuple(dict.fromkeys(data.child_ids))
    return ContactInput(name, relationship, tuple(phones), email, note, data.pinned, child_ids)


class ContactsService:
    def __init__(self, database: Database, content: CountryContent, family: FamilyService) -> None:
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
        with self._db.read() as sql:
            return _read_contacts(sql, region)

    def pinned(self) -> list[ContactInfo]:
        return [c for c in self.contacts() if c.pinned]

    def contact(self, contact_id: int) -> ContactInfo | None:
        region = self.region()
        with self._db.read() as sql:
            found = _read_contacts(sql, region, contact_id)
        return found[0] if found else None

    # Writing -------------------------------------------------------------------------------------------------

    def add(self, data: ContactInput) -> ContactInfo:
        region = self.region()  # before the transaction: services never nest transactions
        clean = clean_contact(data, region)
        with self._db.write() as sql:
            contact_id = _insert(sql, clean, _last_position(sql) + 1)
            return _read_contacts(sql, region, contact_id)[0]

    def add_many(self, items: Sequence[ContactInput]) -> int:
        """Add every contact in one transaction: all of them or, on any error, none."""
        region = self.region()
        cleaned = [clean_contact(item, region) for item in items]
        with self._db.write() as sql:
            position = _last_position(sql)
            for offset, clean in enumerate(cleaned, start=1):
                _insert(sql, clean, position + offset)
        return len(cleaned)

    def update(self, contact_id: int, data: ContactInput) -> ContactInfo:
        region = self.region()
        clean = clean_contact(data, region)
        with self._db.write() as sql:
            changed = sql.execute(
                "UPDATE contact SET name = ?, relationship = ?, email = ?, note = ?, pinned = ? WHERE id = ?",
                (clean.name, clean.relationship, clean.email, clean.note, clean.pinned, contact_id),
            )
            if changed.rowcount == 0:
                raise ContactProblem("contact-gone", "This contact no longer exists.", "contact")
            _link(sql, contact_id, clean)
            return _read_contacts(sql, region, contact_id)[0]

    def set_pinned(self, contact_id: int, pinned: bool) -> None:
        with self._db.write() as sql:
            if sql.execute("UPDATE contact SET pinned = ? WHERE id = ?", (pinned, contact_id)).rowcount == 0:
                raise ContactProblem("contact-gone", "This contact no longer exists.", "contact")

    def delete(self, contact_id: int) -> None:
        with self._db.write() as sql:
            sql.execute("DELETE FROM contact WHERE id = ?", (contact_id,))  # its numbers and links go with it

    def move(self, contact_id: int, offset: int) -> None:
        """Move a contact up (-1) or down (+1) in the family's order; at either end nothing changes."""
        with self._db.write() as sql:
            ids = [row_id for (row_id,) in sql.execute("SELECT id FROM contact ORDER BY position, id")]
            index = next((n for n, row_id in enumerate(ids) if row_id == contact_id), None)
            if index is None or not 0 <= index + offset < len(ids):
                return
            ids.insert(index + offset, ids.pop(index))
            sql.executemany("UPDATE contact SET position = ? WHERE id = ?", enumerate(ids, start=1))

    # Helplines -----------------------------------------------------------------------------------------------

    def country(self) -> Country | None:
        return self._content.countries.get(self._family.info().country)

    def helpline_entries(self) -> list[HelplineEntry]:
        """Every line of the country in the content's order, with the family's pin and hide choices."""
        country = self.country()
        if country is None:
            return []
        with self._db.read() as sql:
            rows = sql.execute("SELECT line_key, pinned, hidden FROM helpline_pref").fetchall()
        prefs = {key: (pinned, hidden) for key, pinned, hidden in rows}
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
        with self._db.write() as sql:
            sql.execute(
                "INSERT INTO helpline_pref (line_key, pinned, hidden) VALUES (?, ?, ?) "
                "ON CONFLICT (line_key) DO UPDATE SET pinned = excluded.pinned, hidden = excluded.hidden",
                (key, pinned, hidden),
            )

    def _entry(self, key: str) -> HelplineEntry:
        entry = next((e for e in self.helpline_entries() if e.line.key == key), None)
        if entry is None:
            raise ValidationError(f"There is no helpline '{key}' for this country.", "helpline")
        return entry


def _last_position(sql: sqlite3.Connection) -> int:
    (position,) = sql.execute("SELECT coalesce(max(position), 0) FROM contact").fetchone()
    return int(position)


def _insert(sql: sqlite3.Connection, clean: ContactInput, position: int) -> int:
    added = sql.execute(
        "INSERT INTO contact (name, relationship, email, note, position, pinned, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (clean.name, clean.relationship, clean.email, clean.note, position, clean.pinned, db_time(utcnow())),
    )
    contact_id = new_id(added)
    _link(sql, contact_id, clean)
    return contact_id


def _link(sql: sqlite3.Connection, contact_id: int, clean: ContactInput) -> None:
    """The contact's numbers (in order) and the children who trust them, as `clean` says."""
    sql.execute("DELETE FROM contact_phone WHERE contact_id = ?", (contact_id,))
    sql.executemany(
        "INSERT INTO contact_phone (contact_id, number, label, position) VALUES (?, ?, '', ?)",
        [(contact_id, number, n) for n, number in enumerate(clean.phones)],
    )
    sql.execute("DELETE FROM contact_child WHERE contact_id = ?", (contact_id,))
    # A child removed meanwhile (or an id from another family's file) is simply left out.
    sql.executemany(
        "INSERT INTO contact_child (contact_id, child_id) SELECT ?, id FROM child WHERE id = ? AND removed_at IS NULL",
        [(contact_id, child_id) for child_id in clean.child_ids],
    )


def _read_contacts(sql: sqlite3.Connection, region: str, contact_id: int | None = None) -> list[ContactInfo]:
    """Every contact (or the one with `contact_id`) with its numbers and the children (still here) who trust them."""
    one = "" if contact_id is None else " AND contact_id = ?"
    params = () if contact_id is None else (contact_id,)
    rows = sql.execute(
        "SELECT id, name, relationship, email, note, pinned, position FROM contact "
        "WHERE id = coalesce(?, id) ORDER BY position, id",
        (contact_id,),
    ).fetchall()
    phones: dict[int, list[PhoneInfo]] = {}
    for owner, number, label in sql.execute(
        f"SELECT contact_id, number, label FROM contact_phone WHERE 1{one} ORDER BY contact_id, position, id", params
    ):
        phones.setdefault(owner, []).append(PhoneInfo(number, format_phone(number, region), as_stored(label)))
    trusted: dict[int, list[int]] = {}
    for owner, child in sql.execute(
        "SELECT contact_id, child_id FROM contact_child JOIN child ON child.id = child_id "
        f"WHERE child.removed_at IS NULL{one} ORDER BY contact_id, child_id",
        params,
    ):
        trusted.setdefault(owner, []).append(child)
    return [
        ContactInfo(
            row_id,
            as_stored(name, placeholder="?"),  # stored text as the app shows it (core/text.py)
            as_stored(relationship),
            tuple(phones.get(row_id, ())),
            as_stored(email),
            as_stored(note, True),
            bool(pinned),
            tuple(trusted.get(row_id, ())),
            position,
        )
        for row_id, name, relationship, email, note, pinned, position in rows
    ]
