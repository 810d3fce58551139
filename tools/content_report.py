"""Counts and sources of the shipped content, written into resources/README.md between two marker lines.

    python tools/content_report.py           rewrite the block in resources/README.md
    python tools/content_report.py --check   exit 1 (and say so) when the block is not current

Items per age band and category, life-event items, lessons and scenarios per language, and every helpline line
with its verification date. tests/content/test_content_report.py runs the check, so the numbers cannot drift.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from notalone_desktop.core.age import AGE_BANDS  # noqa: E402
from notalone_desktop.core.content.checklists import load_checklists  # noqa: E402
from notalone_desktop.core.content.common import LANGUAGES  # noqa: E402
from notalone_desktop.core.content.helplines import load_countries  # noqa: E402
from notalone_desktop.core.content.lessons import load_lessons  # noqa: E402
from notalone_desktop.core.content.life_events import load_life_events  # noqa: E402
from notalone_desktop.core.content.scenarios import load_scenarios  # noqa: E402

START = "<!-- content-report: start (tools/content_report.py writes this block; do not edit by hand) -->"
END = "<!-- content-report: end -->"


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    return lines + ["| " + " | ".join(row) + " |" for row in rows]


def report(resources: Path) -> str:
    """The Markdown block, from what the loaders read now."""
    checklists = load_checklists(resources / "checklists")
    items = checklists.items
    out = ["## Counts and sources", "", f"Checklist items: {len(items)}. Items per category and age band:", ""]
    rows = []
    for category in checklists.categories:
        mine = [i for i in items if i.category == category.key]
        rows.append([f"`{category.key}`", *(str(sum(band in i.bands for i in mine)) for band in AGE_BANDS)])
        rows[-1].append(str(len(mine)))
    rows.append(["all", *(str(sum(band in i.bands for i in items)) for band in AGE_BANDS), str(len(items))])
    out += _table(["category", *AGE_BANDS, "items"], rows)
    scopes = Counter(i.scope for i in items)
    out += ["", f"Done per child: {scopes['child']}; once for the family: {scopes['family']}. Merged keys kept as "]
    out[-1] += f"aliases: {len(checklists.aliases())}."
    life = load_life_events(resources / "life_events.toml")
    events = ", ".join(f"`{e.key}` {len(e.items)}" for e in life.events)
    out += ["", f"Life-event checklists: {len(life.events)} events, {sum(len(e.items) for e in life.events)} items "]
    out[-1] += f"({events})."
    lessons, _ = load_lessons(resources / "lessons", {i.key for i in items})
    scenarios, _ = load_scenarios(resources / "scenarios")
    per_lang = Counter(lesson.lang for lesson in lessons)
    out += ["", "Lessons and scenarios per language (a scenario counts when its title is written in it):", ""]
    out += _table(
        ["", *LANGUAGES],
        [
            ["lessons", *(str(per_lang[lang]) for lang in LANGUAGES)],
            ["scenarios", *(str(sum(s.title.is_translated(lang) for s in scenarios)) for lang in LANGUAGES)],
        ],
    )
    countries, _ = load_countries(resources / "helplines")
    out += ["", "Helpline lines per country, each with the page that states it and the day that page was read:", ""]
    summary = []
    for code, country in sorted(countries.items()):
        dates = Counter(str(line.verified) for line in country.lines)
        unconfirmed = sum(bool(line.unconfirmed) for line in country.lines)
        when = ", ".join(f"{date} ({n})" for date, n in sorted(dates.items()))
        summary.append([code, country.name.get("en"), str(len(country.lines)), when, str(unconfirmed)])
    out += _table(["country", "name", "lines", "verified", "unconfirmed"], summary)
    out += [""]
    rows = []
    for _code, country in sorted(countries.items()):
        for line in country.lines:
            number = line.number or urlsplit(line.url).netloc
            serves = ", ".join(f"`{{{s}}}`" for s in line.serves)
            note = "unconfirmed" if line.unconfirmed else ("check locally" if line.check_locally else "")
            rows.append([f"`{line.key}`", number, serves, str(line.verified), urlsplit(line.source).netloc, note])
    out += _table(["line", "number", "serves", "verified", "source (site)", ""], rows)
    return "\n".join([START, *out, END])


def current_readme(readme: Path, block: str) -> str:
    text = readme.read_text(encoding="utf-8")
    if START in text and END in text:
        before, rest = text.split(START, 1)
        after = rest.split(END, 1)[1]
        return before + block + after
    return text.rstrip("\n") + "\n\n" + block + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only say whether the README block is current")
    parser.add_argument("--resources", type=Path, default=ROOT / "resources")
    args = parser.parse_args(argv)
    readme = args.resources / "README.md"
    wanted = current_readme(readme, report(args.resources))
    if args.check:
        if readme.read_text(encoding="utf-8") != wanted:
            print("resources/README.md: the counts are out of date; run python tools/content_report.py")
            return 1
        print("resources/README.md: counts are current")
        return 0
    readme.write_text(wanted, encoding="utf-8")
    print(f"wrote the counts into {readme}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
