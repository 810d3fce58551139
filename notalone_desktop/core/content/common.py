"""Shared pieces of the content formats: languages, keys, localised text fields."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field, fields, is_dataclass, replace
from pathlib import Path
from typing import Any, TypeVar

from notalone_desktop.core.age import AGE_BANDS
from notalone_desktop.core.errors import ContentError
from notalone_desktop.core.safe_read import FileRefused, read_regular_file

LANGUAGES: tuple[str, ...] = ("en", "vi", "id", "de")
FALLBACK_LANGUAGE = "en"
# Required in every text field now; id and de become required with the translation work.
REQUIRED_LANGUAGES: tuple[str, ...] = ("en", "vi")
CATEGORIES: tuple[str, ...] = (
    "devices",
    "privacy",
    "strangers",
    "impersonation",
    "money",
    "wellbeing",
    "talking",
    "emergency",
)
KEY_PATTERN = re.compile(r"^[a-z0-9][a-z0-9.-]*[a-z0-9]$")
# A language a content pack may add (ISO 639-1, or 639-3 where there is no two-letter code): "th", "km".
LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}$")
MAX_FILE_BYTES = 1_000_000  # a content file larger than this is refused, not read
T = TypeVar("T")


def reading_order(topic: str, title: str, key: str) -> tuple[int, str, str]:
    """Lessons are listed by topic (in the checklist's category order), then by title, then by key."""
    return (CATEGORIES.index(topic) if topic in CATEGORIES else len(CATEGORIES), title.casefold(), key)


@dataclass(frozen=True)
class LanguageRules:
    """Which languages a text field may be written in, and which it must be."""

    known: tuple[str, ...]
    required: tuple[str, ...]


SHIPPED_LANGUAGE_RULES = LanguageRules(LANGUAGES, REQUIRED_LANGUAGES)
_LANGUAGE_RULES: ContextVar[LanguageRules] = ContextVar("content_language_rules", default=SHIPPED_LANGUAGE_RULES)


def language_rules() -> LanguageRules:
    """The rules of the content being read now: the shipped content's, unless inside `pack_languages`."""
    return _LANGUAGE_RULES.get()


@contextmanager
def pack_languages(extra: Iterable[str]) -> Iterator[LanguageRules]:
    """While a content pack is read: its own languages are known besides the shipped ones, and only English
    (what every text falls back to) is required, so that an NGO writes a new language without Vietnamese."""
    known = LANGUAGES + tuple(lang for lang in dict.fromkeys(extra) if lang not in LANGUAGES)
    token = _LANGUAGE_RULES.set(LanguageRules(known, (FALLBACK_LANGUAGE,)))
    try:
        yield _LANGUAGE_RULES.get()
    finally:
        _LANGUAGE_RULES.reset(token)


def overlay(layers: Iterable[Iterable[T]], key: Callable[[T], Hashable]) -> list[T]:
    """The entries of several content roots, in order: a later root's entry replaces the earlier one with the
    same key, in its place (keeping the earlier translations of texts whose English it left as they were:
    `keep_translations`); an entry with a new key comes after the others."""
    merged: dict[Hashable, T] = {}
    for layer in layers:
        for entry in layer:
            name = key(entry)
            earlier = merged.get(name)
            # A dict keeps the first place of a key that is assigned again.
            merged[name] = entry if earlier is None else keep_translations(earlier, entry)
    return list(merged.values())


def keep_translations(earlier: T, later: T) -> T:
    """`later`, an entry that replaces `earlier`, with the earlier translations of every text whose English it
    kept word for word: a pack that only adds Thai to an item keeps its Vietnamese, while a pack that rewrites
    the English drops the older translations of that text (they said something else), which then fall back to
    the pack's English. Walks dataclasses, tuples (entries with a `key` matched by key), dicts and the
    per-language step lists of the emergency steps."""
    return _merged(earlier, later)  # type: ignore[no-any-return]


def _merged(earlier: Any, later: Any) -> Any:
    if isinstance(later, Text) and isinstance(earlier, Text):
        if earlier.by_lang.get(FALLBACK_LANGUAGE) != later.by_lang.get(FALLBACK_LANGUAGE):
            return later
        return Text({**earlier.by_lang, **later.by_lang})
    if is_dataclass(later) and not isinstance(later, type) and type(earlier) is type(later):
        changes = {}
        for each in fields(later):
            before, after = getattr(earlier, each.name), getattr(later, each.name)
            merged = _merged(before, after)
            if merged is not after:
                changes[each.name] = merged
        return replace(later, **changes) if changes else later
    if isinstance(later, tuple) and isinstance(earlier, tuple):
        if later and all(hasattr(entry, "key") for entry in (*earlier, *later)):
            by_key = {entry.key: entry for entry in earlier}
            pairs = [(by_key.get(entry.key), entry) for entry in later]
        elif len(earlier) == len(later):
            pairs = list(zip(earlier, later, strict=True))
        else:
            return later
        merged_entries = tuple(after if before is None else _merged(before, after) for before, after in pairs)
        return later if all(m is a for m, a in zip(merged_entries, later, strict=True)) else merged_entries
    if isinstance(later, dict) and isinstance(earlier, dict):
        if _per_language(later) and _per_language(earlier):
            if earlier.get(FALLBACK_LANGUAGE) != later.get(FALLBACK_LANGUAGE):
                return later
            return {**earlier, **later}
        merged_values = {
            name: _merged(earlier[name], value) if name in earlier else value for name, value in later.items()
        }
        return later if all(merged_values[n] is later[n] for n in later) else merged_values
    return later


def _per_language(value: dict[Any, Any]) -> bool:
    """A dict of steps by language ({"en": ("...",), "vi": (...)}), as the emergency steps keep them."""
    return bool(value) and all(
        isinstance(name, str) and LANGUAGE_CODE.match(name) and isinstance(steps, tuple)
        for name, steps in value.items()
    )


@dataclass(frozen=True)
class Text:
    """A text field in several languages; `get` falls back to English and says so."""

    by_lang: Mapping[str, str] = field(default_factory=dict)

    def get(self, lang: str) -> str:
        return self.by_lang.get(lang) or self.by_lang.get(FALLBACK_LANGUAGE, "")

    def is_translated(self, lang: str) -> bool:
        return bool(self.by_lang.get(lang))

    def all_text(self) -> str:
        return " ".join(self.by_lang.values())


def steps_of(how: Text, lang: str) -> list[str]:
    """A how-to text as a list of steps (its lines that start with '- '), or the whole text as one step."""
    lines = [line.strip() for line in how.get(lang).splitlines()]
    return [line[2:].strip() for line in lines if line.startswith("- ")] or [how.get(lang)]


class Problems:
    """Collects content errors for one load."""

    def __init__(self) -> None:
        self.items: list[ContentError] = []

    def add(self, path: Path | str, key: str, problem: str) -> None:
        self.items.append(ContentError(str(path), key, problem))

    def __bool__(self) -> bool:
        return bool(self.items)


def read_content_file(path: Path, problems: Problems, key: str = "") -> bytes | None:
    """The bytes of a content file, read by the one rule for files (core/safe_read.py): opened once, a regular
    file only (a FIFO or a device in a content folder is refused at once, not waited on), at most MAX_FILE_BYTES.
    None, with the problem noted, for anything else."""
    try:
        return read_regular_file(path, MAX_FILE_BYTES)
    except FileRefused as exc:
        too_big = exc.code == "too-big"
        problems.add(path, key, f"file is larger than {MAX_FILE_BYTES // 1000} kB" if too_big else str(exc))
    except OSError as exc:
        problems.add(path, key, f"cannot be read: {exc.strerror or type(exc).__name__}")
    return None


def read_toml(path: Path, problems: Problems) -> dict[str, Any] | None:
    data = read_content_file(path, problems)
    if data is None:
        return None
    try:
        return tomllib.loads(data.decode("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        problems.add(path, "", f"cannot be read: {exc}")
    except (RecursionError, MemoryError):
        problems.add(path, "", "cannot be read: it is nested too deep")
    return None


def text_field(
    entry: Mapping[str, Any], name: str, path: Path, key: str, problems: Problems, required: bool = True
) -> Text | None:
    """Read `name.<lang>` fields; every required language must be there and non-empty."""
    raw = entry.get(name)
    if raw is None:
        if required:
            problems.add(path, key, f"missing field '{name}'")
        return None if required else Text({})
    if not isinstance(raw, Mapping):
        problems.add(path, key, f"'{name}' must be a table of languages ({name}.en = ...)")
        return None
    texts: dict[str, str] = {}
    rules = language_rules()
    for lang, value in raw.items():
        if lang not in rules.known:
            problems.add(path, key, f"'{name}.{lang}': unknown language")
            return None
        if not isinstance(value, str) or not value.strip():
            problems.add(path, key, f"'{name}.{lang}' is empty")
            return None
        texts[lang] = value.strip()
    missing = [lang for lang in rules.required if lang not in texts]
    if missing:
        problems.add(path, key, f"'{name}' has no text in {', '.join(missing)}")
        return None
    return Text(texts)


def string_list(entry: Mapping[str, Any], name: str, path: Path, key: str, problems: Problems) -> list[str] | None:
    value = entry.get(name, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        problems.add(path, key, f"'{name}' must be a list of strings")
        return None
    return list(value)


def check_key(value: Any, path: Path, problems: Problems) -> str | None:
    if not isinstance(value, str) or not KEY_PATTERN.match(value):
        problems.add(path, str(value), "key must be lower-case letters, digits, dots and dashes")
        return None
    return value


def check_bands(bands: list[str] | None, path: Path, key: str, problems: Problems) -> tuple[str, ...] | None:
    if bands is None:
        return None
    unknown = [b for b in bands if b not in AGE_BANDS]
    if unknown or not bands:
        problems.add(path, key, f"age bands must be some of {', '.join(AGE_BANDS)} (got {bands})")
        return None
    return tuple(b for b in AGE_BANDS if b in bands)


def check_sources(sources: list[str] | None, path: Path, key: str, problems: Problems) -> tuple[str, ...] | None:
    if sources is None:
        return None
    if not sources or not all(s.startswith("https://") for s in sources):
        problems.add(path, key, "needs at least one source, each an https:// address")
        return None
    return tuple(sources)
