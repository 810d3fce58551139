"""Fixtures for the whole suite: a fresh real SQLite data dir per test, Qt offscreen, no network at all."""

from __future__ import annotations

import atexit
import os
import shutil
import socket
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

# Set before Qt is imported anywhere: the suite runs headless, and never opens the first-run wizard by itself.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["NOTALONE_NO_WIZARD"] = "1"
os.environ.pop("NOTALONE_DATA_DIR", None)
# The parsed-content cache goes to a folder of this run, never to the user's own cache (subprocesses inherit it).
os.environ["NOTALONE_CACHE_DIR"] = tempfile.mkdtemp(prefix="notalone-test-cache-")
atexit.register(shutil.rmtree, os.environ["NOTALONE_CACHE_DIR"], True)
# Content packs: empty folders of this run, never the user's or the machine's installed packs.
for _name in ("NOTALONE_PACKS_DIR", "NOTALONE_SYSTEM_PACKS_DIR"):
    os.environ[_name] = tempfile.mkdtemp(prefix="notalone-test-packs-")
    atexit.register(shutil.rmtree, os.environ[_name], True)

REPO = Path(__file__).resolve().parent.parent


def pytest_addoption(parser: pytest.Parser) -> None:
    # Here, not in tests/reliability/conftest.py: pytest reads options only from the conftest files it loads
    # before collecting, so the option would exist only when that folder is named on the command line.
    parser.addoption(
        "--long",
        action="store_true",
        default=False,
        help="run the long reliability variants (hundreds of kill -9 cycles)",
    )


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """The app is private by construction: any attempt to open a network connection fails the test."""

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the app tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


@pytest.fixture(scope="session")
def qapp() -> object:
    """The app's own QApplication (pytest-qt's `qapp`, replaced): names, and the theme every window is drawn with."""
    from notalone_desktop.ui.application import application

    return application()


@pytest.fixture
def pack_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Path, Path]]:
    """The test's own user and machine-wide content pack folders (request it before any content is read)."""
    user, system = tmp_path / "packs", tmp_path / "system-packs"
    monkeypatch.setenv("NOTALONE_PACKS_DIR", str(user))
    monkeypatch.setenv("NOTALONE_SYSTEM_PACKS_DIR", str(system))
    yield user, system


@pytest.fixture(autouse=True)
def english_after_each_test() -> Iterator[None]:
    """Translators are process-wide: a test that switched the interface to another language must not leave it
    for the next one (which would then read Vietnamese where it expects English)."""
    yield
    if "PySide6.QtCore" not in sys.modules:
        return  # a test without Qt cannot have installed a translator
    from PySide6.QtCore import QCoreApplication, QLocale

    if QCoreApplication.instance() is not None and QLocale().name().split("_")[0] != "en":
        from notalone_desktop.ui.i18n import Translations

        Translations().install("en")


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "family"


@pytest.fixture(scope="session")
def new_family_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new family's database, made once per run: creating the schema (every migration) takes about half a
    second, and hundreds of tests start from a new family."""
    from notalone_desktop.paths import database_path
    from notalone_desktop.services import open_services

    folder = tmp_path_factory.mktemp("new-family") / "family"
    made = open_services(folder)
    made.lessons.sync()
    made.close()
    return database_path(folder)


@pytest.fixture
def services(data_dir: Path, new_family_file: Path) -> Iterator[object]:
    from notalone_desktop.services import open_services

    # A copy of a new family's file: the same as creating it here (open_services makes the folder private).
    data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    shutil.copy2(new_family_file, data_dir / new_family_file.name)
    opened = open_services(data_dir)
    opened.lessons.sync()
    yield opened
    opened.close()


@pytest.fixture
def demo_services(services: object) -> object:
    from notalone_desktop.services.demo import create_demo_family

    create_demo_family(services)  # type: ignore[arg-type]
    return services


@pytest.fixture
def context(qapp: object, services: object) -> Iterator[object]:
    """An AppContext in English over a fresh database."""
    from notalone_desktop.ui.context import AppContext
    from notalone_desktop.ui.i18n import Translations

    translations = Translations()
    translations.install("en")
    yield AppContext(services, translations)  # type: ignore[arg-type]


@pytest.fixture
def window(qtbot: object, demo_services: object) -> Iterator[object]:
    """The main window over the demo family, in English."""
    from notalone_desktop.ui.app import build_window

    main = build_window(demo_services, "en", first_run=False)
    qtbot.addWidget(main)  # type: ignore[attr-defined]
    main.show()
    yield main


def run_cli(*args: str, env: dict[str, str] | None = None, timeout: float = 120) -> object:
    """Run `python -m notalone_desktop ARGS` in a real subprocess."""
    import subprocess

    full_env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **(env or {}))
    return subprocess.run(
        [sys.executable, "-m", "notalone_desktop", *args],
        capture_output=True,
        text=True,
        env=full_env,
        timeout=timeout,
        check=False,
    )
