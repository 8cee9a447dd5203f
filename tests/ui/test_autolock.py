"""TEST-MATRIX L1 (auto-lock) and L2 (nothing is written while locked)."""

from __future__ import annotations

import hashlib
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QPixmapCache

from app import records as core_records
from app.errors import VaultLocked
from app.settings import Settings
from app.vault import Vault
from tests.ui.helpers import PASSPHRASE, unlock, wait_idle
from ui.tasks import DbOp

FACTS = {"jurisdiction": "CN", "date": "2025-03-01", "place_type": "hotel", "place_name": "锁定测试酒店"}


def _digest(path: Path) -> str:
    parts = [path.read_bytes()] + [p.read_bytes() for p in sorted(path.parent.glob(path.name + "-*"))]
    return hashlib.sha256(b"".join(parts)).hexdigest()


def test_idle_lock_with_fake_clock_then_unlock(qtbot: Any, make_window: Any, real_vault: Path) -> None:
    with Vault.open(real_vault, PASSPHRASE) as vault:
        core_records.add_record(vault, FACTS)
    window = make_window(real_vault, settings=Settings(autolock_minutes=10))
    unlock(qtbot, window)
    page = window.workspace.pages["records"]
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5_000)
    index = page.model.index(0, 1)
    page.model.data(index)
    qtbot.waitUntil(lambda: page.model.cached_row_count() == 1, timeout=5_000)
    page.open_editor(None)
    from ui.record_editor import RecordEditorDialog

    editor = window.findChildren(RecordEditorDialog)[0]
    assert editor.isVisible()

    window.clock.advance(9 * 60)
    qtbot.wait(60)
    assert window.workspace is not None, "locked too early"
    window.clock.advance(61)
    with qtbot.waitSignal(window.locked, timeout=5_000):
        pass
    assert window.last_lock_seconds is not None and window.last_lock_seconds < 1.0
    assert window.workspace is None
    assert window.start_screen is not None and not window.start_screen.showing_create
    assert window.worker.is_open is False
    assert not editor.isVisible() if _alive(editor) else True
    assert QPixmapCache.cacheLimit() > 0  # the cache exists and was cleared (nothing to assert inside)
    # The pages with their model and cache are gone once Qt processed the deletion.
    qtbot.waitUntil(lambda: not _alive(page), timeout=5_000)
    unlock(qtbot, window)
    page = window.workspace.pages["records"]
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5_000)


def _alive(obj: Any) -> bool:
    import shiboken6

    return shiboken6.isValid(obj)


def test_lock_on_demand_shortcut_and_screen_lock(qtbot: Any, make_window: Any, real_vault: Path) -> None:
    window = make_window(real_vault)
    unlock(qtbot, window)
    with qtbot.waitSignal(window.locked, timeout=5_000):
        window.lock_shortcut.activated.emit()
    unlock(qtbot, window)
    with qtbot.waitSignal(window.locked, timeout=5_000):
        window.screen_watcher.handle_active_changed(True)
    unlock(qtbot, window)
    with qtbot.waitSignal(window.locked, timeout=5_000):
        window.screen_watcher.handle_prepare_for_sleep(True)


def test_write_in_flight_commits_before_the_connection_closes(
    qtbot: Any, make_window: Any, real_vault: Path
) -> None:
    window = make_window(real_vault)
    unlock(qtbot, window)
    started = threading.Event()
    results: list[Any] = []

    def slow_write(vault: Any) -> int:
        with vault.write():
            record_id = core_records.add_record(vault, FACTS)
            started.set()
            time.sleep(0.3)  # the lock is requested while this transaction is open
        return record_id

    DbOp(window.worker, window, slow_write).success(results.append).failure(results.append).run()
    assert started.wait(5)
    t0 = time.monotonic()
    with qtbot.waitSignal(window.locked, timeout=5_000):
        window.lock()
    assert time.monotonic() - t0 < 1.0
    assert len(results) == 1 and isinstance(results[0], int)  # the write finished, committed
    with Vault.open(real_vault, PASSPHRASE) as vault:
        assert core_records.get_record(vault, results[0]).facts["place_name"] == "锁定测试酒店"


