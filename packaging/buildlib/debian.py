"""The Linux packages' Debian side: dependencies found from the bundle, the .deb's control, changelog, copyright,
manual page and lintian overrides, and the desktop and AppStream checks.

The bundle lives in /opt/notalone (lintian's bundle-in-/opt tags are overridden, with reasons, in
packaging/linux/lintian-overrides); everything else follows Debian policy: `libc6 (>= the newest glibc version a
bundled file asks for)`, no build-machine RUNPATH, an absolute /usr/bin/notalone link, a Maintainer with an
address, changelog.Debian.gz and a machine-readable copyright file.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import gzip
import os
import re
import shutil
import subprocess
import textwrap
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from buildlib.common import (
    APP_NAME,
    DESKTOP_FILE,
    HOMEPAGE,
    ICON_SVG,
    LINUX,
    METAINFO,
    PACKAGE,
    ROOT,
    Build,
    BuildError,
    normalise_tree,
    run,
    say,
    tree_bytes,
    tree_files,
)
from buildlib.elf import drop_build_runpaths, elf_needed, glibc_versions, version_key
from buildlib.licences import LICENCES_TXT

DEB_COMPRESSION = ("xz", 6)
DEBIAN_REVISION = "1"
LINTIAN_OVERRIDES = LINUX / "lintian-overrides"
MANUAL_PAGE = LINUX / "notalone.1"
# DEP-5 short names for the licences Python metadata spells otherwise.
DEP5_NAMES = {
    "MIT License": "MIT",
    "Apache": "Apache-2.0",
    "BSD License": "BSD-3-clause",
    "BSD-3-Clause": "BSD-3-clause",
}


def deb_version(build: Build) -> str:
    return f"{build.version}-{DEBIAN_REVISION}"


def strip_build_runpaths(bundle: Path) -> int:
    """Take build-machine paths out of every bundled ELF file's RUNPATH; the number of files changed."""
    changed = 0
    for path in tree_files(bundle):
        try:
            if drop_build_runpaths(path):
                changed += 1
        except ValueError as exc:
            raise BuildError(str(exc)) from exc
    return changed


def required_glibc(bundle: Path) -> str | None:
    """The newest GLIBC_x.y symbol version any bundled file needs: the .deb's lower bound for libc6."""
    versions = {v for path in tree_files(bundle) if not path.is_symlink() for v in glibc_versions(path)}
    newest = max(versions, key=version_key, default=None)
    return newest.removeprefix("GLIBC_") if newest else None


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


def debian_depends(libraries: Sequence[str], glibc: str | None) -> list[str]:
    """The Debian packages that provide `libraries` on the build machine (dpkg -S), like dpkg-shlibdeps would;
    libc6 with the glibc version the bundle needs, so that apt refuses a system too old to run it."""
    packages: set[str] = set()
    if libraries and shutil.which("dpkg") is not None:
        for library in libraries:
            for candidate in dict.fromkeys([library, str(Path(library).resolve())]):
                result = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True, check=False)
                if result.returncode == 0:
                    packages.add(result.stdout.split(":")[0].split(",")[0].strip())
                    break
            else:
                say(f"warning: no Debian package owns {library}; it is not declared as a dependency")
    if glibc:
        packages.discard("libc6")
        packages.add(f"libc6 (>= {glibc})")
    return sorted(packages)


# The metadata files ---------------------------------------------------------------------------------------------


def metainfo_releases(metainfo: Path = METAINFO) -> list[tuple[str, str, str]]:
    """(version, date, text) of each <release> in the AppStream file, newest first: the one list of releases."""
    text = metainfo.read_text(encoding="utf-8")
    releases = []
    for match in re.finditer(r'<release version="([^"]+)" date="([^"]+)"[^>]*>(.*?)</release>', text, re.DOTALL):
        notes = re.sub(r"<[^>]+>", " ", match.group(3))
        releases.append((match.group(1), match.group(2), " ".join(notes.split())))
    return releases


