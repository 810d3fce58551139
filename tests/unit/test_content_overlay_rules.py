"""A later content root over an earlier one (core/content/common.py: `overlay`, `keep_translations`), and the
file-level problems of reading a content file, on hand-built values: a pack that only adds Thai keeps the
Vietnamese, one that rewrites the English drops it, steps and numbers are matched by key or by place, and a file
that cannot be read is named with the reason."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from notalone_desktop.core.content.common import (
    Problems,
    Text,
    keep_translations,
    overlay,
    read_content_file,
    read_toml,
)

LOCK = Text({"en": "Lock the phone", "vi": "Khóa điện thoại"})


@dataclass(frozen=True)
class Step:
    key: str
    text: Text


@dataclass(frozen=True)
class Entry:
    """Shaped like a content entry: a key, a text, an optional text, steps with keys, per-language steps, a
    table of texts and plain values."""

    key: str
    title: Text
    note: Text | None = None
    steps: tuple[Step, ...] = ()
    how: dict[str, tuple[str, ...]] | None = None
    numbers: dict[str, Any] | None = None
    sources: tuple[str, ...] = ()


def test_a_text_keeps_its_translations_while_its_english_is_the_same() -> None:
    added_thai = Text({"en": "Lock the phone", "th": "ล็อกโทรศัพท์"})
    assert keep_translations(LOCK, added_thai) == Text(
        {"en": "Lock the phone", "vi": "Khóa điện thoại", "th": "ล็อกโทรศัพท์"}
    )
    rewritten = Text({"en": "Lock the phone with a PIN"})
    assert keep_translations(LOCK, rewritten) == rewritten  # the Vietnamese said something else: dropped
    assert keep_translations(LOCK, Text({"en": "Lock the phone", "vi": "Khoá máy"})).get("vi") == "Khoá máy"


def test_an_entry_keeps_the_translations_of_the_texts_it_left_as_they_were() -> None:
    earlier = Entry("devices.lock", LOCK, sources=("https://a.example",))
    later = Entry("devices.lock", Text({"en": "Lock the phone"}), note=Text({"en": "Ask first."}))
    merged = keep_translations(earlier, later)
    assert merged == Entry(
        "devices.lock", LOCK, note=Text({"en": "Ask first."}), sources=()
    )  # the later entry's own values, with the kept Vietnamese
    assert keep_translations(earlier, Entry("devices.lock", Text({"en": "Other"}))).title.get("vi") == "Other"


def test_steps_are_matched_by_key_wherever_they_moved() -> None:
    earlier = Entry(
        "k",
        LOCK,
        steps=(
            Step("a", Text({"en": "Call", "vi": "Gọi"})),
            Step("b", Text({"en": "Wait", "vi": "Chờ"})),
        ),
    )
    later = Entry(
        "k",
        LOCK,
        steps=(
            Step("b", Text({"en": "Wait"})),  # moved first, English kept: keeps its Vietnamese
            Step("a", Text({"en": "Call 112"})),  # rewritten: English only
            Step("c", Text({"en": "Tell"})),  # new
        ),
    )
    assert keep_translations(earlier, later).steps == (
        Step("b", Text({"en": "Wait", "vi": "Chờ"})),
        Step("a", Text({"en": "Call 112"})),
        Step("c", Text({"en": "Tell"})),
    )
    one = Entry("k", LOCK, steps=(Step("a", Text({"en": "Call"})),))
    assert keep_translations(earlier, one).steps == (Step("a", Text({"en": "Call", "vi": "Gọi"})),)


def test_values_without_keys_are_matched_by_place_when_there_are_as_many() -> None:
    earlier = (Text({"en": "Call", "vi": "Gọi"}), Text({"en": "Wait", "vi": "Chờ"}))
    assert keep_translations(earlier, (Text({"en": "Call"}), Text({"en": "Wait!"}))) == (
        Text({"en": "Call", "vi": "Gọi"}),
        Text({"en": "Wait!"}),
    )
    fewer = (Text({"en": "Call"}),)
    assert keep_translations(earlier, fewer) == fewer  # another list: nothing to match
    assert keep_translations(None, (Text({"en": "Call"}),)) == (Text({"en": "Call"}),)


def test_steps_by_language_keep_the_other_languages_while_the_english_is_the_same() -> None:
    earlier = Entry("k", LOCK, how={"en": ("Call 112",), "vi": ("Gọi 112",)})
    same = Entry("k", LOCK, how={"en": ("Call 112",), "th": ("โทร 112",)})
    assert keep_translations(earlier, same).how == {"en": ("Call 112",), "vi": ("Gọi 112",), "th": ("โทร 112",)}
    rewritten = Entry("k", LOCK, how={"en": ("Call 113",)})
    assert keep_translations(earlier, rewritten).how == {"en": ("Call 113",)}
    # A table whose names are not languages is not steps by language: only its own names are kept.
    not_steps = Entry("k", LOCK, how={"en": ("Call 112",), "extra": ("x",)})
    assert keep_translations(earlier, not_steps).how == {"en": ("Call 112",), "extra": ("x",)}
    assert keep_translations(Entry("k", LOCK), same).how == same.how  # nothing earlier


def test_a_table_of_texts_is_merged_name_by_name() -> None:
    earlier = Entry("k", LOCK, numbers={"police": Text({"en": "Police", "vi": "Công an"}), "fire": ("114",)})
    later = Entry("k", LOCK, numbers={"police": Text({"en": "Police", "th": "ตำรวจ"}), "ambulance": ("115",)})
    assert keep_translations(earlier, later).numbers == {
        "police": Text({"en": "Police", "vi": "Công an", "th": "ตำรวจ"}),
        "ambulance": ("115",),
    }
    only_police = Entry("k", LOCK, numbers={"police": Text({"en": "Police"})})
    assert keep_translations(earlier, only_police).numbers == {"police": Text({"en": "Police", "vi": "Công an"})}
    # Numbers as lists under names that are not languages: the later table as it is, not the earlier's names too.
    plain = Entry("k", LOCK, numbers={"fire": ("114",)})
    assert keep_translations(Entry("k", LOCK, numbers={"police": ("113",), "fire": ("114",)}), plain) == plain
    assert keep_translations(Entry("k", LOCK), later).numbers == later.numbers  # nothing earlier
    assert keep_translations(Entry("k", LOCK, numbers={}), later).numbers == later.numbers


def test_a_later_root_replaces_entries_in_their_place_and_adds_new_ones_after() -> None:
    shipped = [Entry("a", LOCK), Entry("b", Text({"en": "Back up", "vi": "Sao lưu"}))]
    pack = [Entry("c", Text({"en": "New"})), Entry("a", Text({"en": "Lock the phone", "th": "ล็อก"}))]
    assert overlay([shipped, pack], key=lambda e: e.key) == [
        Entry("a", Text({"en": "Lock the phone", "vi": "Khóa điện thoại", "th": "ล็อก"})),
        Entry("b", Text({"en": "Back up", "vi": "Sao lưu"})),
        Entry("c", Text({"en": "New"})),
    ]
    assert overlay([shipped], key=lambda e: e.key) == shipped


def words(problems: Problems) -> list[str]:
    return [str(p) for p in problems.items]


def test_a_content_file_that_cannot_be_read_is_named_with_the_reason(tmp_path: Path) -> None:
    problems = Problems()
    assert read_content_file(tmp_path / "gone.toml", problems, key="devices.lock") is None
    assert words(problems) == [f"{tmp_path / 'gone.toml'}: devices.lock: cannot be read: No such file or directory"]
    assert problems.items[0].key == "devices.lock"
    folder = Problems()
    assert read_content_file(tmp_path, folder, key="devices.lock") is None
    assert words(folder) == [f"{tmp_path}: devices.lock: {tmp_path} is not a file but a folder"]
    pipe = tmp_path / "pipe.toml"
    os.mkfifo(pipe)
    fifo = Problems()
    assert read_content_file(pipe, fifo) is None  # refused at once, not waited on
    assert words(fifo) == [f"{pipe}: {pipe} is not a file but a pipe (FIFO)"]


def test_a_toml_file_nested_too_deep_is_refused_in_words(tmp_path: Path) -> None:
    deep = tmp_path / "deep.toml"
    deep.write_text("x = " + "[" * 3000 + "]" * 3000, encoding="utf-8")
    problems = Problems()
    assert read_toml(deep, problems) is None
    assert words(problems) == [f"{deep}: cannot be read: it is nested too deep"]
    assert problems.items[0].key == ""
    good = tmp_path / "good.toml"
    good.write_text('title.vi = "Khóa"\n', encoding="utf-8")
    assert read_toml(good, Problems()) == {"title": {"vi": "Khóa"}}
