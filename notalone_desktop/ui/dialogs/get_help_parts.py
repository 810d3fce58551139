"""Parts of "Get help now": the text beside a helpline (with the day it was checked) and the question asked before
a web address opens (the app itself never goes online). Texts keep the translation context "GetHelpDialog"."""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from notalone_desktop.core.content.helplines import Helpline
from notalone_desktop.services.help_panel import HelpService
from notalone_desktop.ui.dates import medium_date

if TYPE_CHECKING:
    from notalone_desktop.services import Services

log = logging.getLogger(__name__)
translate = QCoreApplication.translate


def confirm_open(parent: QWidget, address: str) -> QMessageBox:
    """A question showing `address`, Cancel by default; the caller opens it (window-modal to the panel)."""
    box = QMessageBox(parent)
    box.setObjectName("confirmOpen")
    box.setTextFormat(Qt.TextFormat.PlainText)  # it names what the family or a file supplied, as typed
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("GetHelpDialog", "Open in your web browser?"))
    box.setText(translate("GetHelpDialog", "Open this address in your web browser?"))
    box.setInformativeText(
        address
        + "\n\n"
        + translate("GetHelpDialog", "This needs an internet connection. Not Alone itself stays offline.")
    )
    box.setStandardButtons(QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Open).setText(translate("GetHelpDialog", "Open"))
    box.button(QMessageBox.StandardButton.Cancel).setText(translate("GetHelpDialog", "Cancel"))
    return box


def unconfirmed_text(police: str) -> str:
    """The calm note beside a line whose details could not be confirmed at their source."""
    if police:
        return translate(
            "GetHelpDialog", "Not confirmed recently. If it does not work, call the police on %1."
        ).replace("%1", police)
    return translate("GetHelpDialog", "Not confirmed recently. If it does not work, call the police.")


def helpline_html(line: Helpline, lang: str, police: str) -> str:
    """Name, address (for an online channel), purpose, hours and cost, the day it was checked, and a calm note
    when its details are unconfirmed."""
    parts = [f"<b>{html.escape(line.name.get(lang))}</b>"]
    if line.url:
        # An address is too long for the number column; it is the second line of the text instead, and may break
        # after its dots and slashes (a zero-width space): unbroken, it alone would make a narrow panel scroll sideways.
        address = html.escape(line.url).replace(".", ".\u200b").replace("/", "/\u200b")
        parts.append(f"<b>{address}</b>")
    parts.append(html.escape(line.purpose.get(lang)))
    parts.append(html.escape(" \u00b7 ".join(t for t in (line.hours.get(lang), line.cost.get(lang)) if t)))
    parts.append(html.escape(translate("GetHelpDialog", "Checked %1").replace("%1", medium_date(line.verified))))
    if line.unconfirmed:
        parts.append(html.escape(unconfirmed_text(police)))
    return "<br>".join(parts)


def call_number(tel: str, shown: str) -> tuple[bool, str]:
    """Hand a tel: URL (and nothing else) to the system's calling app: (handed over, what to tell the user)."""
    url = QUrl(tel)
    if url.scheme() != "tel":
        return False, ""
    if QDesktopServices.openUrl(url):
        return True, translate("GetHelpDialog", "Calling %1 with your calling app\u2026").replace("%1", shown)
    log.info("no application handles tel: links")
    return False, translate(
        "GetHelpDialog", "This computer has no app for phone calls. Dial %1 on your phone."
    ).replace("%1", shown)


def ask_then_open(parent: QWidget, address: str, tell: Callable[[str], None], done: Callable[[], None]) -> QMessageBox:
    """Show the question (not blocking); open `address` only if the parent says yes and it is https. `tell` gets
    a message for the user when no browser could open it; `done` is called once the question is answered."""
    box = confirm_open(parent, address)
    open_button = box.button(QMessageBox.StandardButton.Open)

    def answered(_result: int) -> None:
        done()
        url = QUrl(address)
        confirmed = box.clickedButton() is open_button and url.scheme() == "https" and url.isValid()
        if confirmed and not QDesktopServices.openUrl(url):
            tell(translate("GetHelpDialog", "No web browser could open %1.").replace("%1", address))

    box.finished.connect(answered)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def help_service_for(services: Services) -> HelpService:
    """The panel's reader over the family's open services (the start builds one before they are open)."""
    return HelpService(services.database.path, services.content)
