"""The verification plan on paper: one page per child for the fridge or the wallet drawer.

The script for a ransom or "police" message, with the second people's names and numbers and the country's police
number; the places the child usually is. The family code word is printed only when the parent ticked "include
the code word"; the command line never prints it.
"""

from __future__ import annotations

import datetime as dt
import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from notalone_desktop.core.errors import NotAloneError
from notalone_desktop.ui.labels import format_date

if TYPE_CHECKING:
    from notalone_desktop.services import Services
    from notalone_desktop.services.contacts import ContactInfo
    from notalone_desktop.services.plan import ChildPlan

PHONES_PER_CONTACT = 2  # a plan fits on one page: the first two numbers of each person
BLANK = "_" * 44
H2 = " style='margin-top:8pt'"  # a little tighter than the sheets' default: a plan is one page


def texts() -> dict[str, str]:
    """The plan's fixed texts in the interface language (written out in full so that lupdate finds them)."""
    return {
        "calm": QCoreApplication.translate(
            "PlanSheet", "Stay calm. Do not pay or transfer anything, however urgent or frightening the message is."
        ),
        "call-child": QCoreApplication.translate(
            "PlanSheet", "Call %1 yourself, on the number you already know, with an ordinary voice call."
        ),
        "ask-word": QCoreApplication.translate("PlanSheet", "When you reach them, ask for the family code word."),
        "call-people": QCoreApplication.translate(
            "PlanSheet", "If %1 does not answer, call these people, in this order:"
        ),
        "call-around": QCoreApplication.translate(
            "PlanSheet",
            "If %1 does not answer, call the people around them: a roommate, friends, a teacher, the landlord.",
        ),
        "police": QCoreApplication.translate(
            "PlanSheet", "Call the police on %1 and say it may be an online kidnapping scam."
        ),
        "police-local": QCoreApplication.translate(
            "PlanSheet", "Call your local police and say it may be an online kidnapping scam."
        ),
        "keep": QCoreApplication.translate(
            "PlanSheet",
            "Keep every message, call log, account name and bank account number the callers sent. Delete nothing. "
            "If an image shows %1 undressed, do not forward or copy it: tell the police it exists.",
        ),
        "reassure": QCoreApplication.translate(
            "PlanSheet", "When you reach %1, reassure them first: they are the victim, not the one to blame."
        ),
        "title": QCoreApplication.translate("PlanSheet", "Safety plan for %1"),
        "intro": QCoreApplication.translate(
            "PlanSheet",
            "What to do if someone says %1 has been arrested, kidnapped or is in trouble, and asks for money or "
            "secrecy. Real police never investigate, ask for money or summon anyone by phone or video call.",
        ),
        "script": QCoreApplication.translate("PlanSheet", 'If a ransom or "police" message arrives'),
        "places": QCoreApplication.translate("PlanSheet", "Where %1 usually is"),
        "word": QCoreApplication.translate("PlanSheet", "Family code word"),
        "word-secret": QCoreApplication.translate(
            "PlanSheet", "Keep this page out of sight: anyone who reads the code word can use it."
        ),
        "word-not-printed": QCoreApplication.translate(
            "PlanSheet",
            "Not printed, on purpose. Everyone in the family knows it: ask for it on every call about money or danger.",
        ),
        "word-none": QCoreApplication.translate(
            "PlanSheet", "Not chosen yet. Agree one together and keep it in the safety plan in Not Alone."
        ),
        "printed": QCoreApplication.translate("PlanSheet", "Printed on %1 with Not Alone."),
    }


def contact_line(contact: ContactInfo) -> str:
    """'Name (relationship): number, number' as plain text."""
    who = contact.name + (f" ({contact.relationship})" if contact.relationship else "")
    numbers = ", ".join(p.display for p in contact.phones[:PHONES_PER_CONTACT])
    return f"{who}: {numbers}" if numbers else who


