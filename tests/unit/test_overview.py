"""Home's figures, read with plain sqlite3: they must be the checklist's own, and follow every change at once."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

from notalone_desktop.core.checklist import progress_of
from notalone_desktop.services import Services
from notalone_desktop.storage.models import utcnow

REPO = Path(__file__).resolve().parents[2]


def test_home_counts_exactly_what_the_checklist_shows(demo_services: Services) -> None:
    services = demo_services
    summary = services.overview.home("vi")
    children = services.family.children()
    assert [c.child for c in summary.children] == children
    for shown in summary.children:
        assert shown.progress == services.checklist.progress(shown.child.id, "vi")
    everything = services.checklist.items(None, "vi")
    for child in children:
        everything += services.checklist.items(child.id, "vi")
    assert summary.family == progress_of(everything)
    assert summary.family.total > 50 and 0 < summary.family.done < summary.family.total
    assert summary.plans_ready == sum(1 for plan in services.plan.plans() if plan.contacts)
    # Suggestions are items due for review or still open, in the family's language, each owned by the family or
    # one of its children.
    assert len(summary.suggestions) == 3
    owners = {None} | {c.id for c in children}
    for owner, item in summary.suggestions:
        assert owner in owners and (item.state == "todo" or item.is_due()) and item.translated


def test_home_follows_each_change_made_through_the_services(demo_services: Services) -> None:
    services = demo_services
    before = services.overview.home("en")
    lan = next(c for c in services.family.children() if c.nickname == "Lan")
    todo = next(v for v in services.checklist.items(lan.id, "en") if v.state == "todo" and v.review_days)
    services.checklist.set_state(lan.id, todo.key, "done")
    after = services.overview.home("en")
    assert after.family.done == before.family.done + 1
    lan_after = next(c.progress for c in after.children if c.child.id == lan.id)
    lan_before = next(c.progress for c in before.children if c.child.id == lan.id)
    assert lan_after.done == lan_before.done + 1

    # Done long ago: now due for review, counted, and suggested first.
    long_ago = utcnow() - dt.timedelta(days=todo.review_days + 1)  # type: ignore[operator]
    services.checklist.set_state(lan.id, todo.key, "done", now=long_ago)
    due = services.overview.home("en")
    assert due.due == after.due + 1
    assert (lan.id, todo.key) in [(owner, item.key) for owner, item in due.suggestions]

    services.family.remove_child(lan.id)
    gone = services.overview.home("en")
    assert lan.id not in [c.child.id for c in gone.children]
    assert gone.family.total < due.family.total


def test_the_lesson_of_the_week_is_in_the_familys_language(demo_services: Services) -> None:
    vi = demo_services.overview.home("vi", week=3).lesson
    en = demo_services.overview.home("en", week=3).lesson
    assert vi is not None and en is not None
    shipped = {lesson.key: lesson for lesson in demo_services.lessons.lessons("vi")}
    assert vi.title == shipped[vi.key].title and shipped[vi.key].language == "vi"
    assert vi.title != en.title


def test_home_is_read_without_sqlalchemy(demo_services: Services) -> None:
    """The start paints Home before SQLAlchemy is imported: the overview must never need it."""
    script = (
        "import sys; from pathlib import Path\n"
        "from notalone_desktop.services.content import ContentCatalog\n"
        "from notalone_desktop.services.overview import OverviewService\n"
        f"overview = OverviewService(Path({str(demo_services.database.path)!r}), ContentCatalog.shipped())\n"
        "summary = overview.home('vi')\n"
        "print(len(summary.children), summary.family.done, overview.start_state().setup_done)\n"
        "print(sorted(m for m in ('sqlalchemy', 'alembic', 'keyring', 'phonenumbers') if m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    counts, modules = result.stdout.splitlines()
    expected = demo_services.overview.home("vi")
    assert counts == f"{len(expected.children)} {expected.family.done} True"
    assert modules == "[]"
