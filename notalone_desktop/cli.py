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

The data dir is --data-dir DIR, else $NOTALONE_DATA_DIR, else the system's place for user data.
Languages: en, vi, id, de. Errors: one line "notalone: error: ..." on stderr, exit 2 for bad usage or input.
"""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        # One plain line instead of argparse's usage dump: the contract that scripts rely on.
        fail(f"{message} (see notalone --help)")


def fail(message: str, code: int = 2) -> NoReturn:
    print(f"notalone: error: {message}", file=sys.stderr)
    raise SystemExit(code)


def _common(parser: argparse.ArgumentParser, lang: bool = False) -> None:
    parser.add_argument("--data-dir", metavar="DIR", help="the family's data folder")
    if lang:
        parser.add_argument("--lang", metavar="CODE", help="language: en, vi, id or de")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="notalone",
        description="Not Alone: help parents keep their children safe online, offline.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"notalone {__version__}")
    _common(parser, lang=True)
    parser.add_argument(
        "--quit-when-ready",
        nargs="?",
        const="home",
        choices=("home", "full"),
        help="open the window and quit once Home has painted the family's data (benchmarks); "
        "=full: once every part of the app is open as well",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    _common(commands.add_parser("check", help="check the family's database"))
    _common(commands.add_parser("self-test", help="open every view offscreen and exercise the database"))
    shots = commands.add_parser("screenshots", help="one PNG per view, of the demo family")
    shots.add_argument("--out", required=True, metavar="DIR")
    shots.add_argument("--lang", metavar="CODE")
    _common(commands.add_parser("demo", help="fill an empty data dir with the demo family"))
    printing = commands.add_parser("print", help="save a printable sheet as PDF")
    printing.add_argument("kind", choices=("checklist", "month", "card", "plan", "agreement"))
    printing.add_argument("--out", required=True, metavar="FILE.pdf")
    printing.add_argument("--child", metavar="NAME")
    printing.add_argument("--paper", choices=("a4", "letter"), default="a4")
    _common(printing, lang=True)
    export = commands.add_parser("export", help="write all of the family's data to one archive file")
    export.add_argument("--out", required=True, metavar="FILE")
    _common(export)
    importing = commands.add_parser("import", help="bring a family archive back")
    importing.add_argument("file", metavar="FILE")
    importing.add_argument("--merge", action="store_true", help="add to the family already in the data dir")
    _common(importing)
    erase = commands.add_parser("erase", help="remove everything of the family from this computer")
    erase.add_argument("--yes", action="store_true", help="confirm: erase cannot be undone")
    _common(erase)
    return parser


def resolve_language(code: str | None) -> str | None:
    if code is None:
        return None
    if code not in LANGUAGES:
        print(f"notalone: warning: unknown language '{code}', using English", file=sys.stderr)
        return "en"
    return code


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from notalone_desktop.paths import data_dir

    directory = data_dir(args.data_dir)
    language = resolve_language(getattr(args, "lang", None))
    # Commands that write to the data dir log there; read-only ones log nowhere (and print no log noise).
    logging.getLogger().addHandler(logging.NullHandler())
    if args.command in (None, "demo", "self-test", "import") and directory.is_dir():
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
    except Exception as exc:  # never a traceback for the user: one line here, the details in the log
        logging.getLogger(__name__).exception("unexpected error in %s", args.command or "window")
        fail(f"an unexpected problem stopped Not Alone ({type(exc).__name__}: {exc}). Details are in the log.", 1)
    return 0


def _headless_if_no_display() -> None:
    """Commands that render without showing anything work on a machine with no screen."""
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def command_check(directory: Path) -> int:
    from notalone_desktop.paths import database_path
    from notalone_desktop.storage.inspect import HEAD_REVISION, inspect_database

    report = inspect_database(database_path(directory))
    if report.problems:
        for problem in report.problems:
            print(f"{report.path}: {problem}")
        print(report.advice)
        print(_backup_hint(directory))
        return 1
    if report.exists and report.revision != HEAD_REVISION:
        print(f"OK (schema {report.revision} will be upgraded to {HEAD_REVISION} at the next start)")
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
    from notalone_desktop.paths import backups_dir
    from notalone_desktop.storage.backup import newest_good_backup

    good = newest_good_backup(backups_dir(directory))
    if good is None:
        return "There is no good backup in the backups folder."
    when = good.created.strftime("%Y-%m-%d %H:%M UTC")
    return f"The newest good backup is {good.path} (of {when}); Not Alone offers to restore it when it starts."


def _storage_failure(exc: BaseException, what: str) -> NoReturn:
    """Disk full, file too large, read-only folder: one plain line, exit 1; anything else goes up."""
    from notalone_desktop.storage.backup import storage_error_message

    reason = storage_error_message(exc)
    if reason is None:
        raise exc
    fail(f"{what}: {reason}. Nothing was changed.", 1)


def _open_existing(directory: Path):  # type: ignore[no-untyped-def]
    """The family's database for a command that needs one that is there and whole (full integrity check)."""
    from notalone_desktop.paths import database_path
    from notalone_desktop.storage.database import open_database
    from notalone_desktop.storage.inspect import inspect_database

    path = database_path(directory)
    if not path.exists():
        fail(f"there is no family data in {directory} (start Not Alone once, or give --data-dir)")
    report = inspect_database(path)
    if report.problems:
        raise DatabaseProblem(str(path), report.problems[0], report.advice)
    return open_database(directory, create=False)


def command_export(directory: Path, out: Path) -> int:
    from sqlalchemy.exc import SQLAlchemyError

    from notalone_desktop.services.data import export_family

    out = out.expanduser().resolve()
    database = _open_existing(directory)
    try:
        manifest = export_family(database, out)
    except (OSError, SQLAlchemyError) as exc:
        _storage_failure(exc, f"the archive {out} could not be written")
    finally:
        database.close()
    counts = manifest["counts"]
    print(
        f"Exported the family to {out}: {counts['children']} children, {counts['contacts']} contacts, "
        f"{counts['checklist_progress']} checklist entries, {counts['lesson_progress']} lessons, "
        f"{counts['scenario_results']} game results."
    )
    return 0


def command_import(directory: Path, archive: Path, merge: bool) -> int:
    from sqlalchemy.exc import SQLAlchemyError

    from notalone_desktop.services.backups import BackupService
    from notalone_desktop.services.data import import_family, load_archive
    from notalone_desktop.storage.database import open_database

    load_archive(archive)  # a bad archive is refused before the data dir is even opened
    database = open_database(directory)
    try:
        if merge:
            BackupService(database).backup_now("before-import")
        report = import_family(database, archive, merge=merge)
    except (OSError, SQLAlchemyError) as exc:
        _storage_failure(exc, "the archive could not be imported")
    finally:
        database.close()
    added = ", ".join(f"{count} {section.replace('_', ' ')}" for section, count in report.added.items() if count)
    updated = sum(report.updated.values())
    print(
        f"Imported {archive} into {directory}: added {added or 'nothing new'}"
        + (f"; {updated} entries replaced by newer ones" if updated else "")
        + "."
    )
    return 0


def command_erase(directory: Path, confirmed: bool) -> int:
    from notalone_desktop.services.data import erase_family, leftover_names

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
