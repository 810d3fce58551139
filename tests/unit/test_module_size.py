"""No module of the app passes 500 lines (DESIGN.md): a view that grows becomes a small package of parts."""

from __future__ import annotations

from tests.conftest import REPO

LIMIT = 500
PACKAGE = REPO / "notalone_desktop"


def test_no_module_is_longer_than_500_lines() -> None:
    modules = sorted(PACKAGE.rglob("*.py"))
    assert len(modules) > 50  # the package was found
    too_long = {
        str(path.relative_to(REPO)): lines
        for path in modules
        if (lines := len(path.read_text(encoding="utf-8").splitlines())) > LIMIT
    }
    assert too_long == {}, f"split these by responsibility (at most {LIMIT} lines each): {too_long}"
