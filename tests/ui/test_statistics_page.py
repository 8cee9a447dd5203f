"""Statistics page: real figures from a real vault drawn as QtCharts, CSV export, cancel mid-way."""

from __future__ import annotations

import csv
import datetime as dt
import io
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCharts import QBarCategoryAxis, QHorizontalBarSeries, QPieSeries

from app.records import add_record
from app.tracking import deadlines
from app.tracking.lifecycle import EventKind
from app.tracking.model import Channel
from app.tracking.requests import LetterSnapshot, add_event, create_request, mark_sent
from tests.ui.part2_support import FakeContext, FakeToday, call, create_vault, open_worker, scenario_facts
from ui import dialogs
from ui.clipboard import ClipboardService
from ui.pages.statistics_page import StatisticsPage, top_with_other

D = dt.date
TODAY = D(2026, 6, 1)


@pytest.fixture
def ctx(qtbot: Any, tmp_path: Path) -> Iterator[FakeContext]:
    path = create_vault(tmp_path / "st.faceledger")
    worker = open_worker(qtbot, path)
    context = FakeContext(worker, ClipboardService(), FakeToday(TODAY), path)
    yield context
    worker.shutdown()


def seed(vault: Any) -> None:
    gate = add_record(vault, scenario_facts("residential-gate-beijing"))
    add_record(vault, scenario_facts("residential-gate-beijing", city="天津"))
    hotel = add_record(vault, scenario_facts("hotel-room-device-guangzhou"))
    for number, (record, answer) in enumerate(((gate, 6), (hotel, None), (gate, 10))):
        rid = create_request(vault, record, LetterSnapshot(
            reference=f"FL-20260302-ST{number}A", types=("deletion",), lang="zh-CN", jurisdiction="CN",
            text="函", pdf=None, grounds=(), citations=(), rules_version="t",
            reply_period=deadlines.MAINLAND_DEFAULT))
        mark_sent(vault, rid, D(2026, 3, 2), Channel.EMAIL, today=TODAY)
        if answer is not None:
            add_event(vault, rid, EventKind.REFUSED, D(2026, 3, 2) + dt.timedelta(days=answer), today=TODAY)


def categories(page: StatisticsPage, view_name: str) -> list[str]:
    chart = getattr(page, view_name).chart()
    axes = [a for a in chart.axes() if isinstance(a, QBarCategoryAxis)]
    return list(axes[0].categories()) if axes else []


def test_charts_show_the_vault_figures_and_csv_exports_them(
    qtbot: Any, ctx: FakeContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    call(ctx.worker, seed)
    page = StatisticsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitUntil(lambda: page.stats is not None and not page.running, timeout=10_000)
    assert page.stats is not None and page.stats.records_total == 3
    assert set(categories(page, "place_chart")) == {"Residential compound", "Hotel"}
    assert set(categories(page, "city_chart")) == {"北京", "天津", "广州"}
    bars = page.place_chart.chart().series()[0]
    assert isinstance(bars, QHorizontalBarSeries)
    assert sorted(bars.barSets()[0].at(i) for i in range(bars.barSets()[0].count())) == [1, 2]
    pie = page.outcome_chart.chart().series()[0]
    assert isinstance(pie, QPieSeries)
    slices = {s.label(): s.value() for s in pie.slices()}
    assert slices == {"Refused 2": 2.0, "Overdue 1": 1.0}
    # Median of 6 and 10 days for the Beijing handler; the Guangzhou hotel never answered.
    handler_bars = page.handler_chart.chart().series()[0].barSets()[0]
    assert handler_bars.count() == 1 and handler_bars.at(0) == 8.0
    assert "not answered yet" in page.handler_chart.chart().title()
    assert "3 record" in page.summary.text()

    target = tmp_path / "figures.csv"
    monkeypatch.setattr(dialogs, "get_save_file_name", lambda *a, **k: str(target))
    page.export_button.click()
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: spreadsheets read the Chinese names right
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert ["records_by_place_type", "Residential compound", "2", "", ""] in rows
    assert ["requests_by_outcome", "Refused", "2", "", ""] in rows
    assert any(r[0] == "reply_days_by_handler" and r[3] == "8" for r in rows)


def test_empty_vault_shows_empty_charts_with_a_reason(qtbot: Any, ctx: FakeContext) -> None:
    page = StatisticsPage(ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.stats is not None, timeout=10_000)
    assert "No records yet." in page.place_chart.chart().title()
    assert "No requests yet." in page.outcome_chart.chart().title()


def test_cancel_while_counting_keeps_the_ui_usable(qtbot: Any, ctx: FakeContext) -> None:
    page = StatisticsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: not page.running, timeout=10_000)
    # Hold the database thread so the next count is still queued when Cancel is pressed.
    gate = threading.Event()
    ctx.worker.submit(lambda _v: gate.wait(10), lambda _r: None, lambda _e: None)
    page.recalculate()
    assert page.running and page.cancel_button.isVisible() and page.progress.isVisible()
    with qtbot.waitSignal(page.cancelled, timeout=10_000):
        page.cancel_button.click()
        gate.set()
    assert not page.running and not page.cancel_button.isVisible()
    assert "Cancelled" in page.banner.text()
    assert page.refresh_button.isEnabled()


def test_top_with_other_folds_the_tail() -> None:
    from app.statistics import Count

    counts = tuple(Count(f"c{i}", 10 - i) for i in range(6))
    assert top_with_other(counts, 3) == [
        ("c0", 10, False), ("c1", 9, False), ("c2", 8, False), ("", 18, True)]
    assert top_with_other(counts[:2], 3) == [("c0", 10, False), ("c1", 9, False)]
