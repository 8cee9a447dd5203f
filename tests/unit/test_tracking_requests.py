"""Requests and timelines in a real SQLCipher vault: snapshot, events, evidence, refusals write nothing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app import evidence
from app.errors import InvalidInput, NotFound, TransitionRefused
from app.kdf import KdfParams
from app.letters.model import Sender
from app.records import add_record
from app.tracking import deadlines
from app.tracking.lifecycle import EventKind, Status
from app.tracking.model import Channel
from app.tracking.requests import (
    Attachment,
    LetterSnapshot,
    add_event,
    create_request,
    due_requests,
    get_letter_json,
    get_letter_pdf,
    get_request,
    list_requests,
    mark_sent,
    refresh_due_cache,
)
from app.tracking.sender import StoredSender
from app.vault import Vault
from tests.conftest import load_reference_scenario

D = dt.date
PASS = "correct horse battery staple"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def scenario_facts(name: str = "residential-gate-beijing") -> dict[str, Any]:
    data = load_reference_scenario(name)
    return dict(data["facts"])


def snapshot(reference: str = "FL-20250926-AB12", **overrides: Any) -> LetterSnapshot:
    values: dict[str, Any] = {
        "reference": reference,
        "types": ("withdraw_consent", "deletion", "alternative_method"),
        "lang": "zh-CN",
        "jurisdiction": "CN",
        "text": "关于撤回人脸信息处理同意并删除人脸信息的函\n……",
        "pdf": b"%PDF-1.4 test letter",
        "grounds": ("no_separate_consent",),
        "citations": ({"instrument": "PIPL", "article": "47", "paragraph": 1, "item": 3},),
        "rules_version": "2025.11.1",
        "reply_period": deadlines.MAINLAND_DEFAULT,
        "letter_json": {"title": "关于撤回人脸信息处理同意并删除人脸信息的函"},
        "sender": StoredSender(Sender(name="王小明", address="北京市海淀区某小区1号楼")),
    }
    values.update(overrides)
    return LetterSnapshot(**values)


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[Vault]:
    v = Vault.create(tmp_path / "v.faceledger", PASS, KdfParams())
    yield v
    v.close()


@pytest.fixture
def record_id(vault: Vault) -> int:
    return add_record(vault, scenario_facts())


def count(vault: Vault, table: str) -> int:
    return int(vault.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def test_draft_keeps_the_snapshot(vault: Vault, record_id: int) -> None:
    rid = create_request(vault, record_id, snapshot())
    request = get_request(vault, rid)
    assert request.status is Status.DRAFT and request.sent_date is None and request.due() is None
    assert request.types == ("withdraw_consent", "deletion", "alternative_method")
    assert request.reference_code == "FL-20250926-AB12"
    assert request.rules_version == "2025.11.1"
    assert request.citations[0] == {"instrument": "PIPL", "article": "47", "paragraph": 1, "item": 3}
    assert request.handler_name == "北京某物业服务有限公司"
    assert request.letter_text.startswith("关于撤回")
    assert get_letter_pdf(vault, rid) == b"%PDF-1.4 test letter"
    assert get_letter_json(vault, rid)["jurisdiction"] == "CN"
    assert request.reply_period == deadlines.MAINLAND_DEFAULT


def test_sent_registered_mail_gives_due_date_and_cache(vault: Vault, record_id: int, tmp_path: Path) -> None:
    rid = create_request(vault, record_id, snapshot())
    mark_sent(
        vault,
        rid,
        D(2025, 9, 26),
        Channel.REGISTERED_MAIL,
        tracking_number=" EMS1234567890CN ",
        today=D(2025, 9, 26),
    )
    request = get_request(vault, rid)
    assert request.status is Status.SENT
    assert request.channel is Channel.REGISTERED_MAIL and request.tracking_number == "EMS1234567890CN"
    due = request.due()
    assert due is not None and due.date == D(2025, 10, 23)
    row = vault.conn.execute(
        "SELECT status, sent_date, due_date FROM requests WHERE id = ?", (rid,)
    ).fetchone()
    assert tuple(row) == ("sent", "2025-09-26", "2025-10-23")
    assert not request.is_overdue(D(2025, 10, 23)) and request.is_overdue(D(2025, 10, 24))
    assert request.display_status(D(2025, 10, 24)) == "overdue"
    # Survives closing and reopening the real file.
    vault.close()
    with Vault.open(tmp_path / "v.faceledger", PASS) as again:
        assert get_request(again, rid).due() == due


def test_reply_with_scanned_attachment_is_stored_as_evidence(vault: Vault, record_id: int) -> None:
    rid = create_request(vault, record_id, snapshot())
    mark_sent(vault, rid, D(2025, 9, 26), Channel.EMAIL, today=D(2025, 9, 26))
    event_id = add_event(
        vault,
        rid,
        EventKind.REPLIED,
        D(2025, 10, 10),
        note="物业回复：正在处理",
        attachment=Attachment(PNG, "reply.png"),
        today=D(2025, 10, 11),
    )
    request = get_request(vault, rid)
    reply = request.events[-1]
    assert reply.id == event_id and reply.kind is EventKind.REPLIED and reply.note == "物业回复：正在处理"
    assert reply.evidence_id is not None
    assert evidence.get_evidence_bytes(vault, reply.evidence_id) == PNG
    assert evidence.get_evidence(vault, reply.evidence_id).record_id == record_id
    assert request.status is Status.REPLIED and not request.is_overdue(D(2026, 1, 1))


def test_refused_transitions_write_nothing(vault: Vault, record_id: int) -> None:
    rid = create_request(vault, record_id, snapshot())
    before = (count(vault, "events"), count(vault, "evidence"))
    with pytest.raises(TransitionRefused, match="not been sent"):
        add_event(
            vault,
            rid,
            EventKind.REPLIED,
            D(2025, 10, 1),
            attachment=Attachment(PNG, "r.png"),
            today=D(2025, 11, 1),
        )
    with pytest.raises(TransitionRefused, match="after today"):
        mark_sent(vault, rid, D(2025, 11, 2), Channel.EMAIL, today=D(2025, 11, 1))
    assert (count(vault, "events"), count(vault, "evidence")) == before
    assert get_request(vault, rid).channel is None  # the refused mark_sent did not set the channel
    mark_sent(vault, rid, D(2025, 9, 26), Channel.EMAIL, today=D(2025, 11, 1))
    with pytest.raises(TransitionRefused, match="before the letter was sent"):
        add_event(
            vault,
            rid,
            EventKind.REPLIED,
            D(2025, 9, 20),
            attachment=Attachment(PNG, "r.png"),
            today=D(2025, 11, 1),
        )
    assert (count(vault, "events"), count(vault, "evidence")) == (before[0] + 1, before[1])
    row = vault.conn.execute("SELECT status FROM requests WHERE id = ?", (rid,)).fetchone()
    assert row[0] == "sent"


def test_uncovered_year_still_records_the_sent_letter(vault: Vault, record_id: int) -> None:
    last = deadlines.calendar_years()[1]
    rid = create_request(vault, record_id, snapshot())
    mark_sent(vault, rid, D(last, 12, 20), Channel.EMAIL, today=D(last, 12, 28))
    request = get_request(vault, rid)
    assert request.status is Status.SENT and request.sent_date == D(last, 12, 20)
    due = request.due()
    # Past the official calendar the due date is an estimate, marked as such (issue 15 item 6).
    assert due is not None and due.estimated and due.date is not None and due.date.year == last + 1
    assert due.display() == f"{due.date.isoformat()} (estimated)"
    row = vault.conn.execute("SELECT due_date FROM requests WHERE id = ?", (rid,)).fetchone()
    assert row[0] == due.date.isoformat()


def test_bad_input_is_refused(vault: Vault, record_id: int) -> None:
    rid = create_request(vault, record_id, snapshot())
    with pytest.raises(InvalidInput, match="registered_mail"):
        mark_sent(vault, rid, D(2025, 9, 26), Channel.EMAIL, tracking_number="EMS1", today=D(2025, 9, 26))
    with pytest.raises(NotFound):
        create_request(vault, 9999, snapshot("FL-20250926-ZZ99"))
    with pytest.raises(NotFound):
        add_event(vault, 9999, EventKind.NOTE, D(2025, 9, 26), today=D(2025, 9, 26))
    with pytest.raises(InvalidInput, match="already used"):
        create_request(vault, record_id, snapshot())
    assert count(vault, "requests") == 1


def test_list_and_due_order(vault: Vault, record_id: int) -> None:
    today = D(2026, 4, 1)
    late = create_request(vault, record_id, snapshot("FL-20260301-AAAA"))
    mark_sent(vault, late, D(2026, 3, 1), Channel.EMAIL, today=today)
    early = create_request(vault, record_id, snapshot("FL-20260210-BBBB"))
    mark_sent(vault, early, D(2026, 2, 10), Channel.IN_PERSON, today=today)
    answered = create_request(vault, record_id, snapshot("FL-20260105-CCCC"))
    mark_sent(vault, answered, D(2026, 1, 5), Channel.WECHAT, today=today)
    add_event(vault, answered, EventKind.COMPLIED, D(2026, 1, 9), today=today)
    draft = create_request(vault, record_id, snapshot("FL-20260330-DDDD"))
    assert [r.id for r in list_requests(vault)] == [draft, answered, early, late]
    assert [r.id for r in due_requests(vault)] == [early, late]
    assert get_request(vault, early).due() is not None
    assert get_request(vault, early).due().date == D(2026, 3, 9)  # type: ignore[union-attr]
    assert [r.id for r in list_requests(vault, statuses=[Status.COMPLIED])] == [answered]


def test_refresh_due_cache_fills_dates_that_became_known(vault: Vault, record_id: int) -> None:
    rid = create_request(vault, record_id, snapshot())
    mark_sent(vault, rid, D(2025, 9, 26), Channel.EMAIL, today=D(2025, 9, 26))
    # Simulate a cache written while the calendar did not cover the year.
    with vault.write() as conn:
        conn.execute("UPDATE requests SET due_date = NULL WHERE id = ?", (rid,))
    assert refresh_due_cache(vault) == 1
    row = vault.conn.execute("SELECT due_date FROM requests WHERE id = ?", (rid,)).fetchone()
    assert row[0] == "2025-10-23"
    assert refresh_due_cache(vault) == 0


def test_rows_without_the_period_snapshot_fall_back_to_the_columns(vault: Vault, record_id: int) -> None:
    """Rows written by another tool (a bundle from an older version) carry only days + unit."""
    cn = create_request(vault, record_id, snapshot("FL-20250926-CN01"))
    hk = create_request(
        vault,
        record_id,
        snapshot(
            "FL-20250926-HK01",
            jurisdiction="HK",
            types=("hk_data_access",),
            reply_period=deadlines.HK_PDPO_S19,
        ),
    )
    hz = create_request(
        vault, record_id, snapshot("FL-20250926-HZ01", reply_period=deadlines.HANGZHOU_PROPERTY)
    )
    rows = vault.conn.execute(
        "SELECT id, reply_period_days, reply_period_unit FROM requests ORDER BY id"
    ).fetchall()
    assert [tuple(r) for r in rows] == [(cn, 15, "working_days"), (hk, 40, "days"), (hz, 10, "days")]
    with vault.write() as conn:
        conn.execute("UPDATE requests SET reply_period_json = NULL, letter_json = NULL")
    assert get_request(vault, cn).reply_period == deadlines.MAINLAND_DEFAULT
    assert get_request(vault, hk).reply_period == deadlines.HK_PDPO_S19  # jurisdiction from hk_* types
    assert get_request(vault, hz).reply_period is None  # 10 days: Hangzhou or not? No guess.


def test_sending_a_kept_complaint_escalates_the_original(vault: Vault, record_id: int) -> None:
    original = create_request(vault, record_id, snapshot())
    mark_sent(vault, original, D(2025, 9, 26), Channel.EMAIL, today=D(2025, 9, 26))
    complaint = create_request(
        vault,
        record_id,
        snapshot("FL-20251201-CMPL", types=("complaint",), reply_period=None),
        parent_request_id=original,
    )
    # Through add_event too (not only mark_sent): the original's timeline moves on in the same transaction.
    add_event(vault, complaint, EventKind.SENT, D(2025, 12, 1), today=D(2025, 12, 1))
    parent = get_request(vault, original)
    assert parent.status is Status.ESCALATED
    assert (parent.events[-1].kind, parent.events[-1].date, parent.events[-1].note) == (
        EventKind.ESCALATED,
        D(2025, 12, 1),
        "FL-20251201-CMPL",
    )
    child = get_request(vault, complaint)
    assert child.is_escalation_letter and child.due() is None and child.second_reminder() is None
