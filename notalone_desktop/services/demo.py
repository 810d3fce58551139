"""The demo family: NGOs use it in training sessions, tests and screenshots use it as a fixture."""

from __future__ import annotations

import datetime as dt
import random

from notalone_desktop.core.clock import utcnow
from notalone_desktop.services.contacts import ContactInput

if False:  # typing only, without an import cycle
    from notalone_desktop.services import Services


class DemoRefused(Exception):
    pass


# Nicknames and ages chosen to cover the bands the campaign cares about most: a young child, a pre-teen, and a
# student of 19 living away from home (the age group the 2025 "online kidnapping" cases targeted).
DEMO_CHILDREN = (("Bông", 5), ("Minh", 11), ("Lan", 19))
# Demo numbers use the shape of real Vietnamese numbers; they are examples, not people to call.
DEMO_CONTACTS = (
    ContactInput("Bà Hoa", "Bà ngoại", ("0912 345 678",), "", "Ở gần nhà, có chìa khoá căn hộ", True),
    ContactInput("Chú Hùng", "Chú ruột", ("0987 654 321", "024 3825 7111"), "hung@example.org", "", True),
    ContactInput("Cô Mai", "Cô giáo chủ nhiệm của Minh", ("0903 111 222",), "mai.gv@example.org", "", False),
    ContactInput(
        "Thảo",
        "Bạn cùng phòng của Lan ở Đà Nẵng",
        ("0935 222 333",),
        "",
        "Gọi Thảo trước nếu Lan không nghe máy",
    ),
)


def create_demo_family(services: Services, seed: int = 7, today: dt.date | None = None) -> None:
    """Fill an empty data dir; refuse one that already holds a family."""
    if services.family.has_family():
        raise DemoRefused(f"{services.data_dir} already holds a family; the demo needs an empty data folder.")
    today = today or dt.date.today()
    services.family.update(country="VN", language="vi", setup_done=True)
    children = [services.family.add_child(name, today.year - age) for name, age in DEMO_CHILDREN]
    for contact in DEMO_CONTACTS:
        child_ids = tuple(c.id for c in children if c.nickname in contact.relationship or c.nickname == "Bông")
        services.contacts.add(ContactInput(**{**contact.__dict__, "child_ids": child_ids}))
    # Some progress spread over the last year, so that Home, bars and review dates have something to show.
    rng = random.Random(seed)
    now = utcnow()
    owners: list[int | None] = [None] + [c.id for c in children]
    for owner in owners:
        items = services.checklist.curated_for(owner)
        for index, item in enumerate(items):
            roll = rng.random()
            if roll < 0.45:
                done_at = now - dt.timedelta(days=rng.randint(1, 360))
                services.checklist.set_state(owner, item.key, "done", now=done_at)
            elif roll < 0.5 and index % 2:
                services.checklist.set_state(owner, item.key, "na")
    if children:
        minh = children[1]
        items = services.checklist.curated_for(minh.id)
        if items:
            services.checklist.set_note(minh.id, items[0].key, "Đã nói chuyện với con trong bữa tối; hỏi lại sau Tết.")
