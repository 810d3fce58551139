"""The first-run wizard's children page: add each child with a nickname and a birth year, change or remove a
child added by mistake, and never leave the page by pressing Enter in a field (Enter adds the child)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWizardPage,
)

from notalone_desktop.core.age import age_in_year, band_for_birth_year, birth_year_range
from notalone_desktop.core.errors import ValidationError
from notalone_desktop.core.family import ChildInfo
from notalone_desktop.services.family import NICKNAME_MAX, check_birth_year, clean_nickname
from notalone_desktop.ui.context import AppContext
from notalone_desktop.ui.labels import child_label
from notalone_desktop.ui.plain_text import unsafe_text_message
from notalone_desktop.ui.style import style_error
from notalone_desktop.ui.widgets.common import wrapped

NEW_ROLE = Qt.ItemDataRole.UserRole  # the row's place in `new_children`, or -1 for a child saved before
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class ChildrenPage(QWizardPage):
    """`new_children`: (nickname, birth year) of the children added here, saved when the wizard finishes."""

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
        # Enter in either field adds the child, and only that: the wizard's Next must not take it too.
        for field in (self.nickname, self.birth_year):
            field.installEventFilter(self)
        self.error = QLabel()
        self.error.setObjectName("wizardError")
        style_error(self.error)
        self.error.setWordWrap(True)
        self.error.hide()
        self.children_list = QListWidget()
        self.children_list.setObjectName("wizardChildren")
        self.children_list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.children_list.itemActivated.connect(lambda _item: self.edit_child())
        self.edit_button = QPushButton()
        self.edit_button.setObjectName("wizardEditChild")
        self.edit_button.clicked.connect(self.edit_child)
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("wizardRemoveChild")
        self.remove_button.clicked.connect(self.remove_child)
        self.nickname_label, self.year_label = QLabel(), QLabel()
        self.nickname_label.setBuddy(self.nickname)
        self.year_label.setBuddy(self.birth_year)
        row = QHBoxLayout()
        row.addWidget(self.nickname_label)
        row.addWidget(self.nickname, 2)
        row.addWidget(self.year_label)
        row.addWidget(self.birth_year)
        row.addWidget(self.add_button)
        list_buttons = QHBoxLayout()
        list_buttons.addWidget(self.edit_button)
        list_buttons.addWidget(self.remove_button)
        list_buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(self.children_list, 1)
        layout.addLayout(list_buttons)
        self._fill()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Your children"))
        self.intro.setText(
            self.tr(
                "Add each child with a nickname and the year they were born. The checklist follows their age "
                "and moves on by itself every year. You can change this later in Settings."
            )
        )
        # Mnemonics: none may be the wizard's own (Back, Next, Finish) in any language.
        self.nickname_label.setText(self.tr("Nic&kname:"))
        self.year_label.setText(self.tr("Born &in:"))
        self.add_button.setText(self.tr("&Add"))
        self.edit_button.setText(self.tr("&Change…"))
        self.remove_button.setText(self.tr("&Remove"))
        self.nickname.setAccessibleName(self.tr("Nickname"))
        self.birth_year.setAccessibleName(self.tr("Birth year"))
        self.children_list.setAccessibleName(self.tr("Children added"))
        self.edit_button.setAccessibleName(self.tr("Change the chosen child"))
        self.remove_button.setAccessibleName(self.tr("Remove the chosen child"))
        self._fill()

    def has_entries(self) -> bool:
        """Whether anything typed on this page would be lost if the wizard closed now."""
        return bool(self.new_children or self.nickname.text().strip())

    def _fill(self, select: int = -1) -> None:
        self.children_list.clear()
        existing = [(c.nickname, c.birth_year) for c in self.context.services.family.children()]
        for index, (nickname, year) in enumerate(existing + self.new_children):
            item = QListWidgetItem(child_label(nickname, age_in_year(year), band_for_birth_year(year)))
            item.setData(NEW_ROLE, index - len(existing))
            self.children_list.addItem(item)
        if select >= 0:
            row = len(existing) + select
            self.children_list.setCurrentRow(row)
            self.children_list.scrollToItem(self.children_list.item(row), QListWidget.ScrollHint.EnsureVisible)
        self._update_buttons()

    def _chosen_new(self) -> int:
        """The place in `new_children` of the chosen row, or -1 (none, or a child saved before this wizard)."""
        item = self.children_list.currentItem()
        return int(item.data(NEW_ROLE)) if item is not None else -1

    def _update_buttons(self) -> None:
        """Change and Remove work on the children added here; those saved before are changed in Settings."""
        chosen = self._chosen_new() >= 0
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and event.key() in ENTER_KEYS:
            if watched is self.birth_year:
                self.birth_year.interpretText()
            self.add_child()
            return True  # handled: the key never reaches the wizard's default button
        return super().eventFilter(watched, event)

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
        self._fill(select=len(self.new_children) - 1)

    def edit_child(self) -> None:
        """Change a child added here, in the same dialog Settings uses."""
        from notalone_desktop.ui.dialogs.child_dialog import ChildDialog

        index = self._chosen_new()
        if index < 0:
            return
        nickname, year = self.new_children[index]
        dialog = ChildDialog(self, ChildInfo(0, nickname, year, ""))
        changed = dialog.values() if dialog.exec() else None
        if changed is not None:
            self.new_children[index] = changed
            self._fill(select=index)
        self.children_list.setFocus()

    def remove_child(self) -> None:
        """Take a child added here off the list (nothing was saved yet, so nothing else changes)."""
        index = self._chosen_new()
        if index < 0:
            return
        del self.new_children[index]
        self._fill(select=min(index, len(self.new_children) - 1))
        self.children_list.setFocus()
