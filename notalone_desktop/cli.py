"""The `notalone` command: opens the window, or runs one of the subcommands of the command-line contract.

Qt is imported only by the commands that need it (the window, self-test, screenshots, print).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path
from typing import NoReturn

from notalone_desktop import __version__
from notalone_desktop.core.content.common import LANGUAGES
from notalone_desktop.core.errors import DatabaseProblem, NotAloneError

EPILOG = """commands:
  notalone [--data-dir DIR] [--lang CODE]        open the window
  notalone check                                  check the family's database: exit 0 "OK", 1 problems found
  notalone self-test                              open every view offscreen, write and read back, exit 0
  notalone screenshots --out DIR [--lang CODE]    the demo family in a throwaway data dir, one PNG per view
  notalone demo                                   fill an empty data dir with the demo family
  notalone print checklist|month|card|plan|agreement --out FILE.pdf [--child NAME] [--lang CODE]
                                                  a printable sheet as PDF (checklist without --child: the
                                                  whole family, family-wide items first, then each child's)
  notalone export --out FILE                      all of the family's data in one archive (.zip, documented
                                                  in the README); never the parent PIN
  notalone import FILE [--merge]                  bring an archive back into an empty data dir, or add it to
                                                  the family there (--merge); a bad file changes nothing
  notalone erase --yes                            remove the family's database, backups, logs and keyring
                                                  entry from this computer, and say what was removed
  notalone pack keygen --out KEY                  an NGO's signing key (0600); prints the public key's fingerprint
  notalone pack build DIR --key KEY --out FILE    validate and sign a content pack
  notalone pack verify FILE [--key PUB]           exit 0 when signature, hashes and content hold; 2 otherwise
  notalone pack install FILE [--system] | list | remove ID
                                                  the content packs this user (or, --system, every user) uses
                                                  (notalone pack --help)

