"""L1, screen lock: a real (private) D-Bus session bus carries ScreenSaver.ActiveChanged(true)."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from typing import Any

import pytest

pytestmark = pytest.mark.skipif(shutil.which("dbus-daemon") is None, reason="dbus-daemon not installed")


@pytest.fixture
def private_bus() -> Iterator[str]:
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1"], stdout=subprocess.PIPE, text=True
    )
    assert daemon.stdout is not None
    address = daemon.stdout.readline().strip()
    try:
        yield address
    finally:
        daemon.terminate()
        daemon.wait(5)


def test_screensaver_signal_locks(qtbot: Any, private_bus: str) -> None:
    from PySide6.QtDBus import QDBusConnection, QDBusMessage

    from ui.lock import ScreenLockWatcher

    listener = QDBusConnection.connectToBus(private_bus, "faceledger-listener")
    sender = QDBusConnection.connectToBus(private_bus, "faceledger-screensaver")
    assert listener.isConnected() and sender.isConnected()
    assert sender.registerService("org.freedesktop.ScreenSaver")
    watcher = ScreenLockWatcher(session_bus=listener, system_bus=listener)
    assert "org.freedesktop.ScreenSaver" in watcher.connected_to
    unlocked = QDBusMessage.createSignal(
        "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged"
    )
    unlocked.setArguments([False])
    locked = QDBusMessage.createSignal(
        "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged"
    )
    locked.setArguments([True])
    with qtbot.assertNotEmitted(watcher.screen_locked, wait=200):
        sender.send(unlocked)
    with qtbot.waitSignal(watcher.screen_locked, timeout=3_000):
        sender.send(locked)
    QDBusConnection.disconnectFromBus("faceledger-listener")
    QDBusConnection.disconnectFromBus("faceledger-screensaver")
