"""Quotation marks per language: “…” in English, Vietnamese and Indonesian, „…“ in German, never a straight
double quote used as a quotation mark in the interface's strings (i18n/*.ts) or the content (resources/).

Straight quotes that are syntax are not prose and are left out: TOML's own string quotes (the files are read
with tomllib, so only the values are looked at), Markdown code, and the attributes of HTML tags in strings.
"""

from __future__ import annotations

import re
import tomllib
import xml.etree.ElementTree as ET
from collections.abc import Iterator

from tests.conftest import REPO

LANGUAGES = ("en", "vi", "id", "de")
TAG = re.compile(r"<[^>]*>")
CODE = re.compile(r"```.*?```|`[^`]*`", re.S)


def _prose(text: str) -> str:
    return TAG.sub(" ", CODE.sub(" ", text))


def _strings(value: object, lang: str | None = None) -> Iterator[tuple[str | None, str]]:
    """(language, text) for every string in a parsed TOML value; `title.vi` and `[x.vi]` give the language."""
    if isinstance(value, str):
        yield lang, value
    elif isinstance(value, dict):
        for key, inner in value.items():
            yield from _strings(inner, key if key in LANGUAGES else lang)
    elif isinstance(value, list):
        for inner in value:
            yield from _strings(inner, lang)


def _texts() -> Iterator[tuple[str, str | None, str]]:
    """(where, language, text) of every user-visible string of the interface and the content."""
    for path in sorted((REPO / "i18n").glob("notalone_*.ts")):
        root = ET.parse(path).getroot()
        lang = root.get("language", "")[:2]
        for message in root.iter("message"):
            source = message.findtext("source") or ""
            yield f"{path.name} (source)", "en", source
            translation = message.find("translation")
            if translation is not None:
                forms = [form.text or "" for form in translation.iter("numerusform")] or [translation.text or ""]
                for form in forms:
                    yield path.name, lang, form
    for path in sorted((REPO / "resources").rglob("*.toml")):
        with path.open("rb") as handle:
            for lang, text in _strings(tomllib.load(handle)):
                yield str(path.relative_to(REPO)), lang, text
    for path in sorted((REPO / "resources" / "lessons").rglob("*.md")):
        lang = path.parent.name
        _before, front, body = path.read_text(encoding="utf-8").split("+++", 2)
        for _lang, text in _strings(tomllib.loads(front), lang):
            yield str(path.relative_to(REPO)), lang, text
        yield str(path.relative_to(REPO)), lang, body


def test_no_straight_double_quote_is_used_as_a_quotation_mark() -> None:
    found = [f"{where}: {text[:90]!r}" for where, _lang, text in _texts() if '"' in _prose(text)]
    assert found == [], "use the language's quotation marks (“…”, German „…“):\n" + "\n".join(found[:40])


def test_each_language_uses_its_own_quotation_marks() -> None:
    wrong = []
    for where, lang, text in _texts():
        prose = _prose(text)
        if lang == "de":
            # German opens low („) and closes with the mark English opens with (“); English closing marks are wrong.
            if prose.count("„") != prose.count("“") or "”" in prose:
                wrong.append(f"{where} [de]: {text[:90]!r}")
        elif lang in ("en", "vi", "id") and ("„" in prose or prose.count("“") != prose.count("”")):
            wrong.append(f"{where} [{lang}]: {text[:90]!r}")
    assert wrong == [], "\n".join(wrong[:40])


def test_the_check_finds_a_straight_quote_but_not_syntax() -> None:
    assert '"' in _prose('Say "no" to a stranger')
    assert '"' not in _prose('See <a href="https://example.org">the page</a> and `key = "value"`')
    assert list(_strings({"title": {"de": "„Nein“ sagen"}})) == [("de", "„Nein“ sagen")]
