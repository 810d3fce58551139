"""The content catalog: the only code that reads the content folders, loaded once and lazily (the window paints
before any content file is read).

A catalog is built from content roots in order: the shipped one first, then the installed content packs
(services/packs/, in their fixed order). A later root adds entries with new keys and replaces the ones with the
same key (a checklist item, a helpline line, a lesson in one language, a scenario, a situation, a life event),
keeping the earlier translations of texts whose English it left as they were; the agreement comes from the last
root that has one, the NGO profile from the last root that is not a pack. A pack's content is read with its own
languages (a pack may add Thai, and needs no text but English).

The checklist (every item in four languages) is what Home needs at start, and parsing its TOML costs more than
painting the window; so the parsed checklist is kept in a cache file, used while the files' names, sizes and
modification times in every root are those it was made from. The cache holds content only, never family data.
"""

from __future__ import annotations

import contextlib
import logging
import os
import pickle
import sys
from collections.abc import Callable, Iterable, Sequence
from contextlib import AbstractContextManager, nullcontext
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from notalone_desktop import APP_ID, __version__
from notalone_desktop.core.content.checklists import ChecklistContent, load_checklists, merge_checklists
from notalone_desktop.core.content.common import LANGUAGES, keep_translations, overlay, pack_languages
from notalone_desktop.paths import resources_dir

if TYPE_CHECKING:
    from notalone_desktop.core.content.agreement import AgreementContent
    from notalone_desktop.core.content.helplines import Country, Situation
    from notalone_desktop.core.content.lessons import Lesson
    from notalone_desktop.core.content.life_events import LifeEventContent
    from notalone_desktop.core.content.scenarios import Scenario
    from notalone_desktop.core.profile import Profile
    from notalone_desktop.services.packs.installed import InstalledPack

log = logging.getLogger(__name__)
T = TypeVar("T")
CACHE_DIR_ENV = "NOTALONE_CACHE_DIR"
Stamp = tuple[str, str, tuple[tuple[str, int, int], ...]]
PROFILE_FILE = "profile.toml"  # a branded build's NGO profile, in its content


def default_cache_dir() -> Path:
    """$NOTALONE_CACHE_DIR, else the system's place for caches."""
    explicit = os.environ.get(CACHE_DIR_ENV)
    if explicit:
        return Path(explicit)
    import platformdirs

    return Path(platformdirs.user_cache_dir(APP_ID, appauthor=False)) / "content"


# What a catalog parses once and keeps; `reload` forgets them.
_PARSED = ("checklists", "countries", "situations", "scenarios", "life_events", "agreement", "profile", "_origins")


