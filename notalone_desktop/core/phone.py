"""The one rule for phone numbers: what may be typed, how it becomes E.164, how it is shown and dialled.

Contacts typed in the window, vCards, NGO profiles and family archives all go through here (`phonenumbers`
does the country-specific work). A number that cannot be used raises `PhoneProblem` with a `code` the window
translates and the `params` its message needs.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from notalone_desktop.core.errors import Invalid
from notalone_desktop.core.text import neutralise

E164 = re.compile(r"^\+[1-9][0-9]{4,16}$")
MAX_DIGITS = 17  # E.164 allows 15; a little slack for trunk prefixes such as 0 or 00 typed in front
# What people type between the digits of a number; anything else (letters, #, *) is refused with a reason.
PUNCTUATION = frozenset(" +-().\u00a0/")
# Dialled as they are, without a country code: emergency and hotline short codes such as 111 or 116 111.
SHORT_NUMBER_DIGITS = range(3, 7)


class PhoneProblem(Invalid):
    """Why a text is not a phone number one can call; `code` and `params` let the window say it in its language."""

    def __init__(self, code: str, problem: str, **params: str) -> None:
        super().__init__("phone", problem)
        self.code = code
        self.params = params


def digits_of(number: str) -> str:
    return "".join(ch for ch in number if ch.isdigit())


def normalise(text: str, region: str, short_codes: Collection[str] | None = None) -> str:
    """The number in E.164, or PhoneProblem saying in plain words why it is not a phone number.

    `region` reads numbers typed without a country code. With `short_codes` (digits), a short number of 3 to 6
    digits without + is accepted as those digits when it is one of them or one that phonenumbers knows for the
    region (an NGO profile's hotline such as 111); without, a number must be a full one.
    """
    import phonenumbers
    from phonenumbers import shortnumberinfo

    raw = text.strip()
    shown = neutralise(raw[:40])  # said back in a message: it must not break the line or reorder it
    if not raw:
        raise PhoneProblem("phone-missing", "Enter a phone number.")
    if any(ch.isalpha() for ch in raw):
        raise PhoneProblem("phone-letters", f"'{shown}' contains letters; a phone number has only digits.", text=shown)
    digits = digits_of(raw)
    if len(digits) > MAX_DIGITS:
        raise PhoneProblem(
            "phone-too-long",
            f"'{neutralise(raw[:20])}…' has {len(digits)} digits; phone numbers have at most 15.",
            text=neutralise(raw[:20]),
            digits=str(len(digits)),
        )
    if any(not ch.isdigit() and ch not in PUNCTUATION for ch in raw) or "+" in raw[1:]:
        raise PhoneProblem(
            "phone-symbols", f"'{shown}' contains characters that are not part of a phone number.", text=shown
        )
    if short_codes is not None and not raw.startswith("+") and len(digits) in SHORT_NUMBER_DIGITS:
        short = phonenumbers.parse(digits, region)
        if digits in short_codes or shortnumberinfo.is_valid_short_number_for_region(short, region):
            return digits
        raise PhoneProblem(
            "phone-short", f"'{shown}' is not a short number one can call in {region}", text=shown, region=region
        )
    known_region = region in phonenumbers.SUPPORTED_REGIONS
    if not raw.startswith("+") and not known_region:
        raise PhoneProblem(
            "phone-needs-country", f"'{shown}': start the number with + and the country code.", text=shown
        )
    try:
        parsed = phonenumbers.parse(raw, region if known_region else None)
    except phonenumbers.NumberParseException as exc:
        raise PhoneProblem("phone-not-number", f"'{shown}' is not a phone number.", text=shown) from exc
    if not phonenumbers.is_valid_number(parsed):
        raise PhoneProblem(
            "phone-invalid",
            f"'{shown}' is not a valid number for {region}. Numbers from another country start with + and the "
            "country code.",
            text=shown,
            region=region,
        )
    return str(phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164))


def format_phone(e164: str, region: str) -> str:
    """National format for a number of the family's region, international format for any other."""
    import phonenumbers

    try:
        parsed = phonenumbers.parse(e164, region if region in phonenumbers.SUPPORTED_REGIONS else None)
    except phonenumbers.NumberParseException:
        return e164
    same_region = phonenumbers.region_code_for_number(parsed) == region
    style = phonenumbers.PhoneNumberFormat.NATIONAL if same_region else phonenumbers.PhoneNumberFormat.INTERNATIONAL
    return str(phonenumbers.format_number(parsed, style))


def tel_uri(number: str) -> str:
    """A `tel:` URL for a stored or shipped number: the digits and a leading +, nothing else."""
    digits = digits_of(number)
    return f"tel:+{digits}" if number.strip().startswith("+") else f"tel:{digits}"
