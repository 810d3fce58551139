"""The parent PIN's rules (core/pin.py) on hand-built input: what a PIN may be with the words a parent reads, the
verifier's format and the costs it accepts, recovery codes as people type them off paper, and the back-off. The
verifiers here use a cheap scrypt cost (the real cost is checked once in test_security.py)."""

# ruff: noqa: E501  (the tables keep one case a line, each with the whole words it gives)

from __future__ import annotations

import base64
import hashlib
import re
import unicodedata

import pytest

from notalone_desktop.core.pin import (
    RECOVERY_ALPHABET,
    PinProblem,
    check_pin_rules,
    check_verifier,
    is_verifier,
    make_verifier,
    new_recovery_code,
    normalise_recovery_code,
    verifier_fingerprint,
)

CHEAP = 10  # the lowest cost check_verifier accepts


@pytest.mark.parametrize(
    "pin",
    ["1234", "1234567", "12345678", "123456789", "correct horse", "        x", "é" * 8, "x" * 256, "mật khẩu dài"],
)
def test_a_pin_of_4_to_8_digits_or_a_passphrase_of_8_to_256_characters(pin: str) -> None:
    assert check_pin_rules(pin) == pin


def test_a_passphrase_is_kept_in_one_unicode_form() -> None:
    typed = unicodedata.normalize("NFD", "mật khẩu dài")  # as some keyboards send it
    assert check_pin_rules(typed) == unicodedata.normalize("NFC", typed) != typed


@pytest.mark.parametrize(
    ("pin", "code", "words"),
    [
        ("123", "pin-short", "A PIN has at least 4 digits."),
        ("", "pin-empty", "Enter a PIN of 4 to 8 digits, or a passphrase of 8 or more characters."),
        ("        ", "pin-empty", "Enter a PIN of 4 to 8 digits, or a passphrase of 8 or more characters."),
        (" \t ", "pin-empty", "Enter a PIN of 4 to 8 digits, or a passphrase of 8 or more characters."),
        ("abc", "pin-rules", "Use 4 to 8 digits, or a passphrase of at least 8 characters (letters, digits, spaces)."),
        ("1234 56", "pin-rules", "Use 4 to 8 digits, or a passphrase of at least 8 characters (letters, digits, spaces)."),
        ("١٢٣٤", "pin-rules", "Use 4 to 8 digits, or a passphrase of at least 8 characters (letters, digits, spaces)."),
        ("x" * 257, "pin-long", "A passphrase can have at most 256 characters."),
    ],
)  # fmt: skip
def test_each_refusal_in_the_parents_words(pin: str, code: str, words: str) -> None:
    with pytest.raises(PinProblem) as raised:
        check_pin_rules(pin)
    assert (raised.value.code, str(raised.value), raised.value.field) == (code, words, "pin")


def _verifier(secret: str, log_n: int, r: int, p: int = 1) -> str:
    salt = b"0123456789abcdef"
    digest = hashlib.scrypt(secret.encode(), salt=salt, n=2**log_n, r=r, p=p, maxmem=256 * 1024 * 1024, dklen=32)
    return f"scrypt${log_n}${r}${p}${base64.b64encode(salt).decode()}${base64.b64encode(digest).decode()}"


def test_a_verifier_holds_its_cost_a_fresh_salt_and_the_hash_never_the_pin() -> None:
    first, second = make_verifier("2580", CHEAP), make_verifier("2580", CHEAP)
    assert re.fullmatch(r"scrypt\$10\$8\$1\$[A-Za-z0-9+/]{22}==\$[A-Za-z0-9+/]{43}=", first)
    assert first != second  # a new salt each time
    assert "2580" not in first
    assert check_verifier(first, "2580") and check_verifier(second, "2580")
    assert not check_verifier(first, "2581") and not check_verifier(first, "")
    assert is_verifier(first)


