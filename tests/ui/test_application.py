"""The QApplication: identity, the shipped CJK fallback font, Qt's own translations."""

from __future__ import annotations

import subprocess
import sys
from typing import Any

from PySide6.QtGui import QFontDatabase, QGuiApplication

from app import APP_ID


def test_identity_and_cjk_font(qapp: Any) -> None:
    assert QGuiApplication.desktopFileName() == APP_ID
    assert qapp.organizationName() == "FaceLedger"  # (pytest-qt renames the application itself)
    assert qapp.cjk_font_family
    assert qapp.cjk_font_family in QFontDatabase.families()
    assert qapp.cjk_font_family in QGuiApplication.font().families()
    assert not qapp.windowIcon().isNull()


def test_gui_entry_point_starts_and_stops(tmp_path: Any) -> None:
    """`ui.main.run` brings up the window (offscreen) and returns cleanly when the app quits."""
    code = (
        "import sys\n"
        "from PySide6.QtCore import QTimer\n"
        "import ui.application, ui.main\n"
        "real_init = ui.application.Application.__init__\n"
        "def init(self, argv):\n"
        "    real_init(self, argv)\n"
        "    QTimer.singleShot(1500, self.quit)\n"
        "ui.application.Application.__init__ = init\n"
        "sys.exit(ui.main.run(None))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr[-2000:]