def check_desktop_files(build: Build, desktop: Path, metainfo: Path) -> None:
    """desktop-file-validate and appstreamcli (when installed; CI installs both).

    A desktop-file error stops the build. AppStream: an error stops it, a warning from a validator version the
    build cannot choose (Debian 12 has 0.16, Debian 13 1.0) is printed and recorded in sizes.json instead, and the
    dist test, which knows its validator, checks `--pedantic` cleanly.
    """
    releases = metainfo_releases(metainfo)
    if not releases or releases[0][0] != build.version:
        raise BuildError(f'{METAINFO.relative_to(ROOT)}: add a <release version="{build.version}"> entry first')
    if shutil.which("desktop-file-validate"):
        run(["desktop-file-validate", desktop], capture=True)
        build.checks["desktop-file-validate"] = "passed"
    else:
        build.checks["desktop-file-validate"] = "not installed, not run"
        say(f"warning: desktop-file-validate is not installed; {desktop.name} was not validated")
    if shutil.which("appstreamcli") is None:
        build.checks["appstreamcli"] = "not installed, not run"
        say(f"warning: appstreamcli is not installed; {metainfo.name} was not validated")
        return
    version = run(["appstreamcli", "--version"], capture=True).split()[-1]
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", "--pedantic", "--no-color", str(metainfo)],
        capture_output=True,
        text=True,
        check=False,
    )
    output = (result.stdout + result.stderr).strip()
    issues = [line.strip() for line in output.splitlines() if re.match(r"^\s*[EWIP]:", line)]
    errors = [line for line in issues if line.startswith("E:")]
    if errors:
        raise BuildError(f"appstreamcli {version}: {metainfo.name} is not valid:\n" + "\n".join(errors))
    build.checks["appstreamcli"] = f"{version}: " + ("passed --pedantic" if not issues else "; ".join(issues))
    for issue in issues:
        say(f"warning: appstreamcli {version}: {issue}")


def changelog(build: Build) -> bytes:
    """changelog.Debian.gz, from the AppStream file's releases (gzip -9n: no name, no time)."""
    entries = []
    for version, date, notes in metainfo_releases():
        when = email.utils.format_datetime(dt.datetime.fromisoformat(date).replace(hour=12, tzinfo=dt.UTC))
        wrapped = textwrap.fill(notes, width=78, initial_indent="  * ", subsequent_indent="    ")
        entries.append(
            f"{build.package} ({version}-{DEBIAN_REVISION}) unstable; urgency=medium\n\n"
            f"{wrapped}\n\n -- {build.maintainer}  {when}\n"
        )
    return gzip.compress("\n".join(entries).encode("utf-8"), compresslevel=9, mtime=0)


def _dep5_licence(name: str) -> str:
    name = DEP5_NAMES.get(name.strip(), name.strip())
    name = name.replace(" OR ", " or ").replace(" AND ", " and ").replace(", ", " or ")
    parts = re.split(r"( or | and )", name)
    return "".join(part if part in (" or ", " and ") else part.replace(" ", "-") for part in parts) or "unknown"


def _holders(component: dict[str, Any]) -> str:
    found = []
    for text in component["texts"]:
        for line in text["text"].splitlines():
            line = line.strip()
            if re.match(r"^(Copyright|\(c\)|©)", line, re.IGNORECASE) and len(line) < 120 and line not in found:
                found.append(line.removeprefix("Copyright:").strip())
            if len(found) >= 3:
                break
    return "\n ".join(found) or f"the {component['name']} authors"


def copyright_file(build: Build, components: list[dict[str, Any]], install_dir: str) -> str:
    """debian/copyright in the machine-readable format: the app, then one paragraph per bundled component."""
    internal = f"{install_dir}/_internal"
    paragraphs = [
        "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"
        f"Upstream-Name: {APP_NAME}\nUpstream-Contact: {build.maintainer}\nSource: {HOMEPAGE}\n"
        f"Comment: {install_dir} is a PyInstaller bundle: the program, the Python runtime and the libraries\n"
        f" below. The full text of every licence named here is in {install_dir}/{LICENCES_TXT}.",
        "Files: *\nCopyright: 2025-2026 Not Alone desktop developers\nLicense: Apache-2.0\n"
        " On Debian systems, the full text of the Apache License 2.0 is in /usr/share/common-licenses/Apache-2.0.",
    ]
    for component in components[1:]:
        paths = [f"{internal}/{p}" + ("/*" if "." not in p else "") for p in component.get("paths", [])]
        if component["name"] == "Python":
            paths = [f"{internal}/python3*", f"{internal}/libpython3*", f"{internal}/base_library.zip"]
        if component["name"] == "PyInstaller bootloader":
            paths = [f"{install_dir}/{PACKAGE}"]
        if component.get("files"):
            paths = [f"{internal}/{f}" for f in component["files"]]
        if not paths:
            continue
        licence = _dep5_licence(component["licence"])
        if "LGPL-3.0" in component["licence"]:
            licence = "LGPL-3"
            body = " On Debian systems, the full text of the GNU LGPL 3.0 is in /usr/share/common-licenses/LGPL-3."
        else:
            body = f" {component['name']} {component['version']}: the full text is in {install_dir}/{LICENCES_TXT}."
        paragraphs.append(f"Files: {' '.join(paths)}\nCopyright: {_holders(component)}\nLicense: {licence}\n{body}")
    return "\n\n".join(paragraphs) + "\n"


