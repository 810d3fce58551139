"""What the property tests feed the four readers: hypothesis strategies for random and mutated inputs, and for
each reader a fixed list of the worst cases known (the issue's table and the limits' edges).
"""

from __future__ import annotations

import io
import json
import warnings
import zipfile
from typing import Any

from hypothesis import strategies as st

# Raw JSON text for a value: what json.dumps cannot write (5,000 digits) is spliced in as text.
HOSTILE_JSON_VALUES = (
    "9" * 5000,
    "-" + "9" * 40,
    "1e999999",
    "NaN",
    "Infinity",
    "[" * 5000 + "]" * 5000,
    "{}",
    "[]",
    "null",
    "true",
    '"' + "x" * 100_000 + '"',
    '"\\u202egnp.exe"',
    '"\\u0000"',
    '"\\ud800"',
    '"0001-01-01T00:00:00"',
    '"0001-01-01T00:00:00+01:00"',
    '"9999-12-31T23:59:59-01:00"',
    '"2026-02-30T00:00:00Z"',
    "0",
    "-1",
    "2147483648",
)
HOSTILE_TEXT = (
    "\u202e",
    "\u200b\u200d",
    "\x85\x9b",
    "\ufeff",
    "\udcff",
    "𝕏",
    "ß",
    "İ",
    "\r",
    "\n",
    "\t",
    "\\",
    '"',
    ";",
    ":",
    "=",
    ",",
)


def json_values() -> st.SearchStrategy[Any]:
    scalars = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30)
    return st.recursive(
        scalars,
        lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4),
        max_leaves=20,
    )


