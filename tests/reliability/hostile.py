"""Run one reader over hostile inputs in a process of its own, and report: `python -m tests.reliability.hostile
READER [--examples N] [--random]`, READER one of archive, vcard, profile, search (or `largest`: the largest
archive the limits allow, read and checked, for the peak memory it takes).

First the fixed worst cases of that reader, then N random and mutated inputs from hypothesis (the same ones every
run unless --random). Every input must end in the app's own refusal or be accepted; a refused one must leave the
family's data as it was, and an accepted one must store no text that lies about itself (core/text.py). Anything
else is raised, so that hypothesis shrinks it and the process fails. The last line printed is JSON: tried,
refused, accepted, crashes (0, or the process failed), db_changes, and the process's peak resident memory after
set-up (base_mib), after the worst cases (worst_peak_mib) and at the end.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import sqlite3
import sys
import tempfile
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.reliability import hostile_inputs as hi
from tests.unit.test_profile import COUNTRIES
from tests.unit.test_profile import GOOD as PROFILE


@dataclass
class Tally:
    tried: int = 0
    refused: int = 0
    accepted: int = 0
    crashes: int = 0
    db_changes: int = 0
    base_mib: float = 0.0  # after set-up
    worst_peak_mib: float = 0.0  # after the fixed worst cases
    peak_mib: float = 0.0  # at the end (hypothesis's own first use of its Unicode tables can add 200 MiB)


def peak_mib() -> float:
    """The process's peak resident memory (VmHWM), in MiB. Not ru_maxrss: Linux keeps that across fork and exec,
    so a child of a large pytest would start at its parent's peak and hide its own."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024  # kB
    except (OSError, ValueError):
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def reset_peak() -> None:
    """Start the peak (VmHWM) again from what the process holds now (Linux 4.0 on; elsewhere nothing)."""
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as clear:
            clear.write("5")
    except OSError:
        pass


@contextmanager
def family(root: Path) -> Iterator[Any]:
    """Real services over a small family in `root` (two children, a contact, the lessons synced)."""
    from notalone_desktop.services import open_services
    from notalone_desktop.services.contacts import ContactInput

    services = open_services(root / "family")
    services.family.update(country="VN", setup_done=True)
    services.family.add_child("Lan", 2015)
    services.family.add_child("Minh", 2011)
    services.contacts.add(ContactInput("Bà Hoa", "grandmother", ("0912 345 678",)))
    services.lessons.sync()
    try:
        yield services
    finally:
        services.close()


