"""vCard export and import: a round trip into a new family gives the same contacts; bad files change nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from notalone_desktop.services import open_services
from notalone_desktop.services.contacts import ContactInput
from notalone_desktop.services.vcard import (
    MAX_BYTES,
    MAX_CARDS,
    VcardProblem,
    VcardRefused,
    export_vcards,
    parse_vcards,
    split_duplicates,
)


def card(*lines: str) -> str:
    return "\r\n".join(["BEGIN:VCARD", "VERSION:3.0", *lines, "END:VCARD"]) + "\r\n"


def summary(services) -> list[tuple[object, ...]]:  # type: ignore[no-untyped-def]
    """What a parent sees of each contact, with children by nickname (ids differ between families)."""
    nicknames = {c.id: c.nickname for c in services.family.children()}
    return [
        (
            c.name,
            c.relationship,
            tuple(p.number for p in c.phones),
            c.email,
            c.note,
            c.pinned,
            sorted(nicknames[i] for i in c.child_ids),
        )
        for c in services.contacts.contacts()
    ]


def import_into(services, data: bytes) -> tuple[int, list[str]]:  # type: ignore[no-untyped-def]
    """What the window does: read the file, then add the new cards in one transaction."""
    children = {c.nickname: c.id for c in services.family.children()}
    contacts, problems = parse_vcards(data, services.contacts.region(), children)
    new, _duplicates = split_duplicates(contacts, services.contacts.contacts())
    return (services.contacts.add_many(new) if new else 0), problems


@pytest.fixture
def other_family(tmp_path: Path):  # type: ignore[no-untyped-def]
    """A second, empty family in its own data dir, with children of the same nicknames as the demo's."""
    opened = open_services(tmp_path / "other-family")
    opened.family.update(country="VN", setup_done=True)
    for nickname, year in (("Bông", 2021), ("Minh", 2015), ("Lan", 2007)):
        opened.family.add_child(nickname, year)
    yield opened
    opened.close()


def test_round_trip_into_a_new_family_gives_equal_contacts(demo_services, other_family) -> None:  # type: ignore[no-untyped-def]
    names = {c.id: c.nickname for c in demo_services.family.children()}
    text = export_vcards(demo_services.contacts.contacts(), names)
    assert text.count("BEGIN:VCARD") == len(demo_services.contacts.contacts()) == 4
    assert "\r\n" in text and "VERSION:3.0" in text
    added, problems = import_into(other_family, text.encode("utf-8"))
    assert problems == []
    assert added == 4
    assert summary(other_family) == summary(demo_services)


def test_round_trip_keeps_commas_semicolons_and_line_breaks(services, other_family) -> None:  # type: ignore[no-untyped-def]
    services.contacts.add(
        ContactInput(
            "Nguyễn, Văn; An",
            "Hàng xóm; tầng 3, phòng 301",
            ("+84 912 345 678", "+49 30 1234567"),
            "an@example.org",
            "Dòng một\nDòng hai, có dấu phẩy; và chấm phẩy\\",
            True,
        )
    )
    text = export_vcards(services.contacts.contacts())
    added, problems = import_into(other_family, text.encode("utf-8"))
    assert (added, problems) == (1, [])
    assert summary(other_family) == summary(services)


def test_importing_the_same_file_twice_adds_nothing_new(demo_services) -> None:  # type: ignore[no-untyped-def]
    text = export_vcards(demo_services.contacts.contacts())
    contacts, _problems = parse_vcards(text.encode(), "VN")
    new, duplicates = split_duplicates(contacts, demo_services.contacts.contacts())
    assert new == [] and len(duplicates) == 4


def test_a_malformed_card_is_reported_by_line_and_skipped(services) -> None:  # type: ignore[no-untyped-def]
    data = (
        card("FN:Bà Hoa", "TEL;TYPE=CELL:0912 345 678")  # lines 1-5
        + card("FN:Broken", "this line has no colon", "TEL:0912 345 679")  # lines 6-11, bad line 9
        + card("FN:No number", "EMAIL:x@example.org")  # lines 12-16
        + card("FN:Chú Hùng", "TEL:0987 654 321", "TEL:12ab")  # lines 17-22, bad number on line 21
        + card("TEL:0903 111 222")  # lines 23-26: no name
    ).encode()
    added, problems = import_into(services, data)
    assert added == 2
    assert [c.name for c in services.contacts.contacts()] == ["Bà Hoa", "Chú Hùng"]
    assert [p.line for p in problems if isinstance(p, VcardProblem)] == [9, 12, 21, 23]
    assert problems[0].startswith("Line 9: this line cannot be read")
    assert "has no phone number" in problems[1]
    assert "'12ab' was left out" in problems[2] and "contains letters" in problems[2]
    assert "no name" in problems[3]


def test_a_card_without_end_is_skipped_but_the_next_one_is_read(services) -> None:  # type: ignore[no-untyped-def]
    data = (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Half\r\nTEL:0912 345 671\r\n" + card("FN:Whole", "TEL:0912 345 672")
    ).encode()
    added, problems = import_into(services, data)
    assert added == 1 and [c.name for c in services.contacts.contacts()] == ["Whole"]
    assert problems == ["Line 1: this card has no END:VCARD; it was skipped."]


