"""First-run setup: language, country, the children, and an optional parent PIN. Skippable, and run again
from Settings."""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from notalone_desktop.core.age import age_in_year, band_for_birth_year, birth_year_range
from notalone_desktop.core.errors import ValidationError
from notalone_desktop.services.family import NICKNAME_MAX, check_birth_year, clean_nickname
from notalone_desktop.ui.context import AppContext
from notalone_desktop.ui.i18n import available_languages
from notalone_desktop.ui.labels import child_label
from notalone_desktop.ui.plain_text import unsafe_text_message
from notalone_desktop.ui.style import style_error
from notalone_desktop.ui.widgets.common import wrapped

log = logging.getLogger(__name__)


class FirstRunWizard(QWizard):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("firstRunWizard")
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)  # "Skip setup"
        self.customButtonClicked.connect(lambda _which: self.skip())
        self.language_page = LanguagePage(context)
        self.country_page = CountryPage(context)
        self.children_list_page = ChildrenPage(context)
        self.pin_page = PinPage(context)
        for page in self._pages():
            self.addPage(page)
        self.setMinimumSize(620, 460)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Welcome to Not Alone"))
        self.setButtonText(QWizard.WizardButton.CustomButton1, self.tr("Skip setup"))
        # Qt's own words for these exist in few languages (not Vietnamese or Indonesian): use ours.
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Finish"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        for page in self._pages():
            page.retranslate()

    def _pages(self) -> tuple[LanguagePage | CountryPage | ChildrenPage | PinPage, ...]:
        return (self.language_page, self.country_page, self.children_list_page, self.pin_page)

    @property
    def children_page(self) -> ChildrenPage:
        return self.children_list_page

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def skip(self) -> None:
        """Keep the defaults; the wizard will not come back by itself (Settings can run it again)."""
        self.context.services.family.update(setup_done=True)
        self.context.family_changed.emit()
        self.reject()

    def accept(self) -> None:
        services = self.context.services
        services.family.update(country=self.country_page.country_code(), setup_done=True)
        for nickname, year in self.children_list_page.new_children:
            services.family.add_child(nickname, year)
        self.pin_page.apply(self)
        self.context.family_changed.emit()
        super().accept()


class LanguagePage(QWizardPage):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.intro = wrapped()
        self.language = QComboBox()
        self.language.setObjectName("wizardLanguage")
        for code, name in available_languages(context.services.content):  # with those installed packs add
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(context.language)))
        # The whole wizard switches language as soon as one is picked.
        self.language.activated.connect(self._chosen)
        self.label = QLabel()
        self.label.setBuddy(self.language)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        form = QFormLayout()
        form.addRow(self.label, self.language)
        layout.addLayout(form)
        layout.addStretch(1)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Welcome"))
        self.intro.setText(
            self.tr(
                "Not Alone helps you keep your children safe online: a checklist for each child, the numbers to "
                "call in a crisis, and lessons and games to share. Everything stays on this computer. Setting "
                "up takes a minute."
            )
        )
        self.label.setText(self.tr("&Language:"))
        self.language.setAccessibleName(self.tr("Language"))

    def _chosen(self, index: int) -> None:
        code = self.language.itemData(index)
        if code and code != self.context.language:
            self.context.set_language(code)


class CountryPage(QWizardPage):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.intro = wrapped()
        self.country = QComboBox()
        self.country.setObjectName("wizardCountry")
        self.label = QLabel()
        self.label.setBuddy(self.country)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        form = QFormLayout()
        form.addRow(self.label, self.country)
        layout.addLayout(form)
        layout.addStretch(1)
        self._fill()

    def _fill(self) -> None:
        chosen = self.country.currentData() or self.context.services.family.info().country
        lang = self.context.language
        self.country.clear()
        countries = sorted(self.context.services.content.countries.values(), key=lambda c: c.name.get(lang))
        for country in countries:
            self.country.addItem(country.name.get(lang), country.code)
        self.country.setCurrentIndex(max(0, self.country.findData(chosen)))

    def retranslate(self) -> None:
        self.setTitle(self.tr("Where do you live?"))
        self.intro.setText(
            self.tr("This chooses the helplines shown in “Get help now” and how phone numbers are written.")
        )
        self.label.setText(self.tr("&Country or region:"))
        self.country.setAccessibleName(self.tr("Country or region"))
        self._fill()

    def country_code(self) -> str:
        return str(self.country.currentData() or "VN")


