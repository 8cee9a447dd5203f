"""Benchmark: the Requests and Statistics pages over 20,000 requests must not freeze the window.

Run:  QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.benchmarks.bench_ui_requests [--requests N]

What it measures, on the GUI thread of a real app over a real SQLCipher vault opened on the real
DbWorker thread:
- time to first paint: from constructing the page until its table/charts have painted real rows;
- UI-thread max stall: a QTimer heartbeat every 5 ms records the longest gap between two ticks while
  the page opens, scrolls to the end, changes its filter (Requests) or counts (Statistics); the Due
  page over the same vault is measured too. Any synchronous database or chart work on the GUI thread
  shows up here as a long gap.

The vault is filled through the core (app.records, app.tracking.deadlines for due dates) inside one
transaction, so seeding 20,000 requests takes seconds rather than 40,000 fsyncs.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

SENT_FROM = dt.date(2025, 1, 6)
TODAY = dt.date(2026, 6, 1)


def seed(vault: Any, requests: int, records: int) -> None:
    from app.records import add_record
    from app.tracking import deadlines

    rng = random.Random(20_000)
    from tests.conftest import REFERENCE_SCENARIOS

    scenarios = sorted(REFERENCE_SCENARIOS.glob("*.json"))
    base = [json.loads(p.read_text(encoding="utf-8"))["facts"] for p in scenarios]
    base = [f for f in base if f["jurisdiction"] == "CN"]
    cities = ["北京", "上海", "广州", "深圳", "杭州", "天津", "成都", "武汉", "南京", "西安", "重庆", "苏州"]
    record_ids: list[int] = []
    with vault.write() as conn:
        for i in range(records):
            facts = dict(rng.choice(base))
            facts["city"] = rng.choice(cities)
            facts["handler"] = {**facts.get("handler", {}), "name": f"某物业服务有限公司{i % 300:03d}"}
            record_ids.append(add_record(vault, facts))
        now = "2026-06-01T00:00:00+00:00"
        request_rows, event_rows = [], []
        due_by_sent: dict[dt.date, dt.date | None] = {}  # the calendar lookup costs ~4 ms a date
        for n in range(requests):
            sent = SENT_FROM + dt.timedelta(days=rng.randrange(0, 500))
            if sent not in due_by_sent:
                due_by_sent[sent] = deadlines.due_date(sent, deadlines.MAINLAND_DEFAULT).date
            due = due_by_sent[sent]
            roll = rng.random()
            answer = None
            status = "sent"
            if roll < 0.55:
                answer = sent + dt.timedelta(days=rng.randrange(2, 40))
                status = rng.choice(["complied", "refused", "partly_complied"])
                if answer > TODAY:
                    answer, status = None, "sent"
            request_rows.append((
                str(uuid.uuid4()), rng.choice(record_ids), '["withdraw_consent", "deletion"]', "zh-CN",
                status,
                "registered_mail", f"EMS{n:09d}", f"FL-{sent:%Y%m%d}-{n:04X}"[-16:], sent.isoformat(),
                due.isoformat() if due else None, 15, "working_days", "bench", now, now,
                '{"days": 15, "unit": "working_days", "kind": "mainland_requested", "statutory": false}',
            ))
            event_rows.append((n + 1, "sent", sent.isoformat()))
            if answer is not None:
                event_rows.append((n + 1, status, answer.isoformat()))
        conn.executemany(
            "INSERT INTO requests (uuid, record_id, types_json, lang, status, channel, tracking_number,"
            " reference_code, sent_date, due_date, reply_period_days, reply_period_unit, rules_version,"
            " created_at, updated_at, reply_period_json)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            request_rows,
        )
        # The case ladder's current-rung cache (issue 15): every seeded request is a first request.
        conn.execute(
            "UPDATE requests SET rung_kind = 'request', rung_request_id = id, rung_sent_date = sent_date,"
            " rung_awaiting = (status IN ('sent', 'delivered')),"
            " rung_due_date = CASE WHEN status IN ('sent', 'delivered') THEN due_date END"
            " WHERE parent_request_id IS NULL"
        )
        conn.executemany(
            "INSERT INTO events (uuid, request_id, kind, date, created_at) VALUES (?, ?, ?, ?, ?)",
            [(str(uuid.uuid4()), rid, kind, day, now) for rid, kind, day in event_rows],
        )


class Heartbeat:
    """Ticks every 5 ms on the GUI thread and remembers the longest gap between ticks."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tick)
        self.last = time.perf_counter()
        self.max_gap = 0.0

    def start(self) -> None:
        self.last = time.perf_counter()
        self.max_gap = 0.0
        self.timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.max_gap = max(self.max_gap, now - self.last)
        self.last = now

    def stop(self) -> float:
        self._tick()
        self.timer.stop()
        return self.max_gap


def wait_for(condition: Callable[[], bool], timeout: float = 120.0) -> float:
    from PySide6.QtWidgets import QApplication

    start = time.perf_counter()
    while not condition():
        QApplication.processEvents()
        time.sleep(0.001)
        if time.perf_counter() - start > timeout:
            raise TimeoutError("condition not met")
    return time.perf_counter() - start


