"""The content pack format: one zip file with a signed manifest, content in the formats of resources/, and
optionally the interface in a language the app does not ship.

```
manifest.json                      what the pack is, and the SHA-256 of every other file (below)
manifest.sig                       the Ed25519 signature of manifest.json's bytes, in base64
content/checklists/<name>.toml     content exactly as in resources/ (resources/README.md)
content/helplines/<CC>.toml
content/lessons/<lang>/<key>.md
content/scenarios/<key>.toml
content/emergencies.toml, content/life_events.toml, content/agreement.toml
translations/notalone_<lang>.qm    the interface in a language the app does not ship (from a .ts, at build)
```

Nothing else may be in the file: a member the manifest does not list, a path that leaves the pack, a link or a
duplicate is a refusal. Plain Python: the rules for names and the manifest's fields; reading the zip is in
services/packs/.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from notalone_desktop.core import validation as v
from notalone_desktop.core.content.common import FALLBACK_LANGUAGE, KEY_PATTERN, LANGUAGE_CODE, LANGUAGES, Text
from notalone_desktop.core.content.pack_keys import PackKeyError, PublicKey, parse_public_key
from notalone_desktop.core.errors import Invalid, NotAloneError

FORMAT = "notalone-pack"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
CONTENT = "content/"
TRANSLATIONS = "translations/"
SOURCE_FILE = "pack.toml"  # what a pack's source folder says about the pack (packaging/README.md)

MAX_PACK_BYTES = 64 * 1024 * 1024  # the zip file
MAX_UNPACKED_BYTES = 128 * 1024 * 1024  # every member together, as read (whatever the zip's directory says)
MAX_MANIFEST_BYTES = 4 * 1024 * 1024
MAX_MANIFEST_CONTAINERS = 50_000
MAX_SIGNATURE_BYTES = 200
MAX_FILES = 5000
MAX_CONTENT_BYTES = 1_000_000  # one content file (as the loaders allow)
MAX_TRANSLATION_BYTES = 8 * 1024 * 1024  # one .qm file
MAX_KEY_LENGTH = 120  # the family's progress keeps item keys of at most 120 characters
PACK_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,58}[a-z0-9]$")
_APP_VERSION = re.compile(r"^\d{1,4}(\.\d{1,4}){0,3}$")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")

# What a pack's content holds, by kind, each entry by its key (a lesson by "<lang>/<key>").
KINDS: tuple[str, ...] = (
    "categories",
    "items",
    "countries",
    "helplines",
    "lessons",
    "scenarios",
    "situations",
    "life_events",
    "agreement",
)
_MEMBERS = (
    re.compile(r"^content/checklists/[a-z0-9][a-z0-9_-]{0,60}\.toml$"),
    re.compile(r"^content/helplines/[A-Z]{2}\.toml$"),
    re.compile(r"^content/lessons/[a-z]{2,3}/[a-z0-9][a-z0-9.-]{0,118}[a-z0-9]\.md$"),
    re.compile(r"^content/scenarios/[a-z0-9][a-z0-9.-]{0,118}[a-z0-9]\.toml$"),
    re.compile(r"^content/(emergencies|life_events|agreement)\.toml$"),
    re.compile(r"^translations/(notalone|qtbase_extra)_[a-z]{2,3}\.qm$"),
)
QM_NAME = re.compile(r"^(notalone|qtbase_extra)_([a-z]{2,3})\.qm$")


class PackRefused(NotAloneError):
    """A pack (or a pack's source) that is not built, verified or installed: one sentence that says why."""


def member_problem(name: str) -> str | None:
    """Why a file of this name cannot be in a pack, or None. Paths that would leave the folder a pack is unpacked
    into (`../x`, `/etc/x`, `C:\\x`, `a\\..\\b`) are named as such, before the list of allowed names."""
    parts = name.replace("\\", "/").split("/")
    if name.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", name) or ".." in parts or "\\" in name:
        return "lies outside the pack (a path with '..', a backslash, a drive or a leading '/')"
    if not any(pattern.match(name) for pattern in _MEMBERS):
        return "is not a file a pack may hold (see packaging/README.md, 'Content packs')"
    return None


def limit_for(name: str) -> int:
    return MAX_TRANSLATION_BYTES if name.startswith(TRANSLATIONS) else MAX_CONTENT_BYTES


@dataclass(frozen=True)
class PackFile:
    path: str  # inside the zip: content/..., translations/...
    sha256: str
    size: int


@dataclass(frozen=True)
class PackManifest:
    pack_id: str
    version: int
    publisher: str
    date: dt.date
    title: Text
    languages: tuple[str, ...]  # the languages its texts are written in
    language_names: Mapping[str, str]  # each language the app does not ship: its name, in itself ("ไทย")
    min_app_version: str
    public_key: PublicKey
    files: tuple[PackFile, ...]
    # What the pack holds, by kind (KINDS): keys the app it was built with did not have, and keys it replaces.
    adds: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    replaces: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    @property
    def new_languages(self) -> tuple[str, ...]:
        return tuple(lang for lang in self.languages if lang not in LANGUAGES)

    def listing(self) -> dict[str, set[str]]:
        """Every key the pack holds, by kind (what it adds and what it replaces together)."""
        return {kind: set(self.adds.get(kind, ())) | set(self.replaces.get(kind, ())) for kind in KINDS}

    def name(self, lang: str) -> str:
        return self.title.get(lang)


def translations_problem(manifest: PackManifest) -> str | None:
    """A .qm file for a language the app ships, or one the pack does not list: a pack may bring the interface
    only in a new language (a pack cannot change the shipped translations)."""
    for entry in manifest.files:
        match = QM_NAME.match(entry.path.removeprefix(TRANSLATIONS))
        if match and (match.group(2) in LANGUAGES or match.group(2) not in manifest.languages):
            return f"{entry.path}: a pack may bring the interface only in a new language that it lists in 'languages'"
    return None


def version_tuple(text: str) -> tuple[int, ...]:
    """'0.10.2' -> (0, 10, 2), compared as numbers."""
    return tuple(int(part) for part in text.split("."))


def manifest_document(manifest: PackManifest) -> dict[str, Any]:
    """The manifest as JSON (what is signed): every field, keys and lists in a fixed order."""
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "id": manifest.pack_id,
        "version": manifest.version,
        "publisher": manifest.publisher,
        "date": manifest.date.isoformat(),
        "title": dict(sorted(manifest.title.by_lang.items())),
        "languages": list(manifest.languages),
        "language_names": dict(sorted(manifest.language_names.items())),
        "min_app_version": manifest.min_app_version,
        "public_key": manifest.public_key.text,
        "files": {f.path: {"sha256": f.sha256, "size": f.size} for f in sorted(manifest.files, key=lambda f: f.path)},
        "adds": {kind: sorted(keys) for kind, keys in manifest.adds.items() if keys},
        "replaces": {kind: sorted(keys) for kind, keys in manifest.replaces.items() if keys},
    }


