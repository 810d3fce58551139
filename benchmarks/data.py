"""Realistic and large data dirs and content for the benchmark, made with the app's own services."""

from __future__ import annotations

import datetime as dt
import random
import shutil
from pathlib import Path

from notalone_desktop.core.content.common import CATEGORIES
from notalone_desktop.paths import resources_dir
from notalone_desktop.services import Services, open_services
from notalone_desktop.services.contacts import ContactInput
from notalone_desktop.services.content import ContentCatalog
from notalone_desktop.services.demo import create_demo_family
from notalone_desktop.storage.models import utcnow

WORDS = (  # a sentence is easier to read and edit than a list of words
    "lừa đảo trực tuyến mật khẩu con cái gia đình công an cuộc gọi video bí mật chuyển tiền tài khoản "
    "Betrüger Kinder Passwort Familie Polizei online scam password child family police secret transfer "
    "account screen time sleep game chat stranger photo privacy location report block verify"
).split()


def realistic_family(directory: Path, seed: int = 1) -> Path:
    """The demo family (3 children, 12 months of progress) plus contacts up to 50."""
    services = open_services(directory)
    try:
        create_demo_family(services)
        rng = random.Random(seed)
        prefixes = ("090", "091", "093", "094", "096", "097", "098", "086", "088", "035")
        extra = [
            ContactInput(
                f"Contact {n}",
                "Family friend",
                (f"{rng.choice(prefixes)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}",),
            )
            for n in range(50 - len(services.contacts.contacts()))
        ]
        services.contacts.add_many(extra)
        services.lessons.sync()
    finally:
        services.close()
    return directory


def big_checklist_content(root: Path, items_per_child: int = 300) -> ContentCatalog:
    """Shipped content with a generated checklist of `items_per_child` items for every age band."""
    # Without the shipped lessons: they name shipped checklist items, which this content replaces.
    shutil.copytree(resources_dir(), root, ignore=shutil.ignore_patterns("checklists", "lessons"))
    (root / "checklists").mkdir()
    (root / "lessons").mkdir()
    per_category = items_per_child // len(CATEGORIES) + 1
    for order, category in enumerate(CATEGORIES, start=1):
        lines = [
            "[category]",
            f'key = "{category}"',
            f"order = {order}",
            f'title.en = "{category.title()}"',
            f'title.vi = "{category.title()} (vi)"',
        ]
        for n in range(per_category):
            lines += [
                "[[item]]",
                f'key = "{category}.generated-{n}"',
                'scope = "child"',
                'bands = ["under6", "6-9", "10-12", "13-15", "16-17", "18-22"]',
                "review_days = 180",
                'sources = ["https://example.org"]',
                f'title.en = "Generated step {n} about {category}"',
                f'title.vi = "Bước {n} về {category}"',
                'why.en = "It matters. It keeps children safe."',
                'why.vi = "Điều này quan trọng. Nó giữ an toàn cho con."',
                'how.en = "- Do the first thing.\\n- Do the second thing."',
                'how.vi = "- Làm việc thứ nhất.\\n- Làm việc thứ hai."',
            ]
        (root / "checklists" / f"{category}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return ContentCatalog(root)


def five_children(services: Services, seed: int = 2) -> list[int]:
    """Five children with about a third of their items done over the last year."""
    rng = random.Random(seed)
    year = dt.date.today().year
    ids = [services.family.add_child(f"Child {n}", year - age).id for n, age in enumerate((4, 8, 11, 14, 19))]
    now = utcnow()
    for child_id in ids:
        for item in services.checklist.curated_for(child_id):
            if rng.random() < 0.33:
                services.checklist.set_state(child_id, item.key, "done", now - dt.timedelta(days=rng.randint(0, 365)))
    return ids


def generated_lessons(root: Path, count: int, seed: int = 3) -> Path:
    """`count` lessons of about 600 words in English, Vietnamese and German words mixed."""
    rng = random.Random(seed)
    folder = root / "lessons" / "en"
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        body = "\n\n".join(" ".join(rng.choice(WORDS) for _ in range(60)) for _ in range(10))
        front = (
            f'+++\nkey = "lesson-{n}"\ntitle = "Lesson {n}: {rng.choice(WORDS)} {rng.choice(WORDS)}"\n'
            f'summary = "{" ".join(rng.choice(WORDS) for _ in range(20))}"\ntopic = "{CATEGORIES[n % 8]}"\n'
            'age_bands = ["10-12"]\nminutes = 5\nversion = 1\nsources = ["https://example.org"]\nrelated = []\n+++\n\n'
        )
        (folder / f"lesson-{n}.md").write_text(front + body + "\n", encoding="utf-8")
    return root
