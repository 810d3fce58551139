"""Release integrity: SHA256SUMS for everything a build made, and a detached signature of it.

    SHA256SUMS            "<sha256>  <file name>" per line, as `sha256sum -c` reads it
    SHA256SUMS.asc        with --gpg-key KEY: an ASCII-armoured detached GnuPG signature
    SHA256SUMS.minisig    with --minisign-key FILE: a minisign signature (password: NOTALONE_MINISIGN_PASSWORD)

A family or an NGO checks an installer with `sha256sum -c SHA256SUMS --ignore-missing` and the signature with
`gpg --verify SHA256SUMS.asc SHA256SUMS` or `minisign -Vm SHA256SUMS -p notalone.pub` (packaging/README.md).
The release workflow runs `python packaging/buildlib/integrity.py DIR` over the three platforms' files.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

SUMS = "SHA256SUMS"
# What is published: installers and archives, never build logs or the size record.
RELEASE_FILE = re.compile(r".+\.(deb|tar\.gz|zip|exe|dmg)$")


class SigningError(Exception):
    pass


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def write_sums(folder: Path, files: list[Path] | None = None) -> Path:
    """SHA256SUMS in `folder` for `files` (default: every release file directly in it), sorted by name."""
    chosen = files if files is not None else [p for p in folder.iterdir() if p.is_file() and RELEASE_FILE.match(p.name)]
    lines = [f"{sha256_of(path)}  {path.name}\n" for path in sorted(chosen, key=lambda p: p.name)]
    target = folder / SUMS
    target.write_text("".join(lines), encoding="utf-8")
    return target


def _gpg(homedir: str | None) -> list[str]:
    if shutil.which("gpg") is None:
        raise SigningError("gpg is not installed (apt-get install gnupg)")
    return ["gpg", "--batch", "--yes", *(["--homedir", homedir] if homedir else [])]


def gpg_fingerprint(key: str, homedir: str | None = None) -> str:
    """The full fingerprint of a secret key in the keyring; SigningError if there is no such secret key."""
    listing = subprocess.run(
        [*_gpg(homedir), "--with-colons", "--fingerprint", "--list-secret-keys", key],
        capture_output=True,
        text=True,
        check=False,
    )
    fingerprint = next((line.split(":")[9] for line in listing.stdout.splitlines() if line.startswith("fpr:")), "")
    if listing.returncode != 0 or not fingerprint:
        raise SigningError(f"gpg has no secret key {key!r}")
    return fingerprint


def gpg_sign(sums: Path, key: str, homedir: str | None = None) -> Path:
    """SHA256SUMS.asc: an ASCII-armoured detached signature (passphrase: NOTALONE_GPG_PASSPHRASE or the agent)."""
    signature = sums.with_name(sums.name + ".asc")
    passphrase = os.environ.get("NOTALONE_GPG_PASSPHRASE")
    extra = ["--pinentry-mode", "loopback", "--passphrase-fd", "0"] if passphrase is not None else []
    done = subprocess.run(
        [
            *_gpg(homedir),
            *extra,
            "--local-user",
            key,
            "--armor",
            "--detach-sign",
            "--output",
            str(signature),
            str(sums),
        ],
        input=passphrase or "",
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise SigningError(f"gpg could not sign with {key}: {done.stderr.strip()}")
    return signature


def minisign_public(secret_key: Path) -> str:
    """The public key that goes with a minisign secret key: KEY.pub beside it (minisign -G writes both)."""
    public = secret_key.with_suffix(".pub")
    if not secret_key.is_file() or not public.is_file():
        raise SigningError(f"{secret_key} and {public} must both exist (minisign -G -s KEY -p KEY.pub)")
    return public.read_text(encoding="utf-8").splitlines()[-1].strip()


def minisign_sign(sums: Path, secret_key: Path) -> Path:
    """SHA256SUMS.minisig (password: NOTALONE_MINISIGN_PASSWORD; a key made with -W has none)."""
    if shutil.which("minisign") is None:
        raise SigningError("minisign is not installed (apt-get install minisign)")
    signature = sums.with_name(sums.name + ".minisig")
    done = subprocess.run(
        ["minisign", "-S", "-s", str(secret_key), "-m", str(sums), "-x", str(signature)],
        input=os.environ.get("NOTALONE_MINISIGN_PASSWORD", "") + "\n",
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise SigningError(f"minisign could not sign with {secret_key}: {(done.stdout + done.stderr).strip()}")
    return signature


def signing_keys(gpg_key: str | None, minisign_key: Path | None) -> dict[str, str]:
    """{"gpg": fingerprint, "minisign": public key} of the keys given: checked before the build, shown in About."""
    keys = {}
    if gpg_key:
        keys["gpg"] = gpg_fingerprint(gpg_key)
    if minisign_key:
        keys["minisign"] = minisign_public(minisign_key)
    return keys


def sign(sums: Path, gpg_key: str | None = None, minisign_key: Path | None = None) -> list[Path]:
    """Sign with whichever keys were given; the signature files."""
    made = []
    if gpg_key:
        made.append(gpg_sign(sums, gpg_key))
    if minisign_key:
        made.append(minisign_sign(sums, minisign_key))
    return made


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", type=Path, help="the folder holding the release files")
    parser.add_argument("--gpg-key", help="sign with this GnuPG key (id, fingerprint or e-mail)")
    parser.add_argument("--minisign-key", type=Path, help="sign with this minisign secret key file")
    args = parser.parse_args(argv)
    sums = write_sums(args.folder)
    print(sums.read_text(encoding="utf-8"), end="")
    try:
        for kind, key in signing_keys(args.gpg_key, args.minisign_key).items():
            print(f"signing with {kind} key {key}")
        for signature in sign(sums, args.gpg_key, args.minisign_key):
            print(f"wrote {signature}")
    except SigningError as exc:
        print(f"integrity: error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
