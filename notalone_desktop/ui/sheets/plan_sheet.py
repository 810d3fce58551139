"""The verification plan on paper: one page per child for the fridge or the wallet drawer.

The script for a frightening call or message, with the second people's names and numbers and the country's police
number; the places the child usually is. The words fit the child's age: for a child under 13 the plan speaks of
the adults around the child (school, carer) and of the code word at pick-up; the ransom script and the advice about
intimate images are for the parents of teenagers (13 to 17) and of young adults (18 to 22, who may live away with
roommates). The family code word is printed only when the parent ticked "include the code word"; the command line
never prints it.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from notalone_desktop.core.errors import NotAloneError
from notalone_desktop.ui.labels import band_label
from notalone_desktop.ui.sheets.common import esc, find_child, medium_date, name_band, span
from notalone_desktop.ui.sheets.layout import OnePage, Sheet
from notalone_desktop.ui.theme.tokens import PRINT

if TYPE_CHECKING:
    from notalone_desktop.core.family import ChildInfo
    from notalone_desktop.services import Services
    from notalone_desktop.services.contacts import ContactInfo
    from notalone_desktop.services.plan import ChildPlan

PHONES_PER_CONTACT = 2  # a plan fits on one page: the first two numbers of each person
BLANK = "_" * 44
H2 = " style='margin-top:12px'"  # a little tighter than the sheets' default: a plan is one page
YOUNG_BANDS = ("under6", "6-9", "10-12")
TEEN_BANDS = ("13-15", "16-17")
STEP_SIZES = (PRINT.section - 1, PRINT.item)  # large on the fridge when the page has room


def age_group(band: str | None) -> str:
    """young (under 13), teen (13 to 17) or adult (18 to 22, also when the age is not known)."""
    if band in YOUNG_BANDS:
        return "young"
    return "teen" if band in TEEN_BANDS else "adult"


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
        "call-around-teen": QCoreApplication.translate(
            "PlanSheet",
            "If %1 does not answer, call the people around them: their friends, the parents of their friends, "
            "their school or a teacher.",
        ),
        "intro-young": QCoreApplication.translate(
            "PlanSheet",
            "What to do if a caller or a message says %1 is hurt, in trouble or has been taken, and asks for "
            "money or secrecy. Calls like this are almost always scams: check first, pay nothing.",
        ),
        "script-young": QCoreApplication.translate("PlanSheet", "If someone says %1 is in trouble"),
        "call-adult": QCoreApplication.translate(
            "PlanSheet",
            "Call the adult who is with %1 right now (the school, the kindergarten, the carer) and ask them to "
            "check that %1 is safe.",
        ),
        "call-people-young": QCoreApplication.translate(
            "PlanSheet", "If you cannot reach them, call these people, in this order:"
        ),
        "call-around-young": QCoreApplication.translate(
            "PlanSheet",
            "If you cannot reach them, call the other adults around %1: the teacher, the school office, "
            "grandparents, the parents of friends.",
        ),
        "keep-young": QCoreApplication.translate(
            "PlanSheet",
            "Keep every message, call log, account name and bank account number the callers sent. Delete nothing.",
        ),
        "pick-up": QCoreApplication.translate(
            "PlanSheet",
            "Anyone who comes to pick %1 up without being expected must know the family code word. %1 goes with "
            "nobody who does not.",
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
        "script": QCoreApplication.translate("PlanSheet", "If a ransom or “police” message arrives"),
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


def script_steps(plan: ChildPlan, police: str | None, band: str | None = None) -> list[tuple[str, list[str]]]:
    """The steps for a frightening call or message about the child, each with the lines that belong under it
    (people to call), in the words for the child's age `band` (None: the words for a young adult)."""
    t = texts()
    name = plan.nickname
    people = [contact_line(c) for c in plan.contacts]
    police_step: tuple[str, list[str]] = (t["police"].replace("%1", police) if police else t["police-local"], [])
    if age_group(band) == "young":
        return [
            (t["calm"], []),
            (t["call-adult"].replace("%1", name), []),
            (t["call-people-young"], people) if people else (t["call-around-young"].replace("%1", name), []),
            police_step,
            (t["keep-young"], []),
            (t["pick-up"].replace("%1", name), []),
        ]
    around = t["call-around-teen"] if age_group(band) == "teen" else t["call-around"]
    return [
        (t["calm"], []),
        (t["call-child"].replace("%1", name) + " " + t["ask-word"], []),
        (t["call-people"].replace("%1", name), people) if people else (around.replace("%1", name), []),
        police_step,
        (t["keep"].replace("%1", name), []),
        (t["reassure"].replace("%1", name), []),
    ]


