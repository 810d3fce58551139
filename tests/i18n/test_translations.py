"""The interface translations: current with the code, complete, placeholders and accelerators intact."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.conftest import REPO

LANGUAGES = ("vi", "id", "de")
PLACEHOLDER = re.compile(r"%\d+|%n|\{\w+\}")


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") in ("obsolete", "vanished"):
                continue
            found[(name, message.findtext("source") or "")] = message
    return found


def translations_of(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    if translation is None:
        return []
    forms = [f.text or "" for f in translation.iter("numerusform")]
    return forms or [translation.text or ""]


def accelerator(text: str) -> bool:
    return bool(re.search(r"&[^&\s]", text.replace("&&", "")))


@pytest.fixture(scope="module")
def fresh_sources(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, str]]:
    """Every translatable string in the code now, by running lupdate into a temporary .ts."""
    target = tmp_path_factory.mktemp("lupdate") / "current.ts"
    tool = Path(sys.executable).with_name("pyside6-lupdate")
    files = sorted(str(p) for p in (REPO / "notalone_desktop").rglob("*.py"))
    subprocess.run([str(tool), *files, "-ts", str(target)], check=True, capture_output=True)
    return set(messages(target))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_ts_files_are_current(lang: str, fresh_sources: set[tuple[str, str]]) -> None:
    ts = REPO / "i18n" / f"notalone_{lang}.ts"
    assert ts.exists(), f"{ts} is missing: run make i18n"
    missing = sorted(fresh_sources - set(messages(ts)))
    assert missing == [], f"{len(missing)} strings missing from {ts.name}; run make i18n. First: {missing[:5]}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_string_is_translated_with_its_placeholders(lang: str) -> None:
    problems = []
    for (context, source), message in messages(REPO / "i18n" / f"notalone_{lang}.ts").items():
        translation = message.find("translation")
        texts = translations_of(message)
        if translation is None or translation.get("type") == "unfinished" or not all(t.strip() for t in texts):
            problems.append(f"{context}: {source!r} is not translated")
            continue
        wanted = sorted(set(PLACEHOLDER.findall(source)))
        for text in texts:
            got = sorted(set(PLACEHOLDER.findall(text)))
            # A numerus form may leave out %n (e.g. "one item" in languages that say it in words).
            if got != wanted and not (message.get("numerus") == "yes" and set(got) == set(wanted) - {"%n"}):
                problems.append(f"{context}: {source!r}: placeholders {wanted} became {got} in {text!r}")
            if accelerator(source) != accelerator(text):
                problems.append(f"{context}: {source!r}: the & accelerator is lost or added in {text!r}")
    assert problems == [], "\n".join(problems[:20])


def test_compiled_translations_load(tmp_path: Path) -> None:
    from PySide6.QtCore import QTranslator

    tool = Path(sys.executable).with_name("pyside6-lrelease")
    for lang in LANGUAGES:
        qm = tmp_path / f"notalone_{lang}.qm"
        subprocess.run([str(tool), "-silent", str(REPO / "i18n" / f"notalone_{lang}.ts"), "-qm", str(qm)], check=True)
        translator = QTranslator()
        assert translator.load(str(qm)), lang
        assert translator.translate("MainWindow", "Get help now") not in ("", "Get help now"), lang


def test_pseudo_translation_keeps_placeholders() -> None:
    sys.path.insert(0, str(REPO / "tools"))
    try:
        from pseudo_translation import pseudo
    finally:
        sys.path.pop(0)
    assert pseudo("Remove %1 and their checklist progress?").count("%1") == 1
    assert pseudo("%n item(s) due for review").startswith("⟦%n")
    assert len(pseudo("Settings")) >= len("Settings") * 1.4


def test_lupdate_and_lrelease_are_available() -> None:
    assert shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))


# The counted messages that PySide6 6.11's lupdate reduces to one form, or (through an alias) does not see.
PLURALS = (
    ("LessonSheet", "%n minute(s)"),
    ("Labels", "%1, %n year(s) (%3)"),
    ("PinDialog", "Too many wrong tries. Try again in %n second(s)."),
    ("Reminders", "Due for review on your checklist: %n safety step(s). Open Not Alone to go through them."),
)


def _update_translations(i18n: Path) -> None:
    command = [sys.executable, str(REPO / "tools" / "update_translations.py"), "--i18n-dir", str(i18n)]
    subprocess.run(command, check=True, capture_output=True, text=True)


def test_make_i18n_keeps_every_finished_translation_and_plural_form(tmp_path: Path) -> None:
    sys.path.insert(0, str(REPO / "tools"))
    try:
        from update_translations import read_saved
    finally:
        sys.path.pop(0)
    for ts in (REPO / "i18n").glob("notalone_*.ts"):
        shutil.copy(ts, tmp_path / ts.name)
    before = {ts.name: read_saved(ts) for ts in tmp_path.glob("*.ts")}
    _update_translations(tmp_path)
    first = {ts.name: ts.read_bytes() for ts in tmp_path.glob("*.ts")}
    for name, saved in before.items():
        after = read_saved(tmp_path / name)
        changed = [key for key, old in saved.items() if old.finished and after.get(key) != old]
        assert changed == [], f"{name}: make i18n changed {len(changed)} finished translations, first {changed[:3]}"
    for lang in (*LANGUAGES, "en"):
        saved = read_saved(tmp_path / f"notalone_{lang}.ts")
        for key in PLURALS:
            assert saved[key].numerus and saved[key].finished, (lang, key)
    # A second run changes nothing at all: the files are written in lupdate's own layout.
    _update_translations(tmp_path)
    assert {ts.name: ts.read_bytes() for ts in tmp_path.glob("*.ts")} == first


def test_plural_forms_reach_the_compiled_translation(tmp_path: Path) -> None:
    from PySide6.QtCore import QTranslator

    tool = Path(sys.executable).with_name("pyside6-lrelease")
    qm = tmp_path / "notalone_de.qm"
    subprocess.run([str(tool), "-silent", str(REPO / "i18n" / "notalone_de.ts"), "-qm", str(qm)], check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    assert translator.translate("LessonSheet", "%n minute(s)", "", 1) == "%n Minute"
    assert translator.translate("LessonSheet", "%n minute(s)", "", 5) == "%n Minuten"
