"""Walk every view and dialog of the window and collect what a person sees: for the language checks."""

from __future__ import annotations

import re
from collections.abc import Iterator

from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QTreeWidget,
    QWidget,
)

from notalone_desktop.ui.main_window import VIEWS

TAG = re.compile(r"<[^>]+>|&nbsp;|&\w+;")


def visible_texts(root: QWidget) -> Iterator[tuple[QWidget, str, str]]:
    """(widget, kind, text) for every user-visible text under `root`."""
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        if widget.isWindow() and widget.windowTitle():
            yield widget, "window title", widget.windowTitle()
        if widget.toolTip():
            yield widget, "tooltip", TAG.sub(" ", widget.toolTip())
        if isinstance(widget, QLabel) and widget.text():
            yield widget, "label", TAG.sub(" ", widget.text())
        elif isinstance(widget, QAbstractButton) and widget.text():
            yield widget, "button", widget.text().replace("&", "")
        elif isinstance(widget, QGroupBox) and widget.title():
            yield widget, "group", widget.title()
        elif isinstance(widget, QLineEdit | QPlainTextEdit) and widget.placeholderText():
            yield widget, "placeholder", widget.placeholderText()
        elif isinstance(widget, QComboBox):
            for index in range(widget.count()):
                yield widget, "combo item", widget.itemText(index)
        elif isinstance(widget, QTabWidget):
            for index in range(widget.count()):
                yield widget, "tab", widget.tabText(index)
        if isinstance(widget, QTreeWidget):
            header = widget.headerItem()
            for column in range(widget.columnCount()):
                if header.text(column) and not widget.isHeaderHidden():
                    yield widget, "header", header.text(column)


def walk_window(window, qtbot) -> Iterator[tuple[str, QWidget]]:  # type: ignore[no-untyped-def]
    """Show each view, then each dialog; yields (name, top widget) while it is on screen."""
    for name, _module, _cls in VIEWS:
        window.show_view(name)
        QApplication.processEvents()
        yield name, window
    from notalone_desktop.ui.dialogs.child_dialog import ChildDialog
    from notalone_desktop.ui.dialogs.custom_item_dialog import CustomItemDialog
    from notalone_desktop.ui.dialogs.first_run import FirstRunWizard
    from notalone_desktop.ui.dialogs.get_help import panel_for

    context = window.context
    dialogs: list[tuple[str, QWidget]] = [
        ("get-help", panel_for(context, "online-kidnapping")),
        ("child-dialog", ChildDialog(window)),
        ("custom-item", CustomItemDialog(context, window)),
    ]
    try:
        from notalone_desktop.ui.dialogs.contact_dialog import ContactDialog

        dialogs.append(("contact-dialog", ContactDialog(context, window)))
    except (ImportError, TypeError):
        pass
    wizard = FirstRunWizard(context, window)
    for name, dialog in dialogs:
        dialog.show()
        QApplication.processEvents()
        yield name, dialog
        dialog.close()
    wizard.show()
    for page in ("wizard-language", "wizard-country", "wizard-children"):
        QApplication.processEvents()
        yield page, wizard
        wizard.next()
    wizard.close()
