"""The content catalog over several roots (the shipped one first, then packs): a later root adds entries and
replaces the ones with the same key, and the parsed-checklist cache follows every root's files."""

from __future__ import annotations

import os
from pathlib import Path

from notalone_desktop.paths import resources_dir
from notalone_desktop.services.content import ContentCatalog

PACK_CHECKLIST = """
[category]
key = "devices"
order = 1
title.en = "Devices and accounts"
title.vi = "Thiết bị và tài khoản"

[[item]]
key = "devices.screen-lock"
scope = "family"
bands = ["under6", "6-9", "10-12"]
sources = ["https://example.org/pack"]
title.en = "{title}"
title.vi = "Khoá màn hình (gói nội dung)"
why.en = "The pack's own words."
why.vi = "Lời của gói nội dung."
how.en = "- One step."
how.vi = "- Một bước."

[[item]]
key = "devices.pack-only"
scope = "family"
bands = ["10-12"]
sources = ["https://example.org/pack"]
title.en = "An item only the pack has"
title.vi = "Một mục chỉ gói nội dung có"
why.en = "Because the NGO asks for it."
why.vi = "Vì tổ chức đề nghị."
how.en = "- Do it."
how.vi = "- Làm đi."
"""

PACK_HELPLINES = """
country = "VN"
police = "113"
region = "VN"
name.en = "Vietnam"
name.vi = "Việt Nam"

[[line]]
key = "vn.police"
number = "113"
kind = "police"
languages = ["vi"]
source = "https://example.org/pack"
verified = 2026-11-20
name.en = "Police (as the pack names it)"
name.vi = "Công an"
purpose.en = "Danger now."
purpose.vi = "Nguy hiểm ngay lúc này."
hours.en = "24 hours"
hours.vi = "24 giờ"
cost.en = "Free"
cost.vi = "Miễn phí"

[[line]]
key = "vn.pack-hotline"
number = "1800 1567"
kind = "support"
languages = ["vi"]
source = "https://example.org/pack"
verified = 2026-11-20
name.en = "The NGO's own hotline"
name.vi = "Đường dây của tổ chức"
purpose.en = "Advice for parents."
purpose.vi = "Tư vấn cho bố mẹ."
hours.en = "Office hours"
hours.vi = "Giờ hành chính"
cost.en = "Free"
cost.vi = "Miễn phí"
"""

LESSON = """+++
key = "{key}"
title = "{title}"
summary = "A lesson of the pack."
topic = "strangers"
age_bands = ["10-12"]
minutes = 3
version = 7
sources = ["https://example.org/pack"]
related = []
+++

The pack's text about {key}.
"""


def write_pack(root: Path, item_title: str = "Lock screens the pack's way") -> Path:
    (root / "checklists").mkdir(parents=True, exist_ok=True)
    (root / "checklists" / "devices.toml").write_text(PACK_CHECKLIST.replace("{title}", item_title), encoding="utf-8")
    (root / "helplines").mkdir(exist_ok=True)
    (root / "helplines" / "VN.toml").write_text(PACK_HELPLINES, encoding="utf-8")
    (root / "lessons" / "en").mkdir(parents=True, exist_ok=True)
    for key, title in (("grooming", "Grooming, as the pack tells it"), ("pack-lesson", "A lesson only the pack has")):
        text = LESSON.replace("{key}", key).replace("{title}", title)
        (root / "lessons" / "en" / f"{key}.md").write_text(text, encoding="utf-8")
    return root


def test_a_second_root_adds_and_replaces_entries_by_key(tmp_path: Path) -> None:
    shipped = ContentCatalog(resources_dir())
    both = ContentCatalog([resources_dir(), write_pack(tmp_path / "pack")])

    items = {item.key: item for item in both.checklists.items}
    assert items["devices.screen-lock"].title.get("en") == "Lock screens the pack's way"  # replaced
    assert "devices.pack-only" in items  # added
    assert len(both.checklists.items) == len(shipped.checklists.items) + 1  # nothing shipped was lost
    assert [i.key for i in both.checklists.items].index("devices.screen-lock") == [
        i.key for i in shipped.checklists.items
    ].index("devices.screen-lock")  # a replaced item keeps its place

    lines = {line.key: line for line in both.countries["VN"].lines}
    assert lines["vn.police"].name.get("en") == "Police (as the pack names it)"
    assert lines["vn.pack-hotline"].number == "1800 1567"
    assert len(lines) == len(shipped.countries["VN"].lines) + 1
    assert both.countries["DE"] == shipped.countries["DE"]  # a country the pack does not name stays as shipped

    lessons = {(lesson.key, lesson.lang): lesson for lesson in both.lessons()}
    assert lessons[("grooming", "en")].title == "Grooming, as the pack tells it"
    assert lessons[("grooming", "vi")] == next(x for x in shipped.lessons() if (x.key, x.lang) == ("grooming", "vi"))
    assert ("pack-lesson", "en") in lessons
    assert both.lesson_folder("grooming", "en") == tmp_path / "pack" / "lessons" / "en"
    assert both.lesson_folder("grooming", "vi") == resources_dir() / "lessons" / "vi"
    assert both.lessons_stamp() != shipped.lessons_stamp()

    # What a pack does not hold comes from the shipped root.
    assert both.scenarios == shipped.scenarios and both.life_events == shipped.life_events
    assert both.agreement == shipped.agreement and both.situations == shipped.situations


def test_the_checklist_cache_follows_every_roots_files(tmp_path: Path) -> None:
    cache, pack = tmp_path / "cache", write_pack(tmp_path / "pack")

    def title(*roots: Path) -> str:
        catalog = ContentCatalog(list(roots), cache)
        item = next(i for i in catalog.checklists.items if i.key == "devices.screen-lock")
        return item.title.get("en")

    shipped = title(resources_dir())  # the cache now holds the shipped root's checklist
    assert shipped == "Lock your own phone and laptop with a PIN or password"
    # The shipped root's cache is not taken for both roots.
    assert title(resources_dir(), pack) == "Lock screens the pack's way"
    made = (cache / "checklists.pickle").stat().st_mtime_ns
    assert title(resources_dir(), pack) == "Lock screens the pack's way"
    assert (cache / "checklists.pickle").stat().st_mtime_ns == made  # read from the cache this time

    write_pack(pack, "Edited in the pack")  # only the second root's file changes
    stamp = (pack / "checklists" / "devices.toml").stat()
    os.utime(pack / "checklists" / "devices.toml", ns=(stamp.st_atime_ns, stamp.st_mtime_ns + 1_000_000_000))
    assert title(resources_dir(), pack) == "Edited in the pack"
