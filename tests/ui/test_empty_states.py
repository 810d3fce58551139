"""Empty screens explain themselves in one sentence and offer the one action that fills them, at the top of
the page (no message floating in the middle of blank space)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QApplication

from notalone_desktop.services.incidents import IncidentInput
from notalone_desktop.ui.views.contacts import ContactsView
from notalone_desktop.ui.views.incidents import IncidentsPanel
from notalone_desktop.ui.views.lessons import LessonsView


def test_an_empty_incident_log_says_so_at_the_top_with_its_one_action(qtbot, context) -> None:  # type: ignore[no-untyped-def]
    panel = IncidentsPanel(context)
    qtbot.addWidget(panel)
    panel.resize(900, 600)
    panel.refresh()
    panel.show()
    QApplication.processEvents()
    assert panel.empty.isVisible() and panel.empty.text()
    assert panel.add_button.isVisible() and panel.add_button.property("role") == "primary"
    assert not any(b.isVisible() for b in (panel.edit_button, panel.delete_button, panel.print_button))
    # Message and action sit under the intro, in the top third, not spread over the page.
    assert panel.add_button.geometry().bottom() < panel.height() / 3

    entry = IncidentInput(dt.date(2026, 3, 2), "scam", "A message asking for money")
    panel.context.services.incidents.add(entry, today=dt.date(2026, 3, 3))
    panel.refresh()
    assert not panel.empty.isVisible() and panel.add_button.property("role") == ""
    assert panel.edit_button.isVisible() and panel.tree.isVisible()


def test_no_contacts_yet_offers_adding_one_as_the_primary_action(qtbot, context) -> None:  # type: ignore[no-untyped-def]
    view = ContactsView(context)
    qtbot.addWidget(view)
    view.show()
    view.refresh_now()
    assert view.empty_label.isVisible() and view.empty_label.text().count(".") == 1  # one sentence
    assert view.add_button.property("role") == "primary"
    assert not view.edit_button.isVisible() and not view.delete_button.isVisible()


def test_no_favourites_and_a_search_without_result_each_offer_their_way_back(qtbot, context) -> None:  # type: ignore[no-untyped-def]
    view = LessonsView(context)
    qtbot.addWidget(view)
    view.show()
    view.refresh_now()
    library = view.library
    everything = library.list.count()
    assert everything > 0 and not library.empty_action.isVisible()

    library.favourites_only.setChecked(True)  # nothing is a favourite yet
    assert library.empty_label.isVisible() and "favourite" in library.empty_label.text()
    assert library.empty_action.isVisible() and not library.list.isVisible()
    qtbot.mouseClick(library.empty_action, _left())
    assert not library.favourites_only.isChecked() and library.list.count() == everything

    library.search.setText("zqxjv wvkpq")
    qtbot.waitUntil(lambda: library.empty_label.isVisible())
    assert "search" in library.empty_label.text()
    qtbot.mouseClick(library.empty_action, _left())
    assert library.search.text() == "" and library.list.count() == everything
    assert not library.empty_label.isVisible()


def _left():  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton
