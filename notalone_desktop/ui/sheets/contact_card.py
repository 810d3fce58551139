"""The contact card on paper: a folding wallet card to cut out, and an A4 sheet for the fridge.

Both hold the family's trusted contacts and the country's key helplines; the fridge sheet adds the first steps
for an \u201conline kidnapping\u201d and for money lost to a scam. Black on white, for any printer.
"""

from __future__ import annotations

import datetime as dt
import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from notalone_desktop.core.errors import NotAloneError
from notalone_desktop.ui.labels import format_date
from notalone_desktop.ui.pack_origin import from_publisher_html

if TYPE_CHECKING:
    from notalone_desktop.core.content.helplines import Country, Helpline
    from notalone_desktop.services import Services
    from notalone_desktop.services.contacts import ContactInfo

WALLET_CONTACTS = 4
WALLET_LINES = 4
FRIDGE_SITUATIONS = ("online-kidnapping", "money-lost")
# Which lines a wallet card has room for first: the police, then the child line, then emergencies and scams.
KIND_ORDER = {"police": 0, "child": 1, "emergency": 2, "scam": 3, "report": 4, "support": 5}
BLANK_LINE = "_" * 38
CUT = "\u2702"  # scissors


def texts() -> dict[str, str]:
    """The sheet's fixed texts in the interface language (written out in full so that lupdate finds them)."""
    return {
        "who": QCoreApplication.translate("ContactCard", "Not Alone: who to call"),
        "people": QCoreApplication.translate("ContactCard", "People I can call"),
        "check": QCoreApplication.translate("ContactCard", "check locally"),
        "write-local": QCoreApplication.translate("ContactCard", "Write your local emergency numbers here:"),
        "rule": QCoreApplication.translate(
            "ContactCard",
            "Real police never call or video-call you to ask for money or secrecy. Hang up and call home.",
        ),
        "intro": QCoreApplication.translate(
            "ContactCard",
            "Cut out along the dashed line, fold along the middle line and keep the card in a wallet or school "
            "bag. There are two, so two of you can carry one.",
        ),
        "card": QCoreApplication.translate("ContactCard", "Contact card"),
        "helplines-in": QCoreApplication.translate("ContactCard", "Helplines in %1"),
        "helplines": QCoreApplication.translate("ContactCard", "Helplines"),
        "emergency": QCoreApplication.translate("ContactCard", "In an emergency: who to call"),
        "police": QCoreApplication.translate("ContactCard", "If someone is in danger right now, call the police: %1"),
        "ours": QCoreApplication.translate("ContactCard", "Our trusted contacts"),
        "name": QCoreApplication.translate("ContactCard", "Name"),
        "relationship": QCoreApplication.translate("ContactCard", "Relationship"),
        "numbers": QCoreApplication.translate("ContactCard", "Phone numbers"),
        "trusted": QCoreApplication.translate("ContactCard", "Trusted by"),
        "first": QCoreApplication.translate("ContactCard", "call these first"),
        "write-people": QCoreApplication.translate(
            "ContactCard", "Write the names and numbers of people your child can call:"
        ),
        "website": QCoreApplication.translate("ContactCard", "Website"),
        "check-long": QCoreApplication.translate("ContactCard", "Check locally: this may have changed."),
        "checked": QCoreApplication.translate("ContactCard", "Numbers as checked on %1."),
        "no-lines": QCoreApplication.translate(
            "ContactCard", "Not Alone has no helpline numbers for your country. Write yours here:"
        ),
        "steps": QCoreApplication.translate("ContactCard", "First steps"),
        "printed": QCoreApplication.translate(
            "ContactCard", "Printed on %1 with Not Alone. Keep it where the whole family can see it."
        ),
    }


def build_html(services: Services, lang: str, child: str | None) -> str:
    """The wallet card and the fridge sheet, for the whole family or for the child called `child`."""
    contacts = services.contacts.contacts()
    owner = ""
    if child is not None:
        wanted = child.casefold().strip()
        children = services.family.children()
        match = next((c for c in children if c.nickname.casefold() == wanted), None)
        if match is None:
            known = ", ".join(c.nickname for c in children) or "-"
            raise NotAloneError(f"There is no child called '{child}' in this family (children: {known}).")
        owner = match.nickname
        contacts = [c for c in contacts if match.id in c.child_ids] or contacts
    contacts = sorted(contacts, key=lambda c: not c.pinned)  # stable: the family's order within each group
    country = services.contacts.country()
    lines = [line for line, _pinned in services.contacts.helplines()]
    names = {c.id: c.nickname for c in services.family.children()}
    t = texts()
    parts = [_wallet_page(t, contacts, country, lines, lang, owner)]
    parts.append(_fridge_sheet(t, services, contacts, country, lines, lang, owner, names))
    return f"<html><body>{''.join(parts)}</body></html>"


