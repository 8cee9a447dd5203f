"""TEST-MATRIX P2: clipboard hints and countdown; cleared after the timeout (if unchanged), lock, quit."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtGui import QClipboard, QGuiApplication

from tests.ui.helpers import unlock
from ui.clipboard import HINT_FORMATS, ClipboardService
from ui.lock import FakeClock


def _service(qtbot: Any, clock: FakeClock) -> ClipboardService:
    service = ClipboardService(timeout_seconds=20, clock=clock, tick_ms=10)
    return service


def test_hints_and_timeout(qtbot: Any) -> None:
    clock = FakeClock()
    service = _service(qtbot, clock)
    countdowns: list[tuple[int, str]] = []
    service.countdown.connect(lambda p, t: countdowns.append((p, t)))
    service.copy_text("杭州某某物业服务有限公司")
    mime = QGuiApplication.clipboard().mimeData(QClipboard.Mode.Clipboard)
    assert mime.text() == "杭州某某物业服务有限公司"
    for fmt, value in HINT_FORMATS.items():
        assert bytes(mime.data(fmt).data()) == value, fmt
    assert {
        "x-kde-passwordManagerHint",
        "application/x-nspasteboard-concealed-type",
        "ExcludeClipboardContentFromMonitorProcessing",
        "CanIncludeInClipboardHistory",
        "CanUploadToCloudClipboard",
    } <= set(HINT_FORMATS)
    assert countdowns and countdowns[0][0] == 100 and "20" in countdowns[0][1]
    clock.advance(19)
    service.tick()
    assert QGuiApplication.clipboard().text() == "杭州某某物业服务有限公司"
    clock.advance(1.5)
    with qtbot.waitSignal(service.cleared, timeout=2_000):
        pass
    assert QGuiApplication.clipboard().text() == ""
    assert countdowns[-1] == (0, "")


def test_not_cleared_when_the_user_copied_something_else(qtbot: Any) -> None:
    clock = FakeClock()
    service = _service(qtbot, clock)
    service.copy_text("secret address")
    QGuiApplication.clipboard().setText("the user's own text")
    clock.advance(30)
    service.tick()
    assert QGuiApplication.clipboard().text() == "the user's own text"


def test_cleared_on_quit(qtbot: Any, qapp: Any) -> None:
    service = _service(qtbot, FakeClock())
    service.copy_text("copied before quitting")
    qapp.aboutToQuit.emit()
    assert QGuiApplication.clipboard().text() == ""


def test_cleared_on_lock_only_if_unchanged(qtbot: Any, make_window: Any, real_vault: Path) -> None:
    window = make_window(real_vault)
    unlock(qtbot, window)
    window.clipboard.copy_text("13800000000")
    with qtbot.waitSignal(window.locked, timeout=5_000):
        window.lock()
    assert QGuiApplication.clipboard().text() == ""
    unlock(qtbot, window)
    window.clipboard.copy_text("13800000000")
    QGuiApplication.clipboard().setText("mine")
    with qtbot.waitSignal(window.locked, timeout=5_000):
        window.lock()
    assert QGuiApplication.clipboard().text() == "mine"


def test_exit_with_copied_text_left_behind_does_not_crash() -> None:
    """Regression: Qt deleting our QMimeData after Python finalized segfaulted the process at exit."""
    import subprocess
    import sys

    code = (
        "import gc, sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication(sys.argv)\n"
        "from ui.clipboard import ClipboardService\n"
        "service = ClipboardService(timeout_seconds=0)\n"
        "service.copy_text('left behind')\n"
        "del service\n"
        "gc.collect()\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, (result.returncode, result.stderr[-1500:])
