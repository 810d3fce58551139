"""The content catalog: the only code that reads the content folders, loaded once and lazily (the window paints
before any content file is read).

A catalog is built from content roots in order: the shipped one first, then (content packs) others. A later
root adds entries with new keys and replaces the ones with the same key (a checklist item, a helpline line, a
lesson in one language, a scenario, a situation, a life event); the agreement and the NGO profile come from the
last root that has one.

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
from collections.abc import Callable, Sequence
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from notalone_desktop import APP_ID, __version__
from notalone_desktop.core.content.checklists import ChecklistContent, load_checklists, merge_checklists
from notalone_desktop.core.content.common import overlay
from notalone_desktop.paths import resources_dir

if TYPE_CHECKING:
    from notalone_desktop.core.content.agreement import AgreementContent
    from notalone_desktop.core.content.helplines import Country, Situation
    from notalone_desktop.core.content.lessons import Lesson
    from notalone_desktop.core.content.life_events import LifeEventContent
    from notalone_desktop.core.content.scenarios import Scenario
    from notalone_desktop.core.profile import Profile

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


class ContentCatalog:
    def __init__(self, roots: Path | Sequence[Path], cache_dir: Path | None = None) -> None:
        """`roots`: the content folders in order, the shipped one first. `cache_dir`: where parsed content is
        kept between starts (None: parse every time)."""
        self.roots: tuple[Path, ...] = (roots,) if isinstance(roots, Path) else tuple(roots)
        if not self.roots:
            raise ValueError("a content catalog needs at least the shipped content folder")
        self.cache_dir = cache_dir

    @classmethod
    def shipped(cls) -> ContentCatalog:
        return cls(resources_dir(), default_cache_dir())

    def _folders(self, name: str) -> list[Path]:
        """`name` in every root that has it, in order."""
        return [root / name for root in self.roots if (root / name).exists()]

    def _last(self, name: str) -> Path | None:
        """`name` in the last root that has it (a whole document that a later root replaces)."""
        return next((root / name for root in reversed(self.roots) if (root / name).exists()), None)

    @cached_property
    def checklists(self) -> ChecklistContent:
        directories = [root / "checklists" for root in self.roots]
        return self._cached(
            "checklists", directories, lambda: merge_checklists([load_checklists(d) for d in directories])
        )

    @cached_property
    def countries(self) -> dict[str, Country]:
        from notalone_desktop.core.content.helplines import load_countries, merge_countries

        return merge_countries([load_countries(d)[0] for d in self._folders("helplines")])

    @cached_property
    def situations(self) -> list[Situation]:
        from notalone_desktop.core.content.helplines import load_situations

        return overlay([load_situations(path)[0] for path in self._files("emergencies.toml")], lambda s: s.key)

    @cached_property
    def scenarios(self) -> list[Scenario]:
        from notalone_desktop.core.content.scenarios import load_scenarios

        return overlay([load_scenarios(d)[0] for d in self._folders("scenarios")], lambda s: s.key)

    @cached_property
    def life_events(self) -> LifeEventContent:
        from notalone_desktop.core.content.life_events import load_life_events, merge_life_events

        return merge_life_events([load_life_events(path) for path in self._files("life_events.toml")])

    @cached_property
    def agreement(self) -> AgreementContent:
        from notalone_desktop.core.content.agreement import load_agreement

        return load_agreement(self._last("agreement.toml") or self.roots[0] / "agreement.toml")

    def lessons(self) -> list[Lesson]:
        """Read every lesson (the lessons service syncs them into the database)."""
        from notalone_desktop.core.content.lessons import load_lessons

        known = {item.key for item in self.checklists.items}
        layers = [load_lessons(d, known)[0] for d in self._folders("lessons")]
        return overlay(layers, lambda lesson: (lesson.key, lesson.lang))

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
        return self._last(PROFILE_FILE) is not None

    @cached_property
    def profile(self) -> Profile | None:
        """The NGO profile shipped with this build, or None: not branded, or a profile that does not check out.

        A broken profile is logged and ignored, so that a branding mistake never stops a family from starting the
        app (the build script refuses such profiles, so this only happens with a hand-edited bundle).
        """
        from notalone_desktop.core.profile import ProfileError, load_profile

        path = self._last(PROFILE_FILE)
        if path is None:
            return None
        countries = {code: [line.number for line in c.lines] for code, c in self.countries.items()}
        try:
            return load_profile(path, countries=countries, for_build=False)
        except ProfileError as exc:
            log.error("the shipped NGO profile is not used: %s", exc)
            return None

    def _files(self, name: str) -> list[Path]:
        """The file `name` of every root that has it; the shipped root's even when it is missing, so that a
        missing shipped file is reported."""
        found = [root / name for root in self.roots[1:] if (root / name).exists()]
        return [self.roots[0] / name, *found]

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
