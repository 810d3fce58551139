"""No label or button is cut off, in every view and dialog, with each of the fonts families have (DejaVu Sans, Noto
Sans, Liberation Sans: Arial's metrics), in each language, at 100%, 150% and 200% display scaling.

The fonts are loaded from their files and forced (tests/ui/fonts.py), so that the result does not depend on what
the machine has installed; a missing font fails and names its Debian package (`make sysdeps` installs them). Each
scale is a process of its own (Qt takes QT_SCALE_FACTOR at start). The matrix is a Latin square: every font at every
scale, every font in every language and every language at every scale, in twelve walks of the whole window."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.ui.fonts import FONTS

MATRIX = {
    1.0: ("dejavu:en", "noto:vi", "liberation:id", "noto:de"),
    1.5: ("dejavu:vi", "noto:id", "liberation:de", "liberation:en"),
    2.0: ("dejavu:id", "noto:en", "liberation:vi", "dejavu:de"),
}


def test_the_matrix_covers_every_font_language_and_scale() -> None:
    pairs = {case for cases in MATRIX.values() for case in cases}
    assert pairs == {f"{font}:{lang}" for font in FONTS for lang in ("en", "vi", "id", "de")}
    for cases in MATRIX.values():
        assert {case.split(":")[0] for case in cases} == set(FONTS)
        assert {case.split(":")[1] for case in cases} == {"en", "vi", "id", "de"}


@pytest.mark.parametrize("scale", list(MATRIX), ids=["100%", "150%", "200%"])
def test_no_label_or_button_is_clipped_with_any_font(tmp_path: Path, scale: float) -> None:
    out = tmp_path / "layout.json"
    cases = MATRIX[scale]
    command = [sys.executable, "-m", "tests.ui.layout_probe", "--scale", str(scale), "--out", str(out)]
    for case in cases:
        command += ["--case", case]
    result = subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stderr[-3000:]
    report = json.loads(out.read_text())
    assert report["problems"] == []
    assert len(report["walked"]) == len(cases)  # every view and dialog, for each
