"""Properties over many generated families (hypothesis): Home counts what the checklist shows, and an archive the
app exports comes back whole.

Each example is a real data dir (SQLite, the app's own services). A few seconds each in `make test`; many more
examples with `pytest --long` or NOTALONE_LONG_TESTS=1.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import tempfile
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from notalone_desktop.core.checklist import ItemView, progress_of
from notalone_desktop.core.text import text_problem
from notalone_desktop.services import Services, open_services
from notalone_desktop.services.contacts import ContactInput
from notalone_desktop.services.family_data import export_family, import_family
from notalone_desktop.storage.archive import FAMILY

NOW = dt.datetime(2026, 5, 20, 9, 30)
THIS_YEAR = dt.date.today().year
# Numbers the contacts form accepts (E.164, or national for the family's country).
PHONES = ("+84 912 345 678", "+84 935 222 333", "+49 30 1234567", "+62 812 3456 7890", "+44 20 7946 0958")


def examples(request: pytest.FixtureRequest, default: int, long: int) -> settings:
    wanted = bool(request.config.getoption("--long", default=False)) or os.environ.get("NOTALONE_LONG_TESTS") == "1"
    return settings(
        max_examples=long if wanted else default,
        deadline=None,  # real SQLite commits: their time varies with the disk, not with the input
        suppress_health_check=[HealthCheck.too_slow],
        derandomize=not wanted,  # the same examples in every `make test`; new ones in the long run
        database=None,
    )


@contextmanager
def family() -> Iterator[Services]:
    """A fresh data dir with the app's services, for one example."""
    with tempfile.TemporaryDirectory(prefix="notalone-property-") as folder:
        services = open_services(Path(folder) / "family")
        try:
            yield services
        finally:
            services.close()


# One piece of progress: which item (an index into a list, taken modulo its length), its state, days since done.
marks = st.tuples(st.integers(0, 500), st.sampled_from(["todo", "done", "na"]), st.integers(0, 800))
children = st.lists(
    st.tuples(
        st.integers(0, 24),  # age this year
        st.lists(marks, max_size=10),  # on items of the child's band
        st.lists(marks, max_size=3),  # on items of any band: progress carried over from an earlier band
        st.lists(st.sampled_from(["todo", "done", "na"]), max_size=2),  # the family's own items
    ),
    max_size=3,
)


def apply_marks(services: Services, owner: int | None, keys: list[str], chosen: list[tuple[int, str, int]]) -> None:
    for index, state, days_ago in chosen:
        if keys:
            services.checklist.set_state(owner, keys[index % len(keys)], state, now=NOW - dt.timedelta(days=days_ago))


def test_home_counts_exactly_what_the_checklist_shows_for_any_family(request: pytest.FixtureRequest) -> None:
    @examples(request, default=15, long=300)
    @given(kids=children, family_marks=st.lists(marks, max_size=6))
    def check(kids: list[Any], family_marks: list[tuple[int, str, int]]) -> None:
        with family() as services:
            every_child_item = [i.key for i in services.content.checklists.items if i.scope == "child"]
            apply_marks(services, None, [i.key for i in services.checklist.curated_for(None)], family_marks)
            for n, (age, own, earlier, customs) in enumerate(kids):
                child = services.family.add_child(f"Child {n}", THIS_YEAR - age)
                apply_marks(services, child.id, [i.key for i in services.checklist.curated_for(child.id)], own)
                apply_marks(services, child.id, every_child_item, earlier)
                for m, state in enumerate(customs):
                    key = services.checklist.add_custom(child.id, "talking", f"Our rule {m}")
                    services.checklist.set_state(child.id, key, state, now=NOW)

            home = services.overview.home("en", now=NOW)
            lists: dict[int | None, list[ItemView]] = {None: services.checklist.items(None, "en")}
            for shown in home.children:
                lists[shown.child.id] = services.checklist.items(shown.child.id, "en")
                assert shown.progress == services.checklist.progress(shown.child.id, "en")
            assert [c.child for c in home.children] == services.family.children()
            assert home.family == progress_of(item for items in lists.values() for item in items)
            assert home.due == sum(item.is_due(NOW) for items in lists.values() for item in items)
            for owner, item in home.suggestions:
                # Home shows a suggestion's title and opens its key (it reads content without the country's
                # numbers in the steps, which it never shows).
                listed = {i.key: i for i in lists[owner]}.get(item.key)
                assert listed is not None and (item.title, item.state) == (listed.title, listed.state)
                assert (listed.state == "todo" or listed.is_due(NOW)) and not listed.retired

    check()


