"""Install, list and remove content packs: the use cases `notalone pack` and Settings -> "Content updates" share.

An install is checked whole before anything changes: the pack is unpacked into a hidden folder beside the
installed ones (`.incoming-...`), its signature, hashes and content verified, the version compared with the one
installed (never an older one: rollback protection), and only then moved into place with renames. A refusal, a
full disk or a crash leaves the installed packs as they were (a hidden folder left by a crash is tidied at the
next install). Removing a pack removes its files only: the family's ticks, notes and reading progress on its
items and lessons are kept in the family's database by key, and count again when the pack comes back.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from notalone_desktop.core.content.pack import PackManifest, PackRefused
from notalone_desktop.core.content.pack_check import BaseContent, PackContent
from notalone_desktop.core.content.pack_keys import PublicKey
from notalone_desktop.services.packs.archive import Unpacked, unpack
from notalone_desktop.services.packs.checking import base_content, check_unpacked
from notalone_desktop.services.packs.installed import InstalledPack, all_packs, read_pack, usable_packs, write_state
from notalone_desktop.services.packs.locations import SYSTEM, USER, packs_dir
from notalone_desktop.services.packs.trust import TrustedKey, trusted_keys

if TYPE_CHECKING:
    from notalone_desktop.services.content import ContentCatalog

STALE_SECONDS = 600  # a hidden folder this old belongs to an install that did not finish


@dataclass
class PendingInstall:
    """A pack checked and unpacked next to the installed ones, waiting for `commit` (or `discard`)."""

    unpacked: Unpacked
    content: PackContent
    scope: str
    signer: TrustedKey | None  # None: a publisher this app does not know (ask the parent first)
    replaces: InstalledPack | None  # the older version installed in the same folder
    already_installed: bool  # the very same pack is installed: nothing to do
    done: bool = field(default=False)

    @property
    def manifest(self) -> PackManifest:
        return self.unpacked.manifest

    @property
    def trusted(self) -> bool:
        return self.signer is not None

    @property
    def fingerprint(self) -> str:
        return self.unpacked.manifest.public_key.fingerprint

    def commit(self) -> InstalledPack:
        """Move the pack into place (replacing an older version); the installed packs change only here."""
        folder = self.unpacked.folder
        target = folder.parent / self.manifest.pack_id
        write_state(folder, self.unpacked.manifest_bytes, self.trusted)
        old = None
        if target.exists():
            old = folder.parent / f".old-{self.manifest.pack_id}-{os.getpid()}"
            os.replace(target, old)
        os.replace(folder, target)
        self.done = True
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
        _sync_folder(target.parent)
        installed = read_pack(target, self.scope)
        if installed is None:  # cannot happen: it was just written
            raise PackRefused("the pack was installed but cannot be read back")
        return installed

    def discard(self) -> None:
        if not self.done:
            shutil.rmtree(self.unpacked.folder, ignore_errors=True)
            self.done = True


class PackStore:
    """The installed packs of this user and of the machine, over the app's content catalog (which gives the
    trusted keys of this build and the content a pack must fit)."""

    def __init__(self, catalog: ContentCatalog | None = None) -> None:
        if catalog is None:
            from notalone_desktop.services.content import ContentCatalog

            catalog = ContentCatalog.default()
        self.catalog = catalog

    def packs(self) -> list[InstalledPack]:
        """Every installed pack (usable or not), machine-wide ones first, each folder by id."""
        return all_packs()

    def trusted(self) -> dict[str, TrustedKey]:
        return trusted_keys(self.catalog)

    def verify(self, path: Path, key: PublicKey | None = None) -> tuple[PackManifest, PackContent]:
        """Check a pack file whole (signature, hashes, manifest, content) in a scratch folder, installing nothing:
        its manifest and content, or PackRefused."""
        import tempfile

        with tempfile.TemporaryDirectory(prefix="notalone-pack-") as scratch:
            unpacked = unpack(path, Path(scratch) / "pack", key)
            return unpacked.manifest, check_unpacked(unpacked, self._base_without(unpacked.manifest.pack_id))

    def prepare(self, path: Path, scope: str = USER) -> PendingInstall:
        """Check the pack at `path` for installing in `scope`'s folder; PackRefused (nothing changed) when it
        cannot be installed. The caller commits it, after asking the parent when `signer` is None."""
        directory = _ready_folder(scope)
        _tidy(directory)
        incoming = directory / f".incoming-{os.getpid()}-{time.monotonic_ns()}"
        try:
            unpacked = unpack(path, incoming, file_mode=0o644 if scope == SYSTEM else 0o600)
            manifest = unpacked.manifest
            installed = [p for p in all_packs() if p.pack_id == manifest.pack_id]
            same = _compare(unpacked, installed)
            content = check_unpacked(unpacked, self._base_without(manifest.pack_id))
            signer = self.trusted().get(manifest.public_key.fingerprint)
            here = next((p for p in installed if p.scope == scope), None)
            return PendingInstall(unpacked, content, scope, signer, here, same)
        except BaseException:
            shutil.rmtree(incoming, ignore_errors=True)
            raise

    def remove(self, pack_id: str, scope: str = USER) -> InstalledPack:
        directory = packs_dir(scope)
        pack = next((p for p in all_packs() if p.pack_id == pack_id and p.scope == scope), None)
        if pack is None:
            where = "for every user of this computer" if scope == SYSTEM else "for this user"
            others = [p for p in all_packs() if p.pack_id == pack_id]
            hint = " (it is installed for every user: remove it with --system)" if others and scope == USER else ""
            raise PackRefused(f"no pack '{pack_id}' is installed {where}{hint}")
        leaving = directory / f".removing-{pack_id}-{os.getpid()}"
        try:
            os.replace(pack.folder, leaving)
        except PermissionError as exc:
            raise PackRefused(_not_writable(directory, scope)) from exc
        shutil.rmtree(leaving, ignore_errors=True)
        _sync_folder(directory)
        return pack

    def _base_without(self, pack_id: str) -> BaseContent:
        """The content a pack must fit: the shipped content and every other installed pack."""
        from notalone_desktop.services.content import ContentCatalog

        others = [p for p in usable_packs() if p.pack_id != pack_id]
        if others == list(self.catalog.packs):
            return base_content(self.catalog)  # what the window shows now: parsed already
        return base_content(ContentCatalog(self.catalog.base_roots, self.catalog.cache_dir, others))


def _compare(unpacked: Unpacked, installed: list[InstalledPack]) -> bool:
    """True when this very pack is installed already; PackRefused for one that must not replace what is there."""
    manifest = unpacked.manifest
    for pack in installed:
        if pack.fingerprint != manifest.public_key.fingerprint:
            raise PackRefused(
                f"a pack with the id '{manifest.pack_id}' by another publisher ({pack.publisher}, key "
                f"{pack.fingerprint}) is installed; remove it first"
            )
        if pack.version > manifest.version:
            raise PackRefused(
                f"it is version {manifest.version} of '{manifest.pack_id}', older than the installed version "
                f"{pack.version}: Not Alone never goes back to an older version of a pack"
            )
        if pack.version == manifest.version and pack.usable:
            same = (pack.folder / "manifest.json").read_bytes() == unpacked.manifest_bytes
            if not same:
                raise PackRefused(
                    f"version {manifest.version} of '{manifest.pack_id}' is installed with other content; a changed "
                    "pack needs a new version number"
                )
            return True
    return False


def _ready_folder(scope: str) -> Path:
    directory = packs_dir(scope)
    try:
        directory.mkdir(mode=0o755 if scope == SYSTEM else 0o700, parents=True, exist_ok=True)
        probe = directory / f".probe-{os.getpid()}"
        probe.mkdir()
        probe.rmdir()
    except PermissionError as exc:
        raise PackRefused(_not_writable(directory, scope)) from exc
    except OSError as exc:
        raise PackRefused(f"the pack folder {directory} cannot be used ({exc.strerror or type(exc).__name__})") from exc
    return directory


def _not_writable(directory: Path, scope: str) -> str:
    if scope == SYSTEM:
        return f"the folder for every user's packs ({directory}) can only be changed by an administrator"
    return f"the pack folder {directory} cannot be written"


def _tidy(directory: Path) -> None:
    """Finish what a crash interrupted: an old version moved aside comes back if its replacement never arrived;
    hidden folders of installs and removals that did not finish are removed."""
    now = time.time()
    with contextlib.suppress(OSError):
        for entry in os.scandir(directory):
            if not entry.is_dir() or not entry.name.startswith((".incoming-", ".old-", ".removing-")):
                continue
            if now - entry.stat().st_mtime < STALE_SECONDS:
                continue  # perhaps another install running now
            path = Path(entry.path)
            if entry.name.startswith(".old-"):
                pack_id = entry.name.removeprefix(".old-").rsplit("-", 1)[0]
                if not (directory / pack_id).exists():
                    os.replace(path, directory / pack_id)
                    continue
            shutil.rmtree(path, ignore_errors=True)


def _sync_folder(directory: Path) -> None:
    if hasattr(os, "O_DIRECTORY"):
        with contextlib.suppress(OSError):
            fd = os.open(directory, os.O_RDONLY | os.O_DIRECTORY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)


__all__ = ["SYSTEM", "USER", "PackStore", "PendingInstall"]
