"""Qt's own dialogs that the app opens speak the family's language: in Vietnamese and Indonesian (which Qt does
not translate) through our qtbase_extra files, as they already do in German through Qt's own."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPageSize
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QLabel,
    QMessageBox,
    QTabWidget,
    QWidget,
)

from notalone_desktop.ui.i18n import Translations

# Texts that are the same in every language: paper designations, numbers, units, shortcuts.
NEUTRAL = re.compile(r"[\W\d_]*|[A-Z0-9 ()./x%,+-]+|(Alt|Ctrl)\+\w+|Cicero \(CC\)|Didot \(DD\)|Pica \(P̸\)|mm|in")


def _file_dialog(save: bool) -> QDialog:
    dialog = QFileDialog(None, "", "", "PDF (*.pdf)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)  # the dialog Linux families see
    if save:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    return dialog


def _with_printer(kind: str) -> QDialog:
    from PySide6 import QtPrintSupport

    printer = QtPrintSupport.QPrinter(QtPrintSupport.QPrinter.PrinterMode.HighResolution)
    dialog = getattr(QtPrintSupport, kind)(printer)
    dialog.printer_kept = printer  # the dialog only points at the printer: it must outlive the dialog
    return dialog  # type: ignore[no-any-return]


def _message_box() -> QDialog:
    box = QMessageBox()
    box.setStandardButtons(
        QMessageBox.StandardButton.Yes
        | QMessageBox.StandardButton.No
        | QMessageBox.StandardButton.Ok
        | QMessageBox.StandardButton.Cancel
    )
    return box


DIALOGS: dict[str, Callable[[], QDialog]] = {
    "open file": lambda: _file_dialog(False),
    "save file": lambda: _file_dialog(True),
    "print preview": lambda: _with_printer("QPrintPreviewDialog"),
    "page setup": lambda: _with_printer("QPageSetupDialog"),
    "print": lambda: _with_printer("QPrintDialog"),
    "message box": _message_box,
}


def _texts(dialog: QDialog) -> Iterator[str]:
    """Every word a parent can read in the dialog: labels, buttons, group and tab titles, list headers, combo
    box entries, tool tips and the window title."""
    yield dialog.windowTitle()
    for widget in dialog.findChildren(QWidget):
        yield widget.toolTip()
        if isinstance(widget, QLabel | QAbstractButton):
            yield widget.text()
        if isinstance(widget, QGroupBox):
            yield widget.title()
        if isinstance(widget, QTabWidget):
            yield from (widget.tabText(i) for i in range(widget.count()))
        if isinstance(widget, QComboBox):
            yield from (widget.itemText(i) for i in range(widget.count()))
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            yield from (str(model.headerData(i, Qt.Orientation.Horizontal) or "") for i in range(model.columnCount()))
    for action in dialog.findChildren(QWidget):
        yield from (a.text() for a in action.actions())


def _shown(make: Callable[[], QDialog], qtbot) -> set[str]:  # type: ignore[no-untyped-def]
    dialog = make()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    texts = {t.replace("&", "").strip() for t in _texts(dialog)}
    dialog.close()
    # Folders and the file-type filter the app passes in (our own tr() text) are not Qt's words.
    return {t for t in texts if t and not NEUTRAL.fullmatch(t) and not t.startswith("/") and "(*." not in t}


@pytest.fixture
def translations(qapp):  # type: ignore[no-untyped-def]
    translations = Translations()
    yield translations
    translations.install("en")  # the translators are process-wide: leave English for the next test


# Words that are spelt the same in the language: German "Name", Indonesian "Printer".
SAME_WORD = {"de": {"Name", "Name:"}, "id": {"Printer"}, "vi": set()}
PAPER_NAMES = {QPageSize(QPageSize.PageSizeId(i)).name() for i in range(QPageSize.PageSizeId.LastPageSize.value + 1)}


@pytest.mark.parametrize("name", DIALOGS)
@pytest.mark.parametrize("lang", ["vi", "id", "de"])
def test_qt_dialogs_show_no_english_words(lang: str, name: str, translations, qtbot) -> None:  # type: ignore[no-untyped-def]
    translations.install("en")
    english = _shown(DIALOGS[name], qtbot)
    assert len(english) >= 2, f"{name}: the English dialog shows nothing to compare"
    assert translations.install(lang) == lang
    translated = _shown(DIALOGS[name], qtbot)
    # A paper format's name ("Legal", "Executive (7.5 x 10 in)") is a designation, in German too.
    left = sorted((english & translated) - PAPER_NAMES - SAME_WORD[lang])
    assert left == [], f"{name} in {lang} still shows English: {left}"
