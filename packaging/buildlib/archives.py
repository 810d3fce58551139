"""Archives that come out byte-identical from equal trees: names sorted, owner root, one time for all."""

from __future__ import annotations

import gzip
import lzma
import os
import tarfile
import time
import zipfile
from pathlib import Path
from typing import Any, BinaryIO

from buildlib.common import tree_files

XZ_PRESET = 6  # dpkg-deb's default level; the bare baseline is compressed alike for comparison


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
    with lzma.open(out, "wb", preset=XZ_PRESET) as xz:
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