def control_fields(build: Build, depends: list[str], installed_kib: int) -> dict[str, str]:
    description = [
        "offline companion that helps parents keep children safe online",
        " Age-banded safety checklists for each child, the family's trusted contacts",
        " and the country's helplines one click away, short lessons and scam-scenario",
        " games. No account, no cloud, no network access.",
    ]
    fields = {"Package": build.package, "Version": deb_version(build)}
    if build.profile:
        description += [" .", f" Prepared by {build.profile['organisation']} (profile {build.profile['key']})."]
        # Both install /opt/notalone: one replaces the other rather than failing half-way.
        fields.update({"Provides": PACKAGE, "Conflicts": PACKAGE, "Replaces": PACKAGE})
    return {
        **fields,
        "Architecture": deb_architecture(),
        "Maintainer": build.maintainer,
        "Installed-Size": str(installed_kib),
        "Depends": ", ".join(depends),
        "Section": "education",
        "Priority": "optional",
        "Homepage": HOMEPAGE,
        "Description": "\n".join(description),
    }


def deb_architecture() -> str:
    if shutil.which("dpkg"):
        return run(["dpkg", "--print-architecture"], capture=True).strip()
    return {"x86_64": "amd64", "aarch64": "arm64"}.get(os.uname().machine, os.uname().machine)


def build_deb(
    build: Build, bundle: Path, icons: Path, components: list[dict[str, Any]], depends: list[str], out: Path
) -> Path:
    """The .deb: the bundle under /opt/notalone, /usr/bin/notalone, menu entry, AppStream data, icons, docs.
    `depends`: from debian_depends() over the bundle (the portable archive's README names the same packages)."""
    if shutil.which("dpkg-deb") is None:
        raise BuildError("dpkg-deb is not installed (apt-get install dpkg)")
    root = build.work / "deb"
    if root.exists():
        shutil.rmtree(root)
    install_dir = f"/opt/{PACKAGE}"
    shutil.copytree(bundle, root / install_dir.lstrip("/"), symlinks=True, copy_function=os.link)
    (root / "usr" / "bin").mkdir(parents=True)
    (root / "usr" / "bin" / PACKAGE).symlink_to(f"{install_dir}/{PACKAGE}")  # absolute, as Debian policy 10.5 asks
    share = root / "usr" / "share"
    (share / "applications").mkdir(parents=True)
    shutil.copy2(DESKTOP_FILE, share / "applications" / "notalone.desktop")
    (share / "metainfo").mkdir()
    shutil.copy2(METAINFO, share / "metainfo" / METAINFO.name)
    shutil.copytree(icons / "hicolor", share / "icons" / "hicolor")
    (share / "icons" / "hicolor" / "scalable" / "apps").mkdir(parents=True)
    shutil.copy2(ICON_SVG, share / "icons" / "hicolor" / "scalable" / "apps" / "notalone.svg")
    (share / "man" / "man1").mkdir(parents=True)
    manual = MANUAL_PAGE.read_bytes().replace(b"@VERSION@", build.version.encode())
    (share / "man" / "man1" / "notalone.1.gz").write_bytes(gzip.compress(manual, compresslevel=9, mtime=0))
    doc = share / "doc" / build.package
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(copyright_file(build, components, install_dir.lstrip("/")), encoding="utf-8")
    (doc / "changelog.Debian.gz").write_bytes(changelog(build))
    overrides = share / "lintian" / "overrides"
    overrides.mkdir(parents=True)
    (overrides / build.package).write_text(
        LINTIAN_OVERRIDES.read_text(encoding="utf-8").replace("@PACKAGE@", build.package), encoding="utf-8"
    )
    check_desktop_files(build, share / "applications" / "notalone.desktop", share / "metainfo" / METAINFO.name)
    control = control_fields(build, depends, (tree_bytes(root) + 1023) // 1024)
    (root / "DEBIAN").mkdir()
    (root / "DEBIAN" / "control").write_text(
        "".join(f"{key}: {value}\n" for key, value in control.items() if value), encoding="utf-8"
    )
    normalise_tree(root, build.epoch)
    deb = out / f"{build.package}_{deb_version(build)}_{control['Architecture']}.deb"
    compressor, level = DEB_COMPRESSION
    run(
        ["dpkg-deb", "--root-owner-group", f"-Z{compressor}", f"-z{level}", "--build", root, deb],
        env={"SOURCE_DATE_EPOCH": str(build.epoch)},
        capture=True,
    )
    build.checks["deb_depends"] = control["Depends"]
    say(f"Depends: {control['Depends'] or '(none)'}")
    return deb