class ContentCatalog:
    def __init__(
        self, roots: Path | Sequence[Path], cache_dir: Path | None = None, packs: Sequence[InstalledPack] = ()
    ) -> None:
        """`roots`: the content folders in order, the shipped one first; `packs`: the installed content packs
        read after them, in order. `cache_dir`: where parsed content is kept between starts (None: parse every
        time)."""
        self.base_roots: tuple[Path, ...] = (roots,) if isinstance(roots, Path) else tuple(roots)
        if not self.base_roots:
            raise ValueError("a content catalog needs at least the shipped content folder")
        self.cache_dir = cache_dir
        self._use(packs)

    @classmethod
    def shipped(cls) -> ContentCatalog:
        """The shipped content only."""
        return cls(resources_dir(), default_cache_dir())

    @classmethod
    def default(cls) -> ContentCatalog:
        """What the app shows: the shipped content and the packs installed for every user and for this one."""
        from notalone_desktop.services.packs.locations import any_installed

        if not any_installed():  # the start of a computer without packs reads two folder listings, nothing more
            return cls(resources_dir(), default_cache_dir())
        from notalone_desktop.services.packs.installed import usable_packs

        return cls(resources_dir(), default_cache_dir(), usable_packs())

    def reload(self, packs: Sequence[InstalledPack] | None = None) -> None:
        """After a pack was installed or removed: read the installed packs again (or use `packs`), and parse the
        content again when it is next asked for. Every service holds this same catalog, so all of them see it."""
        if packs is None:
            from notalone_desktop.services.packs.installed import usable_packs

            packs = usable_packs()
        self._use(packs)
        for name in _PARSED:
            self.__dict__.pop(name, None)

    def _use(self, packs: Sequence[InstalledPack]) -> None:
        self.packs: tuple[InstalledPack, ...] = tuple(packs)
        self.roots: tuple[Path, ...] = self.base_roots + tuple(pack.content_dir for pack in self.packs)
        self._pack_languages = {pack.content_dir: pack.manifest.languages for pack in self.packs}

    def _rules(self, root: Path) -> AbstractContextManager[Any]:
        """The languages a root's content is read with: a pack's own, else the shipped content's."""
        languages = self._pack_languages.get(root)
        return nullcontext() if languages is None else pack_languages(languages)

    def _each(self, name: str, load: Callable[[Path], T], always_first: bool = False) -> list[T]:
        """`load(root / name)` for every root that has `name`, in order, each with its root's languages;
        `always_first`: the shipped root's even when it is missing, so that a missing shipped file is reported."""
        loaded = []
        for index, root in enumerate(self.roots):
            if (root / name).exists() or (always_first and index == 0):
                with self._rules(root):
                    loaded.append(load(root / name))
        return loaded

    def _folders(self, name: str) -> list[Path]:
        """`name` in every root that has it, in order."""
        return [root / name for root in self.roots if (root / name).exists()]

    def _last(self, name: str, roots: Iterable[Path] | None = None) -> Path | None:
        """`name` in the last root that has it (a whole document that a later root replaces)."""
        return next((root / name for root in reversed(tuple(roots or self.roots)) if (root / name).exists()), None)

    @cached_property
    def checklists(self) -> ChecklistContent:
        directories = [root / "checklists" for root in self.roots]

        def load() -> ChecklistContent:
            return merge_checklists(self._each("checklists", load_checklists, always_first=True))

        return self._cached("checklists", directories, load)

    @cached_property
    def countries(self) -> dict[str, Country]:
        from notalone_desktop.core.content.helplines import load_countries, merge_countries

        return merge_countries(self._each("helplines", lambda d: load_countries(d)[0]))

    @cached_property
    def situations(self) -> list[Situation]:
        from notalone_desktop.core.content.helplines import load_situations

        layers = self._each("emergencies.toml", lambda path: load_situations(path)[0], always_first=True)
        return overlay(layers, lambda s: s.key)

    @cached_property
    def scenarios(self) -> list[Scenario]:
        from notalone_desktop.core.content.scenarios import load_scenarios

        return overlay(self._each("scenarios", lambda d: load_scenarios(d)[0]), lambda s: s.key)

    @cached_property
    def life_events(self) -> LifeEventContent:
        from notalone_desktop.core.content.life_events import load_life_events, merge_life_events

        return merge_life_events(self._each("life_events.toml", load_life_events, always_first=True))

    @cached_property
    def agreement(self) -> AgreementContent:
        from notalone_desktop.core.content.agreement import load_agreement

        layers = self._each("agreement.toml", load_agreement, always_first=True)
        merged = layers[0]
        for later in layers[1:]:
            merged = keep_translations(merged, later)
        return merged

    def lessons(self) -> list[Lesson]:
        """Read every lesson (the lessons service syncs them into the database)."""
        from notalone_desktop.core.content.lessons import load_lessons

        known = {item.key for item in self.checklists.items}
        layers = self._each("lessons", lambda d: load_lessons(d, known)[0])
        return overlay(layers, lambda lesson: (lesson.key, lesson.lang))

    # Languages and packs ---------------------------------------------------------------------------------------

    @property
    def languages(self) -> tuple[str, ...]:
        """The languages the content can be shown in: the shipped ones, then those the installed packs add."""
        added = [lang for pack in self.packs for lang in pack.manifest.new_languages if lang not in LANGUAGES]
        return LANGUAGES + tuple(dict.fromkeys(added))

    def language_names(self) -> dict[str, str]:
        """The names of the languages packs add, each in itself ("ไทย")."""
        return {lang: name for pack in self.packs for lang, name in pack.manifest.language_names.items()}

    def origin(self, kind: str, key: str) -> InstalledPack | None:
        """The pack whose entry is shown for `key` (kinds as in core/content/pack.KINDS; a lesson is
        "<lang>/<key>"), or None when it is the shipped content's."""
        return self._origins.get((kind, key))

    def from_publisher(self, kind: str, key: str) -> str:
        """The publisher's name when the entry comes from a pack by a publisher this app does not know (the
        window says "from <publisher>" beside it), else ""."""
        pack = self.origin(kind, key)
        return pack.publisher if pack is not None and not pack.trusted else ""

    @cached_property
    def _origins(self) -> dict[tuple[str, str], InstalledPack]:
        origins: dict[tuple[str, str], InstalledPack] = {}
        for pack in self.packs:  # in order: a later pack's entry is the one shown
            for kind, keys in pack.manifest.listing().items():
                for key in keys:
                    origins[(kind, key)] = pack
        return origins

    def lesson_folder(self, key: str, language: str) -> Path:
        """The folder of the lesson `key` in `language` (its pictures and relative links are read from there)."""
        for folder in reversed(self._folders("lessons")):
            if (folder / language / f"{key}.md").is_file():
                return folder / language
        return self.roots[0] / "lessons" / language

    def lessons_stamp(self) -> str:
        """A fingerprint of the lesson files (and of the checklist, whose keys lessons refer to): when it is the
        one of the last sync, the lessons need not be read at all."""
        import hashlib

        parts = [repr(_stamp(root / "checklists")) for root in self.roots]
        for lessons in self._folders("lessons"):
            parts += [f"{f.name}: {_stamp(f)!r}" for f in sorted(lessons.iterdir()) if f.is_dir()]
        return hashlib.sha256("\n".join(parts).encode()).hexdigest()

    def scenario(self, key: str) -> Scenario | None:
        return next((s for s in self.scenarios if s.key == key), None)

    # A branded build's NGO profile ----------------------------------------------------------------------------

    def has_profile(self) -> bool:
        """Whether this build is branded (a file check only: the start asks before anything is parsed)."""
        return self._last(PROFILE_FILE, self.base_roots) is not None

    @cached_property
    def profile(self) -> Profile | None:
        """The NGO profile shipped with this build, or None: not branded, or a profile that does not check out.

        A broken profile is logged and ignored, so that a branding mistake never stops a family from starting the
        app (the build script refuses such profiles, so this only happens with a hand-edited bundle).
        """
        from notalone_desktop.core.profile import ProfileError, load_profile

        path = self._last(PROFILE_FILE, self.base_roots)  # never a pack's: a pack cannot rebrand the app
        if path is None:
            return None
        countries = {code: [line.number for line in c.lines] for code, c in self.countries.items()}
        try:
            return load_profile(path, countries=countries, for_build=False)
        except ProfileError as exc:
            log.error("the shipped NGO profile is not used: %s", exc)
            return None

    # The cache ----------------------------------------------------------------------------------------------

    def _cached(self, name: str, directories: list[Path], load: Callable[[], T]) -> T:
        if self.cache_dir is None:
            return load()
        # Every root's files, by their place: a pack added, removed or changed makes the cache stale.
        stamp = tuple((str(directory), _stamp(directory)) for directory in directories)
        path = self.cache_dir / f"{name}.pickle"
        try:
            with path.open("rb") as handle:
                saved, value = pickle.load(handle)
            if saved == stamp:
                return value  # type: ignore[no-any-return]
        except FileNotFoundError:
            pass
        except Exception as exc:  # damaged, or written by another version: parse the files again
            log.info("content cache %s not used: %s", name, type(exc).__name__)
        value = load()
        _write(path, (stamp, value))
        return value


def _stamp(directory: Path) -> Stamp:
    """What the cache was made from: this version of the app and of Python, and every file's name, size and
    modification time (as Python's own byte-code cache does)."""
    files = []
    if directory.is_dir():
        for entry in sorted(os.scandir(directory), key=lambda e: e.name):
            info = entry.stat()
            files.append((entry.name, info.st_size, info.st_mtime_ns))
    return __version__, sys.version, tuple(files)


def _write(path: Path, value: object) -> None:
    """Write the cache file whole or not at all; a cache that cannot be written is only slower."""
    partial = path.with_name(f"{path.name}.{os.getpid()}.part")
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        os.chmod(path.parent, 0o700)  # also a folder an older version made under the umask
        # 0600 from the start, whatever the umask, like every file the app writes for the user.
        fd = os.open(partial, os.O_CREAT | os.O_WRONLY | os.O_TRUNC | getattr(os, "O_BINARY", 0), 0o600)
        with os.fdopen(fd, "wb") as handle:
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(partial, path)
    except (OSError, pickle.PicklingError) as exc:
        log.info("content cache not written: %s", type(exc).__name__)
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
