"""One incident of the logbook on paper, to hand to the police, a scam centre or a school.

Also the words the window uses for incidents: the kinds, what to record for each, and the warning never to keep
sexual images of a child (the form, the list and this sheet say it the same way).
"""

from __future__ import annotations

import datetime as dt
import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from notalone_desktop.core.errors import NotAloneError
from notalone_desktop.services.incidents import IMAGE_WARNING_KINDS, KINDS
from notalone_desktop.ui.labels import band_label, format_date, kind_label

if TYPE_CHECKING:
    from notalone_desktop.services import Services


def what_to_record(kind: str) -> str:
    """What a police or scam-centre report will ask for, by kind."""
    hints = {
        "online-kidnapping": QCoreApplication.translate(
            "Incidents",
            "Record the numbers and accounts that called or wrote, the names and titles the callers used, the "
            "times of the calls, every demand for money with the bank account numbers given, what your child was "
            "told to do (install an app, rent a room, buy a SIM, keep it secret), and when you reached your child.",
        ),
        "sextortion": QCoreApplication.translate(
            "Incidents",
            "Record the account names and links of the person threatening, the platform, when contact began, what "
            "they demand (money, more images) and by when, and any payment details they gave. Describe any image "
            "in words only.",
        ),
        "scam": QCoreApplication.translate(
            "Incidents",
            "Record the website, account or phone number, what was promised, and every payment: date, amount, bank "
            "and transaction reference. If money went out, call the bank at once to try to stop it.",
        ),
        "cyberbullying": QCoreApplication.translate(
            "Incidents",
            "Record the account names involved, where it happened (the app, the group's name), the dates, what was "
            "said or posted, who saw it, and what the school has been told.",
        ),
        "grooming": QCoreApplication.translate(
            "Incidents",
            "Record the account names and links, the apps used, when contact began, any gifts or money offered, and "
            "every request for secrecy, photos or a meeting. Describe any image in words only.",
        ),
        "other": QCoreApplication.translate(
            "Incidents",
            "Record what happened and when, the accounts, numbers or websites involved, any money lost, and who "
            "you have told.",
        ),
    }
    return hints.get(kind, hints["other"])


def image_warning() -> str:
    return QCoreApplication.translate(
        "Incidents",
        "Never save, screenshot or forward sexual images of a child, not even as evidence: holding them can itself "
        "be a crime. Report them to the police or the platform, and write down only where they were seen.",
    )


def needs_image_warning(kind: str) -> bool:
    return kind in IMAGE_WARNING_KINDS


def texts() -> dict[str, str]:
    """The sheet's fixed texts in the interface language (written out in full so that lupdate finds them)."""
    return {
        "title": QCoreApplication.translate("IncidentSheet", "Incident report"),
        "intro": QCoreApplication.translate(
            "IncidentSheet",
            "Written down by the family with Not Alone, to hand to the police, a scam-reporting centre or a school.",
        ),
        "date": QCoreApplication.translate("IncidentSheet", "Date"),
        "who": QCoreApplication.translate("IncidentSheet", "Who it happened to"),
        "family": QCoreApplication.translate("IncidentSheet", "The family"),
        "age": QCoreApplication.translate("IncidentSheet", "%1, age group %2"),
        "kind": QCoreApplication.translate("IncidentSheet", "Kind"),
        "platform": QCoreApplication.translate("IncidentSheet", "Platform, app or number"),
        "what": QCoreApplication.translate("IncidentSheet", "What happened"),
        "told": QCoreApplication.translate("IncidentSheet", "Who was told"),
        "refs": QCoreApplication.translate("IncidentSheet", "Reports made and their reference numbers"),
        "evidence": QCoreApplication.translate("IncidentSheet", "Where the evidence is kept"),
        "none": QCoreApplication.translate("IncidentSheet", "(not written down)"),
        "no-attachments": QCoreApplication.translate(
            "IncidentSheet",
            "No files or images are attached to this report; the evidence is where the family says it is kept.",
        ),
        "printed": QCoreApplication.translate("IncidentSheet", "Printed on %1. Entry last changed on %2."),
    }


def build_html_for(services: Services, lang: str, incident_id: int) -> str:
    """The report of one logbook entry. `lang` is the interface's: the texts come from the installed translation."""
    entry = services.incidents.incident(incident_id)
    if entry is None:
        raise NotAloneError("This entry no longer exists.")
    if entry.kind not in KINDS:
        raise NotAloneError("This entry has an unknown kind.")
    t = texts()
    esc = html.escape
    who = t["family"]
    if entry.child_id is not None:
        child = services.family.child(entry.child_id)
        if child is not None:
            who = t["age"].replace("%1", child.nickname).replace("%2", band_label(child.band))

    def row(label: str, value: str) -> str:
        shown = esc(value).replace("\n", "<br/>") if value.strip() else f"<i>{esc(t['none'])}</i>"
        return f"<tr><td width='30%'><b>{esc(label)}</b></td><td>{shown}</td></tr>"

    rows = [
        row(t["date"], format_date(entry.occurred_on)),
        row(t["who"], who),
        row(t["kind"], kind_label(entry.kind)),
        row(t["platform"], entry.platform),
        row(t["what"], entry.what_happened),
        row(t["told"], entry.who_told),
        row(t["refs"], entry.report_refs),
        row(t["evidence"], entry.evidence_location),
    ]
    parts = [
        f"<h1>{esc(t['title'])}</h1>",
        f"<p class='meta'>{esc(t['intro'])}</p>",
        f"<table width='100%' border='1' cellspacing='0' cellpadding='5'>{''.join(rows)}</table>",
        f"<p>{esc(t['no-attachments'])}</p>",
    ]
    if needs_image_warning(entry.kind):
        parts.append(f"<p><b>{esc(image_warning())}</b></p>")
    printed = t["printed"].replace("%1", format_date(dt.date.today())).replace("%2", format_date(entry.updated_at))
    parts.append(f"<p class='meta'>{esc(printed)}</p>")
    return f"<html><body>{''.join(parts)}</body></html>"
