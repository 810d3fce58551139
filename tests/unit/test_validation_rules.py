"""The toolkit that checks what comes from outside (core/validation.py: family archives, NGO profiles), rule by
rule on hand-built values: what passes comes back as it was, each refusal names the field and says why in the
words the family reads after the file's name."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pytest

from notalone_desktop.core import validation as v
from notalone_desktop.core.errors import Invalid


def refusal(rule: Any, value: Any, field: str = "children[0].nickname") -> str:
    with pytest.raises(Invalid) as raised:
        rule(field, value)
    return str(raised.value)


def test_field_names_read_like_the_file() -> None:
    assert v.field_name("children", 0) == "children[0]"
    assert v.field_name("children[0]", "nickname") == "children[0].nickname"
    assert v.field_name("", "family") == "family"
    assert v.field_name("", 3) == "[3]"


def test_an_invalid_value_names_its_file_field_and_problem() -> None:
    error = Invalid("children[0].nickname", "must be text")
    assert str(error) == "children[0].nickname: must be text" and error.field == "children[0].nickname"
    placed = error.in_file("family.json")
    assert str(placed) == "family.json: children[0].nickname: must be text"
    assert (placed.file, placed.field, placed.problem) == ("family.json", "children[0].nickname", "must be text")
    assert str(Invalid("", "is empty", "family.json")) == "family.json: is empty"
    assert str(Invalid("", "is empty")) == "is empty"


def test_text_up_to_its_limit() -> None:
    rule = v.text(5)
    assert rule("f", "") == "" and rule("f", "Lan") == "Lan" and rule("f", "12345") == "12345"
    assert refusal(rule, "123456") == "children[0].nickname: must be text of at most 5 characters"
    assert refusal(rule, 5) == "children[0].nickname: must be text of at most 5 characters"
    assert refusal(rule, None) == "children[0].nickname: must be text of at most 5 characters"
    required = v.text(5, required=True)
    assert required("f", " Lan ") == " Lan "  # kept as it was
    assert refusal(required, "   ") == "children[0].nickname: must be text of at most 5 characters, not empty"
    assert refusal(required, "") == "children[0].nickname: must be text of at most 5 characters, not empty"


def test_optional_lets_none_through_and_checks_the_rest() -> None:
    rule = v.optional(v.text(3))
    assert rule("f", None) is None and rule("f", "abc") == "abc"
    assert refusal(rule, "abcd", "note") == "note: must be text of at most 3 characters"


def test_a_pattern_names_what_it_wanted() -> None:
    rule = v.pattern(re.compile(r"^\+[0-9]+$"), "a phone number in international form")
    assert rule("f", "+84") == "+84"
    assert refusal(rule, "084", "number") == "number: is not a phone number in international form"
    assert refusal(rule, 84, "number") == "number: is not a phone number in international form"


def test_whole_numbers_within_their_bounds_and_never_true_or_false() -> None:
    rule = v.integer(1900, 2100)
    assert rule("f", 1900) == 1900 and rule("f", 2100) == 2100
    for wrong in (1899, 2101, "2010", 2010.0, True, None):
        assert refusal(rule, wrong, "birth_year") == "birth_year: must be a whole number from 1900 to 2100"
    assert v.integer(0, 1)("f", 0) == 0
    assert refusal(v.integer(0, 1), False, "n") == "n: must be a whole number from 0 to 1"


def test_true_or_false_only() -> None:
    assert v.boolean("pinned", True) is True and v.boolean("pinned", False) is False
    for wrong in (1, 0, "true", None):
        assert refusal(v.boolean, wrong, "pinned") == "pinned: must be true or false"


def test_a_choice_lists_its_options_or_names_what_it_is() -> None:
    states = v.choice(("todo", "done", "na"))
    assert states("f", "done") == "done"
    assert refusal(states, "Done", "state") == "state: must be one of todo, done, na"
    assert refusal(states, None, "state") == "state: must be one of todo, done, na"
    languages = v.choice(("en", "vi"), "language")
    assert languages("f", "vi") == "vi"
    assert refusal(languages, "xx", "family.language") == "family.language: unknown language 'xx'"


def test_a_moment_is_an_iso_time_kept_in_utc() -> None:
    assert v.moment("f", "2025-05-20T09:30:00") == dt.datetime(2025, 5, 20, 9, 30)
    assert v.moment("f", "2025-05-20T09:30:00+07:00") == dt.datetime(2025, 5, 20, 2, 30)
    for wrong in ("yesterday", "", 1747733400, None, "0001-01-01T00:00:00+01:00"):
        assert refusal(v.moment, wrong, "done_at") == "done_at: must be a date and time"


def test_a_day_is_an_iso_date_of_ten_characters() -> None:
    assert v.day("f", "2025-05-20") == dt.date(2025, 5, 20)
    for wrong in ("2025-02-30", "20250520", "2025-05-20T00:00", "2025-5-20", 20250520, None):
        assert refusal(v.day, wrong, "happened_on") == "happened_on: must be a date"


def test_lists_up_to_their_limit_each_item_named_by_its_place() -> None:
    assert v.items("f", [1, 2], limit=2) == [1, 2] and v.items("f", []) == []
    assert (
        refusal(lambda f, x: v.items(f, x, limit=2), [1, 2, 3], "phones")
        == "phones: holds 3 entries, and at most 2 are allowed"
    )
    assert refusal(v.items, {"a": 1}, "phones") == "phones: must be a list"
    assert refusal(v.items, "abc", "phones") == "phones: must be a list"
    numbers = v.list_of(v.integer(0, 9), limit=3)
    assert numbers("f", [1, 2, 3]) == [1, 2, 3]
    assert refusal(numbers, [1, 2, 3, 4], "codes") == "codes: holds 4 entries, and at most 3 are allowed"
    assert refusal(numbers, [1, 20], "codes") == "codes[1]: must be a whole number from 0 to 9"
    assert v.list_of(v.text(3))("f", []) == []
    TOO_MANY = "progress: holds 100,001 entries, and at most 100,000 are allowed"
    # Without a limit given: at most 100,000 (an archive's longest section is far shorter).
    most = [0] * 100_000
    assert v.items("f", most) is most and v.list_of(v.integer(0, 0))("f", most) == most
    assert refusal(v.items, [*most, 0], "progress") == TOO_MANY
    assert refusal(v.list_of(v.integer(0, 0)), [*most, 0], "progress") == TOO_MANY


def test_only_the_allowed_keys() -> None:
    v.only_keys({"name": 1, "phone": 2}, ("name", "phone", "note"), "[[contacts]][0]")
    with pytest.raises(Invalid) as raised:
        v.only_keys({"name": 1, "fone": 2}, ("name", "phone"), "[[contacts]][0]")
    assert str(raised.value) == "[[contacts]][0].fone: unknown key (allowed: name, phone)"
    with pytest.raises(Invalid) as raised:
        v.only_keys({"x" * 60: 1}, ("name",), "")
    assert str(raised.value) == f"{'x' * 40}: unknown key (allowed: name)"


def test_a_record_has_exactly_its_fields_each_checked() -> None:
    rules = {"nickname": v.text(10, required=True), "birth_year": v.integer(1900, 2100)}
    assert v.record("children[0]", {"birth_year": 2015, "nickname": "Lan"}, rules) == {
        "nickname": "Lan",
        "birth_year": 2015,
    }
    assert refusal(lambda f, x: v.record(f, x, rules), ["Lan"], "children[0]") == "children[0]: is not an object"
    unknown = {"nickname": "Lan", "birth_year": 2015, "zodiac": 1, "food": 2}
    assert refusal(lambda f, x: v.record(f, x, rules), unknown, "children[0]") == "children[0].food: unknown field"
    long_key = {"nickname": "Lan", "birth_year": 2015, "y" * 60: 1}
    assert refusal(lambda f, x: v.record(f, x, rules), long_key, "c") == f"c.{'y' * 40}: unknown field"
    assert refusal(lambda f, x: v.record(f, x, rules), {}, "children[0]") == "children[0].birth_year: missing"
    assert refusal(lambda f, x: v.record(f, x, rules), {"nickname": "Lan"}, "c") == "c.birth_year: missing"
    wrong = {"nickname": "", "birth_year": 2015}
    assert refusal(lambda f, x: v.record(f, x, rules), wrong, "children[1]") == (
        "children[1].nickname: must be text of at most 10 characters, not empty"
    )


def test_text_a_person_wrote_is_neutralised_then_checked() -> None:
    label = v.user_text(40)
    assert label("contacts[0].label", "Mẹ \u202egnp.exe") == "Mẹ gnp.exe"  # the override that turned it around: gone
    assert label("contacts[0].label", "Hoa\nLan") == "Hoa Lan"  # a label is one line
    assert label("contacts[0].label", "") == ""  # not required unless asked
    assert v.user_text(4000, multiline=True)("incidents[0].details", "Hoa\nLan\tMai") == "Hoa\nLan\tMai"
    assert refusal(v.user_text(5), "abcdef", "contacts[0].label") == (
        "contacts[0].label: must be text of at most 5 characters"
    )
    assert refusal(label, 5, "contacts[0].label") == "contacts[0].label: must be text of at most 40 characters"
    assert refusal(v.user_text(40, required=True), "\u200b\u3164") == (
        "children[0].nickname: must be text of at most 40 characters, not empty"
    )  # nothing visible left: as empty as nothing
