"""What every card of the Settings view shares: the context, and the signals the cards talk to the view with: a
message for the family (`result`), "the family's data was replaced" (`family_replaced`, after a restore or an
import) and "the backups changed" (`backups_changed`).

The cards' texts keep the translation context "SettingsView" (the one they had when Settings was one module),
so they are translated with `translate("SettingsView", ...)`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QWidget

from notalone_desktop.ui.widgets.common import Card

if TYPE_CHECKING:
    from notalone_desktop.services import Services
    from notalone_desktop.ui.context import AppContext

translate = QCoreApplication.translate


class SettingsCard(Card):
    """A framed group of Settings about one concern; `retranslate` sets its texts, `refresh` its data."""

    # A message for the family (text, is it a problem?): shown under "Your family's data" and in the status bar.
    result = Signal(str, bool)
    # A restore or an import replaced the family's data: every view reloads.
    family_replaced = Signal()
    # A backup was made or removed (an import that failed after its backup): the list of backups reloads.
    backups_changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context

    @property
    def services(self) -> Services:
        return self.context.services

    @property
    def lang(self) -> str:
        return self.context.language

    def retranslate(self) -> None:
        """Set every text of the card."""

    def refresh(self) -> None:
        """Reload what the card shows from the services."""

    def task_went_well(self, task: Any, failure: str) -> bool:
        """After long work (ui/dialogs/backups_dialog.run_task): False, with the reason said, when it was
        cancelled or failed; `failure` holds %1 for the reason."""
        from notalone_desktop.ui.views.settings.wording import reason

        if task.cancelled:
            self.result.emit(translate("SettingsView", "Cancelled. Nothing was changed."), False)
            return False
        if task.error is not None:
            self.result.emit(failure.replace("%1", reason(task.error)), True)
            return False
        return True
