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
        ('title.de = "Sperren"\n' + TEXTS.split("\n", 2)[2], "'title' has no text in en, vi"),
    ],
    ids=["no vi", "no en", "no how", "blank", "not text", "unknown language", "not a table", "neither en nor vi"],
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
        "l.toml": CATEGORY.replace("devices", "wellbeing"),  # a category with no items yet: fine
    }
    keys, problems = problems_of(tmp_path, files)
    assert keys == ["devices.first"]
    assert problems[:6] == [
        "a.toml: missing [category] table",
        "b.toml: cooking: unknown category (known: " + ", ".join(CATEGORIES) + ")",
        "c.toml: Bad Key: key must be lower-case letters, digits, dots and dashes",
        "d.toml: devices: 'title' has no text in vi",
        "e.toml: money: 'order' must be a whole number",
        "g.toml: devices: category defined twice",
    ]
    assert problems[6:8] == [
        "h.toml: privacy: 'item' must be an array of tables ([[item]])",
        "i.toml: talking: an item is not a table",
    ]
    assert problems[8].startswith("j.toml: cannot be read: ") and problems[9] == "k.toml: missing [category] table"
    assert len(problems) == 10


@pytest.mark.parametrize("order", ['"2"', "2.5", "[2]"])
def test_a_category_order_that_is_not_a_whole_number_is_named(tmp_path: Path, order: str) -> None:
    """The category and its items are left out, and the problem names the file, the category and the field."""
    text = CATEGORY.replace("order = 2", f"order = {order}") + item_toml()
    assert problems_of(tmp_path, {"devices.toml": text}) == (
        [],
        ["devices.toml: devices: 'order' must be a whole number"],
    )


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
    assert content.categories[0].title.get("vi") == "Thiết bị"
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


# Scam scenarios: the file and the graph ----------------------------------------------------------------------------


