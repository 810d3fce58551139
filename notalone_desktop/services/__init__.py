"""Use cases that the window and the command line share. They return dataclasses, never ORM rows."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

# The services are imported when they are opened, not with this package: the start-up imports
# services.content and services.overview to paint Home before SQLAlchemy (which the others need) is loaded.
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
    family_data: FamilyDataService  # export, import, erase

    @property
    def data_dir(self) -> Path:
        return self.database.directory

    def close(self) -> None:
        self.database.close()


def open_services(data_dir: Path, content: ContentCatalog | None = None) -> Services:
    """Open the family's database in `data_dir` and build every service over it."""
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
        family_data=FamilyDataService(database, backups),
    )
