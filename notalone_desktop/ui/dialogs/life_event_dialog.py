"""Start a life-event checklist (a first phone, moving away, after an incident...) for a child or the family."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from notalone_desktop.core.content.life_events import LifeEventDef
from notalone_desktop.ui.labels import not_translated_marker
from notalone_desktop.ui.widgets.common import name_buttons, wrapped


class StartLifeEventDialog(QDialog):
    """Pick a life-event checklist to start: the ones suggested for the child's age first, each with its intro."""

    def __init__(
        self, parent: QWidget, events: list[LifeEventDef], suggested: set[str], lang: str, owner_name: str
    ) -> None:
        super().__init__(parent)
        self.setObjectName("startLifeEventDialog")
        self.intro = wrapped()
        self.events = QListWidget()
        self.events.setObjectName("lifeEvents")
        self.events.setWordWrap(True)
        for event in events:
            title = event.title.get(lang)
            if event.key in suggested:
                title = self.tr("%1 (suggested for this age)").replace("%1", title)
            if not event.title.is_translated(lang):
                title += f" ({not_translated_marker()})"
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, event.key)
            self.events.addItem(item)
        self.about = wrapped()
        self.about.setObjectName("lifeEventIntro")
        self.about.setMinimumHeight(self.fontMetrics().height() * 4)
        self.empty = wrapped()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.events, 1)
        layout.addWidget(self.about)
        layout.addWidget(self.empty)
        layout.addWidget(self.buttons)
        self._intros = {e.key: e.intro.get(lang) for e in events}
        self.events.currentItemChanged.connect(lambda _c, _p: self._show_intro())
        self.events.itemActivated.connect(lambda _item: self.accept())
        self.setWindowTitle(self.tr("Start a life-event checklist"))
        intro = self.tr(
            "Which change is coming for %1? Its checklist is added below the others, with its own progress."
        )
        self.intro.setText(intro.replace("%1", owner_name))
        self.events.setAccessibleName(self.tr("Life events"))
        self.empty.setText(self.tr("Every life-event checklist is started already."))
        self.empty.setVisible(not events)
        self.events.setVisible(bool(events))
        name_buttons(self.buttons)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setText(self.tr("Start"))
            ok.setEnabled(bool(events))
        if events:
            self.events.setCurrentRow(0)
        self.resize(580, 480)

    def _show_intro(self) -> None:
        self.about.setText(self._intros.get(self.chosen(), ""))

    def chosen(self) -> str:
        item = self.events.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else ""
