"""`make i18n`: refresh i18n/notalone_<lang>.ts from every tr() string in the package (pyside6-lupdate).

The .ts files are the source of truth that translators edit; the .qm files are built from them by
`make translations` and are never committed.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ("vi", "id", "de")


def source_files() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "notalone_desktop").rglob("*.py"))


def lupdate(ts_files: list[Path], extra: tuple[str, ...] = ()) -> None:
    tool = Path(sys.executable).with_name("pyside6-lupdate")
    command = [str(tool), *source_files(), *extra, "-ts", *map(str, ts_files)]
    subprocess.run(command, cwd=ROOT, check=True, capture_output=True, text=True)


def main() -> int:
    targets = [ROOT / "i18n" / f"notalone_{lang}.ts" for lang in LANGUAGES]
    for target in targets:
        lupdate([target], ("-no-obsolete", "-locations", "none", "-target-language", target.stem.split("_")[1]))
        print(f"updated {target.relative_to(ROOT)}")
    # English needs only the plural forms ("1 minute", "5 minutes"); the source text is English already.
    english = ROOT / "i18n" / "notalone_en.ts"
    lupdate([english], ("-no-obsolete", "-locations", "none", "-pluralonly", "-target-language", "en"))
    subprocess.run([sys.executable, str(ROOT / "tools" / "fill_english_plurals.py")], check=True)
    print(f"updated {english.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