# A bidi override, embedding or isolate, or a control character but tab and line breaks (core/text.py).
LYING = re.compile("[\u202a-\u202e\u2066-\u2069\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def lying_text(services: Any) -> list[str]:
    """The family's columns (table.column) that store text which lies about itself, read raw with sqlite3 (past
    the ORM, which neutralises what it reads): what a file brings must be neutralised before it is stored."""
    from notalone_desktop.paths import database_path

    found = []
    connection = sqlite3.connect(f"{database_path(services.database.directory).as_uri()}?mode=ro", uri=True)
    try:
        tables = [
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            if not row[0].startswith(("lesson", "sqlite", "alembic"))  # content and bookkeeping, not the family's
        ]
        for table in tables:
            columns = [row[1] for row in connection.execute(f"PRAGMA table_info({table})")]
            for row in connection.execute(f"SELECT * FROM {table}"):
                found += [
                    f"{table}.{c}" for c, v in zip(columns, row, strict=True) if isinstance(v, str) and LYING.search(v)
                ]
    finally:
        connection.close()
    return found


def snapshot(services: Any) -> Any:
    from notalone_desktop.services.family_data import family_document

    return family_document(services.database)


class Reader:
    """One reader: `attempt(data)` says "accepted" or gives the refusal's message, raising anything else."""

    def __init__(self, services: Any, root: Path, tally: Tally) -> None:
        self.services, self.root, self.tally = services, root, tally

    def run(self, data: Any) -> None:
        before = snapshot(self.services)
        self.tally.tried += 1
        outcome = self.attempt(data)
        if outcome != "accepted":  # the refusal's message: one plain line for people
            assert outcome.strip() and "\n" not in outcome and "Traceback" not in outcome, outcome
            self.tally.refused += 1
            if snapshot(self.services) != before:
                self.tally.db_changes += 1
                raise AssertionError(f"a refused input changed the family's data: {data!r:.200}")
        else:
            self.tally.accepted += 1
            stored = lying_text(self.services)
            if stored:
                raise AssertionError(f"an accepted input stored text that lies ({', '.join(stored)}): {data!r:.200}")

    def attempt(self, data: Any) -> str:
        """ "accepted", or the refusal's message."""
        raise NotImplementedError

    def worst_cases(self) -> list[Any]:
        return []

    def strategy(self) -> st.SearchStrategy[Any]:
        raise NotImplementedError


class ArchiveReader(Reader):
    def __init__(self, services: Any, root: Path, tally: Tally) -> None:
        super().__init__(services, root, tally)
        from notalone_desktop.services.family_data import family_document, manifest_for

        self.document = family_document(services.database)
        self.manifest = manifest_for(self.document)
        self.path = root / "archive.zip"

    def _zip(self, family: bytes, manifest: bytes | None = None) -> bytes:
        return hi.zip_bytes(
            [("manifest.json", manifest or json.dumps(self.manifest).encode()), ("family.json", family)]
        )

    def attempt(self, data: Any) -> str:
        from notalone_desktop.services.family_data import ImportRefused, import_family

        path = data if isinstance(data, Path) else self.path
        if not isinstance(data, Path):
            path.write_bytes(data)
        try:
            import_family(self.services.database, path, merge=True)
        except ImportRefused as exc:
            return str(exc)
        return "accepted"

    def worst_cases(self) -> list[Any]:
        fifo = self.root / "fifo.zip"
        os.mkfifo(fifo)
        from notalone_desktop.services.family_data import manifest_for

        valid = json.dumps(self.document).encode()
        lying = json.loads(valid)
        lying["children"][0]["nickname"] = "La\x00n\u202e"
        lying["contacts"][0]["note"] = "Mẹ \u202egnp.exe\x1b[2J\n\x85"
        return [
            self._zip(b"[" + b"{}," * 6_600_000 + b"{}]"),  # row 6
            self._zip(b'{"family": "' + b"x" * (21 * 1024 * 1024) + b'"}'),  # over the limit
            self._zip(b'{"family": "' + b"x" * (19 * 1024 * 1024) + b'"}'),  # under it, wrong type
            self._zip(b"[" * 200_000 + b"]" * 200_000),
            self._zip(valid, json.dumps(self.manifest).replace('"version": 1', '"version": ' + "9" * 5000).encode()),
            self._zip(valid, json.dumps({**self.manifest, "created": "0001-01-01T00:00:00+01:00"}).encode()),
            hi.zip_bytes(
                [("manifest.json", json.dumps(self.manifest).encode()), ("family.json", valid)], zipfile.ZIP_LZMA
            )[:-200],
            Path("/dev/zero"),
            fifo,
            self._zip(json.dumps(lying).encode(), json.dumps(manifest_for(lying)).encode()),  # neutralised, taken
        ]

    def strategy(self) -> st.SearchStrategy[Any]:
        good = self._zip(json.dumps(self.document).encode())
        members = st.lists(
            st.tuples(
                st.sampled_from(("manifest.json", "family.json", "../x", "a/b", "/abs", "x" * 300)),
                st.binary(max_size=200),
            ),
            max_size=3,
        )
        return (
            hi.mutated_bytes(good)
            | hi.mutated_json(self.document).map(self._zip)
            | hi.mutated_json(self.manifest).map(lambda m: self._zip(json.dumps(self.document).encode(), m))
            | members.map(hi.zip_bytes)
            | st.binary(max_size=300)
        )


class VcardReader(Reader):
    def attempt(self, data: Any) -> str:
        from notalone_desktop.services.vcard import VcardRefused, parse_vcards, read_vcard_file

        try:
            raw = read_vcard_file(data) if isinstance(data, Path) else data
            contacts, _problems = parse_vcards(raw, "VN", {"Lan": 1, "Minh": 2})
        except VcardRefused as exc:
            return str(exc)
        if contacts and len(contacts) <= 20:
            self.services.contacts.add_many(contacts)  # what the reader accepts, the family's contacts take
        return "accepted"

    def worst_cases(self) -> list[Any]:
        fifo = self.root / "fifo.vcf"
        os.mkfifo(fifo)
        link = self.root / "zero.vcf"
        link.symlink_to("/dev/zero")
        folded = b"BEGIN:VCARD\r\nFN:A\r\nTEL:0912345678\r\nNOTE:" + b"\r\n x" * 600_000 + b"\r\nEND:VCARD\r\n"
        soft = b"BEGIN:VCARD\r\nN;ENCODING=QUOTED-PRINTABLE:=" + b"=\r\n" * 600_000 + b"\r\nEND:VCARD\r\n"
        many = b"BEGIN:VCARD\r\nFN:A\r\nTEL:0912345678\r\nEND:VCARD\r\n" * 2000
        lying = "BEGIN:VCARD\r\nFN:Mẹ \u202egnp.exe\r\nTEL:0912345678\r\nNOTE:a\u2067b\r\nEND:VCARD\r\n".encode()
        ends = b"\r\nEND:VCARD\r\n"
        return [folded[:1_999_000] + ends, soft[:1_999_000] + ends, many, fifo, link, lying]

    def strategy(self) -> st.SearchStrategy[Any]:
        from notalone_desktop.services.vcard import export_vcards

        exported = export_vcards(self.services.contacts.contacts(), {1: "Lan"}).encode()
        return hi.vcard_text() | hi.mutated_bytes(exported) | st.binary(max_size=300)


class ProfileReader(Reader):
    def __init__(self, services: Any, root: Path, tally: Tally) -> None:
        super().__init__(services, root, tally)
        self.folder = root / "profiles"
        self.folder.mkdir()
        (self.folder / "logo.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"/>')

    def attempt(self, data: Any) -> str:
        from notalone_desktop.core.profile import ProfileError, load_profile

        path = data if isinstance(data, Path) else self.folder / "test-ngo.toml"
        if not isinstance(data, Path):
            path.write_bytes(data)
        try:
            profile = load_profile(path, countries=COUNTRIES, for_build=False)
        except ProfileError as exc:
            return str(exc)
        texts = [profile.organisation.name, *profile.organisation.about.by_lang.values()]
        texts += [c.name for c in profile.contacts] + [t for c in profile.contacts for t in c.purpose.by_lang.values()]
        assert not any(LYING.search(text) for text in texts), f"a profile's text lies: {texts!r:.200}"
        return "accepted"

    def worst_cases(self) -> list[Any]:
        fifo = self.folder / "fifo.toml"
        os.mkfifo(fifo)
        return [
            b"a = " + b"[" * 20_000 + b"]" * 20_000,  # row 12
            b"a = " + b"{b=" * 20_000 + b"1" + b"}" * 20_000,
            PROFILE.encode() + b"\n[[contacts]]\n" * 15_000,
            b"x = " + b"9" * 199_000,
            PROFILE.replace('name = "', 'name = "\\u202e\\u0007', 1).encode(),  # neutralised, taken
            Path("/dev/zero"),
            fifo,
        ]

    def strategy(self) -> st.SearchStrategy[Any]:
        return hi.profile_text(PROFILE) | st.binary(max_size=300)


class SearchReader(Reader):
    def attempt(self, data: Any) -> str:
        for lang in ("vi", "en", "de", "id"):
            hits = self.services.lessons.search(data, lang)
            assert isinstance(hits, list)
        return "accepted"  # a search never refuses: what it cannot use it leaves out

    def worst_cases(self) -> list[Any]:
        return ['"' * 10_000, "NEAR(" * 2000, "a " * 5000, "lừa đảo " * 500, "\x00" * 1000, "*" * 10_000]

    def strategy(self) -> st.SearchStrategy[Any]:
        return hi.search_queries()


READERS: dict[str, type[Reader]] = {
    "archive": ArchiveReader,
    "vcard": VcardReader,
    "profile": ProfileReader,
    "search": SearchReader,
}


def run(name: str, examples: int, random: bool) -> Tally:
    tally = Tally()
    with tempfile.TemporaryDirectory(prefix="notalone-hostile-") as folder, family(Path(folder)) as services:
        reader = READERS[name](services, Path(folder), tally)
        tally.base_mib = peak_mib()
        for case in reader.worst_cases():
            reader.run(case)
        tally.worst_peak_mib = peak_mib()

        @settings(
            max_examples=max(examples, 1),
            deadline=None,
            database=None,
            derandomize=not random,
            suppress_health_check=list(HealthCheck),
        )
        @given(reader.strategy())
        def property_holds(data: Any) -> None:
            reader.run(data)

        if examples > 0:
            property_holds()
    tally.peak_mib = peak_mib()
    return tally


def largest(examples: int, random: bool) -> Tally:
    """Read and check the largest archive the limits allow: a family.json just under MAX_FAMILY_BYTES, laid out
    as an export lays it out, written piece by piece so that making it does not count in the peak."""
    from notalone_desktop.services.family_data import family_document, load_archive, manifest_for
    from notalone_desktop.storage.archive import FAMILY, MANIFEST, MAX_FAMILY_BYTES, dumps

    tally = Tally()
    with tempfile.TemporaryDirectory(prefix="notalone-largest-") as folder, family(Path(folder)) as services:
        document = family_document(services.database)
        row = {"child": 1, "item_key": "", "state": "done", "note": "", "done_at": None,
               "next_review_at": None, "updated_at": "2026-01-01T00:00:00.000000Z"}  # fmt: skip
        document["checklist_progress"] = ["ROWS"]
        prefix, suffix = dumps(document).split(b'"ROWS"')
        # As many rows as a list may hold (100,000), each with the note that fills family.json to its limit.
        count = 100_000
        sample = json.dumps({**row, "item_key": "privacy.item-0000000"}, indent=1, sort_keys=True)
        per_row = len((",\n  " + sample.replace("\n", "\n  ")).encode())
        room = int(MAX_FAMILY_BYTES * 0.995) - len(prefix) - len(suffix)
        row["note"] = "n" * max(0, room // count - per_row)
        document["checklist_progress"] = [None] * count  # for the manifest's counts only
        path = Path(folder) / "largest.zip"
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(MANIFEST, dumps(manifest_for(document)))
            with archive.open(FAMILY, "w") as member:
                member.write(prefix)
                for n in range(count):
                    text = json.dumps({**row, "item_key": f"privacy.item-{n:07d}"}, indent=1, sort_keys=True)
                    member.write((",\n  " if n else "").encode() + text.replace("\n", "\n  ").encode())
                member.write(suffix)
        del document
        tally.base_mib = peak_mib()
        tally.tried = 1
        checked = load_archive(path)
        tally.accepted = len(checked["checklist_progress"])
        with zipfile.ZipFile(path) as archive:
            size = archive.getinfo(FAMILY).file_size
        print(f"family.json: {size:,} bytes, {tally.accepted:,} checklist entries", file=sys.stderr)
    tally.peak_mib = peak_mib()
    return tally


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("reader", choices=(*READERS, "largest"))
    parser.add_argument("--examples", type=int, default=100)
    parser.add_argument("--random", action="store_true", help="new random inputs each run (default: the same)")
    args = parser.parse_args(argv)
    reset_peak()  # what the process that started this one held is not this reader's
    runner: Callable[[int, bool], Tally] = (
        largest if args.reader == "largest" else (lambda n, r: run(args.reader, n, r))
    )
    print(json.dumps(asdict(runner(args.examples, args.random))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
