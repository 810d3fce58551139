"""Fill i18n/notalone_en.ts: English needs only plural forms, made from the "(s)" in the source text.

"%n item(s) due" becomes "%n item due" / "%n items due"; "are" after a plural count becomes "is" for one.
Run after `make i18n` when a new counted string appears; a string this cannot handle stays for a person.
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TS = Path(__file__).resolve().parent.parent / "i18n" / "notalone_en.ts"


def forms(source: str) -> tuple[str, str]:
    one = (
        re.sub(r"(\w)\(s\)", r"\1", source).replace(" are already", " is already").replace(" were found", " was found")
    )
    many = re.sub(r"(\w)\(s\)", r"\1s", source)
    return one, many


def main() -> int:
    tree = ET.parse(TS)
    for message in tree.iter("message"):
        if message.get("numerus") != "yes":
            continue
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        for text in forms(source):
            ET.SubElement(translation, "numerusform").text = text
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
