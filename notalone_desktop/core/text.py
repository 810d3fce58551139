"""Text a family or a file supplies (names, notes, organisation names): what may not be in it, and how to show it.

Three kinds of characters make a text lie about itself: bidirectional overrides, embeddings and isolates
(U+202A-U+202E, U+2066-U+2069: "Mẹ \u202egnp.exe" shows as "Mẹ exe.png"), control characters (C0 but tab and
line breaks, DEL, C1 U+0080-U+009F), and names made only of characters that show nothing (zero-width spaces and
joiners, fillers, blank patterns). `unsafe_reason` names the first problem; `neutralise` removes them.

The one rule the app applies: what a person types is refused with a message (`text_problem`, `check_typed`, in
the services' input checks); what a file brings (an archive, a vCard, an NGO profile) is neutralised as it is
read; what is already stored (older data) is neutralised whenever it is read (storage/models.py, `UserText`).
Left-to-right and right-to-left marks (U+200E, U+200F, U+061C) are kept: names in Arabic or Hebrew script use
them, and they cannot reorder text. Plain Python, no Qt.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from notalone_desktop.core.errors import ValidationError

# Overrides and embeddings (LRE, RLE, PDF, LRO, RLO) and isolates (LRI, RLI, FSI, PDI).
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
LINE_BREAKS = frozenset("\n\r")
# Characters that show nothing although Unicode does not call them spaces or format characters.
BLANK_LOOKING = frozenset("\u115f\u1160\u3164\uffa0\u2800\u180e\u034f\u17b4\u17b5")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_CONTROL_SINGLE_LINE = re.compile("[\x00-\x1f\x7f-\x9f]")
_BIDI = re.compile("[" + "".join(sorted(BIDI_CONTROLS)) + "]")


def unsafe_reason(text: str, multiline: bool = False) -> str | None:
    """None when `text` may be stored as it is; else why not: "bidi-control", "control" or "invisible".

    `multiline` texts (notes, what happened) may hold tabs and line breaks; names may not. An empty text is not
    "invisible": whether a field may be empty is the form's rule, not this one's."""
    if _BIDI.search(text):
        return "bidi-control"
    if (_CONTROL if multiline else _CONTROL_SINGLE_LINE).search(text):
        return "control"
    if text and not has_visible_character(text):
        return "invisible"
    return None


def has_visible_character(text: str) -> bool:
    """Whether anything in `text` would show: not only spaces, format characters (zero-width space and joiners,
    the byte order mark, bidi marks), lone combining marks or characters that look blank."""
    for ch in text:
        if ch in BLANK_LOOKING:
            continue
        category = unicodedata.category(ch)
        if category[0] in ("Z", "C") or category in ("Mn", "Me") or ch.isspace():
            continue
        return True
    return False


def neutralise(text: str, multiline: bool = False) -> str:
    """`text` as it may be shown: bidi overrides, embeddings and isolates and control characters removed (tabs
    and line breaks kept when `multiline`, otherwise each becomes a space); a text with nothing visible left
    becomes "" (the caller shows its own placeholder, such as "(no name)")."""
    cleaned = _BIDI.sub("", text)
    if not multiline:
        cleaned = cleaned.replace("\r\n", " ").replace("\t", " ")
        cleaned = "".join(" " if ch in LINE_BREAKS else ch for ch in cleaned)
    cleaned = (_CONTROL if multiline else _CONTROL_SINGLE_LINE).sub("", cleaned)
    return cleaned if has_visible_character(cleaned) else ""


def as_stored(text: str, multiline: bool = False, placeholder: str = "") -> str:
    """A stored text as the app shows it (older data, another program's writes): neutralised, and `placeholder`
    for one that had something in it but nothing visible (a required name stays something to click on)."""
    shown = neutralise(text, multiline)
    return shown or (placeholder if text else "")


def quoted(text: str, limit: int = 40) -> str:
    """A piece of a file (a key, a value) for a one-line message: cut to `limit`, as it is when it is plain and
    visible, else as Python writes it ('\\n', '\\u202e'), so that it can neither break the line nor reorder it."""
    cut = text[:limit]
    return cut if cut and neutralise(cut) == cut else repr(cut)


# Refusing at input ---------------------------------------------------------------------------------------------

PROBLEMS = {
    "bidi-control": "holds a hidden character that turns the text around it backwards (a trick of scam messages "
    "to disguise names and links); type it again instead of pasting it",
    "control": "holds a hidden control character; type it again instead of pasting it",
    "invisible": "has nothing in it that can be seen; use letters or digits",
}


@dataclass(frozen=True)
class TextProblem:
    """Why a typed text is refused: `code` ("text-bidi-control", "text-control", "text-invisible") for the
    window's words, `problem` in English for the command line and the logs."""

    code: str
    problem: str


def text_problem(text: str, multiline: bool = False) -> TextProblem | None:
    """None when `text` may be stored as typed; else the problem. Blank text is left to the form's own rule."""
    if not text.strip():
        return None
    reason = unsafe_reason(text, multiline)
    return None if reason is None else TextProblem(f"text-{reason}", PROBLEMS[reason])


class UnsafeText(ValidationError):
    """A typed text refused by text_problem; `field` names the form field, `code` the problem (for the window)."""

    def __init__(self, what: str, field: str, problem: TextProblem) -> None:
        super().__init__(f"{what} {problem.problem}.", field)
        self.code = problem.code
        self.params: dict[str, str] = {}


def check_typed(text: str, what: str, field: str, multiline: bool = False) -> str:
    """`text`, or UnsafeText ("The nickname holds a hidden ...") when it would lie about itself."""
    problem = text_problem(text, multiline)
    if problem is not None:
        raise UnsafeText(what, field, problem)
    return text
