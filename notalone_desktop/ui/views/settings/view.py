"""Settings: language, country, the children, the parent lock, backups, export / import / erase, and where the
data lives. Everything here but the language asks for the parent PIN in child mode.

The view holds one card per concern (general.py, children.py, lock.py, backups.py, data.py) and the About
text; the cards tell it what happened through their signals (card.py).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QPushButton

from notalone_desktop import __version__
from notalone_desktop.ui.context import AppContext
from notalone_desktop.ui.views.base import View
from notalone_desktop.ui.views.settings.backups import BackupsCard
from notalone_desktop.ui.views.settings.card import SettingsCard
from notalone_desktop.ui.views.settings.children import ChildrenCard
from notalone_desktop.ui.views.settings.data import DataCard
from notalone_desktop.ui.views.settings.general import GeneralCard
from notalone_desktop.ui.views.settings.lock import LockCard
from notalone_desktop.ui.views.settings.packs_card import PacksCard
from notalone_desktop.ui.widgets.common import card, heading, scrolling_page, wrapped


class SettingsView(View):
    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        layout = scrolling_page(self)
        self.title_label = heading(1)
        layout.addWidget(self.title_label)
        self.general_card = GeneralCard(context)
        self.children_card = ChildrenCard(context)
        self.lock_card = LockCard(context)
        self.backups_card = BackupsCard(context)
        self.data_card = DataCard(context)
        self.packs_card = PacksCard(context)
        self.cards: tuple[SettingsCard, ...] = (
            self.general_card,
            self.children_card,
            self.lock_card,
            self.backups_card,
            self.data_card,
            self.packs_card,
        )
        for each in self.cards:
            layout.addWidget(each)
            each.result.connect(self.data_card.show_result)
            each.family_replaced.connect(self._after_family_replaced)
            each.backups_changed.connect(self.backups_card.refresh)

        about, about_layout = card()
        self.about_title = heading(2)
        self.about_text = wrapped()
        self.about_text.setObjectName("aboutText")
        about_layout.addWidget(self.about_title)
        about_layout.addWidget(self.about_text)
        about_buttons = QHBoxLayout()
        self.licences_button = QPushButton()
        self.licences_button.setObjectName("licencesButton")
        self.licences_button.clicked.connect(self._show_licences)
        self.verify_button = QPushButton()
        self.verify_button.setObjectName("verifyInstallerButton")
        self.verify_button.clicked.connect(self._show_how_to_verify)
        about_buttons.addWidget(self.licences_button)
        about_buttons.addWidget(self.verify_button)
        about_buttons.addStretch(1)
        about_layout.addLayout(about_buttons)
        layout.addWidget(about)
        layout.addStretch(1)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Settings")

    def retranslate(self) -> None:
        self.title_label.setText(self.tr("Settings"))
        for each in self.cards:
            each.retranslate()
        self.about_title.setText(self.tr("About Not Alone"))
        self.licences_button.setText(self.tr("Licences…"))
        self.licences_button.setAccessibleName(self.tr("Licences"))
        self.verify_button.setText(self.tr("How to check an installer…"))
        self.verify_button.setAccessibleName(self.tr("How to check an installer"))
        self._fill_about()
        if not self._stale:
            self.refresh()

    def refresh(self) -> None:
        for each in self.cards:
            each.refresh()
        self._fill_about()

    def focus_key(self, key: str) -> None:
        if key == "children":
            self.children_card.focus()

    def _fill_about(self) -> None:
        text = (
            self.tr(
                "Version %1. Everything you enter stays on this computer, in the folder %2. Not Alone never "
                "connects to the internet."
            )
            .replace("%1", __version__)
            .replace("%2", str(self.services.data_dir))
        )
        profile = self.context.profile
        if profile is not None:
            given = self.tr("This app was given to you by %1").replace("%1", profile.organisation.name)
            text = f"{given}. {profile.about(self.lang)}\n\n{text}"
        self.about_text.setText(text)

    def _show_licences(self) -> None:
        from notalone_desktop.ui.dialogs.licences import LicencesDialog

        LicencesDialog(self).exec()

    def _show_how_to_verify(self) -> None:
        """How a family or an NGO checks that the installer on a USB stick is the real one."""
        from notalone_desktop.ui.dialogs.licences import how_to_verify_text

        box = QMessageBox(QMessageBox.Icon.Information, self.tr("How to check an installer"), "", parent=self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(how_to_verify_text())
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.exec()

    def _after_family_replaced(self) -> None:
        """After a restore or an import: every view reloads; the language and the lock follow the data."""
        self.context.pin_changed()  # the parent is here (they just did this): unlocked, PIN state re-read
        info = self.services.family.info()
        if info.language != self.context.language:
            self.context.set_language(info.language)
        self.context.family_changed.emit()
        self.backups_card.refresh()
