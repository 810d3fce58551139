"""packaging/buildlib/elf.py against binutils' readelf, on real libraries of this machine: the dependencies and glibc
versions the .deb declares, and the RUNPATH removal that keeps build paths out of the packages (fast, no build)."""

from __future__ import annotations

import ctypes
import re
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "packaging"))
from buildlib import elf  # noqa: E402

pytestmark = [
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ELF files"),
    pytest.mark.skipif(shutil.which("readelf") is None, reason="needs binutils' readelf to compare with"),
]


def readelf(path: Path) -> str:
    return subprocess.run(
        ["readelf", "--dynamic", "--version-info", "--program-headers", "--wide", str(path)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout


def python_extension() -> Path:
    """An extension module of the running Python (pyenv builds give them a RUNPATH into the build machine)."""
    return next(Path(sysconfig.get_config_var("DESTSHARED")).glob("_ctypes*.so"))


def test_needed_libraries_and_glibc_versions_match_readelf() -> None:
    for path in [Path(sys.executable).resolve(), python_extension()]:
        listing = readelf(path)
        assert elf.elf_needed(path) == re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", listing)
        assert elf.glibc_versions(path) == {f"GLIBC_{v}" for v in re.findall(r"Name: GLIBC_([0-9.]+)", listing)}
        assert elf.has_interpreter(path) == ("INTERP" in listing)
    assert elf.elf_needed(REPO / "README.md") is None


def test_build_runpaths_are_removed_and_the_library_still_loads(tmp_path: Path) -> None:
    original = python_extension()
    copy = tmp_path / original.name
    shutil.copy2(original, copy)
    found = elf.read_dynamic(copy)
    assert found is not None
    if not found.runpath:
        pytest.skip(f"{original} has no RUNPATH on this machine")
    before = readelf(copy)
    removed = elf.drop_build_runpaths(copy)
    after = readelf(copy)
    assert removed and not re.search(r"\((RUNPATH|RPATH)\)", after)
    assert re.findall(r"\(NEEDED\).*", after) == re.findall(r"\(NEEDED\).*", before)  # nothing else moved
    ctypes.CDLL(str(copy))  # the dynamic loader still accepts it
    assert elf.drop_build_runpaths(copy) == []  # a second pass finds nothing


def test_origin_runpaths_are_kept_and_mixed_ones_refused() -> None:
    assert elf.build_paths("$ORIGIN/../lib:$ORIGIN") == []
    assert elf.build_paths("/root/.pyenv/versions/3.11.7/lib") == ["/root/.pyenv/versions/3.11.7/lib"]
    assert elf.version_key("GLIBC_2.36") > elf.version_key("GLIBC_2.4")
