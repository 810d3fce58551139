"""The printed checklist: real boxes to tick with a pen, grouped by category, in the family's language."""

from __future__ import annotations

import datetime as dt
import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from notalone_desktop.core.errors import NotAloneError
from notalone_desktop.ui.labels import band_label, format_date, state_label

if TYPE_CHECKING:
    from notalone_desktop.services import Services
    from notalone_desktop.services.checklist import ItemView

BOX_EMPTY, BOX_TICKED, BOX_NA = "☐", "☑", "⊘"


def build_html(services: Services, lang: str, child: str | None) -> str:
    """The sheet for the child called `child` (by nickname), or for the whole family without one."""
    if child is None:
        return build_html_for(services, lang, None)
    wanted = child.casefold().strip()
    children = services.family.children()
    match = next((c for c in children if c.nickname.casefold() == wanted), None)
    if match is None:
        names = ", ".join(c.nickname for c in children) or "-"
        raise NotAloneError(f"There is no child called '{child}' in this family (children: {names}).")
    return build_html_for(services, lang, match.id)


def build_html_for(services: Services, lang: str, child_id: int | None, whole_family: bool = True) -> str:
    """One child's sheet, or (child_id None) the family-wide items followed by each child's."""
    today = format_date(dt.date.today())
    progress = services.overview.family_progress(lang)
    parts = []
    if child_id is None:
        title = QCoreApplication.translate("ChecklistSheet", "Family safety checklist")
        owners: list[tuple[int | None, str]] = [
            (None, QCoreApplication.translate("ChecklistSheet", "For the whole family"))
        ]
        if whole_family:
            owners += [(c.id, f"{c.nickname} ({band_label(c.band)})") for c in services.family.children()]
    else:
        kid = services.family.child(child_id)
        if kid is None:
            raise NotAloneError("This child is no longer in the family.")
        title = QCoreApplication.translate("ChecklistSheet", "Safety checklist for %1").replace("%1", kid.nickname)
        owners = [(kid.id, f"{kid.nickname} ({band_label(kid.band)})")]
        progress = services.checklist.progress(kid.id, lang)
    parts.append(f"<h1>{html.escape(title)}</h1>")
    summary = (
        QCoreApplication.translate("ChecklistSheet", "Printed on %1. Done so far: %2 of %3.")
        .replace("%1", today)
        .replace("%2", str(progress.done))
        .replace("%3", str(progress.total))
    )
    tick = QCoreApplication.translate("ChecklistSheet", "Tick each box when it is done.")
    parts.append(f"<p class='meta'>{html.escape(summary)} {html.escape(tick)}</p>")
    categories = {c.key: c.title.get(lang) for c in services.content.checklists.categories}
    for owner, heading in owners:
        items = [i for i in services.checklist.items(owner, lang) if not i.retired]
        if len(owners) > 1:
            parts.append(f"<h2>{html.escape(heading)}</h2>")
        current = None
        for item in items:
            if item.category != current:
                current = item.category
                parts.append(f"<h3>{html.escape(categories.get(item.category, item.category))}</h3>")
            parts.append(_item_html(item))
    parts.append(
        "<p class='meta'>"
        + html.escape(
            QCoreApplication.translate(
                "ChecklistSheet", "Not Alone: the checklist on paper. Keep it where the family can see it."
            )
        )
        + "</p>"
    )
    return f"<html><body>{''.join(parts)}</body></html>"


def _item_html(item: ItemView) -> str:
    box = {"done": BOX_TICKED, "na": BOX_NA}.get(item.state, BOX_EMPTY)
    lines = [f"<b>{html.escape(item.title)}</b>"]
    if item.steps:
        lines.append("<span class='small'>" + html.escape(" · ".join(item.steps[:3])) + "</span>")
    state = []
    if item.state != "todo":
        state.append(state_label(item.state))
    if item.done_at:
        state.append(format_date(item.done_at, long=False))
    if item.note:
        state.append(item.note)
    if state:
        lines.append("<i class='small'>" + html.escape(" · ".join(state)) + "</i>")
    return f"<table width='100%'><tr><td class='box'>{box}</td><td>{'<br/>'.join(lines)}</td></tr></table>"
