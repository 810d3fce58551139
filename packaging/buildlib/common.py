"""What every build step shares: the Build record, errors, running tools, timing, walking and normalising trees."""

from __future__ import annotations

import importlib.util
import os
import re
import stat
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from buildlib.integrity import sha256_of as sha256  # noqa: F401 (one copy: integrity.py also runs on its own)

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
SPEC = PACKAGING / "notalone.spec"
LINUX = PACKAGING / "linux"
ICON_SVG = ROOT / "resources" / "icons" / "notalone.svg"  # also the window icon (resources_dir() / "icons")
DESKTOP_FILE = LINUX / "notalone.desktop"
METAINFO = LINUX / "org.notalone.desktop.metainfo.xml"
PACKAGE = "notalone"  # the executable, the .deb package and the folder under /opt
APP_NAME = "Not Alone"
LANGUAGES = ("en", "vi", "id", "de")
LICENSE = "Apache-2.0"
HOMEPAGE = "https://github.com/notalone-desktop/notalone-desktop"
# The .deb's Maintainer. The project has no public mail address yet: NOTALONE_MAINTAINER (or --maintainer) sets the
# real one; an NGO that publishes its own branded .deb puts its own address there.
MAINTAINER = os.environ.get("NOTALONE_MAINTAINER", "Not Alone desktop developers <maintainers@notalone.invalid>")


class BuildError(Exception):
    """A step that failed; `code` is the exit status (2: the input is wrong, 1: the build broke)."""

    def __init__(self, message: str, code: int = 1) -> None:
        super().__init__(message)
        self.code = code


@dataclass
class Build:
    target: str
    python: Path
    out: Path
    work: Path
    epoch: int
    version: str
    profile: dict[str, Any] | None = None
    languages: tuple[str, ...] = LANGUAGES
    bare: bool = True
    maintainer: str = MAINTAINER
    signing: dict[str, str] = field(default_factory=dict)  # {"gpg": fingerprint, "minisign": public key}
    timings: dict[str, float] = field(default_factory=dict)
    checks: dict[str, str] = field(default_factory=dict)

    @property
    def host(self) -> bool:
        return self.target == host_target()

    @property
    def package(self) -> str:
        """The .deb's package name: a branded build is its own package (notalone-<profile>), never the plain one."""
        return f"{PACKAGE}-{self.profile['key']}" if self.profile else PACKAGE


def host_target() -> str:
    if sys.platform.startswith("win"):
        return "windows"
    return "macos" if sys.platform == "darwin" else "linux"


def say(message: str) -> None:
    # One write per line: packaging jobs run in threads and must not interleave within a line.
    sys.stdout.write(f"build: {message}\n")
    sys.stdout.flush()


def run(
    cmd: Sequence[str | Path], *, env: dict[str, str] | None = None, capture: bool = False, stdin: str | None = None
) -> str:
    """Run a tool; BuildError with its output when it fails."""
    shown = " ".join(str(c) for c in cmd)
    result = subprocess.run(
        [str(c) for c in cmd],
        env={**os.environ, **(env or {})},
        cwd=ROOT,
        capture_output=capture,
        input=stdin,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        detail = f"\n{result.stdout}{result.stderr}".rstrip() if capture else ""
        raise BuildError(f"{shown} failed with exit code {result.returncode}{detail}")
    return result.stdout if capture else ""


class step:
    """Times a build step into Build.timings: `with step(build, "bundle"): ...`."""

    def __init__(self, build: Build, name: str) -> None:
        self.build, self.name = build, name

    def __enter__(self) -> None:
        say(f"{self.name}...")
        self.started = time.monotonic()

    def __exit__(self, *_exc: object) -> None:
        self.build.timings[self.name] = round(time.monotonic() - self.started, 1)


def app_version() -> str:
    text = (ROOT / "notalone_desktop" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE)
    if not match:
        raise BuildError("notalone_desktop/__init__.py has no __version__")
    return match.group(1)


def source_date_epoch() -> int:
    """SOURCE_DATE_EPOCH, else the time of the last commit, so that two builds of one commit compare equal."""
    if os.environ.get("SOURCE_DATE_EPOCH"):
        return int(os.environ["SOURCE_DATE_EPOCH"])
    try:
        out = subprocess.run(
            ["git", "log", "-1", "--format=%ct"], cwd=ROOT, capture_output=True, text=True, check=False
        ).stdout.strip()
        return int(out)
    except (OSError, ValueError):
        return 1_700_000_000  # no git: any fixed time keeps builds comparable


def tool_env(build: Build) -> dict[str, str]:
    return {
        "SOURCE_DATE_EPOCH": str(build.epoch),
        "PYTHONHASHSEED": "0",  # set iteration order in PyInstaller's analysis, hence file order
        "QT_QPA_PLATFORM": "offscreen",  # PyInstaller's Qt hooks and the icon renderer start Qt without a screen
        "PYTHONDONTWRITEBYTECODE": "1",
    }


def tree_files(root: Path) -> Iterator[Path]:
    for path in sorted(root.rglob("*")):
        if path.is_file() or path.is_symlink():
            yield path


def tree_bytes(root: Path) -> int:
    return sum(p.lstat().st_size for p in tree_files(root))


def is_program(path: Path) -> bool:
    """True for files that are run, not loaded: scripts and ELF programs. Shared libraries only need reading (lintian:
    shared-library-is-executable), so a bundle's .so files become 0644 while the program stays 0755."""
    with path.open("rb") as handle:
        head = handle.read(64)
    if head.startswith(b"#!"):
        return True
    if not head.startswith(b"\x7fELF"):
        return bool(path.stat().st_mode & stat.S_IXUSR)
    from buildlib.elf import has_interpreter

    return has_interpreter(path)


def normalise_tree(root: Path, epoch: int) -> None:
    """Same permissions and times on every build machine: 0755 for folders and programs, 0644 for the rest."""
    for path in [root, *sorted(root.rglob("*"), reverse=True)]:
        if path.is_symlink():
            os.utime(path, (epoch, epoch), follow_symlinks=False)
            continue
        executable = path.is_dir() or (path.stat().st_mode & stat.S_IXUSR and is_program(path))
        path.chmod(0o755 if executable else 0o644)
        os.utime(path, (epoch, epoch))


def load_module(name: str, path: Path) -> Any:
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        raise BuildError(f"{path} is missing")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module