# The family's own words, as a parent may type them: any letters, accents, emoji, line breaks.
# Only what the app takes when typed: text that shows nothing, or hides bidi controls, is refused at the form.
words = st.text(st.characters(exclude_categories=("Cs", "Cc")) | st.sampled_from("\n\t"), max_size=60).filter(
    lambda text: text_problem(text, multiline=True) is None
)
names = st.text(st.characters(exclude_categories=("Cs", "Cc", "Z")), min_size=1, max_size=30).filter(
    lambda text: text_problem(text) is None
)
contacts = st.lists(
    st.builds(
        ContactInput,
        name=names,
        relationship=words.map(lambda text: " ".join(text.split())).filter(lambda text: text_problem(text) is None),
        phones=st.lists(st.sampled_from(PHONES), min_size=1, max_size=3, unique=True).map(tuple),
        note=words,
        pinned=st.booleans(),
    ),
    max_size=3,
    unique_by=lambda contact: contact.name,  # two alike: test_two_contacts_alike_both_come_back below
)


def family_json(path: Path) -> dict[str, Any]:
    with zipfile.ZipFile(path) as archive:
        return json.loads(archive.read(FAMILY))  # type: ignore[no-any-return]


def test_any_archive_the_app_exports_imports_back_the_same(request: pytest.FixtureRequest) -> None:
    @examples(request, default=6, long=200)
    @given(
        kids=st.lists(st.tuples(names, st.integers(0, 22), st.lists(st.tuples(marks, words), max_size=4)), max_size=3),
        people=contacts,
        customs=st.lists(st.tuples(st.sampled_from(["talking", "devices", "money"]), names, words), max_size=2),
        language=st.sampled_from(["en", "vi", "id", "de"]),
    )
    def check(kids: list[Any], people: list[ContactInput], customs: list[Any], language: str) -> None:
        with tempfile.TemporaryDirectory(prefix="notalone-archive-") as folder, family() as source:
            source.family.update(language=language, country="VN")
            for n, (nickname, age, notes) in enumerate(kids):
                child = source.family.add_child(f"{nickname} {n}", THIS_YEAR - age)
                keys = [i.key for i in source.checklist.curated_for(child.id)]
                for (index, state, days_ago), note in notes:
                    key = keys[index % len(keys)]
                    source.checklist.set_state(child.id, key, state, now=NOW - dt.timedelta(days=days_ago))
                    source.checklist.set_note(child.id, key, note)
            ids = [c.id for c in source.family.children()]
            for n, person in enumerate(people):
                source.contacts.add(ContactInput(**{**person.__dict__, "child_ids": tuple(ids[: n + 1])}))
            for category, title, details in customs:
                source.checklist.add_custom(ids[0] if ids else None, category, title, details)

            first = Path(folder) / "first.zip"
            export_family(source.database, first)
            with family() as target:
                import_family(target.database, first)
                second = Path(folder) / "second.zip"
                export_family(target.database, second)
                assert family_json(second) == family_json(first)
                assert [c.nickname for c in target.family.children()] == [c.nickname for c in source.family.children()]
                assert target.overview.home(language, now=NOW) == source.overview.home(language, now=NOW)

    check()


def test_two_contacts_alike_both_come_back(tmp_path: Path) -> None:
    with family() as source:
        source.contacts.add(ContactInput("Bà Hoa", "Grandmother", ("+84 912 345 678",), note="mornings"))
        source.contacts.add(
            ContactInput("Bà Hoa", "Neighbour", ("+84 912 345 678",), note="the one next door", pinned=True)
        )
        export_family(source.database, tmp_path / "family.zip")
        with family() as target:
            import_family(target.database, tmp_path / "family.zip")
            both = [("Grandmother", "mornings", False), ("Neighbour", "the one next door", True)]
            assert [(c.relationship, c.note, c.pinned) for c in target.contacts.contacts()] == both
            # Merged again, they match one for one: nothing is added twice.
            report = import_family(target.database, tmp_path / "family.zip", merge=True)
            assert report.added["contacts"] == 0
            assert [(c.relationship, c.note, c.pinned) for c in target.contacts.contacts()] == both
        with family() as target:  # a family with one of them: the first matches it, the second comes in
            target.family.add_child("Lan", THIS_YEAR - 12)
            target.contacts.add(ContactInput("Bà Hoa", "Bà", ("+84 912 345 678",)))
            report = import_family(target.database, tmp_path / "family.zip", merge=True)
            assert report.added["contacts"] == 1
            assert [(c.relationship, c.note) for c in target.contacts.contacts()] == [
                ("Bà", ""),
                ("Neighbour", "the one next door"),
            ]
