"""About -> Licences: the licences of Not Alone and of everything its installers carry, and how to check an installer.

The build gathers the texts into `notalone_desktop/licences/licences.json` inside every package (packaging/build.py,
`buildlib/licences.py`). Run from a wheel or a source checkout, where no such file exists, the dialog lists what the
installed Python distributions' metadata says instead, and says that the full texts come with the installers.
`installed_components()` is plain Python: the build uses it too, so both read the metadata the same way.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from notalone_desktop.ui.widgets.common import name_buttons, wrapped

log = logging.getLogger(__name__)
APP_DISTRIBUTION = "notalone-desktop"
SHIPPED = Path(__file__).resolve().parents[2] / "licences" / "licences.json"  # notalone_desktop/licences/
LICENCE_FILE = re.compile(r"(^|/)(licen[cs]e|copying|notice|authors)[^/]*$", re.IGNORECASE)
REQUIREMENT_NAME = re.compile(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)")
SOURCE_LABELS = ["source", "source code", "repository", "code", "github", "homepage", "home", "documentation"]
MAX_TEXT = 512 * 1024
READ = (
    object()
)  # LicencesDialog's default: read the licences when it opens  # a licence file larger than this is not a licence


@dataclass
class Component:
    """One thing that is shipped: its name, version, licence, where its source is, and the licence texts."""

    name: str
    version: str = ""
    licence: str = ""
    source: str = ""
    texts: list[tuple[str, str]] = field(default_factory=list)  # (file name, text)

    def as_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "version": self.version,
            "licence": self.licence,
            "source": self.source,
            "texts": [{"file": name, "text": text} for name, text in self.texts],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Component:
        texts = [(str(t.get("file", "")), str(t.get("text", ""))) for t in data.get("texts", [])]
        return cls(
            str(data["name"]),
            str(data.get("version", "")),
            str(data.get("licence", "")),
            str(data.get("source", "")),
            texts,
        )


@dataclass
class Licences:
    components: list[Component]
    complete: bool  # True: gathered by the build, with every text; False: read from metadata at run time
    signing: dict[str, str] = field(default_factory=dict)  # the release keys named by the build, if any


def _field(dist: metadata.Distribution, name: str) -> str:
    values = dist.metadata.get_all(name) or []
    return str(values[0]).strip() if values else ""


def _licence_of(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    expression = _field(dist, "License-Expression")
    if expression:
        return expression
    declared = _field(dist, "License")
    if declared and len(declared) < 80 and "\n" not in declared:
        return declared
    classifiers = [c.split(" :: ")[-1] for c in meta.get_all("Classifier") or [] if c.startswith("License ::")]
    if classifiers:
        return ", ".join(classifiers)
    return declared.splitlines()[0][:80] if declared else ""


def _source_of(dist: metadata.Distribution) -> str:
    """The project's source or home page: Project-URL "Source"/"Repository"/"Homepage" first, then Home-page."""
    labelled = [u.split(",", 1) for u in dist.metadata.get_all("Project-URL") or [] if "," in u]
    ranked = sorted(
        (SOURCE_LABELS.index(label.strip().lower()), url.strip())
        for label, url in labelled
        if label.strip().lower() in SOURCE_LABELS
    )
    home = _field(dist, "Home-page")
    return ranked[0][1] if ranked else home or f"https://pypi.org/project/{_field(dist, 'Name')}/"


def _texts_of(dist: metadata.Distribution) -> list[tuple[str, str]]:
    texts = []
    for file in dist.files or []:
        name = str(file)
        if ".dist-info/" not in name or not LICENCE_FILE.search(name):
            continue
        located = Path(str(file.locate()))
        if located.is_file() and located.stat().st_size <= MAX_TEXT:
            texts.append((name.split(".dist-info/", 1)[1], located.read_text(encoding="utf-8", errors="replace")))
    return sorted(texts)


def installed_components(top: str = APP_DISTRIBUTION) -> list[Component]:
    """The Python distributions `top` needs on this system, itself included, read from their installed metadata."""
    seen: dict[str, Component] = {}
    pending = [top]
    while pending:
        name = pending.pop()
        key = re.sub(r"[-_.]+", "-", name).lower()
        if key in seen:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        seen[key] = Component(_field(dist, "Name"), dist.version, _licence_of(dist), _source_of(dist), _texts_of(dist))
        for requirement in dist.requires or []:
            # Extras (test, dev) are not shipped; a requirement for another system is simply not installed here.
            name_match = REQUIREMENT_NAME.match(requirement)
            if name_match and "extra" not in requirement.partition(";")[2]:
                pending.append(name_match.group(1))
    return sorted(seen.values(), key=lambda c: (c.name.lower() != top, c.name.lower()))


def read_licences(shipped: Path = SHIPPED) -> Licences | None:
    """The build's file if there is one, else the installed metadata, else None (nothing can be found)."""
    if shipped.is_file():
        try:
            data = json.loads(shipped.read_text(encoding="utf-8"))
            return Licences([Component.from_dict(c) for c in data["components"]], True, dict(data.get("signing") or {}))
        except (OSError, ValueError, KeyError, TypeError):
            log.warning("the shipped licences file could not be read", exc_info=True)
    try:
        found = installed_components()
    except Exception:  # metadata of a broken install must not break the About box
        log.warning("the installed distributions' metadata could not be read", exc_info=True)
        found = []
    return Licences(found, False) if found else None


