"""Review reminders: a notification from the system tray, at most once a day, when checklist items are due for
review again. Home shows the same count whenever it is open.

`start_reminders(window)` starts them where the system has a tray; Settings turns them off and on with
`set_reminders_enabled(services, on)`. The last day a notification was shown is kept in the `setting` table, so a
restart the same day does not notify again. Notifications name no child, item or note: only a count.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

if TYPE_CHECKING:
    from notalone_desktop.services import Services

log = logging.getLogger(__name__)
ENABLED_SETTING = "reminders.enabled"
LAST_SETTING = "reminders.last_notified"  # ISO date of the last notification, in local time
FIRST_CHECK_MS = 60_000  # a minute after start: the family sees the window first
INTERVAL_MS = 60 * 60_000  # then every hour (a window left open for days still reminds once a day)
Clock = Callable[[], dt.datetime]  # an aware datetime: now, in local time


def local_now() -> dt.datetime:
    return dt.datetime.now().astimezone()


def reminders_enabled(services: Services) -> bool:
    return bool(services.settings.get(ENABLED_SETTING, True))


def set_reminders_enabled(services: Services, enabled: bool) -> None:
    """For Settings: turn the daily notification on or off (Home still shows what is due)."""
    services.settings.set(ENABLED_SETTING, bool(enabled))
    log.info("review reminders %s", "on" if enabled else "off")


def due_items(services: Services, now: dt.datetime) -> int:
    """How many checklist items, of the family and every child, are due for review at `now`."""
    moment = now.astimezone(dt.UTC).replace(tzinfo=None)  # progress dates are stored as naive UTC
    owners: list[int | None] = [None, *(child.id for child in services.family.children())]
    return sum(1 for owner in owners for item in services.checklist.items(owner, "en") if item.is_due(moment))


def message(count: int) -> tuple[str, str]:
    """The notification's title and text: a count, nothing personal."""
    title = QCoreApplication.translate("Reminders", "Not Alone: time for a check")
    text = QCoreApplication.translate(
        "Reminders",
        "Due for review on your checklist: %n safety step(s). Open Not Alone to go through them.",
        "",
        count,
    )
    return title, text


class ReminderScheduler(QObject):
    """Checks now and then whether items are due; notifies through `notify(title, text)` at most once a day."""

    notified = Signal(int)  # how many items were due

    def __init__(
        self,
        services: Services,
        notify: Callable[[str, str], None],
        clock: Clock | None = None,
        paused: Callable[[], bool] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self._notify = notify
        self._clock = clock or local_now
        self._paused = paused or (lambda: False)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.tray: Any = None  # the tray icon when start_reminders made one

    def enabled(self) -> bool:
        return reminders_enabled(self.services)

    def set_enabled(self, enabled: bool) -> None:
        set_reminders_enabled(self.services, enabled)

    def check(self) -> bool:
        """Notify if reminders are on, nothing was shown today and something is due; True when it notified."""
        if self._paused() or not self.enabled():
            return False
        now = self._clock()
        today = now.date().isoformat()
        if self.services.settings.get(LAST_SETTING) == today:
            return False
        count = due_items(self.services, now)
        if count == 0:
            return False
        title, text = message(count)
        self._notify(title, text)
        self.services.settings.set(LAST_SETTING, today)
        log.info("review reminder shown (%d items due)", count)
        self.notified.emit(count)
        return True

    def start(self, first_check_ms: int = FIRST_CHECK_MS, interval_ms: int = INTERVAL_MS) -> None:
        self.timer.start(interval_ms)
        QTimer.singleShot(first_check_ms, self, self.check)

    def stop(self) -> None:
        self.timer.stop()


def start_reminders(window: Any) -> ReminderScheduler | None:
    """For app start, once the window has its data: a tray icon and daily review reminders, where the system has
    a tray (None where it has none; Home still shows what is due). Clicking the notification shows the items."""
    if not QSystemTrayIcon.isSystemTrayAvailable():
        return None
    context = window.context
    icon = window.windowIcon()
    if icon.isNull():
        icon = QApplication.windowIcon()
    tray = QSystemTrayIcon(icon, window)
    tray.setToolTip(QCoreApplication.translate("Reminders", "Not Alone"))

    def notify(title: str, text: str) -> None:
        tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 15_000)

    def show_due() -> None:
        window.showNormal()
        window.raise_()
        window.activateWindow()
        window.show_view("checklist", "due")

    tray.messageClicked.connect(show_due)
    tray.activated.connect(lambda _reason: show_due())
    tray.show()
    scheduler = ReminderScheduler(
        context.services, notify, paused=lambda: bool(getattr(context, "erased", False)), parent=window
    )
    scheduler.tray = tray
    scheduler.start()
    return scheduler