_FIELDS = (
    "format",
    "format_version",
    "id",
    "version",
    "publisher",
    "date",
    "title",
    "languages",
    "language_names",
    "min_app_version",
    "public_key",
    "files",
    "adds",
    "replaces",
)


def parse_manifest(value: Any, verified: bool = False) -> PackManifest:
    """The manifest's JSON value checked field by field; PackRefused naming the first field that is wrong.
    `verified`: the very bytes were checked when the pack was installed (the start reads installed packs), so
    the list of files is taken as it is rather than checked again name by name."""
    try:
        return manifest_from(value, verified)
    except Invalid as exc:
        raise PackRefused(f"its manifest is not valid: {exc}") from exc


def manifest_from(value: Any, verified: bool = False) -> PackManifest:
    """The manifest's fields checked one by one; Invalid naming the first that is wrong."""
    if not isinstance(value, dict):
        raise Invalid("", "is not a JSON object")
    if value.get("format") != FORMAT:
        raise Invalid("format", f"is not {FORMAT!r}: this is not a Not Alone content pack")
    version = value.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise Invalid("format_version", "must be a whole number")
    if version > FORMAT_VERSION:
        raise Invalid("format_version", f"{version} is newer than this app reads ({FORMAT_VERSION}); update Not Alone")
    v.only_keys(value, _FIELDS, "")
    missing = [name for name in _FIELDS if name not in value]
    if missing:
        raise Invalid(missing[0], "missing")
    pack_id = v.pattern(PACK_ID, "a pack id (2-60 lower-case letters, digits and dashes)")("id", value["id"])
    number = v.integer(1, 10**9)("version", value["version"])
    publisher = _one_line(value["publisher"], "publisher", 120)
    date = v.day("date", value["date"])
    title = _texts(value["title"], "title", 200)
    languages = _languages(value["languages"])
    names = _language_names(value["language_names"], languages)
    app = v.pattern(_APP_VERSION, "a version such as 0.1.0")("min_app_version", value["min_app_version"])
    try:
        key = parse_public_key(v.text(200)("public_key", value["public_key"]))
    except PackKeyError as exc:
        raise Invalid("public_key", str(exc)) from exc
    files = _files(value["files"]) if not verified else _verified_files(value["files"])
    adds, replaces = _listing(value["adds"], "adds"), _listing(value["replaces"], "replaces")
    for kind in KINDS:
        both = set(adds.get(kind, ())) & set(replaces.get(kind, ()))
        if both:
            raise Invalid(f"adds.{kind}", f"'{sorted(both)[0]}' is listed as added and as replaced")
    return PackManifest(pack_id, number, publisher, date, title, languages, names, app, key, files, adds, replaces)


