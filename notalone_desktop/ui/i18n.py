"""Interface translations: our .qm files and Qt's own, swapped at run time without a restart.

Qt ships no Vietnamese or Indonesian qtbase translation, so for those the strings of Qt's own dialogs that the
app opens (file dialogs, print preview, page and print setup, standard buttons) come from our
`qtbase_extra_<lang>.qm`, built from i18n/qtbase_extra_<lang>.ts like our own files.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from notalone_desktop.core.content.common import LANGUAGES
from notalone_desktop.paths import translations_dir

log = logging.getLogger(__name__)
LANGUAGE_NAMES = {"en": "English", "vi": "Tiếng Việt", "id": "Bahasa Indonesia", "de": "Deutsch"}


def system_language() -> str:
    """The system's language when it is one the app ships, English otherwise."""
    name = QLocale.system().name().split("_")[0]
    return name if name in LANGUAGES else "en"


# The translators our code installed, whichever Translations object did it: the application has one language at a
# time, so installing one removes all of these first (a second window or a test cannot leave another behind).
_INSTALLED: list[QTranslator] = []


class Translations:
    """Installs the interface language; switching removes the old translators first."""

    def __init__(self) -> None:
        self.language = "en"

    @property
    def _installed(self) -> list[QTranslator]:
        return _INSTALLED

    def install(self, language: str) -> str:
        app = QCoreApplication.instance()
        if app is None:
            return language
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed.clear()
        self.language = language if language in LANGUAGES else "en"
        QLocale.setDefault(QLocale(self.language))
        # English loads its own file too: it holds the plural forms ("1 minute", "5 minutes").
        ours = QTranslator(app)
        if ours.load(f"notalone_{self.language}", str(translations_dir())):
            self._installed.append(ours)
        else:
            log.warning("no interface translation for %s", self.language)
        if self.language != "en":
            qt_own = QTranslator(app)
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if qt_own.load(f"qtbase_{self.language}", qt_dir) or qt_own.load(
                f"qtbase_extra_{self.language}", str(translations_dir())
            ):
                self._installed.append(qt_own)
            else:
                log.warning("no translation of Qt's own dialogs for %s", self.language)
        for translator in self._installed:
            app.installTranslator(translator)
        # install/removeTranslator post LanguageChange: every widget then retranslates itself.
        return self.language
