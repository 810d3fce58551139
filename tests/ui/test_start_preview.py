"""The start paints Home with the family's data from the overview, then opens the services: the parent sees
their family at once, and every section works once the services are open."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

from notalone_desktop.services import Services
from notalone_desktop.services.content import ContentCatalog
from notalone_desktop.ui.app import _preview_context, attach_services
from notalone_desktop.ui.i18n import Translations
from notalone_desktop.ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def english_afterwards() -> Iterator[None]:
    """The translators are process-wide: leave English installed, as the other tests expect."""
    yield
    Translations().install("en")


def translations(language: str) -> Translations:
    installed = Translations()
    installed.install(language)
    return installed


def home_names(window: MainWindow) -> list[str]:
    grid = window.view("home").children_grid  # type: ignore[attr-defined]
    names = (grid.itemAtPosition(row, 0) for row in range(grid.rowCount()))  # column 0: the names
    return [item.widget().text() for item in names if item is not None and isinstance(item.widget(), QLabel)]


def test_home_shows_the_family_before_the_services_then_everything_opens(qtbot, demo_services: Services) -> None:  # type: ignore[no-untyped-def]
    data_dir = demo_services.data_dir
    vi = translations("vi")
    preview = _preview_context(data_dir, ContentCatalog.shipped(), vi, None, "vi")
    assert preview is not None and not preview.ready
    window = MainWindow()
    qtbot.addWidget(window)
    window.attach(preview)
    window.show()
    names = home_names(window)
    assert [name.split(",")[0] for name in names] == [c.nickname for c in demo_services.family.children()]
    # Until the services are open, the other sections wait (a click would find nothing); "Get help now" does not.
    assert not window.navigation.isEnabled() and window.help_action.isEnabled()
    window.show_view("contacts")
    assert window.current_view_name() == "home"

    context = attach_services(window, demo_services, vi, None, preview)
    assert context is preview and context.ready
    assert window.navigation.isEnabled() and window.help_action.isEnabled()
    window.show_view("contacts")
    assert window.current_view_name() == "contacts"
    assert home_names(window) == names


def test_the_careful_path_runs_first_where_home_cannot_be_trusted(tmp_path: Path, services: Services) -> None:
    catalog = ContentCatalog.shipped()
    en = translations("en")
    assert _preview_context(tmp_path / "nobody-yet", catalog, en, None, None) is None
    assert _preview_context(services.data_dir, catalog, en, None, None) is None  # not set up: the wizard comes
    services.family.update(setup_done=True, language="vi")
    assert _preview_context(services.data_dir, catalog, en, None, "vi") is not None
    assert _preview_context(services.data_dir, catalog, en, "de", "vi") is None  # --lang de is stored first
    path = services.database.path
    services.close()
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])  # a damaged file: the recovery screen comes before any Home
    assert _preview_context(services.data_dir, catalog, en, None, "vi") is None


def test_a_branded_build_says_who_gave_the_app_once_the_services_are_open(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from notalone_desktop.core.profile import bundle_table
    from notalone_desktop.paths import resources_dir
    from notalone_desktop.services import open_services
    from notalone_desktop.services.profile import PROFILE_FILE, apply_profile_once
    from tests.unit.test_profile import GOOD, write_profile

    root = tmp_path / "resources"
    shutil.copytree(resources_dir(), root)
    write_profile(root, GOOD + bundle_table("test-ngo"), name=PROFILE_FILE)
    catalog = ContentCatalog(root)
    services = open_services(tmp_path / "family", catalog)
    try:
        profile = catalog.profile  # as the first start of the branded build did
        assert profile is not None and apply_profile_once(services, profile)
        services.family.update(setup_done=True)
        vi = translations("vi")
        preview = _preview_context(services.data_dir, catalog, vi, None, "vi")
        assert preview is not None
        window = MainWindow()
        qtbot.addWidget(window)
        window.attach(preview)
        window.show()
        home = window.view("home")
        assert not home.giver_frame.isVisible()  # type: ignore[attr-defined]
        attach_services(window, services, vi, None, preview)
        assert home.giver_frame.isVisible()  # type: ignore[attr-defined]
        assert "Test Families Network" in home.giver_title.text()  # type: ignore[attr-defined]
    finally:
        services.close()
