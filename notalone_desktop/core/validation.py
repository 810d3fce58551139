"""One toolkit for checking what comes from outside: content files, NGO profiles and family archives.

A rule takes the field's name (a dotted path such as `children[0].nickname`) and the raw value, and returns the
value cleaned, or raises `Invalid` naming the field and saying what is wrong in plain words. The caller names
the file: `Invalid.in_file(...)`, or the error classes of each format (`ContentError`, `ProfileError`), which
are `Invalid`s that know their file. Every message reads `file: field: problem`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Collection, Mapping
from typing import Any, TypeVar

from notalone_desktop.core.errors import Invalid as Invalid  # the error every rule raises
from notalone_desktop.core.safe_read import parse_utc_time
from notalone_desktop.core.text import neutralise, quoted

T = TypeVar("T")
Rule = Callable[[str, Any], Any]


def field_name(parent: str, name: str | int) -> str:
    """`parent.name`, or `parent[n]` for a place in a list."""
    if isinstance(name, int):
        return f"{parent}[{name}]"
    return f"{parent}.{name}" if parent else name


# Rules -------------------------------------------------------------------------------------------------------


def text(limit: int, required: bool = False) -> Callable[[str, Any], str]:
    def check(field: str, value: Any) -> str:
        if not isinstance(value, str) or len(value) > limit or (required and not value.strip()):
            raise Invalid(field, f"must be text of at most {limit} characters" + (", not empty" * required))
        return value

    return check


def user_text(limit: int, required: bool = False, multiline: bool = False) -> Callable[[str, Any], str]:
    """Text a person wrote, brought by a file (an archive): neutralised as it is read (core/text.py: bidi
    overrides and control characters removed, a text with nothing visible made empty), then checked like `text`;
    a required one with nothing visible left is refused."""
    rule = text(limit, required)

    def check(field: str, value: Any) -> str:
        return rule(field, neutralise(value, multiline) if isinstance(value, str) else value)

    return check


def optional(rule: Callable[[str, Any], T]) -> Callable[[str, Any], T | None]:
    """`rule`, or None where the value is None."""

    def check(field: str, value: Any) -> T | None:
        return None if value is None else rule(field, value)

    return check


def pattern(regex: re.Pattern[str], what: str) -> Callable[[str, Any], str]:
    def check(field: str, value: Any) -> str:
        if not isinstance(value, str) or not regex.match(value):
            raise Invalid(field, f"is not {what}")
        return value

    return check


def integer(low: int, high: int) -> Callable[[str, Any], int]:
    def check(field: str, value: Any) -> int:
        if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
            raise Invalid(field, f"must be a whole number from {low} to {high}")
        return value

    return check


def boolean(field: str, value: Any) -> bool:
    if not isinstance(value, bool):
        raise Invalid(field, "must be true or false")
    return value


def choice(options: Collection[str], what: str = "") -> Callable[[str, Any], str]:
    """One of `options`; `what` names them in the message (else they are listed)."""

    def check(field: str, value: Any) -> str:
        if value not in options:
            raise Invalid(field, f"must be one of {', '.join(options)}" if not what else f"unknown {what} {value!r}")
        return str(value)

    return check


def moment(field: str, value: Any) -> dt.datetime:
    """An ISO 8601 date and time, returned in UTC without a time zone (as the database keeps it). A time that
    cannot be moved to UTC (year 1 with a positive offset, year 9999 with a negative one) is refused too."""
    parsed = parse_utc_time(value)
    if parsed is None:
        raise Invalid(field, "must be a date and time")
    return parsed


def day(field: str, value: Any) -> dt.date:
    if not isinstance(value, str) or len(value) != 10:
        raise Invalid(field, "must be a date")
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise Invalid(field, "must be a date") from exc


def items(field: str, value: Any, limit: int = 100_000) -> list[Any]:
    """A list of at most `limit` values (each checked by the caller)."""
    if not isinstance(value, list):
        raise Invalid(field, "must be a list")
    if len(value) > limit:
        raise Invalid(field, f"holds {len(value):,} entries, and at most {limit:,} are allowed")
    return value


def list_of(rule: Callable[[str, Any], T], limit: int = 100_000) -> Callable[[str, Any], list[T]]:
    def check(field: str, value: Any) -> list[T]:
        return [rule(field_name(field, n), item) for n, item in enumerate(items(field, value, limit))]

    return check


def only_keys(table: Mapping[str, Any], allowed: Collection[str], field: str) -> None:
    """Refuse a key that is not one of `allowed` (a typo must not be ignored silently)."""
    for key in table:
        if key not in allowed:
            raise Invalid(field_name(field, quoted(str(key))), f"unknown key (allowed: {', '.join(allowed)})")


def record(field: str, value: Any, rules: Mapping[str, Rule]) -> dict[str, Any]:
    """An object with exactly the fields of `rules`, each checked by its rule."""
    if not isinstance(value, dict):
        raise Invalid(field, "is not an object")
    unknown = sorted(set(value) - set(rules))
    if unknown:
        raise Invalid(field_name(field, quoted(str(unknown[0]))), "unknown field")
    missing = sorted(set(rules) - set(value))
    if missing:
        raise Invalid(field_name(field, missing[0]), "missing")
    return {name: rule(field_name(field, name), value[name]) for name, rule in rules.items()}
