"""Release integrity as a family or an NGO checks it: SHA256SUMS with `sha256sum -c`, its signature with GnuPG and
minisign, made with throwaway keys generated here; a changed installer or a changed SHA256SUMS is caught.

Fast (no build): runs wherever sha256sum, gpg and minisign are installed (`tools/ensure_system_deps.py --dist`
installs them); with NOTALONE_DIST_TEST=1 it also checks the SHA256SUMS that `make dist` wrote.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "packaging"))
from buildlib import integrity  # noqa: E402


def run(cmd: list[str | Path], cwd: Path | None = None, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(c) for c in cmd], cwd=cwd, env={**os.environ, **env}, capture_output=True, text=True, check=False
    )


@pytest.fixture
def release(tmp_path: Path) -> Path:
    folder = tmp_path / "release"
    folder.mkdir()
    (folder / "notalone_0.1.0-1_amd64.deb").write_bytes(os.urandom(4096))
    (folder / "notalone-0.1.0-windows-setup.exe").write_bytes(os.urandom(4096))
    (folder / "notalone-0.1.0-macos-arm64.dmg").write_bytes(os.urandom(2048))
    (folder / "sizes.json").write_text("{}")  # not a release file: left out of SHA256SUMS
    return folder


@pytest.mark.skipif(shutil.which("sha256sum") is None, reason="needs coreutils' sha256sum")
def test_sha256sums_is_what_sha256sum_checks(release: Path) -> None:
    sums = integrity.write_sums(release)
    names = [line.split("  ", 1)[1] for line in sums.read_text().splitlines()]
    assert names == sorted(
        ["notalone_0.1.0-1_amd64.deb", "notalone-0.1.0-windows-setup.exe", "notalone-0.1.0-macos-arm64.dmg"]
    )
    assert run(["sha256sum", "-c", "SHA256SUMS"], cwd=release).returncode == 0
    with (release / "notalone-0.1.0-windows-setup.exe").open("r+b") as handle:  # one byte changed on the stick
        handle.write(b"\0")
    checked = run(["sha256sum", "-c", "SHA256SUMS"], cwd=release)
    assert checked.returncode != 0 and "notalone-0.1.0-windows-setup.exe: FAILED" in checked.stdout


@pytest.mark.skipif(shutil.which("gpg") is None, reason="needs GnuPG")
def test_a_gpg_signature_verifies_and_a_changed_sums_file_does_not(release: Path, tmp_path: Path) -> None:
    home = tmp_path / "gnupg"
    home.mkdir(mode=0o700)
    made = run(
        [
            "gpg",
            "--batch",
            "--passphrase",
            "",
            "--quick-gen-key",
            "Test Release <release@example.org>",
            "ed25519",
            "sign",
            "1d",
        ],
        GNUPGHOME=str(home),
    )
    assert made.returncode == 0, made.stderr
    os.environ["GNUPGHOME"] = str(home)
    try:
        fingerprint = integrity.signing_keys("release@example.org", None)["gpg"]
        sums = integrity.write_sums(release)
        (signature,) = integrity.sign(sums, gpg_key="release@example.org")
    finally:
        del os.environ["GNUPGHOME"]
    assert len(fingerprint) == 40 and signature.name == "SHA256SUMS.asc"
    assert signature.read_text().startswith("-----BEGIN PGP SIGNATURE-----")
    verified = run(["gpg", "--batch", "--verify", signature, sums], GNUPGHOME=str(home))
    assert verified.returncode == 0 and "Good signature" in verified.stderr
    sums.write_text(sums.read_text().replace("notalone-0.1.0", "evil-0.1.0", 1))
    assert run(["gpg", "--batch", "--verify", signature, sums], GNUPGHOME=str(home)).returncode != 0
    with pytest.raises(integrity.SigningError):
        integrity.gpg_fingerprint("nobody@example.org", homedir=str(home))


@pytest.mark.skipif(shutil.which("minisign") is None, reason="needs minisign")
def test_a_minisign_signature_verifies_and_a_changed_sums_file_does_not(release: Path, tmp_path: Path) -> None:
    secret, public = tmp_path / "notalone.key", tmp_path / "notalone.pub"
    made = run(["minisign", "-G", "-W", "-s", secret, "-p", public])
    assert made.returncode == 0, made.stdout + made.stderr
    sums = integrity.write_sums(release)
    assert integrity.signing_keys(None, secret)["minisign"] == public.read_text().splitlines()[-1]
    (signature,) = integrity.sign(sums, minisign_key=secret)
    assert run(["minisign", "-V", "-p", public, "-m", sums, "-x", signature]).returncode == 0
    sums.write_text(sums.read_text() + "0" * 64 + "  extra.exe\n")
    assert run(["minisign", "-V", "-p", public, "-m", sums, "-x", signature]).returncode != 0


def test_signing_without_a_usable_key_stops_before_the_build(tmp_path: Path) -> None:
    with pytest.raises(integrity.SigningError, match="must both exist"):
        integrity.signing_keys(None, tmp_path / "missing.key")


@pytest.mark.skipif(os.environ.get("NOTALONE_DIST_TEST") != "1", reason="slow: needs make dist")
def test_make_dist_wrote_checksums_of_every_installer() -> None:
    sums = REPO / "dist" / "SHA256SUMS"
    assert sums.is_file()
    listed = {line.split("  ", 1)[1] for line in sums.read_text().splitlines()}
    made = {p.name for p in (REPO / "dist").iterdir() if integrity.RELEASE_FILE.match(p.name)}
    assert listed == made and any(name.endswith(".deb") for name in listed)
    assert run(["sha256sum", "-c", "SHA256SUMS"], cwd=REPO / "dist").returncode == 0
