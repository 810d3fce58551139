#!/usr/bin/env python3
"""Build Not Alone's installers: the one build script for Linux (.deb and portable .tar.gz), Windows (Inno Setup)
and macOS (.app in a .dmg), optionally branded with an NGO deployment profile.

    python packaging/build.py [--target linux|windows|macos] [--profile packaging/profiles/NAME.toml]

Standard library only: it drives the app's own Python (`--python`, default the one running this script) for
PyInstaller, translations, icons and the profile check. Intermediate files go to build/<target>/, results to
dist/ (dist/<profile>/ for a branded build), with dist/sizes.json. Honours SOURCE_DATE_EPOCH (default: the last
commit's time) for file times; archives list files sorted, owned by root, with no build-machine names or times.
Exit 0 when built, 2 for bad input (an invalid profile: one line naming the field), 1 when a step fails.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import importlib.util
import json
import lzma
import mmap
import os
import platform
import re
import shutil
import stat
import struct
import subprocess
import sys
import tarfile
import time
import zipfile
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
SPEC = PACKAGING / "notalone.spec"
LINUX = PACKAGING / "linux"
ICON_SVG = LINUX / "icons" / "notalone.svg"
DESKTOP_FILE = LINUX / "notalone.desktop"
METAINFO = LINUX / "org.notalone.desktop.metainfo.xml"
PACKAGE = "notalone"  # the executable, the .deb package and the folder under /opt
APP_NAME = "Not Alone"
LANGUAGES = ("en", "vi", "id", "de")
SIZE_BUDGET = 1.20  # the app may add at most 20 % to a bare PySide6 window bundled the same way
DEB_COMPRESSION = ("xz", 6)  # dpkg-deb's default level; the bare baseline is compressed alike for comparison
# Debian wants "Name <address>"; the project has no public address yet (dpkg accepts a name alone).
MAINTAINER = "Not Alone desktop developers"
LICENSE = "Apache-2.0"


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
    timings: dict[str, float] = field(default_factory=dict)
    checks: dict[str, str] = field(default_factory=dict)

    @property
    def host(self) -> bool:
        return self.target == host_target()


# Small helpers -------------------------------------------------------------------------------------------------


def host_target() -> str:
    if sys.platform.startswith("win"):
        return "windows"
    return "macos" if sys.platform == "darwin" else "linux"


def say(message: str) -> None:
    # One write per line: packaging jobs run in threads and must not interleave within a line.
    sys.stdout.write(f"build: {message}\n")
    sys.stdout.flush()


def run(cmd: Sequence[str | Path], *, env: dict[str, str] | None = None, capture: bool = False) -> str:
    """Run a tool; BuildError with its output when it fails."""
    shown = " ".join(str(c) for c in cmd)
    result = subprocess.run(
        [str(c) for c in cmd],
        env={**os.environ, **(env or {})},
        cwd=ROOT,
        capture_output=capture,
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


def scripts_dir(python: Path) -> Path:
    return python.parent


def tree_files(root: Path) -> Iterator[Path]:
    for path in sorted(root.rglob("*")):
        if path.is_file() or path.is_symlink():
            yield path


def tree_bytes(root: Path) -> int:
    return sum(p.lstat().st_size for p in tree_files(root))


def normalise_tree(root: Path, epoch: int) -> None:
    """Same permissions and times on every build machine: 0755 for folders and programs, 0644 for the rest."""
    for path in [root, *sorted(root.rglob("*"), reverse=True)]:
        if path.is_symlink():
            os.utime(path, (epoch, epoch), follow_symlinks=False)
            continue
        mode = path.stat().st_mode
        executable = path.is_dir() or mode & stat.S_IXUSR
        path.chmod(0o755 if executable else 0o644)
        os.utime(path, (epoch, epoch))


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def elf_needed(path: Path) -> list[str] | None:
    """The DT_NEEDED entries of an ELF file (its direct dependencies), or None for a file that is not ELF.

    ldd lists the whole tree instead: for declaring dependencies and for trimming the bundle only the direct ones
    count (libcups is the system's; the TLS libraries behind it are its business, not ours).
    """
    with path.open("rb") as handle:
        if handle.read(4) != b"\x7fELF":
            return None
        handle.seek(0)
        with mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as data:
            return _dynamic_needed(data)


def _dynamic_needed(data: mmap.mmap) -> list[str]:
    wide, order = data[4] == 2, "<" if data[5] == 1 else ">"
    if wide:
        (phoff,) = struct.unpack_from(order + "Q", data, 0x20)
        phentsize, phnum = struct.unpack_from(order + "HH", data, 0x36)
    else:
        (phoff,) = struct.unpack_from(order + "I", data, 0x1C)
        phentsize, phnum = struct.unpack_from(order + "HH", data, 0x2A)
    loads: list[tuple[int, int, int]] = []
    dynamic: tuple[int, int] | None = None
    for index in range(phnum):
        at = phoff + index * phentsize
        if wide:
            kind, _flags, offset, vaddr, _paddr, filesz = struct.unpack_from(order + "IIQQQQ", data, at)
        else:
            kind, offset, vaddr, _paddr, filesz = struct.unpack_from(order + "IIIII", data, at)
        if kind == 1:  # PT_LOAD: maps the dynamic section's addresses to file offsets
            loads.append((vaddr, offset, filesz))
        elif kind == 2:  # PT_DYNAMIC
            dynamic = (offset, filesz)
    if dynamic is None:
        return []
    needed: list[int] = []
    strtab: int | None = None
    size, fmt = (16, order + "qQ") if wide else (8, order + "iI")
    for at in range(dynamic[0], dynamic[0] + dynamic[1], size):
        tag, value = struct.unpack_from(fmt, data, at)
        if tag == 0:  # DT_NULL
            break
        if tag == 1:  # DT_NEEDED: an offset into the string table
            needed.append(value)
        elif tag == 5:  # DT_STRTAB
            strtab = value
    base = next((strtab - v + o for v, o, n in loads if strtab is not None and v <= strtab < v + n), None)
    if base is None:
        return []
    return [bytes(data[base + n : data.find(b"\0", base + n)]).decode() for n in needed]


# Inputs: profile, translations, content, icons -----------------------------------------------------------------


def check_profile(build: Build, profile: Path) -> None:
    """Validate the profile with the app's own loader; a mistake stops the build with exit 2 and the field."""
    result = subprocess.run(
        [str(build.python), str(PACKAGING / "check_profile.py"), str(profile), "--json"],
        cwd=Path.cwd(),  # the profile's path is shown in messages as the user typed it
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        message = (result.stderr.strip().splitlines() or [f"profile check failed ({result.returncode})"])[-1]
        raise BuildError(message.removeprefix("error: "), 2 if result.returncode == 2 else 1)
    build.profile = json.loads(result.stdout)
    build.languages = tuple(build.profile["languages"])
    say(f"profile {build.profile['key']}: {build.profile['organisation']}")


def compile_translations(build: Build, dest: Path) -> list[str]:
    """`make translations`, done here: compile i18n/notalone_<lang>.ts with the venv's pyside6-lrelease."""
    dest.mkdir(parents=True, exist_ok=True)
    sources = sorted((ROOT / "i18n").glob("notalone_*.ts"))
    compiled: list[str] = []
    if sources:
        lrelease = shutil.which("pyside6-lrelease", path=str(scripts_dir(build.python)))
        if lrelease is None:
            raise BuildError(f"pyside6-lrelease is not installed next to {build.python}")
        for source in sources:
            language = source.stem.split("_", 1)[1]
            if language in build.languages:
                run([lrelease, "-silent", source, "-qm", dest / f"{source.stem}.qm"])
                compiled.append(language)
                # Qt's own dialogs in the languages Qt does not translate (ui/i18n.py loads it).
                extra = source.with_name(f"qtbase_extra_{language}.ts")
                if extra.exists():
                    run([lrelease, "-silent", extra, "-qm", dest / f"{extra.stem}.qm"])
    else:
        # No sources in this checkout: ship what `make translations` left, if anything.
        for qm in sorted((ROOT / "notalone_desktop" / "translations").glob("notalone_*.qm")):
            if qm.stem.split("_", 1)[1] in build.languages:
                shutil.copy2(qm, dest / qm.name)
                compiled.append(qm.stem.split("_", 1)[1])
                extra = qm.with_name(f"qtbase_extra_{qm.stem.split('_', 1)[1]}.qm")
                if extra.exists():
                    shutil.copy2(extra, dest / extra.name)
    say(f"interface translations: {', '.join(compiled) or 'none yet (English only)'}")
    return compiled


def stage_content(build: Build, stage: Path) -> None:
    """The tree PyInstaller adds as notalone_desktop/: resources/ (where paths.resources_dir() looks in an
    installed app) with the profile and its extras merged in, and the compiled translations."""
    package = stage / "notalone_desktop"
    if stage.exists():
        shutil.rmtree(stage)
    resources = package / "resources"
    shutil.copytree(ROOT / "resources", resources, ignore=shutil.ignore_patterns("README.md", "__pycache__"))
    compile_translations(build, package / "translations")
    if build.profile is None:
        return
    source = Path(build.profile["source"])
    profile_dir = source.parent
    where = os.path.relpath(source, Path.cwd())
    # The copy keeps the source's name (it becomes the family's record of which profile was applied).
    text = source.read_text(encoding="utf-8").rstrip("\n") + "\n" + build.profile["bundle_table"]
    (resources / "profile.toml").write_text(text, encoding="utf-8")
    logo = Path(build.profile["logo"])
    target = resources / logo.relative_to(profile_dir)
    if target.exists():
        raise BuildError(
            f"{where}: [organisation].logo: would replace the shipped file {target.relative_to(package)}", 2
        )
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(logo, target)
    for folder in map(Path, build.profile["extra_content"]):
        for path in tree_files(folder):
            target = resources / path.relative_to(folder)
            if target.exists():
                shown = target.relative_to(resources)
                raise BuildError(f"{where}: [build].extra_content: '{shown}' would replace a shipped file", 2)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, target)


def render_icons(build: Build, dest: Path) -> None:
    run([build.python, PACKAGING / "render_icons.py", ICON_SVG, dest], env=tool_env(build))


# The bundle ------------------------------------------------------------------------------------------------------


def check_tools(build: Build) -> None:
    """Stop early, saying what to install, rather than half-way through with a traceback."""
    found = subprocess.run(
        [str(build.python), "-c", "import PyInstaller, PySide6.QtSvg"], capture_output=True, text=True, check=False
    )
    if found.returncode != 0:
        raise BuildError(
            f"{build.python} lacks PyInstaller or PySide6: {build.python} -m pip install -e . 'pyinstaller>=6.10'"
        )
    if build.target == "linux" and shutil.which("dpkg-deb") is None:
        raise BuildError("dpkg-deb is not installed (apt-get install dpkg)")


def pyinstaller(build: Build, entry: Path, name: str, dest: Path, *spec_args: str | Path) -> Path:
    """A one-folder bundle of `entry` in dest/<name>, made with the shared spec (same trimming for every bundle)."""
    work = build.work / "pyinstaller" / name
    run(
        [
            build.python,
            "-m",
            "PyInstaller",
            SPEC,
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            dest,
            "--workpath",
            work,
            "--",
            "--entry",
            entry,
            "--name",
            name,
            "--languages",
            ",".join(build.languages),
            *spec_args,
        ],
        env=tool_env(build),
    )
    bundle = dest / name
    normalise_tree(bundle, build.epoch)
    return bundle


def executable(bundle: Path, name: str) -> Path:
    return bundle / (f"{name}.exe" if sys.platform.startswith("win") else name)


def smoke_run(build: Build, bundle: Path, name: str, expected: str, *args: str) -> None:
    """Start the bundled program once (`--version`): a missing module or library shows up here, not at a family's."""
    if not build.host:
        return
    out = run([executable(bundle, name), *args], env={"QT_QPA_PLATFORM": "offscreen"}, capture=True)
    if expected not in out:
        raise BuildError(f"{name} {' '.join(args)} printed {out.strip()!r}, expected {expected!r}")


def linux_system_libraries(bundle: Path) -> list[str]:
    """The system libraries that bundled binaries link to directly; BuildError if any library cannot be found.

    A library missing on the build machine would be neither bundled nor declared, so the program would fail to
    start on a family's computer: install it here (e.g. apt-get install libxcb-cursor0) and build again.
    """
    elves = {p: needed for p in tree_files(bundle) if not p.is_symlink() and (needed := elf_needed(p)) is not None}
    bundled = {p.name for p in tree_files(bundle)}
    library_dirs = sorted({str(p.parent) for p in elves if ".so" in p.name})
    env = {**os.environ, "LD_LIBRARY_PATH": os.pathsep.join(library_dirs)}
    direct = {name for needed in elves.values() for name in needed if name not in bundled}
    system: set[str] = set()
    missing: dict[str, str] = {}
    for elf in elves:
        result = subprocess.run(["ldd", str(elf)], capture_output=True, text=True, env=env, check=False)
        for line in result.stdout.splitlines():
            name, _, rest = line.strip().partition(" => ")
            if rest.startswith("not found"):
                missing.setdefault(name, str(elf.relative_to(bundle)))
            elif rest.startswith("/") and name in direct:
                system.add(rest.split(" (")[0])
    if missing:
        listed = ", ".join(f"{lib} (for {user})" for lib, user in sorted(missing.items()))
        raise BuildError(f"libraries missing on the build machine: {listed}; install them and build again")
    return sorted(system)


def debian_depends(libraries: Sequence[str]) -> list[str]:
    """The Debian packages that provide `libraries` on the build machine (dpkg -S), like dpkg-shlibdeps would."""
    if not libraries or shutil.which("dpkg") is None:
        return []
    packages: set[str] = set()
    for library in libraries:
        for candidate in dict.fromkeys([library, str(Path(library).resolve())]):
            result = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True, check=False)
            if result.returncode == 0:
                packages.add(result.stdout.split(":")[0].split(",")[0].strip())
                break
        else:
            say(f"warning: no Debian package owns {library}; it is not declared as a dependency")
    return sorted(packages)


