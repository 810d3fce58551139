"""The wheel, installed into a fresh virtual environment and run from outside the source tree: its content,
compiled translations and migrations travel inside it.

Slow (it builds the wheel and installs PySide6 into a new venv), so it runs with NOTALONE_DIST_TEST=1, as part of
`make dist-test`, which CI runs.
"""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(
    os.environ.get("NOTALONE_DIST_TEST") != "1", reason="slow: run with NOTALONE_DIST_TEST=1"
)


def run(command: list[str], cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    full_env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "NOTALONE_DATA_DIR")}
    full_env.update(QT_QPA_PLATFORM="offscreen", **env)
    return subprocess.run(command, cwd=cwd, env=full_env, capture_output=True, text=True, timeout=900, check=False)


def test_installed_wheel_works_outside_the_source_tree(tmp_path: Path) -> None:
    # The compiled translations are build output: make them as `make translations` does, then build the wheel.
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    for ts in sorted((REPO / "i18n").glob("notalone_*.ts")):
        qm = REPO / "notalone_desktop" / "translations" / f"{ts.stem}.qm"
        qm.parent.mkdir(exist_ok=True)
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
    built = run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path / "wheel"), str(REPO)],
        cwd=tmp_path,
    )
    assert built.returncode == 0, built.stderr[-2000:]
    wheel = next((tmp_path / "wheel").glob("notalone_desktop-*.whl"))

    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    installed = run([str(python), "-m", "pip", "install", "-q", str(wheel)], cwd=tmp_path)
    assert installed.returncode == 0, installed.stderr[-2000:]

    elsewhere = tmp_path / "elsewhere"  # not the checkout: nothing can be found beside the package by accident
    elsewhere.mkdir()
    probe = (
        "import notalone_desktop, notalone_desktop.paths as p;"
        "print(notalone_desktop.__file__);"
        "print(sorted(x.name for x in p.translations_dir().glob('*.qm')));"
        "print((p.resources_dir() / 'checklists' / 'devices.toml').is_file())"
    )
    where = run([str(python), "-c", probe], cwd=elsewhere)
    assert where.returncode == 0, where.stderr
    location, translations, has_content = where.stdout.strip().splitlines()
    assert str(env_dir) in location and str(REPO) not in location
    # The app's four catalogues, and Qt's own dialog words in the two languages Qt ships none for (i18n/qtbase_extra_*).
    assert translations == str(
        [
            "notalone_de.qm",
            "notalone_en.qm",
            "notalone_id.qm",
            "notalone_vi.qm",
            "qtbase_extra_id.qm",
            "qtbase_extra_vi.qm",
        ]
    )
    assert has_content == "True"

    notalone = env_dir / "bin" / "notalone"
    data = tmp_path / "family"
    assert run([str(notalone), "--version"], cwd=elsewhere).returncode == 0
    assert run([str(notalone), "demo", "--data-dir", str(data)], cwd=elsewhere).returncode == 0  # migrations
    check = run([str(notalone), "check", "--data-dir", str(data)], cwd=elsewhere)
    assert check.returncode == 0 and check.stdout.strip() == "OK"
    selftest = run([str(notalone), "self-test", "--data-dir", str(data)], cwd=elsewhere)
    assert selftest.returncode == 0, selftest.stderr[-2000:]
    pdf = tmp_path / "card.pdf"
    printed = run(
        [str(notalone), "print", "card", "--lang", "vi", "--out", str(pdf), "--data-dir", str(data)], cwd=elsewhere
    )
    assert printed.returncode == 0 and pdf.stat().st_size > 1000, printed.stderr[-2000:]
