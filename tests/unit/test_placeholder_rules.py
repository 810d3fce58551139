"""Country placeholders (core/content/placeholders.py) on hand-built countries and content: which line answers a
placeholder, the fallback to the emergency number with its sentence in the text's language, and `localise`
over every shape of content (texts, lessons, lists, nested entries) without changing or copying what it need not."""

from __future__ import annotations

import dataclasses
import datetime as dt

from notalone_desktop.core.content.common import Text
from notalone_desktop.core.content.helplines import Country, Helpline
from notalone_desktop.core.content.placeholders import dial_text, line_for, localise, resolve, unresolved

WORDS = Text({"en": "a line"})


def line(key: str, number: str, serves: tuple[str, ...], url: str = "") -> Helpline:
    return Helpline(
        key, number, url, "emergency", ("en",), "https://example.org/", dt.date(2026, 1, 1), False,
        WORDS, WORDS, WORDS, WORDS, serves=serves,
    )  # fmt: skip


TESTLAND = Country(
    "TL",
    "100",
    "TL",
    Text({"en": "Testland", "vi": "Xứ Thử", "de": "Testlandia"}),
    (
        line("tl.emergency", "112", ("emergency",)),
        line("tl.report", "", ("scam_report",), "https://report.example/"),
        line("tl.children", "129", ("child_line",)),
        line("tl.children-too", "999", ("child_line", "crisis_line")),  # the first line serving one wins
    ),
)
# No police number, no line for most things: the emergency line stands in, and a sentence says so.
FARAWAY = Country("FA", "", "FA", Text({"en": "Faraway"}), (line("fa.emergency", "911", ("emergency",)),))
# Not even an emergency line: the police number stands in.
POLICE_ONLY = Country("PO", "117", "PO", Text({"en": "Policia"}), ())

EN_NOTE = "This app lists no separate number for {what} in Faraway, so the general emergency number (911) is given."


def test_a_placeholder_takes_the_first_line_that_serves_it() -> None:
    assert line_for(TESTLAND, "child_line") == TESTLAND.lines[2]
    assert line_for(TESTLAND, "crisis_line") == TESTLAND.lines[3]
    assert line_for(TESTLAND, "police") is None and line_for(FARAWAY, "scam_report") is None


def test_a_line_is_written_as_its_number_or_its_address_without_the_scheme() -> None:
    assert dial_text(TESTLAND.lines[0]) == "112"
    assert dial_text(TESTLAND.lines[1]) == "report.example"
    assert dial_text(line("x", "", (), "https://a.example/report/")) == "a.example/report"
    assert dial_text(line("x", "", (), "http://a.example")) == "http://a.example"  # only https is taken off
    assert dial_text(line("x", "116 111", (), "https://a.example")) == "116 111"  # a number first
    assert dial_text(line("x", "", (), "https://a.example/TAX/")) == "a.example/TAX"  # only slashes come off the end


def test_each_placeholder_resolves_to_the_countrys_own_line() -> None:
    text = "Police {police}, children {child_line}, crisis {crisis_line}, scams {scam_report}, all {emergency}."
    assert resolve(text, "en", TESTLAND) == "Police 100, children 129, crisis 999, scams report.example, all 112."
    assert unresolved(text, TESTLAND) == []
    assert resolve("No number here.", "en", TESTLAND) == "No number here."
    assert resolve("{unknown} and {Police} stay", "en", TESTLAND) == "{unknown} and {Police} stay"


def test_a_missing_line_falls_back_with_one_sentence_at_the_end_of_its_line() -> None:
    text = "Call {child_line} or {child_line} now.  \nThen {crisis_line}.\nThen rest."
    first, second, third = resolve(text, "en", FARAWAY).split("\n")
    assert first == "Call 911 or 911 now. " + EN_NOTE.format(what="children in need of help")
    assert second == "Then 911. " + EN_NOTE.format(what="emotional crises")
    assert third == "Then rest."
    both = resolve("{police} and {scam_report}", "en", FARAWAY)
    assert both == "911 and 911 " + EN_NOTE.format(what="the police") + " " + EN_NOTE.format(what="reporting fraud")
    assert unresolved("{police} {scam_report} {emergency} {police}", FARAWAY) == ["police", "scam_report"]


