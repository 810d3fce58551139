"""The one rule for phone numbers (core/phone.py), pinned on hand-typed input: what becomes E.164, each refusal
with the words and the code the window translates, the short numbers a profile may ship, and how a stored number
is shown and dialled."""

# ruff: noqa: E501  (the tables keep one case a line, each with the whole words it gives)

from __future__ import annotations

import pytest

from notalone_desktop.core.phone import E164, PhoneProblem, digits_of, format_phone, normalise, tel_uri

ANOTHER = "Numbers from another country start with + and the country code."


@pytest.mark.parametrize(
    ("typed", "region", "stored"),
    [
        ("0912 345 678", "VN", "+84912345678"),
        ("  0912345678 ", "VN", "+84912345678"),  # spaces around are not part of it
        ("+84 (912) 345-678", "VN", "+84912345678"),
        ("091.234.5678", "VN", "+84912345678"),
        ("0912\u00a0345/678", "VN", "+84912345678"),  # a no-break space and a slash, as some phones copy them
        ("+49 30 123456", "VN", "+4930123456"),  # another country's number, with its code
        ("030 123456", "DE", "+4930123456"),
        ("+84 912 345 678", "XX", "+84912345678"),  # a region phonenumbers does not know: + is enough
        ("+84 912 345 678", "", "+84912345678"),
    ],
)
def test_numbers_people_type_become_e164(typed: str, region: str, stored: str) -> None:
    assert normalise(typed, region) == stored
    assert E164.match(stored)


def problem(typed: str, region: str = "VN", short_codes: list[str] | None = None) -> tuple[str, str, dict[str, str]]:
    with pytest.raises(PhoneProblem) as raised:
        normalise(typed, region, short_codes)
    error = raised.value
    assert error.field == "phone" and str(error) == f"phone: {error.problem}"
    return error.code, error.problem, error.params


@pytest.mark.parametrize(
    ("typed", "code", "words", "params"),
    [
        ("", "phone-missing", "Enter a phone number.", {}),
        ("   ", "phone-missing", "Enter a phone number.", {}),
        ("09a", "phone-letters", "'09a' contains letters; a phone number has only digits.", {"text": "09a"}),
        ("call 113", "phone-letters", "'call 113' contains letters; a phone number has only digits.", {"text": "call 113"}),
        ("0912#345", "phone-symbols", "'0912#345' contains characters that are not part of a phone number.", {"text": "0912#345"}),
        ("*113", "phone-symbols", "'*113' contains characters that are not part of a phone number.", {"text": "*113"}),
        ("09+12", "phone-symbols", "'09+12' contains characters that are not part of a phone number.", {"text": "09+12"}),
        ("++84", "phone-symbols", "'++84' contains characters that are not part of a phone number.", {"text": "++84"}),
        ("+", "phone-not-number", "'+' is not a phone number.", {"text": "+"}),
        ("111", "phone-invalid", f"'111' is not a valid number for VN. {ANOTHER}", {"text": "111", "region": "VN"}),
        ("+1234567", "phone-invalid", f"'+1234567' is not a valid number for VN. {ANOTHER}", {"text": "+1234567", "region": "VN"}),
        ("1" * 17, "phone-invalid", f"'{'1' * 17}' is not a valid number for VN. {ANOTHER}", {"text": "1" * 17, "region": "VN"}),
        ("1" * 18, "phone-too-long", f"'{'1' * 18}…' has 18 digits; phone numbers have at most 15.", {"text": "1" * 18, "digits": "18"}),
        ("1" * 25, "phone-too-long", f"'{'1' * 20}…' has 25 digits; phone numbers have at most 15.", {"text": "1" * 20, "digits": "25"}),
    ],
)  # fmt: skip
def test_each_refusal_says_why_in_words_and_a_code(typed: str, code: str, words: str, params: dict[str, str]) -> None:
    assert problem(typed) == (code, words, params)


def test_a_number_without_a_country_code_needs_a_region_phonenumbers_knows() -> None:
    words = "'0912 345 678': start the number with + and the country code."
    assert problem("0912 345 678", "XX") == ("phone-needs-country", words, {"text": "0912 345 678"})
    assert problem("0912 345 678", "") == ("phone-needs-country", words, {"text": "0912 345 678"})


def test_what_is_shown_of_a_long_mistake_is_cut_at_forty_characters() -> None:
    typed = "x" + "1" * 60
    code, words, params = problem(typed)
    assert code == "phone-letters" and params == {"text": typed[:40]} and words.startswith(f"'{typed[:40]}' ")
    typed = "1#" * 30  # 30 digits: too long before the symbols are looked at
    assert problem(typed) == (
        "phone-too-long",
        f"'{typed[:20]}…' has 30 digits; phone numbers have at most 15.",
        {"text": typed[:20], "digits": "30"},
    )
    typed = "#" * 60
    assert problem(typed)[2] == {"text": "#" * 40}


def test_short_numbers_only_where_a_profile_allows_them() -> None:
    # A profile's own hotline, or a short number phonenumbers knows for the region; kept as its digits.
    assert normalise("111", "VN", ["111"]) == "111"
    assert normalise("116 111", "DE", ["116111"]) == "116111"
    assert normalise("110", "DE", []) == "110"  # German police: known to phonenumbers
    assert normalise("113", "VN", []) == "113"
    assert normalise("113", "VN", ["111"]) == "113"
    assert problem("999", "VN", []) == (
        "phone-short",
        "'999' is not a short number one can call in VN",
        {"text": "999", "region": "VN"},
    )
    assert problem("12345", "VN", ["111"])[0] == "phone-short"
    assert problem("123456", "VN", [])[0] == "phone-short"  # six digits: still a short number
    assert problem("1234567", "VN", [])[0] == "phone-invalid"  # seven: a full number, and not a valid one
    assert problem("12", "VN", [])[0] == "phone-invalid"  # two: too short to be a short number
    assert problem("00", "VN", [])[0] == "phone-not-number"
    # With + it is never a short number, and without `short_codes` every number must be a full one.
    assert problem("+111", "VN", ["111"])[0] == "phone-invalid"
    assert problem("111", "VN")[0] == "phone-invalid"


@pytest.mark.parametrize(
    ("stored", "region", "shown"),
    [
        ("+84912345678", "VN", "0912 345 678"),  # the family's own country: as it is dialled at home
        ("+4930123456", "DE", "030 123456"),
        ("+84912345678", "DE", "+84 912 345 678"),  # another country's: with its code
        ("+84912345678", "XX", "+84 912 345 678"),
        ("+84912345678", "", "+84 912 345 678"),
        ("113", "VN", "113"),  # a short number stays as it is
        ("not a number", "VN", "not a number"),  # never a crash on a stored oddity
    ],
)
def test_a_stored_number_is_shown_as_people_dial_it(stored: str, region: str, shown: str) -> None:
    assert format_phone(stored, region) == shown


def test_the_dial_link_holds_the_digits_and_a_leading_plus_only() -> None:
    assert tel_uri("+84 912 345 678") == "tel:+84912345678"
    assert tel_uri("  +1 (202) 555-0100") == "tel:+12025550100"
    assert tel_uri("113") == "tel:113"
    assert tel_uri("1+13") == "tel:113"  # a + inside is not a country code
    assert digits_of("+84 (0) 9-1") == "84091"
