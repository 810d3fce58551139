"""First-run setup: language, country, the children (ui/dialogs/first_run_children.py), and an optional
parent PIN. Skippable, and run again from Settings. Enter never skips a page; Cancel, Skip or closing it after
children or a PIN were typed asks first."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from notalone_desktop.ui.context import AppContext
from notalone_desktop.ui.dialogs.first_run_children import ENTER_KEYS, ChildrenPage
from notalone_desktop.ui.i18n import available_languages
from notalone_desktop.ui.style import style_error
from notalone_desktop.ui.widgets.common import question, wrapped

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
        self.active_question: QMessageBox | None = None
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

    def has_entries(self) -> bool:
        """Children or a PIN typed here: closing would lose them."""
        return self.children_list_page.has_entries() or self.pin_page.has_entries()

    def ask_before_leaving(self, leave: Callable[[], None]) -> None:
        """`leave` at once when nothing would be lost; otherwise after the parent said so (No by default). Asked
        window-modal, without blocking."""
        if not self.has_entries():
            leave()
            return
        if self.active_question is not None:
            return  # asked already
        box = question(
            self,
            self.tr("Leave the setup?"),
            self.tr("Leave the setup? The children and the PIN you entered are not saved."),
        )
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Leave"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Stay"))
        box.finished.connect(lambda answer: self._answered(answer, leave))
        self.active_question = box
        box.open()

    def _answered(self, answer: int, leave: Callable[[], None]) -> None:
        self.active_question = None
        if answer == QMessageBox.StandardButton.Yes:
            leave()

    def skip(self) -> None:
        """Keep the defaults; the wizard will not come back by itself (Settings can run it again)."""
        self.ask_before_leaving(self._skip_now)

    def _skip_now(self) -> None:
        self.context.services.family.update(setup_done=True)
        self.context.family_changed.emit()
        QWizard.reject(self)

    def reject(self) -> None:
        """Cancel, Escape or the window's close button."""
        self.ask_before_leaving(lambda: QWizard.reject(self))

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
        # Enter in the first field goes on to the second, as a parent expects, not to Finish.
        self.pin.installEventFilter(self)
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

    def has_entries(self) -> bool:
        return bool(self.pin.text() or self.repeat.text())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.pin
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in ENTER_KEYS
        ):
            self.repeat.setFocus()
            return True
        return super().eventFilter(watched, event)

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
