"""A pack's content against the app's: what is there before it (the shipped content and the other installed
packs), and the checks a pack file must pass beyond its signature before it is installed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from notalone_desktop import __version__
from notalone_desktop.core.content.pack import KINDS, PackRefused, translations_problem, version_tuple
from notalone_desktop.core.content.pack_check import BaseContent, PackContent, check_pack_content

if TYPE_CHECKING:
    from notalone_desktop.services.content import ContentCatalog
    from notalone_desktop.services.packs.archive import Unpacked


def base_content(catalog: ContentCatalog) -> BaseContent:
    """Every key the catalog's content holds, by kind, and its countries."""
    listing: dict[str, set[str]] = {kind: set() for kind in KINDS}
    listing["categories"] = {c.key for c in catalog.checklists.categories}
    listing["items"] = {i.key for i in catalog.checklists.items}
    listing["countries"] = set(catalog.countries)
    listing["helplines"] = {line.key for country in catalog.countries.values() for line in country.lines}
    listing["lessons"] = {f"{lesson.lang}/{lesson.key}" for lesson in catalog.lessons()}
    listing["scenarios"] = {s.key for s in catalog.scenarios}
    listing["situations"] = {s.key for s in catalog.situations}
    listing["life_events"] = {e.key for e in catalog.life_events.events}
    listing["agreement"] = {"agreement"}
    return BaseContent(listing, dict(catalog.countries))


def check_unpacked(unpacked: Unpacked, base: BaseContent) -> PackContent:
    """PackRefused unless the unpacked pack suits this app: its version of the app, its translations, its content
    (the same checks as the shipped content's), and a manifest that lists exactly what the content holds."""
    manifest = unpacked.manifest
    if version_tuple(manifest.min_app_version) > version_tuple(__version__):
        raise PackRefused(
            f"it needs Not Alone {manifest.min_app_version} or newer (this is {__version__}); update Not Alone first"
        )
    problem = translations_problem(manifest)
    if problem is not None:
        raise PackRefused(problem)
    content = check_pack_content(unpacked.folder / "content", manifest.languages, base, shown="content")
    if content.problems:
        more = f" (and {len(content.problems) - 1} more)" if len(content.problems) > 1 else ""
        raise PackRefused(f"its content does not pass the checks: {content.problems[0]}{more}")
    listed = manifest.listing()
    for kind in KINDS:
        differs = sorted(content.listing.get(kind, set()) ^ listed.get(kind, set()))
        if differs:
            raise PackRefused(f"its manifest does not say what its content holds ({kind}: {differs[0]})")
    return content
