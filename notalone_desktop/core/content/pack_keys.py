"""The keys and signatures of content packs: Ed25519 through the `cryptography` package, imported only when a key
is made or a signature checked (never at start: an installed pack was verified when it was installed).

A public key is written `ed25519:` + the base64 of its 32 bytes (what an NGO puts in its profile's `pack_keys`);
people compare keys by their fingerprint, the first 8 bytes of the key's SHA-256 in four groups
(`3f2a-9c1b-77d0-e415`). A private key is a PKCS #8 PEM file, readable by its owner only.
"""

from __future__ import annotations

import base64
import binascii
import re
from dataclasses import dataclass
from typing import Any

from notalone_desktop.core.errors import NotAloneError

KEY_PREFIX = "ed25519:"
PUBLIC_KEY_BYTES = 32
SIGNATURE_BYTES = 64
MAX_PRIVATE_KEY_BYTES = 8192
FINGERPRINT = re.compile(r"^[0-9a-f]{4}(-[0-9a-f]{4}){3}$")


class PackKeyError(NotAloneError):
    """A key that cannot be used; the message says why in one sentence."""


@dataclass(frozen=True)
class PublicKey:
    raw: bytes

    @property
    def text(self) -> str:
        return KEY_PREFIX + base64.b64encode(self.raw).decode("ascii")

    @property
    def fingerprint(self) -> str:
        import hashlib  # here: the start reads installed packs' keys without computing fingerprints

        digest = hashlib.sha256(self.raw).hexdigest()[:16]
        return "-".join(digest[n : n + 4] for n in range(0, 16, 4))


def parse_public_key(text: str) -> PublicKey:
    """`ed25519:BASE64` (spaces around it and a trailing `# comment` are allowed), or PackKeyError."""
    value = text.split("#", 1)[0].strip()
    if not value.startswith(KEY_PREFIX):
        raise PackKeyError(f"'{value[:60]}' is not a public key (it must start with {KEY_PREFIX})")
    try:
        raw = base64.b64decode(value.removeprefix(KEY_PREFIX), validate=True)
    except (binascii.Error, ValueError) as exc:
        raise PackKeyError(f"'{value[:60]}' is not a public key (not base64)") from exc
    if len(raw) != PUBLIC_KEY_BYTES:
        raise PackKeyError(f"'{value[:60]}' is not an Ed25519 public key ({len(raw)} bytes, not 32)")
    return PublicKey(raw)


def new_private_key() -> tuple[bytes, PublicKey]:
    """A new signing key: (its PEM text, its public key)."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    return pem, public_of(key)


def load_private_key(pem: bytes) -> Any:
    """The Ed25519 private key in `pem` (an `Ed25519PrivateKey`), or PackKeyError."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    try:
        key = serialization.load_pem_private_key(pem, password=None)
    except (ValueError, TypeError) as exc:  # not PEM, encrypted with a password, or damaged
        raise PackKeyError("it is not a private key made by 'notalone pack keygen'") from exc
    except Exception as exc:  # cryptography's UnsupportedAlgorithm and friends
        raise PackKeyError(f"it cannot be read as a private key ({type(exc).__name__})") from exc
    if not isinstance(key, Ed25519PrivateKey):
        raise PackKeyError("it is not an Ed25519 key (packs are signed with Ed25519 keys only)")
    return key


def public_of(private_key: Any) -> PublicKey:
    from cryptography.hazmat.primitives import serialization

    raw = private_key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return PublicKey(bytes(raw))


def sign(private_key: Any, data: bytes) -> bytes:
    return bytes(private_key.sign(data))


def signature_holds(public: PublicKey, data: bytes, signature: bytes) -> bool:
    """Whether `signature` is the Ed25519 signature of `data` by `public`."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    if len(signature) != SIGNATURE_BYTES:
        return False
    try:
        Ed25519PublicKey.from_public_bytes(public.raw).verify(signature, data)
    except (InvalidSignature, ValueError):
        return False
    return True
