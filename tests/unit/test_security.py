"""The parent PIN: rules, verifiers, the keyring and its fallback, back-off that survives a restart, the
recovery code. Every test forces a known keyring backend: the developer's own keychain is never touched."""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
import time
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.core
import pytest
from keyring.backends import fail, null

from notalone_desktop.core.errors import ValidationError
from notalone_desktop.core.pin import (
    MAX_BACKOFF_SECONDS,
    RECOVERY_ALPHABET,
    PinProblem,
    backoff_seconds,
    check_pin_rules,
    check_verifier,
    make_verifier,
    normalise_recovery_code,
)
from notalone_desktop.paths import database_path
from notalone_desktop.services.keyring_store import (
    SERVICE_NAME,
    backend_is_usable,
    backend_names,
    host_fingerprint,
    keyring_user,
)
from notalone_desktop.services.security import KEYRING_RECORD_KEY, SecurityService
from notalone_desktop.storage.database import Database, open_database
from notalone_desktop.storage.models import Setting, utcnow
from tests.reliability.fake_keyring import BrokenKeyring, FlakyKeyring, LyingKeyring, MemoryKeyring

CHEAP = 10  # scrypt n = 2**10 in most tests: the verifier records its cost, so checking stays correct
PIN = "482913"


@pytest.fixture
def use_keyring() -> Iterator[object]:
    """Install a backend for one test (`use_keyring(backend)`), putting back whatever was there."""
    before = keyring.core._keyring_backend

    def install(backend: object) -> object:
        keyring.set_keyring(backend)  # type: ignore[arg-type]
        return backend

    yield install
    keyring.core._keyring_backend = before


@pytest.fixture
def database(data_dir: Path) -> Iterator[Database]:
    opened = open_database(data_dir)
    yield opened
    opened.close()


def raw_bytes(directory: Path) -> bytes:
    """Everything SQLite wrote for the database, main file and -wal."""
    path = database_path(directory)
    data = path.read_bytes()
    wal = Path(f"{path}-wal")
    return data + (wal.read_bytes() if wal.exists() else b"")


@pytest.mark.parametrize("pin", ["1234", "12345678", "correct horse", "123456789012", "mật khẩu dài"])
def test_pin_rules_accept(pin: str) -> None:
    assert check_pin_rules(pin)


@pytest.mark.parametrize(
    ("pin", "code"), [("123", "pin-short"), ("", "pin-empty"), ("abc", "pin-rules"), ("x" * 300, "pin-long")]
)
def test_pin_rules_refuse(pin: str, code: str) -> None:
    with pytest.raises(PinProblem) as raised:
        check_pin_rules(pin)
    assert raised.value.code == code


def test_verifier_uses_scrypt_with_the_real_cost_and_compares_safely() -> None:
    started = time.perf_counter()
    verifier = make_verifier(PIN)
    elapsed = time.perf_counter() - started
    assert verifier.startswith("scrypt$17$8$1$")
    assert PIN not in verifier
    assert check_verifier(verifier, PIN)
    assert not check_verifier(verifier, "482914")
    assert elapsed < 10  # about half a second on a laptop; the README gives the measured figure
    assert not check_verifier("scrypt$30$8$1$AAAA$AAAA", PIN)  # a tampered cost is refused, not computed
    assert not check_verifier("garbage", PIN)


