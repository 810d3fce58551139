"""Trusted contacts: numbers checked with a reason, formatted for the family's country, kept in order, pinned."""

from __future__ import annotations

import pytest

from notalone_desktop.core.errors import ValidationError
from notalone_desktop.services.contacts import (
    ContactInput,
    ContactProblem,
    clean_contact,
    format_phone,
    normalise_phone,
    tel_uri,
)


def names(services) -> list[str]:  # type: ignore[no-untyped-def]
    return [c.name for c in services.contacts.contacts()]


@pytest.mark.parametrize(
    ("typed", "code", "message"),
    [
        ("", "phone-missing", "Enter a phone number."),
        ("09l2 345 678", "phone-letters", "'09l2 345 678' contains letters; a phone number has only digits."),
        ("1" * 300, "phone-too-long", "'11111111111111111111…' has 300 digits; phone numbers have at most 15."),
        ("0912 345 678#", "phone-symbols", "'0912 345 678#' contains characters that are not part of a phone number."),
        ("0912+345678", "phone-symbols", "'0912+345678' contains characters that are not part of a phone number."),
        # An Indonesian mobile typed without +62 is not a Vietnamese number.
        (
            "0812 3456 7890",
            "phone-invalid",
            "'0812 3456 7890' is not a valid number for VN. Numbers from another country start with + and the "
            "country code.",
        ),
        (
            "123",
            "phone-invalid",
            "'123' is not a valid number for VN. Numbers from another country start with + and the country code.",
        ),
    ],
)
def test_bad_numbers_are_refused_with_a_reason(typed: str, code: str, message: str) -> None:
    with pytest.raises(ContactProblem) as caught:
        normalise_phone(typed, "VN", index=2)
    assert caught.value.code == code
    assert str(caught.value) == message
    assert caught.value.field == "phone" and caught.value.index == 2


def test_good_numbers_are_stored_in_e164() -> None:
    assert normalise_phone("0912 345 678", "VN") == "+84912345678"
    assert normalise_phone("(024) 3825-7111", "VN") == "+842438257111"
    assert normalise_phone("+49 30 1234567", "VN") == "+49301234567"
    assert normalise_phone("0049 30 1234567", "VN") == "+49301234567"  # the international prefix works too
    assert normalise_phone("0812 3456 7890", "ID") == "+6281234567890"


def test_formatting_is_national_at_home_and_international_abroad() -> None:
    assert format_phone("+84912345678", "VN") == "0912 345 678"
    assert format_phone("+49301234567", "VN") == "+49 30 1234567"
    assert format_phone("+84912345678", "ID") == "+84 912 345 678"
    assert format_phone("not a number", "VN") == "not a number"


def test_tel_urls_hold_only_digits_and_a_leading_plus() -> None:
    assert tel_uri("+84912345678") == "tel:+84912345678"
    assert tel_uri("116 111") == "tel:116111"
    assert tel_uri("0800 111 0 550") == "tel:08001110550"


@pytest.mark.parametrize(
    ("data", "code", "field", "message"),
    [
        (ContactInput("   ", phones=("0912 345 678",)), "name-empty", "name", "Enter the contact's name."),
        (ContactInput("x" * 121, phones=("0912 345 678",)), "name-long", "name", "at most 120 characters"),
        (ContactInput("Bà Hoa", phones=("", "  ")), "phone-missing", "phone", "Enter at least one phone number."),
        (ContactInput("Bà Hoa", phones=("0912 345 678",) * 6), "phone-too-many", "phone", "at most 5 phone"),
        (ContactInput("Bà Hoa", phones=("0912 345 678",), email="hoa@"), "email-invalid", "email", "not an email"),
        (ContactInput("Bà Hoa", phones=("0912 345 678",), email="a b@c.vn"), "email-invalid", "email", "email"),
        (ContactInput("Bà Hoa", phones=("0912 345 678",), note="n" * 4001), "note-long", "note", "4000"),
        (ContactInput("Bà Hoa", "r" * 121, ("0912 345 678",)), "relationship-long", "relationship", "120"),
    ],
)
def test_a_contact_is_refused_with_the_field_and_reason(
    data: ContactInput, code: str, field: str, message: str
) -> None:
    with pytest.raises(ContactProblem) as caught:
        clean_contact(data, "VN")
    assert (caught.value.code, caught.value.field) == (code, field)
    assert message in str(caught.value)


