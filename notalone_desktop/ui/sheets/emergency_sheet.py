"""The emergency sheet for the fridge, always one page: the police number large, the family's trusted people with
every number they have, the country's helplines with the date they were last checked, and the first steps for an
"online kidnapping" and for money lost to a scam.

It never prints a doubt about a number: a line's caution belongs on screen, where it can be explained.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from notalone_desktop.ui.pack_origin import from_publisher
from notalone_desktop.ui.sheets.common import checked_on, esc, medium_date, name_band, numbers_of, span
from notalone_desktop.ui.sheets.layout import OnePage
from notalone_desktop.ui.theme.tokens import PRINT, PRINT_COLOURS

if TYPE_CHECKING:
    from notalone_desktop.core.content.helplines import Country, Helpline
    from notalone_desktop.core.family import ChildInfo
    from notalone_desktop.services import Services
    from notalone_desktop.services.contacts import ContactInfo

SITUATIONS = ("online-kidnapping", "money-lost")
BLANK_LINE = "_" * 38
# The fullest sheet first: numbers, with each line's hours and cost, then without them, then smaller numbers.
VARIANTS = (
    (PRINT.number, True, PRINT.body_min),
    (PRINT.number, False, PRINT.body),
    (PRINT.item + 1, False, PRINT.body_min),
)
H2 = " style='margin-top:12px; margin-bottom:4px'"  # a little tighter than a booklet's: this is one page
TABLE = f"<table width='100%' border='1' cellspacing='0' cellpadding='3' style='border-color:{PRINT_COLOURS.rule}'>"


def texts() -> dict[str, str]:
    """The sheet's fixed texts in the interface language (written out in full so that lupdate finds them)."""
    translate = QCoreApplication.translate
    return {
        "emergency": translate("ContactCard", "In an emergency: who to call"),
        "police": translate("ContactCard", "If someone is in danger right now, call the police: %1"),
        "ours": translate("ContactCard", "Our trusted contacts"),
        "name": translate("ContactCard", "Name"),
        "numbers": translate("ContactCard", "Phone numbers"),
        "trusted": translate("ContactCard", "Trusted by"),
        "first": translate("ContactCard", "call these first"),
        "write-people": translate("ContactCard", "Write the names and numbers of people your child can call:"),
        "website": translate("ContactCard", "Website"),
        "helplines-in": translate("ContactCard", "Helplines in %1"),
        "helplines": translate("ContactCard", "Helplines"),
        "no-lines": translate("ContactCard", "Not Alone has no helpline numbers for your country. Write yours here:"),
        "steps": translate("ContactCard", "First steps"),
        "printed": translate("ContactCard", "Printed on %1 with Not Alone. Keep it where the whole family can see it."),
    }


def emergency_page(services: Services, lang: str, people: list[ContactInfo], owner: ChildInfo | None) -> OnePage:
    """The sheet for the whole family (`owner` None) or for one child, with these people on it."""
    t = texts()
    country = services.contacts.country()
    lines = [line for line, _pinned in services.contacts.helplines()]
    names = {c.id: c.nickname for c in services.family.children()}
    origins = {line.key: from_publisher(services.content, "helplines", line.key) for line in lines}
    title = t["emergency"] + (f" \u2014 {owner.nickname}" if owner else "")
    head = name_band(title, "", None, shade=PRINT_COLOURS.emergency)
    if country is not None and country.police:
        police = esc(t["police"]).replace("%1", span(esc(country.police), PRINT.police_number, bold=True))
        head += f"<p style='margin-top:6px; margin-bottom:2px'>{span(police, PRINT.section, bold=True)}</p>"
    situations = {s.key: s for s in services.content.situations}
    steps = [situations[key] for key in SITUATIONS if key in situations]
    variants = []
    for number_size, details, step_size in VARIANTS:
        people_part = _people(t, people, names, number_size)
        body = [head, people_part, _lines(t, lines, country, lang, number_size, details, origins)]
        if steps:
            cells = "".join(
                f"<td width='50%' style='padding-right:8px'>{span(esc(s.title.get(lang)), PRINT.item, bold=True)}"
                f"<ol style='margin-top:2px'>"
                + "".join(f"<li>{span(esc(step), step_size)}</li>" for step in s.steps_for(lang))
                + "</ol></td>"
                for s in steps
            )
            body.append(f"<h2{H2}>{esc(t['steps'])}</h2><table width='100%' cellspacing='0'><tr>{cells}</tr></table>")
        variants.append("".join(body))
    printed = t["printed"].replace("%1", medium_date(dt.date.today()))
    foot = f"<p>{span(esc(printed), PRINT.caption, colour=PRINT_COLOURS.muted)}</p>"
    # Exactly one page, whatever the family: a long list of people is drawn smaller rather than spill over.
    return OnePage(tuple(variants), foot, min_scale=0.4)


