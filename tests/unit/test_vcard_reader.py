"""The vCard reader and writer on hand-written files, no database: every refusal and every skipped card with the
line and the words the parent reads, what is kept of each card, and what an export holds."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from notalone_desktop.services.contacts import ContactInfo, ContactInput, PhoneInfo
from notalone_desktop.services.vcard import (
    MAX_BYTES,
    MAX_CARDS,
    MAX_LINE_CHARS,
    VcardRefused,
    export_vcards,
    parse_vcards,
    read_vcard_file,
    split_duplicates,
)


def card(*lines: str) -> str:
    return "BEGIN:VCARD\r\nVERSION:3.0\r\n" + "".join(f"{line}\r\n" for line in lines) + "END:VCARD\r\n"


def refused(data: bytes) -> VcardRefused:
    with pytest.raises(VcardRefused) as raised:
        parse_vcards(data, "VN")
    return raised.value


def read(text: str, children: dict[str, int] | None = None) -> tuple[list[ContactInput], list[str]]:
    return parse_vcards(text.encode(), "VN", children)


# Whole files refused ---------------------------------------------------------------------------------------------


def test_a_file_over_2_mb_is_refused_with_its_size() -> None:
    error = refused(b"BEGIN:VCARD\r\n" + b"x" * MAX_BYTES)
    assert (error.code, error.params) == ("too-big", {"size": "2.0"})
    assert str(error) == ("The file is 2.0 MB; a contacts file can be at most 2 MB. Export fewer contacts at a time.")
    just_fits = card("FN:A", "TEL:0912 345 678", "NOTE:" + "x" * 3000).encode()
    assert len(parse_vcards(just_fits + b" " * (MAX_BYTES - len(just_fits)), "VN")[0]) == 1


def test_the_file_picked_is_read_by_the_one_rule_and_refused_in_words(tmp_path: Path) -> None:
    good = tmp_path / "contacts.vcf"
    good.write_bytes(card("FN:A", "TEL:0912 345 678").encode())
    assert read_vcard_file(good) == good.read_bytes()
    big = tmp_path / "big.vcf"
    big.write_bytes(b"x" * 2_350_000)
    with pytest.raises(VcardRefused) as raised:
        read_vcard_file(big)
    assert (raised.value.code, str(raised.value), raised.value.params) == (
        "too-big",
        "The file is 2.4 MB; a contacts file can be at most 2 MB.",
        {"size": "2.4"},
    )
    error = refused(b"BEGIN:VCARD\r\n" + b"x" * (2_350_000 - 13))  # handed over as bytes: the same, and advice
    assert (str(error), error.params) == (
        "The file is 2.4 MB; a contacts file can be at most 2 MB. Export fewer contacts at a time.",
        {"size": "2.4"},
    )
    others = [tmp_path]  # a folder, and a FIFO where the system has them
    if hasattr(os, "mkfifo"):
        os.mkfifo(tmp_path / "pipe.vcf")
        others.append(tmp_path / "pipe.vcf")
    for path in others:
        with pytest.raises(VcardRefused) as raised:
            read_vcard_file(path)
        assert (raised.value.code, str(raised.value)) == (
            "not-a-file",
            "This is not a contacts file: it is a device, a pipe or a folder.",
        )
    with pytest.raises(FileNotFoundError):
        read_vcard_file(tmp_path / "gone.vcf")


@pytest.mark.parametrize("data", [b"", b"   \r\n\t"], ids=["nothing", "blanks"])
def test_an_empty_file(data: bytes) -> None:
    error = refused(data)
    assert (error.code, str(error), error.params) == ("empty", "The file is empty.", {})


BINARY = "This is not a contacts file: it looks like a picture or another kind of file."


@pytest.mark.parametrize(
    "data",
    [
        b"\xff\xd8\xff\xe0JFIF",
        b"\x89PNG\r\n",
        b"GIF89a",
        b"%PDF-1.7",
        b"PK\x03\x04zip",
        b"\x1f\x8b\x08gzip",
        card("FN:A\x00B", "TEL:0912 345 678").encode(),
        card("FN:A\x07B", "TEL:0912 345 678").encode(),
    ],
    ids=["jpeg", "png", "gif", "pdf", "zip", "gzip", "nul", "bell"],
)
def test_files_that_are_not_text(data: bytes) -> None:
    error = refused(data)
    assert (error.code, str(error)) == ("binary", BINARY)


def test_utf16_files_are_read_and_broken_utf16_refused() -> None:
    for encoding in ("utf-16", "utf-16-be"):
        data = card("FN:Thảo", "TEL:0935 222 333").encode(encoding)
        if encoding == "utf-16-be":
            data = b"\xfe\xff" + data
        contacts, problems = parse_vcards(data, "VN")
        assert ([c.name for c in contacts], problems) == (["Thảo"], [])
    error = refused(b"\xff\xfe" + "BEGIN".encode("utf-16-le") + b"\x00\xd8")  # a lone surrogate
    assert (error.code, str(error), error.params) == ("encoding", "The file cannot be read as text.", {"line": "1"})


def test_text_not_in_utf8_names_the_line() -> None:
    data = card("FN:Hoa", "NOTE:ok", "ORG:Bà").encode("cp1258")
    error = refused(data)
    assert (error.code, error.params) == ("encoding", {"line": "5"})
    assert str(error) == "The file is not in UTF-8 (from line 5). Export the contacts again as a UTF-8 vCard."
    contacts, _ = parse_vcards(b"\xef\xbb\xbf" + card("FN:Bé", "TEL:0912 345 678").encode(), "VN")  # a BOM
    assert [c.name for c in contacts] == ["Bé"]


def test_a_file_without_cards() -> None:
    error = refused(b"Name;Phone\r\nHoa;0912 345 678\r\n")
    assert (error.code, str(error)) == ("no-cards", "There are no contacts (vCards) in this file.")


def test_too_many_cards() -> None:
    error = refused(card("FN:A", "TEL:0912345678").encode() * (MAX_CARDS + 1))
    assert (error.code, error.params) == ("too-many", {"count": "2001", "limit": "2000"})
    assert str(error) == "The file holds 2001 contacts; at most 2000 can be imported at once."
    # Exactly the limit is read (cards that fail at once, so that 2,000 of them stay quick to read).
    contacts, problems = parse_vcards(b"BEGIN:VCARD\r\nnot a field\r\nEND:VCARD\r\n" * MAX_CARDS, "VN")
    assert contacts == [] and len(problems) == MAX_CARDS


def test_a_file_cut_off_in_a_card() -> None:
    error = refused(("\r\n" + card("FN:Whole", "TEL:0912 345 678") + "BEGIN:VCARD\r\nFN:Half\r\n").encode())
    assert (error.code, error.params) == ("truncated", {"line": "7"})
    assert str(error) == (
        "The file ends in the middle of a contact (from line 7); it may be incomplete. Export the contacts again."
    )


# Cards skipped, by line ------------------------------------------------------------------------------------------


def test_each_skipped_card_is_reported_at_its_line_in_order() -> None:
    text = (
        card("FN:Bà Hoa", "TEL;TYPE=CELL:0912 345 678")  # lines 1-5
        + card("FN:Broken", "this line has no colon", "TEL:0912 345 679")  # 6-11, bad line 9
        + card("FN:No number", "EMAIL:x@example.org")  # 12-16
        + card("FN:Chú Hùng", "TEL:0987 654 321", "TEL:12ab")  # 17-22, letters on 21
        + card("TEL:0903 111 222")  # 23-26: no name
        + card("FN:Bad:name?", "X BAD:1")  # 27-31: a property name with a space
    )
    contacts, problems = read(text)
    assert [c.name for c in contacts] == ["Bà Hoa", "Chú Hùng"]
    assert problems == [
        "Line 9: this line cannot be read; the contact was skipped.",
        "Line 12: No number has no phone number that can be used; skipped.",
        "Line 21: Chú Hùng: the number '12ab' was left out: '12ab' contains letters; a phone number has only digits.",
        "Line 23: this contact has no name; it was skipped.",
        "Line 30: this line cannot be read; the contact was skipped.",
    ]
    assert [(p.line, p.code) for p in problems] == [  # type: ignore[attr-defined]
        (9, "bad-line"),
        (12, "no-phone"),
        (21, "number-skipped"),
        (23, "no-name"),
        (30, "bad-line"),
    ]
    assert problems[1].params == {"name": "No number"}  # type: ignore[attr-defined]
    assert problems[2].params == {  # type: ignore[attr-defined]
        "name": "Chú Hùng",
        "number": "12ab",
        "reason": "phone-letters",
        "text": "12ab",
    }


def test_a_card_without_end_is_skipped_and_the_next_read() -> None:
    contacts, problems = read("BEGIN:VCARD\r\nFN:Half\r\nTEL:0912 345 671\r\n" + card("FN:Whole", "TEL:0912 345 672"))
    assert [c.name for c in contacts] == ["Whole"]
    assert problems == ["Line 1: this card has no END:VCARD; it was skipped."]
    assert problems[0].code == "no-end"  # type: ignore[attr-defined]
    stray, nothing = read("END:VCARD\r\n" + card("FN:After", "TEL:0912 345 672"))
    assert ([c.name for c in stray], nothing) == (["After"], [])


def test_a_field_too_long_for_a_contact_skips_that_card() -> None:
    long = card("FN:Long", "TEL:0912 345 671", "NOTE:" + "x" * MAX_LINE_CHARS)
    contacts, problems = read(long + card("FN:Short", "TEL:0912 345 672"))
    assert [c.name for c in contacts] == ["Short"]
    assert problems == ["Line 5: a field of 20,005 characters is too long; this contact was skipped."]
    assert (problems[0].code, problems[0].params) == ("field-too-long", {"size": "20005"})  # type: ignore[attr-defined]
    limit = "NOTE:" + "x" * (MAX_LINE_CHARS - 5)
    assert read(card("FN:Edge", "TEL:0912 345 671", limit))[1] == [
        "Line 1: Edge was skipped: A note can have at most 4000 characters."
    ]


def test_a_card_vobject_cannot_parse_is_skipped() -> None:
    text = card("FN:Odd", "TEL:0912 345 671", "BEGIN:VEVENT") + card("FN:Fine", "TEL:0912 345 672")
    contacts, problems = read(text)
    assert [c.name for c in contacts] == ["Fine"]
    assert problems == ["Line 1: this contact cannot be read; it was skipped."]
    assert problems[0].code == "unreadable"  # type: ignore[attr-defined]


def test_a_line_the_vcard_library_cannot_read_skips_the_card() -> None:
    text = card("FN:Quote", 'NOTE;X="unclosed:hi', "TEL:0912 345 671") + card("FN:Fine", "TEL:0912 345 672")
    contacts, problems = read(text)
    assert [c.name for c in contacts] == ["Fine"]  # not kept without its note
    assert problems == ["Line 1: this contact cannot be read; it was skipped."]


def test_numbers_that_cannot_be_used_are_named_and_the_rest_kept() -> None:
    contacts, problems = read(
        card("FN:Onkel Jan", "TEL:+49 30 1234567", "TEL;VALUE=uri:tel:+84-912-345-678", "TEL:0812 3456 7890")
    )
    assert contacts[0].phones == ("+49301234567", "+84912345678")
    assert problems == [
        "Line 6: Onkel Jan: the number '0812 3456 7890' was left out: '0812 3456 7890' is not a valid number for VN. "
        "Numbers from another country start with + and the country code."
    ]


def test_a_long_name_and_number_are_cut_in_the_report_and_a_tel_link_keeps_its_country() -> None:
    name = "Bà " + "Hoa" * 30
    contacts, problems = read(card(f"FN:{name}", "TEL;VALUE=uri:tel:+49-30-1234567", "TEL:" + "0912-" * 12))
    assert contacts[0].phones == ("+49301234567",)  # "tel:" taken off, the + kept
    typed = "0912-" * 12
    assert problems == [
        f"Line 5: {name[:60]}: the number '{typed[:40]}' was left out: '{typed[:20]}…' has 48 digits; phone numbers "
        "have at most 15."
    ]
    assert (
        problems[0].params
        == {  # type: ignore[attr-defined]
            "name": name[:60],
            "number": typed[:40],
            "reason": "phone-too-long",
            "text": typed[:20],
            "digits": "48",
        }
    )


def test_more_than_five_numbers_keeps_the_first_five() -> None:
    contacts, problems = read(card("FN:Busy", *(f"TEL:0912 345 67{n}" for n in range(7))))
    assert contacts[0].phones == tuple(f"+8491234567{n}" for n in range(5))
    assert problems == ["Line 1: Busy has 7 numbers; only the first 5 were kept."]
    assert problems[0].code == "phones-cut"  # type: ignore[attr-defined]
    five, none = read(card("FN:Five", *(f"TEL:0912 345 67{n}" for n in range(5))))
    assert len(five[0].phones) == 5 and none == []
    assert problems[0].params == {"name": "Busy", "count": "7", "limit": "5"}  # type: ignore[attr-defined]


def test_a_card_the_contacts_form_would_refuse_is_skipped_with_the_forms_words() -> None:
    contacts, problems = read(card("FN:Chatty", "TEL:0912 345 671", "EMAIL:not an address"))
    assert contacts == []
    assert problems == ["Line 1: Chatty was skipped: 'not an address' is not an email address."]
    assert problems[0].code == "invalid"  # type: ignore[attr-defined]
    assert problems[0].params == {  # type: ignore[attr-defined]
        "name": "Chatty",
        "reason": "email-invalid",
        "text": "not an address",
    }


# What is kept of a card -----------------------------------------------------------------------------------------


def test_every_field_of_a_card_is_kept_cleaned_like_the_form_would() -> None:
    text = card(
        "FN:  Cô   Lan ",
        "TEL;TYPE=CELL:0912 345 678",
        "TEL:0912 345 678",  # the same number twice is one number
        "EMAIL;TYPE=INTERNET:lan@example.org",
        "NOTE:Gọi sau 8 giờ tối\\nchỉ khi cần",
        "X-NOTALONE-RELATIONSHIP:Cô giáo",
        "X-NOTALONE-PINNED:1",
        "X-NOTALONE-CHILD:minh",
        "X-NOTALONE-CHILD:Someone else",
        "X-NOTALONE-CHILD:LAN",
    )
    contacts, problems = read(text, {"Minh": 3, "Lan": 5})
    assert problems == []
    assert contacts == [
        ContactInput(
            "Cô Lan", "Cô giáo", ("+84912345678",), "lan@example.org", "Gọi sau 8 giờ tối\nchỉ khi cần", True, (3, 5)
        )
    ]


def test_a_blank_field_gives_way_to_the_next_one() -> None:
    text = card(
        "FN:Hoa", "TEL:0912 345 678", "EMAIL: ", "EMAIL:hoa@example.org", "X-NOTALONE-RELATIONSHIP: ", "ROLE:Aunt"
    )
    contacts, problems = read(text)
    assert (contacts[0].email, contacts[0].relationship, problems) == ("hoa@example.org", "Aunt", [])


@pytest.mark.parametrize(("value", "pinned"), [("1", True), ("TRUE", True), ("yes", True), ("0", False), ("no", False)])
def test_pinned_is_read_from_the_apps_own_mark(value: str, pinned: bool) -> None:
    contacts, _ = read(card("FN:A", "TEL:0912 345 678", f"X-NOTALONE-PINNED:{value}"))
    assert contacts[0].pinned is pinned
    assert read(card("FN:A", "TEL:0912 345 678"))[0][0].pinned is False


def test_other_address_books_role_and_structured_name_are_used() -> None:
    contacts, problems = read(card("N:Nguyễn;Hoa;Thị;Bà;", "ROLE:Neighbour", "TEL:0912 345 678"))
    assert problems == []
    assert (contacts[0].name, contacts[0].relationship) == ("Bà Hoa Thị Nguyễn", "Neighbour")
    contacts, _ = read(card("N:Nguyễn;Hoa,Lan;;;", "TEL:0912 345 678"))  # two given names
    assert contacts[0].name == "Hoa Lan Nguyễn"
    contacts, _ = read(card("N:;;;;", "FN:", "TEL:0912 345 678"))
    assert contacts == []
    mine_first = read(card("FN:A", "ROLE:Neighbour", "X-NOTALONE-RELATIONSHIP:Aunt", "TEL:0912 345 678"))[0]
    assert mine_first[0].relationship == "Aunt"


def test_folded_and_quoted_printable_lines_are_joined() -> None:
    folded = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bà\r\n  Hoa\r\nNOTE:one\r\n\ttwo\r\nTEL:0912 345 678\r\nEND:VCARD\r\n"
    contacts, problems = read(folded)
    assert (contacts[0].name, contacts[0].note, problems) == ("Bà Hoa", "onetwo", [])
    quoted = (
        "BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:;B=C3=A0 =\r\nHoa;;;\r\n"
        "TEL;CELL:0912345678\r\nEND:VCARD\r\n"
    )
    contacts, problems = read(quoted)
    assert ([c.name for c in contacts], problems) == (["Bà Hoa"], [])
    mac = card("FN:Old Mac", "TEL:0912 345 678").replace("\r\n", "\r")
    assert [c.name for c in read(mac)[0]] == ["Old Mac"]
    equals = card("FN:Sum", "NOTE:1+1=", "TEL:0912 345 678")  # "=" at the end of a plain line is just text
    assert read(equals)[0][0].note == "1+1="


def vcard21(*lines: str) -> str:
    return (
        "BEGIN:VCARD\r\nVERSION:2.1\r\nFN:A\r\n"
        + "".join(f"{line}\r\n" for line in lines)
        + "TEL:0912345678\r\nEND:VCARD\r\n"
    )


@pytest.mark.parametrize(
    ("lines", "note"),
    [
        # Soft breaks over several lines, one of them only "=": every part is kept, in order.
        (("NOTE;ENCODING=QUOTED-PRINTABLE:one=", "two=", "=", "three"), "onetwothree"),
        # The mark folded in the middle: still found across the fold.
        (("NOTE;ENCODING=QUOTED-", " PRINTABLE:one=", "two"), "onetwo"),
        # A soft break before the value's colon.
        (("NOTE;ENCODING=QUOTED-PRINTABLE;X-A=b=", "c:hello"), "hello"),
        # The words in a plain value are not the mark: its "=" is text, the next line its own.
        (("NOTE:the words QUOTED-PRINTABLE: mean nothing here=",), "the words QUOTED-PRINTABLE: mean nothing here="),
        (("NOTE:first", "  QUOTED-PRINTABLE is a word="), "first QUOTED-PRINTABLE is a word="),
    ],
    ids=["three soft breaks", "mark folded", "soft break in the name", "mark in a value", "mark in a folded value"],
)
def test_quoted_printable_is_told_by_the_property_not_the_value(lines: tuple[str, ...], note: str) -> None:
    contacts, problems = read(vcard21(*lines))
    assert ([(c.note, c.phones) for c in contacts], problems) == ([(note, ("+84912345678",))], [])


def test_the_numbers_line_is_reported_even_after_blank_and_grouped_lines() -> None:
    text = card("FN:Grouped", "", "item1.TEL:12ab", "item2.TEL:0912 345 678")
    contacts, problems = read(text)
    assert contacts[0].phones == ("+84912345678",)
    assert [p.line for p in problems] == [5]  # type: ignore[attr-defined]


# Export and duplicates -------------------------------------------------------------------------------------------


def info(contact_id: int, name: str, *numbers: str, **kw: object) -> ContactInfo:
    fields: dict[str, object] = {"relationship": "", "email": "", "note": "", "pinned": False, "child_ids": ()}
    fields.update(kw)
    phones = tuple(PhoneInfo(number, number) for number in numbers)
    return ContactInfo(contact_id, name, phones=phones, position=contact_id, **fields)  # type: ignore[arg-type]


def test_an_export_holds_each_field_and_reads_back_the_same() -> None:
    hoa = info(1, "Bà Hoa", "+84912345678", "+4930123456", relationship="Bà ngoại", email="hoa@example.org",
               note="Gọi buổi sáng; không nhắn tin, cảm ơn", pinned=True, child_ids=(3, 9))  # fmt: skip
    plain = info(2, "Thảo", "+84935222333")
    text = export_vcards([hoa, plain], {3: "Minh", 4: "Lan"})
    assert text.count("BEGIN:VCARD") == 2 and text.endswith("END:VCARD\r\n")
    first = text.split("END:VCARD")[0]
    for line in ("PRODID:-//Not Alone//Contacts//EN", "FN:Bà Hoa", "N:;Bà Hoa;;;", "TEL;TYPE=VOICE:+84912345678",
                 "EMAIL;TYPE=INTERNET:hoa@example.org", "X-NOTALONE-RELATIONSHIP:Bà ngoại", "X-NOTALONE-PINNED:1",
                 "X-NOTALONE-CHILD:Minh"):  # fmt: skip
        assert line in first, line
    second = text.split("END:VCARD")[1]
    assert "EMAIL" not in second and "NOTE" not in second and "X-NOTALONE" not in second
    contacts, problems = parse_vcards(text.encode(), "VN", {"Minh": 3})
    assert problems == []
    assert contacts == [
        ContactInput("Bà Hoa", "Bà ngoại", ("+84912345678", "+4930123456"), "hoa@example.org",
                     "Gọi buổi sáng; không nhắn tin, cảm ơn", True, (3,)),
        ContactInput("Thảo", "", ("+84935222333",), "", "", False, ()),
    ]  # fmt: skip
    assert export_vcards([]) == ""
    assert "X-NOTALONE-CHILD" not in export_vcards([hoa])  # no names given: no children written


def test_a_card_already_there_or_twice_in_the_file_is_a_duplicate() -> None:
    existing = [info(1, "Bà Hoa", "+84912345678"), info(2, "Thảo", "+84935222333")]
    cards = [
        ContactInput("bà hoa", phones=("+84912345678",)),  # same name (any case) and number
        ContactInput("Bà Hoa", phones=("+84900000000",)),  # same name, another number: new
        ContactInput("Ông Ba", phones=("+84935222333",)),  # another name, Thảo's number: new
        ContactInput("Ông Ba", phones=("+84935222333", "+84911111111")),  # twice in the file
        ContactInput("Thảo", phones=("+84935222333",)),  # already there, after new ones
    ]
    new, duplicates = split_duplicates(cards, existing)
    assert new == [cards[1], cards[2]]
    assert duplicates == [cards[0], cards[3], cards[4]]
    assert split_duplicates([], existing) == ([], [])
