"""Keyring backends for the tests: the suite never touches the developer's own keychain.

In-process tests install one with `keyring.set_keyring`; subprocesses get one through the keyring library's own
`PYTHON_KEYRING_BACKEND` variable (FileKeyring, whose entries live in the JSON file named by
NOTALONE_TEST_KEYRING_FILE).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import KeyringError, KeyringLocked, PasswordDeleteError


class MemoryKeyring(KeyringBackend):
    """A real keyring backend holding its entries in a dict."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.entries.pop((service, username), None) is None:
            raise PasswordDeleteError("no such entry")


class BrokenKeyring(KeyringBackend):
    """A backend that raises on every call, like a locked store whose unlock prompt was cancelled."""

    priority = 1  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        raise KeyringLocked("the prompt was cancelled")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise KeyringError("the store refused the entry")

    def delete_password(self, service: str, username: str) -> None:
        raise RuntimeError("the store crashed")


class FlakyKeyring(MemoryKeyring):
    """Works for reading; writing fails while `failing` is set (the old entries must survive)."""

    failing = False

    def set_password(self, service: str, username: str, password: str) -> None:
        if self.failing:
            raise KeyringError("write refused")
        super().set_password(service, username, password)


class LyingKeyring(MemoryKeyring):
    """Accepts writes of new values but reads back something else: the read-back check must notice."""

    def get_password(self, service: str, username: str) -> str | None:
        value = super().get_password(service, username)
        return None if value is None else value + "-garbled"


class FileKeyring(KeyringBackend):
    """For subprocesses: entries in the JSON file named by NOTALONE_TEST_KEYRING_FILE."""

    priority = 1  # type: ignore[assignment]

    @staticmethod
    def _path() -> Path:
        return Path(os.environ["NOTALONE_TEST_KEYRING_FILE"])

    def _load(self) -> dict[str, str]:
        try:
            data = json.loads(self._path().read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        return {str(k): str(v) for k, v in data.items()}

    def _save(self, entries: dict[str, str]) -> None:
        self._path().write_text(json.dumps(entries), encoding="utf-8")

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}/{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        entries = self._load()
        entries[f"{service}/{username}"] = password
        self._save(entries)

    def delete_password(self, service: str, username: str) -> None:
        entries = self._load()
        if entries.pop(f"{service}/{username}", None) is None:
            raise PasswordDeleteError("no such entry")
        self._save(entries)


def file_keyring_env(path: Path) -> dict[str, str]:
    """Environment for a subprocess that must use FileKeyring at `path` (and can import the tests package)."""
    repo = str(Path(__file__).resolve().parents[2])
    pythonpath = os.pathsep.join(p for p in (repo, os.environ.get("PYTHONPATH", "")) if p)
    return {
        "PYTHON_KEYRING_BACKEND": "tests.reliability.fake_keyring.FileKeyring",
        "NOTALONE_TEST_KEYRING_FILE": str(path),
        "PYTHONPATH": pythonpath,
    }
