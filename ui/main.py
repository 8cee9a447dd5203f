"""Entry point of the desktop app: `run(vault_path)` (called by app/cli/gui_cmd.py)."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from app.settings import load_settings

log = logging.getLogger(__name__)


def run(vault_path: str | None = None) -> int:
    from ui.application import Application
    from ui.errors import install_excepthook
    from ui.i18n import resolve_language
    from ui.main_window import MainWindow

    app = Application(sys.argv[:1])
    settings = load_settings()
    app.translators.install(resolve_language(settings.language))
    install_excepthook()
    window = MainWindow(settings, app.translators, vault_path=Path(vault_path) if vault_path else None)
    window.show()
    try:
        return int(app.exec())
    finally:
        window.shutdown()
