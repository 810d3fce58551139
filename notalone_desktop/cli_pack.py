"""`notalone pack ...`: content packs on the command line, for NGOs (keygen, build, verify) and for whoever sets
up a computer (install, list, remove). The same services as Settings -> "Content updates" (services/packs/).

Every refusal is one line, `notalone: error: ...`, exit 2, and changes nothing; a disk that fills up while a pack
is installed is exit 1, with the installed packs as they were.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from notalone_desktop.cli import fail

if TYPE_CHECKING:
    from notalone_desktop.core.content.pack_keys import PublicKey

EPILOG = """commands:
  notalone pack keygen --out KEY                 a new signing key (KEY, 0600) and KEY.pub; prints the fingerprint
  notalone pack build DIR --key KEY --out FILE   check the pack's source in DIR and sign it into FILE
  notalone pack verify FILE [--key PUB]          exit 0 when the signature, the hashes and the content hold
  notalone pack install FILE [--system] [--trust FINGERPRINT]
                                                 for this user, or (--system) for every user of the computer;
                                                 --trust: the publisher's key fingerprint, for a publisher this
                                                 copy does not know
  notalone pack list                             the packs installed for every user and for this one
  notalone pack remove ID [--system]             the family's progress on the pack's items is kept
"""


def add_pack_parser(
    commands: argparse._SubParsersAction,  # type: ignore[type-arg]
    parser_class: type[argparse.ArgumentParser],
    global_options: Callable[..., None],
) -> None:
    """The `pack` command and its subcommands (cli.build_parser calls this)."""
    pack = commands.add_parser(
        "pack",
        help="content packs: keygen, build, verify, install, list, remove",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    actions = pack.add_subparsers(dest="pack_command", metavar="ACTION", parser_class=parser_class, required=True)
    keygen = actions.add_parser("keygen", help="make a signing key")
    keygen.add_argument("--out", required=True, metavar="KEY")
    build = actions.add_parser("build", help="check and sign a pack's source folder")
    build.add_argument("source", metavar="DIR")
    build.add_argument("--key", required=True, metavar="KEY")
    build.add_argument("--out", required=True, metavar="FILE")
    verify = actions.add_parser("verify", help="check a pack file")
    verify.add_argument("file", metavar="FILE")
    verify.add_argument("--key", metavar="PUB", help="the publisher's public key (ed25519:...) or a .pub file")
    install = actions.add_parser("install", help="install a pack file")
    install.add_argument("file", metavar="FILE")
    install.add_argument("--system", action="store_true", help="for every user of this computer (administrators)")
    install.add_argument("--trust", metavar="FINGERPRINT", help="install a pack by a publisher this copy does not know")
    actions.add_parser("list", help="the installed packs")
    remove = actions.add_parser("remove", help="remove an installed pack")
    remove.add_argument("pack_id", metavar="ID")
    remove.add_argument("--system", action="store_true", help="the pack installed for every user")
    for subparser in actions.choices.values():
        global_options(subparser, after_command=True)


def run_pack(args: argparse.Namespace) -> int:
    from notalone_desktop.core.content.pack import PackRefused
    from notalone_desktop.core.content.pack_keys import PackKeyError

    commands: dict[str, Callable[[argparse.Namespace], int]] = {
        "keygen": _keygen,
        "build": _build,
        "verify": _verify,
        "install": _install,
        "list": _list,
        "remove": _remove,
    }
    try:
        return commands[args.pack_command](args)
    except (PackRefused, PackKeyError) as exc:
        subject = getattr(args, "file", None)
        fail(f"{subject}: {exc}" if subject and args.pack_command in ("verify", "install") else str(exc))


def _keygen(args: argparse.Namespace) -> int:
    from notalone_desktop.core.content.pack_keys import new_private_key

    out = Path(args.out).expanduser()
    public_file = out.with_name(out.name + ".pub")
    for path in (out, public_file):
        if path.exists() or path.is_symlink():
            fail(f"{path} already exists; a signing key is never overwritten (choose another name)")
    pem, public = new_private_key()
    try:
        fd = os.open(out, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(pem)
        os.chmod(out, 0o600)
        public_file.write_text(f"{public.text}  # fingerprint {public.fingerprint}\n", encoding="utf-8")
    except OSError as exc:
        out.unlink(missing_ok=True)
        fail(f"the key could not be written to {out} ({exc.strerror or type(exc).__name__})")
    print(f"Signing key written to {out} (only you can read it). Keep it secret, and keep a copy: without it no")
    print("update of your packs can be signed, and anyone who has it can sign packs in your name.")
    print(f"Public key (for a profile's [organisation].pack_keys, also in {public_file}):")
    print(f"  {public.text}")
    print(f"Fingerprint: {public.fingerprint}")
    return 0


def _build(args: argparse.Namespace) -> int:
    from notalone_desktop.services.packs.build import build_pack

    out = Path(args.out).expanduser().resolve()
    try:
        built = build_pack(Path(args.source).expanduser().resolve(), Path(args.key).expanduser(), out)
    except OSError as exc:
        _storage_failure(exc, f"the pack could not be written to {out}")
    manifest = built.manifest
    print(
        f"Built {built.path}: pack '{manifest.pack_id}' version {manifest.version} by {manifest.publisher}, "
        f"{len(manifest.files)} files ({built.size / 1000:.0f} kB), languages {', '.join(manifest.languages)}; "
        f"signed with the key {manifest.public_key.fingerprint}."
    )
    print(f"It {_summary(manifest.adds, manifest.replaces)}.")
    return 0


def _verify(args: argparse.Namespace) -> int:
    from notalone_desktop.services.packs.store import PackStore

    key = _public_key(args.key) if args.key else None
    store = PackStore()
    manifest, _content = store.verify(Path(args.file).expanduser(), key)
    signer = store.trusted().get(manifest.public_key.fingerprint)
    trust = f"a key this copy trusts ({signer.source})" if signer else "a publisher this copy does not know"
    print(
        f"{args.file}: OK. Pack '{manifest.pack_id}' version {manifest.version} of {manifest.date.isoformat()} by "
        f"{manifest.publisher}, signed with the key {manifest.public_key.fingerprint}: {trust}."
    )
    print(f"It {_summary(manifest.adds, manifest.replaces)}.")
    return 0


def _install(args: argparse.Namespace) -> int:
    from notalone_desktop.services.packs.locations import SYSTEM, USER
    from notalone_desktop.services.packs.store import PackStore

    scope = SYSTEM if args.system else USER
    path = Path(args.file).expanduser()
    try:
        pending = PackStore().prepare(path, scope)
    except OSError as exc:
        _storage_failure(exc, "the pack could not be installed")
    manifest = pending.manifest
    try:
        if pending.already_installed:
            print(f"Pack '{manifest.pack_id}' version {manifest.version} is already installed; nothing changed.")
            return 0
        if not pending.trusted and args.trust != pending.fingerprint:
            given = f" (--trust {args.trust} is not its fingerprint)" if args.trust else ""
            fail(
                f"{path}: it is signed by {manifest.publisher} with the key {pending.fingerprint}, a publisher this "
                f"copy of Not Alone does not know{given}. If you trust them, install it with --trust "
                f"{pending.fingerprint}; its content will be shown as from {manifest.publisher}"
            )
        try:
            pack = pending.commit()
        except OSError as exc:
            _storage_failure(exc, "the pack could not be installed")
    finally:
        pending.discard()
    who = "for every user of this computer" if scope == SYSTEM else "for this user"
    was = f" (replacing version {pending.replaces.version})" if pending.replaces else ""
    print(f"Installed pack '{pack.pack_id}' version {pack.version} by {pack.publisher} {who}{was}: {pack.folder}")
    print(f"It {_summary(manifest.adds, manifest.replaces)}.")
    return 0


def _list(args: argparse.Namespace) -> int:
    from notalone_desktop.services.packs.installed import all_packs

    packs = all_packs()
    if not packs:
        print("No content packs are installed.")
        return 0
    for pack in packs:
        where = "every user" if pack.scope == "system" else "this user"
        trust = "" if pack.trusted else "; a publisher this copy does not know"
        state = f"; NOT USED: {pack.problem}" if pack.problem else ""
        print(
            f"{pack.pack_id}  version {pack.version} of {pack.manifest.date.isoformat()}  by {pack.publisher} "
            f"(key {pack.fingerprint}{trust}), for {where}{state}"
        )
        print(f"  {_summary(pack.manifest.adds, pack.manifest.replaces)}")
    return 0


def _remove(args: argparse.Namespace) -> int:
    from notalone_desktop.services.packs.locations import SYSTEM, USER
    from notalone_desktop.services.packs.store import PackStore

    scope = SYSTEM if args.system else USER
    pack = PackStore().remove(args.pack_id, scope)
    who = "for every user of this computer" if scope == SYSTEM else "for this user"
    print(
        f"Removed pack '{pack.pack_id}' version {pack.version} {who}. The families' ticks, notes and reading on "
        "its items and lessons are kept, and count again if the pack is installed again."
    )
    return 0


def _public_key(value: str) -> PublicKey:
    from notalone_desktop.core.content.pack_keys import parse_public_key
    from notalone_desktop.core.safe_read import FileRefused, read_regular_file

    text = value
    if not value.strip().startswith("ed25519:"):
        try:
            text = read_regular_file(Path(value).expanduser(), 4096).decode("utf-8", "replace")
        except (OSError, FileRefused) as exc:
            fail(f"--key {value}: neither a public key (ed25519:...) nor a file that can be read ({exc})")
    return parse_public_key(text.strip().splitlines()[0] if text.strip() else text)


NOUNS = {  # kind -> (one, many)
    "categories": ("checklist category", "checklist categories"),
    "items": ("checklist item", "checklist items"),
    "countries": ("country's details", "countries' details"),
    "helplines": ("helpline", "helplines"),
    "lessons": ("lesson", "lessons"),
    "scenarios": ("scenario", "scenarios"),
    "situations": ("emergency situation", "emergency situations"),
    "life_events": ("life event", "life events"),
    "agreement": ("family agreement", "family agreements"),
}


def _summary(adds: Mapping[str, tuple[str, ...]], replaces: Mapping[str, tuple[str, ...]]) -> str:
    def part(listing: Mapping[str, tuple[str, ...]]) -> str:
        counts = [(len(keys), NOUNS[kind][len(keys) != 1]) for kind, keys in listing.items() if keys]
        return ", ".join(f"{count} {noun}" for count, noun in counts) or "nothing"

    return f"adds {part(adds)}; replaces {part(replaces)}"


def _storage_failure(exc: OSError, what: str) -> NoReturn:
    from notalone_desktop.services.data_dir import storage_problem

    reason = storage_problem(exc) or (exc.strerror or type(exc).__name__)
    fail(f"{what}: {reason}. Nothing was changed.", 1)
