"""Checklist progress: states, review dates, custom items, and progress that survives content updates."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from notalone_desktop.services import open_services
from notalone_desktop.services.content import ContentCatalog
from notalone_desktop.storage.models import utcnow

ITEM = """
[category]
key = "devices"
order = 1
title.en = "Devices and accounts"
title.vi = "Thiết bị và tài khoản"

[[item]]
key = "devices.screen-lock"
scope = "child"
bands = ["10-12", "13-15"]
review_days = 90
sources = ["https://www.esafety.gov.au/parents"]
title.en = "{title}"
title.vi = "Đặt khoá màn hình"
why.en = "A locked phone keeps strangers out."
why.vi = "Điện thoại có khoá giữ người lạ ở ngoài."
how.en = "- Open Settings.\\n- Choose a PIN."
how.vi = "- Mở Cài đặt.\\n- Chọn mã PIN."
"""


def write_content(root: Path, title: str) -> ContentCatalog:
    (root / "checklists").mkdir(parents=True, exist_ok=True)
    (root / "checklists" / "devices.toml").write_text(ITEM.replace("{title}", title), encoding="utf-8")
    return ContentCatalog(root)


def test_done_sets_the_date_and_the_next_review(services) -> None:  # type: ignore[no-untyped-def]
    child = services.family.add_child("Lan", dt.date.today().year - 14)
    item = next(i for i in services.checklist.curated_for(child.id) if i.review_days)
    long_ago = utcnow() - dt.timedelta(days=item.review_days + 1)
    services.checklist.set_state(child.id, item.key, "done", now=long_ago)
    view = next(v for v in services.checklist.items(child.id, "en") if v.key == item.key)
    assert view.state == "done" and view.done_at == long_ago
    assert view.next_review_at == long_ago + dt.timedelta(days=item.review_days)
    assert view.is_due()
    assert services.overview.home("en").due == 1
    services.checklist.set_state(child.id, item.key, "todo")
    view = next(v for v in services.checklist.items(child.id, "en") if v.key == item.key)
    assert view.done_at is None and not view.is_due()


def test_not_applicable_items_leave_the_total(services) -> None:  # type: ignore[no-untyped-def]
    child = services.family.add_child("Minh", dt.date.today().year - 11)
    items = services.checklist.curated_for(child.id)
    total = services.checklist.progress(child.id).total
    services.checklist.set_state(child.id, items[0].key, "na")
    services.checklist.set_state(child.id, items[1].key, "done")
    progress = services.checklist.progress(child.id)
    assert (progress.done, progress.total) == (1, total - 1)
    assert sum(done for done, _ in progress.by_category.values()) == 1


def test_family_items_and_child_items_are_kept_apart(services) -> None:  # type: ignore[no-untyped-def]
    child = services.family.add_child("Bông", dt.date.today().year - 5)
    family_items = services.checklist.curated_for(None)
    assert family_items and all(i.scope == "family" for i in family_items)
    services.checklist.set_state(None, family_items[0].key, "done")
    assert services.checklist.progress(None).done == 1
    assert services.checklist.progress(child.id).done == 0


def test_custom_items_are_added_edited_and_deleted(services) -> None:  # type: ignore[no-untyped-def]
    child = services.family.add_child("Minh", dt.date.today().year - 11)
    key = services.checklist.add_custom(child.id, "talking", "Ask about the new game", "Every Sunday")
    services.checklist.set_state(child.id, key, "done")
    view = next(v for v in services.checklist.items(child.id, "en") if v.key == key)
    assert view.custom and view.title == "Ask about the new game" and view.state == "done"
    services.checklist.update_custom(key, "devices", "Check the tablet together", "")
    view = next(v for v in services.checklist.items(child.id, "en") if v.key == key)
    assert (view.category, view.title) == ("devices", "Check the tablet together")
    services.checklist.delete_custom(key)
    assert all(v.key != key for v in services.checklist.items(child.id, "en"))


def test_progress_survives_a_text_change_and_a_removed_item_is_retired(tmp_path: Path) -> None:
    content = write_content(tmp_path / "content", "Set a screen lock")
    services = open_services(tmp_path / "family", content)
    child = services.family.add_child("Lan", dt.date.today().year - 12)
    services.checklist.set_state(child.id, "devices.screen-lock", "done")
    services.checklist.set_note(child.id, "devices.screen-lock", "PIN set on both phones")
    services.close()

    changed = write_content(tmp_path / "content2", "Lock every screen with a PIN")
    services = open_services(tmp_path / "family", changed)
    view = next(v for v in services.checklist.items(child.id, "en") if v.key == "devices.screen-lock")
    assert view.title == "Lock every screen with a PIN"
    assert view.state == "done" and view.note == "PIN set on both phones" and not view.retired
    services.close()

    (tmp_path / "content3" / "checklists").mkdir(parents=True)
    (tmp_path / "content3" / "checklists" / "devices.toml").write_text(
        ITEM.split("[[item]]")[0].replace("{title}", ""), encoding="utf-8"
    )
    services = open_services(tmp_path / "family", ContentCatalog(tmp_path / "content3"))
    views = services.checklist.items(child.id, "en")
    retired = [v for v in views if v.key == "devices.screen-lock"]
    assert len(retired) == 1 and retired[0].retired and retired[0].note == "PIN set on both phones"
    services.close()


def test_suggestions_take_turns_and_skip_done_items(demo_services) -> None:  # type: ignore[no-untyped-def]
    suggestions = demo_services.overview.home("en").suggestions
    assert len(suggestions) == 3
    assert all(item.state == "todo" or item.is_due() for _owner, item in suggestions)
