"""Settings: language and country, and running the first-time setup again."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QPushButton, QWidget

from notalone_desktop.ui.context import AppContext
from notalone_desktop.ui.i18n import available_languages
from notalone_desktop.ui.views.settings.card import SettingsCard, translate
from notalone_desktop.ui.widgets.common import heading


class GeneralCard(SettingsCard):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("general")
        self.title = heading(2)
        self.language = QComboBox()
        self.language.setObjectName("language")
        self.country = QComboBox()
        self.country.setObjectName("country")
        self.form = QFormLayout()
        self.language_label, self.country_label = QLabel(), QLabel()
        self.language_label.setBuddy(self.language)
        self.country_label.setBuddy(self.country)
        self.form.addRow(self.language_label, self.language)
        self.form.addRow(self.country_label, self.country)
        self.setup_button = QPushButton()
        self.setup_button.setObjectName("runSetup")
        self.body.addWidget(self.title)
        self.body.addLayout(self.form)
        self.body.addWidget(self.setup_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.setup_button.clicked.connect(self._run_setup)
        self.language.activated.connect(self._language_chosen)
        self.country.activated.connect(self._country_chosen)

    def retranslate(self) -> None:
        self.title.setText(translate("SettingsView", "Language and country"))
        self.language_label.setText(translate("SettingsView", "&Language:"))
        self.country_label.setText(translate("SettingsView", "&Country or region:"))
        self.language.setAccessibleName(translate("SettingsView", "Language"))
        self.country.setAccessibleName(translate("SettingsView", "Country or region"))
        self.country.setToolTip(
            translate("SettingsView", "Chooses the helplines shown in “Get help now” and how phone numbers are written")
        )
        self.setup_button.setText(translate("SettingsView", "Run the first-time setup again…"))
        self.setup_button.setAccessibleName(translate("SettingsView", "Run the first-time setup again"))

    def refresh(self) -> None:
        info = self.services.family.info()
        self.language.clear()
        for code, name in available_languages(self.services.content):  # a pack's language only while installed
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(self.lang)))
        self.country.clear()
        countries = sorted(self.services.content.countries.values(), key=lambda c: c.name.get(self.lang))
        for country in countries:
            self.country.addItem(country.name.get(self.lang), country.code)
        self.country.setCurrentIndex(max(0, self.country.findData(info.country)))

    def _language_chosen(self, index: int) -> None:
        code = self.language.itemData(index)
        if code and code != self.lang:
            self.context.set_language(code)

    def _country_chosen(self, index: int) -> None:
        code = self.country.itemData(index)
        if code and code != self.services.family.info().country:
            if not self.context.require_parent(self):
                self.refresh()  # puts back the country chosen before
                return
            self.services.family.update(country=code)
            self.context.family_changed.emit()

    def _run_setup(self) -> None:
        from notalone_desktop.ui.dialogs.first_run import FirstRunWizard

        if not self.context.require_parent(self):
            return
        FirstRunWizard(self.context, self.window()).exec()
