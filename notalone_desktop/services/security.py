"""The parent PIN: stored only as a verifier (salt + scrypt), in the system's keyring where there is one.

The PIN keeps a child at the keyboard from changing the checklist, the contacts, the children or the settings.
It does not encrypt anything: the data file on disk is readable by whoever can read the user's files.

Where the system offers no usable credential store (keyring's `fail` or `null` backends, or the plaintext files
of keyrings.alt), the verifier is kept in the database's `setting` table instead, and `store` says so, like
Vorta's `is_primary`. Wrong PINs are slowed down with an exponential back-off whose counter lives in the
database, so that restarting the app does not reset it. Nothing here ever logs a PIN or a recovery code.

A keyring that answers "nothing" is not proof that the PIN is gone. The database remembers that the verifier was
put in the keyring (which backend, a fingerprint of the verifier, a fingerprint of the computer and user), so
that a null or failing backend after a real one reads as "the keyring is not available" (nothing can be checked,
nothing is removed), and only a real keyring with no entry, or another computer, reads as "not in this keyring".
Even then the lock goes only with the recovery code (whose verifier is in the database: 16 random characters,
too many to guess from a copy of the file) or a parent's explicit decision (`remove_lost_pin`), never by a PIN.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import unicodedata
from dataclasses import dataclass
from typing import Any

from notalone_desktop.core.clock import utcnow
from notalone_desktop.core.errors import ValidationError
from notalone_desktop.core.pin import (
    SCRYPT_LOG_N,
    backoff_seconds,
    check_verifier,
    is_verifier,
    make_verifier,
    new_recovery_code,
    normalise_recovery_code,
    verifier_fingerprint,
)
from notalone_desktop.core.pin import PinProblem as PinProblem  # the window takes these two from here
from notalone_desktop.core.pin import check_pin_rules as check_pin_rules
from notalone_desktop.core.safe_read import parse_utc_time
from notalone_desktop.services.keyring_store import SERVICE_NAME as SERVICE_NAME
from notalone_desktop.services.keyring_store import (
    KeyringFailed,
    KeyringRecord,
    KeyringStore,
    backend_is_usable,
    backend_names,
    host_fingerprint,
)
from notalone_desktop.services.keyring_store import forget_keyring_entries as forget_keyring_entries
from notalone_desktop.services.keyring_store import keyring_user as keyring_user
from notalone_desktop.services.overview import PIN_STORE_SETTING
from notalone_desktop.services.settings import put_setting
from notalone_desktop.storage.database import Database

log = logging.getLogger(__name__)

DEFAULT_IDLE_MINUTES = 10

# Settings keys. Everything under "security." is secret-adjacent: never exported, removed by erase.
STORE_KEY = PIN_STORE_SETTING  # "keyring" or "database"; absent: no PIN
PIN_VERIFIER_KEY = "security.pin_verifier"  # only when the store is the database
# The recovery code's verifier: in the database whatever the store (PINs set before this were kept in the keyring).
RECOVERY_VERIFIER_KEY = "security.recovery_verifier"
# When the store is the keyring: {"backends": [...], "fingerprint": ..., "host": ...} (see KeyringRecord).
KEYRING_RECORD_KEY = "security.keyring_record"
FAILURES_KEY = "security.failures"
# Keyring entries (["pin", "recovery"]) of a PIN that moved to the database, or was removed, while the keyring
# could not be reached: removed at the next contact with a usable keyring (a right PIN, a new PIN, removal).
KEYRING_LEFTOVER_KEY = "security.keyring_leftover"
LAST_FAILURE_KEY = "security.last_failure"
IDLE_MINUTES_KEY = "lock.idle_minutes"
SECRET_PREFIX = "security."


@dataclass(frozen=True)
class Attempt:
    """The result of checking a PIN or a recovery code."""

    ok: bool
    wait: float = 0.0  # seconds until the next try is allowed
    checked: bool = True  # False: not checked at all (back-off still running, or the store did not answer)
    store_failed: bool = False  # the keyring raised or gave back garbage: nothing was counted against the parent
    unavailable: bool = False  # the keyring that holds the verifier is not there now (null/fail backend, another)
    missing: bool = False  # a real keyring answered, with no verifier for this data dir (copied files?)


@dataclass(frozen=True)
class LockState:
    has_pin: bool
    store: str | None  # "keyring", "database" or None
    failures: int
    wait: float  # seconds until the next try is allowed


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
        failures = _failures(values)
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
            last = parse_utc_time(self._get(LAST_FAILURE_KEY))
            if last is None or last > now:
                # A time that cannot be read, or lies ahead (a clock turned back): the wait starts again now, so
                # that it ends, instead of never ending (the counter and its back-off stay).
                self._set({LAST_FAILURE_KEY: now.isoformat()})
            return Attempt(False, state.wait, checked=False)
        found = self._read_verifier(kind, state.store)
        if isinstance(found, Attempt):
            return found
        if secret and check_verifier(found, secret):
            self._set({FAILURES_KEY: 0}, remove=(LAST_FAILURE_KEY,))
            if kind == "pin" and state.store == "keyring":
                self._note_keyring_pin(found)
            self._clean_keyring_leftovers()
            return Attempt(True)
        failures = self._count_failure(now)
        log.info("a wrong %s was entered (%d in a row)", "PIN" if kind == "pin" else "recovery code", failures)
        return Attempt(False, backoff_seconds(failures))

    def _count_failure(self, now: dt.datetime) -> int:
        with self._db.write() as sql:
            row = sql.execute("SELECT value FROM setting WHERE key = ?", (FAILURES_KEY,)).fetchone()
            failures = _int(_loads(row[0])) + 1 if row else 1
            put_setting(sql, FAILURES_KEY, json.dumps(failures))
            put_setting(sql, LAST_FAILURE_KEY, json.dumps(now.isoformat()))
        return failures

    def _read_verifier(self, kind: str, store: str | None) -> str | Attempt:
        """The verifier to check `kind` against, or the Attempt that says why nothing can be checked."""
        if kind == "recovery" or store == "database":
            value = self._get(PIN_VERIFIER_KEY if kind == "pin" else RECOVERY_VERIFIER_KEY)
            if isinstance(value, str):
                return value
            if store == "database":
                return ""  # no verifier: nothing matches, and the try counts like any other
        return self._read_keyring(kind)  # the PIN, or the recovery code of a PIN set before it moved here

    def _read_keyring(self, kind: str) -> str | Attempt:
        """The keyring's verifier, or why there is none: not available now, failed, or not in this keyring."""
        status = self.keyring_status()
        if status != "answers":
            log.warning("the keyring cannot check the %s now (%s)", kind, status)
            return Attempt(False, checked=False, unavailable=status == "unavailable", missing=status == "elsewhere")
        try:
            value = self.keyring.get(kind)
        except KeyringFailed as exc:
            log.warning("the keyring did not answer while checking a %s (%s)", kind, exc)
            return Attempt(False, checked=False, store_failed=True)
        if value is None:
            return self._nothing_in_keyring(kind)
        if not is_verifier(value):
            log.warning("the keyring gave back something that is not a verifier for the %s", kind)
            return Attempt(False, checked=False, store_failed=True)
        record = self._keyring_record()
        if kind == "pin" and record is not None and record.fingerprint != verifier_fingerprint(value):
            # Not the verifier written with this database (a backup restored after the PIN was changed?): it is
            # still this data dir's entry in this keyring, so it is checked, and a wrong PIN still counts.
            log.info("the keyring holds another PIN verifier than the database noted")
        return value

    def keyring_status(self) -> str:
        """For a PIN kept in the keyring: "answers" (a usable keyring, reading it means something), "unavailable"
        (a null or failing backend, or another store than the one that took the PIN, on the computer that set it:
        nothing can be said of the PIN), or "elsewhere" (the files come from another computer or user, whose
        keyring is not here)."""
        record = self._keyring_record()
        moved = record is not None and record.host != host_fingerprint()
        backend = self.keyring.backend()
        if not backend_is_usable(backend):
            return "elsewhere" if moved else "unavailable"
        return "answers"

    def _nothing_in_keyring(self, kind: str) -> Attempt:
        """A usable keyring answered None. On the computer that set the PIN, a store other than the one that took
        it means that one is not reachable now; the same store (or no record: a PIN set before records) means the
        entry is not in this keyring: copied files, or a keychain that was reset."""
        record = self._keyring_record()
        here = set(backend_names(self.keyring.backend()))
        if record is not None and record.host == host_fingerprint() and not set(record.backends) & here:
            log.warning("the keyring in use is not the one that holds the %s", kind)
            return Attempt(False, checked=False, unavailable=True)
        log.warning("the keyring holds no %s verifier for this data dir", kind)
        return Attempt(False, checked=False, missing=True)

    def pin_is_lost(self) -> bool:
        """True when the PIN can never be checked here: kept in a keyring that has no entry for these files (or on
        another computer). Not when the keyring is only unavailable now."""
        if self.store() != "keyring":
            return False
        found = self._read_keyring("pin")
        return isinstance(found, Attempt) and found.missing

    def remove_lost_pin(self) -> bool:
        """A parent's explicit decision, after the window explained it: remove a lock that can never be checked
        here (see pin_is_lost). Refused (False) when the keyring is only unavailable or the PIN can be checked."""
        if not self.pin_is_lost():
            return False
        log.warning("the parent PIN could not be checked on this computer and was removed by a parent's decision")
        self.remove_pin()
        return True

    def _keyring_record(self) -> KeyringRecord | None:
        return KeyringRecord.read(self._get(KEYRING_RECORD_KEY))

    def _note_keyring_pin(self, verifier: str) -> None:
        """After a right PIN from the keyring: remember where it is kept (PINs set before this was noted get their
        record now), and bring an older PIN's recovery verifier into the database."""
        record = KeyringRecord(
            tuple(backend_names(self.keyring.backend())), verifier_fingerprint(verifier), host_fingerprint()
        )
        values: dict[str, Any] = {}
        if self._keyring_record() != record:
            values[KEYRING_RECORD_KEY] = record.as_json()
        if not isinstance(self._get(RECOVERY_VERIFIER_KEY), str):
            try:
                code_verifier = self.keyring.get("recovery")
            except KeyringFailed:
                code_verifier = None
            if code_verifier is not None and is_verifier(code_verifier):
                values[RECOVERY_VERIFIER_KEY] = code_verifier
        if values:
            self._set(values)

    # Changing ------------------------------------------------------------------------------------------------

    def set_pin(self, pin: str) -> str:
        """Set (or replace) the PIN; returns a new recovery code, to be shown once and never stored as such.

        The new PIN's verifier is written first and read back; only then is the old PIN's store cleared. If the
        keyring fails or a prompt is cancelled, PinProblem says so and the old PIN still works. The recovery code's
        verifier goes into the database in every case (it cannot be guessed from there, and it must still work
        when the keyring does not).
        """
        secret = check_pin_rules(pin)
        code = new_recovery_code()
        pin_verifier = make_verifier(secret, self._log_n)
        code_verifier = make_verifier(normalise_recovery_code(code), self._log_n)
        before = self.store()
        if self.keyring.is_primary():
            self._write_keyring(pin_verifier, before)
            record = KeyringRecord(
                tuple(backend_names(self.keyring.backend())), verifier_fingerprint(pin_verifier), host_fingerprint()
            )
            self._set(
                {
                    STORE_KEY: "keyring",
                    RECOVERY_VERIFIER_KEY: code_verifier,
                    KEYRING_RECORD_KEY: record.as_json(),
                    FAILURES_KEY: 0,
                },
                remove=(PIN_VERIFIER_KEY, LAST_FAILURE_KEY, KEYRING_LEFTOVER_KEY),  # the new PIN replaced them
            )
            self._forget_keyring(("recovery",))  # an older PIN's code, kept there before it moved to the database
        else:
            self._set(
                {
                    PIN_VERIFIER_KEY: pin_verifier,
                    RECOVERY_VERIFIER_KEY: code_verifier,
                    STORE_KEY: "database",
                    FAILURES_KEY: 0,
                },
                remove=(LAST_FAILURE_KEY, KEYRING_RECORD_KEY),
            )
            if before == "keyring":
                self._forget_keyring()
            else:
                self._clean_keyring_leftovers()
        log.info("the parent PIN was set (stored in the %s)", self.store())
        return code

    def _write_keyring(self, pin_verifier: str, before: str | None) -> None:
        old: str | None = None
        try:
            if before == "keyring":
                old = self.keyring.get("pin")
            self.keyring.set("pin", pin_verifier)
            if self.keyring.get("pin") != pin_verifier:
                raise KeyringFailed("read-back mismatch")
        except KeyringFailed as exc:
            log.warning("the keyring did not store the new PIN (%s); the old one is kept", exc)
            if old is not None:
                try:
                    self.keyring.set("pin", old)
                except KeyringFailed:
                    log.warning("the old PIN could not be written back to the keyring")
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
            remove=(
                STORE_KEY,
                PIN_VERIFIER_KEY,
                RECOVERY_VERIFIER_KEY,
                KEYRING_RECORD_KEY,
                FAILURES_KEY,
                LAST_FAILURE_KEY,
            ),
        )
        if before == "keyring":
            self._forget_keyring()
        else:
            self._clean_keyring_leftovers()
        log.info("the parent PIN was removed")

    def _forget_keyring(self, kinds: tuple[str, ...] = ("pin", "recovery")) -> list[str]:
        """Remove this data dir's keyring entries; the names of those removed. Errors are logged, not raised.

        A keyring that cannot be reached now (a null or failing backend, a locked store) may still hold them: the
        database notes which, and the next contact with a usable keyring removes them (_clean_keyring_leftovers).
        """
        removed, left = [], []
        usable = self.keyring.is_primary()
        for kind in kinds:
            if not usable:
                left.append(kind)
                continue
            try:
                if self.keyring.delete(kind):
                    removed.append(kind)
            except KeyringFailed as exc:
                log.warning("the keyring entry could not be removed (%s)", exc)
                left.append(kind)
        noted = self._get(KEYRING_LEFTOVER_KEY)
        earlier = [k for k in noted if k in ("pin", "recovery")] if isinstance(noted, list) else []
        still = sorted((set(earlier) - set(kinds) - set(removed)) | set(left))
        if still:
            log.info("%d keyring entries are left for the next time the keyring answers", len(still))
            self._set({KEYRING_LEFTOVER_KEY: still})
        elif noted is not None:
            self._set({}, remove=(KEYRING_LEFTOVER_KEY,))
        return removed

    def _clean_keyring_leftovers(self) -> None:
        """Remove the keyring entries noted by _forget_keyring, once a usable keyring answers. Never while the
        PIN itself is kept in the keyring: its entry is the PIN now, not a leftover."""
        noted = self._get(KEYRING_LEFTOVER_KEY)
        if noted is None:
            return
        kept = ("pin",) if self.store() == "keyring" else ()
        kinds = tuple(k for k in ("pin", "recovery") if isinstance(noted, list) and k in noted and k not in kept)
        if not kinds:
            self._set({}, remove=(KEYRING_LEFTOVER_KEY,))
        elif self.keyring.is_primary():
            self._forget_keyring(kinds)

    # Settings rows -------------------------------------------------------------------------------------------

    def _get(self, key: str) -> Any:
        return self._get_many((key,)).get(key)

    def _get_many(self, keys: tuple[str, ...]) -> dict[str, Any]:
        with self._db.read() as sql:
            rows = sql.execute(
                f"SELECT key, value FROM setting WHERE key IN ({', '.join('?' * len(keys))})", keys
            ).fetchall()
        return {key: _loads(value) for key, value in rows}

    def _set(self, values: dict[str, Any], remove: tuple[str, ...] = ()) -> None:
        """Write and remove settings rows in one transaction."""
        with self._db.write() as sql:
            for key, value in values.items():
                put_setting(sql, key, json.dumps(value))
            sql.executemany("DELETE FROM setting WHERE key = ?", [(key,) for key in remove])


def _int(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else 0


def _failures(values: dict[str, Any]) -> int:
    """The wrong tries in a row; a counter that cannot be read counts as one, so that the back-off still applies."""
    if FAILURES_KEY not in values:
        return 0
    value = values[FAILURES_KEY]
    return _int(value) if isinstance(value, int) else 1


def _loads(text: str) -> Any:
    """A setting's JSON value; None for one that cannot be read (a damaged or edited row must not raise)."""
    try:
        return json.loads(text)
    except (ValueError, RecursionError):  # also a number of thousands of digits
        return None


def _remaining(failures: int, last: Any, now: dt.datetime) -> float:
    """Seconds still to wait. A last failure that cannot be read, or is out of range (0001-01-01T00:00+01:00 would
    raise OverflowError), counts as now: the back-off still applies."""
    if failures <= 0:
        return 0.0
    delay = backoff_seconds(failures)
    when = parse_utc_time(last)
    if when is None:
        return delay
    elapsed = (now - when).total_seconds()
    # A clock turned back must not lengthen the wait beyond one back-off period.
    return max(0.0, min(delay, delay - elapsed))
