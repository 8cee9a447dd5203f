"""Issue 15 item 6 in the composer: a letter speaks as of its own date, so a letter date before the
record's last-seen date is refused under the field with a sentence (the core refuses it too), and the
reply period offered stops at the 60 days the core accepts (issue 19 item 6)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.errors import InvalidInput
from app.letters import compose_letter
from app.records import add_record
from app.tracking.deadlines import MAX_REPLY_DAYS
from tests.ui.part2_support import FakeContext, FakeToday, call, create_vault, open_worker, scenario_facts
from ui.clipboard import ClipboardService
from ui.composer.composer_dialog import LetterComposerDialog

D = dt.date


@pytest.fixture
def ctx(qtbot: Any, tmp_path: Path) -> Iterator[FakeContext]:
    path = create_vault(tmp_path / "dates.faceledger")
    worker = open_worker(qtbot, path)
    context = FakeContext(worker, ClipboardService(timeout_seconds=0), FakeToday(D(2026, 12, 1)), path)
    yield context
    worker.shutdown()


def test_letter_date_before_last_seen_is_refused_with_a_sentence(qtbot: Any, ctx: FakeContext) -> None:
    facts = scenario_facts("residential-gate-beijing")
    assert facts["last_seen"] == "2026-11-01"
    record_id = call(ctx.worker, lambda vault: add_record(vault, facts))
    dialog = LetterComposerDialog(ctx, record_id)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.preview_updated, timeout=30_000):
        dialog.show()
    assert dialog.date_edit.problem() is None  # today (2026-12-01) is after the last sighting
    assert dialog.reply_spin.maximum() == MAX_REPLY_DAYS == 60
    dialog.date_edit.setDate(D(2026, 10, 15))
    assert not dialog.date_edit.check()
    problem = dialog.date_edit.problem() or ""
    assert "2026-10-15" in problem and "2026-11-01" in problem and "last seen" in problem
    dialog.date_edit.setDate(D(2026, 11, 1))
    assert dialog.date_edit.check()
    # The core refuses the same letter whatever the caller (CLI, scripts).
    with pytest.raises(InvalidInput, match="after the letter date"):
        compose_letter(facts, ["deletion"], "zh-CN", letter_date=D(2026, 10, 15))


def test_a_due_date_past_the_official_calendar_is_shown_as_an_estimate(qtbot: Any, tmp_path: Path) -> None:
    from app.tracking import deadlines
    from app.tracking.model import Channel
    from app.tracking.requests import LetterSnapshot, create_request, mark_sent
    from ui.pages.requests_page import RequestsPage

    path = create_vault(tmp_path / "estimate.faceledger")
    worker = open_worker(qtbot, path)
    today = D(2026, 12, 28)
    context = FakeContext(worker, ClipboardService(timeout_seconds=0), FakeToday(today), path)
    try:
        assert deadlines.last_official_year() == 2026, "the test assumes no 2027 schedule is installed"

        def seed(vault: Any) -> int:
            record = add_record(vault, scenario_facts("residential-gate-beijing"))
            snapshot = LetterSnapshot(
                reference="FL-20261221-ESTM", types=("deletion",), lang="zh-CN", jurisdiction="CN",
                text="关于删除人脸信息的函", pdf=None, grounds=(), citations=(), rules_version="test",
                reply_period=deadlines.MAINLAND_DEFAULT,
            )
            rid = create_request(vault, record, snapshot)
            mark_sent(vault, rid, D(2026, 12, 21), Channel.EMAIL, today=today)
            return rid

        rid = call(worker, seed)
        page = RequestsPage(context)
        qtbot.addWidget(page)
        page.show()
        page.show_request(rid)
        qtbot.waitUntil(lambda: page.detail.request is not None, timeout=10_000)
        expected = deadlines.due_date(D(2026, 12, 21), deadlines.MAINLAND_DEFAULT)
        assert expected.estimated and expected.date is not None and expected.date.year == 2027
        assert f"{expected.date.isoformat()} (estimated)" in page.detail.due_label.text()
        assert "Estimated: the official 2027 holiday" in page.detail.basis_label.text()
        # The table reads the vault's cached due date and marks it too.
        model = page.model
        qtbot.waitUntil(lambda: model.rowCount() == 1 and not model.loading, timeout=10_000)
        shown = model.data(model.index(0, model.Col.DUE))
        assert shown == f"{expected.date.isoformat()} (estimated)"
    finally:
        worker.shutdown()