def script_steps(plan: ChildPlan, police: str | None) -> list[tuple[str, list[str]]]:
    """The steps for a ransom or "police" message, each with the lines that belong under it (people to call)."""
    t = texts()
    name = plan.nickname
    steps: list[tuple[str, list[str]]] = [
        (t["calm"], []),
        (t["call-child"].replace("%1", name) + " " + t["ask-word"], []),
    ]
    if plan.contacts:
        steps.append((t["call-people"].replace("%1", name), [contact_line(c) for c in plan.contacts]))
    else:
        steps.append((t["call-around"].replace("%1", name), []))
    steps.append((t["police"].replace("%1", police) if police else t["police-local"], []))
    steps.append((t["keep"].replace("%1", name), []))
    steps.append((t["reassure"].replace("%1", name), []))
    return steps


def build_html(services: Services, lang: str, child: str | None) -> str:
    """The plan of the child called `child` (by nickname), or every child's plan, one page each.

    Never with the code word: `notalone print plan` and any caller without the parent's explicit choice use this.
    """
    children = services.family.children()
    if child is not None:
        wanted = child.casefold().strip()
        match = next((c for c in children if c.nickname.casefold() == wanted), None)
        if match is None:
            names = ", ".join(c.nickname for c in children) or "-"
            raise NotAloneError(f"There is no child called '{child}' in this family (children: {names}).")
        return build_html_for(services, lang, [match.id])
    if not children:
        raise NotAloneError("There are no children in this family yet: add them first, then print their plans.")
    return build_html_for(services, lang, [c.id for c in children])


def build_html_for(services: Services, lang: str, child_ids: list[int], include_code_word: bool = False) -> str:
    """The plans of these children, one page each; the code word only when `include_code_word` is True."""
    country = services.contacts.country()
    police = country.police if country else None
    plans = {p.child_id: p for p in services.plan.plans()}
    pages = []
    for index, child_id in enumerate(child_ids):
        plan = plans.get(child_id)
        if plan is None:
            raise NotAloneError("This child is no longer in the family.")
        word = services.plan.code_word(child_id) if include_code_word else ""
        pages.append(_page(plan, police, word, include_code_word, first=index == 0))
    return f"<html><body>{''.join(pages)}</body></html>"


def _page(plan: ChildPlan, police: str | None, word: str, include_code_word: bool, first: bool) -> str:
    esc = html.escape
    t = texts()
    name = plan.nickname
    breaker = "" if first else " style='page-break-before: always'"
    parts = [f"<h1{breaker}>{esc(t['title'].replace('%1', name))}</h1>"]
    printed = t["printed"].replace("%1", format_date(dt.date.today()))
    parts.append(f"<p class='meta'>{esc(t['intro'].replace('%1', name))} {esc(printed)}</p>")
    parts.append(f"<h2{H2}>{esc(t['script'])}</h2>")
    items = []
    for text, lines in script_steps(plan, police):
        sub = "".join(f"<br/><b>{esc(line)}</b>" for line in lines)
        items.append(f"<li style='margin-bottom:2pt'>{esc(text)}{sub}</li>")
    parts.append(f"<ol>{''.join(items)}</ol>")
    parts.append(f"<h2{H2}>{esc(t['places'].replace('%1', name))}</h2>")
    if plan.places:
        parts.append("<ul>" + "".join(f"<li>{esc(place)}</li>" for place in plan.places) + "</ul>")
    else:
        parts.append("".join(f"<p>{BLANK}</p>" for _ in range(3)))
    parts.append(f"<h2{H2}>{esc(t['word'])}</h2>")
    if include_code_word and word:
        parts.append(
            "<table border='1' cellpadding='4' cellspacing='0' width='100%'><tr><td>"
            f"<span style='font-size:14pt; font-weight:bold'>{esc(word)}</span><br/>"
            f"<span style='font-size:8.5pt'>{esc(t['word-secret'])}</span></td></tr></table>"
        )
    elif plan.has_code_word:
        parts.append(f"<p>{esc(t['word-not-printed'])}</p>")
    else:
        parts.append(f"<p>{esc(t['word-none'])}</p>")
    return "".join(parts)
