"""After unlocking an older copy of a vault (D12), a warning banner says how many changes are missing;
"Continue" accepts the file as it is and the warning does not come back."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.records import add_record
from app.vault import Vault
from tests.ui.conftest import PASSPHRASE, unlock
from tests.ui.helpers import wait_idle
from tests.ui.part2_support import scenario_facts
from ui.widgets.message_banner import BannerLevel


def older_copy(folder: Path) -> Path:
    """A backup made before three more changes: opening it, three changes are missing."""
    path = folder / "v.vault"
    with Vault.create(path, PASSPHRASE) as vault:
        backup = vault.backup(folder / "older.vault")
        for n in range(3):
            add_record(vault, scenario_facts("residential-gate-beijing", place_name=f"后来{n}"))
    return backup


def test_banner_then_continue(qtbot: Any, make_window: Any, tmp_path: Path) -> None:
    backup = older_copy(tmp_path)
    window = make_window(backup)
    unlock(qtbot, window)
    banner = window.workspace.banner
    qtbot.waitUntil(lambda: banner.isVisible(), timeout=5_000)
    assert banner.level is BannerLevel.WARNING
    assert banner.text().startswith("This vault has 3 fewer changes than last seen on this computer")
    assert not banner.close_button.isVisible()  # a choice is needed, not a dismissal
    assert banner.action_button.text() == "Continue with this file"
    banner.action_button.click()
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: banner.level is BannerLevel.INFO, timeout=5_000)
    with Vault.open(backup, PASSPHRASE) as vault:
        assert vault.missing_changes == 0

    with qtbot.waitSignal(window.locked, timeout=10_000):
        window.lock(reason="idle")
    unlock(qtbot, window)
    wait_idle(qtbot, window)
    qtbot.wait(50)
    assert not window.workspace.banner.isVisible()


def test_no_banner_when_nothing_is_missing(qtbot: Any, make_window: Any, real_vault: Path) -> None:
    window = make_window(real_vault)
    unlock(qtbot, window)
    wait_idle(qtbot, window)
    qtbot.wait(50)
    assert not window.workspace.banner.isVisible()


def test_the_warning_is_translated(qapp: Any) -> None:
    from ui.missing_changes import missing_changes_text

    english = missing_changes_text(2)
    assert english.startswith("This vault has 2 fewer changes")
    for language in ("zh_CN", "zh_HK"):
        qapp.translators.install(language)
        text = missing_changes_text(2)
        assert text != english and "2" in text


def test_later_writes_never_hide_the_warning(qtbot: Any, make_window: Any, tmp_path: Path) -> None:
    """Issue 19 item 3: two more changes used to make the loss disappear; it now stays until accepted."""
    backup = older_copy(tmp_path)
    window = make_window(backup)
    unlock(qtbot, window)
    banner = window.workspace.banner
    qtbot.waitUntil(lambda: banner.isVisible(), timeout=5_000)
    with qtbot.waitSignal(window.locked, timeout=10_000):
        window.lock(reason="idle")
    with Vault.open(backup, PASSPHRASE) as vault:  # five more changes to the older copy
        for n in range(5):
            add_record(vault, scenario_facts("residential-gate-beijing", place_name=f"之后{n}"))
    unlock(qtbot, window)
    banner = window.workspace.banner
    qtbot.waitUntil(lambda: banner.isVisible(), timeout=5_000)
    assert "3 fewer changes" in banner.text()
    banner.action_button.click()
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: banner.level is BannerLevel.INFO, timeout=5_000)
    with Vault.open(backup, PASSPHRASE) as vault:
        assert vault.missing_changes == 0
