"""The system's credential store behind one small wrapper, and what the database remembers of a verifier put there.

Every call's exception becomes KeyringFailed; `backend_is_usable` tells a real store from keyring's `fail` and
`null` backends and keyrings.alt's plaintext files (Vorta's `is_primary`). The service (security.py) decides what
an answer means; this module only asks. Tests force a known backend: the developer's keychain is never touched.
"""

from __future__ import annotations

import getpass
import hashlib
import logging
import platform
from dataclasses import dataclass
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

SERVICE_NAME = "notalone-desktop"


class KeyringFailed(Exception):
    """The system's keyring raised, was cancelled, or did not give back what was written."""


def keyring_user(data_dir: Path, kind: str = "pin") -> str:
    """The keyring's user name for this data dir: two families on one computer never share an entry."""
    digest = hashlib.sha256(str(data_dir.resolve()).encode("utf-8")).hexdigest()[:16]
    return f"{kind}:{digest}"


def backend_is_usable(backend: Any) -> bool:
    """False for keyring's fail and null backends and for keyrings.alt's plaintext files (no protection)."""
    if backend is None:
        return False
    cls = type(backend)
    module, name = cls.__module__, cls.__name__
    if module.startswith(("keyring.backends.fail", "keyring.backends.null")):
        return False
    if module.startswith("keyrings.alt") and ("Plaintext" in name or "plaintext" in module):
        return False
    if module.startswith("keyring.backends.chainer"):
        return any(backend_is_usable(inner) for inner in getattr(backend, "backends", ()))
    return True


def backend_names(backend: Any) -> list[str]:
    """The usable backends behind `backend` by class (a chainer stands for those it chains), sorted."""
    if not backend_is_usable(backend):
        return []
    cls = type(backend)
    if cls.__module__.startswith("keyring.backends.chainer"):
        return sorted({name for inner in getattr(backend, "backends", ()) for name in backend_names(inner)})
    return [f"{cls.__module__}.{cls.__qualname__}"]


def host_fingerprint() -> str:
    """Who keeps the keyring: this computer and user, hashed (no name is stored). Another value means the data
    dir was copied from elsewhere."""
    try:
        user = getpass.getuser()
    except Exception:  # no user name in the environment or the password database
        user = ""
    return hashlib.sha256(f"{platform.node()}\0{user}".encode()).hexdigest()[:16]


@dataclass(frozen=True)
class KeyringRecord:
    """What the database remembers of a verifier put in the keyring."""

    backends: tuple[str, ...]
    fingerprint: str
    host: str

    @staticmethod
    def read(value: Any) -> KeyringRecord | None:
        if not isinstance(value, dict):
            return None
        backends, fingerprint, host = value.get("backends"), value.get("fingerprint"), value.get("host")
        if not (isinstance(backends, list) and isinstance(fingerprint, str) and isinstance(host, str)):
            return None
        return KeyringRecord(tuple(str(b) for b in backends), fingerprint, host)

    def as_json(self) -> dict[str, Any]:
        return {"backends": list(self.backends), "fingerprint": self.fingerprint, "host": self.host}


class KeyringStore:
    """The small wrapper around `keyring`: every call's exception becomes KeyringFailed, nothing escapes."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir

    def backend(self) -> Any:
        try:
            import keyring

            return keyring.get_keyring()
        except Exception:
            log.warning("the keyring backend could not be loaded", exc_info=True)
            return None

    def is_primary(self) -> bool:
        """True when the system offers a usable credential store (not the fallback in the database)."""
        return backend_is_usable(self.backend())

    def get(self, kind: str) -> str | None:
        try:
            import keyring

            return keyring.get_password(SERVICE_NAME, keyring_user(self.data_dir, kind))
        except Exception as exc:
            raise KeyringFailed(type(exc).__name__) from exc

    def set(self, kind: str, value: str) -> None:
        try:
            import keyring

            keyring.set_password(SERVICE_NAME, keyring_user(self.data_dir, kind), value)
        except Exception as exc:
            raise KeyringFailed(type(exc).__name__) from exc

    def delete(self, kind: str) -> bool:
        """Remove the entry; True when there was one. KeyringFailed when the store did not answer."""
        try:
            import keyring
            from keyring.errors import PasswordDeleteError

            try:
                keyring.delete_password(SERVICE_NAME, keyring_user(self.data_dir, kind))
            except PasswordDeleteError:
                return False
            return True
        except Exception as exc:
            raise KeyringFailed(type(exc).__name__) from exc


def forget_keyring_entries(data_dir: Path) -> list[str]:
    """Erase: remove the data dir's keyring entries (PIN and recovery code), whatever the database says."""
    store = KeyringStore(data_dir)
    if not store.is_primary():
        return []
    removed = []
    for kind in ("pin", "recovery"):
        try:
            if store.delete(kind):
                removed.append(keyring_user(data_dir, kind))
        except KeyringFailed as exc:
            log.warning("the keyring entry could not be removed (%s)", exc)
    return removed
