"""The parent PIN: stored only as a verifier (salt + scrypt), in the system's keyring where there is one.

The PIN keeps a child at the keyboard from changing the checklist, the contacts, the children or the settings.
It does not encrypt anything: the data file on disk is readable by whoever can read the user's files.

Where the system offers no usable credential store (keyring's `fail` or `null` backends, or the plaintext files
of keyrings.alt), the verifier is kept in the database's `setting` table instead, and `store` says so, like
Vorta's `is_primary`. Wrong PINs are slowed down with an exponential back-off whose counter lives in the
database, so that restarting the app does not reset it. Nothing here ever logs a PIN or a recovery code.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import json
import logging
import secrets
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select

from notalone_desktop.core.errors import ValidationError
from notalone_desktop.services.overview import PIN_STORE_SETTING
from notalone_desktop.storage.database import Database
from notalone_desktop.storage.models import Setting, utcnow

log = logging.getLogger(__name__)

SERVICE_NAME = "notalone-desktop"
SCRYPT_LOG_N = 17  # n = 2**17, r = 8: 128 MiB of memory per hash
SCRYPT_R = 8
SCRYPT_P = 1
SCRYPT_MAXMEM = 256 * 1024 * 1024  # the default (32 MiB) is too small for n = 2**17 and would fail
SALT_BYTES = 16
HASH_BYTES = 32
MAX_BACKOFF_SECONDS = 15 * 60
PIN_DIGITS = (4, 8)
PASSPHRASE_MIN = 8
PASSPHRASE_MAX = 256
# No 0/O, 1/I/L: a code read off paper months later must not be mistyped.
RECOVERY_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
RECOVERY_GROUPS = 4
RECOVERY_GROUP_LENGTH = 4
DEFAULT_IDLE_MINUTES = 10

# Settings keys. Everything under "security." is secret-adjacent: never exported, removed by erase.
STORE_KEY = PIN_STORE_SETTING  # "keyring" or "database"; absent: no PIN
PIN_VERIFIER_KEY = "security.pin_verifier"  # only when the store is the database
RECOVERY_VERIFIER_KEY = "security.recovery_verifier"  # only when the store is the database
FAILURES_KEY = "security.failures"
LAST_FAILURE_KEY = "security.last_failure"
IDLE_MINUTES_KEY = "lock.idle_minutes"
SECRET_PREFIX = "security."


class PinProblem(ValidationError):
    """A PIN or code that cannot be used, or a store that did not take it; `code` lets the window translate."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message, "pin")
        self.code = code


class KeyringFailed(Exception):
    """The system's keyring raised, was cancelled, or did not give back what was written."""


@dataclass(frozen=True)
class Attempt:
    """The result of checking a PIN or a recovery code."""

    ok: bool
    wait: float = 0.0  # seconds until the next try is allowed
    checked: bool = True  # False: not checked at all (back-off still running, or the store did not answer)
    store_failed: bool = False  # the keyring did not answer: nothing was counted against the parent
    missing: bool = False  # the keyring answered, but holds no verifier for this data dir (copied files?)


@dataclass(frozen=True)
class LockState:
    has_pin: bool
    store: str | None  # "keyring", "database" or None
    failures: int
    wait: float  # seconds until the next try is allowed


# Verifiers ---------------------------------------------------------------------------------------------------


def check_pin_rules(pin: str) -> str:
    """The PIN as it will be hashed (NFC), or PinProblem: 4 to 8 digits, or a passphrase of 8 or more."""
    text = unicodedata.normalize("NFC", pin)
    if text.isascii() and text.isdigit():
        low, high = PIN_DIGITS
        if low <= len(text) <= high:
            return text
        if len(text) < low:
            raise PinProblem("pin-short", f"A PIN has at least {low} digits.")
    if not text.strip():
        raise PinProblem("pin-empty", "Enter a PIN of 4 to 8 digits, or a passphrase of 8 or more characters.")
    if len(text) < PASSPHRASE_MIN:
        raise PinProblem(
            "pin-rules", "Use 4 to 8 digits, or a passphrase of at least 8 characters (letters, digits, spaces)."
        )
    if len(text) > PASSPHRASE_MAX:
        raise PinProblem("pin-long", f"A passphrase can have at most {PASSPHRASE_MAX} characters.")
    return text


