"""Interface translations: our .qm files and Qt's own, swapped at run time without a restart.

Qt ships no Vietnamese or Indonesian qtbase translation, so for those the strings of Qt's own dialogs that the
app opens (file dialogs, print preview, page and print setup, standard buttons) come from our
`qtbase_extra_<lang>.qm`, built from i18n/qtbase_extra_<lang>.ts like our own files.

An installed content pack may add a language the app does not ship (Thai, Khmer): it is in the language list
only while the pack is installed, its interface comes from the pack's `notalone_<lang>.qm`, and whatever that
does not translate yet shows in English (the English file is installed beneath it, for its plural forms).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from notalone_desktop.core.content.common import LANGUAGES
from notalone_desktop.paths import translations_dir

if TYPE_CHECKING:
    from notalone_desktop.services.content import ContentCatalog
    from notalone_desktop.services.local_content import CountryContent

log = logging.getLogger(__name__)
LANGUAGE_NAMES = {"en": "English", "vi": "Tiếng Việt", "id": "Bahasa Indonesia", "de": "Deutsch"}


def system_language() -> str:
    """The system's language when the app has it (shipped, or from an installed pack), English otherwise."""
    name = QLocale.system().name().split("_")[0]
    return name if name in LANGUAGES or pack_translations(name) is not None else "en"


def available_languages(catalog: ContentCatalog | CountryContent) -> list[tuple[str, str]]:
    """(code, name in itself) of every language the family can choose: the shipped ones and the installed packs'."""
    names = {**catalog.language_names(), **LANGUAGE_NAMES}
    return [(code, names.get(code, code)) for code in catalog.languages]


def pack_translations(language: str) -> Path | None:
    """The translations folder of the installed pack that adds `language`, or None when no pack adds it."""
    if language in LANGUAGES:
        return None
    from notalone_desktop.services.packs.installed import usable_packs

    packs = [pack for pack in usable_packs() if language in pack.manifest.new_languages]
    return packs[-1].translations_dir if packs else None  # the last one wins, as for content


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
        from_pack = pack_translations(language)
        self.language = language if language in LANGUAGES or from_pack is not None else "en"
        QLocale.setDefault(QLocale(self.language))
        ours_dir = str(from_pack or translations_dir())
        if from_pack is not None:  # beneath the pack's file: English for what it does not translate yet
            english = QTranslator(app)
            if english.load("notalone_en", str(translations_dir())):
                self._installed.append(english)
        # English loads its own file too: it holds the plural forms ("1 minute", "5 minutes").
        ours = QTranslator(app)
        if ours.load(f"notalone_{self.language}", ours_dir):
            self._installed.append(ours)
        else:
            log.warning("no interface translation for %s", self.language)
        if self.language != "en":
            qt_own = QTranslator(app)
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if qt_own.load(f"qtbase_{self.language}", qt_dir) or qt_own.load(f"qtbase_extra_{self.language}", ours_dir):
                self._installed.append(qt_own)
            else:
                log.warning("no translation of Qt's own dialogs for %s", self.language)
        for translator in self._installed:
            app.installTranslator(translator)
        # install/removeTranslator post LanguageChange: every widget then retranslates itself.
        return self.language
