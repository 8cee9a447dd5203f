"""The whole letter journey in the real widgets, over a real vault on the real worker thread:

compose a mainland letter from a record → change a request type and see the PDF change → export the
PDF (checked with pdftotext) → copy / mailto / .eml / print → mark it sent with a tracking number →
move the fake clock past the due date → overdue on the Due page (tray note names only the reference)
→ the reminder letter cites the original date → record a refusal → the complaint letter.
"""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QSystemTrayIcon

from app import profiles
from app.records import add_record
from app.tracking.lifecycle import EventKind, Status
from app.tracking.model import Channel
from app.tracking.requests import get_letter_pdf, get_request, list_requests
from tests.ui.part2_support import FakeContext, FakeToday, call, create_vault, open_worker, scenario_facts
from ui import dialogs
from ui.clipboard import ClipboardService
from ui.composer.composer_dialog import LetterComposerDialog
from ui.pages.due_page import DueNotifier, DuePage
from ui.pages.requests_page import RequestsPage

D = dt.date
needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")


def pdftotext(path: Path) -> str:
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout


def squeeze(text: str) -> str:
    """pdftotext breaks lines where the PDF does; compare without whitespace."""
    return "".join(text.split())


@pytest.fixture
def ctx(qtbot: Any, tmp_path: Path) -> Iterator[FakeContext]:
    path = create_vault(tmp_path / "flow.faceledger")
    worker = open_worker(qtbot, path)
    context = FakeContext(worker, ClipboardService(timeout_seconds=0), FakeToday(D(2026, 3, 2)), path)
    yield context
    worker.shutdown()


@pytest.fixture
def record_id(ctx: FakeContext) -> int:
    def seed(vault: Any) -> int:
        profile = profiles.add_profile(vault, name="张三", phone="13800000000", email="zhangsan@example.com",
                                       address="北京市朝阳区某小区3号楼")
        facts = scenario_facts("residential-gate-beijing", last_seen="2026-02-20")  # before the letter date
        facts["handler"] = {**facts["handler"], "email": "pi@wuye.example.com"}
        return add_record(vault, facts, profile_id=profile)

    return call(ctx.worker, seed)


def open_dialog(qtbot: Any, dialog: LetterComposerDialog) -> LetterComposerDialog:
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.preview_updated, timeout=30_000):
        dialog.show()
    return dialog