class ChildrenPage(QWizardPage):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.new_children: list[tuple[str, int]] = []
        self.intro = wrapped()
        self.nickname = QLineEdit()
        self.nickname.setObjectName("wizardNickname")
        self.nickname.setMaxLength(NICKNAME_MAX * 5)
        low, high = birth_year_range()
        self.birth_year = QSpinBox()
        self.birth_year.setObjectName("wizardBirthYear")
        self.birth_year.setRange(low, high)
        self.birth_year.setValue(dt.date.today().year - 8)
        self.add_button = QPushButton()
        self.add_button.setObjectName("wizardAddChild")
        self.add_button.clicked.connect(self.add_child)
        self.nickname.returnPressed.connect(self.add_child)
        self.error = QLabel()
        self.error.setObjectName("wizardError")
        style_error(self.error)
        self.error.setWordWrap(True)
        self.error.hide()
        self.children_list = QListWidget()
        self.children_list.setObjectName("wizardChildren")
        self.nickname_label, self.year_label = QLabel(), QLabel()
        self.nickname_label.setBuddy(self.nickname)
        self.year_label.setBuddy(self.birth_year)
        row = QHBoxLayout()
        row.addWidget(self.nickname_label)
        row.addWidget(self.nickname, 2)
        row.addWidget(self.year_label)
        row.addWidget(self.birth_year)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(self.children_list, 1)
        self._fill()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Your children"))
        self.intro.setText(
            self.tr(
                "Add each child with a nickname and the year they were born. The checklist follows their age "
                "and moves on by itself every year. You can change this later in Settings."
            )
        )
        self.nickname_label.setText(self.tr("&Nickname:"))
        self.year_label.setText(self.tr("&Born in:"))
        self.add_button.setText(self.tr("&Add"))
        self.nickname.setAccessibleName(self.tr("Nickname"))
        self.birth_year.setAccessibleName(self.tr("Birth year"))
        self.children_list.setAccessibleName(self.tr("Children added"))
        self._fill()

    def _fill(self) -> None:
        self.children_list.clear()
        existing = [(c.nickname, c.birth_year) for c in self.context.services.family.children()]
        for nickname, year in existing + self.new_children:
            band = band_for_birth_year(year)
            self.children_list.addItem(QListWidgetItem(child_label(nickname, age_in_year(year), band)))

    def add_child(self) -> None:
        try:
            nickname = clean_nickname(self.nickname.text())
            year = check_birth_year(self.birth_year.value())
        except ValidationError as exc:
            unsafe = unsafe_text_message(getattr(exc, "code", ""))
            if unsafe is not None:
                message = unsafe
            elif exc.field == "nickname" and self.nickname.text().strip():
                message = self.tr("A nickname can have at most %1 characters.").replace("%1", str(NICKNAME_MAX))
            else:
                message = self.tr("Enter a nickname for the child.")
            self.error.setText(message)
            self.error.show()
            self.nickname.setFocus()
            return
        self.error.hide()
        self.new_children.append((nickname, year))
        self.nickname.clear()
        self.nickname.setFocus()
        self._fill()
        self.children_list.scrollToItem(
            self.children_list.item(self.children_list.count() - 1), QListWidget.ScrollHint.EnsureVisible
        )
        self.children_list.setCurrentRow(self.children_list.count() - 1)


class PinPage(QWizardPage):
    """The optional parent PIN: set it here (twice), or leave both fields empty to go on without one."""

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.intro = wrapped()
        self.already = wrapped()
        self.already.setObjectName("wizardPinAlreadySet")
        self.pin = QLineEdit()
        self.pin.setObjectName("wizardPin")
        self.repeat = QLineEdit()
        self.repeat.setObjectName("wizardPinRepeat")
        for field in (self.pin, self.repeat):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setMaxLength(256)
        self.pin_label, self.repeat_label = QLabel(), QLabel()
        self.pin_label.setBuddy(self.pin)
        self.repeat_label.setBuddy(self.repeat)
        self.error = QLabel()
        self.error.setObjectName("wizardPinError")
        style_error(self.error)
        self.error.setWordWrap(True)
        self.error.hide()
        self.skip_note = wrapped()
        form = QFormLayout()
        form.addRow(self.pin_label, self.pin)
        form.addRow(self.repeat_label, self.repeat)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.already)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.skip_note)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        from notalone_desktop.ui.dialogs.pin_dialog import pin_rules_text

        self.setTitle(self.tr("Parent PIN (optional)"))
        self.intro.setText(pin_rules_text())
        self.already.setText(self.tr("A parent PIN is already set. You can change or remove it in Settings."))
        self.pin_label.setText(self.tr("&PIN or passphrase:"))
        self.repeat_label.setText(self.tr("&Repeat it:"))
        self.pin.setAccessibleName(self.tr("Parent PIN or passphrase"))
        self.repeat.setAccessibleName(self.tr("Repeat the parent PIN or passphrase"))
        self.skip_note.setText(self.tr("Leave both fields empty to go on without a PIN; you can set one later."))
        self.initializePage()

    def initializePage(self) -> None:
        has_pin = self.context.pin_set  # no database here: retranslate may come late, from any window
        self.already.setVisible(has_pin)
        for widget in (self.pin, self.repeat, self.pin_label, self.repeat_label, self.skip_note):
            widget.setVisible(not has_pin)

    def validatePage(self) -> bool:
        """Empty fields: no PIN. Otherwise the PIN must follow the rules and be typed the same twice."""
        from notalone_desktop.services.security import PinProblem, check_pin_rules
        from notalone_desktop.ui.dialogs.pin_dialog import pin_problem_text

        pin, repeat = self.pin.text(), self.repeat.text()
        if not pin and not repeat:
            self.error.hide()
            return True
        try:
            check_pin_rules(pin)
        except PinProblem as problem:
            self.error.setText(pin_problem_text(problem))
            self.error.show()
            self.pin.setFocus()
            return False
        if pin != repeat:
            self.error.setText(self.tr("The two PINs are not the same."))
            self.error.show()
            self.repeat.setFocus()
            return False
        self.error.hide()
        return True

    def apply(self, wizard: QWidget) -> None:
        """Set the PIN chosen on this page (if any) and show the recovery code once."""
        from notalone_desktop.services.security import PinProblem
        from notalone_desktop.ui.dialogs.pin_dialog import RecoveryCodeDialog, pin_problem_text

        pin = self.pin.text()
        if not pin or self.context.security.has_pin() or not self.validatePage():
            return
        try:
            code = self.context.security.set_pin(pin)
        except PinProblem as problem:
            log.warning("the PIN from the first-run wizard was not set (%s)", problem.code)
            QMessageBox.warning(wizard, self.tr("Parent PIN"), pin_problem_text(problem))
            return
        finally:
            self.pin.clear()
            self.repeat.clear()
        self.context.pin_changed()
        RecoveryCodeDialog(code, wizard).exec()