def build_html(services: Services, lang: str, child: str | None) -> Sheet:
    """The plan of the child called `child` (by nickname), or every child's plan, one page each.

    Never with the code word: `notalone print plan` and any caller without the parent's explicit choice use this.
    """
    if child is not None:
        return build_html_for(services, lang, [find_child(services, child).id])
    children = services.family.children()
    if not children:
        raise NotAloneError("There are no children in this family yet: add them first, then print their plans.")
    return build_html_for(services, lang, [c.id for c in children])


def build_html_for(services: Services, lang: str, child_ids: list[int], include_code_word: bool = False) -> Sheet:
    """The plans of these children, one page each; the code word only when `include_code_word` is True."""
    country = services.contacts.country()
    police = country.police if country else None
    plans = {p.child_id: p for p in services.plan.plans()}
    pages = []
    for child_id in child_ids:
        plan = plans.get(child_id)
        kid = services.family.child(child_id)
        if plan is None or kid is None:
            raise NotAloneError("This child is no longer in the family.")
        word = services.plan.code_word(child_id) if include_code_word else ""
        variants = tuple(_page(plan, kid, police, word, include_code_word, size) for size in STEP_SIZES)
        pages.append(OnePage(variants, min_scale=0.6))
    return Sheet(pages)


def _page(plan: ChildPlan, kid: ChildInfo, police: str | None, word: str, include_code_word: bool, size: float) -> str:
    t = texts()
    name = plan.nickname
    young = age_group(kid.band) == "young"
    parts = [name_band(t["title"].replace("%1", name), band_label(kid.band), kid.colour)]
    printed = t["printed"].replace("%1", medium_date(dt.date.today()))
    intro = t["intro-young"] if young else t["intro"]
    parts.append(f"<p style='margin-top:6px'>{esc(intro.replace('%1', name))} {esc(printed)}</p>")
    script = t["script-young"].replace("%1", name) if young else t["script"]
    parts.append(f"<h2{H2}>{esc(script)}</h2>")
    items = []
    for text, lines in script_steps(plan, police, kid.band):
        sub = "".join(f"<br/><b>{esc(line)}</b>" for line in lines)
        items.append(f"<li style='margin-bottom:5px'>{span(esc(text) + sub, size)}</li>")
    parts.append(f"<ol>{''.join(items)}</ol>")
    parts.append(f"<h2{H2}>{esc(t['places'].replace('%1', name))}</h2>")
    if plan.places:
        parts.append("<ul>" + "".join(f"<li>{span(esc(place), size)}</li>" for place in plan.places) + "</ul>")
    else:
        parts.append("".join(f"<p style='margin-top:14px'>{BLANK}</p>" for _ in range(3)))
    parts.append(f"<h2{H2}>{esc(t['word'])}</h2>")
    if include_code_word and word:
        parts.append(
            "<table border='1' cellpadding='6' cellspacing='0' width='100%'><tr><td>"
            f"{span(esc(word), PRINT.section, bold=True)}<br/>{span(esc(t['word-secret']), PRINT.caption)}"
            "</td></tr></table>"
        )
    elif plan.has_code_word:
        parts.append(f"<p>{span(esc(t['word-not-printed']), size)}</p>")
    else:
        parts.append(f"<p>{span(esc(t['word-none']), size)}</p>")
    return "".join(parts)
