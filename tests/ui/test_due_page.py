"""Due page: overdue / today / this week, oldest first, colours + words, one tray note per request
that falls due while the app is open, naming only the reference code."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QSystemTrayIcon

from app.records import add_record
from app.tracking import deadlines
from app.tracking.model import Channel
from app.tracking.requests import LetterSnapshot, create_request, mark_sent
from tests.ui.part2_support import FakeContext, FakeToday, call, create_vault, open_worker, scenario_facts
from ui.clipboard import ClipboardService
from ui.pages.due_page import DueNotifier, DuePage

D = dt.date


@pytest.fixture
def ctx(qtbot: Any, tmp_path: Path) -> Iterator[FakeContext]:
    path = create_vault(tmp_path / "due.faceledger")
    worker = open_worker(qtbot, path)
    context = FakeContext(worker, ClipboardService(), FakeToday(D(2026, 3, 20)), path)
    yield context
    worker.shutdown()


def seed(vault: Any) -> dict[str, int]:
    record = add_record(vault, scenario_facts("residential-gate-beijing"))
    ids = {}
    # Sent 2 March → due 23 March; sent 4 March → due 25 March; sent 16 March → due 7 April.
    for name, sent in (("first", D(2026, 3, 2)), ("second", D(2026, 3, 4)), ("later", D(2026, 3, 16))):
        rid = create_request(vault, record, LetterSnapshot(
            reference=f"FL-{sent:%Y%m%d}-DUE{name[0].upper()}", types=("deletion",), lang="zh-CN",
            jurisdiction="CN", text="函", pdf=None, grounds=(), citations=(), rules_version="t",
            reply_period=deadlines.MAINLAND_DEFAULT))
        mark_sent(vault, rid, sent, Channel.EMAIL, today=D(2026, 3, 20))
        ids[name] = rid
    return ids


class RecordingTray(QSystemTrayIcon):
    def __init__(self, parent: Any) -> None:
        super().__init__(parent)
        self.messages: list[tuple[str, str]] = []

    def showMessage(self, title: str, text: str, *args: Any) -> None:  # type: ignore[override]  # noqa: N802
        self.messages.append((title, text))


def test_groups_order_colours_and_notifications(qtbot: Any, qtmodeltester: Any, ctx: FakeContext) -> None:
    ids = call(ctx.worker, seed)
    trays: list[RecordingTray] = []

    def make_tray(parent: Any) -> RecordingTray:
        trays.append(RecordingTray(parent))
        return trays[-1]

    page = DuePage(ctx, notifier=DueNotifier(tray_available=lambda: True, make_tray=make_tray))
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: len(page.rows) == 2, timeout=10_000)
    # 20 March: both due next week (23 and 25 March), the 7 April one is not listed yet.
    model = page.model
    assert [model.text(r, 0) for r in model.header_rows()] == ["Due this week (2)"]
    assert [model.request_id_at(r) for r in (1, 2)] == [ids["first"], ids["second"]]
    assert model.text(1, 4).startswith("3 day")
    assert page.table.columnSpan(0, 0) == 5  # the group title spans the row
    assert not trays  # nothing due yet: no notification

    ctx.today.day = D(2026, 3, 25)
    page.refresh()
    qtbot.waitUntil(lambda: len(page.model.header_rows()) == 2, timeout=10_000)
    assert [model.text(r, 0) for r in model.header_rows()] == ["Overdue (1)", "Due today (1)"]
    assert model.text(1, 4).startswith("Overdue by 2 day")
    assert model.data(model.index(1, 4), Qt.ItemDataRole.ForegroundRole) == QColor("#8a1c1c")
    assert model.text(3, 4) == "Due today"
    assert len(trays) == 1 and len(trays[0].messages) == 1
    title, text = trays[0].messages[0]
    assert "FL-20260302-DUEF" in text and "FL-20260304-DUES" in text
    assert "物业" not in title + text  # the handler's name stays out of the notification
    assert "1 overdue" in page.heading.text()

    page.table.doubleClicked.emit(model.index(1, 0))
    assert ctx.navigations[-1] == ("requests", {"request_id": ids["first"]})
    page.table.doubleClicked.emit(model.index(0, 0))  # a group title opens nothing
    assert len(ctx.navigations) == 1

    page.refresh()
    qtbot.wait(300)
    assert len(trays[0].messages) == 1  # not twice for the same requests
    qtmodeltester.check(page.model)


def test_no_tray_means_no_notification_but_the_list_still_shows(qtbot: Any, ctx: FakeContext) -> None:
    call(ctx.worker, seed)
    ctx.today.day = D(2026, 4, 20)
    notifier = DueNotifier(tray_available=lambda: False)
    page = DuePage(ctx, notifier=notifier)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: len(page.rows) == 3, timeout=10_000)
    assert page.model.text(0, 0) == "Overdue (3)"
    assert notifier._tray is None


def test_empty_week_says_so(qtbot: Any, ctx: FakeContext) -> None:
    page = DuePage(ctx, notifier=DueNotifier(tray_available=lambda: False))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.empty_label.isVisible(), timeout=10_000)
    assert not page.table.isVisible()