class PaintWatcher:
    def __init__(self, widget: Any, ready: Callable[[], bool]) -> None:
        from PySide6.QtCore import QEvent, QObject

        self.painted_at: float | None = None
        watcher = self

        class Filter(QObject):
            def eventFilter(self, _obj: Any, event: Any) -> bool:  # noqa: N802
                if event.type() == QEvent.Type.Paint and watcher.painted_at is None and ready():
                    watcher.painted_at = time.perf_counter()
                return False

        self.filter = Filter()
        widget.installEventFilter(self.filter)


def run(requests: int, records: int) -> dict[str, Any]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    home = Path(tempfile.mkdtemp(prefix="faceledger-bench-"))
    for name in ("CONFIG", "DATA", "STATE"):
        (home / name.lower()).mkdir()
        os.environ[f"FACELEDGER_{name}_DIR"] = str(home / name.lower())

    from app.kdf import KdfParams
    from app.vault import Vault
    from ui.application import Application

    qapp = Application(sys.argv[:1])
    qapp.translators.install("zh_CN")
    path = home / "bench.faceledger"
    started = time.perf_counter()
    with Vault.create(path, "bench passphrase", KdfParams()) as vault:
        seed(vault, requests, records)
    seed_seconds = time.perf_counter() - started

    from ui.clipboard import ClipboardService
    from ui.pages.requests_page import RequestsPage
    from ui.pages.statistics_page import StatisticsPage
    from ui.tasks import DbWorker

    worker = DbWorker()
    opened: list[Any] = []
    worker.open_vault(path, bytearray(b"bench passphrase"), create=False, on_success=opened.append,
                      on_failure=opened.append)
    wait_for(lambda: bool(opened))

    class Context:
        def __init__(self) -> None:
            self.worker = worker
            self.clipboard = ClipboardService()
            self.today = lambda: TODAY

        def navigate(self, *_a: Any, **_k: Any) -> None:
            pass

    context = Context()
    heartbeat = Heartbeat()
    results: dict[str, Any] = {"requests": requests, "records": records,
                               "seed_seconds": round(seed_seconds, 2)}

    # --- Requests page -------------------------------------------------------------------------------
    heartbeat.start()
    t0 = time.perf_counter()
    page = RequestsPage(context)
    page.resize(1280, 800)
    watcher = PaintWatcher(page.table.viewport(), lambda: page.model.rowCount() > 0
                           and page.model.cached_row(0) is not None)
    page.show()
    wait_for(lambda: watcher.painted_at is not None)
    assert watcher.painted_at is not None
    results["requests_first_paint_ms"] = round((watcher.painted_at - t0) * 1000, 1)
    results["requests_rows"] = page.model.rowCount()
    stalls = {"open": heartbeat.stop()}
    heartbeat.start()
    page.table.scrollToBottom()
    last = page.model.rowCount() - 1
    t1 = time.perf_counter()
    wait_for(lambda: page.model.cached_row(last) is not None)
    results["requests_scroll_to_end_ms"] = round((time.perf_counter() - t1) * 1000, 1)
    stalls["scroll_to_end"] = heartbeat.stop()
    heartbeat.start()
    t2 = time.perf_counter()
    page.set_status_filter("overdue")
    wait_for(lambda: not page.model.loading)
    results["requests_filter_overdue_ms"] = round((time.perf_counter() - t2) * 1000, 1)
    results["requests_overdue_rows"] = page.model.rowCount()
    stalls["filter"] = heartbeat.stop()
    heartbeat.start()
    page.table.selectRow(0)
    wait_for(lambda: page.detail.request is not None)
    stalls["open_detail"] = heartbeat.stop()
    results["requests_ui_max_stall_ms"] = round(max(stalls.values()) * 1000, 1)
    results["requests_ui_stall_by_step_ms"] = {k: round(v * 1000, 1) for k, v in stalls.items()}
    page.close()

    # --- Statistics page -----------------------------------------------------------------------------
    heartbeat.start()
    t0 = time.perf_counter()
    stats_page = StatisticsPage(context)
    stats_page.resize(1280, 800)
    stats_page.show()
    wait_for(lambda: stats_page.stats is not None and not stats_page.running)
    results["statistics_computed_ms"] = round((time.perf_counter() - t0) * 1000, 1)
    wait_for(lambda: True)
    qapp.processEvents()
    results["statistics_ui_max_stall_ms"] = round(heartbeat.stop() * 1000, 1)
    assert stats_page.stats is not None
    results["statistics_requests_total"] = stats_page.stats.requests_total
    stats_page.close()

    # --- Due page (what needs action this week, over the same 20,000) ---------------------------------
    from ui.pages.due_page import DueNotifier, DuePage

    heartbeat.start()
    t0 = time.perf_counter()
    due_page = DuePage(context, notifier=DueNotifier(tray_available=lambda: False))
    due_page.resize(1280, 800)
    due_page.show()
    wait_for(lambda: due_page.model.rowCount() > 0 or due_page.empty_label.isVisible())
    results["due_shown_ms"] = round((time.perf_counter() - t0) * 1000, 1)
    results["due_rows"] = len(due_page.rows)
    results["due_ui_max_stall_ms"] = round(heartbeat.stop() * 1000, 1)
    due_page.close()

    worker.shutdown()
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--requests", type=int, default=20_000)
    parser.add_argument("--records", type=int, default=2_000)
    args = parser.parse_args(argv)
    print(json.dumps(run(args.requests, args.records), ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