@needs_poppler
def test_compose_send_remind_refuse_complain(
    qtbot: Any, ctx: FakeContext, record_id: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # --- compose a mainland letter from the record -------------------------------------------------------
    dialog = open_dialog(qtbot, LetterComposerDialog(ctx, record_id))
    assert dialog.source is not None
    suggested = set(dialog.source.suggested_types)
    assert suggested and {k for k, c in dialog.type_checks.items() if c.isChecked()} == suggested
    assert dialog.lang_combo.currentData() in ("zh-CN", "en")
    dialog.lang_combo.setCurrentIndex(dialog.lang_combo.findData("zh-CN"))
    qtbot.waitUntil(lambda: dialog.composed is not None and dialog.composed.letter.lang == "zh-CN"
                    and not dialog.composing, timeout=30_000)
    assert dialog.name_edit.text() == "张三"  # the sender comes from the record's profile
    first = dialog.composed
    assert first is not None and first.pdf.startswith(b"%PDF")
    assert dialog.preview.is_showing_document() and dialog.preview.page_count() >= 1
    assert first.letter.reference in dialog.preview.shown_text()  # the preview shows these very bytes

    # --- change a request type: the preview changes ------------------------------------------------------
    toggled = "withdraw_consent" if "withdraw_consent" not in suggested else "explanation"
    with qtbot.waitSignal(dialog.preview_updated, timeout=30_000):
        dialog.type_checks[toggled].setChecked(not dialog.type_checks[toggled].isChecked())
    second = dialog.composed
    assert second is not None and second.pdf != first.pdf
    assert second.letter.request_types != first.letter.request_types
    assert second.letter.title != first.letter.title
    assert squeeze(second.letter.title) in squeeze(dialog.preview.shown_text())
    assert squeeze(first.letter.title) not in squeeze(dialog.preview.shown_text())
    assert second.letter.reference == first.letter.reference  # one letter, one reference code

    # --- export the PDF and read it back with pdftotext --------------------------------------------------
    exported = tmp_path / "letter.pdf"
    monkeypatch.setattr(dialogs, "get_save_file_name", lambda *a, **k: str(exported))
    dialog.export_button.click()
    qtbot.waitUntil(exported.exists, timeout=10_000)  # kept in the vault first, then written
    assert exported.read_bytes() == second.pdf
    text = squeeze(pdftotext(exported))
    assert squeeze(second.letter.title) in text
    assert second.letter.reference in text
    assert "《中华人民共和国个人信息保护法》" in text
    assert "北京某物业服务有限公司" in text

    # --- the other ways out: clipboard (hinted), mailto:, .eml, print ------------------------------------
    dialog.copy_button.click()
    clipboard = QGuiApplication.clipboard()
    assert clipboard.text() == second.text
    assert bytes(clipboard.mimeData().data("x-kde-passwordManagerHint")) == b"secret"
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()) or True)
    dialog.mail_button.click()
    assert opened and opened[0].startswith("mailto:pi@wuye.example.com?subject=")
    assert second.letter.reference in dialog.mailto_url().query()
    assert len(bytes(dialog.mailto_url().toEncoded())) <= 2000  # a long letter is cut, and copied whole
    assert clipboard.text() == second.text
    eml_path = tmp_path / "letter.eml"
    monkeypatch.setattr(dialogs, "get_save_file_name", lambda *a, **k: str(eml_path))
    dialog.eml_button.click()
    qtbot.waitUntil(eml_path.exists, timeout=10_000)
    message = email.message_from_bytes(eml_path.read_bytes(), policy=email.policy.default)
    assert second.letter.reference in str(message["Subject"])
    assert str(message["To"]).endswith("<pi@wuye.example.com>")
    printed = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(printed))
    assert dialog.print_to(printer) == dialog.preview.page_count()
    assert printed.stat().st_size > 10_000

    # --- mark it sent with a tracking number: the exact letter is kept -----------------------------------
    dialog.sent_button.click()
    sent_dialog = dialog.mark_sent_dialog
    assert sent_dialog is not None
    assert sent_dialog.channel() is Channel.EMAIL  # the handler has an e-mail address
    sent_dialog.set_channel(Channel.REGISTERED_MAIL)
    assert sent_dialog.tracking_edit.isEnabled()
    sent_dialog.tracking_edit.setText("EA123456789CN")
    with qtbot.waitSignal(dialog.sent, timeout=30_000) as blocker:
        sent_dialog.done(QDialog.DialogCode.Accepted)
    original_id = blocker.args[0]
    request = call(ctx.worker, lambda v: get_request(v, original_id))
    assert request.status is Status.SENT and request.sent_date == D(2026, 3, 2)
    assert request.tracking_number == "EA123456789CN" and request.channel is Channel.REGISTERED_MAIL
    assert request.reference_code == second.letter.reference
    assert call(ctx.worker, lambda v: get_letter_pdf(v, original_id)) == second.pdf  # byte for byte
    assert request.letter_text == second.text
    due = request.due()
    assert due is not None and due.date == D(2026, 3, 23)  # 15 working days
    assert not dialog.sent_button.isEnabled() and not dialog.types_box.isEnabled()
    dialog.close()

    # --- two days past the due date: overdue on the Due page, one tray note with only the reference ------
    ctx.today.day = D(2026, 3, 25)
    notes: list[tuple[str, str]] = []
    notifier = DueNotifier(tray_available=lambda: True)
    notifier.notified.connect(lambda title, body: notes.append((title, body)))
    due_page = DuePage(ctx, notifier=notifier)
    qtbot.addWidget(due_page)
    qtbot.waitUntil(lambda: len(due_page.rows) == 1, timeout=10_000)
    model = due_page.model
    assert model.text(0, 0) == "Overdue (1)"
    assert model.text(1, 0) == second.letter.reference
    assert model.text(1, 4).startswith("Overdue by 2 day")
    assert len(notes) == 1 and second.letter.reference in notes[0][1]
    assert "物业" not in "".join(notes[0]) and "张三" not in "".join(notes[0])  # no personal data
    due_page.refresh()
    qtbot.wait(200)
    assert len(notes) == 1  # the same request is not announced twice
    if isinstance(notifier._tray, QSystemTrayIcon):
        notifier.hide()
    due_page.table.doubleClicked.emit(model.index(1, 0))
    assert ctx.navigations[-1] == ("requests", {"request_id": original_id})

    # --- the reminder letter, from the timeline, cites the original date and reference -------------------
    page = RequestsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and not page.model.loading, timeout=10_000)
    page.show_request(original_id)
    qtbot.waitUntil(lambda: page.detail.request is not None, timeout=10_000)
    assert page.detail.reminder_button.isEnabled()
    page.detail.reminder_button.click()
    reminder_dialog: LetterComposerDialog = page.composer
    qtbot.waitUntil(lambda: reminder_dialog.composed is not None, timeout=30_000)
    reminder = reminder_dialog.composed
    assert reminder is not None and reminder.letter.request_types == ("reminder",)
    reminder_text = squeeze(reminder.text)
    assert "2026年3月2日" in reminder_text  # the original letter's date, from the timeline
    assert second.letter.reference in reminder_text
    assert squeeze(reminder.letter.title) in squeeze(reminder_dialog.preview.shown_text())
    reminder_dialog.sent_button.click()
    reminder_sent = reminder_dialog.mark_sent_dialog
    assert reminder_sent is not None
    reminder_sent.set_channel(Channel.EMAIL)
    with qtbot.waitSignal(reminder_dialog.sent, timeout=30_000) as blocker:
        reminder_sent.done(QDialog.DialogCode.Accepted)
    reminder_id = blocker.args[0]
    stored = call(ctx.worker, lambda v: get_request(v, reminder_id))
    assert stored.parent_request_id == original_id and stored.types == ("reminder",)
    # Sending the reminder moved the original on: its timeline now says so, with the reminder's code.
    original = call(ctx.worker, lambda v: get_request(v, original_id))
    assert original.events[-1].kind is EventKind.REMINDER
    assert original.events[-1].note == reminder.letter.reference
    reminder_dialog.close()

    # --- a refusal arrives; the complaint letter is offered and written from the timeline ----------------
    ctx.today.day = D(2026, 3, 26)
    page.show_request(original_id)
    qtbot.waitUntil(lambda: page.detail.request is not None and page.detail.request.id == original_id
                    and page.detail.outcome_button.isEnabled(), timeout=10_000)
    page.detail.outcome_button.click()
    outcome = page.detail.event_dialog
    assert outcome is not None
    outcome.set_kind(EventKind.REFUSED)
    outcome.note_edit.setPlaceholderText("")
    outcome.note_edit.setPlainText("物业书面答复：拒绝删除，亦不提供其他通行方式")
    outcome.done(QDialog.DialogCode.Accepted)
    qtbot.waitUntil(lambda: page.detail.request is not None
                    and page.detail.request.status is Status.REFUSED, timeout=10_000)
    assert page.detail.complaint_button.isEnabled()
    page.detail.complaint_button.click()
    complaint_dialog: LetterComposerDialog = page.composer
    qtbot.waitUntil(lambda: complaint_dialog.composed is not None, timeout=30_000)
    complaint = complaint_dialog.composed
    assert complaint is not None and complaint.letter.request_types == ("complaint",)
    complaint_text = squeeze(complaint.text)
    assert "2026年3月2日" in complaint_text and second.letter.reference in complaint_text
    assert "拒绝删除" in complaint_text  # the refusal as recorded on the timeline
    assert complaint.letter.recipient_name != "北京某物业服务有限公司"  # to a regulator, not the handler
    # The original's timeline now shows sending, the reminder and the refusal.
    kinds = [e.kind for e in call(ctx.worker, lambda v: get_request(v, original_id)).events]
    assert kinds == [EventKind.SENT, EventKind.REMINDER, EventKind.REFUSED]
    assert len(call(ctx.worker, list_requests)) == 2
    complaint_dialog.close()
