"""The household: its country and language, and its children."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection

from notalone_desktop.core.age import birth_year_range
from notalone_desktop.core.clock import utcnow
from notalone_desktop.core.content.common import LANGUAGES
from notalone_desktop.core.errors import ValidationError
from notalone_desktop.core.family import ChildInfo, FamilyInfo
from notalone_desktop.core.text import as_stored, check_typed
from notalone_desktop.storage.database import Database, db_time, new_id

NICKNAME_MAX = 40
CHILD_COLOURS = ("#3b7dd8", "#d8663b", "#2f9e6e", "#9b59b6", "#c0392b", "#16a085", "#b7950b")


def _child(child_id: int, nickname: str, birth_year: int, colour: str) -> ChildInfo:
    """A child as stored, its nickname neutralised as the app shows stored text (core/text.py)."""
    return ChildInfo(child_id, as_stored(nickname, placeholder="?"), birth_year, colour)


def clean_nickname(nickname: str) -> str:
    """The nickname as stored, or ValidationError with a message for the form (UnsafeText for a nickname that
    would lie about itself: a right-to-left override, a control character, nothing visible)."""
    cleaned = " ".join(nickname.split())
    if not cleaned:
        raise ValidationError("Enter a nickname for the child.", "nickname")
    if len(cleaned) > NICKNAME_MAX:
        raise ValidationError(f"A nickname can have at most {NICKNAME_MAX} characters.", "nickname")
    return check_typed(cleaned, "The nickname", "nickname")  # UnsafeText, with a code for the window's words


def check_birth_year(birth_year: int, today: dt.date | None = None) -> int:
    low, high = birth_year_range(today)
    if not low <= birth_year <= high:
        raise ValidationError(f"Enter a birth year from {low} to {high}.", "birth_year")
    return birth_year


class FamilyService:
    def __init__(self, database: Database, languages: Callable[[], Collection[str]] = lambda: LANGUAGES) -> None:
        """`languages`: the languages a family may choose now (the shipped ones, and those installed packs add)."""
        self._db = database
        self._languages = languages
        self._country: str | None = None  # kept from the last read or write: content asks for it inside sessions

    def info(self) -> FamilyInfo:
        with self._db.read() as sql:
            row = sql.execute("SELECT country, language, setup_done, profile FROM family WHERE id = 1").fetchone()
        if row is None:
            info = FamilyInfo("VN", "en", False, None)
        else:
            country, language, setup_done, profile = row
            info = FamilyInfo(country, language, bool(setup_done), as_stored(profile) if profile is not None else None)
        self._country = info.country
        return info

    def country_code(self) -> str:
        """The family's country (ISO code): whose numbers the content shows. Kept in memory from the last read or
        write of the family (every change goes through `update`, an import is followed by a read), because content
        is read while another session of this database may be open."""
        return self._country if self._country is not None else self.info().country

    def has_family(self) -> bool:
        """True once the family was set up or holds children: `demo` refuses such a data dir."""
        with self._db.read() as sql:
            family = sql.execute("SELECT setup_done FROM family WHERE id = 1").fetchone()
            child = sql.execute("SELECT id FROM child LIMIT 1").fetchone()
        return bool((family and family[0]) or child)

    def update(
        self,
        *,
        country: str | None = None,
        language: str | None = None,
        setup_done: bool | None = None,
        profile: str | None = None,
    ) -> FamilyInfo:
        if language is not None and language not in self._languages():
            raise ValidationError(f"Unknown language '{language}'.", "language")
        if country is not None and (len(country) != 2 or not country.isalpha()):
            raise ValidationError(f"Unknown country '{country}'.", "country")
        with self._db.write() as sql:
            sql.execute(
                "INSERT INTO family (id, country, language, created_at, setup_done) VALUES (1, 'VN', 'en', ?, 0) "
                "ON CONFLICT (id) DO NOTHING",
                (db_time(utcnow()),),
            )
            sql.execute(
                "UPDATE family SET country = coalesce(?, country), language = coalesce(?, language), "
                "setup_done = coalesce(?, setup_done), profile = coalesce(?, profile) WHERE id = 1",
                (country.upper() if country is not None else None, language, setup_done, profile),
            )
        return self.info()

    def children(self) -> list[ChildInfo]:
        with self._db.read() as sql:
            rows = sql.execute(
                "SELECT id, nickname, birth_year, colour FROM child WHERE removed_at IS NULL ORDER BY birth_year, id"
            ).fetchall()
        return [_child(*row) for row in rows]

    def child(self, child_id: int) -> ChildInfo | None:
        with self._db.read() as sql:
            row = sql.execute(
                "SELECT id, nickname, birth_year, colour FROM child WHERE id = ? AND removed_at IS NULL", (child_id,)
            ).fetchone()
        return _child(*row) if row else None

    def add_child(self, nickname: str, birth_year: int) -> ChildInfo:
        name = clean_nickname(nickname)
        year = check_birth_year(birth_year)
        with self._db.write() as sql:
            (count,) = sql.execute("SELECT count(*) FROM child").fetchone()
            colour = CHILD_COLOURS[count % len(CHILD_COLOURS)]
            added = sql.execute(
                "INSERT INTO child (nickname, birth_year, colour, created_at) VALUES (?, ?, ?, ?)",
                (name, year, colour, db_time(utcnow())),
            )
            return ChildInfo(new_id(added), name, year, colour)

    def update_child(self, child_id: int, nickname: str, birth_year: int) -> ChildInfo:
        name = clean_nickname(nickname)
        year = check_birth_year(birth_year)
        with self._db.write() as sql:
            row = sql.execute("SELECT colour FROM child WHERE id = ? AND removed_at IS NULL", (child_id,)).fetchone()
            if row is None:
                raise ValidationError("This child is no longer in the family.", "child")
            sql.execute("UPDATE child SET nickname = ?, birth_year = ? WHERE id = ?", (name, year, child_id))
        return ChildInfo(child_id, name, year, row[0])

    def remove_child(self, child_id: int) -> None:
        """Hide the child at once; `undo_remove` brings them back until the next start purges them."""
        with self._db.write() as sql:
            sql.execute("UPDATE child SET removed_at = ? WHERE id = ?", (db_time(utcnow()), child_id))

    def undo_remove(self, child_id: int) -> None:
        with self._db.write() as sql:
            sql.execute("UPDATE child SET removed_at = NULL WHERE id = ?", (child_id,))

    def purge_removed(self) -> int:
        """Delete children removed in an earlier session, with everything that belongs to them (cascade). At every
        start: nearly always there is nobody to purge, and a look costs less than a write."""
        with self._db.read() as sql:
            if sql.execute("SELECT 1 FROM child WHERE removed_at IS NOT NULL LIMIT 1").fetchone() is None:
                return 0
        with self._db.write() as sql:
            return sql.execute("DELETE FROM child WHERE removed_at IS NOT NULL").rowcount
