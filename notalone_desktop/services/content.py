"""The shipped content, loaded once and lazily: the window paints before any content file is read.

The checklist (every item in four languages) is what Home needs at start, and parsing its TOML costs more than
painting the window; so the parsed checklist is kept in a cache file, used while the files' names, sizes and
modification times are those it was made from. The cache holds shipped content only, never family data.
"""

from __future__ import annotations

import contextlib
import logging
import os
import pickle
import sys
from collections.abc import Callable
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from notalone_desktop import APP_ID, __version__
from notalone_desktop.core.content.checklists import ChecklistContent, load_checklists
from notalone_desktop.paths import resources_dir

if TYPE_CHECKING:
    from notalone_desktop.core.content.helplines import Country, Situation
    from notalone_desktop.core.content.lessons import Lesson
    from notalone_desktop.core.content.scenarios import Scenario

log = logging.getLogger(__name__)
T = TypeVar("T")
CACHE_DIR_ENV = "NOTALONE_CACHE_DIR"
Stamp = tuple[str, str, tuple[tuple[str, int, int], ...]]


def default_cache_dir() -> Path:
    """$NOTALONE_CACHE_DIR, else the system's place for caches."""
    explicit = os.environ.get(CACHE_DIR_ENV)
    if explicit:
        return Path(explicit)
    import platformdirs

    return Path(platformdirs.user_cache_dir(APP_ID, appauthor=False)) / "content"


class ContentCatalog:
    def __init__(self, root: Path, cache_dir: Path | None = None) -> None:
        """`cache_dir`: where parsed content is kept between starts (None: parse every time)."""
        self.root = root
        self.cache_dir = cache_dir

    @classmethod
    def shipped(cls) -> ContentCatalog:
        return cls(resources_dir(), default_cache_dir())

    @cached_property
    def checklists(self) -> ChecklistContent:
        directory = self.root / "checklists"
        return self._cached("checklists", directory, lambda: load_checklists(directory))

    @cached_property
    def countries(self) -> dict[str, Country]:
        from notalone_desktop.core.content.helplines import load_countries

        return load_countries(self.root / "helplines")[0]

    @cached_property
    def situations(self) -> list[Situation]:
        from notalone_desktop.core.content.helplines import load_situations

        return load_situations(self.root / "emergencies.toml")[0]

    @cached_property
    def scenarios(self) -> list[Scenario]:
        from notalone_desktop.core.content.scenarios import load_scenarios

        return load_scenarios(self.root / "scenarios")[0]

    def lessons(self) -> list[Lesson]:
        """Read every shipped lesson (the lessons service syncs them into the database)."""
        from notalone_desktop.core.content.lessons import load_lessons

        known = {item.key for item in self.checklists.items}
        return load_lessons(self.root / "lessons", known)[0]

    def lessons_stamp(self) -> str:
        """A fingerprint of the lesson files (and of the checklist, whose keys lessons refer to): when it is the
        one of the last sync, the lessons need not be read at all."""
        import hashlib

        parts = [repr(_stamp(self.root / "checklists"))]
        lessons = self.root / "lessons"
        if lessons.is_dir():
            parts += [f"{f.name}: {_stamp(f)!r}" for f in sorted(lessons.iterdir()) if f.is_dir()]
        return hashlib.sha256("\n".join(parts).encode()).hexdigest()

    def scenario(self, key: str) -> Scenario | None:
        return next((s for s in self.scenarios if s.key == key), None)

    # The cache ----------------------------------------------------------------------------------------------

    def _cached(self, name: str, directory: Path, load: Callable[[], T]) -> T:
        if self.cache_dir is None:
            return load()
        stamp = _stamp(directory)
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
        with partial.open("wb") as handle:
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(partial, path)
    except (OSError, pickle.PicklingError) as exc:
        log.info("content cache not written: %s", type(exc).__name__)
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