def test_set_and_verify_with_the_system_keyring(use_keyring, database: Database) -> None:  # type: ignore[no-untyped-def]
    backend = use_keyring(MemoryKeyring())
    security = SecurityService(database, scrypt_log_n=CHEAP)
    assert not security.has_pin() and security.verify_pin("anything").ok  # no PIN: nothing to check
    code = security.set_pin(PIN)
    assert security.store() == "keyring" and security.has_pin()
    user = keyring_user(database.directory)
    assert user.startswith("pin:") and len(user) == 4 + 16
    assert set(backend.entries) == {(SERVICE_NAME, user)}  # only the PIN's verifier: the code's is in the file
    assert security.verify_pin(PIN).ok
    assert not security.verify_pin("000000").ok
    # Neither the PIN, nor the code, nor the PIN's verifier are in the database file; the code's verifier is (16
    # random characters: it cannot be guessed from a copy of the file, and it must work when the keyring does not).
    raw = raw_bytes(database.directory)
    for secret in (PIN, code, normalise_recovery_code(code), backend.entries[(SERVICE_NAME, user)]):
        assert secret.encode() not in raw
    assert raw.count(b"scrypt$10$8$1$") >= 1


def test_two_data_dirs_have_their_own_keyring_entries(tmp_path: Path) -> None:
    assert keyring_user(tmp_path / "a") != keyring_user(tmp_path / "b")
    assert keyring_user(tmp_path / "a") == keyring_user(tmp_path / "x" / ".." / "a")


@pytest.mark.parametrize("backend", [fail.Keyring(), null.Keyring()], ids=["fail", "null"])
def test_without_a_usable_keyring_the_verifier_goes_into_the_database(use_keyring, database: Database, backend) -> None:  # type: ignore[no-untyped-def]
    use_keyring(backend)
    security = SecurityService(database, scrypt_log_n=CHEAP)
    assert not security.keyring_available()
    code = security.set_pin(PIN)
    assert security.store() == "database"
    assert security.verify_pin(PIN).ok and not security.verify_pin("999999").ok
    raw = raw_bytes(database.directory)
    assert PIN.encode() not in raw and code.encode() not in raw
    assert b"scrypt$10$8$1$" in raw  # the verifier, and only the verifier


def test_plaintext_and_chained_backends_are_judged_by_their_class() -> None:
    plaintext = type("PlaintextKeyring", (MemoryKeyring,), {"__module__": "keyrings.alt.file"})()
    encrypted = type("EncryptedKeyring", (MemoryKeyring,), {"__module__": "keyrings.alt.file"})()
    chainer = type("ChainerBackend", (), {"__module__": "keyring.backends.chainer"})()
    chainer.backends = [null.Keyring(), plaintext]  # type: ignore[attr-defined]
    assert not backend_is_usable(plaintext) and backend_is_usable(encrypted)
    assert not backend_is_usable(chainer)
    chainer.backends.append(MemoryKeyring())  # type: ignore[attr-defined]
    assert backend_is_usable(chainer)
    assert not backend_is_usable(None)


def test_a_keyring_that_raises_never_crashes_and_never_counts_as_a_wrong_pin(use_keyring, database: Database) -> None:  # type: ignore[no-untyped-def]
    good = use_keyring(MemoryKeyring())
    security = SecurityService(database, scrypt_log_n=CHEAP)
    security.set_pin(PIN)
    use_keyring(BrokenKeyring())
    with pytest.raises(PinProblem) as raised:
        security.set_pin("111111")
    assert raised.value.code == "store-failed"
    attempt = security.verify_pin(PIN)
    assert not attempt.ok and attempt.store_failed and not attempt.checked
    assert security.state().failures == 0
    use_keyring(good)  # the store works again: the old PIN was never lost
    assert security.verify_pin(PIN).ok and not security.verify_pin("111111").ok


def test_a_failed_or_garbled_write_keeps_the_old_pin(use_keyring, database: Database) -> None:  # type: ignore[no-untyped-def]
    flaky = use_keyring(FlakyKeyring())
    security = SecurityService(database, scrypt_log_n=CHEAP)
    security.set_pin(PIN)
    flaky.failing = True
    with pytest.raises(PinProblem):
        security.set_pin("222222")
    flaky.failing = False
    assert security.verify_pin(PIN).ok
    lying = LyingKeyring()
    lying.entries = dict(flaky.entries)
    use_keyring(lying)
    with pytest.raises(PinProblem):
        security.set_pin("333333")  # written, but it does not read back: refused, old values written back
    use_keyring(flaky)
    flaky.entries = {k: v for k, v in lying.entries.items()}
    assert security.verify_pin(PIN).ok


