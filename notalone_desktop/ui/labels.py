"""Translated names for values that the domain keeps as keys: age bands, checklist states, lesson topics, incident
kinds and backup kinds. Each table keeps the translation context it was first written in."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from notalone_desktop.ui.dates import medium_date


def band_label(band: str) -> str:
    labels = {
        "under6": QCoreApplication.translate("Labels", "under 6"),
        "6-9": QCoreApplication.translate("Labels", "6 to 9"),
        "10-12": QCoreApplication.translate("Labels", "10 to 12"),
        "13-15": QCoreApplication.translate("Labels", "13 to 15"),
        "16-17": QCoreApplication.translate("Labels", "16 to 17"),
        "18-22": QCoreApplication.translate("Labels", "18 to 22"),
    }
    return labels.get(band, band)


def state_label(state: str) -> str:
    labels = {
        "todo": QCoreApplication.translate("Labels", "To do"),
        "done": QCoreApplication.translate("Labels", "Done"),
        "na": QCoreApplication.translate("Labels", "Not applicable"),
    }
    return labels.get(state, state)


def topic_label(topic: str) -> str:
    """A lesson topic's own name (where the checklist has no category of that key to take the title from)."""
    names = {
        "devices": QCoreApplication.translate("LessonsView", "Devices and accounts"),
        "privacy": QCoreApplication.translate("LessonsView", "Privacy and sharing"),
        "strangers": QCoreApplication.translate("LessonsView", "Strangers and grooming"),
        "impersonation": QCoreApplication.translate("LessonsView", "Online kidnapping and impersonation scams"),
        "money": QCoreApplication.translate("LessonsView", "Money and fraud"),
        "wellbeing": QCoreApplication.translate("LessonsView", "Wellbeing and screen time"),
        "talking": QCoreApplication.translate("LessonsView", "Talking and trust"),
        "emergency": QCoreApplication.translate("LessonsView", "What to do in an emergency"),
    }
    return names.get(topic, topic)


def kind_label(kind: str) -> str:
    """An incident's kind."""
    labels = {
        "online-kidnapping": QCoreApplication.translate("Incidents", "Online kidnapping or fake “police”"),
        "sextortion": QCoreApplication.translate("Incidents", "Threats to share intimate images (sextortion)"),
        "scam": QCoreApplication.translate("Incidents", "Scam or fraud"),
        "cyberbullying": QCoreApplication.translate("Incidents", "Cyberbullying"),
        "grooming": QCoreApplication.translate("Incidents", "Grooming by an adult"),
        "other": QCoreApplication.translate("Incidents", "Something else"),
    }
    return labels.get(kind, kind)


def backup_kind_label(kind: str) -> str:
    """Why a backup was made."""
    labels = {
        "auto": QCoreApplication.translate("SettingsView", "automatically"),
        "manual": QCoreApplication.translate("SettingsView", "by hand"),
        "before-upgrade": QCoreApplication.translate("SettingsView", "before an update"),
        "before-restore": QCoreApplication.translate("SettingsView", "before a restore"),
        "before-import": QCoreApplication.translate("SettingsView", "before an import"),
    }
    return labels.get(kind, kind)


def child_label(nickname: str, age: int, band: str) -> str:
    text = QCoreApplication.translate("Labels", "%1, %n year(s) (%3)", None, age)
    return text.replace("%1", nickname).replace("%3", band_label(band))


def format_date(value: dt.date | dt.datetime, long: bool = True) -> str:
    """The printed sheets' name for `ui.dates.medium_date` ("7 Dec 2026"): one unambiguous format everywhere.
    `long` is no longer used (the short numeric format was ambiguous); new code calls `medium_date`."""
    del long
    return medium_date(value)


def not_translated_marker() -> str:
    return QCoreApplication.translate("Labels", "not yet translated")
