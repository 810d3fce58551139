"""Reading (and in one place editing) ELF files' dynamic sections, with the standard library only.

What the build needs to know about a bundled binary: its direct dependencies (DT_NEEDED), the glibc symbol versions
it asks for (so the .deb can say `libc6 (>= 2.36)`), whether it is a program or a library, and its RUNPATH, which
must not point into the build machine (pyenv's lib-dynload modules carry /root/.pyenv/.../lib).
"""

from __future__ import annotations

import mmap
import re
import struct
from dataclasses import dataclass, field
from pathlib import Path

DT_NULL, DT_NEEDED, DT_STRTAB, DT_RPATH, DT_RUNPATH = 0, 1, 5, 15, 29
DT_VERNEED, DT_VERNEEDNUM = 0x6FFFFFFE, 0x6FFFFFFF
PT_LOAD, PT_DYNAMIC, PT_INTERP = 1, 2, 3
GLIBC_VERSION = re.compile(r"^GLIBC_(\d+(?:\.\d+)+)$")


@dataclass
class Dynamic:
    """What an ELF file's dynamic section says; offsets are file offsets, for editing in place."""

    wide: bool
    order: str
    interpreter: bool = False
    needed: list[str] = field(default_factory=list)
    runpath: list[tuple[int, int, str]] = field(default_factory=list)  # (entry's file offset, tag, value)
    versions: dict[str, set[str]] = field(default_factory=dict)  # library -> symbol versions needed from it
    section: tuple[int, int] | None = None  # (file offset, size) of the dynamic array


def _is_elf(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(4) == b"\x7fELF"


def read_dynamic(path: Path) -> Dynamic | None:
    """The dynamic section of an ELF file, or None for a file that is not ELF."""
    if not path.is_file() or path.is_symlink() or not _is_elf(path):
        return None
    with path.open("rb") as handle, mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as data:
        return _parse(data)


def elf_needed(path: Path) -> list[str] | None:
    """The DT_NEEDED entries of an ELF file (its direct dependencies), or None for a file that is not ELF.

    ldd lists the whole tree instead: for declaring dependencies and for trimming the bundle only the direct ones
    count (libcups is the system's; the TLS libraries behind it are its business, not ours).
    """
    found = read_dynamic(path)
    return None if found is None else found.needed


def has_interpreter(path: Path) -> bool:
    """A program (PT_INTERP: started by the dynamic loader) rather than a shared library."""
    found = read_dynamic(path)
    return bool(found and found.interpreter)


def glibc_versions(path: Path) -> set[str]:
    """The GLIBC_x.y versions the file needs from libc, libm and the other glibc libraries."""
    found = read_dynamic(path)
    if found is None:
        return set()
    return {v for versions in found.versions.values() for v in versions if GLIBC_VERSION.match(v)}


def version_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.removeprefix("GLIBC_").split("."))


def _parse(data: mmap.mmap) -> Dynamic:
    wide, order = data[4] == 2, "<" if data[5] == 1 else ">"
    if wide:
        (phoff,) = struct.unpack_from(order + "Q", data, 0x20)
        phentsize, phnum = struct.unpack_from(order + "HH", data, 0x36)
    else:
        (phoff,) = struct.unpack_from(order + "I", data, 0x1C)
        phentsize, phnum = struct.unpack_from(order + "HH", data, 0x2A)
    result = Dynamic(wide=wide, order=order)
    loads: list[tuple[int, int, int]] = []
    for index in range(phnum):
        at = phoff + index * phentsize
        if wide:
            kind, _flags, offset, vaddr, _paddr, filesz = struct.unpack_from(order + "IIQQQQ", data, at)
        else:
            kind, offset, vaddr, _paddr, filesz = struct.unpack_from(order + "IIIII", data, at)
        if kind == PT_LOAD:  # maps the dynamic section's addresses to file offsets
            loads.append((vaddr, offset, filesz))
        elif kind == PT_DYNAMIC:
            result.section = (offset, filesz)
        elif kind == PT_INTERP:
            result.interpreter = True
    if result.section is None:
        return result

    def file_offset(address: int | None) -> int | None:
        return next((address - v + o for v, o, n in loads if address is not None and v <= address < v + n), None)

    entries: list[tuple[int, int, int]] = []
    size, fmt = (16, order + "qQ") if wide else (8, order + "iI")
    for at in range(result.section[0], result.section[0] + result.section[1], size):
        tag, value = struct.unpack_from(fmt, data, at)
        if tag == DT_NULL:
            break
        entries.append((at, tag, value))
    tags = {tag: value for _at, tag, value in entries}
    strtab = file_offset(tags.get(DT_STRTAB))
    if strtab is None:
        return result

    def string(offset: int) -> str:
        start = strtab + offset
        return bytes(data[start : data.find(b"\0", start)]).decode("utf-8", "replace")

    for at, tag, value in entries:
        if tag == DT_NEEDED:
            result.needed.append(string(value))
        elif tag in (DT_RPATH, DT_RUNPATH):
            result.runpath.append((at, tag, string(value)))
    verneed = file_offset(tags.get(DT_VERNEED))
    for _ in range(tags.get(DT_VERNEEDNUM, 0) if verneed is not None else 0):
        assert verneed is not None
        _version, count, name, aux, following = struct.unpack_from(order + "HHIII", data, verneed)
        library = result.versions.setdefault(string(name), set())
        at = verneed + aux
        for _ in range(count):
            _hash, _flags, _other, vname, vnext = struct.unpack_from(order + "IHHII", data, at)
            library.add(string(vname))
            at += vnext
        if not following:
            break
        verneed += following
    return result


def build_paths(runpath: str) -> list[str]:
    """The parts of a RUNPATH that point into the build machine: anything not relative to the file ($ORIGIN)."""
    return [part for part in runpath.split(":") if part and not part.startswith("$ORIGIN")]


def drop_build_runpaths(path: Path) -> list[str]:
    """Remove RUNPATH/RPATH entries made only of build-machine paths; returns the paths removed.

    The entry is taken out of the dynamic array (the later entries move up one place, as `patchelf --remove-rpath`
    does), so no string has to be rewritten. An entry that mixes $ORIGIN with a build path would need its string
    rewritten: that is refused, so that a new kind of RUNPATH is looked at rather than shipped.
    """
    found = read_dynamic(path)
    if found is None or not found.runpath or found.section is None:
        return []
    doomed = [(at, value) for at, _tag, value in found.runpath if build_paths(value)]
    if not doomed:
        return []
    mixed = [value for _at, value in doomed if len(build_paths(value)) != len(value.split(":"))]
    if mixed:
        raise ValueError(f"{path}: RUNPATH {mixed[0]!r} mixes $ORIGIN with a build-machine path")
    size = 16 if found.wide else 8
    start, length = found.section
    with path.open("r+b") as handle, mmap.mmap(handle.fileno(), 0) as data:
        entries = [bytes(data[at : at + size]) for at in range(start, start + length, size)]
        offsets = {at - start for at, _value in doomed}
        kept = [entry for index, entry in enumerate(entries) if index * size not in offsets]
        kept += [b"\0" * size] * (len(entries) - len(kept))  # DT_NULL fills the tail
        data[start : start + length] = b"".join(kept)
        data.flush()
    return [value for _at, value in doomed]
