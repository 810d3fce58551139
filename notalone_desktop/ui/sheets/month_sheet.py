"""This month's sheet: one page per child for the fridge, with the open items that matter most for the child's age.

The choice of items is core.checklist.month_items (items due for a fresh check first, then open items taking turns
between the categories); the page shows 12 of them, or as few as 8 when a long language fills the page. Big boxes
to tick with a pen, the child's colour, a reminder of the family code word (never the word itself) and the
emergency numbers at the foot.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from notalone_desktop.core.checklist import MONTH_LEAST, month_items
from notalone_desktop.core.clock import utcnow
from notalone_desktop.core.errors import NotAloneError
from notalone_desktop.ui.labels import band_label
from notalone_desktop.ui.sheets.common import (
    emergency_strip,
    esc,
    find_child,
    medium_date,
    name_band,
    para,
    span,
)
from notalone_desktop.ui.sheets.layout import OnePage, Sheet, box
from notalone_desktop.ui.theme.tokens import PRINT, PRINT_COLOURS

if TYPE_CHECKING:
    from notalone_desktop.core.checklist import ItemView
    from notalone_desktop.core.family import ChildInfo
    from notalone_desktop.services import Services
    from notalone_desktop.services.contacts import ContactInfo

STEP_CHARS = 150  # the first step under an item's title, cut at a word beyond this


def texts() -> dict[str, str]:
    """The sheet's fixed texts in the interface language (written out in full so that lupdate finds them)."""
    translate = QCoreApplication.translate
    return {
        "title": translate("MonthSheet", "This month: %1"),
        "age": translate("MonthSheet", "Age %1"),
        "intro": translate(
            "MonthSheet",
            "The most important things to do now for %1. Tick each box when it is done; the rest of the "
            "checklist is in Not Alone.",
        ),
        "again": translate("MonthSheet", "Time to check again: done on %1"),
        "family": translate("MonthSheet", "for the whole family"),
        "all-done": translate(
            "MonthSheet",
            "Everything on the checklist for %1 is done or set aside. Well done! Look again next month.",
        ),
        "word": translate("MonthSheet", "Family code word:"),
        "word-set": translate(
            "MonthSheet", "ask for it on every call about money or danger. It is not printed here, on purpose."
        ),
        "word-none": translate(
            "MonthSheet", "not chosen yet. Agree one together and keep it in the safety plan in Not Alone."
        ),
        "numbers": translate("MonthSheet", "In an emergency"),
        "printed": translate("MonthSheet", "Printed on %1 with Not Alone."),
    }


def build_html(services: Services, lang: str, child: str | None) -> Sheet:
    """`notalone print month`: the sheet of the child called `child`, or of every child, one page each."""
    if child is not None:
        return build_for(services, lang, [find_child(services, child).id])
    return build_for(services, lang, [c.id for c in services.family.children()])


def build_for(services: Services, lang: str, child_ids: list[int]) -> Sheet:
    """One page for each of these children, in this order."""
    if not child_ids:
        raise NotAloneError("There are no children in this family yet: add them first, then print their sheets.")
    family_items = services.checklist.items(None, lang)
    categories = [c.key for c in services.content.checklists.categories]
    plans = {p.child_id: p for p in services.plan.plans()}
    trusted = services.contacts.contacts()
    pages = []
    now = utcnow()
    for child_id in child_ids:
        kid = services.family.child(child_id)
        plan = plans.get(child_id)
        if kid is None or plan is None:
            raise NotAloneError("This child is no longer in the family.")
        chosen = month_items(services.checklist.items(kid.id, lang), family_items, kid.band, categories, now=now)
        people = list(plan.contacts) or _trusted_by(trusted, kid.id)
        pages.append(_page(services, lang, kid, chosen, plan.has_code_word, people))
    return Sheet(pages)


def _trusted_by(contacts: list[ContactInfo], child_id: int) -> list[ContactInfo]:
    """The people to call when the plan names none: those the child trusts (else everyone), pinned first."""
    mine = [c for c in contacts if child_id in c.child_ids] or contacts
    return sorted(mine, key=lambda c: not c.pinned)


def _page(
    services: Services,
    lang: str,
    kid: ChildInfo,
    chosen: list[ItemView],
    has_code_word: bool,
    people: list[ContactInfo],
) -> OnePage:
    t = texts()
    categories = {c.key: c.title.get(lang) for c in services.content.checklists.categories}
    head = name_band(t["title"].replace("%1", kid.nickname), t["age"].replace("%1", band_label(kid.band)), kid.colour)
    if chosen:
        intro = para(esc(t["intro"].replace("%1", kid.nickname)), PRINT.body, before=8, after=6)
        counts = range(len(chosen), min(len(chosen), MONTH_LEAST) - 1, -1)
        variants = tuple(head + intro + _items(chosen[:n], categories, t) for n in counts)
    else:
        variants = (head + para(esc(t["all-done"].replace("%1", kid.nickname)), PRINT.item, before=12),)
    return OnePage(variants, _foot(services, lang, t, has_code_word, people), min_scale=0.85)


def _items(chosen: list[ItemView], categories: dict[str, str], t: dict[str, str]) -> str:
    rows = []
    for item in chosen:
        where = categories.get(item.category, item.category)
        if item.scope == "family":
            where += f" ({t['family']})"
        if item.state == "done" and item.done_at is not None:
            detail = t["again"].replace("%1", medium_date(item.done_at))
        else:
            detail = _shortened(item.steps[0] if item.steps else item.why)
        title = span(esc(item.title), PRINT.month_item, bold=True)
        text = title + "<br/>" + span(esc(f"{where} \u2014 {detail}"), PRINT.month_detail)
        rows.append(
            f"<tr><td width='8%' valign='top'>{box('todo', PRINT.month_box_mm)}</td>"
            f"<td valign='top' style='padding-bottom:12px'>{text}</td></tr>"
        )
    spacer = "<p style='margin:0px'><span style='font-size:6pt'>&nbsp;</span></p>"  # Qt drops a margin before a table
    return f"{spacer}<table width='100%' cellspacing='0'>{''.join(rows)}</table>"


def _shortened(text: str) -> str:
    text = " ".join(text.split())
    if len(text) <= STEP_CHARS:
        return text
    return text[:STEP_CHARS].rsplit(" ", 1)[0].rstrip(",;:") + "\u2026"


def _foot(services: Services, lang: str, t: dict[str, str], has_code_word: bool, people: list[ContactInfo]) -> str:
    word = t["word-set"] if has_code_word else t["word-none"]
    printed = t["printed"].replace("%1", medium_date(dt.date.today()))
    return (
        f"<hr/>{para(span(esc(t['word']), PRINT.item, bold=True) + ' ' + esc(word), PRINT.item, after=6)}"
        f"{para(esc(t['numbers']), PRINT.item, bold=True, after=3)}"
        f"{emergency_strip(services, lang, people, lines=4)}"
        f"<p style='margin-top:5px'>{span(esc(printed), PRINT.caption, colour=PRINT_COLOURS.muted)}</p>"
    )
