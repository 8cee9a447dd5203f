"""Reply triage dialog over a real vault on the real worker thread (issue 15 item 4).

From the Requests page: "Add reply…" opens the dialog; choosing what the reply says shows what it
means, the articles the answer cites and the answer letter itself; saving records the reply with its
kind (and the outcome), and writes the answer letter as a real PDF where the person chose.
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog

from app.records import add_record
from app.tracking import deadlines
from app.tracking.lifecycle import EventKind, Status
from app.tracking.model import Channel
from app.tracking.requests import LetterSnapshot, create_request, get_request, mark_sent
from app.tracking.triage import ReplyKind
from tests.ui.part2_support import FakeContext, FakeToday, call, create_vault, open_worker, scenario_facts
from ui import dialogs
from ui.clipboard import ClipboardService
from ui.composer.reply_dialog import ReplyDialog
from ui.pages.requests_page import RequestsPage

D = dt.date
TODAY = D(2026, 12, 1)
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 200


@pytest.fixture
def ctx(qtbot: Any, tmp_path: Path) -> Iterator[FakeContext]:
    path = create_vault(tmp_path / "triage.faceledger")
    worker = open_worker(qtbot, path)
    context = FakeContext(worker, ClipboardService(), FakeToday(TODAY), path)
    yield context
    worker.shutdown()


@pytest.fixture
def request_id(ctx: FakeContext) -> int:
    def seed(vault: Any) -> int:
        record = add_record(vault, scenario_facts("residential-gate-beijing"))
        snapshot = LetterSnapshot(
            reference="FL-20261102-TRGE", types=("withdraw_consent", "deletion"), lang="zh-CN",
            jurisdiction="CN", text="关于撤回人脸信息处理同意并删除人脸信息的函", pdf=None,
            grounds=(), citations=(), rules_version="test", reply_period=deadlines.MAINLAND_DEFAULT,
            letter_json={"title": "关于撤回人脸信息处理同意并删除人脸信息的函"},
        )
        rid = create_request(vault, record, snapshot)
        mark_sent(vault, rid, D(2026, 11, 2), Channel.EMAIL, today=TODAY)
        return rid

    return call(ctx.worker, seed)


def open_reply_dialog(qtbot: Any, ctx: FakeContext, request_id: int) -> tuple[RequestsPage, ReplyDialog]:
    page = RequestsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    page.show_request(request_id)
    detail = page.detail
    qtbot.waitUntil(lambda: detail.request is not None and detail.request.id == request_id, timeout=10_000)
    assert detail.reply_button.isEnabled()
    detail.reply_button.click()
    qtbot.waitUntil(lambda: detail.reply_dialog is not None, timeout=10_000)
    dialog = detail.reply_dialog
    assert isinstance(dialog, ReplyDialog)
    return page, dialog


def test_refusal_without_reasons_records_kind_and_outcome_and_writes_the_answer(
    qtbot: Any, ctx: FakeContext, request_id: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page, dialog = open_reply_dialog(qtbot, ctx, request_id)
    # Nothing can be saved before saying what the reply says.
    assert not dialog.save_button.isEnabled() and dialog.chosen_kind() is None
    assert len(dialog.kind_radios) == len(ReplyKind)
    dialog.set_kind(ReplyKind.REFUSED_NO_REASON)
    assert dialog.save_button.isEnabled()
    assert "Art. 50(1)" in dialog.advice_label.text()  # English UI in the tests
    cites = dialog.cites_label.text()
    assert "Article 50(1)" in cites and "Article 50(2)" in cites
    preview = dialog.preview.toPlainText()
    assert "“拒绝个人行使权利的请求的，应当说明理由。”" in preview.replace("\n", "")
    assert "FL-20261102-TRGE" in preview
    assert not dialog.outcome_check.isHidden() and dialog.outcome_check.isChecked()
    assert dialog.outcome_check.text() == "Also record the outcome: Refused"
    assert dialog.letter_check.isEnabled() and dialog.letter_check.isChecked()

    scan = tmp_path / "reply.png"
    scan.write_bytes(PNG)
    answer_pdf = tmp_path / "answer.pdf"
    monkeypatch.setattr(dialogs, "get_open_file_name", lambda *a, **k: str(scan))
    monkeypatch.setattr(dialogs, "get_save_file_name", lambda *a, **k: str(answer_pdf))
    dialog.attach_button.click()
    dialog.note_edit.setPlainText("物业回复：不予删除")
    dialog.date_edit.setDate(D(2026, 11, 20))
    dialog.done(QDialog.DialogCode.Accepted)

    detail = page.detail
    qtbot.waitUntil(lambda: detail.timeline.topLevelItemCount() == 3, timeout=10_000)
    qtbot.waitUntil(answer_pdf.exists, timeout=10_000)
    request = call(ctx.worker, lambda v: get_request(v, request_id))
    reply = [e for e in request.events if e.kind is EventKind.REPLIED]
    assert len(reply) == 1 and reply[0].reply_kind == "refused_no_reason" and reply[0].evidence_id is not None
    assert reply[0].date == D(2026, 11, 20) and reply[0].note == "物业回复：不予删除"
    assert request.status is Status.REFUSED
    assert answer_pdf.read_bytes().startswith(b"%PDF")
    # The answer can be written again later from the request's own button.
    again = tmp_path / "answer-again.pdf"
    monkeypatch.setattr(dialogs, "get_save_file_name", lambda *a, **k: str(again))
    qtbot.waitUntil(detail.answer_button.isEnabled, timeout=10_000)
    detail.answer_button.click()
    qtbot.waitUntil(again.exists, timeout=10_000)
    assert again.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", "-enc", "UTF-8", str(answer_pdf), "-"], check=True, capture_output=True, text=True
        ).stdout
        flat = "".join(text.split())
        assert "关于贵方2026年11月20日答复的回复函" in flat and "应当说明理由" in flat


def test_fee_says_the_law_has_no_rule_and_proof_needs_no_letter(
    qtbot: Any, ctx: FakeContext, request_id: int
) -> None:
    page, dialog = open_reply_dialog(qtbot, ctx, request_id)
    assert not page.detail.answer_button.isEnabled()  # no reply recorded yet
    dialog.set_kind(ReplyKind.ASKED_FOR_FEE)
    assert "The law has no rule on this" in dialog.cites_label.text()
    assert "未作规定" in dialog.preview.toPlainText().replace("\n", "")
    assert dialog.outcome_check.isHidden()  # asking for a fee is not an answer yet
    dialog.letter_check.setChecked(False)  # the person's choice survives editing the note and date
    dialog.note_edit.setPlainText("收费200元")
    dialog.date_edit.setDate(D(2026, 11, 25))
    assert not dialog.letter_check.isChecked()
    assert "2026年11月25日" in dialog.preview.toPlainText().replace("\n", "")
    dialog.set_kind(ReplyKind.COMPLIED_WITH_PROOF)
    assert dialog.preview.toPlainText() == "No answer letter is needed for this reply."
    assert not dialog.letter_check.isEnabled()
    assert dialog.outcome_check.text() == "Also record the outcome: Complied"
    value = dialog.value()
    assert value.kind is ReplyKind.COMPLIED_WITH_PROOF and value.record_outcome and not value.write_letter
    dialog.reject()


def test_a_reply_dated_in_the_future_is_refused_inline_and_nothing_written(
    qtbot: Any, ctx: FakeContext, request_id: int
) -> None:
    page, dialog = open_reply_dialog(qtbot, ctx, request_id)
    dialog.set_kind(ReplyKind.IN_PERSON)
    dialog.date_edit.setDate(TODAY + dt.timedelta(days=3))
    dialog.accept()
    assert dialog.isVisible()  # stays open, with the sentence under the field
    assert "in the future" in (dialog.date_edit.problem() or "")
    dialog.reject()
    qtbot.waitUntil(lambda: page.detail.reply_dialog is None)
    request = call(ctx.worker, lambda v: get_request(v, request_id))
    assert [e.kind for e in request.events] == [EventKind.SENT]
