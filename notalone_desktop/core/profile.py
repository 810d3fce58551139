"""NGO deployment profiles (packaging/profiles/<name>.toml): read and check one, strictly.

A profile brands a build and pre-loads it: the organisation's name, logo and words on Home and About, the
family's default language and country, and contacts the NGO recommends. The build script refuses a bundle from a
profile with any mistake, naming the field; the app reads the copy shipped in its resources at the first run
(services/profile.py applies it). Plain Python, no Qt.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from notalone_desktop.core.content.common import LANGUAGES, Text
from notalone_desktop.core.content.pack_keys import PackKeyError, PublicKey, parse_public_key
from notalone_desktop.core.errors import Invalid
from notalone_desktop.core.phone import PhoneProblem, digits_of, normalise
from notalone_desktop.core.safe_read import FileRefused, read_regular_file
from notalone_desktop.core.text import neutralise
from notalone_desktop.core.validation import only_keys

TABLES = ("organisation", "defaults", "contacts", "build")
# Appended by the build to the copy inside a bundle (resources/profile.toml): the source profile's name.
BUNDLE_TABLE = "bundle"
ORGANISATION_KEYS = ("name", "logo", "about", "pack_keys")
DEFAULTS_KEYS = ("language", "country")
CONTACT_KEYS = ("name", "phone", "purpose", "pinned")
BUILD_KEYS = ("languages", "extra_content")
# An NGO's extra content mirrors resources/: only these folders can be added to.
CONTENT_FOLDERS = ("checklists", "helplines", "lessons", "scenarios")
LOGO_SUFFIXES = (".svg", ".png")
MAX_PROFILE_BYTES = 200_000
MAX_LOGO_BYTES = 1_000_000  # a logo is shown small; a larger file is a mistake (a print-resolution export)
NAME_MAX = 120  # the organisation's name also becomes the contacts' "relationship", which holds 120 characters
PURPOSE_MAX = 4000  # becomes the contact's note
ABOUT_MAX = 4000
MAX_CONTACTS = 20
MAX_PACK_KEYS = 20
PROFILE_NAME = re.compile(r"^[a-z0-9][a-z0-9-]*$")


class ProfileError(Invalid):
    """A profile that cannot be used; the message names the file and the field: `x.toml: [defaults].country: ...`."""

    def __init__(self, path: str, field: str, problem: str) -> None:
        super().__init__(field, problem, path)
        self.path = path


@dataclass(frozen=True)
class Organisation:
    name: str
    logo: Path  # absolute: beside the profile
    about: Text
    # The public keys of the content packs this organisation signs: a build of this profile trusts them (and
    # only them) to update its content (packaging/README.md, "Content packs").
    pack_keys: tuple[PublicKey, ...] = ()


@dataclass(frozen=True)
class ProfileContact:
    name: str
    phone: str  # as written in the profile
    number: str  # E.164, or the short code itself (dialled only inside the profile's country)
    purpose: Text
    pinned: bool

    @property
    def is_short(self) -> bool:
        return not self.number.startswith("+")


@dataclass(frozen=True)
class Profile:
    source: Path
    key: str  # the file's name without .toml: recorded in the family's data when applied
    organisation: Organisation
    language: str
    country: str
    contacts: tuple[ProfileContact, ...]
    languages: tuple[str, ...]  # interface languages a build ships
    extra_content: tuple[Path, ...]  # absolute folders merged into resources/ by the build

    def text(self, value: Text, language: str) -> str:
        """`value` in `language`, else in the profile's default language, else in English, else any."""
        by_lang = value.by_lang
        return (
            by_lang.get(language) or by_lang.get(self.language) or by_lang.get("en") or next(iter(by_lang.values()), "")
        )

    def about(self, language: str) -> str:
        return self.text(self.organisation.about, language)


def load_profile(
    path: Path,
    *,
    countries: Mapping[str, Collection[str]] | None = None,
    for_build: bool = True,
    shown_path: str | None = None,
) -> Profile:
    """Read and check the profile at `path`; ProfileError naming the first field that is wrong.

    `countries` maps each country the app ships helplines for to those helplines' numbers: the defaults must
    name one of them, and a short code is accepted when it is one of the country's helplines even where
    phonenumbers' own short-number tables do not list it (they miss Vietnam's 111, for one). Without it, any
    country that phonenumbers knows is accepted. `for_build` also checks the [build] folders, which only exist
    beside the source profile, not in the copy shipped inside a bundle.
    """
    where = shown_path or str(path)
    try:
        return _load(path, countries, for_build, where)
    except ProfileError:
        raise
    except Invalid as exc:  # a rule of core/validation.py: the same problem, naming the profile's file
        raise ProfileError(where, exc.field, exc.problem) from exc


