"""Import: a checked archive added to the database in one transaction, into an empty data dir or (merge) beside
the family already there. On any problem nothing is written.

Every section goes through one rule (`_Import.rows`): a row of the archive whose key is already in the database
is that row (replaced only where the archive's is newer, or where a plain import says so); any other becomes a
new row. Children and the family's own items are matched by what a person would recognise (nickname and birth
year, name and numbers), never by row ids. The archive holds no family code word: a new safety plan gets an
empty one, an existing plan keeps its own.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Hashable, Iterable
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from notalone_desktop.services.family_data.export import document_of, import_problem, manifest_for
from notalone_desktop.services.family_data.schema import load_archive
from notalone_desktop.services.family_data.sections import (
    COUNTED,
    CUSTOM_PREFIX,
    CancelCheck,
    Cancelled,
    ImportRefused,
    ImportReport,
    ProgressCallback,
    already_holds_family,
    custom_id,
)
from notalone_desktop.storage.database import Database
from notalone_desktop.storage.models import (
    ChecklistProgress,
    Child,
    Contact,
    ContactPhone,
    CustomItem,
    Family,
    HelplinePref,
    Incident,
    LessonProgress,
    LifeEvent,
    PlanContact,
    SafetyPlan,
    ScenarioResult,
    Setting,
    utcnow,
)

log = logging.getLogger(__name__)
Item = dict[str, Any]


def holds_family(session: Session) -> bool:
    """Whether the database holds a family already (set up, or with children): an import must merge into it."""
    family = session.get(Family, 1)
    has_children = session.scalars(select(Child.id).limit(1)).first() is not None
    return bool((family is not None and family.setup_done) or has_children)


def import_family(
    database: Database,
    path: Path,
    merge: bool = False,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
) -> ImportReport:
    """Add the archive's family to the database in one transaction; on any problem nothing is written."""
    return import_checked(database, load_archive(path), merge, progress, cancelled)


def import_checked(
    database: Database,
    data: dict[str, Any],
    merge: bool = False,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
) -> ImportReport:
    """Add an archive already checked (schema.load_archive) to the database, in one transaction."""
    if progress is not None:
        progress(1, 3)
    if cancelled is not None and cancelled():
        raise Cancelled("The import was cancelled; nothing was changed.")
    with database.session() as session:
        if not merge and holds_family(session):
            raise already_holds_family(database.directory)
        report = _Import(session, merge).run(data)
        session.flush()
        if merge:
            _refuse_unexportable(session)
        if cancelled is not None and cancelled():
            raise Cancelled("The import was cancelled; nothing was changed.")  # rolls the transaction back
    if progress is not None:
        progress(3, 3)
    log.info("family imported (merge: %s; %s)", merge, ", ".join(f"{k} +{v}" for k, v in report.added.items()))
    return report


def _refuse_unexportable(session: Session) -> None:
    """ImportRefused (the transaction rolls back) when the merged family could not be exported and imported
    again: two archives that each fit can make a family that does not (issue 15, row 2)."""
    document = document_of(session)
    problem = import_problem(manifest_for(document), document)
    if problem is not None:
        raise ImportRefused(
            f"together with the family here, the archive would make a family that could not be saved to a file "
            f"again: {problem}. Nothing was imported"
        )


def _newer(apply: Callable[[Any, Item], None]) -> Callable[[Any, Item], bool]:
    """Replace a row already here only where the archive's copy is newer: the newer one wins."""

    def replace(row: Any, item: Item) -> bool:
        if row.updated_at is not None and row.updated_at >= item["updated_at"]:
            return False
        apply(row, item)
        return True

    return replace


