"""`make i18n`: refresh i18n/notalone_<lang>.ts from every tr() string in the package (pyside6-lupdate).

The .ts files are the source of truth that translators edit; the .qm files are built from them by
`make translations` and are never committed.

PySide6 6.11's lupdate loses plural forms: a counted message written as
`QCoreApplication.translate(context, "%n ...", None, n)` comes back as an ordinary message (its numerus forms
reduced to one "unfinished" text), and one called through an alias (`translate = QCoreApplication.translate`)
is not found at all. So after lupdate this tool puts back what the previous file had: every message whose
source holds %n is numerus, keeps the forms a translator wrote, and a counted message lupdate could not see
is kept while its context and source text are still in the code.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ("vi", "id", "de")


@dataclass(frozen=True)
class Saved:
    """A message as the previous .ts file had it."""

    numerus: bool
    forms: tuple[str, ...]  # the numerus forms, or the one translation
    finished: bool


def source_files() -> list[Path]:
    return sorted((ROOT / "notalone_desktop").rglob("*.py"))


def lupdate(ts_files: list[Path], extra: tuple[str, ...] = ()) -> None:
    tool = Path(sys.executable).with_name("pyside6-lupdate")
    files = [str(p.relative_to(ROOT)) for p in source_files()]
    command = [str(tool), *files, *extra, "-ts", *map(str, ts_files)]
    subprocess.run(command, cwd=ROOT, check=True, capture_output=True, text=True)


def _forms(message: ET.Element) -> tuple[str, ...]:
    translation = message.find("translation")
    if translation is None:
        return ()
    numerus = [form.text or "" for form in translation.iter("numerusform")]
    return tuple(numerus) if numerus else (translation.text or "",)


def read_saved(ts: Path) -> dict[tuple[str, str], Saved]:
    saved: dict[tuple[str, str], Saved] = {}
    if not ts.exists():
        return saved
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "unfinished"
            if kind in ("obsolete", "vanished"):
                continue
            forms = _forms(message)
            finished = kind is None and all(f.strip() for f in forms) and bool(forms)
            saved[(name, message.findtext("source") or "")] = Saved(message.get("numerus") == "yes", forms, finished)
    return saved


def _literal_in_code(context: str, source: str, code: dict[Path, str]) -> bool:
    """A counted message lupdate did not find is still used while one file names both its context and text."""

    def quoted(text: str) -> tuple[str, str]:
        return f'"{text}"', f"'{text}'"

    return any(
        any(q in text for q in quoted(context)) and any(q in text for q in quoted(source)) for text in code.values()
    )


def _set_numerus(message: ET.Element, forms: tuple[str, ...], finished: bool) -> None:
    message.set("numerus", "yes")
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation")
    for child in list(translation):
        translation.remove(child)
    translation.text = None
    translation.attrib.pop("type", None)
    if not finished:
        translation.set("type", "unfinished")
    for form in forms or ("",):
        ET.SubElement(translation, "numerusform").text = form


def repair_plurals(ts: Path, saved: dict[tuple[str, str], Saved], code: dict[Path, str]) -> int:
    """Put back numerus forms and counted messages lupdate dropped; returns how many messages it repaired."""
    tree = ET.parse(ts)
    root = tree.getroot()
    repaired = 0
    seen: set[tuple[str, str]] = set()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            seen.add((name, source))
            if "%n" not in source:
                continue
            before = saved.get((name, source))
            if message.get("numerus") == "yes" and not (before and before.numerus and before.finished):
                continue
            if before is not None and before.numerus:
                if message.get("numerus") == "yes" and _forms(message) == before.forms:
                    continue
                _set_numerus(message, before.forms, before.finished)
            else:
                forms = _forms(message)
                _set_numerus(message, forms, False)
            repaired += 1
    contexts = {c.findtext("name") or "": c for c in root.iter("context")}
    for (name, source), before in sorted(saved.items()):
        if (name, source) in seen or not before.numerus or not _literal_in_code(name, source, code):
            continue
        context = contexts.get(name)
        if context is None:
            context = ET.SubElement(root, "context")
            ET.SubElement(context, "name").text = name
            contexts[name] = context
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = source
        _set_numerus(message, before.forms, before.finished)
        repaired += 1
    write_ts(tree, ts)
    return repaired


def _escape(text: str) -> str:
    return (
        text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("'", "&apos;")
    )


def write_ts(tree: ET.ElementTree, path: Path) -> None:
    """Write a .ts file in lupdate's own layout, so that a later lupdate run changes nothing by itself."""
    root = tree.getroot()
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>"]
    attributes = "".join(f' {key}="{_escape(value)}"' for key, value in root.attrib.items())
    lines.append(f"<TS{attributes}>")
    for context in root.iter("context"):
        lines += ["<context>", f"    <name>{_escape(context.findtext('name') or '')}</name>"]
        for message in context.iter("message"):
            numerus = ' numerus="yes"' if message.get("numerus") == "yes" else ""
            lines.append(f"    <message{numerus}>")
            for child in message:
                if child.tag == "translation":
                    kind = f' type="{child.get("type")}"' if child.get("type") else ""
                    forms = list(child.iter("numerusform"))
                    if forms:
                        lines.append(f"        <translation{kind}>")
                        lines += [f"            <numerusform>{_escape(f.text or '')}</numerusform>" for f in forms]
                        lines.append("        </translation>")
                    else:
                        lines.append(f"        <translation{kind}>{_escape(child.text or '')}</translation>")
                else:
                    extra = "".join(f' {key}="{_escape(value)}"' for key, value in child.attrib.items())
                    lines.append(f"        <{child.tag}{extra}>{_escape(child.text or '')}</{child.tag}>")
            lines.append("    </message>")
        lines.append("</context>")
    lines.append("</TS>")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def update(i18n: Path) -> None:
    code = {path: path.read_text(encoding="utf-8") for path in source_files()}
    for lang in LANGUAGES:
        target = i18n / f"notalone_{lang}.ts"
        saved = read_saved(target)
        lupdate([target], ("-no-obsolete", "-locations", "none", "-target-language", lang))
        repaired = repair_plurals(target, saved, code)
        print(f"updated {target.name}" + (f" ({repaired} plural message(s) kept)" if repaired else ""))
    # English needs only the plural forms ("1 minute", "5 minutes"); the source text is English already.
    english = i18n / "notalone_en.ts"
    saved = read_saved(english)
    lupdate([english], ("-no-obsolete", "-locations", "none", "-pluralonly", "-target-language", "en"))
    repair_plurals(english, saved, code)
    subprocess.run([sys.executable, str(ROOT / "tools" / "fill_english_plurals.py"), str(english)], check=True)
    print(f"updated {english.name}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--i18n-dir", type=Path, default=ROOT / "i18n", help="where the .ts files are")
    args = parser.parse_args(argv)
    update(args.i18n_dir.resolve())
    return 0


if __name__ == "__main__":
    sys.exit(main())
