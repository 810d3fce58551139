"""`notalone pack ...` in real subprocesses: what NGOs and whoever sets up a computer type, with real keys and
real files; every refusal one line, exit 2, nothing changed."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
from pathlib import Path

import pytest

from tests.conftest import run_cli
from tests.packs import NEW_CHILD_LINE, write_source


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return {"NOTALONE_PACKS_DIR": str(tmp_path / "packs"), "NOTALONE_SYSTEM_PACKS_DIR": str(tmp_path / "system")}


def one_error_line(result: object, phrase: str) -> None:
    assert result.returncode == 2, (result.stdout, result.stderr)  # type: ignore[attr-defined]
    lines = result.stderr.strip().splitlines()  # type: ignore[attr-defined]
    assert len(lines) == 1 and lines[0].startswith("notalone: error: ") and phrase in lines[0], lines
    assert "Traceback" not in result.stderr  # type: ignore[attr-defined]


def test_keygen_build_verify_install_list_remove(tmp_path: Path, env: dict[str, str]) -> None:
    key = tmp_path / "ngo.key"
    result = run_cli("pack", "keygen", "--out", str(key), env=env)
    assert result.returncode == 0, result.stderr
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    public = (tmp_path / "ngo.key.pub").read_text().split()[0]
    fingerprint = result.stdout.split("Fingerprint: ")[1].strip()
    assert public.startswith("ed25519:") and public in result.stdout and len(fingerprint) == 19
    one_error_line(run_cli("pack", "keygen", "--out", str(key), env=env), "already exists")

    source = write_source(tmp_path / "source")
    pack = tmp_path / "id-update.zip"
    result = run_cli("pack", "build", str(source), "--key", str(key), "--out", str(pack), env=env)
    assert result.returncode == 0, result.stderr
    assert "pack 'id-update' version 1 by Yayasan Contoh" in result.stdout and fingerprint in result.stdout
    assert "adds 1 checklist item, 1 lesson; replaces 1 checklist category, 1 country's details, 1 helpline" in (
        result.stdout
    )

    result = run_cli("pack", "verify", str(pack), "--key", public, env=env)
    assert result.returncode == 0 and "OK" in result.stdout and "does not know" in result.stdout
    other = tmp_path / "other.key"
    assert run_cli("pack", "keygen", "--out", str(other), env=env).returncode == 0
    one_error_line(
        run_cli("pack", "verify", str(pack), "--key", str(tmp_path / "other.key.pub"), env=env), "not by the key given"
    )

    # A publisher this copy does not know: the fingerprint is asked for, and shown.
    one_error_line(run_cli("pack", "install", str(pack), env=env), f"--trust {fingerprint}")
    assert not (tmp_path / "packs" / "id-update").exists()
    result = run_cli("pack", "install", str(pack), "--trust", fingerprint, env=env)
    assert result.returncode == 0 and "Installed pack 'id-update' version 1" in result.stdout, result.stderr
    result = run_cli("pack", "list", env=env)
    assert "id-update  version 1 of 2026-12-08  by Yayasan Contoh" in result.stdout and "for this user" in result.stdout

    result = run_cli("pack", "remove", "id-update", env=env)
    assert result.returncode == 0 and "notes and reading on its items and lessons are kept" in result.stdout
    assert run_cli("pack", "list", env=env).stdout.strip() == "No content packs are installed."
    one_error_line(run_cli("pack", "remove", "id-update", env=env), "no pack 'id-update' is installed")


def test_refusals_are_one_line_and_change_nothing(tmp_path: Path, env: dict[str, str]) -> None:
    key = tmp_path / "ngo.key"
    assert run_cli("pack", "keygen", "--out", str(key), env=env).returncode == 0
    (tmp_path / "packs").mkdir()
    (tmp_path / "packs" / "trusted-keys").write_text((tmp_path / "ngo.key.pub").read_text())
    packs = {}
    for version, number in ((1, NEW_CHILD_LINE), (2, "1500 772")):
        source = write_source(tmp_path / f"source{version}", version, number)
        packs[version] = tmp_path / f"v{version}.zip"
        result = run_cli("pack", "build", str(source), "--key", str(key), "--out", str(packs[version]), env=env)
        assert result.returncode == 0, result.stderr
    assert run_cli("pack", "install", str(packs[2]), env=env).returncode == 0  # trusted: no --trust needed
    before = sorted(os.listdir(tmp_path / "packs"))

    one_error_line(run_cli("pack", "install", str(packs[1]), env=env), "older than the installed version 2")
    broken = tmp_path / "broken.zip"
    broken.write_bytes(packs[1].read_bytes()[:-200])
    one_error_line(run_cli("pack", "verify", str(broken), env=env), "broken.zip: it is not a content pack")
    one_error_line(run_cli("pack", "install", str(tmp_path / "missing.zip"), env=env), "missing.zip")
    bad_source = write_source(tmp_path / "bad", 3)
    (bad_source / "lessons" / "en" / "pack-lesson.md").write_text("no front matter", encoding="utf-8")
    one_error_line(
        run_cli("pack", "build", str(bad_source), "--key", str(key), "--out", str(tmp_path / "x.zip"), env=env),
        "pack-lesson.md: pack-lesson: no +++ front matter block",
    )
    assert not (tmp_path / "x.zip").exists()
    one_error_line(
        run_cli("pack", "build", str(bad_source), "--key", str(tmp_path / "ngo.key.pub"), "--out", "y.zip", env=env),
        "cannot sign packs",
    )
    no_system = env | {"NOTALONE_SYSTEM_PACKS_DIR": str(packs[1] / "packs")}  # under a file: no such folder
    one_error_line(run_cli("pack", "install", str(packs[2]), "--system", env=no_system), "cannot be used")
    one_error_line(run_cli("pack", env=env), "required")
    assert sorted(os.listdir(tmp_path / "packs")) == before
    result = run_cli("pack", "list", "--data-dir", str(tmp_path / "family"), env=env)  # global options after it
    assert result.returncode == 0 and "id-update  version 2" in result.stdout


def test_help_names_the_pack_commands() -> None:
    result = run_cli("--help")
    for line in ("pack keygen --out KEY", "pack build DIR --key KEY --out FILE", "pack verify FILE [--key PUB]"):
        assert line in result.stdout
    assert "pack install FILE [--system] | list | remove ID" in result.stdout
    assert "--trust FINGERPRINT" in run_cli("pack", "--help").stdout


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed")
def test_the_indonesian_demo_family_prints_the_packs_number(tmp_path: Path, env: dict[str, str]) -> None:
    """The printed emergency sheet (`print card`: the wallet card and the fridge sheet) takes a pack's helpline."""
    from notalone_desktop.services import open_services

    data = tmp_path / "family"
    assert run_cli("demo", "--data-dir", str(data), env=env).returncode == 0
    services = open_services(data)
    services.family.update(country="ID", language="id")
    services.close()
    key = tmp_path / "ngo.key"
    assert run_cli("pack", "keygen", "--out", str(key), env=env).returncode == 0
    pack = tmp_path / "id.zip"
    assert run_cli("pack", "build", str(write_source(tmp_path / "src")), "--key", str(key), "--out", str(pack), env=env)
    fingerprint = (tmp_path / "ngo.key.pub").read_text().split()[-1]
    assert run_cli("pack", "install", str(pack), "--trust", fingerprint, env=env).returncode == 0

    out = tmp_path / "card.pdf"
    result = run_cli("print", "card", "--out", str(out), "--data-dir", str(data), env=env)
    assert result.returncode == 0, result.stderr
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert f"{NEW_CHILD_LINE} SAPA 129" in text  # the wallet card: the number beside the line's name
    assert "dari Yayasan Contoh" in text  # the fridge sheet says where the line comes from