def make_verifier(secret: str, log_n: int = SCRYPT_LOG_N) -> str:
    salt = secrets.token_bytes(SALT_BYTES)
    digest = _scrypt(secret, salt, log_n, SCRYPT_R, SCRYPT_P)
    return "$".join(
        ("scrypt", str(log_n), str(SCRYPT_R), str(SCRYPT_P), _b64(salt), _b64(digest)),
    )


def check_verifier(verifier: str, secret: str) -> bool:
    """True when `secret` matches; a verifier that cannot be read matches nothing."""
    try:
        kind, log_n, r, p, salt, expected = verifier.split("$")
        n_log, r_int, p_int = int(log_n), int(r), int(p)
        if kind != "scrypt" or not (10 <= n_log <= 20 and 1 <= r_int <= 16 and p_int == 1):
            return False
        digest = _scrypt(secret, base64.b64decode(salt), n_log, r_int, p_int)
        return hmac.compare_digest(digest, base64.b64decode(expected))
    except (ValueError, TypeError):
        return False


def _scrypt(secret: str, salt: bytes, log_n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(
        secret.encode("utf-8"), salt=salt, n=2**log_n, r=r, p=p, maxmem=SCRYPT_MAXMEM, dklen=HASH_BYTES
    )


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def new_recovery_code() -> str:
    groups = (
        "".join(secrets.choice(RECOVERY_ALPHABET) for _ in range(RECOVERY_GROUP_LENGTH)) for _ in range(RECOVERY_GROUPS)
    )
    return "-".join(groups)


def normalise_recovery_code(code: str) -> str:
    """The code as it is hashed: upper case, without the spaces or dashes people type between the groups."""
    return "".join(ch for ch in code.upper() if ch.isascii() and ch.isalnum())


def backoff_seconds(failures: int) -> float:
    """1 s after the first wrong PIN, then 2, 4, 8 ... up to 15 minutes."""
    if failures <= 0:
        return 0.0
    return float(min(2 ** min(failures - 1, 30), MAX_BACKOFF_SECONDS))


# The keyring -------------------------------------------------------------------------------------------------


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


# The service -------------------------------------------------------------------------------------------------


class SecurityService:
    def __init__(
        self,
        database: Database,
        keyring_store: KeyringStore | None = None,
        scrypt_log_n: int = SCRYPT_LOG_N,
    ) -> None:
        self._db = database
        self.keyring = keyring_store or KeyringStore(database.directory)
        self._log_n = scrypt_log_n  # tests may use a cheaper hash; the verifier records its own cost

    # Reading -------------------------------------------------------------------------------------------------

    def store(self) -> str | None:
        """Where the verifiers are: "keyring", "database", or None when no PIN is set."""
        value = self._get(STORE_KEY)
        return value if value in ("keyring", "database") else None

    def has_pin(self) -> bool:
        return self.store() is not None

    def state(self, now: dt.datetime | None = None) -> LockState:
        values = self._get_many((STORE_KEY, FAILURES_KEY, LAST_FAILURE_KEY))
        store = values.get(STORE_KEY)
        failures = _int(values.get(FAILURES_KEY))
        wait = _remaining(failures, values.get(LAST_FAILURE_KEY), now or utcnow())
        return LockState(store in ("keyring", "database"), store, failures, wait)

    def wait_seconds(self, now: dt.datetime | None = None) -> float:
        return self.state(now).wait

    def keyring_available(self) -> bool:
        """Whether a new PIN would go into the system's credential store (no secret is read)."""
        return self.keyring.is_primary()

    def idle_minutes(self) -> int:
        value = self._get(IDLE_MINUTES_KEY)
        return value if isinstance(value, int) and 1 <= value <= 240 else DEFAULT_IDLE_MINUTES

    def set_idle_minutes(self, minutes: int) -> None:
        if not 1 <= minutes <= 240:
            raise ValidationError("Choose from 1 to 240 minutes.", "idle")
        self._set({IDLE_MINUTES_KEY: minutes})

    # Checking ------------------------------------------------------------------------------------------------

    def verify_pin(self, pin: str, now: dt.datetime | None = None) -> Attempt:
        return self._attempt("pin", unicodedata.normalize("NFC", pin), now)

    def verify_recovery_code(self, code: str, now: dt.datetime | None = None) -> Attempt:
        return self._attempt("recovery", normalise_recovery_code(code), now)

    def _attempt(self, kind: str, secret: str, now: dt.datetime | None) -> Attempt:
        now = now or utcnow()
        state = self.state(now)
        if not state.has_pin:
            return Attempt(True)
        if state.wait > 0:
            return Attempt(False, state.wait, checked=False)
        try:
            verifier = self._read_verifier(kind, state.store)
        except KeyringFailed as exc:
            log.warning("the keyring did not answer while checking a %s (%s)", kind, exc)
            return Attempt(False, 0.0, checked=False, store_failed=True)
        if verifier is None and state.store == "keyring" and kind == "pin":
            # The store answers but has no entry for this data dir: the files were copied from another computer,
            # or the keychain was reset. Nothing can be checked; the caller decides (see forget_lost_pin).
            log.warning("the keyring holds no PIN verifier for this data dir")
            return Attempt(False, 0.0, checked=False, missing=True)
        if verifier is not None and secret and check_verifier(verifier, secret):
            self._set({FAILURES_KEY: 0}, remove=(LAST_FAILURE_KEY,))
            return Attempt(True)
        failures = self._count_failure(now)
        log.info("a wrong %s was entered (%d in a row)", "PIN" if kind == "pin" else "recovery code", failures)
        return Attempt(False, backoff_seconds(failures))

    def _count_failure(self, now: dt.datetime) -> int:
        with self._db.session() as session:
            row = session.get(Setting, FAILURES_KEY)
            failures = _int(json.loads(row.value)) + 1 if row else 1
            session.merge(Setting(key=FAILURES_KEY, value=json.dumps(failures)))
            session.merge(Setting(key=LAST_FAILURE_KEY, value=json.dumps(now.isoformat())))
        return failures

    def _read_verifier(self, kind: str, store: str | None) -> str | None:
        if store == "keyring":
            return self.keyring.get(kind)
        value = self._get(PIN_VERIFIER_KEY if kind == "pin" else RECOVERY_VERIFIER_KEY)
        return value if isinstance(value, str) else None

    # Changing ------------------------------------------------------------------------------------------------

    def set_pin(self, pin: str) -> str:
        """Set (or replace) the PIN; returns a new recovery code, to be shown once and never stored as such.

        The new verifiers are written first and read back; only then is the old PIN's store cleared. If the
        keyring fails or a prompt is cancelled, PinProblem says so and the old PIN still works.
        """
        secret = check_pin_rules(pin)
        code = new_recovery_code()
        pin_verifier = make_verifier(secret, self._log_n)
        code_verifier = make_verifier(normalise_recovery_code(code), self._log_n)
        before = self.store()
        if self.keyring.is_primary():
            self._write_keyring(pin_verifier, code_verifier, before)
            self._set(
                {STORE_KEY: "keyring", FAILURES_KEY: 0},
                remove=(PIN_VERIFIER_KEY, RECOVERY_VERIFIER_KEY, LAST_FAILURE_KEY),
            )
        else:
            self._set(
                {
                    PIN_VERIFIER_KEY: pin_verifier,
                    RECOVERY_VERIFIER_KEY: code_verifier,
                    STORE_KEY: "database",
                    FAILURES_KEY: 0,
                },
                remove=(LAST_FAILURE_KEY,),
            )
            if before == "keyring":
                self._forget_keyring()
        log.info("the parent PIN was set (stored in the %s)", self.store())
        return code

    def _write_keyring(self, pin_verifier: str, code_verifier: str, before: str | None) -> None:
        old: dict[str, str | None] = {}
        try:
            if before == "keyring":
                old = {kind: self.keyring.get(kind) for kind in ("pin", "recovery")}
            self.keyring.set("pin", pin_verifier)
            self.keyring.set("recovery", code_verifier)
            if self.keyring.get("pin") != pin_verifier or self.keyring.get("recovery") != code_verifier:
                raise KeyringFailed("read-back mismatch")
        except KeyringFailed as exc:
            log.warning("the keyring did not store the new PIN (%s); the old one is kept", exc)
            for kind, value in old.items():
                if value is not None:
                    try:
                        self.keyring.set(kind, value)
                    except KeyringFailed:
                        log.warning("the old %s could not be written back to the keyring", kind)
            raise PinProblem(
                "store-failed",
                "The system's password store did not save the PIN (it may be locked, or the request was "
                "cancelled). Nothing was changed.",
            ) from exc

    def reset_with_recovery_code(self, code: str, new_pin: str, now: dt.datetime | None = None) -> tuple[Attempt, str]:
        """Check the recovery code and, when it matches, set `new_pin`: (the attempt, the new recovery code)."""
        check_pin_rules(new_pin)  # refuse a bad new PIN before spending an attempt
        attempt = self.verify_recovery_code(code, now)
        if not attempt.ok:
            return attempt, ""
        return attempt, self.set_pin(new_pin)

    def remove_pin(self) -> None:
        """No PIN any more (the caller made sure the parent is there): verifiers and counters go."""
        before = self.store()
        self._set(
            {},
            remove=(STORE_KEY, PIN_VERIFIER_KEY, RECOVERY_VERIFIER_KEY, FAILURES_KEY, LAST_FAILURE_KEY),
        )
        if before == "keyring":
            self._forget_keyring()
        log.info("the parent PIN was removed")

    def _forget_keyring(self) -> list[str]:
        """Remove this data dir's keyring entries; the names of those removed. Errors are logged, not raised."""
        removed = []
        for kind in ("pin", "recovery"):
            try:
                if self.keyring.delete(kind):
                    removed.append(kind)
            except KeyringFailed as exc:
                log.warning("the keyring entry could not be removed (%s)", exc)
        return removed

    # Settings rows -------------------------------------------------------------------------------------------

    def _get(self, key: str) -> Any:
        return self._get_many((key,)).get(key)

    def _get_many(self, keys: tuple[str, ...]) -> dict[str, Any]:
        with self._db.session() as session:
            rows = session.scalars(select(Setting).where(Setting.key.in_(keys))).all()
            return {row.key: json.loads(row.value) for row in rows}

    def _set(self, values: dict[str, Any], remove: tuple[str, ...] = ()) -> None:
        """Write and remove settings rows in one transaction."""
        with self._db.session() as session:
            for key, value in values.items():
                session.merge(Setting(key=key, value=json.dumps(value)))
            if remove:
                session.execute(delete(Setting).where(Setting.key.in_(remove)))


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


def _int(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else 0


def _remaining(failures: int, last: Any, now: dt.datetime) -> float:
    if failures <= 0 or not isinstance(last, str):
        return 0.0
    try:
        when = dt.datetime.fromisoformat(last)
    except ValueError:
        return backoff_seconds(failures)
    if when.tzinfo is not None:
        when = when.astimezone(dt.UTC).replace(tzinfo=None)
    delay = backoff_seconds(failures)
    elapsed = (now - when).total_seconds()
    # A clock turned back must not lengthen the wait beyond one back-off period.
    return max(0.0, min(delay, delay - elapsed))