def test_the_fallback_sentence_is_in_the_texts_language_or_english() -> None:
    assert resolve("{police}", "de", POLICE_ONLY) == "117"  # a police number needs no sentence
    assert resolve("{child_line}", "de", POLICE_ONLY) == (
        "117 Für Policia kennt diese App keine eigene Nummer für Kinder und Jugendliche in Not; angegeben ist "
        "deshalb die allgemeine Notrufnummer (117)."
    )
    assert resolve("{emergency}", "vi", FARAWAY) == "911"
    assert resolve("{crisis_line}", "vi", FARAWAY).endswith(
        "Ứng dụng chưa có số riêng cho khủng hoảng tâm lý ở Faraway, nên số được ghi là số khẩn cấp chung (911)."
    )
    assert resolve("{scam_report}", "id", FARAWAY).endswith(
        "Aplikasi ini belum mencantumkan nomor khusus untuk pelaporan penipuan di Faraway, jadi yang tertulis "
        "adalah nomor darurat umum (911)."
    )
    assert resolve("{police}", "xx", FARAWAY) == "911 " + EN_NOTE.format(what="the police")
    assert unresolved("{police} {emergency}", POLICE_ONLY) == ["emergency"]


@dataclasses.dataclass(frozen=True)
class Step:
    text: Text
    count: int = 1


@dataclasses.dataclass(frozen=True)
class Entry:
    title: Text
    steps: tuple[Step, ...]
    notes: list[str]
    by_key: dict[str, Text]
    kind: type = int


@dataclasses.dataclass(frozen=True)
class Section:
    heading: str


@dataclasses.dataclass(frozen=True)
class OneLanguage:
    """Like a lesson: plain strings in the entry's own language, also in its lists, tables and parts."""

    lang: str
    body: str
    parts: tuple[str, ...]
    inner: Step
    lines: list[str] = dataclasses.field(default_factory=list)
    by_key: dict[str, str] = dataclasses.field(default_factory=dict)
    section: Section = Section("")


def test_localise_resolves_each_language_of_a_text() -> None:
    text = Text({"en": "Call {police}.", "de": "Rufen Sie {child_line} an.", "vi": "Không có số."})
    resolved = localise(text, FARAWAY)
    assert resolved.by_lang["en"] == "Call 911. " + EN_NOTE.format(what="the police")
    assert resolved.by_lang["de"].startswith("Rufen Sie 911 an. Für Faraway kennt diese App keine eigene Nummer")
    assert resolved.by_lang["vi"] == "Không có số."
    assert text.by_lang["en"] == "Call {police}."  # the shared content is never changed
    plain = Text({"en": "Nothing to resolve.", "de": "Nichts."})
    assert localise(plain, TESTLAND) is plain


def test_localise_goes_into_entries_and_copies_only_what_changed() -> None:
    same = Step(Text({"en": "Talk first."}))
    entry = Entry(
        Text({"en": "Who helps"}),
        (same, Step(Text({"en": "Dial {police}"}), 2)),
        ["{police} stays: a plain string has no language", "x"],
        {"a": Text({"en": "{emergency}"}), "b": Text({"en": "b"})},
    )
    resolved = localise(entry, TESTLAND)
    assert resolved is not entry and entry.steps[1].text.by_lang["en"] == "Dial {police}"
    assert resolved.title is entry.title  # unchanged parts are the same objects
    assert resolved.steps[0] is same and resolved.steps[1] == Step(Text({"en": "Dial 100"}), 2)
    assert resolved.notes == entry.notes
    assert resolved.by_key == {"a": Text({"en": "112"}), "b": Text({"en": "b"})}
    assert resolved.kind is int
    assert localise(same, TESTLAND) is same  # (an entry holding a list or a dict is rebuilt, equal)
    steps = (same, Step(Text({"en": "s"})))
    assert localise(steps, TESTLAND) is steps
    assert localise([Text({"en": "{police}"})], TESTLAND) == [Text({"en": "100"})]
    assert localise(Entry, TESTLAND) is Entry and localise(42, TESTLAND) == 42


def test_localise_reads_a_lessons_plain_strings_in_the_lessons_language() -> None:
    lesson = OneLanguage(
        "de",
        "Rufen Sie {crisis_line} an.",
        ("{police}", "kein"),
        Step(Text({"en": "{police}"})),
        ["Notruf: {emergency}"],
        {"hilfe": "Notruf: {emergency}"},
        Section("Notruf {emergency}"),
    )
    resolved = localise(lesson, FARAWAY)
    assert resolved.lines == ["Notruf: 911"] and resolved.by_key == {"hilfe": "Notruf: 911"}
    assert resolved.section == Section("Notruf 911")
    assert resolved.body.startswith("Rufen Sie 911 an. Für Faraway kennt diese App keine eigene Nummer für seelische")
    assert resolved.parts[0].startswith("911 Für Faraway") and resolved.parts[1] == "kein"
    assert resolved.inner.text.by_lang["en"].startswith("911 This app lists")  # a Text keeps its own languages
    assert lesson.body == "Rufen Sie {crisis_line} an."
    assert localise("{police}", FARAWAY) == "{police}"  # a bare string has no language to resolve in
