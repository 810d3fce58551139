"""The README's size table and versions line, generated from a build's sizes.json, never typed.

    python packaging/readme_tables.py --from dist/sizes.json   record a new build (packaging/sizes.json), rewrite
    python packaging/readme_tables.py                          rewrite both READMEs from packaging/sizes.json
    python packaging/readme_tables.py --check                  exit 1 if a README does not match (tests do this)

packaging/sizes.json is the committed record of the last measured Linux build; the tables sit between
`<!-- sizes:begin -->` / `<!-- sizes:end -->` and `<!-- versions:begin -->` / `<!-- versions:end -->` in README.md
and packaging/README.md. Standard library only.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
RECORD = ROOT / "packaging" / "sizes.json"
READMES = (ROOT / "README.md", ROOT / "packaging" / "README.md")
KEPT = ("version", "target", "machine", "source_date_epoch", "versions", "app", "bare", "ratios", "budget")


def megabytes(size: int) -> str:
    return f"{size / 1e6:.1f} MB"


def sizes_table(sizes: dict[str, Any]) -> str:
    app, bare, ratios = sizes["app"], sizes["bare"], sizes["ratios"]
    built = dt.datetime.fromtimestamp(sizes["source_date_epoch"], dt.UTC).date().isoformat()
    rows = [
        f"Measured by `make dist` on {sizes['target']} {sizes['machine']} (Not Alone {sizes['version']}, "
        f"source of {built}); `dist/sizes.json` has the figures of the last build.",
        "",
        "| | bundle on disk | `.deb` (xz) | `.tar.gz` |",
        "|---|---|---|---|",
        f"| Not Alone | {megabytes(app['bundle_bytes'])}, {app['bundle_files']} files | "
        f"{megabytes(app['deb_bytes'])} | {megabytes(app['tar_gz_bytes'])} |",
        f"| bare PySide6 window, same spec | {megabytes(bare['bundle_bytes'])}, {bare['bundle_files']} files | "
        f"{megabytes(bare['tar_xz_bytes'])} (as tar.xz -6) | {megabytes(bare['tar_gz_bytes'])} |",
        f"| ratio (target <= {sizes['budget']['max_ratio']:.2f}) | {ratios['bundle']:.3f} | "
        f"{ratios['deb_vs_bare_tar_xz']:.3f} | {ratios['tar_gz_vs_bare_tar_gz']:.3f} |",
    ]
    return "\n".join(rows)


def versions_line(sizes: dict[str, Any]) -> str:
    shown = ", ".join(
        f"{name.replace('_Essentials', '-Essentials')} {version}" for name, version in sizes["versions"].items()
    )
    return f"Built with {shown} (pinned in `packaging/constraints.txt`)."


def render(text: str, sizes: dict[str, Any]) -> str:
    for marker, body in (("sizes", sizes_table(sizes)), ("versions", versions_line(sizes))):
        pattern = re.compile(rf"(<!-- {marker}:begin -->\n)(?:.*?\n)?(<!-- {marker}:end -->)", re.DOTALL)
        text = pattern.sub(lambda m, body=body: m.group(1) + body + "\n" + m.group(2), text)
    return text


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--from", dest="source", type=Path, help="a build's sizes.json to record first")
    parser.add_argument("--check", action="store_true", help="only check that the READMEs match the record")
    args = parser.parse_args(argv)
    if args.source is not None:
        measured = json.loads(args.source.read_text(encoding="utf-8"))
        if measured.get("target") != "linux" or "bare" not in measured:
            print("readme_tables: error: record a plain Linux build with its bare baseline", file=sys.stderr)
            return 2
        record = {key: measured[key] for key in KEPT if key in measured}
        RECORD.write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
    sizes = json.loads(RECORD.read_text(encoding="utf-8"))
    stale = []
    for readme in READMES:
        text = readme.read_text(encoding="utf-8")
        updated = render(text, sizes)
        if "<!-- sizes:begin -->" not in text:
            stale.append(f"{readme.relative_to(ROOT)} has no <!-- sizes:begin --> marker")
        elif updated != text:
            stale.append(f"{readme.relative_to(ROOT)} does not match {RECORD.relative_to(ROOT)}")
            if not args.check:
                readme.write_text(updated, encoding="utf-8")
    if args.check and stale:
        print("\n".join(stale) + "\nrun: python packaging/readme_tables.py", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
