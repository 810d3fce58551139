"""The .deb as a Debian packager reads it: lintian finds nothing but the overridden tags, each with its reason in
packaging/linux/lintian-overrides; the menu entry and the AppStream metadata validate (AppStream pedantically).

Slow (needs `make dist`), so it runs with NOTALONE_DIST_TEST=1 (`make dist-test`).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.packaging.conftest import REPO

pytestmark = pytest.mark.skipif(
    os.environ.get("NOTALONE_DIST_TEST") != "1", reason="slow: run with NOTALONE_DIST_TEST=1"
)
OVERRIDES = REPO / "packaging" / "linux" / "lintian-overrides"
METAINFO = REPO / "packaging" / "linux" / "org.notalone.desktop.metainfo.xml"
DESKTOP = REPO / "packaging" / "linux" / "notalone.desktop"
# What a validator older than the file's format says, and cannot be fixed without breaking the newer one:
# appstreamcli 0.16 (Debian 12) does not know <developer>, which 1.0 (Debian 13) asks for instead of <developer_name>.
KNOWN_VERSION_DIFFERENCES = {"0.16": {"unknown-tag developer"}}


def run(cmd: list[str | Path]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(c) for c in cmd], capture_output=True, text=True, timeout=600, check=False)


@pytest.mark.skipif(shutil.which("lintian") is None, reason="needs lintian (tools/ensure_system_deps.py --dist)")
def test_lintian_finds_nothing_but_the_justified_overrides(deb: Path) -> None:
    result = run(["lintian", "--no-tag-display-limit", "--display-info", deb])
    tags = [line for line in result.stdout.splitlines() if re.match(r"^[EWX]: ", line)]
    assert not tags, "lintian tags not overridden:\n" + "\n".join(tags[:40])
    unused = [line for line in result.stdout.splitlines() if "unused-override" in line or "mismatched-override" in line]
    assert not unused, unused


def test_every_override_says_why() -> None:
    blocks = OVERRIDES.read_text(encoding="utf-8").split("\n\n")
    overrides = [b for b in blocks if "@PACKAGE@:" in b]
    assert 1 <= len(overrides) <= 8  # a short list
    for block in overrides:
        assert block.lstrip().startswith("#"), f"an override without a reason: {block}"


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="needs desktop-file-utils")
def test_the_menu_entry_is_valid_and_translated() -> None:
    result = run(["desktop-file-validate", DESKTOP])
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout
    text = DESKTOP.read_text(encoding="utf-8")
    for language in ("vi", "id", "de"):
        assert f"\nName[{language}]=" in text and f"\nComment[{language}]=" in text


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="needs appstream")
def test_appstream_metadata_is_valid_pedantically() -> None:
    version = run(["appstreamcli", "--version"]).stdout.split()[-1]
    result = run(["appstreamcli", "validate", "--no-net", "--pedantic", "--no-color", METAINFO])
    issues = {
        " ".join(line.split()[2:4]) if ":" in line.split()[1] else line
        for line in result.stdout.splitlines()
        if re.match(r"^[EWIP]: ", line)
    }
    allowed = next((v for k, v in KNOWN_VERSION_DIFFERENCES.items() if version.startswith(k)), set())
    assert issues <= allowed, f"appstreamcli {version}: {issues - allowed}"
    text = METAINFO.read_text(encoding="utf-8")
    assert '<url type="homepage">' in text and "<developer " in text
    shots = re.findall(r"<image>[^<]*/packaging/linux/screenshots/([^<]+)</image>", text)
    assert shots and all((REPO / "packaging" / "linux" / "screenshots" / shot).is_file() for shot in shots)
