"""Every screen of the app, one after the other, for the checks that must hold everywhere (mnemonics, accessible
names, Enter on buttons): each view (and the states of a view that show other controls), then every dialog and
every page of the wizards, each while it is on screen."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from PySide6.QtWidgets import QApplication, QStackedWidget, QWidget

from notalone_desktop.ui.main_window import VIEWS


def _view_states(window) -> Iterator[tuple[str, QWidget]]:  # type: ignore[no-untyped-def]
    for name, _module, _cls in VIEWS:
        window.show_view(name)
        QApplication.processEvents()
        yield name, window
        if name == "checklist":
            view = window.views[name]
            first = next(i for i in view.all_items() if not i.custom)
            window.show_view(name, first.key)  # an item chosen: its state, note and links
            QApplication.processEvents()
            yield "checklist-item", window
        elif name == "plan":
            window.show_view("plan", "incidents")
            QApplication.processEvents()
            yield "plan-incidents", window
            window.views["plan"].tabs.setCurrentIndex(0)
        elif name == "lessons":
            view = window.views[name]
            view.open_lesson(view.services.lessons.lessons(window.context.language)[0].key)
            QApplication.processEvents()
            yield "lessons-reader", window
            view.show_library()


def _dialog_factories(window) -> list[tuple[str, Callable[[], QWidget]]]:  # type: ignore[no-untyped-def]
    from notalone_desktop.ui.dialogs.agreement_dialog import AgreementDialog
    from notalone_desktop.ui.dialogs.backups_dialog import TaskDialog
    from notalone_desktop.ui.dialogs.child_dialog import ChildDialog
    from notalone_desktop.ui.dialogs.contact_dialog import ContactDialog
    from notalone_desktop.ui.dialogs.custom_item_dialog import CustomItemDialog
    from notalone_desktop.ui.dialogs.get_help import panel_for
    from notalone_desktop.ui.dialogs.incident_dialog import IncidentDialog
    from notalone_desktop.ui.dialogs.life_event_dialog import StartLifeEventDialog
    from notalone_desktop.ui.dialogs.pin_dialog import PinDialog, RecoveryCodeDialog, SetPinDialog
    from notalone_desktop.ui.dialogs.recovery import RecoveryDialog
    from notalone_desktop.ui.dialogs.scenario_player import ScenarioPlayer
    from notalone_desktop.ui.dialogs.vcard_import import VcardImportDialog

    context = window.context
    services = context.services
    child = services.family.children()[0]
    contact = services.contacts.contacts()[0]
    events = services.life_events.not_started(None)
    scenario = services.scenarios.scenarios()[0]
    duplicate = services.contacts.contacts()[1]
    from notalone_desktop.services.contacts import ContactInput

    new = [ContactInput("Thầy Long", "teacher", ("0912 345 678",))]
    old = [ContactInput(duplicate.name, duplicate.relationship, tuple(p.display for p in duplicate.phones))]
    return [
        ("get-help", lambda: panel_for(context, "online-kidnapping", window)),
        ("child-dialog", lambda: ChildDialog(window)),
        ("child-dialog-edit", lambda: ChildDialog(window, child)),
        ("custom-item", lambda: CustomItemDialog(context, window)),
        ("contact-dialog", lambda: ContactDialog(context, window)),
        ("contact-dialog-edit", lambda: ContactDialog(context, window, contact)),
        ("incident-dialog", lambda: IncidentDialog(context, window)),
        ("agreement", lambda: AgreementDialog(context, window)),
        ("life-event", lambda: StartLifeEventDialog(window, events, set(), context.language, child.nickname)),
        ("scenario-player", lambda: ScenarioPlayer(context, scenario, child, window)),
        ("vcard-import", lambda: VcardImportDialog(context, new, old, ["Line 3: this line cannot be read"], window)),
        ("pin-dialog", lambda: PinDialog(context, window)),
        ("set-pin", lambda: SetPinDialog(context, window)),
        ("recovery-code", lambda: RecoveryCodeDialog("ABCD-EFGH-JKMN-PQRS", window)),
        ("recovery", lambda: RecoveryDialog("/tmp/notalone.sqlite3", "file is not a database", None, window)),
        ("task", lambda: TaskDialog("Backing up", "Making a copy of your family's data…", lambda _p, _c: None, window)),
    ]


def window_states(window) -> Iterator[tuple[str, QWidget]]:  # type: ignore[no-untyped-def]
    """(name, top-level widget) for every view state and every dialog (each page of a paged dialog)."""
    from notalone_desktop.ui.dialogs.first_run import FirstRunWizard

    yield from _view_states(window)
    for name, make in _dialog_factories(window):
        dialog = make()
        dialog.show()
        QApplication.processEvents()
        pages = getattr(dialog, "pages", None)
        if isinstance(pages, QStackedWidget) and pages.count() > 1:
            for index in range(pages.count()):
                pages.setCurrentIndex(index)
                QApplication.processEvents()
                yield f"{name}-page{index}", dialog
        else:
            yield name, dialog
        dialog.hide()
        dialog.deleteLater()
    wizard = FirstRunWizard(window.context, window)
    wizard.show()
    for page in ("wizard-language", "wizard-country", "wizard-children", "wizard-pin"):
        QApplication.processEvents()
        yield page, wizard
        wizard.next()
    wizard.hide()
    wizard.deleteLater()
