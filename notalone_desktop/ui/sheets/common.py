"""What the printed sheets share: finding a child by name, dates on paper, the band with a child's name and
colour, and the emergency numbers a sheet carries at its foot."""

from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from notalone_desktop.core.errors import NotAloneError
from notalone_desktop.ui.dates import medium_date as medium_date  # the sheets' dates are the screen's
from notalone_desktop.ui.theme.contrast import print_colour
from notalone_desktop.ui.theme.tokens import PRINT, PRINT_COLOURS

if TYPE_CHECKING:
    from notalone_desktop.core.content.helplines import Country, Helpline
    from notalone_desktop.core.family import ChildInfo
    from notalone_desktop.services import Services
    from notalone_desktop.services.contacts import ContactInfo

# Which lines a small space has room for first: the police, then the child line, then emergencies and scams.
KIND_ORDER = {"police": 0, "child": 1, "emergency": 2, "scam": 3, "report": 4, "support": 5}
BAND_PADDING_PX = 8  # CSS pixels (1/96 inch): Qt reads table padding in px only
_WEEKDAY = re.compile(r"[,\s]*dddd[,.]?\s*")


def esc(text: str) -> str:
    return html.escape(text)


def find_child(services: Services, name: str) -> ChildInfo:
    """The child called `name` (any case), or a plain error that names the family's children."""
    wanted = name.casefold().strip()
    children = services.family.children()
    match = next((c for c in children if c.nickname.casefold() == wanted), None)
    if match is None:
        known = ", ".join(c.nickname for c in children) or "-"
        raise NotAloneError(f"There is no child called '{name}' in this family (children: {known}).")
    return match


def checked_on(line: Helpline) -> str:
    """ "checked 22 Nov 2026": when the app's makers last checked a helpline's details."""
    return QCoreApplication.translate("Sheets", "checked %1").replace("%1", medium_date(line.verified))


def span(text: str, size: float, bold: bool = False, colour: str = "") -> str:
    """Text in a size (a span carries the size: Qt ignores a size on a <p> inside nested tables)."""
    style = f"font-size:{size}pt"
    if bold:  # in the same style: Qt resets the size for a <b> nested in a sized span
        style += "; font-weight:bold"
    if colour:
        style += f"; color:{colour}"
    return f"<span style='{style}'>{text}</span>"


def para(inner: str, size: float, bold: bool = False, before: float = 0, after: float = 1) -> str:
    """A paragraph with space `before` and `after` it in pt (written in CSS pixels: Qt reads margins in px only)."""
    return f"<p style='margin-top:{px(before)}px; margin-bottom:{px(after)}px'>{span(inner, size, bold)}</p>"


def px(points: float) -> int:
    return round(points * 96 / 72)


def name_band(title: str, detail: str, colour: str | None, size: float = PRINT.title, shade: str = "") -> str:
    """A band across the page in the child's colour (dark enough to print as grey), or in `shade`, with white text."""
    shade = shade or (print_colour(colour) if colour else PRINT_COLOURS.family)
    white = PRINT_COLOURS.on_colour
    # The colour goes on the cells: Qt paints a table's own bgcolor only when the table has a border.
    cell = f"bgcolor='{shade}' valign='middle' style='padding:{BAND_PADDING_PX}px'"
    right = f"<td align='right' {cell}>{span(esc(detail), PRINT.item, colour=white)}</td>" if detail else ""
    return (
        f"<table width='100%' cellspacing='0'><tr><td {cell}>{span(esc(title), size, bold=True, colour=white)}</td>"
        f"{right}</tr></table>"
    )


def key_lines(lines: list[Helpline], country: Country | None, limit: int) -> list[Helpline]:
    """The phone lines a small space has room for: the police number first, then lines whose details are confirmed
    before those still to be confirmed, then by kind, in content order."""
    phones = [line for line in lines if line.number]
    police = country.police.replace(" ", "") if country else ""
    ranked = sorted(
        enumerate(phones),
        key=lambda pair: (
            pair[1].number.replace(" ", "") != police,
            pair[1].check_locally,
            KIND_ORDER.get(pair[1].kind, 9),
            pair[0],
        ),
    )
    return [line for _n, line in ranked[:limit]]


def numbers_of(contact: ContactInfo) -> str:
    """Every number a contact has, each kept whole on its line."""
    return "<br/>".join(esc(p.display).replace(" ", "&nbsp;") for p in contact.phones)


def emergency_strip(services: Services, lang: str, people: list[ContactInfo], lines: int = 4) -> str:
    """The numbers for the foot of a sheet, in boxes: a row with the country's key lines (the police first), each a
    large number over its name, and a row with the first people to call and every number they have."""
    country = services.contacts.country()
    chosen = key_lines([h for h, _pinned in services.contacts.helplines()], country, lines)
    rows = []
    if chosen:
        rows.append([(esc(line.number), esc(line.name.get(lang))) for line in chosen])
    callable_people = [(numbers_of(p), esc(p.name)) for p in people if p.phones][:3]
    if callable_people:
        rows.append(callable_people)
    if not rows:
        blank = QCoreApplication.translate("Sheets", "Write your local emergency numbers here:")
        return para(esc(blank), PRINT.body) + para("_" * 60, PRINT.body, before=10)
    tables = []
    for cells in rows:
        width = 100 // len(cells)
        row = "".join(
            f"<td width='{width}%' align='center'>{span(number, PRINT.foot_number, bold=True)}<br/>"
            f"{span(name, PRINT.caption)}</td>"
            for number, name in cells
        )
        tables.append(
            f"<table width='100%' border='1' cellspacing='0' cellpadding='4' "
            f"style='border-color:{PRINT_COLOURS.rule}; margin-bottom:4px'><tr>{row}</tr></table>"
        )
    return "".join(tables)
