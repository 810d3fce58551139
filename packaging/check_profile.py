"""Check an NGO deployment profile the way a branded build will use it, and describe it for build.py.

Run with the app's Python (it uses the app's own loader, notalone_desktop.core.profile, and phonenumbers):

    python packaging/check_profile.py packaging/profiles/example-ngo.toml [--resources DIR] [--json]

Exit 0 and (with --json) a JSON summary on stdout; exit 2 and one line naming the file and field on stderr.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the checkout's package, also when the app is not installed into this Python

from notalone_desktop.core.content.helplines import load_countries  # noqa: E402
from notalone_desktop.core.profile import ProfileError, bundle_table, load_profile  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("profile", type=Path)
    parser.add_argument("--resources", type=Path, default=ROOT / "resources", help="the content the build ships")
    parser.add_argument("--json", action="store_true", help="print what the build needs to know as JSON")
    args = parser.parse_args(argv)
    # The defaults' country must be one the app has helplines for, and those helplines' short codes are valid.
    countries, _problems = load_countries(args.resources / "helplines")
    numbers = {code: [line.number for line in country.lines] for code, country in countries.items()}
    try:
        profile = load_profile(args.profile, countries=numbers)
    except ProfileError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.json:
        summary = {
            "key": profile.key,
            "source": str(profile.source),
            "organisation": profile.organisation.name,
            "logo": str(profile.organisation.logo),
            "language": profile.language,
            "country": profile.country,
            "languages": list(profile.languages),
            "extra_content": [str(folder) for folder in profile.extra_content],
            "contacts": len(profile.contacts),
            "bundle_table": bundle_table(profile.key),
        }
        print(json.dumps(summary, ensure_ascii=False))
    else:
        print(f"{args.profile}: OK ({profile.organisation.name}, {len(profile.contacts)} contacts)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