def key_lines(lines: list[Helpline], country: Country | None, limit: int = WALLET_LINES) -> list[Helpline]:
    """The phone lines a small card has room for: the police number first, then by kind, in content order."""
    phones = [line for line in lines if line.number]
    police = country.police.replace(" ", "") if country else ""
    ranked = sorted(
        enumerate(phones),
        key=lambda pair: (pair[1].number.replace(" ", "") != police, KIND_ORDER.get(pair[1].kind, 9), pair[0]),
    )
    return [line for _n, line in ranked[:limit]]


def _esc(text: str) -> str:
    return html.escape(text)


def _para(inner: str, size: float, bold: bool = False, space_before: float = 0) -> str:
    """A paragraph in a given size (a span carries the size: Qt ignores it on a <p> inside nested tables)."""
    # Bold goes in the same style: Qt resets the size for a <b> nested in a sized span.
    weight = "; font-weight:bold" if bold else ""
    return (
        f"<p style='margin-top:{space_before}pt; margin-bottom:1pt'>"
        f"<span style='font-size:{size}pt{weight}'>{inner}</span></p>"
    )


def _helplines_title(t: dict[str, str], country: Country | None, lang: str) -> str:
    return t["helplines-in"].replace("%1", country.name.get(lang)) if country else t["helplines"]


def _wallet_page(
    t: dict[str, str],
    contacts: list[ContactInfo],
    country: Country | None,
    lines: list[Helpline],
    lang: str,
    owner: str,
) -> str:
    title = t["who"] + (f" \u2014 {owner}" if owner else "")
    front = [_para(_esc(title), 9, bold=True), _para(_esc(t["people"]), 8, bold=True, space_before=2)]
    if contacts:
        rows = []
        for contact in contacts[:WALLET_CONTACTS]:
            number = contact.phones[0].display if contact.phones else ""
            who = f"<span style='font-size:8pt'>{_esc(contact.name)}</span>"
            if contact.relationship:
                who += f"<br/><span style='font-size:6.5pt'>{_esc(contact.relationship)}</span>"
            rows.append(
                f"<tr><td>{who}</td><td align='right'>"
                f"<span style='font-size:9.5pt; font-weight:bold'>{_esc(number)}</span></td></tr>"
            )
        front.append(f"<table width='100%' cellspacing='0'>{''.join(rows)}</table>")
    else:
        front.append("".join(_para(BLANK_LINE, 8, space_before=6) for _ in range(3)))

    back = [_para(_esc(_helplines_title(t, country, lang)), 8, bold=True)]
    chosen = key_lines(lines, country)
    if chosen:
        rows = []
        for line in chosen:
            name = line.name.get(lang) + (f" ({t['check']})" if line.check_locally else "")
            rows.append(
                f"<tr><td width='26%'><span style='font-size:10.5pt; font-weight:bold'>{_esc(line.number)}</span>"
                f"</td><td><span style='font-size:7.5pt'>{_esc(name)}</span></td></tr>"
            )
        back.append(f"<table width='100%' cellspacing='0'>{''.join(rows)}</table>")
    else:
        back.append(_para(_esc(t["write-local"]), 7.5))
        back.append("".join(_para(BLANK_LINE, 8, space_before=6) for _ in range(2)))
    back.append(_para(_esc(t["rule"]), 7.5, bold=True, space_before=4))

    # Padding in this HTML is counted in device pixels (next to nothing at 300 dpi), so empty side columns and
    # an empty first and last line keep the text off the cut line on any printer.
    def face(content: list[str]) -> str:
        spacer = "<p style='margin:0'><span style='font-size:5pt'>&nbsp;</span></p>"
        return (
            f"<td width='50%'><table width='100%' cellspacing='0'><tr><td width='4%'></td>"
            f"<td width='92%'>{spacer}{''.join(content)}{spacer}</td><td width='4%'></td></tr></table></td>"
        )

    card = (
        "<table width='96%' cellspacing='0' cellpadding='0' border='1' "
        f"style='border-style: dashed; border-color: #000;'><tr>{face(front)}{face(back)}</tr></table>"
    )
    return f"<h1>{_esc(t['card'])}</h1><p class='meta'>{CUT} {_esc(t['intro'])}</p>{card}<p>&nbsp;</p>{card}"


