"""pytest-qt fixtures for the desktop app (ARCHITECTURE lesson 9).

- `qapp_cls` makes pytest-qt create our Application (identity, CJK font, translators);
- `fast_kdf` keeps vault creation at the RFC 9106 floor (t=3) so a test unlocks in ~0.1 s;
- `make_window` builds a MainWindow with a fake clock; teardown closes the vault, waits for the DB
  worker thread and releases the single-instance lock, as Dangerzone's `window` fixture does;
- `real_vault` creates a real SQLCipher vault file in tmp_path through app.vault.

Dialog seams: every QMessageBox/QFileDialog goes through ui.dialogs, so tests monkeypatch those.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PASSPHRASE = "correct horse battery 人脸"


@pytest.fixture(scope="session")
def qapp_cls() -> type:
    from ui.application import Application

    return Application


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FACELEDGER_KDF_TIME_COST", "3")


@pytest.fixture(autouse=True)
def english_ui(qapp: Any) -> Iterator[None]:
    """Tests start in English (source strings); a test that switches language is undone here."""
    qapp.translators.install("en")
    yield
    qapp.translators.install("en")


@pytest.fixture(autouse=True)
def no_real_dialogs(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """A dialog a test did not expect must not block the suite: record it and answer "no"."""
    from ui import dialogs

    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        dialogs, "ask_question", lambda parent, title, text, **kw: shown.append((title, text)) or False
    )
    monkeypatch.setattr(
        dialogs,
        "ask_save_discard",
        lambda parent, title, text: shown.append((title, text)) or dialogs.KEEP_EDITING,
    )
    monkeypatch.setattr(dialogs, "show_information", lambda parent, title, text: shown.append((title, text)))
    monkeypatch.setattr(dialogs, "show_warning", lambda parent, title, text: shown.append((title, text)))
    monkeypatch.setattr(
        dialogs, "show_error_details", lambda parent, title, text, details: shown.append((title, details))
    )
    return shown


@pytest.fixture
def real_vault(tmp_path: Path) -> Path:
    """A real, empty SQLCipher vault (closed again) protected by PASSPHRASE."""
    from app.vault import Vault

    path = tmp_path / "test.vault"
    Vault.create(path, PASSPHRASE).close()
    return path


@pytest.fixture
def make_window(qtbot: Any) -> Iterator[Callable[..., Any]]:
    from app.settings import Settings
    from ui.lock import FakeClock
    from ui.main_window import MainWindow

    created: list[Any] = []

    def make(vault_path: Path | None = None, *, settings: Settings | None = None, clock: Any = None) -> Any:
        clock = clock or FakeClock()
        window = MainWindow(
            settings or Settings(),
            qtbot_app().translators,
            vault_path=vault_path,
            clock=clock,
            idle_check_interval_ms=20,
        )
        window.clock = clock
        qtbot.addWidget(window)
        window.show()
        created.append(window)
        return window

    def qtbot_app() -> Any:
        from PySide6.QtWidgets import QApplication

        return QApplication.instance()

    yield make
    for window in created:
        window.shutdown()


def unlock(qtbot: Any, window: Any, passphrase: str = PASSPHRASE) -> None:
    """Type the passphrase on the unlock screen and wait for the workspace."""
    screen = window.start_screen
    screen.unlock_panel.passphrase.setText(passphrase)
    with qtbot.waitSignal(window.unlocked, timeout=10_000):
        screen.unlock_panel.unlock_button.click()