def _one_line(value: Any, name: str, limit: int) -> str:
    text = v.text(limit, required=True)(name, value)
    if text != " ".join(text.split()) or any(ord(ch) < 32 or 0x7F <= ord(ch) < 0xA0 for ch in text):
        raise Invalid(name, "must be one line of text without control characters")
    return text


def _texts(value: Any, name: str, limit: int) -> Text:
    if not isinstance(value, dict) or len(value) > 50:
        raise Invalid(name, 'must give the text per language: {"en": "..."}')
    texts = {}
    for lang, text in value.items():
        if not isinstance(lang, str) or not LANGUAGE_CODE.match(lang):
            raise Invalid(v.field_name(name, str(lang)[:10]), "is not a language code")
        texts[lang] = _one_line(text, v.field_name(name, lang), limit)
    if FALLBACK_LANGUAGE not in texts:
        raise Invalid(name, "needs an English text (en)")
    return Text(texts)


def _languages(value: Any) -> tuple[str, ...]:
    codes = v.list_of(v.pattern(LANGUAGE_CODE, "a language code (th, km)"), limit=50)("languages", value)
    if FALLBACK_LANGUAGE not in codes or len(set(codes)) != len(codes):
        raise Invalid("languages", "must list each language once, English (en) among them")
    return tuple(codes)


def _language_names(value: Any, languages: tuple[str, ...]) -> dict[str, str]:
    if not isinstance(value, dict):
        raise Invalid("language_names", "must be an object")
    names = {}
    for lang in languages:
        if lang not in LANGUAGES and lang not in value:
            raise Invalid(v.field_name("language_names", lang), "missing: a new language needs its name")
    for lang, name in value.items():
        if lang not in languages or lang in LANGUAGES:
            raise Invalid(v.field_name("language_names", str(lang)[:10]), "names a language the pack does not add")
        names[lang] = _one_line(name, v.field_name("language_names", lang), 60)
    return names


def _files(value: Any) -> tuple[PackFile, ...]:
    if not isinstance(value, dict) or not value or len(value) > MAX_FILES:
        raise Invalid("files", f"must list from 1 to {MAX_FILES} files")
    files = []
    for path, entry in value.items():
        where = f"files[{str(path)[:80]!r}]"
        problem = member_problem(path) if isinstance(path, str) else "is not a file name"
        if problem is not None:
            raise Invalid(where, problem)
        rules = {"sha256": v.pattern(_SHA256, "a SHA-256"), "size": v.integer(0, limit_for(path))}
        record = v.record(where, entry, rules)
        files.append(PackFile(path, record["sha256"], record["size"]))
    return tuple(files)


def _verified_files(value: Any) -> tuple[PackFile, ...]:
    if not isinstance(value, dict):
        raise Invalid("files", "must list the files")
    return tuple(PackFile(str(path), str(entry["sha256"]), int(entry["size"])) for path, entry in value.items())


def _listing(value: Any, name: str) -> dict[str, tuple[str, ...]]:
    if not isinstance(value, dict):
        raise Invalid(name, "must be an object of kinds")
    listing = {}
    for kind, keys in value.items():
        if kind not in KINDS:
            raise Invalid(v.field_name(name, str(kind)[:40]), f"unknown kind (known: {', '.join(KINDS)})")
        listing[kind] = tuple(v.list_of(_listed_key, limit=100_000)(v.field_name(name, kind), keys))
    return listing


def _listed_key(field_name: str, value: Any) -> str:
    if not isinstance(value, str) or len(value) > MAX_KEY_LENGTH + 4:
        raise Invalid(field_name, "is not a content key")
    key = value.split("/", 1)[-1]  # a lesson: "<lang>/<key>"
    if not (KEY_PATTERN.match(key) or re.fullmatch(r"[A-Z]{2}", key) or key == "agreement"):
        raise Invalid(field_name, f"'{value[:60]}' is not a content key")
    return value