def _load(path: Path, countries: Mapping[str, Collection[str]] | None, for_build: bool, where: str) -> Profile:
    data = _read(path, where)
    for table in data:
        if table == BUNDLE_TABLE and not for_build:
            continue
        if table not in TABLES:
            raise ProfileError(
                where,
                f"[{table}]",
                "unknown table (a profile has [organisation], [defaults], [[contacts]] and [build])",
            )
    organisation = _organisation(_table(data, "organisation", where), path, where)
    defaults = _table(data, "defaults", where)
    only_keys(defaults, DEFAULTS_KEYS, "[defaults]")
    language = _language(defaults.get("language"), "[defaults].language", where)
    country = _country(defaults.get("country"), countries, where)
    helplines = frozenset(digits_of(n) for n in (countries or {}).get(country, ()))
    raw_contacts = data.get("contacts", [])
    if not isinstance(raw_contacts, list):
        raise ProfileError(where, "[[contacts]]", "must be written as [[contacts]] tables")
    if len(raw_contacts) > MAX_CONTACTS:
        raise ProfileError(where, "[[contacts]]", f"at most {MAX_CONTACTS} contacts")
    contacts = tuple(
        _contact(raw, index, country, language, helplines, where) for index, raw in enumerate(raw_contacts)
    )
    build = data.get("build", {})
    if not isinstance(build, dict):
        raise ProfileError(where, "[build]", "must be a table")
    only_keys(build, BUILD_KEYS, "[build]")
    languages = _build_languages(build.get("languages", list(LANGUAGES)), language, where)
    extra = _extra_content(build.get("extra_content", []), path, where, for_build)
    key = _key(data, path, where)
    return Profile(path.resolve(), key, organisation, language, country, contacts, languages, extra)


def _key(data: Mapping[str, Any], path: Path, where: str) -> str:
    """The profile's name: its file's, or in a bundle (where the file is profile.toml) the one the build noted."""
    bundle = data.get(BUNDLE_TABLE)
    if bundle is None:
        if not PROFILE_NAME.match(path.stem):
            raise ProfileError(where, "", "the file's name must be lower-case letters, digits and dashes (my-ngo.toml)")
        return path.stem
    if not isinstance(bundle, dict):
        raise ProfileError(where, f"[{BUNDLE_TABLE}]", "must be a table")
    only_keys(bundle, ("profile",), f"[{BUNDLE_TABLE}]")
    key = bundle.get("profile")
    if not isinstance(key, str) or not PROFILE_NAME.match(key):
        raise ProfileError(where, f"[{BUNDLE_TABLE}].profile", "must be the source profile's name (my-ngo)")
    return key


def bundle_table(key: str) -> str:
    """What the build appends to the profile it copies into a bundle, so the copy keeps the source's name."""
    return f'\n# Added by packaging/build.py: the name of the source profile.\n[{BUNDLE_TABLE}]\nprofile = "{key}"\n'


