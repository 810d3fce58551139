"""Dates in the language's unambiguous medium format, from Qt's own locale data, on every screen that shows one."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QLocale

from notalone_desktop.services.incidents import IncidentInput
from notalone_desktop.ui.app import build_window
from notalone_desktop.ui.dates import medium_date, medium_date_time

DAY = dt.date(2026, 12, 7)


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("en", "7 Dec 2026"), ("vi", "7 thg 12, 2026"), ("id", "7 Des 2026"), ("de", "7. Dez. 2026")],
)
def test_the_medium_date_in_each_language(qapp, lang: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    before = QLocale()
    QLocale.setDefault(QLocale(lang))
    try:
        assert medium_date(DAY) == expected
        # A moment from the database (UTC) is shown in the user's time zone, with the locale's time.
        moment = dt.datetime(2026, 12, 7, 12, 0)
        local = moment.replace(tzinfo=dt.UTC).astimezone()
        assert medium_date_time(moment).startswith(medium_date(local.date()) + ", ")
        assert f"{local.minute:02d}" in medium_date_time(moment)
    finally:
        QLocale.setDefault(before)


def test_the_incident_list_and_the_backups_show_medium_dates(qtbot, demo_services) -> None:  # type: ignore[no-untyped-def]
    demo_services.incidents.add(IncidentInput(DAY, "scam", "A fake shop on Facebook"), DAY)
    made = demo_services.backups.backup_now()
    window = build_window(demo_services, "vi", first_run=False)
    qtbot.addWidget(window)
    window.show()
    window.show_view("plan", "incidents")
    assert window.views["plan"].incidents.tree.topLevelItem(0).text(0) == "7 thg 12, 2026"
    window.show_view("settings")
    backups = window.views["settings"].backups_card.backups_list
    shown = [backups.topLevelItem(n).text(0) for n in range(backups.topLevelItemCount())]
    assert medium_date_time(made.created) in shown and all("thg" in text for text in shown)