def shipped_signing_keys(shipped: Path = SHIPPED) -> dict[str, str]:
    """The release keys a signed build named in its licences file ({"gpg": fingerprint, "minisign": public key})."""
    licences = read_licences(shipped) if shipped.is_file() else None
    return licences.signing if licences is not None else {}


def how_to_verify_text(signing: dict[str, str] | None = None) -> str:
    """How a family or an NGO checks that an installer is the real one (for the About box), in the UI's language.
    `signing`: the release keys to name; by default those of the build this copy came from, if it was signed."""

    parts = [
        QCoreApplication.translate(
            "Verification",
            "Every release of Not Alone comes with a file named SHA256SUMS that lists a fingerprint (a SHA-256 "
            "checksum) of each installer, and a signature of that file (SHA256SUMS.asc or SHA256SUMS.minisig).",
        ),
        QCoreApplication.translate(
            "Verification",
            "To check an installer, put it in one folder with SHA256SUMS and run, on Linux or macOS: "
            "sha256sum -c SHA256SUMS --ignore-missing (it must say OK). On Windows: certutil -hashfile "
            "followed by the installer's name and SHA256, then compare the result with its line in SHA256SUMS.",
        ),
        QCoreApplication.translate(
            "Verification",
            "Then check the signature: gpg --verify SHA256SUMS.asc SHA256SUMS, or minisign -Vm SHA256SUMS -p "
            "with the public key. Take the key from the organisation that gave you the installer or from the "
            "project's release page, never from the same USB stick.",
        ),
    ]
    keys = shipped_signing_keys() if signing is None else signing
    if keys.get("gpg"):
        fingerprint = QCoreApplication.translate("Verification", "The release key's GnuPG fingerprint: %1")
        parts.append(fingerprint.replace("%1", keys["gpg"]))
    if keys.get("minisign"):
        public_key = QCoreApplication.translate("Verification", "The release key for minisign: %1")
        parts.append(public_key.replace("%1", keys["minisign"]))
    return "\n\n".join(parts)


class LicencesDialog(QDialog):
    """A list of components on the left, the selected one's licence texts on the right; Esc closes it."""

    def __init__(self, parent: QWidget | None = None, licences: Licences | object | None = READ) -> None:
        super().__init__(parent)
        self.setObjectName("licencesDialog")
        self.setWindowTitle(self.tr("Licences"))
        self.resize(820, 560)
        self.licences: Licences | None = read_licences() if licences is READ else cast("Licences | None", licences)
        self.intro = wrapped("")
        self.intro.setObjectName("licencesIntro")
        self.components = QListWidget()
        self.components.setObjectName("licencesComponents")
        self.components.setAccessibleName(self.tr("Components"))
        self.components.setSpacing(3)  # each entry is two lines (name and version, licence): keep them apart
        self.text = QPlainTextEdit()
        self.text.setObjectName("licencesText")
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Licence text"))
        self.text.setFont(QFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)))
        self.text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        splitter = QSplitter()
        splitter.addWidget(self.components)
        splitter.addWidget(self.text)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([300, 600])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        name_buttons(buttons)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.components.currentRowChanged.connect(self._show)
        self._fill()

    def _fill(self) -> None:
        if self.licences is None:
            self.intro.setText(
                self.tr(
                    "The licence texts could not be found. They are gathered when the installers are built, and "
                    "this copy of Not Alone seems to run from its source code. Not Alone is free software under "
                    "the Apache License 2.0; Qt and PySide6 are used under the GNU LGPL 3.0."
                )
            )
            self.components.hide()
            self.text.hide()
            return
        if self.licences.complete:
            self.intro.setText(
                self.tr(
                    "Not Alone is free software under the Apache License 2.0. It comes with the programs and "
                    "libraries below, each under its own licence. Choose one to read its licence."
                )
            )
        else:
            self.intro.setText(
                self.tr(
                    "This copy of Not Alone runs from its source code, so only what the installed libraries say "
                    "about themselves is shown. The installers carry every licence text in full."
                )
            )
        for component in self.licences.components:
            label = f"{component.name} {component.version}".strip()
            item = QListWidgetItem(f"{label}\n{component.licence}" if component.licence else label)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{label}, {component.licence}")
            self.components.addItem(item)
        self.components.setCurrentRow(0)
        self.components.setFocus()  # the list first: arrows choose, Tab moves to the text, Esc closes

    def _show(self, row: int) -> None:
        if self.licences is None or not 0 <= row < len(self.licences.components):
            self.text.clear()
            return
        component = self.licences.components[row]
        lines = [f"{component.name} {component.version}".strip()]
        if component.licence:
            lines.append(self.tr("Licence: %1").replace("%1", component.licence))
        if component.source:
            lines.append(self.tr("Source: %1").replace("%1", component.source))
        body = "\n\n".join(f"{'-' * 8} {name} {'-' * 8}\n\n{text.strip()}" for name, text in component.texts)
        if not body:
            body = self.tr("No licence text was found for this component; its licence is named above.")
        self.text.setPlainText("\n".join(lines) + "\n\n" + body)
