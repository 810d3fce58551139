"""Use cases that the window and the command line share. They return dataclasses, never ORM rows.

The services read and write with plain sqlite3 (storage/database.py): opening them costs no SQLAlchemy, so every
section can be shown as soon as Home has painted. Only the family's archive (export, import) and a file to create
or upgrade (Alembic) load the ORM. Each service is opened (and its module imported) at its first use: a section
pays only for what it needs, when it is first shown.
"""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

# The services are imported when they are opened, not with this package: the start-up imports
# services.content and services.overview to paint Home before anything else is loaded.
if TYPE_CHECKING:
    from notalone_desktop.services.backups import BackupService
    from notalone_desktop.services.checklist import ChecklistService
    from notalone_desktop.services.contacts import ContactsService
    from notalone_desktop.services.content import ContentCatalog
    from notalone_desktop.services.family import FamilyService
    from notalone_desktop.services.family_data import FamilyDataService
    from notalone_desktop.services.incidents import IncidentsService
    from notalone_desktop.services.lessons import LessonsService
    from notalone_desktop.services.life_events import LifeEventsService
    from notalone_desktop.services.local_content import CountryContent
    from notalone_desktop.services.overview import OverviewService
    from notalone_desktop.services.plan import PlanService
    from notalone_desktop.services.scenarios import ScenariosService
    from notalone_desktop.services.security import SecurityService
    from notalone_desktop.services.settings import SettingsService
    from notalone_desktop.storage.database import Database


class Services:
    """Every service over one family's database, each opened at its first use."""

    def __init__(self, database: Database, files: ContentCatalog) -> None:
        """`files`: the content as read from its roots (the shipped content and the installed packs)."""
        self.database = database
        self._files = files

    @cached_property
    def family(self) -> FamilyService:
        from notalone_desktop.services.family import FamilyService

        family = FamilyService(self.database, lambda: self._files.languages)
        family.info()  # the country, known before any content is read
        return family

    @cached_property
    def content(self) -> CountryContent:
        """The catalog's content with the family's country's numbers in it."""
        from notalone_desktop.services.local_content import CountryContent

        return CountryContent(self._files, self.family.country_code)

    @cached_property
    def settings(self) -> SettingsService:
        from notalone_desktop.services.settings import SettingsService

        return SettingsService(self.database)

    @cached_property
    def checklist(self) -> ChecklistService:
        from notalone_desktop.services.checklist import ChecklistService

        return ChecklistService(self.database, self.content, self.family)

    @cached_property
    def contacts(self) -> ContactsService:
        from notalone_desktop.services.contacts import ContactsService

        return ContactsService(self.database, self.content, self.family)

    @cached_property
    def lessons(self) -> LessonsService:
        from notalone_desktop.services.lessons import LessonsService

        return LessonsService(self.database, self.content)

    @cached_property
    def scenarios(self) -> ScenariosService:
        from notalone_desktop.services.scenarios import ScenariosService

        return ScenariosService(self.database, self.content)

    @cached_property
    def plan(self) -> PlanService:
        from notalone_desktop.services.plan import PlanService

        return PlanService(self.database, self.family, self.contacts)

    @cached_property
    def incidents(self) -> IncidentsService:
        from notalone_desktop.services.incidents import IncidentsService

        return IncidentsService(self.database, self.family)

    @cached_property
    def life_events(self) -> LifeEventsService:
        from notalone_desktop.services.life_events import LifeEventsService

        return LifeEventsService(self.database, self.content, self.family, self.checklist)

    @cached_property
    def overview(self) -> OverviewService:
        """Home's figures (the same reader that paints Home before the services are open)."""
        from notalone_desktop.services.overview import OverviewService

        return OverviewService(self.database.path, self._files)

    @cached_property
    def security(self) -> SecurityService:
        """The parent PIN."""
        from notalone_desktop.services.security import SecurityService

        return SecurityService(self.database)

    @cached_property
    def backups(self) -> BackupService:
        from notalone_desktop.services.backups import BackupService

        return BackupService(self.database)

    @cached_property
    def family_data(self) -> FamilyDataService:
        """Export, import, erase: the ORM's work. Its engine and mappers are made here, on the caller's thread (the
        window's), not in the worker that then exports or imports: making them is the ORM's largest burst of
        objects, and a garbage collection it set off in a worker could delete Qt objects on the wrong thread."""
        from sqlalchemy.orm import configure_mappers

        from notalone_desktop.services.family_data import FamilyDataService

        configure_mappers()
        self.database.engine  # noqa: B018  # made now
        return FamilyDataService(self.database, self.backups)

    @property
    def data_dir(self) -> Path:
        return self.database.directory

    def close(self) -> None:
        self.database.close()


def import_for_opening(data_dir: Path) -> None:
    """Import in advance what `open_services(data_dir)` will need: SQLAlchemy and Alembic when the file must be
    created or upgraded, nothing otherwise. The window calls this in a thread, so that it stays responsive."""
    from notalone_desktop.paths import database_path
    from notalone_desktop.storage.inspect import inspect_database

    report = inspect_database(database_path(data_dir), integrity=False)
    if not report.exists or report.needs_upgrade:
        import alembic.command  # noqa: F401
        import sqlalchemy.orm  # noqa: F401


def open_services(data_dir: Path, content: ContentCatalog | None = None) -> Services:
    """Open the family's database in `data_dir` (creating or upgrading it as needed); the services over it open
    at their first use."""
    from notalone_desktop.services.content import ContentCatalog
    from notalone_desktop.storage.database import open_database

    return Services(open_database(data_dir), content or ContentCatalog.default())  # shipped content and packs
