"""Letters from the vault: the request's letter as composed, and reminder / complaint letters whose dates
come from the real timeline (extracted back from the letter text)."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.errors import InvalidInput, LetterError, TransitionRefused
from app.kdf import KdfParams
from app.letters import render_pdf, render_text
from app.letters.model import Sender
from app.records import add_record
from app.tracking import deadlines, drafting, escalation
from app.tracking.lifecycle import EventKind, Status
from app.tracking.model import Channel
from app.tracking.requests import Attachment, add_event, get_letter_pdf, get_request, list_requests, mark_sent
from app.tracking.sender import set_vault_sender
from app.vault import Vault
from tests.unit.test_tracking_requests import PASS, PNG, scenario_facts

D = dt.date
TYPES = ["withdraw_consent", "deletion", "alternative_method"]
ZH_DATE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")


def zh_dates(text: str) -> set[dt.date]:
    flat = text.replace("\n", "")  # the text renderer wraps lines, also inside a date
    return {D(int(y), int(m), int(d)) for y, m, d in ZH_DATE.findall(flat)}


def flat(text: str) -> str:
    return text.replace("\n", "")


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[Vault]:
    v = Vault.create(tmp_path / "letters.faceledger", PASS, KdfParams())
    # Set once, as the app's first letter asks: every letter below is signed by this person.
    set_vault_sender(v, Sender(name="王小明", phone="13800000000", address="北京市海淀区某小区1号楼"))
    yield v
    v.close()


@pytest.fixture
def facts() -> dict[str, Any]:
    f = scenario_facts()
    f["last_seen"] = "2025-09-20"  # the letters are dated autumn 2025
    return f


@pytest.fixture
def sent_request(vault: Vault, facts: dict[str, Any]) -> int:
    record_id = add_record(vault, facts)
    rid = drafting.draft_request(vault, record_id, TYPES, letter_date=D(2025, 9, 26))
    mark_sent(
        vault,
        rid,
        D(2025, 9, 26),
        Channel.REGISTERED_MAIL,
        tracking_number="EMS1234567890CN",
        today=D(2025, 9, 26),
    )
    add_event(vault, rid, EventKind.DELIVERED, D(2025, 9, 29), today=D(2025, 9, 29))
    return rid


def test_draft_keeps_the_composed_letter_as_sent(vault: Vault, facts: dict[str, Any]) -> None:
    record_id = add_record(vault, facts)
    rid = drafting.draft_request(vault, record_id, TYPES, letter_date=D(2025, 9, 26))
    request = get_request(vault, rid)
    assert request.status is Status.DRAFT and request.lang == "zh-CN" and request.jurisdiction == "CN"
    assert request.types == tuple(TYPES)
    assert request.reply_period == deadlines.MAINLAND_DEFAULT
    assert request.rules_version  # the rule-library version the letter was composed with
    assert {"instrument": "PIPL", "article": "29"} in list(request.citations)
    assert request.reference_code in request.letter_text
    assert "十五个工作日" in flat(request.letter_text)
    pdf = get_letter_pdf(vault, rid)
    assert pdf is not None and pdf.startswith(b"%PDF")


def test_reminder_carries_the_timeline_dates(vault: Vault, sent_request: int) -> None:
    # Due 15 working days after delivery on Mon 29 Sep 2025 → 27 Oct; the 30-day mark is 26 Oct.
    request = get_request(vault, sent_request)
    assert request.due().date == D(2025, 10, 27)  # type: ignore[union-attr]
    add_event(
        vault,
        sent_request,
        EventKind.NOTE,
        D(2025, 10, 15),
        note="电话询问，物业称正在研究",
        today=D(2025, 10, 28),
    )
    letter = escalation.next_letter(vault, sent_request, today=D(2025, 10, 28))
    assert letter.request_types == ("reminder",)
    text = render_text(letter)
    dates = zh_dates(text)
    assert {D(2025, 9, 26), D(2025, 9, 29), D(2025, 10, 27), D(2025, 10, 15), D(2025, 10, 28)} <= dates
    # No date in the letter that is not on the timeline, in the facts, or the letter's own date.
    assert dates <= {
        D(2025, 9, 26),
        D(2025, 9, 29),
        D(2025, 10, 27),
        D(2025, 10, 15),
        D(2025, 10, 28),
        D(2025, 8, 3),
        D(2025, 9, 20),
    }
    body = flat(text)
    assert "2025年9月26日通过挂号信" in body and "2025年9月29日送达" in body
    assert "未收到贵方的任何答复" in body  # silence
    assert request.reference_code in body and "EMS1234567890CN" in body
    assert "2025年10月15日：电话询问，物业称正在研究" in body


def test_complaint_after_refusal_carries_dates_and_evidence(vault: Vault, sent_request: int) -> None:
    original = get_request(vault, sent_request)
    reminder = escalation.next_letter(vault, sent_request, today=D(2025, 10, 28))
    reminder_id = escalation.keep_letter(vault, sent_request, reminder)
    # Sending the kept reminder puts `reminder` on the original's timeline.
    mark_sent(vault, reminder_id, D(2025, 10, 28), Channel.EMAIL, today=D(2025, 10, 28))
    assert get_request(vault, sent_request).events[-1].kind is EventKind.REMINDER
    assert get_request(vault, reminder_id).parent_request_id == sent_request
    add_event(
        vault,
        sent_request,
        EventKind.REFUSED,
        D(2025, 11, 3),
        note="物业称门禁系统无法取消人脸识别",
        attachment=Attachment(PNG, "refusal-scan.png"),
        today=D(2025, 11, 4),
    )
    steps = escalation.next_steps(get_request(vault, sent_request), D(2025, 11, 4))
    assert steps[0].letter_type == "complaint" and steps[0].date == D(2025, 11, 3)
    letter = escalation.next_letter(vault, sent_request, today=D(2025, 11, 4))
    assert letter.request_types == ("complaint",)
    text = render_text(letter)
    body = flat(text)
    dates = zh_dates(text)
    assert {D(2025, 9, 26), D(2025, 9, 29), D(2025, 10, 28), D(2025, 11, 3), D(2025, 11, 4)} <= dates
    assert "2025年9月26日向被投诉人发出书面请求" in body and original.reference_code in body
    assert "2025年11月3日拒绝了本人的请求" in body and "物业称门禁系统无法取消人脸识别" in body
    assert "2025年9月29日：原函送达" in body and "2025年10月28日：本人发出催告函" in body
    digest = hashlib.sha256(PNG).hexdigest()
    assert f"refusal-scan.png（SHA-256：{digest}）" in body
    assert "EMS1234567890CN" in body
    # The PDF says the same (text extractable): check the dates there too when pdftotext exists.
    if shutil.which("pdftotext"):
        pdf_text = subprocess.run(
            ["pdftotext", "-layout", "-", "-"], input=render_pdf(letter), capture_output=True, check=True
        ).stdout.decode("utf-8")
        assert {D(2025, 9, 26), D(2025, 11, 3)} <= zh_dates(pdf_text.replace(" ", ""))


def test_no_escalation_letter_before_the_due_date(vault: Vault, sent_request: int) -> None:
    with pytest.raises(InvalidInput, match="no reminder or complaint is due"):
        escalation.next_letter(vault, sent_request, today=D(2025, 10, 27))
    # Even forced, a reminder dated before the reply date the letter asked for is refused with a
    # message: it would blame the handler for a delay that has not happened yet.
    with pytest.raises(LetterError, match="before the reply date"):
        escalation.next_letter(vault, sent_request, today=D(2025, 10, 20), letter_type="reminder")
    # From that date on, the user may send it, with the real dates.
    letter = escalation.next_letter(vault, sent_request, today=D(2025, 10, 27), letter_type="reminder")
    assert D(2025, 9, 26) in zh_dates(render_text(letter))


def test_reminder_on_a_closed_request_is_refused_and_rolled_back(vault: Vault, sent_request: int) -> None:
    reminder = escalation.next_letter(vault, sent_request, today=D(2025, 10, 28))
    reminder_id = escalation.keep_letter(vault, sent_request, reminder)
    add_event(vault, sent_request, EventKind.CLOSED, D(2025, 10, 28), today=D(2025, 10, 28))
    with pytest.raises(TransitionRefused, match="closed"):
        mark_sent(vault, reminder_id, D(2025, 10, 29), Channel.EMAIL, today=D(2025, 10, 29))
    assert get_request(vault, reminder_id).status is Status.DRAFT
    assert [r.id for r in list_requests(vault)] == [reminder_id, sent_request]


def test_hangzhou_property_letter_has_the_statutory_ten_days(vault: Vault, facts: dict[str, Any]) -> None:
    facts = {**facts, "city": "杭州市", "place_name": "西湖区某小区南门"}
    record_id = add_record(vault, facts)
    rid = drafting.draft_request(
        vault, record_id, ["deletion", "alternative_method"], letter_date=D(2025, 9, 26)
    )
    request = get_request(vault, rid)
    assert request.reply_period == deadlines.HANGZHOU_PROPERTY
    mark_sent(vault, rid, D(2025, 9, 26), Channel.REGISTERED_MAIL, today=D(2025, 10, 9))
    due = get_request(vault, rid).due()
    # 10 calendar days from sending end on 6 Oct, inside the National Day holiday (1–8 Oct): the
    # period runs on to the first working day after it, 9 Oct.
    assert due is not None and due.statutory and due.date == D(2025, 10, 9)
    assert "《杭州市物业管理条例》第五十条第三款" in due.basis_zh
    # Delivered late (9 Oct): counted from receipt, the tenth day is Sun 19 Oct → Mon 20 Oct.
    add_event(vault, rid, EventKind.DELIVERED, D(2025, 10, 9), today=D(2025, 10, 9))
    assert get_request(vault, rid).due().date == D(2025, 10, 20)  # type: ignore[union-attr]
