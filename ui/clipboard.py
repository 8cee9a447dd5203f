"""Copying personal data to the clipboard (ARCHITECTURE lesson 6, TEST-MATRIX P2). SHARED INFRASTRUCTURE.

Modelled on KeePassXC's src/gui/Clipboard.cpp:
- the QMimeData carries the hints clipboard managers and OS histories honour:
  `x-kde-passwordManagerHint: secret` (KDE Klipper and friends), `application/x-nspasteboard-concealed-type`
  (macOS), `ExcludeClipboardContentFromMonitorProcessing`, `CanIncludeInClipboardHistory=0` and
  `CanUploadToCloudClipboard=0` (Windows clipboard history / cloud clipboard);
- text goes to both the Clipboard and (where the platform has one) the Selection;
- after `timeout_seconds` it is cleared — but only if the clipboard still holds what we wrote, so we
  never destroy something the user copied since; the same check runs on lock and on quit;
- `countdown(percent, text)` feeds the status bar.

Usage: `clipboard_service.copy_text(text)` (the main window owns one `ClipboardService`; pages get it
from their PageContext). The clock is injectable so tests need no sleeps.
"""

from __future__ import annotations

import atexit
import sys
import time
import weakref
from typing import Protocol

from PySide6.QtCore import QMimeData, QObject, QTimer, Signal
from PySide6.QtGui import QClipboard, QGuiApplication

from ui.i18n import translate

DEFAULT_TIMEOUT_SECONDS = 20


class Clock(Protocol):
    def monotonic(self) -> float: ...


class SystemClock:
    def monotonic(self) -> float:
        return time.monotonic()


def _windows_format(name: str) -> str:
    # Qt maps arbitrary Windows clipboard formats through this MIME spelling.
    return f'application/x-qt-windows-mime;value="{name}"' if sys.platform == "win32" else name


HINT_FORMATS: dict[str, bytes] = {
    "x-kde-passwordManagerHint": b"secret",
    "application/x-nspasteboard-concealed-type": b"secret",
    _windows_format("ExcludeClipboardContentFromMonitorProcessing"): b"\x01\x00\x00\x00",
    _windows_format("CanIncludeInClipboardHistory"): b"\x00\x00\x00\x00",
    _windows_format("CanUploadToCloudClipboard"): b"\x00\x00\x00\x00",
}


def hinted_mime_data(text: str) -> QMimeData:
    mime = QMimeData()
    mime.setText(text)
    for fmt, value in HINT_FORMATS.items():
        mime.setData(fmt, value)
    return mime


_services: weakref.WeakSet[ClipboardService] = weakref.WeakSet()


@atexit.register
def _clear_at_exit() -> None:
    """Last chance to clear what we copied, while Python still runs.

    Besides privacy this matters for stability: the clipboard owns the QMimeData we gave it, and if
    Qt's own exit handlers delete it after Python has finalized, shiboken's wrapper clean-up crashes
    (seen as a segfault at the end of a test run that left copied text behind).
    """
    if QGuiApplication.instance() is None:
        return
    for service in list(_services):
        try:
            service.clear_copied_text()
        except RuntimeError:  # the C++ object is already gone
            pass
    # A service that was garbage-collected cannot clear its text; our hint marks the data as ours.
    clipboard = QGuiApplication.clipboard()
    for mode in (QClipboard.Mode.Clipboard, QClipboard.Mode.Selection):
        mime = clipboard.mimeData(mode)
        if mime is not None and mime.hasFormat("x-kde-passwordManagerHint"):
            clipboard.clear(mode)


class ClipboardService(QObject):
    countdown = Signal(int, str)  # percent left (0-100), status text; (0, "") when done
    cleared = Signal()

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        timeout_seconds: int = DEFAULT_TIMEOUT_SECONDS,
        clock: Clock | None = None,
        tick_ms: int = 1000,
    ) -> None:
        super().__init__(parent)
        self.timeout_seconds = timeout_seconds
        self._clock = clock or SystemClock()
        self._copied: str | None = None
        self._deadline = 0.0
        self._timer = QTimer(self)
        self._timer.setInterval(tick_ms)
        self._timer.timeout.connect(self.tick)
        app = QGuiApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.clear_copied_text)
        _services.add(self)

    @property
    def holds_our_text(self) -> bool:
        if self._copied is None:
            return False
        return any(text == self._copied for text in self._current_texts())

    def copy_text(self, text: str) -> None:
        clipboard = QGuiApplication.clipboard()
        clipboard.setMimeData(hinted_mime_data(text), QClipboard.Mode.Clipboard)
        if clipboard.supportsSelection():
            clipboard.setMimeData(hinted_mime_data(text), QClipboard.Mode.Selection)
        self._copied = text
        if self.timeout_seconds > 0:
            self._deadline = self._clock.monotonic() + self.timeout_seconds
            self._timer.start()
            self.tick()

    def tick(self) -> None:
        if self._copied is None:
            self._timer.stop()
            return
        remaining = self._deadline - self._clock.monotonic()
        if remaining <= 0:
            self.clear_copied_text()
            return
        percent = int(100 * remaining / max(self.timeout_seconds, 1))
        seconds = int(remaining + 0.999)
        self.countdown.emit(
            percent, translate("Clipboard", "Clipboard clears in %n second(s)", None, seconds)
        )

    def clear_copied_text(self) -> None:
        """Clear what we copied, if it is still there (lock, quit, timeout)."""
        self._timer.stop()
        if self._copied is None:
            return
        clipboard = QGuiApplication.clipboard()
        modes = [QClipboard.Mode.Clipboard]
        if clipboard.supportsSelection():
            modes.append(QClipboard.Mode.Selection)
        for mode in modes:
            if clipboard.text(mode) == self._copied:
                clipboard.clear(mode)
        self._copied = None
        self.countdown.emit(0, "")
        self.cleared.emit()

    def _current_texts(self) -> list[str]:
        clipboard = QGuiApplication.clipboard()
        texts = [clipboard.text(QClipboard.Mode.Clipboard)]
        if clipboard.supportsSelection():
            texts.append(clipboard.text(QClipboard.Mode.Selection))
        return texts
