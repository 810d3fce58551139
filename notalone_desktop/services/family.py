"""The household: its country and language, and its children."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import delete, select

from notalone_desktop.core.age import birth_year_range
from notalone_desktop.core.content.common import LANGUAGES
from notalone_desktop.core.errors import ValidationError
from notalone_desktop.core.family import ChildInfo, FamilyInfo
from notalone_desktop.storage.database import Database
from notalone_desktop.storage.models import Child, Family, utcnow

NICKNAME_MAX = 40
CHILD_COLOURS = ("#3b7dd8", "#d8663b", "#2f9e6e", "#9b59b6", "#c0392b", "#16a085", "#b7950b")


def _child(row: Child) -> ChildInfo:
    return ChildInfo(row.id, row.nickname, row.birth_year, row.colour)


def clean_nickname(nickname: str) -> str:
    """The nickname as stored, or ValidationError with a message for the form."""
    cleaned = " ".join(nickname.split())
    if not cleaned:
        raise ValidationError("Enter a nickname for the child.", "nickname")
    if len(cleaned) > NICKNAME_MAX:
        raise ValidationError(f"A nickname can have at most {NICKNAME_MAX} characters.", "nickname")
    return cleaned


def check_birth_year(birth_year: int, today: dt.date | None = None) -> int:
    low, high = birth_year_range(today)
    if not low <= birth_year <= high:
        raise ValidationError(f"Enter a birth year from {low} to {high}.", "birth_year")
    return birth_year


class FamilyService:
    def __init__(self, database: Database) -> None:
        self._db = database
        self._country: str | None = None  # kept from the last read or write: content asks for it inside sessions

    def info(self) -> FamilyInfo:
        with self._db.session() as session:
            row = session.get(Family, 1)
            info = (
                FamilyInfo("VN", "en", False, None)
                if row is None
                else FamilyInfo(row.country, row.language, row.setup_done, row.profile)
            )
        self._country = info.country
        return info

    def country_code(self) -> str:
        """The family's country (ISO code): whose numbers the content shows. Kept in memory from the last read or
        write of the family (every change goes through `update`, an import is followed by a read), because content
        is read while another session of this database may be open."""
        return self._country if self._country is not None else self.info().country

    def has_family(self) -> bool:
        """True once the family was set up or holds children: `demo` refuses such a data dir."""
        with self._db.session() as session:
            family = session.get(Family, 1)
            child = session.scalars(select(Child.id).limit(1)).first()
            return bool((family and family.setup_done) or child)

    def update(
        self,
        *,
        country: str | None = None,
        language: str | None = None,
        setup_done: bool | None = None,
        profile: str | None = None,
    ) -> FamilyInfo:
        if language is not None and language not in LANGUAGES:
            raise ValidationError(f"Unknown language '{language}'.", "language")
        if country is not None and (len(country) != 2 or not country.isalpha()):
            raise ValidationError(f"Unknown country '{country}'.", "country")
        with self._db.session() as session:
            row = session.get(Family, 1)
            if row is None:
                row = Family(id=1, country="VN", language="en", created_at=utcnow(), setup_done=False)
                session.add(row)
            if country is not None:
                row.country = country.upper()
            if language is not None:
                row.language = language
            if setup_done is not None:
                row.setup_done = setup_done
            if profile is not None:
                row.profile = profile
        return self.info()

    def children(self) -> list[ChildInfo]:
        with self._db.session() as session:
            rows = session.scalars(select(Child).where(Child.removed_at.is_(None)).order_by(Child.birth_year, Child.id))
            return [_child(r) for r in rows]

    def child(self, child_id: int) -> ChildInfo | None:
        with self._db.session() as session:
            row = session.get(Child, child_id)
            return _child(row) if row and row.removed_at is None else None

    def add_child(self, nickname: str, birth_year: int) -> ChildInfo:
        name = clean_nickname(nickname)
        year = check_birth_year(birth_year)
        with self._db.session() as session:
            count = len(session.scalars(select(Child.id)).all())
            row = Child(
                nickname=name,
                birth_year=year,
                colour=CHILD_COLOURS[count % len(CHILD_COLOURS)],
                created_at=utcnow(),
            )
            session.add(row)
            session.flush()
            return _child(row)

    def update_child(self, child_id: int, nickname: str, birth_year: int) -> ChildInfo:
        name = clean_nickname(nickname)
        year = check_birth_year(birth_year)
        with self._db.session() as session:
            row = session.get(Child, child_id)
            if row is None or row.removed_at is not None:
                raise ValidationError("This child is no longer in the family.", "child")
            row.nickname, row.birth_year = name, year
            return _child(row)

    def remove_child(self, child_id: int) -> None:
        """Hide the child at once; `undo_remove` brings them back until the next start purges them."""
        with self._db.session() as session:
            row = session.get(Child, child_id)
            if row is not None:
                row.removed_at = utcnow()

    def undo_remove(self, child_id: int) -> None:
        with self._db.session() as session:
            row = session.get(Child, child_id)
            if row is not None:
                row.removed_at = None

    def purge_removed(self) -> int:
        """Delete children removed in an earlier session, with everything that belongs to them (cascade)."""
        with self._db.session() as session:
            result = session.execute(delete(Child).where(Child.removed_at.is_not(None)))
            return int(getattr(result, "rowcount", 0) or 0)