def test_failing_write_in_flight_rolls_back(qtbot: Any, make_window: Any, real_vault: Path) -> None:
    window = make_window(real_vault)
    unlock(qtbot, window)
    started = threading.Event()
    results: list[Any] = []

    def failing_write(vault: Any) -> None:
        with vault.write():
            core_records.add_record(vault, FACTS)
            started.set()
            time.sleep(0.2)
            raise RuntimeError("power cut in the middle")

    DbOp(window.worker, window, failing_write).success(results.append).failure(results.append).run()
    assert started.wait(5)
    with qtbot.waitSignal(window.locked, timeout=5_000):
        window.lock()
    assert isinstance(results[0], RuntimeError)
    with Vault.open(real_vault, PASSPHRASE) as vault:
        assert core_records.list_records(vault) == []


@pytest.mark.parametrize("action", ["save_record", "export_evidence", "backup"])
def test_locked_no_writes(
    qtbot: Any, make_window: Any, real_vault: Path, tmp_path: Path, action: str
) -> None:
    """L2: save, export and backup while locked are refused and change no file."""
    from ui.evidence_panel import export_op
    from ui.record_editor import save_record

    with Vault.open(real_vault, PASSPHRASE) as vault:
        record_id = core_records.add_record(vault, FACTS)
    window = make_window(real_vault)
    unlock(qtbot, window)
    with qtbot.waitSignal(window.locked, timeout=5_000):
        window.lock()
    before = _digest(real_vault)
    dest = tmp_path / "exported.png"
    ops = {
        "save_record": lambda v: save_record(
            v, record_id, dict(FACTS, place_name="changed"), "", None, [], []
        ),
        "export_evidence": export_op(None, None, dest),
        "backup": lambda v: v.backup(tmp_path),
    }
    results: list[Any] = []
    DbOp(window.worker, None, ops[action]).success(results.append).failure(results.append).run()
    wait_idle(qtbot, window)
    assert len(results) == 1 and isinstance(results[0], VaultLocked)
    assert _digest(real_vault) == before
    assert not dest.exists()
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".vault" and p != real_vault) == []


def test_lock_on_request_asks_before_discarding_edits(
    qtbot: Any, make_window: Any, real_vault: Path, monkeypatch: Any
) -> None:
    from ui import dialogs
    from ui.record_editor import RecordEditorDialog

    window = make_window(real_vault)
    unlock(qtbot, window)
    window.workspace.pages["records"].open_editor(None)
    editor = window.findChildren(RecordEditorDialog)[0]
    assert not editor.has_unsaved_changes()
    editor.form.fields["place_name"].widget.setText("还没保存")
    assert editor.has_unsaved_changes()
    answers = iter([dialogs.KEEP_EDITING, dialogs.DISCARD])
    asked: list[str] = []
    monkeypatch.setattr(
        dialogs, "ask_save_discard", lambda parent, title, text: asked.append(text) or next(answers)
    )
    window.lock(reason="shortcut")
    assert window.workspace is not None and editor.isVisible()  # "Keep editing"
    with qtbot.waitSignal(window.locked, timeout=5_000):
        window.lock(reason="shortcut")  # "Discard changes"
    assert len(asked) == 2


def test_idle_lock_never_waits_for_an_answer(qtbot: Any, make_window: Any, real_vault: Path) -> None:
    from ui.record_editor import RecordEditorDialog

    window = make_window(real_vault)
    unlock(qtbot, window)
    window.workspace.pages["records"].open_editor(None)
    editor = window.findChildren(RecordEditorDialog)[0]
    editor.form.fields["place_name"].widget.setText("还没保存")
    window.clock.advance(11 * 60)
    with qtbot.waitSignal(window.locked, timeout=5_000):
        pass
    assert window.workspace is None
