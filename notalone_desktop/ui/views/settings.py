"""Settings: language, country, the children, first-run setup again, and where the data lives."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from notalone_desktop import __version__
from notalone_desktop.core.content.common import LANGUAGES
from notalone_desktop.ui.context import AppContext
from notalone_desktop.ui.i18n import LANGUAGE_NAMES
from notalone_desktop.ui.labels import child_label
from notalone_desktop.ui.views.base import View
from notalone_desktop.ui.widgets.common import card, heading, wrapped


class SettingsView(View):
    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget()
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(16)
        self.title_label = heading(1)
        layout.addWidget(self.title_label)

        general, general_layout = card()
        self.general_title = heading(2)
        self.language = QComboBox()
        self.language.setObjectName("language")
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.country = QComboBox()
        self.country.setObjectName("country")
        self.form = QFormLayout()
        self.language_label, self.country_label = QLabel(), QLabel()
        self.language_label.setBuddy(self.language)
        self.country_label.setBuddy(self.country)
        self.form.addRow(self.language_label, self.language)
        self.form.addRow(self.country_label, self.country)
        general_layout.addWidget(self.general_title)
        general_layout.addLayout(self.form)
        self.setup_button = QPushButton()
        self.setup_button.setObjectName("runSetup")
        self.setup_button.clicked.connect(self._run_setup)
        general_layout.addWidget(self.setup_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(general)

        children, children_layout = card()
        children.setObjectName("children")
        self.children_title = heading(2)
        self.children_list = QListWidget()
        self.children_list.setObjectName("childrenList")
        self.children_list.setMinimumHeight(120)
        buttons = QHBoxLayout()
        self.add_button, self.edit_button, self.remove_button = QPushButton(), QPushButton(), QPushButton()
        self.add_button.setObjectName("addChild")
        self.edit_button.setObjectName("editChild")
        self.remove_button.setObjectName("removeChild")
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.undo_label = QLabel()
        self.undo_button = QPushButton()
        self.undo_button.setObjectName("undoRemove")
        undo_row = QHBoxLayout()
        undo_row.addWidget(self.undo_label, 1)
        undo_row.addWidget(self.undo_button)
        children_layout.addWidget(self.children_title)
        children_layout.addWidget(self.children_list)
        children_layout.addLayout(buttons)
        children_layout.addLayout(undo_row)
        layout.addWidget(children)

        about, about_layout = card()
        self.about_title = heading(2)
        self.about_text = wrapped()
        self.about_text.setObjectName("aboutText")
        about_layout.addWidget(self.about_title)
        about_layout.addWidget(self.about_text)
        layout.addWidget(about)
        layout.addStretch(1)

        self.add_button.clicked.connect(self.add_child)
        self.edit_button.clicked.connect(self.edit_child)
        self.remove_button.clicked.connect(self.remove_child)
        self.undo_button.clicked.connect(self.undo_remove)
        self.children_list.itemDoubleClicked.connect(lambda _item: self.edit_child())
        self.children_list.currentRowChanged.connect(self._update_buttons)
        self.language.activated.connect(self._language_chosen)
        self.country.activated.connect(self._country_chosen)
        self._removed: tuple[int, str] | None = None
        self._show_undo(False)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Settings")

    def retranslate(self) -> None:
        self.title_label.setText(self.tr("Settings"))
        self.general_title.setText(self.tr("Language and country"))
        self.language_label.setText(self.tr("&Language:"))
        self.country_label.setText(self.tr("&Country or region:"))
        self.language.setAccessibleName(self.tr("Language"))
        self.country.setAccessibleName(self.tr("Country or region"))
        self.country.setToolTip(
            self.tr('Chooses the helplines shown in "Get help now" and how phone numbers are written')
        )
        self.setup_button.setText(self.tr("Run the first-time setup again…"))
        self.children_title.setText(self.tr("Children"))
        self.children_list.setAccessibleName(self.tr("Children"))
        self.add_button.setText(self.tr("&Add child…"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.remove_button.setText(self.tr("&Remove…"))
        self.undo_button.setText(self.tr("&Undo"))
        self.about_title.setText(self.tr("About Not Alone"))
        self._fill_about()
        if self._removed:
            self._show_undo(True)
        if not self._stale:
            self.refresh()

    def refresh(self) -> None:
        info = self.services.family.info()
        self.language.setCurrentIndex(max(0, self.language.findData(self.lang)))
        self.country.clear()
        countries = sorted(self.services.content.countries.values(), key=lambda c: c.name.get(self.lang))
        for country in countries:
            self.country.addItem(country.name.get(self.lang), country.code)
        self.country.setCurrentIndex(max(0, self.country.findData(info.country)))
        current = self.children_list.currentRow()
        self.children_list.clear()
        for child in self.services.family.children():
            item = QListWidgetItem(child_label(child.nickname, child.age, child.band))
            item.setData(Qt.ItemDataRole.UserRole, child.id)
            self.children_list.addItem(item)
        if self.children_list.count():
            self.children_list.setCurrentRow(min(max(current, 0), self.children_list.count() - 1))
        self._update_buttons()
        self._fill_about()

    def focus_key(self, key: str) -> None:
        if key == "children":
            self.children_list.setFocus()
            if not self.children_list.count():
                self.add_button.setFocus()

    # Children ------------------------------------------------------------------------------------------------

    def _selected_child(self) -> int | None:
        item = self.children_list.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item else None

    def _update_buttons(self) -> None:
        selected = self._selected_child() is not None
        self.edit_button.setEnabled(selected)
        self.remove_button.setEnabled(selected)

    def child_dialog(self, child_id: int | None = None):  # type: ignore[no-untyped-def]
        from notalone_desktop.ui.dialogs.child_dialog import ChildDialog

        child = self.services.family.child(child_id) if child_id else None
        return ChildDialog(self, child)

    def add_child(self) -> None:
        dialog = self.child_dialog()
        if dialog.exec() and dialog.values():
            name, year = dialog.values()
            self.services.family.add_child(name, year)
            self.context.family_changed.emit()

    def edit_child(self) -> None:
        child_id = self._selected_child()
        if child_id is None:
            return
        dialog = self.child_dialog(child_id)
        if dialog.exec() and dialog.values():
            name, year = dialog.values()
            self.services.family.update_child(child_id, name, year)
            self.context.family_changed.emit()

    def confirm_removal(self, nickname: str) -> QMessageBox:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Remove child"))
        box.setText(self.tr("Remove %1 and their checklist progress?").replace("%1", nickname))
        box.setInformativeText(self.tr("You can undo this until you close Not Alone."))
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box

    def remove_child(self) -> None:
        child_id = self._selected_child()
        child = self.services.family.child(child_id) if child_id else None
        if child is None:
            return
        if self.confirm_removal(child.nickname).exec() != QMessageBox.StandardButton.Yes:
            return
        self.services.family.remove_child(child.id)
        self._removed = (child.id, child.nickname)
        self._show_undo(True)
        self.context.family_changed.emit()

    def undo_remove(self) -> None:
        if self._removed:
            self.services.family.undo_remove(self._removed[0])
            self._removed = None
            self._show_undo(False)
            self.context.family_changed.emit()

    def _show_undo(self, visible: bool) -> None:
        if visible and self._removed:
            self.undo_label.setText(self.tr("%1 was removed.").replace("%1", self._removed[1]))
        self.undo_label.setVisible(visible)
        self.undo_button.setVisible(visible)

    # Language, country, setup --------------------------------------------------------------------------------

    def _language_chosen(self, index: int) -> None:
        code = self.language.itemData(index)
        if code and code != self.lang:
            self.context.set_language(code)

    def _country_chosen(self, index: int) -> None:
        code = self.country.itemData(index)
        if code and code != self.services.family.info().country:
            self.services.family.update(country=code)
            self.context.family_changed.emit()

    def _run_setup(self) -> None:
        from notalone_desktop.ui.dialogs.first_run import FirstRunWizard

        FirstRunWizard(self.context, self.window()).exec()

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