def test_the_problem_names_the_phone_field_as_typed() -> None:
    """Blank rows are skipped, but the index still points at the row the parent typed into."""
    with pytest.raises(ContactProblem) as caught:
        clean_contact(ContactInput("Bà Hoa", phones=("", "0912 345 678", "12ab")), "VN")
    assert caught.value.index == 2


def test_cleaning_trims_and_deduplicates() -> None:
    clean = clean_contact(
        ContactInput("  Bà   Hoa ", " Bà  ngoại ", ("0912 345 678", "", "+84 912 345 678"), " hoa@example.org "),
        "VN",
    )
    assert clean.name == "Bà Hoa" and clean.relationship == "Bà ngoại"
    assert clean.phones == ("+84912345678",)
    assert clean.email == "hoa@example.org"


def test_a_refused_contact_saves_nothing(services) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ContactProblem):
        services.contacts.add(ContactInput("Bà Hoa", phones=("0912 345 678", "12ab")))
    assert services.contacts.contacts() == []


def test_contacts_are_saved_formatted_and_with_their_children(services) -> None:  # type: ignore[no-untyped-def]
    minh = services.family.add_child("Minh", 2014)
    lan = services.family.add_child("Lan", 2006)
    saved = services.contacts.add(
        ContactInput(
            "Chú Hùng",
            "Chú ruột",
            ("0987 654 321", "+49 30 1234567"),
            "hung@example.org",
            "Has a key",
            True,
            (minh.id, lan.id),
        )
    )
    [stored] = services.contacts.contacts()
    assert stored == saved
    assert [p.number for p in stored.phones] == ["+84987654321", "+49301234567"]
    # At home the national form; a number from another country stays international.
    assert [p.display for p in stored.phones] == ["0987 654 321", "+49 30 1234567"]
    assert set(stored.child_ids) == {minh.id, lan.id}
    assert stored.pinned and stored.email == "hung@example.org" and stored.note == "Has a key"
    assert stored.as_input().phones == ("+84987654321", "+49301234567")


def test_a_removed_child_no_longer_trusts_anyone(services) -> None:  # type: ignore[no-untyped-def]
    minh = services.family.add_child("Minh", 2014)
    contact = services.contacts.add(ContactInput("Cô Mai", phones=("0903 111 222",), child_ids=(minh.id,)))
    services.family.remove_child(minh.id)
    assert services.contacts.contact(contact.id).child_ids == ()


def test_region_follows_the_family_country(services) -> None:  # type: ignore[no-untyped-def]
    assert services.contacts.region() == "VN"
    contact = services.contacts.add(ContactInput("Bà Hoa", phones=("0912 345 678",)))
    services.family.update(country="ID")
    assert services.contacts.region() == "ID"
    # The stored number did not change; it now reads as a number from abroad.
    assert services.contacts.contact(contact.id).phones[0].display == "+84 912 345 678"
    with pytest.raises(ContactProblem) as caught:
        services.contacts.add(ContactInput("Ibu Sari", phones=("0912 345 678",)))
    assert caught.value.code == "phone-invalid"
    assert services.contacts.add(ContactInput("Ibu Sari", phones=("0812 3456 7890",))).phones[0].number == (
        "+6281234567890"
    )


def test_a_country_without_content_needs_the_country_code(services) -> None:  # type: ignore[no-untyped-def]
    services.family.update(country="ZZ")
    with pytest.raises(ContactProblem) as caught:
        services.contacts.add(ContactInput("Somebody", phones=("0912 345 678",)))
    assert caught.value.code == "phone-needs-country"
    saved = services.contacts.add(ContactInput("Somebody", phones=("+84 912 345 678",)))
    assert saved.phones[0].display == "+84 912 345 678"


def test_update_replaces_everything_and_refuses_a_missing_contact(services) -> None:  # type: ignore[no-untyped-def]
    contact = services.contacts.add(ContactInput("Bà Hoa", phones=("0912 345 678", "0987 654 321")))
    services.contacts.update(contact.id, ContactInput("Bà Hoa Nguyễn", "Bà ngoại", ("0903 111 222",)))
    [stored] = services.contacts.contacts()
    assert (stored.name, stored.relationship, [p.display for p in stored.phones]) == (
        "Bà Hoa Nguyễn",
        "Bà ngoại",
        ["0903 111 222"],
    )
    with pytest.raises(ContactProblem) as caught:
        services.contacts.update(contact.id, ContactInput("", phones=("0903 111 222",)))
    assert caught.value.code == "name-empty"
    assert services.contacts.contacts()[0].name == "Bà Hoa Nguyễn"
    services.contacts.delete(contact.id)
    with pytest.raises(ContactProblem) as caught:
        services.contacts.update(contact.id, ContactInput("Bà Hoa", phones=("0903 111 222",)))
    assert caught.value.code == "contact-gone"