def test_a_verifier_is_checked_at_the_costs_this_app_writes_and_no_other() -> None:
    assert check_verifier(_verifier("2580", CHEAP, 8), "2580")
    assert check_verifier(_verifier("2580", 11, 1), "2580")  # the lowest memory cost
    assert check_verifier(_verifier("2580", CHEAP, 16), "2580")  # the highest
    # 32 MiB of memory, past hashlib's default cap (the real cost, 2**17, takes 128 MiB): the cap is raised.
    assert check_verifier(make_verifier("2580", 15), "2580")
    assert not check_verifier(_verifier("2580", 9, 8), "2580")  # too cheap: a tampered file
    assert not check_verifier(_verifier("2580", CHEAP, 17), "2580")
    assert not check_verifier(_verifier("2580", CHEAP, 8, p=2), "2580")
    assert not check_verifier("scrypt$21$8$1$AAAA$AAAA", "2580")  # too dear: refused before it is computed
    assert not check_verifier("scrypt$10$0$1$AAAA$AAAA", "2580")


@pytest.mark.parametrize(
    "verifier",
    [
        "",
        "garbage",
        "bcrypt$10$8$1$MDEyMzQ1Njc4OWFiY2RlZg==$AAAA",
        "scrypt$10$8$1$MDEyMzQ1Njc4OWFiY2RlZg==",  # five parts
        "scrypt$10$8$1$MDEyMzQ1Njc4OWFiY2RlZg==$AAAA$extra",
        "scrypt$ten$8$1$MDEyMzQ1Njc4OWFiY2RlZg==$AAAA",
        "scrypt$10$8$1$not base64!$AAAA",
        "scrypt$10$8$1$MDEyMzQ1Njc4OWFiY2RlZg==$AAA",  # a hash cut short
    ],
)
def test_a_verifier_that_cannot_be_read_matches_nothing(verifier: str) -> None:
    assert check_verifier(verifier, "2580") is False


def test_the_shape_of_a_verifier_tells_it_from_garbage_a_store_gave_back() -> None:
    assert is_verifier("scrypt$17$8$1$salt$hash")
    assert not is_verifier("scrypt$17$8$1$salt")
    assert not is_verifier("scrypt$17$8$1$salt$hash$more")
    assert not is_verifier("bcrypt$17$8$1$salt$hash")
    assert not is_verifier("scrypt$x$8$1$salt$hash")
    assert not is_verifier("scrypt$17$x$1$salt$hash")
    assert not is_verifier("scrypt$17$8$x$salt$hash")
    assert not is_verifier("")


def test_a_verifiers_fingerprint_is_short_and_stable() -> None:
    # A known answer: the fingerprint is stored, so it must not change between versions.
    assert verifier_fingerprint("scrypt$17$8$1$c2FsdA==$aGFzaA==") == "c530f34aa49e821c"
    assert verifier_fingerprint("scrypt$17$8$1$c2FsdA==$aGFzaB==") != "c530f34aa49e821c"


def test_a_recovery_code_is_four_groups_of_four_unmistakable_characters() -> None:
    codes = {new_recovery_code() for _ in range(20)}
    assert len(codes) == 20
    for code in codes:
        assert re.fullmatch(rf"[{RECOVERY_ALPHABET}]{{4}}(-[{RECOVERY_ALPHABET}]{{4}}){{3}}", code), code
    assert not set("01ILO") & set(RECOVERY_ALPHABET)


def test_a_recovery_code_is_read_as_people_type_it() -> None:
    assert normalise_recovery_code("abcd-efgh ijkm-2345") == "ABCDEFGHIJKM2345"
    assert normalise_recovery_code(" ABCD–EFGH\tIJKM.2345 ") == "ABCDEFGHIJKM2345"  # an en dash, a tab
    assert normalise_recovery_code("ÄBCD-１２３４") == "BCD"  # letters and digits outside ASCII are not in codes
    assert normalise_recovery_code("") == ""
