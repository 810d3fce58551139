#!/usr/bin/env python3
"""Build Not Alone's installers: the one build script for Linux (.deb and portable .tar.gz), Windows (Inno Setup)
and macOS (.app in a .dmg), optionally branded with an NGO deployment profile, with SHA256SUMS and a signature.

    python packaging/build.py [--target linux|windows|macos] [--profile packaging/profiles/NAME.toml]
                              [--gpg-key KEY] [--minisign-key FILE] [--no-bare]

Standard library only: it drives the app's own Python (`--python`, default the one running this script) for
PyInstaller, translations, icons, licences and the profile check. The steps live in packaging/buildlib/.
Intermediate files go to build/<target>/, results to dist/ (dist/<profile>/ for a branded build), with
dist/sizes.json and dist/SHA256SUMS. Honours SOURCE_DATE_EPOCH (default: the last commit's time) for file times;
archives list files sorted, owned by root, with no build-machine names or times.
Exit 0 when built, 2 for bad input (an invalid profile: one line naming the field), 1 when a step fails.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # buildlib/, also when run from elsewhere

from buildlib import debian, integrity, licences, portable, sizes
from buildlib.archives import write_tar_gz, write_tar_xz, write_zip
from buildlib.common import (
    APP_NAME,
    ICON_SVG,
    PACKAGE,
    PACKAGING,
    ROOT,
    SPEC,
    Build,
    BuildError,
    app_version,
    host_target,
    load_module,
    normalise_tree,
    run,
    say,
    source_date_epoch,
    step,
    tool_env,
    tree_files,
)

Job = Callable[[], Path]


def scripts_dir(python: Path) -> Path:
    return python.parent


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


def finish_bundle(build: Build, bundle: Path, name: str) -> list[dict[str, object]]:
    """After PyInstaller: no build-machine RUNPATH (Linux), the licences inside, modes and times normalised."""
    if build.target == "linux":
        say(f"RUNPATH: build-machine paths removed from {debian.strip_build_runpaths(bundle)} files")
    toc = build.work / "pyinstaller" / name / SPEC.stem / "COLLECT-00.toc"
    components = licences.gather(build, bundle, toc)
    normalise_tree(bundle, build.epoch)
    return components


# Packages --------------------------------------------------------------------------------------------------------


def stem(build: Build) -> str:
    """The start of every result's name: notalone-0.1.0, or notalone-<profile>-0.1.0 for a branded build."""
    return f"{build.package}-{build.version}"


def linux_jobs(build: Build, app: Path, icons: Path, components: list[dict[str, object]]) -> dict[str, Job]:
    libraries = debian.linux_system_libraries(app)
    glibc = debian.required_glibc(app)
    depends = debian.debian_depends(libraries, glibc)
    portable_out = build.out / f"{stem(build)}-linux-{platform.machine() or 'unknown'}.tar.gz"

    def tar_gz() -> Path:
        return portable.build_tar_gz(build, portable.stage(build, app, icons, depends, libraries, glibc), portable_out)

    return {"deb": lambda: debian.build_deb(build, app, icons, components, depends, build.out), "tar_gz": tar_gz}


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
    """The installer, from packaging/windows/notalone.iss; values passed in as /D defines."""
    iscc = find_iscc()
    if iscc is None:
        raise BuildError("Inno Setup's ISCC.exe was not found (choco install innosetup)")
    base = f"{stem(build)}-windows-setup"
    defines = {
        "AppVersion": build.version,
        "BundleDir": str(app),
        "IconFile": str(icons / "notalone.ico"),
        "OutputDir": str(build.out),
        "OutputBaseName": base,
        "Organisation": build.profile["organisation"] if build.profile else "",
        "ProfileKey": build.profile["key"] if build.profile else "",
    }
    run([iscc, "/Qp", *(f"/D{key}={value}" for key, value in defines.items()), PACKAGING / "windows" / "notalone.iss"])
    return build.out / f"{base}.exe"


def windows_jobs(build: Build, app: Path, icons: Path, _components: list[dict[str, object]]) -> dict[str, Job]:
    portable_out = build.out / f"{stem(build)}-windows-portable.zip"
    return {
        "installer": lambda: inno_setup(build, app, icons),
        "zip": lambda: write_zip(app, portable_out, PACKAGE, build.epoch),
    }


def macos_jobs(build: Build, app: Path, icons: Path, _components: list[dict[str, object]]) -> dict[str, Job]:
    module = load_module("notalone_make_app", PACKAGING / "macos" / "make_app.py")
    machine = platform.machine() or "arm64"

    def dmg() -> Path:
        bundle = module.make_app(
            app,
            icons / "notalone.icns",
            build.version,
            build.work / "app",
            build.epoch,
            minimum=module.minimum_macos(module.installed_tags(build.python)),
            architectures=[machine],
            organisation=build.profile["organisation"] if build.profile else "",
        )
        return Path(module.make_dmg(bundle, build.out / f"{stem(build)}-macos-{machine}.dmg"))

    return {"dmg": dmg}