class _Import:
    def __init__(self, session: Session, merge: bool) -> None:
        self.session = session
        self.merge = merge
        self.added = dict.fromkeys(COUNTED, 0)
        self.updated = dict.fromkeys(COUNTED, 0)
        self.children: dict[int, int] = {}  # the archive's child number -> row id
        self.customs: dict[int, int] = {}  # the archive's item number -> row id
        self.contacts: dict[int, int] = {}  # the archive's contact place (from 1) -> row id

    def rows(
        self,
        section: str,
        items: Iterable[Item],
        existing: dict[Hashable, Any],
        key: Callable[[Item], Hashable],
        create: Callable[[Item], Any],
        replace: Callable[[Any, Item], bool] | None = None,
    ) -> list[Any]:
        """The one rule of every section: for each item, the row with its `key` (in `existing`, which grows),
        replaced when `replace` says so, else a new row from `create`. Returns the rows, in the items' order."""
        found = []
        for item in items:
            wanted = key(item)
            row = existing.get(wanted)
            if row is None:
                row = create(item)
                self.session.add(row)
                existing[wanted] = row
                self.added[section] += 1
            elif replace is not None and replace(row, item):
                self.updated[section] += 1
            found.append(row)
        self.session.flush()  # the new rows get their ids: later sections refer to them
        return found

    def child(self, ref: int | None) -> int | None:
        return None if ref is None else self.children[ref]

    def run(self, data: dict[str, Any]) -> ImportReport:
        self._family(data["family"])
        self._children(data["children"])
        self._customs(data["custom_items"])
        self._progress(data["checklist_progress"])
        self._contacts(data["contacts"])
        self._prefs(data["helpline_prefs"])
        self._lessons(data["lesson_progress"])
        self._results(data["scenario_results"])
        self._settings(data["settings"])
        self._plans(data["safety_plans"])
        self._plan_contacts(data["plan_contacts"])
        self._incidents(data["incidents"])
        self._life_events(data["life_events"])
        return ImportReport(self.merge, self.added, self.updated)

    def _all(self, model: type, key: Callable[[Any], Hashable]) -> dict[Hashable, Any]:
        rows: list[Any] = list(self.session.scalars(select(model)))
        return {key(row): row for row in rows}

    # The sections ---------------------------------------------------------------------------------------------

    def _family(self, values: Item) -> None:
        family = self.session.get(Family, 1)
        if family is None:
            family = Family(id=1, created_at=values["created_at"] or utcnow(), setup_done=False)
            self.session.add(family)
        elif self.merge:
            family.setup_done = bool(family.setup_done or values["setup_done"])
            return
        family.country = values["country"].upper()
        family.language = values["language"]
        family.profile = values["profile"]
        family.setup_done = values["setup_done"]
        if values["created_at"] is not None:
            family.created_at = values["created_at"]

    def _children(self, items: list[Item]) -> None:
        current = self.session.scalars(select(Child).where(Child.removed_at.is_(None)).order_by(Child.id))
        existing: dict[Hashable, Any] = {(row.nickname, row.birth_year): row for row in current}
        rows = self.rows(
            "children",
            items,
            existing,
            lambda c: (c["nickname"], c["birth_year"]),
            lambda c: Child(
                nickname=c["nickname"], birth_year=c["birth_year"], colour=c["colour"], created_at=c["created_at"]
            ),
        )
        self.children = {item["id"]: row.id for item, row in zip(items, rows, strict=True)}

    def _customs(self, items: list[Item]) -> None:
        rows = self.rows(
            "custom_items",
            items,
            self._all(CustomItem, lambda row: (row.child_id, row.category, row.title)),
            lambda i: (self.child(i["child"]), i["category"], i["title"]),
            lambda i: CustomItem(
                child_id=self.child(i["child"]),
                category=i["category"],
                title=i["title"],
                details=i["details"],
                created_at=i["created_at"],
            ),
        )
        self.customs = {item["id"]: row.id for item, row in zip(items, rows, strict=True)}

    def _item_key(self, key: str) -> str:
        return f"{CUSTOM_PREFIX}{self.customs[custom_id(key)]}" if key.startswith(CUSTOM_PREFIX) else key

    def _progress(self, items: list[Item]) -> None:
        def apply(row: ChecklistProgress, item: Item) -> None:
            row.state, row.note = item["state"], item["note"]
            row.done_at, row.next_review_at, row.updated_at = (
                item["done_at"],
                item["next_review_at"],
                item["updated_at"],
            )

        def create(item: Item) -> ChecklistProgress:
            row = ChecklistProgress(child_id=self.child(item["child"]), item_key=self._item_key(item["item_key"]))
            apply(row, item)
            return row

        self.rows(
            "checklist_progress",
            items,
            self._all(ChecklistProgress, lambda row: (row.child_id, row.item_key)),
            lambda i: (self.child(i["child"]), self._item_key(i["item_key"])),
            create,
            _newer(apply),
        )

    def _contacts(self, items: list[Item]) -> None:
        """The contacts not here yet are added after the family's own; one already here gains the archive's
        children who trust it. Contacts alike (the same name and numbers) match one for one, in order: the
        archive's second "Bà Hoa" is the second one here, or a contact of its own, never folded into the first."""
        alike: dict[Hashable, int] = {}  # (name, numbers) -> how many seen so far

        def numbered(name: str, numbers: Iterable[str]) -> Hashable:
            same = (name, tuple(sorted(numbers)))
            alike[same] = alike.get(same, 0) + 1
            return (*same, alike[same])

        here = self.session.scalars(select(Contact).order_by(Contact.position, Contact.id))
        existing: dict[Hashable, Any] = {numbered(row.name, (p.number for p in row.phones)): row for row in here}
        alike.clear()  # the archive's contacts are counted on their own
        fresh = not existing
        position = [self.session.scalar(select(func.max(Contact.position))) or 0]

        def trusted_by(item: Item) -> list[Child]:
            found = (self.session.get(Child, self.children[ref]) for ref in item["trusted_by"])
            return [child for child in found if child is not None]

        def create(item: Item) -> Contact:
            position[0] += 1
            row = Contact(
                name=item["name"],
                relationship=item["relationship"],
                email=item["email"],
                note=item["note"],
                position=item["position"] if fresh else position[0],
                pinned=item["pinned"],
                created_at=item["created_at"],
            )
            row.phones = [
                ContactPhone(number=p["number"], label=p["label"], position=n) for n, p in enumerate(item["phones"])
            ]
            row.children = trusted_by(item)
            return row

        def add_children(row: Contact, item: Item) -> bool:
            known = {c.id for c in row.children}
            row.children = list(row.children) + [c for c in trusted_by(item) if c.id not in known]
            return False  # the contact itself stays as it is here

        rows = self.rows(
            "contacts",
            items,
            existing,
            lambda c: numbered(c["name"], (p["number"] for p in c["phones"])),  # once per item, in order
            create,
            add_children,
        )
        self.contacts = {number: row.id for number, row in enumerate(rows, start=1)}

    def _prefs(self, items: list[Item]) -> None:
        def apply(row: HelplinePref, item: Item) -> bool:
            row.pinned, row.hidden = item["pinned"], item["hidden"]
            return True

        self.rows(
            "helpline_prefs",
            items,
            self._all(HelplinePref, lambda row: row.line_key),
            lambda p: p["line_key"],
            lambda p: HelplinePref(line_key=p["line_key"], pinned=p["pinned"], hidden=p["hidden"]),
            None if self.merge else apply,  # a merge keeps the family's own choices
        )

    def _lessons(self, items: list[Item]) -> None:
        def apply(row: LessonProgress, item: Item) -> None:
            row.read_at, row.favourite = item["read_at"], item["favourite"]
            row.note, row.updated_at = item["note"], item["updated_at"]

        def create(item: Item) -> LessonProgress:
            row = LessonProgress(lesson_key=item["lesson_key"])
            apply(row, item)
            return row

        existing = self._all(LessonProgress, lambda row: row.lesson_key)
        self.rows("lesson_progress", items, existing, lambda i: i["lesson_key"], create, _newer(apply))

    def _results(self, items: list[Item]) -> None:
        self.rows(
            "scenario_results",
            items,
            self._all(ScenarioResult, lambda row: (row.child_id, row.scenario_key, row.played_at)),
            lambda r: (self.child(r["child"]), r["scenario_key"], r["played_at"]),
            lambda r: ScenarioResult(
                child_id=self.child(r["child"]),
                scenario_key=r["scenario_key"],
                played_at=r["played_at"],
                score=r["score"],
                max_score=r["max_score"],
                outcome=r["outcome"],
                choices=json.dumps(r["choices"]),
            ),
        )

    def _settings(self, settings: dict[str, Any]) -> None:
        # A merge keeps the family's own settings; a plain import writes the archive's over any there.
        existing = self._all(Setting, lambda row: row.key) if self.merge else {}
        self.rows(
            "settings",
            ({"key": key, "value": value} for key, value in settings.items()),
            existing,
            lambda s: s["key"],
            lambda s: self.session.merge(Setting(key=s["key"], value=json.dumps(s["value"]))),
        )

    def _plans(self, items: list[Item]) -> None:
        def apply(row: SafetyPlan, item: Item) -> None:
            row.places, row.updated_at = item["places"], item["updated_at"]

        def create(item: Item) -> SafetyPlan:
            row = SafetyPlan(child_id=self.children[item["child"]], code_word="")
            apply(row, item)
            return row

        existing = self._all(SafetyPlan, lambda row: row.child_id)
        self.rows("safety_plans", items, existing, lambda p: self.children[p["child"]], create, _newer(apply))

    def _plan_contacts(self, items: list[Item]) -> None:
        """A child with people to call already keeps their order; the archive's people come after them."""
        existing = self._all(PlanContact, lambda row: (row.child_id, row.contact_id))
        last: dict[int, int] = {}  # per child with people to call already: the last one's place
        for row in existing.values():
            last[row.child_id] = max(last.get(row.child_id, -1), row.position)
        had_plan = set(last)

        def create(item: Item) -> PlanContact:
            child_id = self.children[item["child"]]
            position = item["position"]
            if child_id in had_plan:
                last[child_id] += 1
                position = last[child_id]
            return PlanContact(child_id=child_id, contact_id=self.contacts[item["contact"]], position=position)

        self.rows(
            "plan_contacts",
            sorted(items, key=lambda r: (r["child"], r["position"])),
            existing,
            lambda r: (self.children[r["child"]], self.contacts[r["contact"]]),
            create,
        )

    def _incidents(self, items: list[Item]) -> None:
        self.rows(
            "incidents",
            items,
            self._all(Incident, lambda row: (row.child_id, row.occurred_on, row.kind, row.what_happened)),
            lambda i: (self.child(i["child"]), i["occurred_on"], i["kind"], i["what_happened"]),
            lambda i: Incident(
                child_id=self.child(i["child"]),
                occurred_on=i["occurred_on"],
                kind=i["kind"],
                platform=i["platform"],
                what_happened=i["what_happened"],
                who_told=i["who_told"],
                report_refs=i["report_refs"],
                evidence_location=i["evidence_location"],
                created_at=i["created_at"],
                updated_at=i["updated_at"],
            ),
        )

    def _life_events(self, items: list[Item]) -> None:
        # An event started here already stays; its items' progress merges like any other progress.
        self.rows(
            "life_events",
            items,
            self._all(LifeEvent, lambda row: (row.child_id, row.event_key)),
            lambda e: (self.child(e["child"]), e["event_key"]),
            lambda e: LifeEvent(child_id=self.child(e["child"]), event_key=e["event_key"], started_at=e["started_at"]),
        )
