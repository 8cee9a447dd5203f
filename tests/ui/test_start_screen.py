"""Create a vault, unlock it, wrong passphrase, damaged file, one instance per vault."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.settings import Settings
from tests.ui.helpers import PASSPHRASE, unlock


def test_first_run_creates_a_vault_in_the_data_dir(qtbot: Any, make_window: Any, private_dirs: Path) -> None:
    window = make_window()
    screen = window.start_screen
    assert screen.showing_create
    panel = screen.create_panel
    assert panel.vault_path == private_dirs / "data" / "faceledger.vault"
    panel.passphrase.setText("short")
    panel.repeat.setText("short")
    panel.create_button.click()
    assert panel.banner.isVisible() and "at least" in panel.banner.text()
    panel.passphrase.setText(PASSPHRASE)
    assert panel.strength_bar.value() >= 3
    panel.repeat.setText(PASSPHRASE + "x")
    panel.create_button.click()
    assert "not the same" in panel.banner.text()
    assert not panel.vault_path.exists()
    panel.repeat.setText(PASSPHRASE)
    with qtbot.waitSignal(window.unlocked, timeout=10_000):
        panel.create_button.click()
    assert panel.vault_path.exists()
    assert window.workspace is not None
    assert window.workspace.current_key() == "records"
    assert window.settings.last_vault_path == str(panel.vault_path)


def test_vault_location_is_changeable(qtbot: Any, make_window: Any, tmp_path: Path, monkeypatch: Any) -> None:
    from ui import dialogs

    target = tmp_path / "elsewhere" / "mine"
    target.parent.mkdir()
    monkeypatch.setattr(dialogs, "get_save_file_name", lambda *a, **k: str(target))
    window = make_window()
    panel = window.start_screen.create_panel
    panel.change_button.click()
    assert panel.vault_path == target.with_suffix(".vault")
    panel.passphrase.setText(PASSPHRASE)
    panel.repeat.setText(PASSPHRASE)
    with qtbot.waitSignal(window.unlocked, timeout=10_000):
        panel.create_button.click()
    assert target.with_suffix(".vault").exists()


def test_unlock_and_wrong_passphrase(qtbot: Any, make_window: Any, real_vault: Path) -> None:
    window = make_window(real_vault)
    screen = window.start_screen
    assert not screen.showing_create
    panel = screen.unlock_panel
    before = real_vault.read_bytes()
    panel.passphrase.setText("not the passphrase")
    panel.unlock_button.click()
    qtbot.waitUntil(lambda: panel.banner.isVisible(), timeout=10_000)
    assert "Wrong passphrase" in panel.banner.text()
    assert panel.passphrase.hasFocus() or window.isActiveWindow() is False
    assert panel.passphrase.selectedText() == "not the passphrase"
    assert panel.passphrase.isEnabled()
    assert window.workspace is None
    assert real_vault.read_bytes() == before
    unlock(qtbot, window)
    assert window.workspace is not None
    assert panel.passphrase.text() == "" or not window.start_screen


def test_damaged_vault_offers_the_latest_backup(qtbot: Any, make_window: Any, tmp_path: Path) -> None:
    from app.vault import Vault

    path = tmp_path / "case.vault"
    vault = Vault.create(path, PASSPHRASE)
    backup = vault.backup()
    vault.close()
    data = bytearray(path.read_bytes())
    for offset in range(5000, len(data), 4096):  # damage every page after the header
        data[offset : offset + 64] = bytes(64)
    path.write_bytes(bytes(data))
    window = make_window(path)
    panel = window.start_screen.unlock_panel
    panel.passphrase.setText(PASSPHRASE)
    panel.unlock_button.click()
    qtbot.waitUntil(lambda: panel.banner.isVisible(), timeout=10_000)
    assert "damaged" in panel.banner.text()
    assert panel.banner.action_button.isVisible()
    panel.banner.action_button.click()
    assert window.start_screen.unlock_panel.vault_path == backup
    unlock(qtbot, window)
    assert window.vault_path == backup


def test_one_window_per_vault(qtbot: Any, make_window: Any, real_vault: Path, monkeypatch: Any) -> None:
    first = make_window(real_vault)
    unlock(qtbot, first)
    raised: list[bool] = []
    monkeypatch.setattr(first, "raise_", lambda: raised.append(True))
    second = make_window(real_vault, settings=Settings())
    panel = second.start_screen.unlock_panel
    panel.passphrase.setText(PASSPHRASE)
    panel.unlock_button.click()
    assert "already open in another FaceLedger window" in panel.banner.text()
    qtbot.waitUntil(lambda: raised == [True], timeout=3_000)  # the first window was asked to come forward
    assert second.workspace is None
    first.lock()
    qtbot.waitSignal(first.locked, timeout=5_000)
    qtbot.waitUntil(lambda: first.guard is None, timeout=5_000)
    unlock(qtbot, second)
    assert second.workspace is not None
