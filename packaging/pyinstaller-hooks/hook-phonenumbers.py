"""PyInstaller hook for phonenumbers that replaces the contrib one, which collects every submodule.

Not Alone parses, validates and formats numbers and checks short codes: that needs the metadata in
phonenumbers.data and phonenumbers.shortdata (loaded by name at run time), not the 45 MB of geocoder, carrier
and time-zone tables.
"""

from __future__ import annotations

from PyInstaller.utils.hooks import collect_submodules

hiddenimports = collect_submodules("phonenumbers.data") + collect_submodules("phonenumbers.shortdata")
