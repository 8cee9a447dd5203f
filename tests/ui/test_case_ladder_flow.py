"""The whole ladder through the real widgets on a real vault (issue 15):

create a record → first letter (the sender is asked once: refused without it, then remembered) →
mark sent → the reply date passes → reminder (signed by the stored sender) → complaint to the
suggested regulator → reply and outcome. At each step the Requests and Due pages show the case's
current rung with its own recipient and due date; the worker is shut down and the vault reopened in
the middle (a restart) and everything is still there.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog

from app.records import add_record
from app.tracking import sender as sender_mod
from app.tracking import sent_letters
from app.tracking.lifecycle import EventKind
from app.tracking.model import Channel
from app.tracking.requests import case_ladder, list_requests
from app.tracking.triage import ReplyKind
from tests.ui.part2_support import FakeContext, FakeToday, call, create_vault, open_worker, scenario_facts
from ui.clipboard import ClipboardService
from ui.composer.composer_dialog import LetterComposerDialog
from ui.pages.due_page import DueNotifier, DuePage
from ui.pages.requests_page import RequestsPage, RequestTableModel

D = dt.date
HANDLER = "北京某物业服务有限公司"
HOUSING = "房产（住房）主管部门"


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    return create_vault(tmp_path / "ladder.faceledger")


@pytest.fixture
def ctx(qtbot: Any, vault_path: Path) -> Iterator[FakeContext]:
    worker = open_worker(qtbot, vault_path)
    context = FakeContext(worker, ClipboardService(timeout_seconds=0), FakeToday(D(2026, 9, 1)), vault_path)
    yield context
    context.worker.shutdown()


def restart(qtbot: Any, ctx: FakeContext) -> None:
    """Close the vault and open it again, as a restart of the app does."""
    ctx.worker.shutdown()
    ctx.worker = open_worker(qtbot, ctx.vault_path)


def row(page: RequestsPage) -> dict[str, str]:
    model = page.model
    col = RequestTableModel.Col
    return {c.name: str(model.data(model.index(0, c)) or "") for c in col}


def requests_page(qtbot: Any, ctx: FakeContext) -> RequestsPage:
    page = RequestsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and page.model.cached_row(0) is not None
                    and not page.model.loading, timeout=10_000)
    page.show_request(page.model.request_id_at(0))
    qtbot.waitUntil(lambda: page.detail.request is not None and page.detail.ladder is not None,
                    timeout=10_000)
    return page


def due_rows(qtbot: Any, ctx: FakeContext) -> list[tuple[str, ...]]:
    page = DuePage(ctx, notifier=DueNotifier(tray_available=lambda: False))
    qtbot.addWidget(page)
    qtbot.wait(50)
    qtbot.waitUntil(lambda: not getattr(page, "loading", False), timeout=10_000)
    qtbot.wait(300)
    model = page.model
    return [tuple(model.text(r, c) for c in range(model.COLUMNS)) for r in range(model.rowCount())]


def mark_sent(qtbot: Any, dialog: LetterComposerDialog, channel: Channel) -> int:
    dialog.sent_button.click()
    sent = dialog.mark_sent_dialog
    assert sent is not None
    sent.set_channel(channel)
    with qtbot.waitSignal(dialog.sent, timeout=30_000) as blocker:
        sent.done(QDialog.DialogCode.Accepted)
    return int(blocker.args[0])


def type_chinese(edit: Any, text: str) -> None:
    """Chinese arrives through the input method as a commit string (QTest.keyClicks only types
    Latin-1 keys)."""
    edit.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(edit, event)


def wait_composed(qtbot: Any, dialog: LetterComposerDialog) -> None:
    qtbot.waitUntil(lambda: dialog.composed is not None and not dialog.composing
                    and not dialog._debounce.isActive(), timeout=30_000)


def test_the_whole_ladder_in_the_app(qtbot: Any, ctx: FakeContext) -> None:
    record = call(ctx.worker, lambda v: add_record(
        v, scenario_facts("residential-gate-beijing", last_seen="2026-08-20")))

    # --- the first letter asks who writes, once --------------------------------------------------------
    dialog = LetterComposerDialog(ctx, record)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_composed(qtbot, dialog)
    assert dialog.remember_sender_check.isVisible() and dialog.remember_sender_check.isChecked()
    assert dialog.name_edit.text() == ""
    dialog.lang_combo.setCurrentIndex(dialog.lang_combo.findData("zh-CN"))  # a letter in Chinese
    wait_composed(qtbot, dialog)
    dialog.sent_button.click()  # no name, no reply address: refused with a sentence, nothing stored
    assert dialog.mark_sent_dialog is None
    assert "your name and a postal address or e-mail for the reply" in dialog.banner.text()
    assert call(ctx.worker, list_requests) == []
    type_chinese(dialog.name_edit, "王小明")
    QTest.keyClicks(dialog.phone_edit, "13800000000")
    type_chinese(dialog.address_edit, "北京市海淀区某小区1号楼2单元301")
    reference = dialog._reference
    wait_composed(qtbot, dialog)
    assert dialog.composed is not None and dialog.composed.letter.reference == reference  # not per keystroke
    assert reference is not None and reference.startswith("FL-20260901-")  # carries the letter date
    root = mark_sent(qtbot, dialog, Channel.REGISTERED_MAIL)
    dialog.close()
    assert call(ctx.worker, sender_mod.get_vault_sender).name == "王小明"  # type: ignore[union-attr]

    page = requests_page(qtbot, ctx)
    shown = row(page)
    assert shown["STEP"] == "Request" and shown["HANDLER"] == HANDLER
    assert shown["STATUS"] == "Sent" and shown["SENT"] == "2026-09-01" and shown["DUE"] == "2026-09-21"
    assert page.detail.letters_tree.topLevelItemCount() == 1  # the letter as sent, listed
    assert not page.detail.reminder_button.isEnabled()  # next_steps: wait for the reply

    # --- the reply date passes: overdue, a reminder is offered ----------------------------------------
    ctx.today.day = D(2026, 9, 25)
    page.refresh()
    qtbot.waitUntil(lambda: row(page)["STATUS"] == "Overdue", timeout=10_000)
    assert due_rows(qtbot, ctx)[1][:4] == (reference, HANDLER, "Request", "2026-09-21")
    qtbot.waitUntil(lambda: page.detail.reminder_button.isEnabled(), timeout=10_000)

    # --- a restart in the middle keeps everything -------------------------------------------------------
    page.close()
    restart(qtbot, ctx)
    page = requests_page(qtbot, ctx)
    assert row(page)["STATUS"] == "Overdue" and row(page)["DUE"] == "2026-09-21"
    assert page.detail.reminder_button.isEnabled()

    # --- the reminder: its own due date, the stored sender ----------------------------------------------
    page.detail.reminder_button.click()
    reminder_dialog: LetterComposerDialog = page.composer
    wait_composed(qtbot, reminder_dialog)
    assert not reminder_dialog.remember_sender_check.isVisible()  # asked once only
    assert reminder_dialog.name_edit.text() == "王小明"
    assert reminder_dialog.composed is not None and reminder_dialog.composed.letter.sender is not None
    mark_sent(qtbot, reminder_dialog, Channel.REGISTERED_MAIL)
    reminder_dialog.close()
    page.refresh()
    qtbot.waitUntil(lambda: row(page)["STEP"] == "Reminder", timeout=10_000)
    shown = row(page)
    assert shown["STATUS"] == "Sent" and shown["SENT"] == "2026-09-25"
    assert shown["DUE"] == "2026-10-22" and shown["HANDLER"] == HANDLER  # the reminder's own date
    assert all(r[0] != reference for r in due_rows(qtbot, ctx))  # no stale "overdue" left on Due

    # --- 30 days on and the reminder unanswered: the complaint to the suggested regulator -------------
    ctx.today.day = D(2026, 11, 5)
    page.refresh()
    qtbot.waitUntil(lambda: row(page)["STATUS"] == "Overdue" and page.detail.complaint_button.isEnabled(),
                    timeout=10_000)
    assert row(page)["DUE"] == "2026-10-22"
    page.detail.complaint_button.click()
    complaint_dialog: LetterComposerDialog = page.composer
    wait_composed(qtbot, complaint_dialog)
    assert complaint_dialog.regulator_combo.isVisible()
    assert complaint_dialog.regulator_combo.currentData() == "housing_authority"  # suggested first
    letter = complaint_dialog.composed.letter  # type: ignore[union-attr]
    assert letter.recipient_name == HOUSING and complaint_dialog.recipient_label.text() == HOUSING
    complaint_id = mark_sent(qtbot, complaint_dialog, Channel.EMAIL)
    complaint_dialog.close()
    page.refresh()
    qtbot.waitUntil(lambda: row(page)["STEP"] == "Complaint", timeout=10_000)
    shown = row(page)
    assert shown["HANDLER"] == HOUSING and shown["STATUS"] == "Complaint filed"
    assert shown["SENT"] == "2026-11-05" and shown["DUE"] == "2026-11-26"  # follow-up, 15 working days
    qtbot.waitUntil(lambda: page.detail.ladder is not None and len(page.detail.ladder.rungs) == 3,
                    timeout=10_000)
    assert "no law sets this date" in page.detail.due_label.text()
    assert page.detail.letters_tree.topLevelItemCount() == 3
    assert page.detail.outcome_button.isEnabled() and not page.detail.complaint_button.isEnabled()
    ctx.today.day = D(2026, 11, 24)
    rows = due_rows(qtbot, ctx)
    assert rows[1][1:4] == (HOUSING, "Complaint", "2026-11-26")
    kept = call(ctx.worker, lambda v: sent_letters.letter_of_request(v, complaint_id))
    assert kept is not None and kept.recipient == HOUSING

    # --- the answer and the outcome ----------------------------------------------------------------------
    page.refresh()
    qtbot.waitUntil(lambda: page.detail.reply_button.isEnabled(), timeout=10_000)
    page.detail.reply_button.click()  # reply triage (H15B's dialog): what the reply says
    qtbot.waitUntil(lambda: getattr(page.detail, "reply_dialog", None) is not None, timeout=10_000)
    reply = page.detail.reply_dialog
    reply.set_kind(ReplyKind.COMPLIED_WITH_PROOF)
    reply.done(QDialog.DialogCode.Accepted)
    qtbot.waitUntil(lambda: page.detail.request is not None
                    and any(e.kind is EventKind.REPLIED for e in page.detail.request.events), timeout=10_000)
    if page.detail.outcome_button.isEnabled():  # the triage may record the outcome with the reply
        page.detail.outcome_button.click()
        outcome = page.detail.event_dialog
        assert outcome is not None
        outcome.set_kind(EventKind.COMPLIED)
        outcome.done(QDialog.DialogCode.Accepted)
    page.refresh()
    qtbot.waitUntil(lambda: row(page)["STATUS"] == "Complied", timeout=10_000)
    assert row(page)["DUE"] == "—" and row(page)["DAYS_LEFT"] == ""
    assert due_rows(qtbot, ctx) == []
    restart(qtbot, ctx)
    case = call(ctx.worker, lambda v: case_ladder(v, root))
    assert [r.kind.value for r in case.rungs] == ["request", "reminder", "complaint"]
    assert case.rungs[2].replies[0].reply_kind == "complied_with_proof"  # the reply on its rung
    assert case.outcome is not None and case.outcome.kind is EventKind.COMPLIED
    assert Qt  # (imported for key names when driving by keyboard)