def zip_bytes(members: list[tuple[str, bytes]], kind: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with warnings.catch_warnings(), zipfile.ZipFile(buffer, "w", kind) as archive:
        warnings.simplefilter("ignore")  # duplicate names are part of the test
        for name, data in members:
            archive.writestr(name, data)
    return buffer.getvalue()


@st.composite
def mutated_bytes(draw: st.DrawFn, base: bytes) -> bytes:
    """`base` with a few bytes changed, a piece cut out or inserted, or cut short."""
    data = bytearray(base)
    for _ in range(draw(st.integers(1, 6))):
        action = draw(st.sampled_from(("flip", "cut", "insert", "truncate")))
        position = draw(st.integers(0, max(0, len(data) - 1)))
        if action == "flip" and data:
            data[position] = draw(st.integers(0, 255))
        elif action == "cut":
            del data[position : position + draw(st.integers(1, 64))]
        elif action == "insert":
            data[position:position] = draw(st.binary(min_size=1, max_size=64))
        else:
            del data[position:]
    return bytes(data)


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(value, dict):
        for key, inner in value.items():
            found += _paths(inner, (*prefix, key))
    elif isinstance(value, list):
        for index, inner in enumerate(value[:3]):
            found += _paths(inner, (*prefix, index))
    return found


@st.composite
def mutated_json(draw: st.DrawFn, document: dict[str, Any]) -> bytes:
    """`document` as JSON with one place changed: a hostile value (as raw text), a random value, a key removed,
    or a key added."""
    marker = "\x00HOSTILE\x00"
    copy = json.loads(json.dumps(document))
    path = draw(st.sampled_from(_paths(copy)[1:] or [()]))
    parent: Any = copy
    for step in path[:-1]:
        parent = parent[step]
    action = draw(st.sampled_from(("hostile", "random", "remove", "add")))
    raw = ""
    if not path:
        action = "add"
    if action == "hostile":
        raw = draw(st.sampled_from(HOSTILE_JSON_VALUES))
        parent[path[-1]] = marker
    elif action == "random":
        parent[path[-1]] = draw(json_values())
    elif action == "remove" and isinstance(parent, dict):
        del parent[path[-1]]
    elif isinstance(parent, dict):
        parent[draw(st.text(max_size=12))] = draw(json_values())
    text = json.dumps(copy, ensure_ascii=draw(st.booleans()))
    return text.replace(json.dumps(marker), raw).encode("utf-8", "surrogatepass")


# vCards -----------------------------------------------------------------------------------------------------

VCARD_LINES = (
    "BEGIN:VCARD",
    "END:VCARD",
    "VERSION:2.1",
    "VERSION:3.0",
    "VERSION:4.0",
    "FN:Bà Hoa",
    "N:Nguyễn;Hoa;;;",
    "TEL:0912 345 678",
    "TEL;TYPE=CELL:+84 912 345 678",
    "TEL;VALUE=uri:tel:+49-30-1234567",
    "TEL:111",
    "EMAIL:a@example.org",
    "NOTE;ENCODING=QUOTED-PRINTABLE:caf=C3=A9=",
    "N;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:=E1=BB=9D;=",
    "X-NOTALONE-CHILD:Lan",
    "X-NOTALONE-PINNED:1",
    "X-NOTALONE-RELATIONSHIP:grandmother",
    "PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQ",
    "item1.TEL:+1 202 555 0100",
    " folded",
    "\tfolded",
    "=",
    "",
    "no colon here",
    "FN:",
    "TEL:",
)


@st.composite
def vcard_text(draw: st.DrawFn) -> bytes:
    pieces = st.sampled_from(VCARD_LINES) | st.sampled_from(HOSTILE_TEXT) | st.text(max_size=40)
    lines = draw(st.lists(pieces, max_size=40))
    if draw(st.booleans()):
        lines = ["BEGIN:VCARD", *lines, "END:VCARD"]
    text = draw(st.sampled_from(("\r\n", "\n", "\r"))).join(lines)
    encoding = draw(st.sampled_from(("utf-8", "utf-8-sig", "utf-16", "latin-1")))
    return text.encode(encoding, "surrogatepass" if encoding.startswith("utf-8") else "replace")


# NGO profiles -----------------------------------------------------------------------------------------------

PROFILE_LINES = (
    "[organisation]",
    "[defaults]",
    "[[contacts]]",
    "[build]",
    "[bundle]",
    "[surprise]",
    'name = "Test Families Network"',
    'logo = "logo.svg"',
    'logo = "../../etc/passwd.svg"',
    'logo = "/dev/zero.png"',
    'about.en = "We help."',
    'language = "vi"',
    'language = "xx"',
    'country = "VN"',
    'country = "ZZ"',
    'phone = "111"',
    "phone = 111",
    'phone = "+84 24 3943 0000"',
    'phone = "' + "9" * 300 + '"',
    'purpose = "call"',
    "pinned = true",
    'languages = ["en", "vi"]',
    "languages = []",
    'extra_content = ["../../"]',
    'profile = "my-ngo"',
    "x = " + "9" * 5000,
    "x = 1979-05-27T07:32:00+25:00",
    "x = 0001-01-01T00:00:00+01:00",
    "x = 9999-12-31T23:59:59-01:00",
    "x = inf",
    "x = " + "[" * 3000 + "]" * 3000,
    "x = " + "{a=" * 500 + "1" + "}" * 500,
    'name = """' + "x" * 5000 + '"""',
)


@st.composite
def profile_text(draw: st.DrawFn, good: str) -> bytes:
    lines = good.splitlines()
    for _ in range(draw(st.integers(0, 6))):
        action = draw(st.sampled_from(("replace", "insert", "delete", "random")))
        position = draw(st.integers(0, max(0, len(lines) - 1)))
        if action == "replace" and lines:
            lines[position] = draw(st.sampled_from(PROFILE_LINES))
        elif action == "insert":
            lines.insert(position, draw(st.sampled_from(PROFILE_LINES)))
        elif action == "delete" and lines:
            del lines[position]
        else:
            lines.insert(position, draw(st.text(max_size=40)))
    return "\n".join(lines).encode("utf-8", "surrogatepass")


# Lesson search ----------------------------------------------------------------------------------------------

SEARCH_PIECES = (
    '"',
    "*",
    "^",
    ":",
    "(",
    ")",
    "-",
    "+",
    "{",
    "}",
    "NEAR(",
    "NEAR/3",
    "AND",
    "OR",
    "NOT",
    "title:",
    "body:",
    "lừa đảo",
    "Lừa Đảo",
    "lua dao",
    "scam",
    "Betrug",
    "penipuan",
    "'; DROP TABLE lesson; --",
    "\x00",
    "\u202e",
    "_",
    "__",
    "a",
)


def search_queries() -> st.SearchStrategy[str]:
    pieces = st.sampled_from(SEARCH_PIECES) | st.sampled_from(HOSTILE_TEXT) | st.text(max_size=20)
    return st.lists(pieces, max_size=30).map(" ".join) | st.text(max_size=300)