def scenario_problems(folder: Path, files: dict[str, str]) -> tuple[list[str], list[str]]:
    from notalone_desktop.core.content.scenarios import load_scenarios

    folder.mkdir(exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    scenarios, problems = load_scenarios(folder)
    return [s.key for s in scenarios], [str(p).replace(f"{folder}/", "") for p in problems]


def scenario(key: str, *nodes: str, header: str = "") -> str:
    from tests.content.test_scenarios import HEADER

    return (header or HEADER).format(key=key) + "".join(nodes)


def test_each_mistake_in_a_scenario_file_is_named(tmp_path: Path) -> None:
    from tests.content.test_scenarios import HEADER
    from tests.content.test_scenarios import _node as node

    ends = (node("safe", outcome="safe"), node("unsafe", outcome="unsafe"))
    fine = (node("a", ("safe", True), ("unsafe", False)), *ends)
    choice = '\n  [[node.choice]]\n  next = "safe"\n  good = true\n  text.en = "R"\n  text.vi = "R"\n'
    files = {
        "a.toml": scenario("good", *fine),
        "b.toml": scenario("no-start", *fine, header=HEADER.replace('start = "a"\n', "")),
        "c.toml": scenario("no-nodes", header=HEADER),
        "d.toml": scenario("bad-bands", *fine, header=HEADER.replace('["13-15"]', '["adults"]')),
        "e.toml": scenario("twice", node("a", ("safe", True), ("unsafe", False)), node("a", outcome="safe"), *ends),
        "f.toml": scenario("no-id", '\n[[node]]\ntext.en = "x"\ntext.vi = "x"\n', *ends),
        "g.toml": scenario("bad-outcome", node("a", outcome="maybe"), *ends),
        "h.toml": scenario("both", node("a", ("safe", True), ("unsafe", False), outcome="safe"), *ends),
        "i.toml": scenario("neither", '\n[[node]]\nid = "a"\ntext.en = "x"\ntext.vi = "x"\n', *ends),
        "j.toml": scenario("no-next", node("a", ("safe", True)).replace('next = "safe"', 'to = "safe"'), *ends),
        "k.toml": scenario("no-feedback", '\n[[node]]\nid = "a"\ntext.en = "x"\ntext.vi = "x"\n' + choice, *ends),
        "l.toml": scenario("no-start-node", *fine, header=HEADER.replace('start = "a"', 'start = "z"')),
        "m.toml": scenario(
            "no-safe-end",
            node("a", ("u2", True), ("unsafe", False)),
            node("u2", outcome="unsafe"),
            node("unsafe", outcome="unsafe"),
        ),
        "n.toml": scenario(
            "loop", node("a", ("b", True), ("unsafe", False)), node("b", ("a", True), ("safe", False)), *ends
        ),
        "o.toml": scenario(
            "no-text", node("a", ("safe", True), ("unsafe", False)).replace('text.en = "Message a"\n', ""), *ends
        ),
        "p.toml": scenario("good", *fine),
        "q.toml": scenario("Bad Key", *fine),
        "r.toml": 'key = "nodes-not-tables"\nstart = "a"\nnode = "a"\n',
    }
    keys, problems = scenario_problems(tmp_path, files)
    assert keys == ["good"]
    assert problems == [
        "b.toml: no-start: needs 'start' and [[node]] tables",
        "c.toml: no-nodes: needs 'start' and [[node]] tables",
        "d.toml: bad-bands: age bands must be some of under6, 6-9, 10-12, 13-15, 16-17, 18-22 (got ['adults'])",
        "e.toml: twice: node 'a' defined twice",
        "f.toml: no-id: a node needs an 'id'",
        "g.toml: bad-outcome/a: 'outcome' must be 'safe' or 'unsafe'",
        "h.toml: both/a: a node is either an ending (outcome) or has choices, not both or neither",
        "i.toml: neither/a: a node is either an ending (outcome) or has choices, not both or neither",
        "j.toml: no-next/a: a choice needs 'next'",
        "k.toml: no-feedback/a: missing field 'feedback'",
        "k.toml: no-feedback/a: a choice needs 'good' (true/false), text and feedback",
        "l.toml: no-start-node: start node 'z' does not exist",
        "m.toml: no-safe-end: needs at least one safe and one unsafe ending",
        "m.toml: no-safe-end: choosing the good replies does not always reach a safe ending",
        "n.toml: loop: choosing the good replies does not always reach a safe ending",
        "o.toml: no-text/a: 'text' has no text in en",
        "p.toml: good: another scenario file already uses this key",
        "q.toml: Bad Key: key must be lower-case letters, digits, dots and dashes",
        "r.toml: nodes-not-tables: age bands must be some of under6, 6-9, 10-12, 13-15, 16-17, 18-22 (got [])",
        "r.toml: nodes-not-tables: missing field 'title'",
        "r.toml: nodes-not-tables: missing field 'summary'",
        "r.toml: nodes-not-tables: missing field 'sender'",
        "r.toml: nodes-not-tables: needs 'start' and [[node]] tables",
    ]


def test_a_good_choice_must_be_a_boolean_and_each_step_offer_both(tmp_path: Path) -> None:
    from tests.content.test_scenarios import _node as node

    ends = (node("safe", outcome="safe"), node("unsafe", outcome="unsafe"))
    text_good = node("a", ("safe", True), ("unsafe", False)).replace("good = true", 'good = "yes"')
    files = {
        "a.toml": scenario("text-good", text_good, *ends),
        "b.toml": scenario("all-good", node("a", ("safe", True), ("unsafe", True)), *ends),
    }
    assert scenario_problems(tmp_path, files) == (
        [],
        [
            "a.toml: text-good/a: a choice needs 'good' (true/false), text and feedback",
            "b.toml: all-good/a: needs at least one good and one bad choice",
        ],
    )


def test_a_loaded_scenario_keeps_its_graph_and_scores_the_best_path(tmp_path: Path) -> None:
    from tests.content.test_scenarios import _node as node

    nodes = (
        node("a", ("b", True), ("c", False), ("unsafe", False)),
        node("b", ("safe", True), ("unsafe", False)),
        node("c", ("b", True), ("a", False)),  # a way back to the start: the score does not loop
        node("safe", outcome="safe"),
        node("unsafe", outcome="unsafe"),
    )
    header_extra = 'related_lessons = ["scam-calls"]\nrelated_items = ["money.bank-pin"]\n'
    from tests.content.test_scenarios import HEADER

    keys, problems = scenario_problems(tmp_path, {"s.toml": scenario("game", *nodes, header=header_extra + HEADER)})
    assert (keys, problems) == (["game"], [])
    from notalone_desktop.core.content.scenarios import load_scenarios

    [loaded], _ = load_scenarios(tmp_path)
    assert (loaded.start, loaded.bands, loaded.related_lessons, loaded.related_items) == (
        "a",
        ("13-15",),
        ("scam-calls",),
        ("money.bank-pin",),
    )
    assert (loaded.title.get("en"), loaded.summary.get("vi"), loaded.sender.get("vi")) == ("T", "S", "Người lạ")
    assert loaded.max_score() == 2  # a -> b -> safe: two good replies
    first = loaded.node("a")
    assert [(c.next, c.good, c.text.get("vi"), c.feedback.get("en")) for c in first.choices] == [
        ("b", True, "Trả lời", "Why"),
        ("c", False, "Trả lời", "Why"),
        ("unsafe", False, "Trả lời", "Why"),
    ]
    assert (first.outcome, loaded.node("safe").outcome, loaded.node("safe").choices) == (None, "safe", ())


def test_a_message_is_split_into_chat_bubbles_at_blank_lines() -> None:
    from notalone_desktop.core.content.scenarios import Node

    node = Node("a", Text({"en": "Hello!\n\n  Are you there?  \n\n\n\nSend money.", "vi": "Chào"}), (), None)
    assert node.bubbles("en") == ["Hello!", "Are you there?", "Send money."]
    assert node.bubbles("vi") == ["Chào"]
    assert Node("b", Text({"en": "  "}), (), None).bubbles("en") == []


# Helplines and emergency steps -------------------------------------------------------------------------------------

COUNTRY = """country = "VN"
police = "113"
region = "VN"
name.en = "Vietnam"
name.vi = "Việt Nam"
"""
LINE_TEXTS = """name.en = "Child line"
name.vi = "Tổng đài trẻ em"
purpose.en = "Help for children"
purpose.vi = "Giúp trẻ em"
hours.en = "24/7"
hours.vi = "24/7"
cost.en = "Free"
cost.vi = "Miễn phí"
"""


def line_toml(key: str = "vn.child", extra: str = "") -> str:
    fields = {
        "number": '"111"',
        "kind": '"child"',
        "source": '"https://example.gov.vn/111"',
        "verified": "2025-11-20",
        "languages": '["vi"]',
    }
    for line in extra.splitlines():
        name, _, value = line.partition("=")
        if value.strip() == "DROP":
            fields.pop(name.strip())
        else:
            fields[name.strip()] = value.strip()
    body = "".join(f"{name} = {value}\n" for name, value in fields.items())
    return f'\n[[line]]\nkey = "{key}"\n{body}{LINE_TEXTS}'


def helpline_problems(folder: Path, files: dict[str, str]) -> tuple[dict[str, list[str]], list[str]]:
    from notalone_desktop.core.content.helplines import load_countries

    folder.mkdir(exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    countries, problems = load_countries(folder)
    lines = {code: [line.key for line in country.lines] for code, country in countries.items()}
    return lines, [str(p).replace(f"{folder}/", "") for p in problems]


@pytest.mark.parametrize(
    ("extra", "problem"),
    [
        ('url = "https://report.example.vn"', "needs exactly one of 'number' or 'url'"),
        ("number = DROP", "needs exactly one of 'number' or 'url'"),
        ("number = 111", "needs exactly one of 'number' or 'url'"),
        ('number = DROP\nurl = "http://report.example.vn"', "'url' must be an https:// address"),
        ('number = "111#"', "'number' may hold only digits, spaces, + and -"),
        ('channel = "pigeon"', "'channel' must be one of call, sms, whatsapp"),
        ('kind = "other"', "'kind' must be one of emergency, police, child, scam, support, report"),
        ("kind = DROP", "'kind' must be one of emergency, police, child, scam, support, report"),
        ('source = "http://example.gov.vn"', "'source' must be the https:// address of an official source"),
        ("source = DROP", "'source' must be the https:// address of an official source"),
        ('verified = "2025-11-20"', "'verified' must be a date (2025-11-20)"),
        ('languages = "vi"', "'languages' must be a list of strings"),
        ('number = "11X"', "'number' may hold only digits, spaces, + and -"),
        ('serves = "police"', "'serves' must be a list of strings"),
        (
            'serves = ["police", "fire"]',
            "'serves' may name only emergency, police, child_line, scam_report, crisis_line",
        ),
        ("unconfirmed = 1", "'unconfirmed' must say, in words, why the number could not be confirmed"),
    ],
)
def test_each_mistake_in_a_helpline_is_named(tmp_path: Path, extra: str, problem: str) -> None:
    text = COUNTRY + line_toml("vn.bad", extra) + line_toml("vn.good")
    assert helpline_problems(tmp_path, {"VN.toml": text}) == ({"VN": ["vn.good"]}, [f"VN.toml: vn.bad: {problem}"])


def test_mistakes_in_a_country_file_skip_it(tmp_path: Path) -> None:
    files = {
        "DE.toml": COUNTRY,  # the code must be the file's
        "ID.toml": COUNTRY.replace('"VN"', '"id"'),
        "GB.toml": COUNTRY.replace('"VN"', '"GB"').replace('police = "113"\n', ""),
        "FR.toml": COUNTRY.replace('"VN"', '"FR"').replace('name.vi = "Việt Nam"\n', ""),
        "VN.toml": COUNTRY + line_toml("vn.twice") + line_toml("vn.twice") + "\n[[line]]\nkey = 3\n",
        "TH.toml": COUNTRY.replace('"VN"', '"TH"') + "line = [1]\n",
        "US.toml": COUNTRY.replace('"VN"', '"US"').replace('region = "US"', "region = 1"),
    }
    lines, problems = helpline_problems(tmp_path, files)
    assert lines == {"VN": ["vn.twice"], "TH": []}
    assert problems == [
        "DE.toml: VN: 'country' must be the file's ISO code in capitals",
        "FR.toml: FR: 'name' has no text in vi",
        "FR.toml: FR: needs 'police', 'region' and 'name'",
        "GB.toml: GB: needs 'police', 'region' and 'name'",
        "ID.toml: id: 'country' must be the file's ISO code in capitals",
        "TH.toml: a line is not a table",
        "US.toml: US: needs 'police', 'region' and 'name'",
        "VN.toml: vn.twice: duplicate key",
        "VN.toml: 3: key must be lower-case letters, digits, dots and dashes",
    ]


def test_one_line_per_placeholder_and_every_text_of_a_line_needed(tmp_path: Path) -> None:
    from notalone_desktop.core.content.helplines import PLACEHOLDERS

    every = "serves = [" + ", ".join(f'"{name}"' for name in PLACEHOLDERS) + "]"
    text = (
        COUNTRY
        + line_toml("vn.all", every)
        + line_toml("vn.again", 'serves = ["emergency", "police"]')
        + line_toml("vn.no-hours").replace('hours.en = "24/7"\nhours.vi = "24/7"\n', "")
        + line_toml("vn.after", 'number = "112"')
    )
    lines, problems = helpline_problems(tmp_path, {"VN.toml": text})
    assert lines == {"VN": ["vn.all", "vn.after"]}
    assert problems == [
        "VN.toml: vn.again: another line already serves emergency, police",
        "VN.toml: vn.no-hours: missing field 'hours'",
    ]


def test_a_country_code_must_be_two_capitals_naming_the_file(tmp_path: Path) -> None:
    files = {"vn.toml": COUNTRY.replace('"VN"', '"vn"'), "XX.toml": COUNTRY.replace('country = "VN"', "country = 12")}
    lines, problems = helpline_problems(tmp_path, files)
    assert lines == {}
    assert problems == [
        "XX.toml: 12: 'country' must be the file's ISO code in capitals",
        "vn.toml: vn: 'country' must be the file's ISO code in capitals",
    ]


def test_a_later_root_adds_lines_and_replaces_them_by_key(tmp_path: Path) -> None:
    from notalone_desktop.core.content.helplines import load_countries, merge_countries

    helpline_problems(tmp_path / "shipped", {"VN.toml": COUNTRY + line_toml("vn.a") + line_toml("vn.b")})
    ngo = COUNTRY.replace('police = "113"', 'police = "114"') + line_toml("vn.b", 'number = "222"') + line_toml("vn.c")
    helpline_problems(tmp_path / "ngo", {"VN.toml": ngo, "KE.toml": COUNTRY.replace('"VN"', '"KE"')})
    shipped, ngo_countries = load_countries(tmp_path / "shipped")[0], load_countries(tmp_path / "ngo")[0]
    merged = merge_countries([shipped, ngo_countries])
    assert sorted(merged) == ["KE", "VN"] and merged["KE"] == ngo_countries["KE"]
    vietnam = merged["VN"]
    assert vietnam.police == "114"  # the later file's own fields
    assert [(line.key, line.number) for line in vietnam.lines] == [("vn.a", "111"), ("vn.b", "222"), ("vn.c", "111")]
    assert merge_countries([shipped]) == shipped


def test_a_line_carries_every_field_as_written(tmp_path: Path) -> None:
    from notalone_desktop.core.content.helplines import load_countries

    text = COUNTRY + line_toml("vn.chat", 'channel = "whatsapp"\ncheck_locally = true\nlanguages = ["vi", "en"]')
    text += line_toml("vn.web", 'number = DROP\nurl = "https://report.example.vn"\nkind = "report"')
    helpline_problems(tmp_path, {"VN.toml": text, "TH.toml": "line = 1\n" + COUNTRY.replace('"VN"', '"TH"')})
    countries, problems = load_countries(tmp_path)
    assert problems == [] and sorted(countries) == ["TH", "VN"] and countries["TH"].lines == ()
    vietnam = countries["VN"]
    assert (vietnam.code, vietnam.police, vietnam.region, vietnam.name.get("vi")) == ("VN", "113", "VN", "Việt Nam")
    chat, web = vietnam.lines
    assert (chat.number, chat.url, chat.kind, chat.channel, chat.check_locally) == (
        "111",
        "",
        "child",
        "whatsapp",
        True,
    )
    assert (chat.languages, chat.source, str(chat.verified)) == (
        ("vi", "en"),
        "https://example.gov.vn/111",
        "2025-11-20",
    )
    assert (chat.name.get("vi"), chat.purpose.get("en"), chat.hours.get("en"), chat.cost.get("vi")) == (
        "Tổng đài trẻ em",
        "Help for children",
        "24/7",
        "Miễn phí",
    )
    assert (web.number, web.url, web.kind, web.channel, web.check_locally) == (
        "",
        "https://report.example.vn",
        "report",
        "call",
        False,
    )
    assert (chat.serves, chat.unconfirmed, web.unconfirmed) == ((), "", "")
    doubt = COUNTRY + line_toml("vn.doubt", 'serves = ["police"]\nunconfirmed = "The page gives two numbers."')
    helpline_problems(tmp_path / "doubt", {"VN.toml": doubt})
    [line] = load_countries(tmp_path / "doubt")[0]["VN"].lines
    assert (line.serves, line.unconfirmed) == (("police",), "The page gives two numbers.")


def test_emergency_steps_need_english_and_vietnamese_and_come_in_the_documented_order(tmp_path: Path) -> None:
    from notalone_desktop.core.content.helplines import load_situations

    def situation(key: str, steps: str, title: str = 'title.en = "T"\ntitle.vi = "T"\n') -> str:
        return f'\n[[situation]]\nkey = "{key}"\n{title}{steps}'

    both = 'steps.en = ["Stay calm", "Call 113"]\nsteps.vi = ["Bình tĩnh"]\n'
    text = (
        situation("missing", both)
        + situation("online-kidnapping", both + 'steps.de = ["Ruhig bleiben"]\n')
        + situation("new-kind", both)
        + situation("no-vi", 'steps.en = ["Stay calm"]\n')
        + situation("bad-list", both + 'steps.id = "Tenang"\n')
        + situation("unknown-lang", both + 'steps.fr = ["Calme"]\n')
        + situation("empty-step", 'steps.en = ["Stay calm", ""]\nsteps.vi = ["Bình tĩnh"]\n')
        + situation("no-title", both, title="")
        + "\n[[situation]]\nkey = 7\n"
    )
    path = tmp_path / "emergencies.toml"
    path.write_text(text, encoding="utf-8")
    situations, problems = load_situations(path)
    assert [s.key for s in situations] == ["online-kidnapping", "missing", "new-kind", "bad-list", "unknown-lang"]
    assert [str(p).replace(f"{tmp_path}/", "") for p in problems] == [
        "emergencies.toml: no-vi: 'steps' needs lists in en and vi",
        "emergencies.toml: bad-list: 'steps.id' must be a list of steps",
        "emergencies.toml: unknown-lang: 'steps.fr' must be a list of steps",
        "emergencies.toml: empty-step: 'steps.en' must be a list of steps",
        "emergencies.toml: empty-step: 'steps' needs lists in en and vi",
        "emergencies.toml: no-title: missing field 'title'",
        "emergencies.toml: 7: key must be lower-case letters, digits, dots and dashes",
    ]
    kidnapping = situations[0]
    assert kidnapping.steps_for("vi") == ("Bình tĩnh",) and kidnapping.steps_for("de") == ("Ruhig bleiben",)
    assert kidnapping.steps_for("id") == ("Stay calm", "Call 113")  # no Indonesian: English
    missing, problems = load_situations(tmp_path / "absent.toml")
    assert missing == [] and [str(p) for p in problems] == [f"{tmp_path}/absent.toml: file is missing"]


# Lessons ---------------------------------------------------------------------------------------------------------

LESSON = """+++
key = "{key}"
title = "  Scam calls  "
summary = "Who calls, and what they want."
topic = "money"
age_bands = ["13-15", "10-12"]
minutes = 4
version = 2
sources = ["https://example.org/scams"]
related = ["money.bank-pin"]
+++

Hang up, then **call back** on a number you know. See <https://example.org/help>.
"""


def lesson_problems(folder: Path, files: dict[str, str], known: list[str] | None = None) -> tuple[list[str], list[str]]:
    from notalone_desktop.core.content.lessons import load_lessons

    for name, text in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
    lessons, problems = load_lessons(folder, known)
    return [f"{lesson.lang}/{lesson.key}" for lesson in lessons], [str(p).replace(f"{folder}/", "") for p in problems]


@pytest.mark.parametrize(
    ("old", "new", "problem"),
    [
        ('key = "scam-calls"', 'key = "other-key"', "other-key: key must be the file name"),
        ('key = "scam-calls"', 'key = "Scam Calls"', "Scam Calls: key must be lower-case letters, digits, dots and "
         "dashes"),
        ('title = "  Scam calls  "', 'title = "  "', "scam-calls: front matter needs title, summary and topic"),
        ('summary = "Who calls, and what they want."\n', "", "scam-calls: front matter needs title, summary and topic"),
        ('topic = "money"', "topic = 3", "scam-calls: front matter needs title, summary and topic"),
        ('topic = "money"', 'topic = "cooking"', "scam-calls: unknown topic 'cooking'"),
        ("minutes = 4", "minutes = 0", "scam-calls: minutes and version must be whole numbers of at least 1"),
        ("minutes = 4", "minutes = true", "scam-calls: minutes and version must be whole numbers of at least 1"),
        ("version = 2", 'version = "2"', "scam-calls: minutes and version must be whole numbers of at least 1"),
        ("version = 2", "version = 1.5", "scam-calls: minutes and version must be whole numbers of at least 1"),
        ("Hang up", "<b>Hang</b> up", "scam-calls: the body contains raw HTML"),
        ("Hang up", "<!-- note --> Hang up", "scam-calls: the body contains raw HTML"),
        ('age_bands = ["13-15", "10-12"]', 'age_bands = ["teens"]', "scam-calls: age bands must be some of "
         "under6, 6-9, 10-12, 13-15, 16-17, 18-22 (got ['teens'])"),
        ('sources = ["https://example.org/scams"]', "sources = []", "scam-calls: needs at least one source, each an "
         "https:// address"),
        ('related = ["money.bank-pin"]', 'related = "money.bank-pin"', "scam-calls: 'related' must be a list of "
         "strings"),
        ('age_bands = ["13-15", "10-12"]', 'age_bands = "13-15"', "scam-calls: 'age_bands' must be a list of strings"),
        ('sources = ["https://example.org/scams"]', 'sources = "https://example.org/scams"', "scam-calls: 'sources' "
         "must be a list of strings"),
        ("+++\n\nHang", "+++\nHang", None),  # no blank line after the block: still a lesson
        ("minutes = 4", "minutes = 4\ndeep = " + "[" * 3000 + "]" * 3000, "scam-calls: front matter is nested too "
         "deep"),
    ],
)  # fmt: skip
def test_each_mistake_in_a_lesson_is_named(tmp_path: Path, old: str, new: str, problem: str | None) -> None:
    text = LESSON.format(key="scam-calls")
    assert old in text
    loaded, problems = lesson_problems(tmp_path, {"vi/scam-calls.md": text.replace(old, new)})
    if problem is None:
        assert (loaded, problems) == (["vi/scam-calls"], [])
    else:
        assert (loaded, problems) == ([], [f"vi/scam-calls.md: {problem}"])


def test_files_that_are_not_lessons_are_named(tmp_path: Path) -> None:
    good = LESSON.format(key="good")
    files = {
        "en/no-block.md": "# Just markdown\n",
        "en/bad-toml.md": "+++\nkey = \n+++\nBody\n",
        "en/empty.md": good.replace("good", "empty").split("+++\n\n")[0] + "+++\n\n   \n",
        "en/big.md": good.replace('"good"', '"big"') + "x" * 1_000_000,
        "en/good.md": good,
        "en/windows.md": "\ufeff" + good.replace('"good"', '"windows"').replace("\n", "\r\n"),
        "de/good.md": good,
        "fr/good.md": good,  # not one of the app's languages: never read
        "en/unknown-item.md": good.replace('"good"', '"unknown-item"').replace(
            '"money.bank-pin"', '"money.nothing", "money.bank-pin", "devices.gone"'
        ),
    }
    folder = tmp_path / "lessons"
    (folder / "en").mkdir(parents=True)
    (folder / "en" / "latin1.md").write_bytes(good.replace('"good"', '"latin1"').encode() + "é".encode("latin-1"))
    loaded, problems = lesson_problems(folder, files, known=["money.bank-pin"])
    assert loaded == ["en/good", "en/windows", "de/good"]
    assert problems[0].startswith("en/bad-toml.md: bad-toml: front matter is not valid TOML: ")  # + tomllib's words
    assert problems[1:4] == [
        "en/big.md: big: file is larger than 1000 kB",
        "en/empty.md: empty: the body is empty",
        problems[3],
    ]
    assert problems[3].startswith("en/latin1.md: latin1: cannot be read: 'utf-8' codec can't decode byte 0xe9")
    assert problems[4:] == [
        "en/no-block.md: no-block: no +++ front matter block at the top",
        "en/unknown-item.md: unknown-item: related checklist items do not exist: money.nothing, devices.gone",
    ]
    everything, _ = lesson_problems(folder, {}, known=None)  # without the checklist's keys: not checked
    assert "en/unknown-item" in everything


def test_a_lesson_carries_every_field_and_a_hash_of_all_of_them(tmp_path: Path) -> None:
    from dataclasses import replace

    from notalone_desktop.core.content.lessons import load_lessons

    lesson_problems(tmp_path, {"en/scam-calls.md": LESSON.format(key="scam-calls")})
    [lesson], _ = load_lessons(tmp_path)
    assert (lesson.key, lesson.lang, lesson.title, lesson.summary, lesson.topic) == (
        "scam-calls",
        "en",
        "Scam calls",
        "Who calls, and what they want.",
        "money",
    )
    assert (lesson.bands, lesson.minutes, lesson.version) == (("10-12", "13-15"), 4, 2)
    assert (lesson.sources, lesson.related) == (("https://example.org/scams",), ("money.bank-pin",))
    assert lesson.body == "Hang up, then **call back** on a number you know. See <https://example.org/help>."
    hashes = {lesson.content_hash}
    for change in (
        {"title": "x"},
        {"summary": "x"},
        {"topic": "devices"},
        {"bands": ("6-9",)},
        {"minutes": 5},
        {"version": 3},
        {"sources": ("https://x",)},
        {"related": ("x",)},
        {"body": "x"},
        {"title": "Scam calls\x1fWho calls, and what they want.", "summary": ""},  # fields cannot run together
    ):
        hashes.add(replace(lesson, **change).content_hash)  # type: ignore[arg-type]
    assert len(hashes) == 11 and all(len(h) == 64 for h in hashes)
    assert replace(lesson, lang="vi").content_hash == lesson.content_hash  # the language is the folder's, not content


# Life events ---------------------------------------------------------------------------------------------------------

EVENT_TEXTS = (
    'title.en = "A first phone"\ntitle.vi = "Điện thoại đầu tiên"\nintro.en = "Start here."\nintro.vi = "Bắt đầu."\n'
)


def life_item(key: str, how_vi: str = "- Một\\n- Hai", title_en: str = "Contacts") -> str:
    return (
        f'\n  [[event.item]]\n  key = "{key}"\n  sources = ["https://example.org/life"]\n'
        f'  title.en = "{title_en}"\n  title.vi = "Danh bạ"\n  why.en = "Why"\n  why.vi = "Vì sao"\n'
        f'  how.en = "- One\\n- Two"\n  how.vi = "{how_vi}"\n'
    )


def life_event(key: str, *items: str, head: str = 'order = 1\nbands = ["10-12"]\n') -> str:
    return f'\n[[event]]\nkey = "{key}"\n{head}{EVENT_TEXTS}' + "".join(items)


def four(event: str) -> tuple[str, ...]:
    return tuple(life_item(f"life.{event}.step{n}") for n in range(4))


KEY_MISTAKES = (
    life_item("life.other.x"),
    life_item("life.keys."),
    life_item("life.keys.a.b"),
    life_item("life.keys.step0"),
)
STEP_MISTAKES = (
    life_item("life.steps.uneven", how_vi="- Một"),
    life_item("life.steps.prose", how_vi="Một\\n- Hai"),
    life_item("life.steps.long", title_en="x" * 91),
)
UNEVEN = "'how' must be '- ' steps, as many in every language (got {'en': 2, 'vi': 1})"


def test_each_mistake_in_a_life_event_is_named(tmp_path: Path) -> None:
    from notalone_desktop.core.content.life_events import load_life_events

    text = (
        life_event("good", *four("good"))
        + life_event("with.dot", *four("with.dot"))
        + life_event("good", *four("good"))
        + life_event("bad-order", *four("bad-order"), head='order = "1"\nbands = ["10-12"]\n')
        + life_event("three", *four("three")[:3])
        + life_event("eight", *(life_item(f"life.eight.s{n}") for n in range(8)))
        + life_event("keys", *four("keys"), *KEY_MISTAKES)
        + life_event("steps", *four("steps"), *STEP_MISTAKES)
        + life_event("no-bands", *four("no-bands"), head="order = 1\n")
        + '\n[[event]]\nkey = "items-not-tables"\n' + EVENT_TEXTS + 'bands = ["6-9"]\nitem = "x"\n'
        + '\n[[event]]\nkey = "odd-items"\n' + EVENT_TEXTS + 'bands = ["6-9"]\nitem = [1, 2, 3, 4]\n'
        + '\n[[event]]\nkey = "Bad Event"\n' + EVENT_TEXTS + 'bands = ["6-9"]\n'
    )  # fmt: skip
    path = tmp_path / "life_events.toml"
    path.write_text(text, encoding="utf-8")
    content = load_life_events(path)
    assert [e.key for e in content.events] == ["good", "keys", "steps"]
    assert [str(p).replace(f"{tmp_path}/", "") for p in content.problems] == [
        "life_events.toml: with.dot: an event key has no dots (it is the middle part of its items' keys)",
        "life_events.toml: good: duplicate key",
        "life_events.toml: bad-order: 'order' must be a whole number",
        "life_events.toml: three: an event needs 4 to 7 items (has 3)",
        "life_events.toml: eight: an event needs 4 to 7 items (has 8)",
        "life_events.toml: life.other.x: key must be 'life.keys.<slug>'",
        "life_events.toml: life.keys.: key must be lower-case letters, digits, dots and dashes",
        "life_events.toml: life.keys.a.b: key must be 'life.keys.<slug>'",
        "life_events.toml: life.keys.step0: duplicate key",
        f"life_events.toml: life.steps.uneven: {UNEVEN}",
        f"life_events.toml: life.steps.prose: {UNEVEN}",
        "life_events.toml: life.steps.long: title longer than 90 characters in en",
        "life_events.toml: no-bands: age bands must be some of under6, 6-9, 10-12, 13-15, 16-17, 18-22 (got [])",
        "life_events.toml: items-not-tables: 'item' must be an array of tables ([[event.item]])",
        "life_events.toml: odd-items: an item is not a table",
        "life_events.toml: odd-items: an item is not a table",
        "life_events.toml: odd-items: an item is not a table",
        "life_events.toml: odd-items: an item is not a table",
        "life_events.toml: odd-items: an event needs 4 to 7 items (has 0)",
        "life_events.toml: Bad Event: key must be lower-case letters, digits, dots and dashes",
    ]
    (tmp_path / "odd.toml").write_text("event = [1]\n", encoding="utf-8")
    odd = load_life_events(tmp_path / "odd.toml")
    assert [str(p) for p in odd.problems] == [f"{tmp_path}/odd.toml: an event is not a table"]


def test_life_events_load_in_order_with_their_items(tmp_path: Path) -> None:
    from notalone_desktop.core.content.life_events import event_of, is_life_key, load_life_events

    text = (
        life_event("zebra", *four("zebra"), head='order = 2\nbands = ["16-17", "13-15"]\n')
        + life_event("apple", *four("apple"), head='order = 2\nbands = ["6-9"]\n')
        + life_event("last", *four("last"), head='bands = ["6-9"]\n')
        + life_event("first", *(life_item(f"life.first.s{n}") for n in range(7)), head='order = 1\nbands = ["6-9"]\n')
    )
    path = tmp_path / "life_events.toml"
    path.write_text(text, encoding="utf-8")
    content = load_life_events(path)
    assert content.problems == ()
    assert [(e.key, e.order) for e in content.events] == [("first", 1), ("apple", 2), ("zebra", 2), ("last", 99)]
    zebra = content.event("zebra")
    assert zebra is not None and zebra.bands == ("13-15", "16-17")
    assert (zebra.title.get("vi"), zebra.intro.get("en")) == ("Điện thoại đầu tiên", "Start here.")
    item = content.item("life.zebra.step2")
    assert item is not None and (item.event, item.sources) == ("zebra", ("https://example.org/life",))
    assert (item.title.get("en"), item.why.get("vi"), item.steps("vi")) == ("Contacts", "Vì sao", ["Một", "Hai"])
    assert content.event("nothing") is None and content.item("life.zebra.nothing") is None
    assert (is_life_key("life.first-phone.contacts"), is_life_key("devices.life")) == (True, False)
    assert event_of("life.first-phone.contacts") == "first-phone" and event_of("life.trip.pack.more") == "trip"


def test_a_missing_or_broken_life_events_file_is_named(tmp_path: Path) -> None:
    from notalone_desktop.core.content.life_events import load_life_events

    missing = load_life_events(tmp_path / "absent.toml")
    assert missing.events == () and [str(p) for p in missing.problems] == [f"{tmp_path}/absent.toml: file is missing"]
    (tmp_path / "not-list.toml").write_text('event = "first-phone"\n', encoding="utf-8")
    wrong = load_life_events(tmp_path / "not-list.toml")
    assert [str(p) for p in wrong.problems] == [
        f"{tmp_path}/not-list.toml: 'event' must be an array of tables ([[event]])"
    ]
    (tmp_path / "broken.toml").write_text("event = [", encoding="utf-8")
    broken = load_life_events(tmp_path / "broken.toml")
    assert len(broken.problems) == 1 and str(broken.problems[0]).startswith(f"{tmp_path}/broken.toml: cannot be read: ")


def test_each_missing_or_wrong_field_of_a_life_event_or_its_item_is_named(tmp_path: Path) -> None:
    from notalone_desktop.core.content.life_events import load_life_events

    def item(key: str, drop: str = "", change: tuple[str, str] = ("", "")) -> str:
        lines = life_item(key).replace(*change) if change[0] else life_item(key)
        return "".join(line + "\n" for line in lines.splitlines() if not drop or not line.strip().startswith(drop))

    intro_at = EVENT_TEXTS.index("intro.en")  # the event's title before it, its intro from there
    long_title = 'title.en = "' + "x" * 91 + '"\n  title.vi = "' + "y" * 91 + '"'
    text = (
        life_event("bands-text", *four("bands-text"), head='bands = "10-12"\n')
        + life_event("no-title", *four("no-title")).replace(EVENT_TEXTS, EVENT_TEXTS[intro_at:])
        + life_event("no-intro", *four("no-intro")).replace(EVENT_TEXTS, EVENT_TEXTS[:intro_at])
        + life_event("no-items")
        + life_event(
            "fields",
            *four("fields"),
            item("elsewhere"),
            item("life.fields.sources-text", change=('sources = ["https://example.org/life"]', 'sources = "x"')),
            item("life.fields.plain-http", change=("https://example.org", "http://example.org")),
            item("life.fields.no-title", drop="title."),
            item("life.fields.no-why", drop="why."),
            item("life.fields.no-how", drop="how."),
            item("life.fields.long", change=('title.en = "Contacts"\n  title.vi = "Danh bạ"', long_title)),
            item("life.fields.ninety", change=('title.en = "Contacts"', 'title.en = "' + "x" * 90 + '"')),
        )
    )  # fmt: skip
    path = tmp_path / "life_events.toml"
    path.write_text(text, encoding="utf-8")
    content = load_life_events(path)
    assert [str(p).replace(f"{tmp_path}/", "") for p in content.problems] == [
        "life_events.toml: bands-text: 'bands' must be a list of strings",
        "life_events.toml: no-title: missing field 'title'",
        "life_events.toml: no-intro: missing field 'intro'",
        "life_events.toml: no-items: an event needs 4 to 7 items (has 0)",
        "life_events.toml: elsewhere: key must be 'life.fields.<slug>'",
        "life_events.toml: life.fields.sources-text: 'sources' must be a list of strings",
        "life_events.toml: life.fields.plain-http: needs at least one source, each an https:// address",
        "life_events.toml: life.fields.no-title: missing field 'title'",
        "life_events.toml: life.fields.no-why: missing field 'why'",
        "life_events.toml: life.fields.no-how: missing field 'how'",
        "life_events.toml: life.fields.long: title longer than 90 characters in en, vi",
    ]
    [fields] = content.events
    assert [i.key for i in fields.items][-1] == "life.fields.ninety"  # 90 characters are not too long
    (tmp_path / "no-events.toml").write_text("[other]\nx = 1\n", encoding="utf-8")
    empty = load_life_events(tmp_path / "no-events.toml")
    assert (empty.events, empty.problems) == ((), ())  # a file without events has none, and nothing wrong


# The family agreement --------------------------------------------------------------------------------------------


def agreement_toml(rules: str, sheet_drop: str = "", nos: int = 3) -> str:
    sheet = "".join(
        f'{name}.en = "{name.title()}"\n{name}.vi = "{name} vi"\n'
        for name in ("title", "intro", "everyone", "children", "parents", "signatures", "parent", "date", "review")
        if name != sheet_drop
    )
    poster = "".join(
        f'{name}.en = "P {name}"\n{name}.vi = "P {name} vi"\n'
        for name in ("title", "subtitle", "nos", "musts", "footer")
    )
    entries = "".join(
        f'\n[[poster.{kind}]]\nkey = "{kind}-{n}"\ntext.en = "{kind} {n}"\ntext.vi = "{kind} {n} vi"\n'
        f'detail.en = "d{n}"\ndetail.vi = "d{n} vi"\n'
        for kind, count in (("no", nos), ("must", 3))
        for n in range(count)
    )
    return f"[sheet]\n{sheet}\n[poster]\n{poster}{entries}{rules}"


def rule(key: str, who: str, extra: str = "") -> str:
    return f'\n[[rule]]\nkey = "{key}"\nwho = "{who}"\n{extra}text.en = "Rule {key}"\ntext.vi = "Luật {key}"\n'


ALWAYS = rule("all-talk", "everyone") + rule("kids-tell", "children") + rule("parents-listen", "parents")


def test_the_agreement_grows_with_what_is_done_and_the_childrens_ages(tmp_path: Path) -> None:
    from notalone_desktop.core.content.agreement import compose, load_agreement

    rules = (
        ALWAYS
        + rule("lock", "children", 'items = ["devices.lock", "devices.pin"]\n')
        + rule("teen-money", "parents", 'bands = ["16-17", "13-15"]\n')
        + rule("both", "everyone", 'items = ["money.bank"]\nbands = ["10-12"]\n')
    )
    path = tmp_path / "agreement.toml"
    path.write_text(agreement_toml(rules), encoding="utf-8")
    content = load_agreement(path)
    assert content.problems == ()
    keys = [r.key for r in content.rules_for(set(), set())]
    assert keys == ["all-talk", "kids-tell", "parents-listen"]
    assert [r.key for r in content.rules_for({"devices.pin"}, {"6-9"})] == [*keys, "lock"]
    assert [r.key for r in content.rules_for(set(), {"13-15"})] == [*keys, "teen-money"]
    assert [r.key for r in content.rules_for({"money.bank"}, {"13-15"})] == [*keys, "teen-money"]  # both needed
    assert [r.key for r in content.rules_for({"money.bank"}, {"10-12"})] == [*keys, "both"]
    assert content.rules[4].bands == ("13-15", "16-17") and content.rules[3].items == ("devices.lock", "devices.pin")
    assert compose(content, "vi", ["devices.lock"], ["16-17"]).split("\n") == [
        "title vi",
        "",
        "intro vi",
        "",
        "everyone vi",
        "- Luật all-talk",
        "",
        "children vi",
        "- Luật kids-tell",
        "- Luật lock",
        "",
        "parents vi",
        "- Luật parents-listen",
        "- Luật teen-money",
        "",
        "review vi ____________________",
    ]
    assert (content.words("signatures", "en"), content.words("nothing", "en")) == ("Signatures", "")
    assert (content.poster_words("subtitle", "vi"), content.poster_words("nothing", "vi")) == ("P subtitle vi", "")
    assert [(r.key, r.text.get("en"), r.detail.get("vi")) for r in content.musts] == [
        ("must-0", "must 0", "d0 vi"),
        ("must-1", "must 1", "d1 vi"),
        ("must-2", "must 2", "d2 vi"),
    ]
    assert [r.key for r in content.nos] == ["no-0", "no-1", "no-2"]


def test_a_group_without_rules_leaves_out_its_heading(tmp_path: Path) -> None:
    from notalone_desktop.core.content.agreement import compose, load_agreement

    path = tmp_path / "agreement.toml"
    path.write_text(agreement_toml(ALWAYS.replace('who = "children"', 'who = "parents"')), encoding="utf-8")
    content = load_agreement(path)
    assert "children vi" not in compose(content, "vi", [], [])
    assert compose(content, "vi", [], []).splitlines() == [
        "title vi",
        "",
        "intro vi",
        "",
        "everyone vi",
        "- Luật all-talk",
        "",
        "parents vi",  # after the group left out, the next one still comes
        "- Luật kids-tell",
        "- Luật parents-listen",
        "",
        "review vi ____________________",
    ]
    assert [str(p).replace(f"{tmp_path}/", "") for p in content.problems] == [
        "agreement.toml: children: needs at least one rule for this group that is always included"
    ]


def test_each_mistake_in_the_agreement_file_is_named(tmp_path: Path) -> None:
    from notalone_desktop.core.content.agreement import load_agreement

    rules = (
        ALWAYS
        + rule("all-talk", "everyone")
        + rule("nobody", "strangers")
        + rule("Bad Key", "parents")
        + rule("bad-band", "parents", 'bands = ["teens"]\n')
        + rule("bad-items", "parents", 'items = "devices.lock"\n')
        + rule("no-text", "parents").replace('text.vi = "Luật no-text"\n', "")
        + "\n[[rule]]\nkey = 5\n"
    )
    path = tmp_path / "agreement.toml"
    bad_nos = '\n[[poster.no]]\nkey = 9\ntext.en = "t"\ntext.vi = "t"\ndetail.en = "d"\ndetail.vi = "d"\n'
    bad_nos += '\n[[poster.no]]\nkey = "no-words"\n'
    path.write_text(
        agreement_toml(rules, sheet_drop="review", nos=2).replace(
            "\n[[poster.must]]", bad_nos + "\n[[poster.must]]", 1
        ),
        encoding="utf-8",
    )
    content = load_agreement(path)
    assert [r.key for r in content.rules] == ["all-talk", "kids-tell", "parents-listen"]
    assert "review" not in content.sheet and content.words("review", "en") == ""
    assert [str(p).replace(f"{tmp_path}/", "") for p in content.problems] == [
        "agreement.toml: sheet.review: missing field 'review'",
        "agreement.toml: 9: key must be lower-case letters, digits, dots and dashes",
        "agreement.toml: no-words: missing field 'text'",
        "agreement.toml: no-words: missing field 'detail'",
        "agreement.toml: poster.no: needs exactly 3 entries (has 2)",
        "agreement.toml: all-talk: duplicate key",
        "agreement.toml: nobody: 'who' must be one of everyone, children, parents",
        "agreement.toml: Bad Key: key must be lower-case letters, digits, dots and dashes",
        "agreement.toml: bad-band: age bands must be some of under6, 6-9, 10-12, 13-15, 16-17, 18-22 (got ['teens'])",
        "agreement.toml: bad-items: 'items' must be a list of strings",
        "agreement.toml: no-text: 'text' has no text in vi",
        "agreement.toml: 5: key must be lower-case letters, digits, dots and dashes",
    ]


def test_an_agreement_file_without_its_parts_is_named(tmp_path: Path) -> None:
    from notalone_desktop.core.content.agreement import load_agreement

    missing = load_agreement(tmp_path / "absent.toml")
    assert (missing.sheet, missing.rules) == ({}, ())
    assert [str(p) for p in missing.problems] == [f"{tmp_path}/absent.toml: file is missing"]
    (tmp_path / "empty.toml").write_text('rule = "x"\n', encoding="utf-8")
    empty = load_agreement(tmp_path / "empty.toml")
    assert [str(p).replace(f"{tmp_path}/", "") for p in empty.problems] == [
        "empty.toml: sheet: missing [sheet] table",
        "empty.toml: poster: missing [poster] table",
        "empty.toml: poster.no: needs exactly 3 entries (has 0)",
        "empty.toml: poster.must: needs exactly 3 entries (has 0)",
        "empty.toml: needs [[rule]] entries",
        "empty.toml: everyone: needs at least one rule for this group that is always included",
        "empty.toml: children: needs at least one rule for this group that is always included",
        "empty.toml: parents: needs at least one rule for this group that is always included",
    ]
    (tmp_path / "broken.toml").write_text("[sheet", encoding="utf-8")
    broken = load_agreement(tmp_path / "broken.toml")
    assert len(broken.problems) == 1 and str(broken.problems[0]).startswith(f"{tmp_path}/broken.toml: cannot be read")


def test_rules_and_poster_entries_that_are_not_tables_are_named_or_passed_over(tmp_path: Path) -> None:
    from notalone_desktop.core.content.agreement import load_agreement

    path = tmp_path / "agreement.toml"
    path.write_text("rule = [1, 2]\n" + agreement_toml(""), encoding="utf-8")  # before the tables: top level
    content = load_agreement(path)
    assert [str(p).replace(f"{tmp_path}/", "") for p in content.problems] == [
        "agreement.toml: a rule is not a table",
        "agreement.toml: a rule is not a table",
        "agreement.toml: needs [[rule]] entries",
        "agreement.toml: everyone: needs at least one rule for this group that is always included",
        "agreement.toml: children: needs at least one rule for this group that is always included",
        "agreement.toml: parents: needs at least one rule for this group that is always included",
    ]
    path.write_text(agreement_toml(ALWAYS + rule("bands-text", "children", 'bands = "10-12"\n')), encoding="utf-8")
    assert [str(p).replace(f"{tmp_path}/", "") for p in load_agreement(path).problems] == [
        "agreement.toml: bands-text: 'bands' must be a list of strings"
    ]
    path.write_text("rule = []\n" + agreement_toml(""), encoding="utf-8")
    assert str(load_agreement(path).problems[0]) == f"{path}: needs [[rule]] entries"
    # Poster entries that are not a list, or not a table, are passed over; the good ones after them still count.
    poster_first = agreement_toml(ALWAYS, nos=0).replace("[poster]\n", "[poster]\nno = 3\n")
    path.write_text(poster_first, encoding="utf-8")
    assert [str(p).replace(f"{tmp_path}/", "") for p in load_agreement(path).problems] == [
        "agreement.toml: poster.no: needs exactly 3 entries (has 0)"
    ]
    mixed = agreement_toml(ALWAYS, nos=0).replace(
        "[poster]\n",
        "[poster]\nno = [1, "
        + ", ".join(
            f'{{key = "no-{n}", text.en = "no {n}", text.vi = "no {n} vi", detail.en = "d", detail.vi = "d vi"}}'
            for n in range(3)
        )
        + "]\n",
    )
    path.write_text(mixed, encoding="utf-8")
    loaded = load_agreement(path)
    assert (loaded.problems, [r.key for r in loaded.nos]) == ((), ["no-0", "no-1", "no-2"])


def test_a_missing_agreement_file_has_nothing_in_it(tmp_path: Path) -> None:
    from notalone_desktop.core.content.agreement import load_agreement

    missing = load_agreement(tmp_path / "absent.toml")
    assert (missing.sheet, missing.poster, missing.nos, missing.musts, missing.rules) == ({}, {}, (), (), ())
    assert (missing.words("title", "vi"), missing.poster_words("title", "vi")) == ("", "")


@pytest.mark.parametrize(
    ("loader", "name", "text", "logged"),
    [
        ("checklists", "devices.toml", "x = [", "checklist content skipped: "),
        ("scenarios", "s.toml", "x = [", "scenario skipped: "),
        ("helplines", "VN.toml", "x = [", "helpline content skipped: "),
        ("lessons", "en/l.md", "no front matter", "lesson skipped: "),
        ("life_events", "life_events.toml", "x = [", "life-event content skipped: "),
        ("situations", "emergencies.toml", "x = [", "emergency steps skipped: "),
        ("agreement", "agreement.toml", "x = [", "agreement content skipped: "),
    ],
)
def test_each_skipped_entry_leaves_a_log_line_naming_it(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, loader: str, name: str, text: str, logged: str
) -> None:
    from notalone_desktop.core.content import agreement, checklists, helplines, lessons, life_events, scenarios

    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    load = {
        "checklists": lambda: checklists.load_checklists(tmp_path).problems,
        "scenarios": lambda: scenarios.load_scenarios(tmp_path)[1],
        "helplines": lambda: helplines.load_countries(tmp_path)[1],
        "lessons": lambda: lessons.load_lessons(tmp_path)[1],
        "life_events": lambda: life_events.load_life_events(path).problems,
        "situations": lambda: helplines.load_situations(path)[1],
        "agreement": lambda: agreement.load_agreement(path).problems,
    }[loader]
    with caplog.at_level("WARNING"):
        problems = load()
    assert problems
    assert [r.getMessage() for r in caplog.records] == [f"{logged}{p}" for p in problems]


# Edges the tests above leave: shortest lessons, Windows line ends, files at the size limit, a later root's events


def test_a_one_minute_first_version_lesson_with_windows_line_ends_loads(tmp_path: Path) -> None:
    from notalone_desktop.core.content.common import MAX_FILE_BYTES
    from notalone_desktop.core.content.lessons import load_lessons

    text = LESSON.format(key="scam-calls").replace("minutes = 4", "minutes = 1").replace("version = 2", "version = 1")
    text = text.replace("\n", "\r\n")
    largest = LESSON.format(key="long").replace("Hang up", "Hang up" + " x" * 1_000_000)
    largest = largest[: MAX_FILE_BYTES - 1] + "\n"
    loaded, problems = lesson_problems(tmp_path, {"en/scam-calls.md": text, "en/long.md": largest})
    assert (sorted(loaded), problems) == (["en/long", "en/scam-calls"], [])
    lessons, _ = load_lessons(tmp_path)
    lesson = next(lesson for lesson in lessons if lesson.key == "scam-calls")
    assert (lesson.minutes, lesson.version) == (1, 1)
    assert "\r" not in lesson.body and lesson.body.startswith("Hang up, then")
    (tmp_path / "en" / "long.md").write_text(largest + "x", encoding="utf-8")  # one byte over
    assert lesson_problems(tmp_path, {})[1] == ["en/long.md: long: file is larger than 1000 kB"]


def test_situations_that_are_not_tables_are_named_not_crashed_on(tmp_path: Path) -> None:
    from notalone_desktop.core.content.helplines import load_situations

    path = tmp_path / "emergencies.toml"
    path.write_text("situation = [1]\n", encoding="utf-8")
    situations, problems = load_situations(path)
    assert (situations, [str(p).replace(f"{tmp_path}/", "") for p in problems]) == (
        [],
        ["emergencies.toml: None: key must be lower-case letters, digits, dots and dashes"],
    )
    path.write_text('situation = "online-kidnapping"\n', encoding="utf-8")
    assert load_situations(path) == ([], [])
    # A mistake first does not stop the situations after it.
    good = '{key = "missing", title = {en = "T", vi = "T"}, steps = {en = ["Call"], vi = ["Gọi"]}}'
    path.write_text(f"situation = [1, {good}]\n", encoding="utf-8")
    situations, problems = load_situations(path)
    assert [s.key for s in situations] == ["missing"] and len(problems) == 1


def test_a_later_root_adds_and_replaces_life_events_in_their_order(tmp_path: Path) -> None:
    from notalone_desktop.core.content.life_events import load_life_events, merge_life_events

    shipped_path, ngo_path = tmp_path / "shipped.toml", tmp_path / "ngo.toml"
    shipped_path.write_text(
        life_event("trip", *four("trip"), head='order = 2\nbands = ["6-9"]\n')
        + life_event("phone", *four("phone"), head='order = 1\nbands = ["6-9"]\n'),
        encoding="utf-8",
    )
    ngo_path.write_text(
        life_event("trip", *four("trip"), head='order = 0\nbands = ["13-15"]\n')
        + life_event("camp", *four("camp"), head='order = 1\nbands = ["6-9"]\n')
        + "\n[[event]]\nkey = 3\n",
        encoding="utf-8",
    )
    shipped, ngo = load_life_events(shipped_path), load_life_events(ngo_path)
    merged = merge_life_events([shipped, ngo])
    assert [(e.key, e.order, e.bands) for e in merged.events] == [
        ("trip", 0, ("13-15",)),  # replaced, with its new order
        ("camp", 1, ("6-9",)),  # the same order: by key
        ("phone", 1, ("6-9",)),
    ]
    assert len(ngo.problems) == 1 and merged.problems == ngo.problems


def test_each_mistake_in_a_scenarios_graph_and_lists_is_named(tmp_path: Path) -> None:
    from tests.content.test_scenarios import _node as node

    ends = (node("safe", outcome="safe"), node("unsafe", outcome="unsafe"))
    fine = (node("a", ("safe", True), ("unsafe", False)), *ends)
    files = {
        "a.toml": "this is not toml",  # the files after a broken one are still read
        "b.toml": scenario("missing", node("a", ("safe", True), ("nowhere", False)), *ends),
        "c.toml": scenario(
            "island", node("a", ("safe", True), ("unsafe", False)), node("b", ("safe", True), ("unsafe", False)), *ends
        ),
        "d.toml": scenario(
            "dead",
            node("a", ("safe", True), ("b", False)),
            node("b", ("c", True), ("c", False)),
            node("c", ("b", True), ("b", False)),
            *ends,
        ),
        "e.toml": scenario(
            "no-unsafe-end",
            node("a", ("safe", True), ("safe2", False)),
            node("safe", outcome="safe"),
            node("safe2", outcome="safe"),
        ),
        "f.toml": scenario(
            "no-choice-text",
            node("a", ("safe", True), ("unsafe", False)).replace('text.en = "Reply"\n  ', "", 1),
            *ends,
        ),
        "g.toml": scenario("bands-not-a-list", *fine, header=header_with('["13-15"]', '"13-15"')),
        "h.toml": scenario("lessons-not-strings", *fine, header="related_lessons = [1]\n" + header_with()),
        "i.toml": scenario("items-not-a-list", *fine, header='related_items = "money.bank-pin"\n' + header_with()),
    }
    keys, problems = scenario_problems(tmp_path, files)
    assert keys == []
    assert problems[1:] == [
        "b.toml: missing/a: choice leads to missing node 'nowhere'",
        "c.toml: island/b: node cannot be reached from the start",
        "d.toml: dead/unsafe: node cannot be reached from the start",  # only through the loop of "b" and "c"
        "d.toml: dead/b: no ending can be reached from this node",
        "d.toml: dead/c: no ending can be reached from this node",
        "e.toml: no-unsafe-end: needs at least one safe and one unsafe ending",
        "f.toml: no-choice-text/a: 'text' has no text in en",
        "f.toml: no-choice-text/a: a choice needs 'good' (true/false), text and feedback",
        "g.toml: bands-not-a-list: 'age_bands' must be a list of strings",
        "h.toml: lessons-not-strings: 'related_lessons' must be a list of strings",
        "i.toml: items-not-a-list: 'related_items' must be a list of strings",
    ]
    assert problems[0].startswith("a.toml: cannot be read: ")


def header_with(old: str = "", new: str = "") -> str:
    """The scenario header of tests/content with `old` replaced by `new`."""
    from tests.content.test_scenarios import HEADER

    return HEADER.replace(old, new) if old else HEADER


def test_an_ending_reached_only_through_later_nodes_and_good_paths_that_meet_again_are_fine(tmp_path: Path) -> None:
    from tests.content.test_scenarios import _node as node

    ends = (node("safe", outcome="safe"), node("unsafe", outcome="unsafe"))
    # "a" and "b" reach an ending only through "c", which comes after them in the file.
    chain = scenario(
        "chain",
        node("a", ("b", True), ("c", False)),
        node("b", ("c", True), ("c", False)),
        node("c", ("safe", True), ("unsafe", False)),
        *ends,
    )
    # Two good replies at "a" meet again at "d": it is a safe way both times.
    meeting = scenario(
        "meeting",
        node("a", ("b", True), ("c", True), ("unsafe", False)),
        node("b", ("d", True), ("unsafe", False)),
        node("c", ("d", True), ("unsafe", False)),
        node("d", ("safe", True), ("unsafe", False)),
        *ends,
    )
    assert scenario_problems(tmp_path, {"chain.toml": chain, "meeting.toml": meeting}) == (["chain", "meeting"], [])
