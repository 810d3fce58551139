"""Fill i18n/notalone_en.ts: English needs only plural forms, made from the "(s)" in the source text.

"%n item(s) due" becomes "%n item due" / "%n items due"; "are" after a plural count becomes "is" for one.
Run after `make i18n` when a new counted string appears; a string this cannot handle stays for a person.
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from update_translations import write_ts

TS = Path(__file__).resolve().parent.parent / "i18n" / "notalone_en.ts"


def forms(source: str) -> tuple[str, str]:
    one = (
        re.sub(r"(\w)\(s\)", r"\1", source).replace(" are already", " is already").replace(" were found", " was found")
    )
    many = re.sub(r"(\w)\(s\)", r"\1s", source)
    return one, many


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    ts = Path(args[0]) if args else TS
    tree = ET.parse(ts)
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
    write_ts(tree, ts)
    return 0


if __name__ == "__main__":
    sys.exit(main())
