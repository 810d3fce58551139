"""Signed content packs: NGOs update lessons, checklists, scenarios, helplines and even a new language on
computers that never go online (packaging/README.md, "Content packs").

- locations.py: the user's and the machine-wide pack folders
- installed.py: the installed packs, found at start without slowing it (no signature checked there)
- archive.py: a pack file checked whole and unpacked, or written
- checking.py: a pack's content against the app's (the content validators of core/content/)
- trust.py: whose keys this build trusts
- build.py, store.py: `notalone pack build`, and install / list / remove for the command line and Settings

The package itself imports nothing, so that the start-up can import installed.py alone.
"""
