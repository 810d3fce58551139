"""The family agreement and poster content: complete in every language, the campaign's own terms, rules that point
at checklist items that exist, and a loader that refuses a broken file."""

from __future__ import annotations

from pathlib import Path

import pytest

from notalone_desktop.core.age import AGE_BANDS
from notalone_desktop.core.content.agreement import GROUPS, POSTER_FIELDS, SHEET_FIELDS, compose, load_agreement
from notalone_desktop.core.content.checklists import load_checklists
from notalone_desktop.core.content.common import LANGUAGES
from notalone_desktop.paths import resources_dir

AGREEMENT = resources_dir() / "agreement.toml"
# The campaign's name for its rules in each language (CONTENT-FACTS; the brief's terms).
CAMPAIGN_TERMS = {
    "en": "3 Nos, 3 Musts",
    "vi": "3 Không, 3 Phải",
    "id": "3 Tidak dan 3 Harus",
    "de": "3 Neins und 3 Muss",
}


@pytest.fixture(scope="module")
def content():  # type: ignore[no-untyped-def]
    return load_agreement(AGREEMENT)


def test_the_file_loads_without_a_problem(content) -> None:  # type: ignore[no-untyped-def]
    assert [str(p) for p in content.problems] == []
    assert set(content.sheet) == set(SHEET_FIELDS) and set(content.poster) == set(POSTER_FIELDS)
    assert len(content.nos) == 3 and len(content.musts) == 3
    assert len(content.rules) >= 20


def test_every_text_is_written_in_every_language(content) -> None:  # type: ignore[no-untyped-def]
    texts = [*content.sheet.values(), *content.poster.values()]
    texts += [t for rule in (*content.nos, *content.musts) for t in (rule.text, rule.detail)]
    texts += [rule.text for rule in content.rules]
    for text in texts:
        for lang in LANGUAGES:
            assert text.is_translated(lang), (text.get("en"), lang)


def test_the_poster_uses_the_campaigns_own_terms(content) -> None:  # type: ignore[no-untyped-def]
    for lang, term in CAMPAIGN_TERMS.items():
        assert content.poster_words("title", lang) == term
    # The 3 Nos and 3 Musts as CONTENT-FACTS gives them.
    nos = [r.text.get("en").casefold() for r in content.nos]
    assert "strangers" in nos[0] and "personal data" in nos[1] and "secrets" in nos[2]
    musts = [r.text.get("en").casefold() for r in content.musts]
    assert musts == ["block and report", "verify", "tell the family"]


def test_rules_point_at_checklist_items_and_bands_that_exist(content) -> None:  # type: ignore[no-untyped-def]
    items = {item.key for item in load_checklists(resources_dir() / "checklists").items}
    for rule in content.rules:
        assert rule.who in GROUPS
        assert set(rule.items) <= items, (rule.key, set(rule.items) - items)
        assert set(rule.bands) <= set(AGE_BANDS), rule.key
    for group in GROUPS:  # nobody signs an agreement that promises nothing
        assert any(r.who == group and not r.items and not r.bands for r in content.rules), group


def test_the_agreement_grows_with_what_the_family_has_done(content) -> None:  # type: ignore[no-untyped-def]
    bare = compose(content, "en", set(), set())
    assert bare.splitlines()[0] == content.words("title", "en")
    assert "code word" not in bare
    done = compose(content, "en", {"impersonation.family-code-word", "talking.no-blame-promise"}, {"18-22"})
    assert "family code word" in done and "never punish" in done
    assert "A caller who wants money, secrecy or my silence" in done  # a rule for the 18-22 band
    assert "where a grown-up can see me" not in done  # a rule for young children only
    vi = compose(content, "vi", {"impersonation.family-code-word"}, {"6-9"})
    assert "mật mã gia đình" in vi and vi.splitlines()[0] == content.words("title", "vi")
    assert all(line.startswith("- ") for line in vi.splitlines() if line.startswith("-"))


BROKEN = """
[sheet]
title.en = "T"
[poster]
title.en = "P"
[[poster.no]]
key = "no.one"
text.en = "x"
text.vi = "x"
detail.en = "y"
detail.vi = "y"
[[rule]]
key = "r1"
who = "grandparents"
text.en = "x"
text.vi = "x"
[[rule]]
key = "r2"
who = "children"
bands = ["7-8"]
text.en = "x"
text.vi = "x"
"""


def test_a_broken_file_is_reported_with_its_keys(tmp_path: Path) -> None:
    path = tmp_path / "agreement.toml"
    path.write_text(BROKEN, encoding="utf-8")
    content = load_agreement(path)
    problems = "\n".join(str(p) for p in content.problems)
    for expected in ("sheet.title", "poster.no", "r1", "r2", "everyone"):
        assert expected in problems, expected
    assert load_agreement(tmp_path / "missing.toml").problems