def run_jobs(build: Build, jobs: dict[str, Job]) -> dict[str, Path]:
    """Run the packaging jobs side by side: each is mostly compression (zlib, lzma, dpkg-deb's xz) or a tool."""

    def timed(name: str, job: Job) -> Path:
        with step(build, name):
            return job()

    with ThreadPoolExecutor(max_workers=len(jobs)) as pool:
        futures = {name: pool.submit(timed, name, job) for name, job in jobs.items()}
        return {name: future.result() for name, future in futures.items()}


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
    parser.add_argument("--gpg-key", default=os.environ.get("NOTALONE_GPG_KEY") or None, help="sign SHA256SUMS")
    parser.add_argument(
        "--minisign-key", type=Path, default=os.environ.get("NOTALONE_MINISIGN_KEY") or None, help="sign SHA256SUMS"
    )
    parser.add_argument("--maintainer", help="the .deb's Maintainer, 'Name <address>' (or NOTALONE_MAINTAINER)")
    return parser.parse_args(argv)


def prepare(args: argparse.Namespace) -> Build:
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
    if args.maintainer:
        build.maintainer = args.maintainer
    try:
        build.signing = integrity.signing_keys(args.gpg_key, args.minisign_key)
    except integrity.SigningError as exc:
        raise BuildError(str(exc), 2) from exc
    if args.profile is not None:
        with step(build, "profile"):
            check_profile(build, args.profile)
        assert build.profile is not None
        build.out = build.out / build.profile["key"]
        build.work = build.work.with_name(f"{args.target}-{build.profile['key']}")
    if args.out is not None:
        build.out = args.out.absolute()
    return build


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    started = time.monotonic()
    try:
        build = prepare(args)
        check_tools(build)
        build.out.mkdir(parents=True, exist_ok=True)
        build.work.mkdir(parents=True, exist_ok=True)
        # dist/ holds what this build makes: an installer left from another version would get into SHA256SUMS.
        for stale in build.out.iterdir():
            if stale.is_file() and (integrity.RELEASE_FILE.match(stale.name) or stale.name.startswith(integrity.SUMS)):
                stale.unlink()
        say(f"{APP_NAME} {build.version} for {build.target}, SOURCE_DATE_EPOCH={build.epoch}")
        with step(build, "content"):
            stage_content(build, build.work / "stage")
        with step(build, "icons"):
            icons = build.work / "icons"
            render_icons(build, icons)
        with step(build, "bundle"):
            icon_args: list[str | Path] = ["--icon", icons / "notalone.ico"] if build.target == "windows" else []
            stage = build.work / "stage"
            app = pyinstaller(
                build, PACKAGING / "launcher.py", PACKAGE, build.work / "bundle", "--stage", stage, *icon_args
            )
            components = finish_bundle(build, app, PACKAGE)
            smoke_run(build, app, PACKAGE, f"notalone {build.version}", "--version")
        bare = None
        if build.bare:
            with step(build, "bare bundle"):
                bare = pyinstaller(build, PACKAGING / "bare" / "hello.py", "hello", build.work / "bare", "--bare")
                smoke_run(build, bare, "hello", "hello", "--version")
        packaging_jobs = {"linux": linux_jobs, "windows": windows_jobs, "macos": macos_jobs}[build.target]
        jobs = packaging_jobs(build, app, icons, components)
        if bare is not None:
            measured = build.work / "bare-measure"
            measured.mkdir(parents=True, exist_ok=True)
            jobs["bare_tar_xz"] = lambda: write_tar_xz(bare, measured / "hello.tar.xz", "hello", build.epoch)
            jobs["bare_tar_gz"] = lambda: write_tar_gz(bare, measured / "hello.tar.gz", "hello", build.epoch)
        results = run_jobs(build, jobs)
        released = [path for name, path in sorted(results.items()) if not name.startswith("bare_")]
        with step(build, "checksums"):
            sums = integrity.write_sums(build.out, released)
            signatures = integrity.sign(sums, args.gpg_key, args.minisign_key)
        build.checks["signatures"] = ", ".join(p.name for p in signatures) or "none (no key given)"
        measured_sizes = sizes.measure(build, app, bare, results, started, components)
        sizes.write(build, measured_sizes)
    except (BuildError, integrity.SigningError) as exc:
        print(f"build: error: {exc}", file=sys.stderr)
        return getattr(exc, "code", 1)
    for path in released:
        say(f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}: {path.stat().st_size / 1e6:.1f} MB")
    say(f"done in {measured_sizes['build']['seconds']} s; sizes in {build.out / 'sizes.json'}, checksums in {sums}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
