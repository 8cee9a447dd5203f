"""Requests page over a real vault on the real worker thread: filter, colours + words, timeline,
reply with an attached scan, outcome, next-step buttons, .ics export, lazy rows."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialog

from app.records import add_record
from app.request_list import Filter
from app.tracking import deadlines
from app.tracking.lifecycle import EventKind
from app.tracking.model import Channel
from app.tracking.requests import LetterSnapshot, add_event, create_request, get_request, mark_sent
from app.tracking.triage import ReplyKind
from tests.ui.part2_support import FakeContext, FakeToday, call, create_vault, open_worker, scenario_facts
from ui import dialogs
from ui.clipboard import ClipboardService
from ui.pages import requests_page
from ui.pages.requests_page import BATCH_SIZE, RequestsPage, RequestTableModel

D = dt.date
TODAY = D(2026, 6, 1)
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 200


def snapshot(reference: str) -> LetterSnapshot:
    return LetterSnapshot(
        reference=reference, types=("withdraw_consent", "deletion"), lang="zh-CN", jurisdiction="CN",
        text="关于撤回人脸信息处理同意并删除人脸信息的函", pdf=None, grounds=("no_separate_consent",),
        citations=({"instrument": "PIPL", "article": "47"},), rules_version="test",
        reply_period=deadlines.MAINLAND_DEFAULT,
    )


@pytest.fixture
def ctx(qtbot: Any, tmp_path: Path) -> Iterator[FakeContext]:
    path = create_vault(tmp_path / "r.faceledger")
    worker = open_worker(qtbot, path)
    context = FakeContext(worker, ClipboardService(), FakeToday(TODAY), path)
    yield context
    worker.shutdown()


@pytest.fixture
def seeded(ctx: FakeContext) -> dict[str, int]:
    def seed(vault: Any) -> dict[str, int]:
        gate = add_record(vault, scenario_facts("residential-gate-beijing", last_seen="2026-02-20"))
        hotel = add_record(vault, scenario_facts("hotel-room-device-guangzhou"))
        ids = {"record": gate}
        ids["silent"] = create_request(vault, gate, snapshot("FL-20260302-SLNT"))
        mark_sent(vault, ids["silent"], D(2026, 3, 2), Channel.REGISTERED_MAIL, tracking_number="EMS123",
                  today=TODAY)
        ids["refused"] = create_request(vault, hotel, snapshot("FL-20260302-RFSD"))
        mark_sent(vault, ids["refused"], D(2026, 3, 2), Channel.EMAIL, today=TODAY)
        add_event(vault, ids["refused"], EventKind.REFUSED, D(2026, 3, 9), note="拒绝删除", today=TODAY)
        ids["draft"] = create_request(vault, hotel, snapshot("FL-20260501-DRFT"))
        return ids

    return call(ctx.worker, seed)


def make_page(qtbot: Any, ctx: FakeContext, rows: int) -> RequestsPage:
    page = RequestsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == rows and not page.model.loading, timeout=10_000)
    return page


def cell(
    model: RequestTableModel, row: int, col: RequestTableModel.Col, role: int = Qt.ItemDataRole.DisplayRole
) -> Any:
    return model.data(model.index(row, col), role)


def test_model_passes_qt_model_tester(qtbot: Any, qtmodeltester: Any, ctx: FakeContext,
                                      seeded: dict[str, int]) -> None:
    page = make_page(qtbot, ctx, 3)
    qtmodeltester.check(page.model)


def test_overdue_is_shown_in_words_and_colour_and_filtered_in_sql(
    qtbot: Any, ctx: FakeContext, seeded: dict[str, int]
) -> None:
    page = make_page(qtbot, ctx, 3)
    page.set_status_filter(Filter.OVERDUE.value)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and not page.model.loading)
    model = page.model
    assert model.request_id_at(0) == seeded["silent"]
    assert cell(model, 0, model.Col.STATUS) == "Overdue"
    # Due 23 March 2026 (15 working days after 2 March); on 1 June that is 70 days late.
    assert cell(model, 0, model.Col.DUE) == "2026-03-23"
    assert cell(model, 0, model.Col.DAYS_LEFT).startswith("Overdue by 70 day")  # plural from the .qm
    assert cell(model, 0, model.Col.DAYS_LEFT, Qt.ItemDataRole.ForegroundRole) == QColor("#8a1c1c")
    assert cell(model, 0, model.Col.STATUS, Qt.ItemDataRole.BackgroundRole) is not None
    page.set_status_filter("draft")
    qtbot.waitUntil(lambda: not page.model.loading and page.model.rowCount() == 1)
    assert cell(model, 0, model.Col.REFERENCE) == "FL-20260501-DRFT"
    assert cell(model, 0, model.Col.DAYS_LEFT) == ""  # a draft has no due date to count down
    assert cell(model, 0, model.Col.DUE, Qt.ItemDataRole.ForegroundRole) is None
    assert page.count_label.text().startswith("1 request")


def test_timeline_reply_with_scan_then_refusal_enables_complaint(
    qtbot: Any, ctx: FakeContext, seeded: dict[str, int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = make_page(qtbot, ctx, 3)
    page.show_request(seeded["silent"])
    detail = page.detail
    qtbot.waitUntil(lambda: detail.request is not None and detail.request.id == seeded["silent"])
    assert detail.timeline.topLevelItemCount() == 1
    assert detail.timeline.topLevelItem(0).text(1) == "Letter sent"
    assert "EMS123" in detail.summary.text()
    assert "2026-03-23" in detail.due_label.text() and "Overdue by 70 day" in detail.due_label.text()
    assert "working days" in detail.basis_label.text()  # the basis of the due date is shown
    # Past the due date and past 30 days: both next steps are offered.
    assert detail.reminder_button.isEnabled() and detail.complaint_button.isEnabled()

    scan = tmp_path / "reply-scan.png"
    scan.write_bytes(PNG)
    monkeypatch.setattr(dialogs, "get_open_file_name", lambda *a, **k: str(scan))
    detail.reply_button.click()  # reply triage: what the reply says (tests/ui/test_reply_dialog.py)
    qtbot.waitUntil(lambda: detail.reply_dialog is not None, timeout=10_000)
    dialog = detail.reply_dialog
    dialog.set_kind(ReplyKind.UNRELATED)  # "we are looking into it" answers nothing yet
    dialog.attach_button.click()
    assert dialog.attach_label.text() == "reply-scan.png"
    dialog.note_edit.setPlainText("物业称正在核实")
    dialog.date_edit.setDate(dialog.date_edit.date().addDays(-1))
    dialog.done(QDialog.DialogCode.Accepted)
    qtbot.waitUntil(lambda: detail.timeline.topLevelItemCount() == 2, timeout=10_000)
    row = detail.timeline.topLevelItem(1)
    assert (row.text(0), row.text(1), row.text(2), row.text(3)) == (
        "2026-05-31", "Reply received — Did not answer the request", "物业称正在核实", "reply-scan.png")
    stored = call(ctx.worker, lambda v: v.conn.execute(
        "SELECT original_name, size FROM evidence").fetchall())
    assert stored == [("reply-scan.png", len(PNG))]

    detail.outcome_button.click()
    outcome = detail.event_dialog
    assert outcome is not None
    outcome.set_kind(EventKind.REFUSED)
    outcome.note_edit.setPlainText("拒绝提供其他验证方式")
    outcome.done(QDialog.DialogCode.Accepted)
    qtbot.waitUntil(lambda: detail.timeline.topLevelItemCount() == 3, timeout=10_000)
    assert detail.request is not None and detail.request.status.value == "refused"
    assert "Status: Refused" in detail.summary.text()
    assert detail.complaint_button.isEnabled() and not detail.reminder_button.isEnabled()
    detail.compose_requested.disconnect()  # the composer itself is tested in test_composer_flow.py
    with qtbot.waitSignal(detail.compose_requested) as blocker:
        detail.complaint_button.click()
    assert blocker.args == [seeded["record"], seeded["silent"], "complaint"]
    # The table row was refreshed from the vault: no longer overdue.
    page.set_status_filter(Filter.ALL.value)
    qtbot.waitUntil(lambda: not page.model.loading and page.model.rowCount() == 3)
    row_index = page.model.row_of(seeded["silent"])
    assert row_index is not None
    qtbot.waitUntil(lambda: cell(page.model, row_index, RequestTableModel.Col.STATUS) == "Refused")


def test_event_in_the_future_is_refused_inline_and_nothing_written(
    qtbot: Any, ctx: FakeContext, seeded: dict[str, int]
) -> None:
    page = make_page(qtbot, ctx, 3)
    page.show_request(seeded["silent"])
    detail = page.detail
    qtbot.waitUntil(lambda: detail.request is not None)
    future = requests_page.EventInput(EventKind.REPLIED, TODAY + dt.timedelta(days=3), "", None)
    detail.add_event(seeded["silent"], future)
    qtbot.waitUntil(lambda: detail.banner.isVisible(), timeout=10_000)
    assert "not possible" in detail.banner.text()
    assert len(call(ctx.worker, lambda v: get_request(v, seeded["silent"])).events) == 1


def test_ics_export_writes_the_open_due_dates(
    qtbot: Any, ctx: FakeContext, seeded: dict[str, int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = make_page(qtbot, ctx, 3)
    target = tmp_path / "out" / "due.ics"
    target.parent.mkdir()
    monkeypatch.setattr(dialogs, "get_save_file_name", lambda *a, **k: str(target))
    page.ics_button.click()
    qtbot.waitUntil(target.exists, timeout=10_000)
    text = target.read_text(encoding="utf-8")
    assert text.startswith("BEGIN:VCALENDAR")
    assert "FL-20260302-SLNT" in text  # the open request awaiting a reply
    assert "FL-20260501-DRFT" not in text  # a draft has no due date
    qtbot.waitUntil(lambda: page.banner.text().startswith("1 due date"))


def test_rows_load_lazily_in_batches(qtbot: Any, ctx: FakeContext) -> None:
    total = BATCH_SIZE * 2 + 50

    def seed(vault: Any) -> None:
        record = add_record(vault, scenario_facts("residential-gate-beijing"))
        with vault.write() as conn:
            conn.executemany(
                "INSERT INTO requests (uuid, record_id, types_json, lang, status, reference_code, sent_date,"
                " due_date, created_at, updated_at, rung_kind, rung_sent_date, rung_due_date, rung_awaiting,"
                " reply_period_days, reply_period_unit)"
                " VALUES (?, ?, '[\"deletion\"]', 'zh-CN', 'sent', ?,"
                " '2026-03-02', '2026-03-23', 'x', 'x', 'request', '2026-03-02', '2026-03-23', 1, 15,"
                " 'working_days')",
                [(str(uuid.uuid4()), record, f"FL-20260302-{i:04d}") for i in range(total)],
            )
            # Each row's timeline says it was sent (the cache is recomputed from it when the page opens).
            conn.execute(
                "INSERT INTO events (uuid, request_id, kind, date, created_at)"
                " SELECT lower(hex(randomblob(16))), id, 'sent', '2026-03-02', 'x' FROM requests"
            )

    call(ctx.worker, seed)
    page = make_page(qtbot, ctx, total)
    model = page.model
    assert model.cached_row(0) is not None
    assert model.cached_row(BATCH_SIZE * 2 + 10) is None  # not read until painted
    assert cell(model, BATCH_SIZE * 2 + 10, model.Col.REFERENCE) == "Loading…"
    with qtbot.waitSignal(model.rows_loaded, timeout=10_000) as blocker:
        pass
    assert blocker.args == [BATCH_SIZE * 2, total - 1]
    assert cell(model, BATCH_SIZE * 2 + 10, model.Col.STATUS) == "Overdue"


def test_other_pages_can_open_the_composer_and_a_request(
    qtbot: Any, ctx: FakeContext, seeded: dict[str, int]
) -> None:
    page = make_page(qtbot, ctx, 3)
    page.navigate_to(compose_for_record=seeded["record"])
    composer = page.composer
    assert composer.record_id == seeded["record"] and composer.follow_up_of is None
    qtbot.waitUntil(lambda: composer.composed is not None or composer.banner.isVisible(), timeout=30_000)
    assert composer.composed is not None, composer.banner.text()
    composer.reject()
    page.navigate_to(request_id=seeded["refused"])
    qtbot.waitUntil(lambda: page.detail.request is not None and page.detail.request.id == seeded["refused"])
    assert page.table.selectionModel().selectedRows()[0].row() == page.model.row_of(seeded["refused"])


def test_a_locked_vault_is_said_inline_and_nothing_breaks(
    qtbot: Any, ctx: FakeContext, seeded: dict[str, int]
) -> None:
    page = make_page(qtbot, ctx, 3)
    closed: list[bool] = []
    ctx.worker.close_vault(on_closed=lambda: closed.append(True))
    qtbot.waitUntil(lambda: bool(closed), timeout=10_000)
    page.refresh()
    qtbot.waitUntil(lambda: page.banner.isVisible(), timeout=10_000)
    assert "locked" in page.banner.text()
    assert page.model.rowCount() == 3 and not page.model.loading  # the last list stays until unlocked