def _people(t: dict[str, str], people: list[ContactInfo], names: dict[int, str], number_size: float) -> str:
    parts = [f"<h2{H2}>{esc(t['ours'])}</h2>"]
    if not people:
        parts.append(f"<p>{esc(t['write-people'])}</p>")
        parts.append("".join(f"<p style='margin-top:14px'>{BLANK_LINE} {BLANK_LINE}</p>" for _ in range(4)))
        return "".join(parts)
    header = "".join(f"<td>{span(esc(t[k]), PRINT.caption, bold=True)}</td>" for k in ("name", "numbers", "trusted"))
    rows = [f"<tr>{header}</tr>"]
    for person in people:
        star = "\u2605 " if person.pinned else ""
        who = span(esc(star + person.name), PRINT.item, bold=True)
        if person.relationship:
            who += "<br/>" + span(esc(person.relationship), PRINT.caption)
        trusted = ", ".join(names[c] for c in person.child_ids if c in names)
        rows.append(
            f"<tr><td width='38%'>{who}</td><td width='37%'>{span(numbers_of(person), number_size, bold=True)}</td>"
            f"<td>{span(esc(trusted), PRINT.caption)}</td></tr>"
        )
    parts.append(f"{TABLE}{''.join(rows)}</table>")
    if any(p.pinned for p in people):
        parts.append(f"<p class='meta'>\u2605 {esc(t['first'])}</p>")
    return "".join(parts)


def _lines(
    t: dict[str, str],
    lines: list[Helpline],
    country: Country | None,
    lang: str,
    number_size: float,
    details: bool,
    origins: dict[str, str],
) -> str:
    title = t["helplines-in"].replace("%1", country.name.get(lang)) if country else t["helplines"]
    parts = [f"<h2{H2}>{esc(title)}</h2>"]
    if not lines:
        parts.append(f"<p>{esc(t['no-lines'])}</p>")
        parts.append("".join(f"<p style='margin-top:14px'>{BLANK_LINE} {BLANK_LINE}</p>" for _ in range(3)))
        return "".join(parts)
    rows = []
    for line in lines:
        # A web address is too long for the number column: it goes under the line's name instead.
        number = span(esc(line.number), number_size, bold=True) if line.number else span(esc(t["website"]), PRINT.body)
        about = span(esc(line.name.get(lang)), PRINT.item, bold=True)
        if line.url:
            about += "<br/>" + span(esc(line.url), PRINT.body, bold=True)
        notes = [line.hours.get(lang), line.cost.get(lang)] if details else []
        notes += [checked_on(line), origins.get(line.key, "")]  # "from <publisher>": an unknown publisher's pack
        about += "<br/>" + span(esc(" \u00b7 ".join(n for n in notes if n)), PRINT.caption)
        rows.append(f"<tr><td width='22%'>{number}</td><td>{about}</td></tr>")
    parts.append(f"{TABLE}{''.join(rows)}</table>")
    return "".join(parts)