def _read(path: Path, where: str) -> dict[str, Any]:
    """The profile's TOML, read by the one rule for files (a regular file, at most MAX_PROFILE_BYTES); every way
    the text can fail (not UTF-8, not TOML, nested too deep, a number too long) is a ProfileError."""
    try:
        data = read_regular_file(path, MAX_PROFILE_BYTES)
    except FileRefused as exc:
        if exc.code == "too-big":
            raise ProfileError(where, "", f"larger than {MAX_PROFILE_BYTES // 1000} kB; is this a profile?") from exc
        raise ProfileError(where, "", "is not a file (a device, a pipe or a folder); is this a profile?") from exc
    except OSError as exc:
        raise ProfileError(where, "", f"cannot be read ({exc.strerror or exc})") from exc
    try:
        return tomllib.loads(data.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise ProfileError(where, "", "is not UTF-8 text") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ProfileError(where, "", f"is not valid TOML ({exc})") from exc
    except RecursionError as exc:  # tomllib reads nested arrays and tables by recursion
        raise ProfileError(where, "", "is nested too deep to be a profile") from exc
    except (ValueError, OverflowError, MemoryError) as exc:  # e.g. a number of thousands of digits
        raise ProfileError(where, "", f"is not valid TOML ({type(exc).__name__})") from exc


def _table(data: Mapping[str, Any], name: str, where: str) -> dict[str, Any]:
    value = data.get(name)
    if value is None:
        raise ProfileError(where, f"[{name}]", "missing")
    if not isinstance(value, dict):
        raise ProfileError(where, f"[{name}]", "must be a table")
    return value


def _string(value: Any, field: str, where: str, limit: int, one_line: bool = False) -> str:
    # Text a file brings is neutralised as it is read (core/text.py): no bidi override or control character.
    if not isinstance(value, str) or not neutralise(value, multiline=not one_line).strip():
        raise ProfileError(where, field, "must be a non-empty text")
    value = neutralise(value, multiline=not one_line)
    text = " ".join(value.split()) if one_line else value.strip()
    if len(text) > limit:
        raise ProfileError(where, field, f"longer than {limit} characters")
    return text


def _texts(value: Any, field: str, where: str, limit: int, default_language: str | None = None) -> Text:
    """A text per language (`about.en = ...`); a plain string is taken as `default_language`'s, if allowed."""
    if isinstance(value, str) and default_language is not None:
        return Text({default_language: _string(value, field, where, limit)})
    if not isinstance(value, dict) or not value:
        raise ProfileError(where, field, f'must give the text per language: {field}.en = "..."')
    texts: dict[str, str] = {}
    for lang, text in value.items():
        if lang not in LANGUAGES:
            raise ProfileError(where, f"{field}.{lang}", f"unknown language (known: {', '.join(LANGUAGES)})")
        texts[lang] = _string(text, f"{field}.{lang}", where, limit)
    return Text(texts)


def _organisation(table: dict[str, Any], path: Path, where: str) -> Organisation:
    only_keys(table, ORGANISATION_KEYS, "[organisation]")
    name = _string(table.get("name"), "[organisation].name", where, NAME_MAX, one_line=True)
    logo = _inside(table.get("logo"), path, "[organisation].logo", where)
    if logo.suffix.lower() not in LOGO_SUFFIXES:
        raise ProfileError(where, "[organisation].logo", f"must be an {' or '.join(LOGO_SUFFIXES)} file")
    if not logo.is_file():
        raise ProfileError(
            where,
            "[organisation].logo",
            f"{str(table['logo'])[:200]!r} does not exist (paths are relative to the profile)",
        )
    if logo.stat().st_size > MAX_LOGO_BYTES:
        raise ProfileError(where, "[organisation].logo", f"larger than {MAX_LOGO_BYTES // 1000} kB")
    about = _texts(table.get("about"), "[organisation].about", where, ABOUT_MAX)
    return Organisation(name, logo, about, _pack_keys(table.get("pack_keys", []), where))


def _pack_keys(value: Any, where: str) -> tuple[PublicKey, ...]:
    field = "[organisation].pack_keys"
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value) or len(value) > MAX_PACK_KEYS:
        raise ProfileError(where, field, f'must be a list of at most {MAX_PACK_KEYS} keys: ["ed25519:..."]')
    keys: list[PublicKey] = []
    for index, text in enumerate(value):
        try:
            key = parse_public_key(text)
        except PackKeyError as exc:
            raise ProfileError(where, f"{field}[{index}]", f"{exc} (notalone pack keygen prints it)") from exc
        if key in keys:
            raise ProfileError(where, f"{field}[{index}]", "is listed twice")
        keys.append(key)
    return tuple(keys)


def _inside(value: Any, path: Path, field: str, where: str) -> Path:
    """A path relative to the profile, which must stay in the profile's folder: the build copies it along."""
    if not isinstance(value, str) or not value.strip():
        raise ProfileError(where, field, "must be a path relative to the profile")
    relative = Path(value)
    base = path.resolve().parent
    target = (base / relative).resolve()
    if relative.is_absolute() or not target.is_relative_to(base):
        raise ProfileError(where, field, f"{value[:200]!r} must be inside the profile's folder")
    return target


