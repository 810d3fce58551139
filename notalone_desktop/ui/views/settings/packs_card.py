"""Settings -> "Content updates": install a content pack from a file (a USB stick), see what each installed pack
added or changed, and remove one. Installing and removing ask for the parent PIN in child mode; a pack from a
publisher this app does not know is installed only after the parent has seen its name and key fingerprint.

A pack's content shows at once: the catalog is read again, the lessons synced, and every view refreshed. Removing
a pack keeps the family's progress on its items and lessons (services/packs/store.py).
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QFrame, QHBoxLayout, QMessageBox, QPushButton, QVBoxLayout, QWidget

from notalone_desktop.ui.context import AppContext
from notalone_desktop.ui.labels import format_date
from notalone_desktop.ui.style import style_error
from notalone_desktop.ui.views.settings.card import SettingsCard, translate
from notalone_desktop.ui.widgets.common import clear_layout, heading, question, wrapped

if TYPE_CHECKING:
    from notalone_desktop.services.packs.describe import Entry
    from notalone_desktop.services.packs.installed import InstalledPack
    from notalone_desktop.services.packs.store import PackStore, PendingInstall


class PacksCard(SettingsCard):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("contentUpdates")
        self.title = heading(2)
        self.intro = wrapped()
        self.install_button = QPushButton()
        self.install_button.setObjectName("installPack")
        self.install_button.clicked.connect(self.install_file)
        self.status = wrapped()
        self.status.setObjectName("packsStatus")
        self.status.hide()
        self.empty = wrapped()
        self.empty.setObjectName("noPacks")
        self.list_box = QVBoxLayout()
        self.list_box.setSpacing(10)
        self.body.addWidget(self.title)
        self.body.addWidget(self.intro)
        self.body.addWidget(self.install_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.body.addWidget(self.status)
        self.body.addWidget(self.empty)
        self.body.addLayout(self.list_box)
        self.remove_buttons: dict[str, QPushButton] = {}
        self.detail_buttons: dict[str, QPushButton] = {}
        self.pack_boxes: dict[str, QFrame] = {}  # by pack id, as shown now

    def retranslate(self) -> None:
        self.title.setText(translate("PacksCard", "Content updates"))
        self.intro.setText(
            translate(
                "PacksCard",
                "Organisations you trust can bring new lessons, checklist items, helplines and even languages, "
                "without the internet: as a content pack, a file they hand you on a USB stick.",
            )
        )
        self.install_button.setText(translate("PacksCard", "Install a content pac&k from a file…"))
        self.install_button.setAccessibleName(translate("PacksCard", "Install a content pack from a file"))
        self.empty.setText(translate("PacksCard", "No content packs are installed."))

    def store(self) -> PackStore:
        from notalone_desktop.services.packs.store import PackStore

        return PackStore(self.services.content.catalog)

    # The list ------------------------------------------------------------------------------------------------

    def refresh(self) -> None:
        clear_layout(self.list_box)
        self.remove_buttons, self.detail_buttons, self.pack_boxes = {}, {}, {}
        packs = self.store().packs()
        self.empty.setVisible(not packs)
        for pack in packs:
            self.pack_boxes[pack.pack_id] = self._pack_box(pack)
            self.list_box.addWidget(self.pack_boxes[pack.pack_id])

    def _pack_box(self, pack: InstalledPack) -> QFrame:
        box = QFrame()
        box.setObjectName(f"pack_{pack.pack_id}")
        box.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(box)
        manifest = pack.manifest
        name = wrapped(f"<b>{html.escape(manifest.name(self.lang))}</b>")
        lines = [
            translate("PacksCard", "Version %1 of %2, by %3")
            .replace("%1", str(pack.version))
            .replace("%2", format_date(manifest.date, long=False))
            .replace("%3", pack.publisher)
        ]
        if pack.scope == "system":
            lines.append(
                translate(
                    "PacksCard", "Installed for every user of this computer; only an administrator can remove it."
                )
            )
        if pack.trusted:
            lines.append(translate("PacksCard", "From a publisher this app trusts."))
        else:
            lines.append(
                translate(
                    "PacksCard",
                    "From a publisher this app does not know (key %1): its content is marked “from %2” wherever "
                    "it is shown.",
                )
                .replace("%1", pack.fingerprint)
                .replace("%2", pack.publisher)
            )
        about = wrapped("\n".join(lines))
        about.setObjectName(f"packAbout_{pack.pack_id}")
        layout.addWidget(name)
        layout.addWidget(about)
        if pack.problem:
            problem = wrapped(
                translate("PacksCard", "Not used: %1. Install the pack again, or remove it.").replace(
                    "%1", pack.problem
                )
            )
            problem.setObjectName(f"packProblem_{pack.pack_id}")
            style_error(problem)
            layout.addWidget(problem)
        details = wrapped()
        details.setObjectName(f"packDetails_{pack.pack_id}")
        details.setTextFormat(Qt.TextFormat.RichText)
        details.hide()
        buttons = QHBoxLayout()
        show = QPushButton(translate("PacksCard", "Show what it adds and changes"))
        show.setObjectName(f"showPack_{pack.pack_id}")
        show.setCheckable(True)
        show.setAccessibleName(
            translate("PacksCard", "Show what %1 adds and changes").replace("%1", manifest.name(self.lang))
        )
        show.toggled.connect(lambda shown, p=pack, label=details: self._toggle_details(p, label, shown))
        buttons.addWidget(show)
        self.detail_buttons[pack.pack_id] = show
        if pack.scope == "user":
            remove = QPushButton(translate("PacksCard", "Remove…"))
            remove.setObjectName(f"removePack_{pack.pack_id}")
            remove.setAccessibleName(translate("PacksCard", "Remove %1").replace("%1", manifest.name(self.lang)))
            remove.clicked.connect(lambda _checked=False, p=pack: self.remove_pack(p))
            buttons.addWidget(remove)
            self.remove_buttons[pack.pack_id] = remove
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(details)
        return box

    def _toggle_details(self, pack: InstalledPack, label: Any, shown: bool) -> None:
        if shown and not label.text():
            label.setText(self.details_html(pack))
        label.setVisible(shown)

    def details_html(self, pack: InstalledPack) -> str:
        from notalone_desktop.services.packs.describe import describe

        description = describe(pack, self.services.content, self.lang)
        parts = []
        for heading_text, entries in (
            (translate("PacksCard", "It adds:"), description.added),
            (translate("PacksCard", "It changes:"), description.changed),
        ):
            if entries:
                rows = "".join(f"<li>{self._entry_text(entry)}</li>" for entry in entries)
                parts.append(f"<p><b>{html.escape(heading_text)}</b></p><ul>{rows}</ul>")
        return "".join(parts) or html.escape(translate("PacksCard", "Only the interface in a new language."))

    def _entry_text(self, entry: Entry) -> str:
        kinds = {
            "lessons": translate("PacksCard", "Lesson"),
            "items": translate("PacksCard", "Checklist item"),
            "helplines": translate("PacksCard", "Helpline"),
            "situations": translate("PacksCard", "First steps"),
            "scenarios": translate("PacksCard", "Scenario"),
            "life_events": translate("PacksCard", "Life event"),
            "categories": translate("PacksCard", "Checklist section"),
            "countries": translate("PacksCard", "Country"),
            "agreement": translate("PacksCard", "Family agreement"),
        }
        text = f"{kinds.get(entry.kind, entry.kind)}: {html.escape(entry.title)}"
        if entry.number:
            text += f" <b>{html.escape(entry.number)}</b>"
        if entry.verified is not None:
            checked = translate("PacksCard", "checked %1").replace("%1", format_date(entry.verified))
            text += f" ({html.escape(checked)})"
        if entry.language:
            text += f" [{html.escape(entry.language)}]"
        return text

    def say(self, text: str, error: bool = False) -> None:
        self.status.setText(text)
        if error:
            style_error(self.status)
        else:
            self.status.setStyleSheet("")
        self.status.show()

    # Install -------------------------------------------------------------------------------------------------

    def install_file(self) -> None:
        if not self.context.require_parent(self):
            return
        path, _filter = QFileDialog.getOpenFileName(
            self,
            translate("PacksCard", "Install a content pack"),
            str(Path.home()),
            translate("PacksCard", "Content packs (*.zip);;All files (*)"),
        )
        if path:
            self.install_from(Path(path))

    def install_from(self, path: Path) -> bool:
        """Check the pack (in a thread), ask the parent, install it and show its content; False when it was not
        installed (refused, cancelled or already there)."""
        from notalone_desktop.ui.dialogs.backups_dialog import run_task

        store = self.store()
        task = run_task(
            translate("PacksCard", "Install a content pack"),
            translate("PacksCard", "Checking the pack's signature and content…"),
            lambda progress, cancelled: store.prepare(path),
            self,
        )
        if task.cancelled or task.error is not None:
            from notalone_desktop.ui.views.settings.wording import reason

            why = reason(task.error) if task.error is not None else translate("PacksCard", "it was cancelled")
            self.say(
                translate("PacksCard", "The pack was not installed: %1. Nothing was changed.").replace("%1", why),
                error=True,
            )
            return False
        pending: PendingInstall = task.result
        try:
            manifest = pending.manifest
            if pending.already_installed:
                self.say(
                    translate("PacksCard", "%1 is already installed; nothing was changed.").replace(
                        "%1", manifest.name(self.lang)
                    )
                )
                return False
            if self.confirm_install(pending).exec() != QMessageBox.StandardButton.Yes:
                self.say(translate("PacksCard", "The pack was not installed. Nothing was changed."))
                return False
            pack = pending.commit()
        except OSError as exc:
            from notalone_desktop.ui.views.settings.wording import reason

            self.say(
                translate("PacksCard", "The pack was not installed: %1. Nothing was changed.").replace(
                    "%1", reason(exc)
                ),
                True,
            )
            return False
        finally:
            pending.discard()
        self.content_changed()
        self.say(
            translate("PacksCard", "%1 (version %2) is installed. Its content is in Not Alone now.")
            .replace("%1", pack.manifest.name(self.lang))
            .replace("%2", str(pack.version))
        )
        return True

    def confirm_install(self, pending: PendingInstall) -> QMessageBox:
        manifest = pending.manifest
        name = manifest.name(self.lang)
        if pending.trusted:
            box = question(
                self,
                translate("PacksCard", "Install a content pack"),
                translate("PacksCard", "Install %1, version %2, by %3?")
                .replace("%1", name)
                .replace("%2", str(manifest.version))
                .replace("%3", manifest.publisher),
            )
        else:
            box = question(
                self,
                translate("PacksCard", "Install a content pack"),
                translate("PacksCard", "This pack comes from a publisher this app does not know: %1.").replace(
                    "%1", manifest.publisher
                ),
                translate(
                    "PacksCard",
                    "Key fingerprint: %1\n\nInstall it only if you got it from %2 yourself; if you can, compare "
                    "the fingerprint with them. Its lessons, checklist items and helplines will be marked “from %2”."
                    "\n\nInstall %3?",
                )
                .replace("%1", pending.fingerprint)
                .replace("%2", manifest.publisher)
                .replace("%3", name),
            )
            box.setIcon(QMessageBox.Icon.Warning)
        box.setObjectName("confirmInstallPack")
        return box

    # Remove --------------------------------------------------------------------------------------------------

    def remove_pack(self, pack: InstalledPack) -> bool:
        if not self.context.require_parent(self):
            return False
        name = pack.manifest.name(self.lang)
        if self.confirm_remove(name).exec() != QMessageBox.StandardButton.Yes:
            return False
        try:
            self.store().remove(pack.pack_id)
        except Exception as exc:  # a refusal or a folder that cannot be written: said in words
            from notalone_desktop.ui.views.settings.wording import reason

            self.say(
                translate("PacksCard", "%1 was not removed: %2").replace("%1", name).replace("%2", reason(exc)),
                error=True,
            )
            return False
        self.content_changed()
        self.say(
            translate("PacksCard", "%1 was removed. Your progress on its items and lessons is kept.").replace(
                "%1", name
            )
        )
        return True

    def confirm_remove(self, name: str) -> QMessageBox:
        box = question(
            self,
            translate("PacksCard", "Remove a content pack"),
            translate("PacksCard", "Remove %1?").replace("%1", name),
            translate(
                "PacksCard",
                "Its lessons, checklist items and helplines leave Not Alone. Your ticks, notes and reading on them "
                "are kept, and come back if you install the pack again.",
            ),
        )
        box.setObjectName("confirmRemovePack")
        return box

    # After a change ------------------------------------------------------------------------------------------

    def content_changed(self) -> None:
        """Every view sees the new content: the catalog is read again, the lessons synced, and a language that
        came or went with the pack is switched to (or away from, to English; the family's choice is kept)."""
        services = self.services
        services.content.reload()
        services.lessons.sync()
        wanted = services.family.info().language
        shown = wanted if wanted in services.content.languages else "en"
        if shown != self.context.language:
            self.context.translations.install(shown)
            self.context.language_changed.emit(self.context.translations.language)
        self.context.family_changed.emit()
