"""The checklist's content format, mistake by mistake: what a content author reads for each, and what still loads.

A content file with a mistake is skipped with a message naming the file, the key and the problem (DESIGN.md:
"content errors at run time skip the entry with a log line"); the other entries and files still load.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from notalone_desktop.core.age import AGE_BANDS
from notalone_desktop.core.content.checklists import load_checklists
from notalone_desktop.core.content.common import CATEGORIES, Text, reading_order, steps_of

CATEGORY = """
[category]
key = "devices"
order = 2
title.en = "Devices"
title.vi = "Thiết bị"
"""
BANDS = "under6, 6-9, 10-12, 13-15, 16-17, 18-22"
TEXTS = """title.en = "Lock the screen"
title.vi = "Khoá màn hình"
why.en = "Strangers stay out."
why.vi = "Người lạ ở ngoài."
how.en = "- Open Settings.\\n- Choose a PIN."
how.vi = "- Mở Cài đặt.\\n- Chọn mã PIN."
"""


def item_toml(key: str = "devices.lock", extra: str = "", texts: str = TEXTS) -> str:
    fields = 'scope = "child"\nbands = ["10-12"]\nsources = ["https://example.org/a"]\n'
    for line in extra.splitlines():  # a field given in `extra` replaces the default one
        fields = "\n".join(f for f in fields.splitlines() if not f.startswith(line.split("=")[0].strip() + " "))
        fields += "\n" + line
    return f'\n[[item]]\nkey = "{key}"\n{fields}\n{texts}'


def problems_of(folder: Path, files: dict[str, str]) -> tuple[list[str], list[str]]:
    """(loaded item keys, problems with the folder left out) after writing `files` into `folder`."""
    folder.mkdir(exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    content = load_checklists(folder)
    return [i.key for i in content.items], [str(p).replace(f"{folder}/", "") for p in content.problems]


@pytest.mark.parametrize(
    ("extra", "problem"),
    [
        ('scope = "house"', "scope must be 'child' or 'family'"),
        ("review_days = 0", "review_days must be a whole number of days from 1 to 3650"),
        ("review_days = 3651", "review_days must be a whole number of days from 1 to 3650"),
        ('review_days = "30"', "review_days must be a whole number of days from 1 to 3650"),
        ('bands = ["7-8", "10-12"]', f"age bands must be some of {BANDS} (got ['7-8', '10-12'])"),
        ("bands = []", f"age bands must be some of {BANDS} (got [])"),
        ('bands = "10-12"', "'bands' must be a list of strings"),
        ('bands = ["10-12", ""]', "'bands' must be a list of strings"),
        ('sources = ["http://example.org/a"]', "needs at least one source, each an https:// address"),
        ("sources = []", "needs at least one source, each an https:// address"),
        ("sources = [1]", "'sources' must be a list of strings"),
    ],
)  # fmt: skip
def test_each_mistake_in_an_item_is_named(tmp_path: Path, extra: str, problem: str) -> None:
    text = CATEGORY + item_toml("devices.bad", extra) + item_toml("devices.good")
    keys, problems = problems_of(tmp_path, {"devices.toml": text})
    assert (keys, problems) == (["devices.good"], [f"devices.toml: devices.bad: {problem}"])


@pytest.mark.parametrize(
    ("texts", "problem"),
    [
        (TEXTS.replace('title.vi = "Khoá màn hình"\n', ""), "'title' has no text in vi"),
        (TEXTS.replace('why.en = "Strangers stay out."\n', ""), "'why' has no text in en"),
        ("\n".join(line for line in TEXTS.splitlines() if not line.startswith("how")), "missing field 'how'"),
        (TEXTS.replace('title.vi = "Khoá màn hình"', 'title.vi = "   "'), "'title.vi' is empty"),
        (TEXTS.replace('title.vi = "Khoá màn hình"', "title.vi = 3"), "'title.vi' is empty"),
        (TEXTS + 'title.fr = "Verrouiller"\n', "'title.fr': unknown language"),
        ('title = "Lock"\n' + TEXTS.split("\n", 2)[2], "'title' must be a table of languages (title.en = ...)"),
    ],
    ids=["no vi", "no en", "no how", "blank", "not text", "unknown language", "not a table"],
)
def test_each_mistake_in_a_text_is_named(tmp_path: Path, texts: str, problem: str) -> None:
    text = CATEGORY + item_toml("devices.bad", texts=texts) + item_toml("devices.good")
    keys, problems = problems_of(tmp_path, {"devices.toml": text})
    assert (keys, problems) == (["devices.good"], [f"devices.toml: devices.bad: {problem}"])


def test_keys_must_be_well_formed_belong_to_their_category_and_be_unique(tmp_path: Path) -> None:
    text = (
        CATEGORY
        + item_toml("Devices.Upper")
        + item_toml("privacy.elsewhere")
        + item_toml("devices.twice")
        + item_toml("devices.twice")
        + item_toml("devices.")
        + "\n[[item]]\nkey = 5\n"
    )
    keys, problems = problems_of(tmp_path, {"devices.toml": text})
    assert keys == ["devices.twice"]
    assert problems == [
        "devices.toml: Devices.Upper: key must be lower-case letters, digits, dots and dashes",
        "devices.toml: privacy.elsewhere: key must start with 'devices.'",
        "devices.toml: devices.twice: duplicate key",
        "devices.toml: devices.: key must be lower-case letters, digits, dots and dashes",
        "devices.toml: 5: key must be lower-case letters, digits, dots and dashes",
    ]


def test_mistakes_in_a_category_skip_its_file(tmp_path: Path) -> None:
    files = {
        "a.toml": item_toml("devices.no-category"),
        "b.toml": CATEGORY.replace('key = "devices"', 'key = "cooking"') + item_toml("cooking.x"),
        "c.toml": CATEGORY.replace('key = "devices"', 'key = "Bad Key"'),
        "d.toml": CATEGORY.replace('title.vi = "Thiết bị"', ""),
        "e.toml": CATEGORY.replace("order = 2", 'order = "2"').replace("devices", "money") + item_toml("money.x"),
        "f.toml": CATEGORY + item_toml("devices.first"),
        "g.toml": CATEGORY + item_toml("devices.second"),
        "h.toml": 'item = "not tables"\n' + CATEGORY.replace("devices", "privacy"),
        "i.toml": "item = [1]\n" + CATEGORY.replace("devices", "talking"),
        "j.toml": "this is = not [toml",
        "k.toml": 'category = "devices"\n',
    }
    keys, problems = problems_of(tmp_path, files)
    assert keys == ["devices.first"]
    assert problems[:5] == [
        "a.toml: missing [category] table",
        "b.toml: cooking: unknown category (known: " + ", ".join(CATEGORIES) + ")",
        "c.toml: Bad Key: key must be lower-case letters, digits, dots and dashes",
        "d.toml: devices: 'title' has no text in vi",
        "g.toml: devices: category defined twice",
    ]
    assert problems[5:7] == [
        "h.toml: privacy: 'item' must be an array of tables ([[item]])",
        "i.toml: talking: an item is not a table",
    ]
    assert problems[7].startswith("j.toml: cannot be read: ") and problems[8] == "k.toml: missing [category] table"
    assert len(problems) == 9


@pytest.mark.xfail(strict=True, reason="bug: a category whose 'order' is not a whole number is skipped, with all its "
                   "items, without a problem or a log line (core/content/checklists.py _category)")  # fmt: skip
def test_a_category_order_that_is_not_a_number_is_named(tmp_path: Path) -> None:
    text = CATEGORY.replace("order = 2", 'order = "2"') + item_toml()
    _keys, problems = problems_of(tmp_path, {"devices.toml": text})
    assert problems


def test_a_file_too_big_is_not_read(tmp_path: Path) -> None:
    big = CATEGORY + item_toml() + "# " + "x" * 1_000_000 + "\n"
    keys, problems = problems_of(tmp_path, {"devices.toml": big})
    assert (keys, problems) == ([], ["devices.toml: file is larger than 1000 kB"])
    fits = CATEGORY + item_toml() + "#" * (1_000_000 - len((CATEGORY + item_toml()).encode()) - 1) + "\n"
    assert problems_of(tmp_path / "fits", {"devices.toml": fits}) == (["devices.lock"], [])


def test_what_loads_is_ordered_by_category_and_complete(tmp_path: Path) -> None:
    files = {
        "a.toml": CATEGORY.replace("order = 2", "order = 5") + item_toml("devices.z") + item_toml("devices.a"),
        "b.toml": CATEGORY.replace("devices", "privacy").replace("order = 2", "order = 1") + item_toml("privacy.b"),
        "c.toml": CATEGORY.replace("devices", "money").replace("order = 2\n", "") + item_toml("money.c"),
        "d.toml": CATEGORY.replace("devices", "talking").replace("order = 2", "order = 5") + item_toml("talking.d"),
    }
    folder = tmp_path / "ordered"
    problems_of(folder, files)
    content = load_checklists(folder)
    assert [(c.key, c.order) for c in content.categories] == [
        ("privacy", 1),
        ("devices", 5),
        ("talking", 5),  # the same order: by key
        ("money", 99),  # no order: last
    ]
    assert [i.key for i in content.items] == ["privacy.b", "devices.z", "devices.a", "talking.d", "money.c"]
    assert content.problems == ()
    assert content.category("money") is content.categories[3] and content.category("cooking") is None
    assert content.item("devices.a") is content.items[2] and content.item("devices.b") is None


def test_an_item_carries_every_field_as_written(tmp_path: Path) -> None:
    text = CATEGORY + item_toml(
        "devices.full",
        'scope = "family"\nbands = ["18-22", "under6", "13-15"]\nreview_days = 3650\n'
        'sources = ["https://a.example/1", "https://b.example/2"]',
    )
    folder = tmp_path / "full"
    assert problems_of(folder, {"devices.toml": text}) == (["devices.full"], [])
    [item] = load_checklists(folder).items
    assert (item.category, item.scope, item.review_days) == ("devices", "family", 3650)
    assert item.bands == ("under6", "13-15", "18-22")  # in the bands' own order
    assert item.sources == ("https://a.example/1", "https://b.example/2")
    assert (item.title.get("vi"), item.why.get("en")) == ("Khoá màn hình", "Strangers stay out.")
    assert item.steps("vi") == ["Mở Cài đặt.", "Chọn mã PIN."]
    assert item.steps("de") == ["Open Settings.", "Choose a PIN."]  # no German yet: English
    minimal = CATEGORY + item_toml("devices.min", 'review_days = 1\nbands = ["6-9"]').replace('scope = "child"\n', "")
    assert problems_of(tmp_path / "min", {"devices.toml": minimal}) == (["devices.min"], [])
    [item] = load_checklists(tmp_path / "min").items
    assert (item.scope, item.review_days, item.bands) == ("child", 1, ("6-9",))


# Localised text --------------------------------------------------------------------------------------------------


def test_text_falls_back_to_english_and_says_so() -> None:
    text = Text({"en": "Hello", "vi": "Xin chào", "de": ""})
    assert (text.get("vi"), text.get("id"), text.get("de")) == ("Xin chào", "Hello", "Hello")
    assert (text.is_translated("vi"), text.is_translated("id"), text.is_translated("de")) == (True, False, False)
    assert Text({"vi": "Chỉ tiếng Việt"}).get("de") == ""
    assert text.all_text() == "Hello Xin chào "
    assert Text().get("en") == "" and Text().all_text() == ""


def test_steps_are_the_lines_that_start_with_a_dash_or_the_whole_text() -> None:
    how = Text({"en": "  - First  \nnot a step\n-no space\n- Second\n", "vi": "Làm một việc."})
    assert steps_of(how, "en") == ["First", "Second"]
    assert steps_of(how, "vi") == ["Làm một việc."]
    assert steps_of(how, "de") == ["First", "Second"]


def test_lessons_are_listed_by_category_then_title_then_key() -> None:
    keys = [
        ("talking", "b", "k1"),
        ("devices", "Zebra", "k2"),
        ("unknown-topic", "a", "k3"),
        ("devices", "apple", "k5"),
        ("devices", "apple", "k4"),
        ("emergency", "a", "k6"),
    ]
    ordered = sorted(keys, key=lambda k: reading_order(*k))
    assert [k[2] for k in ordered] == ["k4", "k5", "k2", "k1", "k6", "k3"]
    assert reading_order("devices", "Apple", "x") == (0, "apple", "x")
    assert reading_order("nowhere", "T", "x") == (len(CATEGORIES), "t", "x")


def test_the_age_bands_are_the_documented_six() -> None:
    assert AGE_BANDS == ("under6", "6-9", "10-12", "13-15", "16-17", "18-22")


def test_errors_carry_their_parts_and_say_them_in_one_line() -> None:
    from notalone_desktop.core.errors import ContentError, DatabaseProblem, ValidationError

    with_key = ContentError("a.toml", "devices.lock", "missing field 'how'")
    assert str(with_key) == "a.toml: devices.lock: missing field 'how'"
    assert (with_key.path, with_key.key, with_key.problem) == ("a.toml", "devices.lock", "missing field 'how'")
    assert str(ContentError("a.toml", "", "file is larger than 1000 kB")) == "a.toml: file is larger than 1000 kB"
    problem = DatabaseProblem("/data/notalone.sqlite3", "the file is damaged", "Restore a backup.")
    assert str(problem) == "the file is damaged (/data/notalone.sqlite3). Restore a backup."
    assert (problem.path, problem.problem, problem.advice) == (
        "/data/notalone.sqlite3",
        "the file is damaged",
        "Restore a backup.",
    )
    assert ValidationError("Enter a name.").field == "" and ValidationError("x", "name").field == "name"
