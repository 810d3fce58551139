"""The parent PIN's rules and verifiers: what a PIN may be, scrypt verifiers, recovery codes and the back-off.

Plain Python, no Qt, no database: services/security.py keeps the verifiers and decides who may unlock.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import unicodedata

from notalone_desktop.core.errors import ValidationError

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


class PinProblem(ValidationError):
    """A PIN or code that cannot be used, or a store that did not take it; `code` lets the window translate."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message, "pin")
        self.code = code


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


def verifier_fingerprint(verifier: str) -> str:
    """A short hash of a verifier: tells whether the keyring gives back what was put there, without the salt."""
    return hashlib.sha256(verifier.encode("utf-8")).hexdigest()[:16]


def is_verifier(value: str) -> bool:
    """Whether `value` has the shape of a verifier this module writes (not garbage from a broken store)."""
    parts = value.split("$")
    return len(parts) == 6 and parts[0] == "scrypt" and all(part.isdigit() for part in parts[1:4])
