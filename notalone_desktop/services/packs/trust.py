"""Whose packs this copy of the app trusts: a branded build trusts its NGO's keys (the profile's
`[organisation].pack_keys`), an unbranded one the project's own key; both also trust the keys listed in a
`trusted-keys` file in the machine-wide or the user's pack folder. A pack signed by any other key can still be
installed, by a parent who has seen the publisher's name and the key's fingerprint, and its content is then
shown as "from <publisher>" wherever it appears.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from notalone_desktop.core.content.pack_keys import PackKeyError, PublicKey, parse_public_key
from notalone_desktop.core.safe_read import FileRefused, read_regular_file
from notalone_desktop.services.packs.locations import TRUST_FILE, system_packs_dir, user_packs_dir

if TYPE_CHECKING:
    from notalone_desktop.services.content import ContentCatalog

log = logging.getLogger(__name__)
# The Not Alone project's public key (fingerprint 83af-e415-abf2-1f38). Its private key is kept offline by the
# maintainers, never in this repository; packaging/README.md says how a release pack is signed with it.
PROJECT_KEY = "ed25519:t+I5oF1fF0G2wWrK7nsjgTjuH7gKnNtIfgW2aMPw0+s="
PROJECT_NAME = "Not Alone project"
MAX_TRUST_FILE_BYTES = 64 * 1024


@dataclass(frozen=True)
class TrustedKey:
    key: PublicKey
    source: str  # who vouches for it: the project, the NGO of this build, or a trusted-keys file


def trusted_keys(catalog: ContentCatalog) -> dict[str, TrustedKey]:
    """The keys this copy trusts, by fingerprint."""
    keys: dict[str, TrustedKey] = {}
    if catalog.has_profile():
        profile = catalog.profile
        for key in profile.organisation.pack_keys if profile is not None else ():
            keys[key.fingerprint] = TrustedKey(key, profile.organisation.name if profile else "")
    else:
        project = parse_public_key(PROJECT_KEY)
        keys[project.fingerprint] = TrustedKey(project, PROJECT_NAME)
    for folder in (system_packs_dir(), user_packs_dir()):
        path = folder / TRUST_FILE
        for key in _keys_in(path):
            keys.setdefault(key.fingerprint, TrustedKey(key, str(path)))
    return keys


def _keys_in(path: Path) -> list[PublicKey]:
    try:
        text = read_regular_file(path, MAX_TRUST_FILE_BYTES).decode("utf-8")
    except FileNotFoundError:
        return []
    except (OSError, FileRefused, UnicodeDecodeError) as exc:
        log.warning("the trusted-keys file is not used: %s", type(exc).__name__)
        return []
    keys = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.split("#", 1)[0].strip():
            continue
        try:
            keys.append(parse_public_key(line))
        except PackKeyError as exc:
            log.warning("trusted-keys line %d is not used: %s", number, exc)
    return keys
