"""A pseudo translation: every string bracketed, accented and 40% longer, placeholders kept.

Loaded by the pseudo-locale test, it makes any text that does not go through tr() stand out (it stays
plain), and stretches every string to find layouts that clip.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

OPEN, CLOSE = "⟦", "⟧"
ACCENTS = str.maketrans("aeiouyAEIOUYcnsCNS", "áéíóúýÁÉÍÓÚÝçñšÇÑŠ")
# Placeholders and rich-text tags pass through untouched; only the words between them are changed.
KEEP = re.compile(r"(%\d+|%n|\{\w+\}|<[^>]+>|&\w+;|\\n|\n)")


def pseudo(text: str) -> str:
    if not text:
        return text
    parts = KEEP.split(text)
    changed = "".join(part if KEEP.fullmatch(part) else part.translate(ACCENTS) for part in parts)
    padding = "~" * max(1, round(len(text) * 0.4))
    return f"{OPEN}{changed}{padding}{CLOSE}"


def write_pseudo_ts(source_ts: Path, target_ts: Path) -> int:
    """Fill every message of `source_ts` with its pseudo form; returns how many messages."""
    tree = ET.parse(source_ts)
    count = 0
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        if message.get("numerus") == "yes":
            translation.text = None
            for _ in range(2):
                ET.SubElement(translation, "numerusform").text = pseudo(source)
        else:
            translation.text = pseudo(source)
        count += 1
    tree.getroot().set("language", "en")
    tree.write(target_ts, encoding="utf-8", xml_declaration=True)
    return count