def test_no_pin_in_the_logs(use_keyring, database: Database, caplog: pytest.LogCaptureFixture) -> None:  # type: ignore[no-untyped-def]
    use_keyring(MemoryKeyring())
    caplog.set_level(logging.DEBUG)
    security = SecurityService(database, scrypt_log_n=CHEAP)
    code = security.set_pin(PIN)
    security.verify_pin("000000")
    security.verify_pin(PIN, now=utcnow() + dt.timedelta(seconds=5))
    security.verify_recovery_code(code, now=utcnow() + dt.timedelta(seconds=60))
    text = "\n".join(record.getMessage() for record in caplog.records)
    assert "PIN was set" in text
    assert PIN not in text and code not in text and normalise_recovery_code(code) not in text


def test_backoff_doubles_up_to_fifteen_minutes() -> None:
    assert [backoff_seconds(n) for n in range(0, 6)] == [0, 1, 2, 4, 8, 16]
    assert backoff_seconds(11) == 900 == MAX_BACKOFF_SECONDS
    assert backoff_seconds(10_000) == MAX_BACKOFF_SECONDS


def test_wrong_pins_back_off_and_the_counter_survives_a_restart(use_keyring, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    use_keyring(MemoryKeyring())
    database = open_database(data_dir)
    security = SecurityService(database, scrypt_log_n=CHEAP)
    security.set_pin(PIN)
    start = utcnow()
    first = security.verify_pin("000000", now=start)
    assert not first.ok and first.checked and first.wait == 1
    blocked = security.verify_pin(PIN, now=start + dt.timedelta(milliseconds=500))
    assert not blocked.ok and not blocked.checked  # even the right PIN waits: it is not even checked
    second = security.verify_pin("000001", now=start + dt.timedelta(seconds=2))
    assert second.wait == 2
    database.close()

    reopened = open_database(data_dir)  # "restart"
    again = SecurityService(reopened, scrypt_log_n=CHEAP)
    state = again.state(now=start + dt.timedelta(seconds=2, milliseconds=500))
    assert state.failures == 2 and 1 <= state.wait <= 2
    assert not again.verify_pin(PIN, now=start + dt.timedelta(seconds=3)).checked
    assert again.verify_pin(PIN, now=start + dt.timedelta(seconds=5)).ok
    assert again.state().failures == 0  # the right PIN resets the counter
    reopened.close()


def test_a_clock_turned_back_does_not_lengthen_the_wait(use_keyring, database: Database) -> None:  # type: ignore[no-untyped-def]
    use_keyring(MemoryKeyring())
    security = SecurityService(database, scrypt_log_n=CHEAP)
    security.set_pin(PIN)
    now = utcnow()
    security.verify_pin("000000", now=now)
    assert security.wait_seconds(now - dt.timedelta(days=3)) <= 1


def test_recovery_code_resets_the_pin(use_keyring, database: Database) -> None:  # type: ignore[no-untyped-def]
    use_keyring(MemoryKeyring())
    security = SecurityService(database, scrypt_log_n=CHEAP)
    code = security.set_pin(PIN)
    letters = re.escape(RECOVERY_ALPHABET)
    assert re.fullmatch(rf"[{letters}]{{4}}(-[{letters}]{{4}}){{3}}", code)
    assert not set("01OIL") & set(code)
    now = utcnow()
    wrong, _ = security.reset_with_recovery_code("AAAA-AAAA-AAAA-AAAA", "5555", now=now)
    assert not wrong.ok and security.state(now).failures == 1  # a wrong code counts like a wrong PIN
    typed = " " + code.lower().replace("-", " ") + " "  # typed loosely, from paper
    attempt, new_code = security.reset_with_recovery_code(typed, "5555", now=now + dt.timedelta(seconds=2))
    assert attempt.ok and new_code and new_code != code
    assert security.verify_pin("5555").ok and not security.verify_pin(PIN).ok  # the old PIN is gone
    later = utcnow() + dt.timedelta(seconds=3)
    assert not security.verify_recovery_code(code, now=later).ok  # the old code was used up
    with pytest.raises(PinProblem):
        security.reset_with_recovery_code(new_code, "12")  # a bad new PIN costs no attempt


def test_remove_pin_clears_every_trace(use_keyring, database: Database) -> None:  # type: ignore[no-untyped-def]
    backend = use_keyring(MemoryKeyring())
    security = SecurityService(database, scrypt_log_n=CHEAP)
    security.set_pin(PIN)
    security.verify_pin("000000")
    security.remove_pin()
    assert not security.has_pin() and backend.entries == {}
    assert security.state().failures == 0


def test_moving_from_the_database_to_the_keyring_writes_first_then_removes(use_keyring, database: Database) -> None:  # type: ignore[no-untyped-def]
    use_keyring(fail.Keyring())
    security = SecurityService(database, scrypt_log_n=CHEAP)
    security.set_pin(PIN)
    assert security.store() == "database"
    backend = use_keyring(MemoryKeyring())
    security.set_pin("7777")
    assert security.store() == "keyring" and len(backend.entries) == 1
    assert security.verify_pin("7777").ok
    with database.session() as session:
        keys = {row.key for row in session.query(Setting)}
    assert "security.pin_verifier" not in keys and "security.recovery_verifier" in keys


def test_idle_minutes_default_and_limits(use_keyring, database: Database) -> None:  # type: ignore[no-untyped-def]
    security = SecurityService(database)
    assert security.idle_minutes() == 10
    security.set_idle_minutes(3)
    assert security.idle_minutes() == 3
    with pytest.raises(ValidationError):
        security.set_idle_minutes(0)


def test_a_pin_missing_from_the_keyring_is_reported_not_counted(use_keyring, database: Database) -> None:  # type: ignore[no-untyped-def]
    backend = use_keyring(MemoryKeyring())
    security = SecurityService(database, scrypt_log_n=CHEAP)
    security.set_pin(PIN)
    backend.entries.clear()  # the data dir was copied to a computer whose keychain never saw this PIN
    attempt = security.verify_pin(PIN)
    assert not attempt.ok and attempt.missing and not attempt.checked
    assert security.state().failures == 0


# A keyring that answers "nothing" (issue 15, row 1) -------------------------------------------------------------


@pytest.mark.parametrize("backend", [null.Keyring(), fail.Keyring()], ids=["null", "fail"])
def test_a_null_or_failing_keyring_after_a_real_one_keeps_the_lock_and_counts_nothing(  # type: ignore[no-untyped-def]
    use_keyring, database: Database, backend
) -> None:
    real = use_keyring(MemoryKeyring())
    security = SecurityService(database, scrypt_log_n=CHEAP)
    security.set_pin(PIN)
    use_keyring(backend)  # PYTHON_KEYRING_BACKEND=keyring.backends.null.Keyring, or a session without a store
    for typed in ("000000", PIN):
        attempt = security.verify_pin(typed)
        assert not attempt.ok and attempt.unavailable and not attempt.missing and not attempt.checked
    assert security.has_pin() and security.state().failures == 0
    assert not security.pin_is_lost() and not security.remove_lost_pin()  # "not available now" is not "gone"
    assert security.has_pin() and real.entries
    use_keyring(real)  # the store is back: the PIN was never lost
    assert security.verify_pin(PIN).ok


def test_the_recovery_code_works_while_the_keyring_is_unavailable(use_keyring, database: Database) -> None:  # type: ignore[no-untyped-def]
    use_keyring(MemoryKeyring())
    security = SecurityService(database, scrypt_log_n=CHEAP)
    code = security.set_pin(PIN)
    use_keyring(null.Keyring())
    wrong, _ = security.reset_with_recovery_code("AAAA-AAAA-AAAA-AAAA", "5555")
    assert not wrong.ok and wrong.checked and security.state().failures == 1  # a wrong code still backs off
    attempt, new_code = security.reset_with_recovery_code(code, "5555", now=utcnow() + dt.timedelta(seconds=2))
    assert attempt.ok and new_code
    assert security.store() == "database" and security.verify_pin("5555").ok  # no keyring here: kept in the file


def test_a_pin_reset_while_the_keyring_is_away_leaves_no_entry_once_it_answers_again(  # type: ignore[no-untyped-def]
    use_keyring, database: Database
) -> None:
    real = use_keyring(MemoryKeyring())
    security = SecurityService(database, scrypt_log_n=CHEAP)
    code = security.set_pin(PIN)
    use_keyring(null.Keyring())
    attempt, _ = security.reset_with_recovery_code(code, "5555")
    assert attempt.ok and security.store() == "database"
    assert real.entries  # the old PIN's verifier is still in the keyring that could not be reached
    assert security.verify_pin("5555").ok and real.entries  # the keyring is still away: nothing to do yet
    use_keyring(real)
    assert security.verify_pin("5555").ok  # the first right PIN with a keyring that answers removes the leftover
    assert not real.entries and security.store() == "database"


def test_a_pin_removed_while_the_keyring_raises_leaves_only_the_next_pin_behind(  # type: ignore[no-untyped-def]
    use_keyring, database: Database
) -> None:
    real = use_keyring(MemoryKeyring())
    security = SecurityService(database, scrypt_log_n=CHEAP)
    security.set_pin(PIN)
    real.entries[(SERVICE_NAME, keyring_user(database.directory, "recovery"))] = "an older PIN's recovery verifier"
    use_keyring(BrokenKeyring())
    security.remove_pin()
    assert not security.has_pin() and len(real.entries) == 2
    use_keyring(real)
    security.set_pin("7777")  # the new PIN replaces the old entry; the older recovery entry goes
    assert list(real.entries) == [(SERVICE_NAME, keyring_user(database.directory, "pin"))]
    assert security.verify_pin("7777").ok and len(real.entries) == 1  # no cleanup ever touches the PIN in use


def test_a_real_keyring_without_the_entry_needs_the_recovery_code_or_an_explicit_decision(  # type: ignore[no-untyped-def]
    use_keyring, database: Database
) -> None:
    backend = use_keyring(MemoryKeyring())
    security = SecurityService(database, scrypt_log_n=CHEAP)
    security.set_pin(PIN)
    backend.entries.clear()  # the data dir copied to another folder, or a keychain that was reset
    attempt = security.verify_pin("000000")
    assert not attempt.ok and attempt.missing and not attempt.unavailable
    assert security.has_pin()  # a wrong PIN never removes the lock, whatever the keyring says
    assert security.pin_is_lost()
    assert security.remove_lost_pin()  # the parent's explicit decision, which the window explains first
    assert not security.has_pin() and security.state().failures == 0


def test_files_from_another_computer_without_a_keyring_count_as_not_in_this_keyring(  # type: ignore[no-untyped-def]
    use_keyring, database: Database
) -> None:
    use_keyring(MemoryKeyring())
    security = SecurityService(database, scrypt_log_n=CHEAP)
    security.set_pin(PIN)
    with database.session() as session:  # as if another computer (or user) had set the PIN
        row = session.get(Setting, KEYRING_RECORD_KEY)
        record = json.loads(row.value)
        assert record["host"] == host_fingerprint() and record["backends"] == [backend_names(MemoryKeyring())[0]]
        row.value = json.dumps({**record, "host": "0" * 16})
    use_keyring(fail.Keyring())
    attempt = security.verify_pin(PIN)
    assert attempt.missing and not attempt.unavailable and security.pin_is_lost()


def test_another_store_on_the_computer_that_set_the_pin_is_unavailable_not_missing(  # type: ignore[no-untyped-def]
    use_keyring, database: Database
) -> None:
    use_keyring(MemoryKeyring())
    security = SecurityService(database, scrypt_log_n=CHEAP)
    security.set_pin(PIN)
    use_keyring(FlakyKeyring())  # another (empty) store answers this session: the PIN is in the first one
    attempt = security.verify_pin("000000")
    assert attempt.unavailable and not attempt.missing and not security.remove_lost_pin()
    assert security.has_pin() and security.state().failures == 0


def test_garbage_from_the_keyring_is_a_store_failure_not_a_wrong_pin(use_keyring, database: Database) -> None:  # type: ignore[no-untyped-def]
    backend = use_keyring(MemoryKeyring())
    security = SecurityService(database, scrypt_log_n=CHEAP)
    security.set_pin(PIN)
    backend.entries[(SERVICE_NAME, keyring_user(database.directory))] = "not a verifier"
    attempt = security.verify_pin(PIN)
    assert attempt.store_failed and not attempt.ok and security.state().failures == 0 and security.has_pin()


def test_a_pin_set_before_the_record_gets_one_and_its_recovery_code_moves_into_the_database(  # type: ignore[no-untyped-def]
    use_keyring, database: Database
) -> None:
    backend = use_keyring(MemoryKeyring())
    security = SecurityService(database, scrypt_log_n=CHEAP)
    security.set_pin(PIN)
    old_code = "ABCD-EFGH-JKMN-PQRS"
    # As an earlier version left it: both verifiers in the keyring, nothing about them in the database.
    backend.entries[(SERVICE_NAME, keyring_user(database.directory, "recovery"))] = make_verifier(
        normalise_recovery_code(old_code), CHEAP
    )
    security._set({}, remove=(KEYRING_RECORD_KEY, "security.recovery_verifier"))
    assert security.verify_recovery_code(old_code).ok  # read from the keyring while the database has none
    assert security.verify_pin(PIN).ok
    assert security._get(KEYRING_RECORD_KEY)["host"] == host_fingerprint()
    use_keyring(null.Keyring())
    assert security.verify_recovery_code(old_code).ok  # now from the database: it works without the keyring


# The back-off's last failure out of range (issue 15, row 13) ---------------------------------------------------


@pytest.mark.parametrize(
    "last",
    ["0001-01-01T00:00:00+01:00", "9999-12-31T23:59:59-01:00", "9999-01-01T00:00:00", "yesterday", 12, None],
)
def test_a_last_failure_out_of_range_keeps_the_back_off_and_never_overflows(  # type: ignore[no-untyped-def]
    use_keyring, database: Database, last
) -> None:
    use_keyring(MemoryKeyring())
    security = SecurityService(database, scrypt_log_n=CHEAP)
    security.set_pin(PIN)
    security._set({"security.failures": 3, "security.last_failure": last})
    now = utcnow()
    assert security.state(now).wait == 4  # three wrong tries: 4 s, as if the last one were now
    blocked = security.verify_pin(PIN, now=now)
    assert not blocked.ok and not blocked.checked
    assert security.verify_pin(PIN, now=now + dt.timedelta(seconds=5)).ok  # the wait ends: no lock-out for ever


def test_a_failure_counter_that_cannot_be_read_still_backs_off(use_keyring, database: Database) -> None:  # type: ignore[no-untyped-def]
    use_keyring(MemoryKeyring())
    security = SecurityService(database, scrypt_log_n=CHEAP)
    security.set_pin(PIN)
    with database.session() as session:
        session.merge(Setting(key="security.failures", value="9" * 5000))  # int() refuses 5,000 digits
        session.merge(Setting(key="security.last_failure", value=json.dumps(utcnow().isoformat())))
    state = security.state()
    assert state.failures == 1 and state.wait > 0
