"""Use cases that the window and the command line share. They return dataclasses, never ORM rows.

The services read and write with plain sqlite3 (storage/database.py): opening them costs no SQLAlchemy, so every
section can be shown as soon as Home has painted. Only the family's archive (export, import) and a file to create
or upgrade (Alembic) load the ORM.
"""

from __future__ import annotations

from dataclasses import dataclass, field
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


@dataclass
class Services:
    database: Database
    content: CountryContent  # the catalog's content with the family's country's numbers in it
    family: FamilyService
    settings: SettingsService
    checklist: ChecklistService
    contacts: ContactsService
    lessons: LessonsService
    scenarios: ScenariosService
    plan: PlanService
    incidents: IncidentsService
    life_events: LifeEventsService
    overview: OverviewService  # Home's figures, read without the ORM
    security: SecurityService  # the parent PIN
    backups: BackupService
    _family_data: FamilyDataService | None = field(default=None, repr=False)

    @property
    def family_data(self) -> FamilyDataService:
        """Export, import, erase: opened at first use (its modules are the largest, and only Settings needs them)."""
        if self._family_data is None:
            from notalone_desktop.services.family_data import FamilyDataService

            self._family_data = FamilyDataService(self.database, self.backups)
        return self._family_data

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
    """Open the family's database in `data_dir` and build every service over it."""
    from notalone_desktop.services.backups import BackupService
    from notalone_desktop.services.checklist import ChecklistService
    from notalone_desktop.services.contacts import ContactsService
    from notalone_desktop.services.content import ContentCatalog
    from notalone_desktop.services.family import FamilyService
    from notalone_desktop.services.incidents import IncidentsService
    from notalone_desktop.services.lessons import LessonsService
    from notalone_desktop.services.life_events import LifeEventsService
    from notalone_desktop.services.local_content import CountryContent
    from notalone_desktop.services.overview import OverviewService
    from notalone_desktop.services.plan import PlanService
    from notalone_desktop.services.scenarios import ScenariosService
    from notalone_desktop.services.security import SecurityService
    from notalone_desktop.services.settings import SettingsService
    from notalone_desktop.storage.database import open_database

    database = open_database(data_dir)
    shipped = content or ContentCatalog.shipped()
    family = FamilyService(database)
    family.info()  # the country, known before any content is read
    catalog = CountryContent(shipped, family.country_code)
    settings = SettingsService(database)
    checklist = ChecklistService(database, catalog, family)
    contacts = ContactsService(database, catalog, family)
    backups = BackupService(database)
    return Services(
        database=database,
        content=catalog,
        family=family,
        settings=settings,
        checklist=checklist,
        contacts=contacts,
        lessons=LessonsService(database, catalog),
        scenarios=ScenariosService(database, catalog),
        plan=PlanService(database, family, contacts),
        incidents=IncidentsService(database, family),
        life_events=LifeEventsService(database, catalog, family, checklist),
        overview=OverviewService(database.path, shipped),
        security=SecurityService(database),
        backups=backups,
    )
