"""Real content packs for the tests: throwaway Ed25519 keys, pack sources written as an NGO would, packs built by
the app's own builder, and hand-made (signed) files for the refusals the builder would never write."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import zipfile
from pathlib import Path

from notalone_desktop.core.content.pack_keys import PublicKey, load_private_key, new_private_key, public_of, sign
from notalone_desktop.paths import resources_dir
from notalone_desktop.services.packs.build import build_pack
from notalone_desktop.services.packs.locations import TRUST_FILE

INDONESIA = resources_dir() / "helplines" / "ID.toml"
NEW_CHILD_LINE = "1500 771"  # the number the test pack gives Indonesia's child line (id.sapa-129)

LESSON = """+++
key = "pack-lesson"
title = "{title}"
summary = "What the pack says about chat apps."
topic = "strangers"
age_bands = ["10-12", "13-15"]
minutes = 3
version = {version}
sources = ["https://www.unicef.org/indonesia"]
related = ["strangers.grooming-signs"]
+++

Talk with your child about who they chat with, and tell them to call {child_line} when something feels wrong.
"""

ITEM = """[category]
key = "strangers"
order = 3
title.en = "Strangers and grooming"
title.vi = "Người lạ và dụ dỗ"

[[item]]
key = "strangers.pack-item"
scope = "family"
bands = ["10-12", "13-15"]
sources = ["https://www.unicef.org/indonesia"]
title.en = "Save the child line in every phone"
why.en = "A child who knows the number calls sooner. It costs nothing to save it."
how.en = \"\"\"
- Save {child_line} as "Child line".
- Show your child where it is.
\"\"\"
"""


def new_key(folder: Path, name: str = "ngo.key") -> tuple[Path, PublicKey]:
    """A throwaway signing key written as `notalone pack keygen` writes it."""
    pem, public = new_private_key()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(pem)
    os.chmod(path, 0o600)
    return path, public


def trust(public: PublicKey, packs_folder: Path) -> None:
    """Make this copy trust the key, as an NGO's deployment does (the trusted-keys file in the pack folder)."""
    packs_folder.mkdir(parents=True, exist_ok=True)
    with (packs_folder / TRUST_FILE).open("a", encoding="utf-8") as handle:
        handle.write(f"{public.text}  # a test publisher\n")


def write_source(
    folder: Path,
    version: int = 1,
    number: str = NEW_CHILD_LINE,
    pack_id: str = "id-update",
    publisher: str = "Yayasan Contoh",
    lesson_title: str = "Chat apps, as the pack tells it",
) -> Path:
    """A pack's source: Indonesia's child line with a new number, one new checklist item, one new lesson."""
    (folder / "helplines").mkdir(parents=True, exist_ok=True)
    (folder / "checklists").mkdir(exist_ok=True)
    (folder / "lessons" / "en").mkdir(parents=True, exist_ok=True)
    (folder / "pack.toml").write_text(
        f'id = "{pack_id}"\nversion = {version}\npublisher = "{publisher}"\ndate = 2026-12-08\n'
        'title.en = "Indonesia: the new child line"\ntitle.id = "Indonesia: nomor anak yang baru"\n'
        'languages = ["en", "id"]\n',
        encoding="utf-8",
    )
    text = INDONESIA.read_text(encoding="utf-8")
    head, *lines = text.split("[[line]]")
    sapa = next(line for line in lines if 'key = "id.sapa-129"' in line)
    sapa = sapa.replace('number = "129"', f'number = "{number}"')
    (folder / "helplines" / "ID.toml").write_text(head + "[[line]]" + sapa, encoding="utf-8")
    (folder / "checklists" / "strangers.toml").write_text(ITEM, encoding="utf-8")
    lesson = LESSON.replace("{title}", lesson_title).replace("{version}", str(version))
    (folder / "lessons" / "en" / "pack-lesson.md").write_text(lesson, encoding="utf-8")
    return folder


def built(tmp: Path, key: Path, version: int = 1, **source: object) -> Path:
    """A pack file made by the app's builder from `write_source`."""
    src = write_source(tmp / f"src-{version}-{source.get('pack_id', 'id-update')}", version, **source)  # type: ignore[arg-type]
    out = tmp / f"{source.get('pack_id', 'id-update')}-{version}.zip"
    build_pack(src, key, out)
    return out


def members(pack: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(pack) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def signed_zip(out: Path, key: Path, manifest: dict[str, object], files: dict[str, bytes], **extra: bytes) -> Path:
    """A pack file written by hand: `manifest` signed with `key` as it is, then `files` and any `extra` members
    (not listed in the manifest) stored beside it."""
    private = load_private_key(key.read_bytes())
    manifest = dict(manifest, public_key=public_of(private).text)
    data = json.dumps(manifest, indent=1).encode()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", data)
        archive.writestr("manifest.sig", base64.b64encode(sign(private, data)))
        for name, content in {**files, **extra}.items():
            archive.writestr(name, content)
    return out


def manifest_for(pack: Path) -> dict[str, object]:
    return json.loads(members(pack)["manifest.json"])  # type: ignore[no-any-return]


def file_entry(data: bytes) -> dict[str, object]:
    return {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