def test_old_phone_exports_in_vcard_21_and_utf16_are_read(services) -> None:  # type: ignore[no-untyped-def]
    quoted = (
        "BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:;B=C3=A0 =\r\nHoa;;;\r\n"
        "TEL;CELL:0912345678\r\nEND:VCARD\r\n"
    ).encode("ascii")
    added, problems = import_into(services, quoted)
    assert (added, problems) == (1, [])
    utf16 = card("FN:Thảo", "TEL:0935 222 333").encode("utf-16")
    added, problems = import_into(services, utf16)
    assert (added, problems) == (1, [])
    assert [c.name for c in services.contacts.contacts()] == ["Bà Hoa", "Thảo"]


def test_numbers_from_abroad_stay_international_and_bad_ones_are_named(services) -> None:  # type: ignore[no-untyped-def]
    data = card("FN:Onkel Jan", "TEL:+49 30 1234567", "TEL;VALUE=uri:tel:+84-912-345-678", "TEL:0812 3456 7890")
    contacts, problems = parse_vcards(data.encode(), "VN")
    assert contacts[0].phones == ("+49301234567", "+84912345678")
    assert len(problems) == 1 and "'0812 3456 7890' was left out" in problems[0] and "not a valid number" in problems[0]


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01" + bytes(range(256)) * 40, "binary"),  # a JPEG renamed .vcf
        (b"%PDF-1.7\n" + b"x" * 100, "binary"),
        (card("FN:Bà Hoa", "TEL:0912 345 678").encode("cp1258"), "encoding"),  # Windows Vietnamese
        (card("FN:Bà Hoa", "TEL:0912 345 678").encode("latin-1", "replace"), "encoding"),
        ("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bà Hoa\r\nTEL:09".encode(), "truncated"),  # cut off mid-card
        (card("FN:A", "TEL:0912 345 678").encode() * (MAX_CARDS * 5), "too-many"),  # 10,000 cards
        (card("FN:A", "TEL:0912 345 678", "NOTE:" + "x" * 5_000_000).encode(), "too-big"),  # a 5 MB field
        (b"   \r\n", "empty"),
        (b"Name;Phone\r\nHoa;0912 345 678\r\n", "no-cards"),  # a CSV file
    ],
    ids=["jpeg", "pdf", "cp1258", "latin1", "truncated", "10000-cards", "5mb-field", "empty", "csv"],
)
def test_files_that_cannot_be_contacts_are_refused_and_change_nothing(services, data: bytes, code: str) -> None:  # type: ignore[no-untyped-def]
    services.contacts.add(ContactInput("Bà Hoa", phones=("0912 345 678",)))
    before = summary(services)
    with pytest.raises(VcardRefused) as caught:
        import_into(services, data)
    assert caught.value.code == code
    assert str(caught.value)  # a plain message for the parent
    assert summary(services) == before


def test_refusal_messages_say_what_to_do() -> None:
    with pytest.raises(VcardRefused, match=r"at most 2 MB"):
        parse_vcards(b"BEGIN:VCARD\r\n" + b"x" * MAX_BYTES, "VN")
    with pytest.raises(VcardRefused, match=r"10000 contacts; at most 2000"):
        parse_vcards(card("FN:A", "TEL:0912345678").encode() * 10_000, "VN")
    with pytest.raises(VcardRefused, match=r"not in UTF-8 \(from line 3\)"):
        parse_vcards(card("FN:Bà Hoa").encode("cp1258"), "VN")
    with pytest.raises(VcardRefused, match=r"middle of a contact \(from line 2\)"):
        parse_vcards(b"\r\nBEGIN:VCARD\r\nFN:A\r\n", "VN")


def test_a_very_long_field_in_a_small_file_skips_that_card_only(services) -> None:  # type: ignore[no-untyped-def]
    data = (card("FN:Long", "TEL:0912 345 671", "NOTE:" + "x" * 50_000) + card("FN:Short", "TEL:0912 345 672")).encode()
    added, problems = import_into(services, data)
    assert added == 1 and [c.name for c in services.contacts.contacts()] == ["Short"]
    assert problems[0].startswith("Line 5: a field of 50,005 characters is too long")


def test_a_note_too_long_for_a_contact_is_reported_and_skipped(services) -> None:  # type: ignore[no-untyped-def]
    data = card("FN:Chatty", "TEL:0912 345 671", "NOTE:" + "x" * 5000).encode()
    added, problems = import_into(services, data)
    assert added == 0 and services.contacts.contacts() == []
    assert problems == ["Line 1: Chatty was skipped: A note can have at most 4000 characters."]


def test_more_than_five_numbers_keeps_the_first_five() -> None:
    data = card("FN:Busy", *(f"TEL:0912 345 67{n}" for n in range(7)))
    contacts, problems = parse_vcards(data.encode(), "VN")
    assert len(contacts[0].phones) == 5
    assert problems == ["Line 1: Busy has 7 numbers; only the first 5 were kept."]
