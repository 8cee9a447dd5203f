"""Settings: preferences saved to the settings file, profiles stored in the vault, backups."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QDialog

from app import profiles as core_profiles
from app.settings import settings_path
from app.vault import Vault
from tests.ui.helpers import PASSPHRASE, unlock, wait_idle


def test_preferences_are_saved(qtbot: Any, make_window: Any, real_vault: Path) -> None:
    window = make_window(real_vault)
    unlock(qtbot, window)
    window.navigate("settings")
    page = window.workspace.pages["settings"]
    page.autolock.setValue(3)
    page.clipboard_seconds.setValue(45)
    page.screen_lock.setChecked(False)
    saved = json.loads(settings_path().read_text(encoding="utf-8"))
    assert (saved["autolock_minutes"], saved["clipboard_clear_seconds"], saved["lock_on_screen_lock"]) == (
        3,
        45,
        False,
    )
    assert window.clipboard.timeout_seconds == 45
    # The idle timer follows the new value at once.
    window.clock.advance(3 * 60 + 1)
    with qtbot.waitSignal(window.locked, timeout=5_000):
        pass


def test_profiles_live_in_the_vault_not_in_settings(
    qtbot: Any, make_window: Any, real_vault: Path, monkeypatch: Any, private_dirs: Path
) -> None:
    from ui.pages import settings_page

    answers = iter(
        [
            {
                "name": "王小明",
                "phone": "13800000000",
                "email": "",
                "address": "杭州市西湖区某路1号",
                "id_number": "",
            },
            {
                "name": "王小明",
                "phone": "13900000000",
                "email": "",
                "address": "杭州市西湖区某路1号",
                "id_number": "",
            },
        ]
    )

    def fake_exec(dialog: Any) -> int:
        values = next(answers)
        dialog.name.setText(values["name"])
        dialog.phone.setText(values["phone"])
        dialog.address.setPlainText(values["address"])
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(settings_page.ProfileDialog, "exec", fake_exec)
    window = make_window(real_vault)
    unlock(qtbot, window)
    page = window.workspace.pages["settings"]
    page.add_profile()
    qtbot.waitUntil(
        lambda: page.profiles.count() == 1 and page.profiles.item(0).text() == "王小明", timeout=5_000
    )
    page.profiles.setCurrentRow(0)
    page.edit_profile()
    wait_idle(qtbot, window)
    monkeypatch.setattr("ui.dialogs.ask_question", lambda *a, **k: True)
    window.lock()
    qtbot.waitUntil(lambda: window.guard is None, timeout=5_000)
    with Vault.open(real_vault, PASSPHRASE) as vault:
        (profile,) = core_profiles.list_profiles(vault)
        assert (profile.name, profile.phone) == ("王小明", "13900000000")
    for path in private_dirs.rglob("*"):
        if path.is_file():
            assert "王小明".encode() not in path.read_bytes(), path
            assert b"13900000000" not in path.read_bytes(), path


def test_back_up_now(
    qtbot: Any, make_window: Any, real_vault: Path, tmp_path: Path, monkeypatch: Any
) -> None:
    target = tmp_path / "my-backups"
    target.mkdir()
    monkeypatch.setattr("ui.dialogs.get_existing_directory", lambda *a, **k: str(target))
    window = make_window(real_vault)
    unlock(qtbot, window)
    window.navigate("settings")
    page = window.workspace.pages["settings"]
    page._choose_backup_dir()
    assert window.settings.backup_dir == str(target)
    page.back_up_now()
    qtbot.waitUntil(lambda: page.banner.isVisible(), timeout=10_000)
    backups = list(target.glob("test-backup-*.vault"))
    assert len(backups) == 1
    assert "verified" in page.banner.text()
    with Vault.open(backups[0], PASSPHRASE) as copy:
        assert copy.check().ok