def test_order_is_kept_and_changed_by_move(services) -> None:  # type: ignore[no-untyped-def]
    ids = [
        services.contacts.add(ContactInput(name, phones=(number,))).id
        for name, number in (("A", "0912 345 671"), ("B", "0912 345 672"), ("C", "0912 345 673"))
    ]
    assert names(services) == ["A", "B", "C"]
    services.contacts.move(ids[1], -1)
    assert names(services) == ["B", "A", "C"]
    services.contacts.move(ids[1], -1)  # already first: nothing changes
    assert names(services) == ["B", "A", "C"]
    services.contacts.move(ids[2], 1)  # already last
    assert names(services) == ["B", "A", "C"]
    services.contacts.move(ids[0], 1)
    assert names(services) == ["B", "C", "A"]
    services.contacts.add(ContactInput("D", phones=("0912 345 674",)))
    assert names(services) == ["B", "C", "A", "D"]
    services.contacts.delete(ids[2])
    assert names(services) == ["B", "A", "D"]


def test_pinned_contacts(services) -> None:  # type: ignore[no-untyped-def]
    first = services.contacts.add(ContactInput("A", phones=("0912 345 671",)))
    second = services.contacts.add(ContactInput("B", phones=("0912 345 672",), pinned=True))
    assert [c.name for c in services.contacts.pinned()] == ["B"]
    services.contacts.set_pinned(first.id, True)
    services.contacts.set_pinned(second.id, False)
    assert [c.name for c in services.contacts.pinned()] == ["A"]


def test_add_many_adds_all_or_nothing(services) -> None:  # type: ignore[no-untyped-def]
    services.contacts.add(ContactInput("Already", phones=("0912 345 670",)))
    good = [ContactInput(f"P{n}", phones=(f"0912 345 67{n}",)) for n in range(1, 4)]
    with pytest.raises(ContactProblem):
        services.contacts.add_many([*good, ContactInput("Bad", phones=("12ab",))])
    assert names(services) == ["Already"]
    assert services.contacts.add_many(good) == 3
    assert names(services) == ["Already", "P1", "P2", "P3"]


def test_helplines_are_the_countrys_with_pins_first_and_hidden_left_out(services) -> None:  # type: ignore[no-untyped-def]
    lines = [line.number or line.url for line, _pinned in services.contacts.helplines()]
    assert {"111", "113", "114", "115"} <= set(lines)
    services.contacts.pin_helpline("vn.child-protection", True)
    first, pinned = services.contacts.helplines()[0]
    assert (first.number, pinned) == ("111", True)
    services.contacts.hide_helpline("vn.fire-rescue", True)
    shown = [line.key for line, _pinned in services.contacts.helplines()]
    assert "vn.fire-rescue" not in shown
    assert "vn.fire-rescue" in [line.key for line, _p in services.contacts.helplines(include_hidden=True)]
    # Pinning keeps the line hidden; hiding keeps the pin.
    services.contacts.pin_helpline("vn.fire-rescue", True)
    entry = next(e for e in services.contacts.helpline_entries() if e.line.key == "vn.fire-rescue")
    assert entry.pinned and entry.hidden
    services.contacts.hide_helpline("vn.fire-rescue", False)
    assert "vn.fire-rescue" in [line.key for line, _pinned in services.contacts.helplines()]


def test_the_police_line_cannot_be_hidden(services) -> None:  # type: ignore[no-untyped-def]
    police = next(e for e in services.contacts.helpline_entries() if e.line.number == "113")
    assert police.always_shown
    with pytest.raises(ValidationError):
        services.contacts.hide_helpline(police.line.key, True)
    with pytest.raises(ValidationError):
        services.contacts.pin_helpline("xx.unknown", True)
    assert "113" in [line.number for line, _pinned in services.contacts.helplines()]


def test_no_helplines_for_a_country_without_content(services) -> None:  # type: ignore[no-untyped-def]
    services.family.update(country="ZZ")
    assert services.contacts.country() is None
    assert services.contacts.helplines() == []
    assert services.contacts.helpline_entries() == []
    services.family.update(country="ID")
    numbers = [line.number for line, _pinned in services.contacts.helplines()]
    assert "129" in numbers and "110" in numbers