The data dir is --data-dir DIR, else $NOTALONE_DATA_DIR, else the system's place for user data.
Languages: en, vi, id, de, and those installed content packs add.
Errors: one line "notalone: error: ..." on stderr, exit 2 for bad usage or input.
"""


# Commands that write to the data dir, and log there.
WRITING_COMMANDS = (None, "demo", "self-test", "import")
# The catch-all's log when the data dir is not one to log in (never made, or a command that only reads).
ERROR_LOG_NAME = "notalone-errors.log"


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        # One plain line instead of argparse's usage dump: the contract that scripts rely on.
        fail(f"{message} (see notalone --help)")


def fail(message: str, code: int = 2) -> NoReturn:
    print(f"notalone: error: {message}", file=sys.stderr)
    raise SystemExit(code)


def _global_options(parser: argparse.ArgumentParser, after_command: bool = False) -> None:
    """--data-dir and --lang, before the subcommand (on the main parser) or after it (on each subparser).

    After it they default to SUPPRESS: a subparser's own default would otherwise overwrite what was given before
    the subcommand (`notalone --data-dir D print ...` used to ignore D)."""
    default = argparse.SUPPRESS if after_command else None
    parser.add_argument("--data-dir", metavar="DIR", default=default, help="the family's data folder")
    parser.add_argument("--lang", metavar="CODE", default=default, help="language: en, vi, id or de")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="notalone",
        description="Not Alone: help parents keep their children safe online, offline.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"notalone {__version__}")
    _global_options(parser)
    parser.add_argument(
        "--quit-when-ready",
        nargs="?",
        const="home",
        choices=("home", "full", "all", "help"),
        help="open the window and quit once Home has painted the family's data (benchmarks); "
        "=full: once every section and Get help are usable; =all: once every part was opened as well; "
        "=help: once Get help now, opened at the first frame, has painted",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    commands.add_parser("check", help="check the family's database")
    commands.add_parser("self-test", help="open every view offscreen and exercise the database")
    shots = commands.add_parser("screenshots", help="one PNG per view, of the demo family")
    shots.add_argument("--out", required=True, metavar="DIR")
    commands.add_parser("demo", help="fill an empty data dir with the demo family")
    printing = commands.add_parser("print", help="save a printable sheet as PDF")
    printing.add_argument("kind", choices=("checklist", "month", "card", "plan", "agreement"))
    printing.add_argument("--out", required=True, metavar="FILE.pdf")
    printing.add_argument("--child", metavar="NAME")
    printing.add_argument("--paper", choices=("a4", "letter"), default="a4")
    export = commands.add_parser("export", help="write all of the family's data to one archive file")
    export.add_argument("--out", required=True, metavar="FILE")
    importing = commands.add_parser("import", help="bring a family archive back")
    importing.add_argument("file", metavar="FILE")
    importing.add_argument("--merge", action="store_true", help="add to the family already in the data dir")
    erase = commands.add_parser("erase", help="remove everything of the family from this computer")
    erase.add_argument("--yes", action="store_true", help="confirm: erase cannot be undone")
    from notalone_desktop.cli_pack import add_pack_parser

    add_pack_parser(commands, _Parser, _global_options)
    for subparser in commands.choices.values():
        _global_options(subparser, after_command=True)  # every subcommand above
    return parser


def resolve_language(code: str | None) -> str | None:
    if code is None:
        return None
    if code not in LANGUAGES and not _pack_language(code):
        print(f"notalone: warning: unknown language '{code}', using English", file=sys.stderr)
        return "en"
    return code


def _pack_language(code: str) -> bool:
    """A language an installed content pack adds (Thai, Khmer)."""
    from notalone_desktop.services.packs.installed import usable_packs

    return any(code in pack.manifest.new_languages for pack in usable_packs())


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from notalone_desktop.paths import data_dir

    directory = data_dir(args.data_dir)
    language = resolve_language(getattr(args, "lang", None))
    # Commands that write to the data dir log there; read-only ones log nowhere (and print no log noise).
    logging.getLogger().addHandler(logging.NullHandler())
    if args.command in WRITING_COMMANDS and directory.is_dir():
        from notalone_desktop.logs import setup_logging

        setup_logging(directory)
    try:
        if args.command is None:
            from notalone_desktop.ui.app import run_gui

            return run_gui(directory, language, quit_when_ready=args.quit_when_ready)
        if args.command == "check":
            return command_check(directory)
        if args.command == "demo":
            return command_demo(directory)
        if args.command == "export":
            return command_export(directory, Path(args.out))
        if args.command == "import":
            return command_import(directory, Path(args.file), args.merge)
        if args.command == "erase":
            return command_erase(directory, args.yes)
        if args.command == "pack":
            from notalone_desktop.cli_pack import run_pack

            return run_pack(args)
        _headless_if_no_display()
        if args.command == "self-test":
            from notalone_desktop.ui.selftest import run_self_test

            return run_self_test(directory)
        if args.command == "screenshots":
            from notalone_desktop.ui.screenshots import take_screenshots

            return take_screenshots(Path(args.out), language or "en")
        if args.command == "print":
            from notalone_desktop.ui.printing import print_command

            return print_command(args.kind, directory, Path(args.out), args.child, language, args.paper)
    except DatabaseProblem as exc:
        fail(str(exc), 1)
    except NotAloneError as exc:
        fail(str(exc))
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # never a traceback for the user: one line here, the details in a log that exists
        unexpected(exc, args.command, directory)
    return 0


def unexpected(exc: Exception, command: str | None, directory: Path) -> NoReturn:
    """The catch-all: the traceback goes to a log file that exists, and the one line says which file."""
    log_file = _log_file_for_errors(command, directory)
    logging.getLogger(__name__).exception("unexpected error in %s", command or "window")
    where = f"Details are in {log_file}." if log_file is not None else "No log file could be written."
    text = " ".join(str(exc).split())[:200]  # one line, whatever the exception's text holds
    fail(f"an unexpected problem stopped Not Alone ({type(exc).__name__}{': ' if text else ''}{text}). {where}", 1)


def _log_file_for_errors(command: str | None, directory: Path) -> Path | None:
    """The data dir's log when this command logs there (the data dir exists by now); otherwise, so that a
    command that only reads writes nothing into the data dir, and a data dir that was never made is not made
    for a log, a small log in the cache folder ($NOTALONE_CACHE_DIR, else the system's), else in the temp
    folder. None when no file can be written at all."""
    root = logging.getLogger()
    if command in WRITING_COMMANDS and directory.is_dir():
        from notalone_desktop.logs import setup_logging

        setup_logging(directory)
    for handler in root.handlers:
        name = getattr(handler, "baseFilename", None)
        if getattr(handler, "_notalone", False) and name and Path(name).is_file():
            return Path(name)
    import tempfile
    from logging.handlers import RotatingFileHandler

    for folder in (_cache_folder(), Path(tempfile.gettempdir())):
        path = folder / ERROR_LOG_NAME
        try:
            folder.mkdir(parents=True, exist_ok=True)
            os.close(os.open(path, os.O_CREAT | os.O_WRONLY | os.O_APPEND, 0o600))
            handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=1, encoding="utf-8")
        except OSError:
            continue
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
        return path
    return None


def _cache_folder() -> Path:
    explicit = os.environ.get("NOTALONE_CACHE_DIR")
    if explicit:
        return Path(explicit).expanduser()
    import platformdirs

    from notalone_desktop import APP_ID

    return Path(platformdirs.user_cache_dir(APP_ID, appauthor=False))


def _headless_if_no_display() -> None:
    """Commands that render without showing anything work on a machine with no screen."""
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def command_check(directory: Path) -> int:
    from notalone_desktop.services.data_dir import check_data_dir

    check = check_data_dir(directory)
    report = check.report
    if report.problems:
        for problem in report.problems:
            print(f"{report.path}: {problem}")
        print(report.advice)
        print(_backup_hint(directory))
        return 1
    if check.upgrade is not None:
        print(f"OK (schema {check.upgrade[0]} will be upgraded to {check.upgrade[1]} at the next start)")
    else:
        print("OK")
    if report.read_only:
        print(
            f"Note: this user cannot write to {report.path.parent}: the family's data there can be read, "
            "not changed, and the window will not open it. Give the folder back to this user, or copy it."
        )
    return 0


def command_demo(directory: Path) -> int:
    from notalone_desktop.services import open_services
    from notalone_desktop.services.demo import DemoRefused, create_demo_family

    services = open_services(directory)
    try:
        create_demo_family(services)
    except DemoRefused as exc:
        fail(str(exc))
    finally:
        services.close()
    print(f"Demo family created in {directory}")
    return 0


def _backup_hint(directory: Path) -> str:
    from notalone_desktop.services.data_dir import newest_good

    good = newest_good(directory)
    if good is None:
        return "There is no good backup in the backups folder."
    when = good.created.strftime("%Y-%m-%d %H:%M UTC")
    return f"The newest good backup is {good.path} (of {when}); Not Alone offers to restore it when it starts."


def _storage_failure(exc: BaseException, what: str) -> NoReturn:
    """Disk full, file too large, read-only folder: one plain line, exit 1; anything else goes up."""
    from notalone_desktop.services.data_dir import storage_problem

    reason = storage_problem(exc)
    if reason is None:
        raise exc
    fail(f"{what}: {reason}. Nothing was changed.", 1)


def command_export(directory: Path, out: Path) -> int:
    from sqlalchemy.exc import SQLAlchemyError

    from notalone_desktop.services.data_dir import open_family_data

    out = out.expanduser().resolve()
    data = open_family_data(directory, existing=True)
    try:
        manifest = data.export(out)
    except (OSError, SQLAlchemyError) as exc:
        _storage_failure(exc, f"the archive {out} could not be written")
    finally:
        data.close()
    counts = manifest["counts"]
    print(
        f"Exported the family to {out}: {counts['children']} children, {counts['contacts']} contacts, "
        f"{counts['checklist_progress']} checklist entries, {counts['lesson_progress']} lessons, "
        f"{counts['scenario_results']} game results."
    )
    return 0


def command_import(directory: Path, archive: Path, merge: bool) -> int:
    from sqlalchemy.exc import SQLAlchemyError

    from notalone_desktop.services.data_dir import open_family_data
    from notalone_desktop.services.family_data import load_archive, refuse_while_window_open

    refuse_while_window_open(directory)  # like erase: a window open on the data dir is closed first
    load_archive(archive)  # a bad archive is refused before the data dir is even opened
    data = open_family_data(directory, existing=False)
    try:
        report = data.import_archive(archive, merge=merge)  # backs up a family that is here first
    except (OSError, SQLAlchemyError) as exc:
        _storage_failure(exc, "the archive could not be imported")
    finally:
        data.close()
    added = ", ".join(f"{count} {section.replace('_', ' ')}" for section, count in report.added.items() if count)
    updated = sum(report.updated.values())
    print(
        f"Imported {archive} into {directory}: added {added or 'nothing new'}"
        + (f"; {updated} entries replaced by newer ones" if updated else "")
        + "."
    )
    if report.missing_packs:
        print(
            f"The family used content packs that are not installed here: {'; '.join(report.missing_packs)}. Its "
            "progress on them was imported, and counts again once they are installed (notalone pack install FILE)."
        )
    return 0


def command_erase(directory: Path, confirmed: bool) -> int:
    from notalone_desktop.services.family_data import erase_family, leftover_names

    if not confirmed:
        fail(
            f"erase removes the family's data in {directory} (database, backups, logs, PIN) for good; "
            "run 'notalone erase --yes' to confirm"
        )
    removed = erase_family(directory)
    if not removed:
        print(f"Nothing to erase in {directory}.")
        return 0
    for entry in removed:
        print(f"removed {entry}")
    left = leftover_names(directory)
    if left:
        print(f"Left in place (not made by Not Alone): {', '.join(left)}")
    else:
        print("Nothing of the family is left on this computer.")
    return 0
