"""vCard files (.vcf) in and out of the family's contacts: export as vCard 3.0, import with a line-by-line report.

Import reads nothing into the database: `parse_vcards` returns the cards it could read, cleaned as a form would
clean them, and what it skipped with the line where each problem is. The caller adds the cards in one
transaction (ContactsService.add_many) or not at all. Files that cannot be a list of contacts (too big, too many
cards, a picture renamed .vcf, not UTF-8, cut off in the middle) are refused as a whole with VcardRefused.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from notalone_desktop.core.errors import NotAloneError
from notalone_desktop.core.safe_read import FileRefused, read_regular_file
from notalone_desktop.core.text import neutralise
from notalone_desktop.services.contacts import (
    MAX_PHONES,
    ContactInfo,
    ContactInput,
    ContactProblem,
    clean_contact,
    normalise_phone,
)

MAX_BYTES = 2_000_000
MAX_CARDS = 2000
# No field of a contact we keep is longer than a note (4,000 characters); a longer line is not a contact's.
MAX_LINE_CHARS = 20_000
PRODID = "-//Not Alone//Contacts//EN"
X_RELATIONSHIP = "x-notalone-relationship"
X_PINNED = "x-notalone-pinned"
X_CHILD = "x-notalone-child"
# The start of files that are certainly not text: JPEG, PNG, GIF, PDF, ZIP (also .docx, .xlsx), gzip.
BINARY_SIGNATURES = (b"\xff\xd8\xff", b"\x89PNG", b"GIF8", b"%PDF", b"PK\x03\x04", b"\x1f\x8b")
_PROPERTY_NAME = re.compile(r"^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)?$")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")


class VcardRefused(NotAloneError):
    """The whole file is refused; nothing of it is imported. `code` and `params` let the window translate."""

    def __init__(self, code: str, message: str, **params: str) -> None:
        super().__init__(message)
        self.code = code
        self.params = params


class VcardProblem(str):
    """One line of the import report ("Line 12: ..."); also carries `line`, `code` and `params` for translation."""

    line: int
    code: str
    params: dict[str, str]

    def __new__(cls, line: int, code: str, message: str, **params: str) -> VcardProblem:
        problem = super().__new__(cls, f"Line {line}: {message}")
        problem.line = line
        problem.code = code
        problem.params = params
        return problem


@dataclass
class _Card:
    start: int  # line number of BEGIN:VCARD, counted from 1
    lines: list[tuple[int, str]] = field(default_factory=list)  # (line number, unfolded line)


# Export --------------------------------------------------------------------------------------------------------


def export_vcards(contacts: Iterable[ContactInfo], child_names: Mapping[int, str] | None = None) -> str:
    """The contacts as vCard 3.0 text (CRLF line ends, as the standard asks).

    The relationship, the pin and the children who trust the contact travel in X-NOTALONE-* properties that other
    address books keep but do not show; `child_names` maps child ids to the nicknames written there.
    """
    import vobject

    cards: list[str] = []
    for contact in contacts:
        card = vobject.vCard()
        card.add("prodid").value = PRODID
        card.add("n").value = vobject.vcard.Name(given=contact.name)
        card.add("fn").value = contact.name
        for phone in contact.phones:
            tel = card.add("tel")
            tel.value = phone.number
            tel.type_param = "VOICE"
        if contact.email:
            email = card.add("email")
            email.value = contact.email
            email.type_param = "INTERNET"
        if contact.note:
            card.add("note").value = contact.note
        if contact.relationship:
            card.add(X_RELATIONSHIP).value = contact.relationship
        if contact.pinned:
            card.add(X_PINNED).value = "1"
        for child_id in contact.child_ids:
            nickname = (child_names or {}).get(child_id)
            if nickname:
                card.add(X_CHILD).value = nickname
        cards.append(str(card.serialize()))
    return "".join(cards)


# Import --------------------------------------------------------------------------------------------------------


def read_vcard_file(path: Path) -> bytes:
    """The bytes of the .vcf file at `path`, read by the one rule for files a user picks: opened once, a regular
    file only (a symlink to /dev/zero or a FIFO is refused at once, without blocking), at most MAX_BYTES read.

    VcardRefused ("not-a-file", "too-big") for what cannot be a contacts file; OSError when it cannot be opened.
    """
    try:
        return read_regular_file(path, MAX_BYTES)
    except FileRefused as exc:
        if exc.code == "too-big":
            size = f"{(exc.size or MAX_BYTES + 1) / 1_000_000:.1f}"
            raise VcardRefused(
                "too-big", f"The file is {size} MB; a contacts file can be at most 2 MB.", size=size
            ) from exc
        raise VcardRefused("not-a-file", "This is not a contacts file: it is a device, a pipe or a folder.") from exc


def parse_vcards(
    data: bytes, region: str, children: Mapping[str, int] | None = None
) -> tuple[list[ContactInput], list[str]]:
    """The contacts in a .vcf file, ready for ContactsService.add_many, and the problems (with line numbers).

    Raises VcardRefused when the file as a whole cannot be imported. `children` maps nicknames (any case) to
    child ids, so that the children who trust a contact come back after an export and import.
    """
    try:
        text = _decode(data)
        cards, problems = _split_cards(text)
        by_nickname = {name.casefold(): child_id for name, child_id in (children or {}).items()}
        contacts: list[ContactInput] = []
        for card in cards:
            contact = _read_card(card, region, by_nickname, problems)
            if contact is not None:
                contacts.append(contact)
    except (ValueError, OverflowError, RecursionError, MemoryError, UnicodeError) as exc:
        # Nothing of ours raises these; a file that makes a library do so is refused as a whole, in words.
        raise VcardRefused("unreadable", "This file cannot be read as a list of contacts.") from exc
    problems.sort(key=lambda p: p.line)
    return contacts, list(problems)


def split_duplicates(
    items: Sequence[ContactInput], existing: Iterable[ContactInfo]
) -> tuple[list[ContactInput], list[ContactInput]]:
    """(new, already there): a card is already there when a contact has the same name and one of its numbers.

    `items` are cleaned (numbers in E.164), as parse_vcards returns them; importing the same file twice then adds
    nothing the second time.
    """
    known: set[tuple[str, str]] = set()
    for contact in existing:
        for phone in contact.phones:
            known.add((contact.name.casefold(), phone.number))
    new: list[ContactInput] = []
    duplicates: list[ContactInput] = []
    for item in items:
        keys = {(item.name.casefold(), number) for number in item.phones}
        (duplicates if keys & known else new).append(item)
        known |= keys  # the same card twice in one file is added once
    return new, duplicates


def _decode(data: bytes) -> str:
    if len(data) > MAX_BYTES:
        raise VcardRefused(
            "too-big",
            f"The file is {len(data) / 1_000_000:.1f} MB; a contacts file can be at most 2 MB. Export fewer "
            "contacts at a time.",
            size=f"{len(data) / 1_000_000:.1f}",
        )
    if not data.strip():
        raise VcardRefused("empty", "The file is empty.")
    if data.startswith(BINARY_SIGNATURES):
        raise VcardRefused("binary", "This is not a contacts file: it looks like a picture or another kind of file.")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise VcardRefused("encoding", "The file cannot be read as text.", line="1") from exc
    if b"\x00" in data:
        raise VcardRefused("binary", "This is not a contacts file: it looks like a picture or another kind of file.")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise VcardRefused(
            "encoding",
            f"The file is not in UTF-8 (from line {line}). Export the contacts again as a UTF-8 vCard.",
            line=str(line),
        ) from exc
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\r\n")
    if controls:
        raise VcardRefused("binary", "This is not a contacts file: it looks like a picture or another kind of file.")
    return text


def _unfold(text: str) -> list[tuple[int, str]]:
    """Logical lines with the number of the physical line each starts on.

    Folded lines (a continuation starts with a space or tab) are joined; so are vCard 2.1 quoted-printable lines
    that end in a soft break ("="). Each logical line gathers its parts and is joined once, in linear time:
    joining as it went took 4 s for a file of 300,000 folded lines.
    """
    logical: list[_Logical] = []
    for number, line in enumerate(_LINE_BREAK.split(text), start=1):
        current = logical[-1] if logical else None
        if current is not None and current.soft_break():
            current.drop_last()
            current.add(line)
        elif current is not None and line[:1] in (" ", "\t"):
            current.add(line[1:])
        else:
            logical.append(_Logical(number, line))
    return [(item.number, "".join(item.parts)) for item in logical]


class _Logical:
    """One logical line being unfolded: its parts, and whether its property (the text before the first colon)
    says QUOTED-PRINTABLE, found without joining the parts again at every physical line."""

    MARK = "QUOTED-PRINTABLE"
    __slots__ = ("head_closed", "number", "parts", "quoted", "tail")

    def __init__(self, number: int, line: str) -> None:
        self.number = number
        self.parts = [line]  # the first part may be empty; later parts never are
        self.head_closed = False
        self.quoted = False
        self.tail = ""  # the end of the text before the first colon, enough to find the mark across parts
        self._look(line)

    def add(self, part: str) -> None:
        if part:
            self.parts.append(part)
            self._look(part)

    def soft_break(self) -> bool:
        return self.quoted and self.parts[-1].endswith("=")

    def drop_last(self) -> None:
        """Remove the soft break's "=" (the last character of the line so far)."""
        self.parts[-1] = self.parts[-1][:-1]
        if not self.parts[-1] and len(self.parts) > 1:
            self.parts.pop()
        if not self.head_closed:
            self.tail = self.tail[:-1]

    def _look(self, part: str) -> None:
        if self.head_closed:
            return
        before, colon, _rest = part.partition(":")
        window = self.tail + before
        if self.MARK in window.upper():
            self.quoted = True
        self.tail = window[-64:]
        self.head_closed = bool(colon)