def _language(value: Any, field: str, where: str) -> str:
    if value is None:
        raise ProfileError(where, field, f"missing (one of {', '.join(LANGUAGES)})")
    if value not in LANGUAGES:
        raise ProfileError(where, field, f"unknown language {value!r} (known: {', '.join(LANGUAGES)})")
    return str(value)


def _country(value: Any, countries: Mapping[str, Collection[str]] | None, where: str) -> str:
    field = "[defaults].country"
    if value is None:
        raise ProfileError(where, field, "missing (a two-letter country code, e.g. VN)")
    if not isinstance(value, str) or len(value) != 2 or not value.isalpha() or not value.isupper():
        raise ProfileError(where, field, f"{value!r} is not a country code (two capitals, e.g. VN)")
    if countries is not None:
        if value not in countries:
            raise ProfileError(
                where, field, f"unknown country '{value}' (Not Alone has helplines for {', '.join(sorted(countries))})"
            )
    else:
        import phonenumbers

        if value not in phonenumbers.SUPPORTED_REGIONS:
            raise ProfileError(where, field, f"unknown country '{value}'")
    return value


def _contact(
    raw: Any, index: int, country: str, language: str, helplines: frozenset[str], where: str
) -> ProfileContact:
    field = f"[[contacts]][{index}]"
    if not isinstance(raw, dict):
        raise ProfileError(where, field, "must be a table")
    only_keys(raw, CONTACT_KEYS, field)
    name = _string(raw.get("name"), f"{field}.name", where, NAME_MAX, one_line=True)
    phone = raw.get("phone")
    if not isinstance(phone, str):
        raise ProfileError(where, f"{field}.phone", 'missing (the number to call, as text: phone = "111")')
    number = phone_number(phone, country, helplines, f"{field}.phone", where)
    purpose = (
        _texts(raw["purpose"], f"{field}.purpose", where, PURPOSE_MAX, default_language=language)
        if "purpose" in raw
        else Text({})
    )
    pinned = raw.get("pinned", True)
    if not isinstance(pinned, bool):
        raise ProfileError(where, f"{field}.pinned", "must be true or false")
    return ProfileContact(name, phone.strip(), number, purpose, pinned)


def phone_number(text: str, country: str, helplines: Collection[str], field: str, where: str) -> str:
    """The number in E.164, or a short code as digits (core/phone.py's rule); ProfileError when it is not a
    number one can call. A short code must be one that phonenumbers knows for the country, or one of the
    country's shipped helplines (`helplines`, digits only)."""
    try:
        return normalise(text, country, short_codes=helplines)
    except PhoneProblem as problem:
        if problem.code in ("phone-short", "phone-invalid"):
            raise ProfileError(where, field, problem.problem) from problem
        # A profile is written by an NGO's staff, not typed by a parent: one plain reason is enough.
        raise ProfileError(where, field, f"{text.strip()[:40]!r} is not a phone number") from problem


def _build_languages(value: Any, default_language: str, where: str) -> tuple[str, ...]:
    field = "[build].languages"
    if not isinstance(value, list) or not value or not all(isinstance(v, str) for v in value):
        raise ProfileError(where, field, f"must be a list of languages, e.g. {list(LANGUAGES)}")
    for lang in value:
        if lang not in LANGUAGES:
            raise ProfileError(where, field, f"unknown language '{lang}' (known: {', '.join(LANGUAGES)})")
    if default_language not in value:
        raise ProfileError(where, field, f"must include the default language '{default_language}'")
    # English is always shipped: it is what every text falls back to.
    return tuple(lang for lang in LANGUAGES if lang in value or lang == "en")


def _extra_content(value: Any, path: Path, where: str, for_build: bool) -> tuple[Path, ...]:
    field = "[build].extra_content"
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ProfileError(where, field, "must be a list of folders relative to the profile")
    folders: list[Path] = []
    for entry in value:
        folder = _inside(entry, path, field, where)
        if for_build:
            if not folder.is_dir():
                raise ProfileError(where, field, f"{str(entry)[:200]!r} is not a folder")
            for child in sorted(folder.iterdir()):
                if child.name not in CONTENT_FOLDERS or not child.is_dir():
                    raise ProfileError(
                        where,
                        field,
                        f"{f'{entry}/{child.name}'[:200]!r}: extra content goes in the folders "
                        f"{', '.join(CONTENT_FOLDERS)}, as in resources/",
                    )
        folders.append(folder)
    return tuple(folders)
