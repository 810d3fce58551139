"""The contact card on paper: a page of wallet cards to cut out, then the emergency sheet for the fridge.

The cards are the size of a bank card, eight to a page (A4 or Letter) with cut marks: one for each child with the
people that child trusts, in the child's colour, and the rest for the family. Each card carries every number of
the people on it and the country's key helplines. The emergency sheet is ui/sheets/emergency_sheet.py.
Black on white, for any printer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from notalone_desktop.ui.sheets.common import esc, find_child, key_lines, numbers_of, span
from notalone_desktop.ui.sheets.emergency_sheet import emergency_page
from notalone_desktop.ui.sheets.layout import CardGrid, Sheet
from notalone_desktop.ui.theme.contrast import print_colour
from notalone_desktop.ui.theme.tokens import PRINT, PRINT_COLOURS

if TYPE_CHECKING:
    from notalone_desktop.core.content.helplines import Country, Helpline
    from notalone_desktop.core.family import ChildInfo
    from notalone_desktop.services import Services
    from notalone_desktop.services.contacts import ContactInfo

CARDS_PER_PAGE = 8  # two columns of four on A4 and on Letter
CARD_CONTACTS = 4  # people on one card, each with every number they have
CARD_LINES = 4  # helplines on one card
BLANK_LINE = "_" * 22


def texts() -> dict[str, str]:
    """The cards' fixed texts in the interface language (written out in full so that lupdate finds them)."""
    translate = QCoreApplication.translate
    return {
        "who": translate("ContactCard", "Not Alone: who to call"),
        "people": translate("ContactCard", "People I can call"),
        "write-local": translate("ContactCard", "Write your local emergency numbers here:"),
        "rule": translate(
            "ContactCard",
            "Real police never call or video-call you to ask for money or secrecy. Hang up and call home.",
        ),
        "helplines-in": translate("ContactCard", "Helplines in %1"),
        "helplines": translate("ContactCard", "Helplines"),
    }


def people_for(contacts: list[ContactInfo], child: ChildInfo | None) -> list[ContactInfo]:
    """The people on a card: those the child trusts (everyone when none is marked), pinned first, in the family's
    order within each group."""
    chosen = [c for c in contacts if child is None or child.id in c.child_ids] or contacts
    return sorted(chosen, key=lambda c: not c.pinned)


def build_html(services: Services, lang: str, child: str | None) -> Sheet:
    """The wallet cards and the emergency sheet, for the whole family or for the child called `child`."""
    contacts = services.contacts.contacts()
    country = services.contacts.country()
    lines = [line for line, _pinned in services.contacts.helplines()]
    t = texts()
    if child is not None:
        kid = find_child(services, child)
        card = _card(t, people_for(contacts, kid), country, lines, lang, kid)
        cards = [card] * CARDS_PER_PAGE
        owner: ChildInfo | None = kid
    else:
        cards = [_card(t, people_for(contacts, kid), country, lines, lang, kid) for kid in services.family.children()]
        family_card = _card(t, people_for(contacts, None), country, lines, lang, None)
        cards += [family_card] * (-(len(cards) + 1) % CARDS_PER_PAGE + 1)  # at least one, up to a full page
        owner = None
    emergency = emergency_page(services, lang, people_for(contacts, owner), owner)
    return Sheet([CardGrid(tuple(cards)), emergency])


def _helplines_title(t: dict[str, str], country: Country | None, lang: str) -> str:
    return t["helplines-in"].replace("%1", country.name.get(lang)) if country else t["helplines"]


def _card(
    t: dict[str, str],
    people: list[ContactInfo],
    country: Country | None,
    lines: list[Helpline],
    lang: str,
    kid: ChildInfo | None,
) -> str:
    white = PRINT_COLOURS.on_colour
    shade = print_colour(kid.colour) if kid else PRINT_COLOURS.family
    title = t["who"] + (f" \u2014 {kid.nickname}" if kid else "")
    band = (
        f"<table width='100%' cellspacing='0'><tr><td bgcolor='{shade}' style='padding:3px'>"
        f"{span(esc(title), PRINT.card_title, bold=True, colour=white)}</td></tr></table>"
    )
    left = [span(esc(t["people"]), PRINT.card_text, bold=True)]
    if people:
        for person in people[:CARD_CONTACTS]:
            who = span(esc(person.name), PRINT.card_text, bold=True)
            if person.relationship:
                who += " " + span(esc(person.relationship), PRINT.card_text - 1, colour=PRINT_COLOURS.muted)
            if person.phones:
                who += "<br/>" + span(numbers_of(person), PRINT.card_number, bold=True)
            left.append(who)
    else:
        left += [span(BLANK_LINE, PRINT.card_number) for _ in range(3)]
    right = [span(esc(_helplines_title(t, country, lang)), PRINT.card_text, bold=True)]
    chosen = key_lines(lines, country, CARD_LINES)
    if chosen:
        rows = [
            f"<tr><td style='padding-bottom:2px'>{span(esc(line.number), PRINT.card_number, bold=True)}&nbsp;"
            f"{span(esc(line.name.get(lang)), PRINT.card_text - 0.5)}</td></tr>"
            for line in chosen
        ]
        right.append(f"<table width='100%' cellspacing='0'>{''.join(rows)}</table>")
    else:
        right.append(span(esc(t["write-local"]), PRINT.card_text))
        right += [span(BLANK_LINE, PRINT.card_number) for _ in range(2)]
    body = (
        "<table width='100%' cellspacing='0'><tr>"
        f"<td width='56%' style='padding-right:6px'>{'<br/>'.join(left)}</td>"
        f"<td width='44%'>{'<br/>'.join(right)}</td></tr></table>"
    )
    rule = f"<p style='margin-top:3px'>{span(esc(t['rule']), PRINT.card_text - 0.5, bold=True)}</p>"
    return band + body + rule
