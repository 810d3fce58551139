"""The example content pack (examples/packs/th): it builds with the app's own builder (its Thai interface compiled
from the .ts), passes the same checks as the shipped content, and changes shipped entries without losing their
other translations: the English of every entry it replaces is the shipped text, word for word."""

from __future__ import annotations

from pathlib import Path

import pytest

from notalone_desktop.core.content.checklists import load_checklists
from notalone_desktop.core.content.common import pack_languages
from notalone_desktop.core.content.helplines import load_countries, load_situations
from notalone_desktop.core.content.pack import PackManifest
from notalone_desktop.paths import resources_dir
from notalone_desktop.services.packs.build import build_pack, lrelease
from tests.conftest import REPO
from tests.packs import members, new_key

SOURCE = REPO / "examples" / "packs" / "th"
pytestmark = pytest.mark.skipif(lrelease() is None, reason="Qt's lrelease compiles the pack's .ts")


@pytest.fixture(scope="module")
def example(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, PackManifest]:
    folder = tmp_path_factory.mktemp("example-pack")
    key, _ = new_key(folder)
    built = build_pack(SOURCE, key, folder / "th.zip")
    return built.path, built.manifest


def test_the_example_pack_builds_and_adds_thai(example: tuple[Path, PackManifest]) -> None:
    path, manifest = example
    assert manifest.pack_id == "example-thai" and manifest.new_languages == ("th",)
    assert manifest.language_names == {"th": "ไทย"}
    assert manifest.adds == {"lessons": ("th/cyberbullying", "th/online-kidnapping")}
    replaced = manifest.replaces
    assert len(replaced["items"]) == 10 and all(key.startswith("emergency.") for key in replaced["items"])
    assert len(replaced["situations"]) == 6 and replaced["helplines"] == (
        "th.aoc-1441",
        "th.medical",
        "th.police",
        "th.social-assistance-1300",
    )
    files = members(path)
    assert files["translations/notalone_th.qm"][:4] == bytes.fromhex("3cb86418")  # a compiled Qt translation
    assert not any(name.endswith((".ts", "README.md", "pack.toml")) for name in files)


def test_its_english_is_the_shipped_text_so_the_other_languages_stay() -> None:
    resources = resources_dir()
    with pack_languages(["th"]):
        items = load_checklists(SOURCE / "checklists").items
        situations, _ = load_situations(SOURCE / "emergencies.toml")
        thailand = load_countries(SOURCE / "helplines")[0]["TH"]
    shipped_items = {item.key: item for item in load_checklists(resources / "checklists").items}
    for item in items:
        shipped = shipped_items[item.key]
        for field in ("title", "why", "how"):
            assert getattr(item, field).get("en") == getattr(shipped, field).get("en"), (
                f"examples/packs/th: the English {field} of {item.key} is not the shipped text; copy it (and check "
                "the Thai still says the same)"
            )
            assert getattr(item, field).is_translated("th"), (item.key, field)
        assert len(item.steps("th")) == len(item.steps("en")), item.key
    shipped_situations = {s.key: s for s in load_situations(resources / "emergencies.toml")[0]}
    for situation in situations:
        assert situation.steps["en"] == shipped_situations[situation.key].steps["en"], situation.key
        assert len(situation.steps["th"]) == len(situation.steps["en"]), situation.key
    shipped_lines = {line.key: line for line in load_countries(resources / "helplines")[0]["TH"].lines}
    for line in thailand.lines:
        shipped = shipped_lines[line.key]
        assert (line.number, line.source, line.verified, line.serves) == (
            shipped.number,
            shipped.source,
            shipped.verified,
            shipped.serves,
        )
        for field in ("name", "purpose", "hours", "cost"):
            assert getattr(line, field).get("en") == getattr(shipped, field).get("en"), (line.key, field)
