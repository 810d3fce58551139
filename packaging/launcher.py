"""Entry point of the bundled program: the same as `python -m notalone_desktop` and the `notalone` command."""

from __future__ import annotations

from notalone_desktop.cli import main

raise SystemExit(main())
