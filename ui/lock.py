"""Lock triggers (ARCHITECTURE lesson 5, TEST-MATRIX L1): idle, screen lock, suspend.

`InactivityTimer` watches user input application-wide (an event filter on the QApplication) and
emits `timed_out` when nothing happened for `timeout_seconds`. Time comes from an injectable clock;
a coarse periodic check (default once a second) compares it with the last activity, so tests drive
it with a fake clock and no sleeping.

`ScreenLockWatcher` listens on D-Bus where that is cheap (Linux desktops):
- session bus `org.freedesktop.ScreenSaver.ActiveChanged(bool)` (KDE, Xfce, most others) and
  `org.gnome.ScreenSaver.ActiveChanged(bool)` (GNOME) → `screen_locked`;
- system bus `org.freedesktop.login1.Manager.PrepareForSleep(bool)` → `suspending`.
On other platforms, or without a bus, it does nothing (documented limitation: Windows and macOS
session-lock notifications would need native hooks, as KeePassXC has; idle and on-demand locking
still work there). The lock sequence itself lives in MainWindow.lock().
"""

from __future__ import annotations

import logging
import sys
import time
from typing import Any, Protocol

from PySide6.QtCore import SLOT, QEvent, QObject, QTimer, Signal, Slot

log = logging.getLogger(__name__)


class Clock(Protocol):
    def monotonic(self) -> float: ...


class SystemClock:
    def monotonic(self) -> float:
        return time.monotonic()


class FakeClock:
    """A clock tests move by hand."""

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start

    def monotonic(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


_ACTIVITY_EVENTS = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseMove,
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.Wheel,
        QEvent.Type.HoverMove,
        QEvent.Type.TouchBegin,
        QEvent.Type.Shortcut,
    }
)


class InactivityTimer(QObject):
    timed_out = Signal()

    def __init__(
        self, parent: QObject | None = None, *, clock: Clock | None = None, check_interval_ms: int = 1000
    ) -> None:
        super().__init__(parent)
        self._clock = clock or SystemClock()
        self._timeout = 0.0
        self._last_activity = self._clock.monotonic()
        self._check = QTimer(self)
        self._check.setInterval(check_interval_ms)
        self._check.timeout.connect(self.check)
        self._installed_on: QObject | None = None

    @property
    def clock(self) -> Clock:
        return self._clock

    def activate(self, timeout_seconds: float) -> None:
        """Start watching (0 disables idle locking)."""
        from PySide6.QtCore import QCoreApplication

        self._timeout = timeout_seconds
        self.touch()
        app = QCoreApplication.instance()
        if app is not None and self._installed_on is None:
            app.installEventFilter(self)
            self._installed_on = app
        if timeout_seconds > 0:
            self._check.start()
        else:
            self._check.stop()

    def deactivate(self) -> None:
        self._check.stop()
        if self._installed_on is not None:
            self._installed_on.removeEventFilter(self)
            self._installed_on = None

    def touch(self) -> None:
        self._last_activity = self._clock.monotonic()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in _ACTIVITY_EVENTS:
            self._last_activity = self._clock.monotonic()
        return False

    @Slot()
    def check(self) -> None:
        if self._timeout > 0 and self._clock.monotonic() - self._last_activity >= self._timeout:
            self._check.stop()
            self.timed_out.emit()


class ScreenLockWatcher(QObject):
    screen_locked = Signal()
    suspending = Signal()

    def __init__(
        self, parent: QObject | None = None, *, session_bus: Any = None, system_bus: Any = None
    ) -> None:
        """Buses default to the user's session bus and the system bus; tests pass private ones."""
        super().__init__(parent)
        self.connected_to: list[str] = []
        if sys.platform.startswith("linux") or session_bus is not None:
            self._connect_dbus(session_bus, system_bus)

    def _connect_dbus(self, session: Any, system: Any) -> None:
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:  # QtDBus missing from this PySide6 build
            return
        if session is None:
            session = QDBusConnection.sessionBus()
        if session.isConnected():
            for service, path, interface in (
                (
                    "org.freedesktop.ScreenSaver",
                    "/org/freedesktop/ScreenSaver",
                    "org.freedesktop.ScreenSaver",
                ),
                ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
            ):
                if session.connect(
                    service, path, interface, "ActiveChanged", self, SLOT("handle_active_changed(bool)")
                ):
                    self.connected_to.append(interface)
        if system is None:
            system = QDBusConnection.systemBus()
        if system.isConnected() and system.connect(
            "org.freedesktop.login1",
            "/org/freedesktop/login1",
            "org.freedesktop.login1.Manager",
            "PrepareForSleep",
            self,
            SLOT("handle_prepare_for_sleep(bool)"),
        ):
            self.connected_to.append("org.freedesktop.login1.Manager")
        log.debug("screen-lock watcher on: %s", ", ".join(self.connected_to) or "nothing")

    @Slot(bool)
    def handle_active_changed(self, active: bool) -> None:
        if active:
            self.screen_locked.emit()

    @Slot(bool)
    def handle_prepare_for_sleep(self, starting: bool) -> None:
        if starting:
            self.suspending.emit()
