"""The parsed checklist is cached between starts; an edited, damaged or unwritable cache never shows stale or
no content."""

from __future__ import annotations

import os
from pathlib import Path

from notalone_desktop.services.content import ContentCatalog
from tests.unit.test_checklist_service import write_content


def catalog(root: Path, cache: Path) -> ContentCatalog:
    return ContentCatalog(root, cache)


def title(content: ContentCatalog) -> str:
    return content.checklists.items[0].title.get("en")


def test_the_second_start_reads_the_cache_and_an_edit_is_seen(tmp_path: Path) -> None:
    root, cache = tmp_path / "content", tmp_path / "cache"
    write_content(root, "Set a screen lock")
    assert title(catalog(root, cache)) == "Set a screen lock"
    cached = cache / "checklists.pickle"
    made = cached.stat().st_mtime_ns
    assert title(catalog(root, cache)) == "Set a screen lock"
    assert cached.stat().st_mtime_ns == made  # read, not parsed and written again

    write_content(root, "Lock every screen")
    stamp = (root / "checklists" / "devices.toml").stat()
    os.utime(root / "checklists" / "devices.toml", ns=(stamp.st_atime_ns, stamp.st_mtime_ns + 1_000_000_000))
    assert title(catalog(root, cache)) == "Lock every screen"
    assert title(catalog(root, cache)) == "Lock every screen"


def test_a_damaged_cache_is_replaced(tmp_path: Path) -> None:
    root, cache = tmp_path / "content", tmp_path / "cache"
    write_content(root, "Set a screen lock")
    cache.mkdir()
    (cache / "checklists.pickle").write_bytes(b"\x80\x05not a pickle at all")
    assert title(catalog(root, cache)) == "Set a screen lock"
    assert title(catalog(root, cache)) == "Set a screen lock"
    assert (cache / "checklists.pickle").stat().st_size > 100


def test_a_cache_that_cannot_be_written_only_costs_time(tmp_path: Path) -> None:
    root = tmp_path / "content"
    write_content(root, "Set a screen lock")
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the cache folder would go")
    assert title(catalog(root, blocked / "cache")) == "Set a screen lock"
    assert blocked.read_text() == "a file where the cache folder would go"
    assert title(ContentCatalog(root)) == "Set a screen lock"  # no cache at all


def test_the_cache_is_written_0600_in_a_0700_folder_whatever_the_umask(tmp_path: Path) -> None:
    root, cache = tmp_path / "content", tmp_path / "cache"
    write_content(root, "Set a screen lock")
    cache.mkdir(mode=0o755)  # a folder an older version made under umask 022
    os.chmod(cache, 0o755)
    before = os.umask(0o022)
    try:
        title(catalog(root, cache))
    finally:
        os.umask(before)
    assert (cache / "checklists.pickle").stat().st_mode & 0o777 == 0o600
    assert cache.stat().st_mode & 0o777 == 0o700