# Archives ------------------------------------------------------------------------------------------------------


def _tar_filter(epoch: int) -> Any:
    def normalise(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = "root"
        info.mtime = epoch
        if not info.issym():
            info.mode = 0o755 if info.isdir() or info.mode & 0o100 else 0o644
        return info

    return normalise


def write_tar(handle: BinaryIO, root: Path, top: str, epoch: int) -> None:
    """A tar of `root` under `top/`: names sorted, owner root, one time for all, so equal trees give equal bytes."""
    normalise = _tar_filter(epoch)
    with tarfile.open(fileobj=handle, mode="w", format=tarfile.PAX_FORMAT) as tar:
        tar.add(root, arcname=top, recursive=False, filter=normalise)
        for path in sorted(root.rglob("*")):
            tar.add(path, arcname=f"{top}/{path.relative_to(root).as_posix()}", recursive=False, filter=normalise)


def write_tar_gz(root: Path, out: Path, top: str, epoch: int) -> Path:
    with out.open("wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=epoch, compresslevel=9) as gz:
        write_tar(gz, root, top, epoch)  # type: ignore[arg-type]
    return out


def write_tar_xz(root: Path, out: Path, top: str, epoch: int) -> Path:
    with lzma.open(out, "wb", preset=DEB_COMPRESSION[1]) as xz:
        write_tar(xz, root, top, epoch)  # type: ignore[arg-type]
    return out


def write_zip(root: Path, out: Path, top: str, epoch: int) -> Path:
    stamp = time.gmtime(max(epoch, 315532800))[:6]  # zip times start in 1980
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for path in tree_files(root):
            info = zipfile.ZipInfo(f"{top}/{path.relative_to(root).as_posix()}", date_time=stamp)
            info.external_attr = (0o755 if os.access(path, os.X_OK) else 0o644) << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, path.read_bytes())
    return out


# Linux ---------------------------------------------------------------------------------------------------------


def check_desktop_files(build: Build, desktop: Path, metainfo: Path) -> None:
    """desktop-file-validate and appstreamcli, when installed (CI installs both); a failure stops the build."""
    release = re.search(r'<release version="([^"]+)"', metainfo.read_text(encoding="utf-8"))
    if not release or release.group(1) != build.version:
        raise BuildError(f'{METAINFO.relative_to(ROOT)}: add a <release version="{build.version}"> entry first')
    for name, cmd in (
        ("desktop-file-validate", ["desktop-file-validate", str(desktop)]),
        ("appstreamcli", ["appstreamcli", "validate", "--no-net", str(metainfo)]),
    ):
        if shutil.which(cmd[0]) is None:
            build.checks[name] = "not installed, not run"
            say(
                f"warning: {cmd[0]} is not installed; {desktop.name if 'desktop' in name else metainfo.name} "
                "was not validated"
            )
            continue
        run(cmd, capture=True)
        build.checks[name] = "passed"


def deb_architecture() -> str:
    if shutil.which("dpkg"):
        return run(["dpkg", "--print-architecture"], capture=True).strip()
    return {"x86_64": "amd64", "aarch64": "arm64"}.get(platform.machine(), platform.machine())


def build_deb(build: Build, bundle: Path, icons: Path, out: Path) -> Path:
    """The .deb: the bundle under /opt/notalone, a /usr/bin/notalone symlink, menu entry, AppStream data, icons."""
    if shutil.which("dpkg-deb") is None:
        raise BuildError("dpkg-deb is not installed (apt-get install dpkg)")
    root = build.work / "deb"
    if root.exists():
        shutil.rmtree(root)
    shutil.copytree(bundle, root / "opt" / PACKAGE, symlinks=True)
    (root / "usr" / "bin").mkdir(parents=True)
    # Relative, so that the tree also works where it is unpacked elsewhere (dpkg -x into a test folder).
    (root / "usr" / "bin" / PACKAGE).symlink_to(f"../../opt/{PACKAGE}/{PACKAGE}")
    share = root / "usr" / "share"
    (share / "applications").mkdir(parents=True)
    shutil.copy2(DESKTOP_FILE, share / "applications" / "notalone.desktop")
    (share / "metainfo").mkdir()
    shutil.copy2(METAINFO, share / "metainfo" / METAINFO.name)
    shutil.copytree(icons / "hicolor", share / "icons" / "hicolor")
    (share / "icons" / "hicolor" / "scalable" / "apps").mkdir(parents=True)
    shutil.copy2(ICON_SVG, share / "icons" / "hicolor" / "scalable" / "apps" / "notalone.svg")
    doc = share / "doc" / PACKAGE
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(
        "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"
        f"Upstream-Name: {APP_NAME}\n\nFiles: *\nCopyright: {MAINTAINER}\nLicense: {LICENSE}\n"
        " On Debian systems, the full text of the Apache License 2.0 is in /usr/share/common-licenses/Apache-2.0.\n"
        " The bundled Qt, PySide6 and Python libraries keep their own licences (LGPL-3.0, PSF-2.0 and others).\n",
        encoding="utf-8",
    )
    check_desktop_files(build, share / "applications" / "notalone.desktop", share / "metainfo" / METAINFO.name)
    depends = debian_depends(linux_system_libraries(root / "opt" / PACKAGE))
    installed_kib = (tree_bytes(root) + 1023) // 1024
    description = [
        "offline companion that helps parents keep children safe online",
        " Age-banded safety checklists for each child, the family's trusted contacts",
        " and the country's helplines one click away, short lessons and scam-scenario",
        " games. No account, no cloud, no network access.",
    ]
    if build.profile:
        description.append(" .")
        description.append(f" Prepared by {build.profile['organisation']} (profile {build.profile['key']}).")
    control = {
        "Package": PACKAGE,
        "Version": build.version,
        "Architecture": deb_architecture(),
        "Maintainer": MAINTAINER,
        "Installed-Size": str(installed_kib),
        "Depends": ", ".join(depends),
        "Section": "education",
        "Priority": "optional",
        "Description": "\n".join(description),
    }
    (root / "DEBIAN").mkdir()
    (root / "DEBIAN" / "control").write_text(
        "".join(f"{key}: {value}\n" for key, value in control.items() if value), encoding="utf-8"
    )
    normalise_tree(root, build.epoch)
    deb = out / f"{PACKAGE}_{build.version}_{control['Architecture']}.deb"
    compressor, level = DEB_COMPRESSION
    run(
        ["dpkg-deb", "--root-owner-group", f"-Z{compressor}", f"-z{level}", "--build", root, deb],
        env={"SOURCE_DATE_EPOCH": str(build.epoch)},
        capture=True,
    )
    say(f"Depends: {control['Depends'] or '(none)'}")
    return deb


Job = Callable[[], Path]


def linux_jobs(build: Build, app: Path, icons: Path) -> dict[str, Job]:
    machine = platform.machine() or "unknown"
    portable = build.out / f"{PACKAGE}-{build.version}-linux-{machine}.tar.gz"
    return {
        "deb": lambda: build_deb(build, app, icons, build.out),
        "tar_gz": lambda: write_tar_gz(app, portable, f"{PACKAGE}-{build.version}", build.epoch),
    }


# Windows and macOS ---------------------------------------------------------------------------------------------


def find_iscc() -> str | None:
    found = shutil.which("iscc") or shutil.which("ISCC")
    if found:
        return found
    for base in (os.environ.get("PROGRAMFILES(X86)"), os.environ.get("PROGRAMFILES")):
        candidate = Path(base or "") / "Inno Setup 6" / "ISCC.exe"
        if base and candidate.is_file():
            return str(candidate)
    return None


def inno_setup(build: Build, app: Path, icons: Path) -> Path:
    """The per-user installer, from packaging/windows/notalone.iss; values passed in as /D defines."""
    iscc = find_iscc()
    if iscc is None:
        raise BuildError("Inno Setup's ISCC.exe was not found (choco install innosetup)")
    base = f"{PACKAGE}-{build.version}-windows-setup"
    defines = {
        "AppVersion": build.version,
        "BundleDir": str(app),
        "IconFile": str(icons / "notalone.ico"),
        "OutputDir": str(build.out),
        "OutputBaseName": base,
        "Organisation": build.profile["organisation"] if build.profile else "",
    }
    run([iscc, "/Qp", *(f"/D{key}={value}" for key, value in defines.items()), PACKAGING / "windows" / "notalone.iss"])
    return build.out / f"{base}.exe"


def windows_jobs(build: Build, app: Path, icons: Path) -> dict[str, Job]:
    portable = build.out / f"{PACKAGE}-{build.version}-windows-portable.zip"
    return {
        "installer": lambda: inno_setup(build, app, icons),
        "zip": lambda: write_zip(app, portable, PACKAGE, build.epoch),
    }


def macos_jobs(build: Build, app: Path, icons: Path) -> dict[str, Job]:
    module = load_module("notalone_make_app", PACKAGING / "macos" / "make_app.py")

    def dmg() -> Path:
        bundle = module.make_app(app, icons / "notalone.icns", build.version, build.work / "app", build.epoch)
        return Path(module.make_dmg(bundle, build.out / f"{PACKAGE}-{build.version}-macos.dmg"))

    return {"dmg": dmg}


def load_module(name: str, path: Path) -> Any:
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        raise BuildError(f"{path} is missing")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def run_jobs(build: Build, jobs: dict[str, Job]) -> dict[str, Path]:
    """Run the packaging jobs side by side: each is mostly compression (zlib, lzma, dpkg-deb's xz) or a tool."""

    def timed(name: str, job: Job) -> Path:
        with step(build, name):
            return job()

    with ThreadPoolExecutor(max_workers=len(jobs)) as pool:
        futures = {name: pool.submit(timed, name, job) for name, job in jobs.items()}
        return {name: future.result() for name, future in futures.items()}


# Sizes ---------------------------------------------------------------------------------------------------------


def measure(build: Build, app: Path, bare: Path | None, results: dict[str, Path], started: float) -> dict[str, Any]:
    sizes: dict[str, Any] = {
        "version": build.version,
        "target": build.target,
        "profile": build.profile["key"] if build.profile else None,
        "source_date_epoch": build.epoch,
        "app": {"bundle_bytes": tree_bytes(app), "bundle_files": sum(1 for _ in tree_files(app))},
    }
    for name, path in sorted(results.items()):
        if not name.startswith("bare_") and path.is_file():
            sizes["app"][f"{name}_bytes"] = path.stat().st_size
            sizes["app"][f"{name}_file"] = path.name
            sizes["app"][f"{name}_sha256"] = sha256(path)
    if bare is not None:
        sizes["bare"] = {
            "what": "packaging/bare/hello.py: a QLabel window, bundled with the same spec options",
            "bundle_bytes": tree_bytes(bare),
            "bundle_files": sum(1 for _ in tree_files(bare)),
            "tar_xz_bytes": results["bare_tar_xz"].stat().st_size,  # compressed like the .deb's data (xz -6)
            "tar_gz_bytes": results["bare_tar_gz"].stat().st_size,  # compressed like the portable archive (gzip -9)
        }
        ratios = {"bundle": sizes["app"]["bundle_bytes"] / sizes["bare"]["bundle_bytes"]}
        if "deb_bytes" in sizes["app"]:
            ratios["deb_vs_bare_tar_xz"] = sizes["app"]["deb_bytes"] / sizes["bare"]["tar_xz_bytes"]
        if "tar_gz_bytes" in sizes["app"]:
            ratios["tar_gz_vs_bare_tar_gz"] = sizes["app"]["tar_gz_bytes"] / sizes["bare"]["tar_gz_bytes"]
        sizes["ratios"] = {key: round(value, 3) for key, value in ratios.items()}
        sizes["budget"] = {"max_ratio": SIZE_BUDGET, "within": all(r <= SIZE_BUDGET for r in ratios.values())}
    sizes["build"] = {
        "seconds": round(time.monotonic() - started, 1),
        "steps_seconds": build.timings,
        "checks": build.checks,
        "python": platform.python_version(),
    }
    return sizes


# Main ----------------------------------------------------------------------------------------------------------


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="build.py", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--target", choices=("linux", "windows", "macos"), default=host_target())
    parser.add_argument("--profile", type=Path, help="an NGO deployment profile (packaging/profiles/NAME.toml)")
    parser.add_argument("--python", type=Path, default=Path(sys.executable), help="the app's Python (a venv)")
    parser.add_argument("--out", type=Path, help="where results go (default dist/, dist/<profile>/ if branded)")
    parser.add_argument("--no-bare", dest="bare", action="store_false", help="skip the bare-window size baseline")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    started = time.monotonic()
    try:
        if args.target != host_target():
            raise BuildError(
                f"PyInstaller builds for the machine it runs on: build --target {args.target} on "
                f"{args.target} (see .github/workflows/build.yml)",
                2,
            )
        build = Build(
            target=args.target,
            python=args.python.absolute(),
            out=ROOT / "dist",
            work=ROOT / "build" / args.target,
            epoch=source_date_epoch(),
            version=app_version(),
            bare=args.bare,
        )
        if args.profile is not None:
            with step(build, "profile"):
                check_profile(build, args.profile)
            assert build.profile is not None
            build.out = build.out / build.profile["key"]
            build.work = build.work.with_name(f"{args.target}-{build.profile['key']}")
        if args.out is not None:
            build.out = args.out.absolute()
        check_tools(build)
        build.out.mkdir(parents=True, exist_ok=True)
        build.work.mkdir(parents=True, exist_ok=True)
        say(f"{APP_NAME} {build.version} for {build.target}, SOURCE_DATE_EPOCH={build.epoch}")
        with step(build, "content"):
            stage_content(build, build.work / "stage")
        with step(build, "icons"):
            icons = build.work / "icons"
            render_icons(build, icons)
        with step(build, "bundle"):
            icon_args: list[str | Path] = ["--icon", icons / "notalone.ico"] if build.target == "windows" else []
            app = pyinstaller(
                build,
                PACKAGING / "launcher.py",
                PACKAGE,
                build.work / "bundle",
                "--stage",
                build.work / "stage",
                *icon_args,
            )
            smoke_run(build, app, PACKAGE, f"notalone {build.version}", "--version")
        bare = None
        if build.bare:
            with step(build, "bare bundle"):
                bare = pyinstaller(build, PACKAGING / "bare" / "hello.py", "hello", build.work / "bare", "--bare")
                smoke_run(build, bare, "hello", "hello", "--version")
        jobs = {"linux": linux_jobs, "windows": windows_jobs, "macos": macos_jobs}[build.target](build, app, icons)
        if bare is not None:
            measured = build.work / "bare-measure"
            measured.mkdir(parents=True, exist_ok=True)
            jobs["bare_tar_xz"] = lambda: write_tar_xz(bare, measured / "hello.tar.xz", "hello", build.epoch)
            jobs["bare_tar_gz"] = lambda: write_tar_gz(bare, measured / "hello.tar.gz", "hello", build.epoch)
        results = run_jobs(build, jobs)
        sizes = measure(build, app, bare, results, started)
        (build.out / "sizes.json").write_text(json.dumps(sizes, indent=2) + "\n", encoding="utf-8")
    except BuildError as exc:
        print(f"build: error: {exc}", file=sys.stderr)
        return exc.code
    for name, path in results.items():
        if not name.startswith("bare_"):
            say(f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}: {path.stat().st_size / 1e6:.1f} MB")
    say(f"done in {sizes['build']['seconds']} s; sizes in {build.out / 'sizes.json'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