def _split_cards(text: str) -> tuple[list[_Card], list[VcardProblem]]:
    lines = _unfold(text)
    begins = sum(1 for _n, line in lines if line.strip().upper() == "BEGIN:VCARD")
    if begins == 0:
        raise VcardRefused("no-cards", "There are no contacts (vCards) in this file.")
    if begins > MAX_CARDS:
        raise VcardRefused(
            "too-many",
            f"The file holds {begins} contacts; at most {MAX_CARDS} can be imported at once.",
            count=str(begins),
            limit=str(MAX_CARDS),
        )
    cards: list[_Card] = []
    problems: list[VcardProblem] = []
    current: _Card | None = None
    for number, line in lines:
        marker = line.strip().upper()
        if marker == "BEGIN:VCARD":
            if current is not None:
                problems.append(VcardProblem(current.start, "no-end", "this card has no END:VCARD; it was skipped."))
            current = _Card(number)
        elif marker == "END:VCARD":
            if current is not None:
                cards.append(current)
            current = None
        elif current is not None:
            current.lines.append((number, line))
    if current is not None:
        raise VcardRefused(
            "truncated",
            f"The file ends in the middle of a contact (from line {current.start}); it may be incomplete. "
            "Export the contacts again.",
            line=str(current.start),
        )
    return cards, problems


