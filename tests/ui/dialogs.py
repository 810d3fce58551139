"""Every dialog the app opens, each built over a window of the demo family: for the checks that must hold for all
of them (Get help reachable above each, each fits a small screen)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from notalone_desktop.services.contacts import ContactInput

Factory = Callable[[], QDialog]


def app_dialogs(window) -> list[tuple[str, Factory]]:  # type: ignore[no-untyped-def]
    """(name, factory) for each dialog of the app, parented as the app parents it (to the main window)."""
    from notalone_desktop.ui.dialogs.agreement_dialog import AgreementDialog
    from notalone_desktop.ui.dialogs.child_dialog import ChildDialog
    from notalone_desktop.ui.dialogs.contact_dialog import ContactDialog
    from notalone_desktop.ui.dialogs.custom_item_dialog import CustomItemDialog
    from notalone_desktop.ui.dialogs.first_run import FirstRunWizard
    from notalone_desktop.ui.dialogs.incident_dialog import IncidentDialog
    from notalone_desktop.ui.dialogs.life_event_dialog import StartLifeEventDialog
    from notalone_desktop.ui.dialogs.pin_dialog import PinDialog, RecoveryCodeDialog, SetPinDialog
    from notalone_desktop.ui.dialogs.recovery import RecoveryDialog
    from notalone_desktop.ui.dialogs.scenario_player import ScenarioPlayer
    from notalone_desktop.ui.dialogs.vcard_import import VcardImportDialog

    context = window.context
    services = context.services
    events = list(services.content.life_events.events)

    def question() -> QDialog:
        box = QMessageBox(QMessageBox.Icon.Question, "Remove?", "Remove this contact?", parent=window)
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        return box

    def files() -> QDialog:
        dialog = QFileDialog(window, "Import contacts")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        return dialog

    vcard = [ContactInput(f"Người {n}", "", (f"+8491234{n:04d}",)) for n in range(8)]
    return [
        ("child", lambda: ChildDialog(window)),
        ("custom-item", lambda: CustomItemDialog(context, window)),
        ("contact", lambda: ContactDialog(context, window)),
        ("incident", lambda: IncidentDialog(context, window)),
        ("life-event", lambda: StartLifeEventDialog(window, events, {events[0].key}, context.language, "Lan")),
        ("pin", lambda: PinDialog(context, window)),
        ("set-pin", lambda: SetPinDialog(context, window)),
        ("recovery-code", lambda: RecoveryCodeDialog("K7P2-9XQ4-M3RT-8WZ5", window)),
        ("recovery", lambda: RecoveryDialog("/home/lan/notalone.sqlite3", "file is not a database", None, window)),
        ("scenario", lambda: ScenarioPlayer(context, services.content.scenarios[0], None, window)),
        ("vcard-import", lambda: VcardImportDialog(context, vcard, vcard[:2], ["line 7: no name"], window)),
        ("agreement", lambda: AgreementDialog(context, window)),
        ("first-run", lambda: FirstRunWizard(context, window)),
        ("question", question),
        ("file-dialog", files),
    ]


def demo_family(data_dir: Path):  # type: ignore[no-untyped-def]
    """The services over a new data dir holding the demo family, its lessons synced (for the probes' processes)."""
    from notalone_desktop.services import open_services
    from notalone_desktop.services.demo import create_demo_family

    services = open_services(data_dir)
    create_demo_family(services)
    services.lessons.sync()
    return services
