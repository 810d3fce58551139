"""The parent lock's idle time: back to child mode once nobody has used the app for the parent's chosen minutes.

The lock takes its timeout, clock and check interval, so that a test can drive it with a clock of its own
instead of waiting: input only notes the time (cheap: it comes with every mouse move); a timer checks now and then.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QInputEvent

if TYPE_CHECKING:
    from notalone_desktop.ui.context import AppContext

log = logging.getLogger(__name__)
CHECK_MS = 5_000  # how often the idle time is looked at: the lock comes at most this much late


_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)


class IdleLock(QObject):
    """Locks the app once it was not used for `timeout` seconds (the parent's idle minutes unless given).

    `clock` gives the time in seconds (time.monotonic unless given), `check_ms` how often the time is checked.
    The application-wide event filter that notes input is installed only while a PIN is set and the app is
    unlocked: otherwise it costs nothing. `check()` is what the timer calls; a test may call it directly.
    """

    def __init__(
        self,
        context: AppContext,
        timeout: float | None = None,
        clock: Callable[[], float] = time.monotonic,
        check_ms: int = CHECK_MS,
    ) -> None:
        super().__init__(context)
        self.context = context
        self.clock = clock
        self.timeout = float(timeout) if timeout is not None else context.security.idle_minutes() * 60.0
        self.last_input = clock()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self._filtering = False
        self.set_check_interval(check_ms)
        context.lock_changed.connect(self.follow)
        self.follow(context.locked)

    def set_minutes(self, minutes: int) -> None:
        self.timeout = minutes * 60.0

    def set_check_interval(self, milliseconds: int) -> None:
        self.timer.setInterval(milliseconds)

    def follow(self, locked: bool) -> None:
        app = QCoreApplication.instance()
        active = not locked and self.context.pin_set
        if active and not self._filtering and app is not None:
            app.installEventFilter(self)
            self._filtering = True
        elif not active and self._filtering and app is not None:
            app.removeEventFilter(self)
            self._filtering = False
        if active:
            self.last_input = self.clock()  # unlocked just now: the idle time starts here
            self.timer.start()
        else:
            self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Every event of the application passes here: the class test first, cheaper than asking for the type.
        if isinstance(event, QInputEvent) and event.type() in _INPUT_EVENTS:
            self.last_input = self.clock()
        return False

    def check(self) -> None:
        """Lock when the time since the last input reached the timeout."""
        if self.timer.isActive() and self.clock() - self.last_input >= self.timeout:
            log.info("locked after the idle time")
            self.context.lock()


def install_idle_lock(context: AppContext, **options: Any) -> IdleLock:
    """The context's idle lock (`options`: IdleLock's timeout, clock and check_ms)."""
    idle = IdleLock(context, **options)
    context.idle_lock = idle
    return idle
