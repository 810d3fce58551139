"""The printed checklist, a booklet: real boxes to tick with a pen, grouped by category, in the family's language.

Body text at 10 pt or more, each child's part under a band in the child's colour, a category heading never alone
at the foot of a page (ui/sheets/layout.py keeps headings with what follows), the title and page number on each
page.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from notalone_desktop.core.errors import NotAloneError
from notalone_desktop.ui.labels import band_label, state_label
from notalone_desktop.ui.sheets.common import esc, find_child, medium_date, span
from notalone_desktop.ui.sheets.layout import Flow, Sheet, box
from notalone_desktop.ui.theme.contrast import print_colour
from notalone_desktop.ui.theme.tokens import PRINT, PRINT_COLOURS

if TYPE_CHECKING:
    from notalone_desktop.services import Services
    from notalone_desktop.services.checklist import ItemView

STEPS_SHOWN = 3  # the first steps of an item; the rest are in the app


def build_html(services: Services, lang: str, child: str | None) -> Sheet:
    """The sheet for the child called `child` (by nickname), or for the whole family without one."""
    if child is None:
        return build_html_for(services, lang, None)
    return build_html_for(services, lang, find_child(services, child).id)


def build_html_for(services: Services, lang: str, child_id: int | None, whole_family: bool = True) -> Sheet:
    """One child's booklet, or (child_id None) the family-wide items followed, with `whole_family`, by each child's."""
    translate = QCoreApplication.translate
    today = medium_date(dt.date.today())
    progress = services.overview.family_progress(lang)
    owners: list[tuple[int | None, str, str | None]]
    if child_id is None:
        title = translate("ChecklistSheet", "Family safety checklist")
        owners = [(None, translate("ChecklistSheet", "For the whole family"), None)]
        if whole_family:
            owners += [(c.id, f"{c.nickname} ({band_label(c.band)})", c.colour) for c in services.family.children()]
    else:
        kid = services.family.child(child_id)
        if kid is None:
            raise NotAloneError("This child is no longer in the family.")
        title = translate("ChecklistSheet", "Safety checklist for %1").replace("%1", kid.nickname)
        owners = [(kid.id, f"{kid.nickname} ({band_label(kid.band)})", kid.colour)]
        progress = services.checklist.progress(kid.id, lang)
    summary = (
        translate("ChecklistSheet", "Printed on %1. Done so far: %2 of %3.")
        .replace("%1", today)
        .replace("%2", str(progress.done))
        .replace("%3", str(progress.total))
    )
    tick = translate("ChecklistSheet", "Tick each box when it is done.")
    parts = [f"<h1>{esc(title)}</h1>", f"<p class='meta'>{esc(summary)} {esc(tick)}</p>"]
    categories = {c.key: c.title.get(lang) for c in services.content.checklists.categories}
    for owner, heading, colour in owners:
        items = [i for i in services.checklist.items(owner, lang) if not i.retired]
        parts.append(_owner_heading(heading, colour))
        current = None
        for item in items:
            if item.category != current:
                current = item.category
                parts.append(f"<h3>{esc(categories.get(item.category, item.category))}</h3>")
            parts.append(_item_html(item))
    closing = translate("ChecklistSheet", "Not Alone: the checklist on paper. Keep it where the family can see it.")
    parts.append(f"<p class='meta' style='margin-top:16px'>{esc(closing)}</p>")
    return Sheet([Flow("".join(parts), running_title=title)])


def _owner_heading(text: str, colour: str | None) -> str:
    """A heading in a band of the child's colour (the family's: dark grey), so a page shows whose items it holds.

    A heading, not a table, so that it is kept with the first item that follows it."""
    shade = print_colour(colour) if colour else PRINT_COLOURS.family
    return f"<h2 style='background-color:{shade}; color:{PRINT_COLOURS.on_colour}'>&nbsp;{esc(text)}&nbsp;</h2>"


def _item_html(item: ItemView) -> str:
    lines = [span(esc(item.title), PRINT.item, bold=True)]
    if item.steps and item.state == "todo":  # what is done needs no instructions on paper
        steps = " \u00b7 ".join(step for step in item.steps[:STEPS_SHOWN])
        lines.append(span(esc(steps), PRINT.body_min))
    state = []
    if item.state != "todo":
        state.append(state_label(item.state))
    if item.done_at:
        state.append(medium_date(item.done_at))
    if item.note:
        state.append(item.note)
    if state:
        lines.append(f"<i>{span(esc(' · '.join(state)), PRINT.body_min, colour=PRINT_COLOURS.muted)}</i>")
    # The box in a column of its own, clear of the title, and space under each item so a pen finds its box.
    return (
        "<table width='100%' cellspacing='0'><tr>"
        f"<td width='7%' style='padding-top:1px'>{box(item.state)}</td>"
        f"<td style='padding-bottom:9px'>{'<br/>'.join(lines)}</td></tr></table>"
    )