def _read_card(
    card: _Card, region: str, by_nickname: Mapping[str, int], problems: list[VcardProblem]
) -> ContactInput | None:
    import vobject

    tel_lines: list[int] = []
    for number, line in card.lines:
        if not line.strip():
            continue
        if len(line) > MAX_LINE_CHARS:
            problems.append(
                VcardProblem(
                    number,
                    "field-too-long",
                    f"a field of {len(line):,} characters is too long; this contact was skipped.",
                    size=str(len(line)),
                )
            )
            return None
        head, colon, _value = line.partition(":")
        name = head.split(";", 1)[0]
        if not colon or not _PROPERTY_NAME.match(name):
            problems.append(VcardProblem(number, "bad-line", "this line cannot be read; the contact was skipped."))
            return None
        if name.rsplit(".", 1)[-1].upper() == "TEL":
            tel_lines.append(number)
    source = "\r\n".join(["BEGIN:VCARD", *(line for _n, line in card.lines if line.strip()), "END:VCARD", ""])
    try:
        parsed = vobject.readOne(source, ignoreUnreadable=False)
        fn = _text(parsed, "fn") or _name_from_n(parsed)
    except Exception:  # vobject raises many kinds (ParseError, ValueError, ...): any of them means unreadable
        problems.append(VcardProblem(card.start, "unreadable", "this contact cannot be read; it was skipped."))
        return None
    if not fn:
        problems.append(VcardProblem(card.start, "no-name", "this contact has no name; it was skipped."))
        return None
    shown = fn[:60]
    phones: list[str] = []
    for index, tel in enumerate(parsed.contents.get("tel", [])):
        line_number = tel_lines[index] if index < len(tel_lines) else card.start
        value = str(tel.value).strip()
        if value.lower().startswith("tel:"):
            value = value[4:]
        try:
            normalise_phone(value, region)
        except ContactProblem as exc:
            problems.append(
                VcardProblem(
                    line_number,
                    "number-skipped",
                    f"{shown}: the number '{value[:40]}' was left out: {exc}",
                    name=shown,
                    number=value[:40],
                    reason=exc.code,
                    **exc.params,
                )
            )
            continue
        phones.append(value)
    if not phones:
        problems.append(
            VcardProblem(card.start, "no-phone", f"{shown} has no phone number that can be used; skipped.", name=shown)
        )
        return None
    if len(phones) > MAX_PHONES:
        problems.append(
            VcardProblem(
                card.start,
                "phones-cut",
                f"{shown} has {len(phones)} numbers; only the first {MAX_PHONES} were kept.",
                name=shown,
                count=str(len(phones)),
                limit=str(MAX_PHONES),
            )
        )
        phones = phones[:MAX_PHONES]
    relationship = _text(parsed, X_RELATIONSHIP) or _text(parsed, "role")
    pinned = _text(parsed, X_PINNED).lower() in ("1", "true", "yes")
    child_ids = tuple(
        by_nickname[nickname.casefold()] for nickname in _texts(parsed, X_CHILD) if nickname.casefold() in by_nickname
    )
    data = ContactInput(
        fn, relationship, tuple(phones), _text(parsed, "email"), _text(parsed, "note"), pinned, child_ids
    )
    try:
        return clean_contact(data, region)
    except ContactProblem as exc:
        problems.append(
            VcardProblem(
                card.start,
                "invalid",
                f"{shown} was skipped: {exc}",
                name=shown,
                reason=exc.code,
                **exc.params,
            )
        )
        return None


def _texts(card: object, key: str) -> list[str]:
    contents = getattr(card, "contents", {})
    values = []
    for item in contents.get(key, []):
        value = item.value
        if isinstance(value, list):  # vCard 2.1 and some exporters give a list for structured values
            value = " ".join(str(v) for v in value)
        if isinstance(value, str):
            # Text a file brings is neutralised as it is read (core/text.py): no bidi override or control
            # character reaches the preview or the contacts; a value with nothing visible counts as none.
            value = neutralise(value, multiline=key == "note").strip()
            if value:
                values.append(value)
    return values


def _text(card: object, key: str) -> str:
    values = _texts(card, key)
    return values[0] if values else ""


def _name_from_n(card: object) -> str:
    contents = getattr(card, "contents", {})
    for item in contents.get("n", []):
        value = item.value
        parts = [value.prefix, value.given, value.additional, value.family, value.suffix]
        text = neutralise(" ".join(" ".join(p) if isinstance(p, list) else str(p) for p in parts if p))
        if text.strip():
            return " ".join(text.split())
    return ""
