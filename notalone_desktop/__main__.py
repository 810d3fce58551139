"""`python -m notalone_desktop`: the same as the `notalone` command."""

from notalone_desktop.cli import main

raise SystemExit(main())
