"""Benchmark: the Records page over 100,000 records must open, scroll and search without freezing.

Run:  QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.benchmarks.bench_ui_records [--records N]

What it measures, on the GUI thread of a real MainWindow over a real SQLCipher vault opened on the
real DbWorker thread:
- first paint: from the unlock click until the table shows real rows (ids loaded and the first
  block of rows, with their grounds badges, in the cache);
- search latency: from typing a Chinese query (debounce included) until the result count is known
  and the first visible rows are loaded;
- UI-thread max stall: a QTimer heartbeat every 5 ms records the longest gap between two ticks while
  the page opens, scrolls to the end and searches. SQLCipher work on the GUI thread would show here.

tests/ui/test_records_large.py runs the same measurement with 20,000 records in the default suite.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

PASSPHRASE = "benchmark passphrase 基准"


class Heartbeat:
    """Counts QTimer ticks and the longest gap between two of them (the UI thread's worst stall)."""

    def __init__(self, interval_ms: int = 5) -> None:
        from PySide6.QtCore import QTimer

        self.timer = QTimer()
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._tick)
        self.ticks = 0
        self.max_gap = 0.0
        self._last = 0.0

    def _tick(self) -> None:
        now = time.monotonic()
        if self.ticks:
            self.max_gap = max(self.max_gap, now - self._last)
        self._last = now
        self.ticks += 1

    def start(self) -> None:
        self.ticks, self.max_gap, self._last = 0, 0.0, time.monotonic()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()


def wait_until(condition: Any, timeout: float = 60.0) -> float:
    """Spin the Qt event loop until `condition()`; returns the seconds it took."""
    from PySide6.QtCore import QCoreApplication, QEventLoop

    started = time.monotonic()
    while not condition():
        if time.monotonic() - started > timeout:
            raise TimeoutError("condition not met in time")
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        time.sleep(0.001)
    return time.monotonic() - started


def measure(window: Any, *, query: str = "幸福家园", expected_hits: int | None = None) -> dict[str, float]:
    """Unlock `window` (on its start screen), open Records, scroll to the end, search `query`."""
    # The window imports the pages and parses the rule library in the background while the user
    # types the passphrase (ui.main_window.preload_in_background); a person takes longer than that.
    window.preloader.join(30)
    heartbeat = Heartbeat()
    heartbeat.start()
    started = time.monotonic()
    panel = window.start_screen.unlock_panel
    panel.passphrase.setText(PASSPHRASE)
    panel.unlock_button.click()
    wait_until(lambda: window.workspace is not None)
    page = window.workspace.pages["records"]
    page.table.viewport().repaint()
    wait_until(lambda: page.model.rowCount() > 0 and page.model.cached_row_count() > 0)
    first_paint = time.monotonic() - started
    total = page.model.rowCount()

    page.table.scrollToBottom()
    page.table.viewport().repaint()
    last = page.model.record_id_at(total - 1)
    wait_until(lambda: page.model.row_for(total - 1) is not None and last is not None)

    search_started = time.monotonic()
    page.search.setText(query)
    wait_until(lambda: page.model.query.search == query and not page.model.loading)
    hits = page.model.rowCount()
    page.table.scrollToTop()
    page.table.viewport().repaint()
    wait_until(lambda: hits == 0 or page.model.row_for(0) is not None)
    search_latency = time.monotonic() - search_started
    heartbeat.stop()
    if expected_hits is not None and hits != expected_hits:
        raise AssertionError(f"search found {hits}, expected {expected_hits}")
    return {
        "records": float(total),
        "first_paint_s": round(first_paint, 3),
        "search_latency_s": round(search_latency, 3),
        "search_hits": float(hits),
        "ui_max_stall_s": round(heartbeat.max_gap, 3),
        "heartbeat_ticks": float(heartbeat.ticks),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Records page benchmark")
    parser.add_argument("--records", type=int, default=100_000)
    args = parser.parse_args(argv)
    home = Path(tempfile.mkdtemp(prefix="faceledger-bench-"))
    for name in ("CONFIG", "DATA", "STATE"):
        (home / name.lower()).mkdir()
        os.environ[f"FACELEDGER_{name}_DIR"] = str(home / name.lower())
    os.environ.setdefault("FACELEDGER_KDF_TIME_COST", "3")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from app.settings import Settings
    from app.vault import Vault
    from tests.ui.helpers import bulk_insert_records
    from ui.application import Application
    from ui.main_window import MainWindow

    app = Application(sys.argv[:1])
    app.translators.install("zh_CN")
    vault_path = home / "bench.vault"
    Vault.create(vault_path, PASSPHRASE).close()
    seeded = bulk_insert_records(vault_path, args.records, PASSPHRASE)
    window = MainWindow(Settings(), app.translators, vault_path=vault_path)
    window.resize(1180, 740)
    window.show()
    try:
        result = measure(window)
    finally:
        window.shutdown()
    result["seed_s"] = round(seeded, 1)
    print(json.dumps(result, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