def _fridge_sheet(
    t: dict[str, str],
    services: Services,
    contacts: list[ContactInfo],
    country: Country | None,
    lines: list[Helpline],
    lang: str,
    owner: str,
    names: dict[int, str],
) -> str:
    title = t["emergency"] + (f" \u2014 {owner}" if owner else "")
    parts = [f"<h1 style='page-break-before: always'>{_esc(title)}</h1>"]
    if country is not None and country.police:
        police = t["police"].replace("%1", country.police)
        parts.append(f"<p><span style='font-size:13pt; font-weight:bold'>{_esc(police)}</span></p>")
    parts.append(f"<h2>{_esc(t['ours'])}</h2>")
    table = "<table width='100%' border='1' cellspacing='0' style='border-color:#777'>"
    if contacts:
        header = "".join(f"<td><b>{_esc(t[k])}</b></td>" for k in ("name", "relationship", "numbers", "trusted"))
        rows = [f"<tr>{header}</tr>"]
        for contact in contacts:
            star = "\u2605 " if contact.pinned else ""
            numbers = "<br/>".join(f"<b>{_esc(p.display)}</b>" for p in contact.phones)
            trusted = ", ".join(names[c] for c in contact.child_ids if c in names)
            rows.append(
                f"<tr><td>{star}{_esc(contact.name)}</td><td>{_esc(contact.relationship)}</td>"
                f"<td>{numbers}</td><td>{_esc(trusted)}</td></tr>"
            )
        parts.append(f"{table}{''.join(rows)}</table>")
        if any(c.pinned for c in contacts):
            parts.append(f"<p class='meta'>\u2605 {_esc(t['first'])}</p>")
    else:
        parts.append(f"<p>{_esc(t['write-people'])}</p>")
        parts.append("".join(f"<p>{BLANK_LINE} {BLANK_LINE}</p>" for _ in range(4)))

    parts.append(f"<h2>{_esc(_helplines_title(t, country, lang))}</h2>")
    if lines:
        rows = []
        for line in lines:
            # A web address is too long for the number column: it goes under the line's name instead.
            number = _esc(line.number) if line.number else _esc(t["website"])
            about = f"<b>{_esc(line.name.get(lang))}</b>"
            if line.url:
                about += f"<br/><b>{_esc(line.url)}</b>"
            hours = " \u00b7 ".join(text for text in (line.hours.get(lang), line.cost.get(lang)) if text)
            if hours:
                about += f"<br/><span style='font-size:8.5pt'>{_esc(hours)}</span>"
            if line.check_locally:
                about += f"<br/><i>{_esc(t['check-long'])}</i>"
            about += from_publisher_html(services.content, "helplines", line.key)  # an unknown publisher's line
            style = "font-size:13pt; font-weight:bold" if line.number else "font-size:9pt"
            rows.append(f"<tr><td width='20%'><span style='{style}'>{number}</span></td><td>{about}</td></tr>")
        parts.append(f"{table}{''.join(rows)}</table>")
        checked = t["checked"].replace("%1", format_date(max(line.verified for line in lines)))
        parts.append(f"<p class='meta'>{_esc(checked)}</p>")
    else:
        parts.append(f"<p>{_esc(t['no-lines'])}</p>")
        parts.append("".join(f"<p>{BLANK_LINE} {BLANK_LINE}</p>" for _ in range(3)))

    situations = {s.key: s for s in services.content.situations}
    cells = []
    for key in FRIDGE_SITUATIONS:
        situation = situations.get(key)
        if situation is None:
            continue
        steps = "".join(f"<li>{_esc(step)}</li>" for step in situation.steps_for(lang))
        cells.append(f"<td width='50%'><h3>{_esc(situation.title.get(lang))}</h3><ol>{steps}</ol></td>")
    if cells:
        # Side by side, so the whole sheet stays on one page of the fridge.
        parts.append(f"<h2>{_esc(t['steps'])}</h2>")
        parts.append(f"<table width='100%' cellspacing='0'><tr>{''.join(cells)}</tr></table>")
    printed = t["printed"].replace("%1", format_date(dt.date.today()))
    parts.append(f"<p class='meta'>{_esc(printed)}</p>")
    return "".join(parts)
