"""One glossary per language (i18n/glossary.toml): every fixed term has one translation, used in the interface
and the content, and no listed wrong variant appears anywhere in resources/ or i18n/."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from tests.conftest import REPO

GLOSSARY = REPO / "i18n" / "glossary.toml"
LANGUAGES = ("en", "vi", "id", "de")
# The fixed terms; the glossary may hold more.
REQUIRED = {"code-word", "parent-pin", "checklist", "helpline", "two-step-verification", "three-nos-three-musts",
            "police-uniform", "parent"}  # fmt: skip


def _terms() -> list[dict[str, object]]:
    with GLOSSARY.open("rb") as handle:
        return list(tomllib.load(handle)["term"])


def _texts() -> dict[Path, str]:
    """Every text file of resources/ and i18n/ except the glossary itself (which names the wrong variants)."""
    files = [p for p in (REPO / "resources").rglob("*") if p.suffix in (".toml", ".md")]
    files += [p for p in (REPO / "i18n").glob("*.ts")]
    return {p: p.read_text(encoding="utf-8") for p in files if p.name != "README.md"}


@pytest.fixture(scope="module")
def texts() -> dict[Path, str]:
    return _texts()


def test_the_glossary_names_every_fixed_term_in_every_language() -> None:
    terms = _terms()
    assert {str(t["key"]) for t in terms} >= REQUIRED
    for term in terms:
        use = term["use"]
        assert isinstance(use, dict) and set(use) == set(LANGUAGES), term["key"]


@pytest.mark.parametrize("term", _terms(), ids=lambda t: str(t["key"]))
def test_no_wrong_variant_anywhere(term: dict[str, object], texts: dict[Path, str]) -> None:
    avoid = term.get("avoid", {})
    assert isinstance(avoid, dict)
    sensitive = bool(term.get("case_sensitive", False))
    found = []
    for lang, variants in avoid.items():
        for variant in variants:
            for path, text in texts.items():
                haystack, needle = (text, variant) if sensitive else (text.casefold(), variant.casefold())
                if needle in haystack:
                    found.append(f"{path.relative_to(REPO)}: {variant!r} ({lang}; use {term['use'][lang]!r})")  # type: ignore[index]
    assert found == [], "\n".join(found)


@pytest.mark.parametrize("term", _terms(), ids=lambda t: str(t["key"]))
def test_the_chosen_translation_is_the_one_in_use(term: dict[str, object], texts: dict[Path, str]) -> None:
    use = term["use"]
    assert isinstance(use, dict)
    everything = "\n".join(texts.values()).casefold()
    for lang, word in use.items():
        assert word.casefold() in everything, f"{term['key']}: {word!r} ({lang}) is used nowhere"


def test_a_wrong_variant_is_found(tmp_path: Path) -> None:
    """The check can fail: a lesson that says "mật khẩu gia đình" is named."""
    term = next(t for t in _terms() if t["key"] == "code-word")
    lesson = tmp_path / "lesson.md"
    lesson.write_text("Hãy thống nhất một mật khẩu gia đình.", encoding="utf-8")
    with pytest.raises(AssertionError, match="mật khẩu gia đình"):
        test_no_wrong_variant_anywhere(term, {REPO / "lesson.md": lesson.read_text(encoding="utf-8")})
