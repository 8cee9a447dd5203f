"""One case, one ladder (issue 15): sender, regulator, rungs with their own recipient and due date,
letters kept exactly as sent — through the core on a real vault."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.errors import InvalidInput, SenderIncomplete
from app.evidence import add_evidence
from app.kdf import KdfParams
from app.letters import render_text
from app.letters.model import Sender
from app.migrations import latest_version
from app.profiles import add_profile
from app.records import add_record
from app.tracking import deadlines, escalation, regulators, sent_letters
from app.tracking import sender as sender_mod
from app.tracking.drafting import draft_request
from app.tracking.ladder import FOLLOW_UP_DUE, RungKind
from app.tracking.lifecycle import OVERDUE, EventKind
from app.tracking.model import Channel
from app.tracking.requests import add_event, case_ladder, get_request, mark_sent
from app.vault import Vault
from tests.unit.test_tracking_requests import PASS, PNG, scenario_facts

D = dt.date
TODAY = D(2026, 12, 2)
ME = Sender(name="王小明", phone="13800000000", address="北京市海淀区某小区1号楼2单元301")


def facts(name: str = "residential-gate-beijing", **changes: Any) -> dict[str, Any]:
    f = scenario_facts(name)
    f["last_seen"] = "2026-08-20"
    f.update(changes)
    return f


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[Vault]:
    v = Vault.create(tmp_path / "ladder.faceledger", PASS, KdfParams())
    yield v
    v.close()


# --- where to complain ---------------------------------------------------------------------------------


def test_regulator_follows_the_facts() -> None:
    compound = regulators.regulators_for(facts())
    assert compound[0].id == "housing_authority" and compound[0].suggested
    assert "cyberspace_12377" in [r.id for r in compound]  # the person may pick 网信 instead
    hangzhou = facts(city="杭州", address="杭州市西湖区某小区")
    assert regulators.suggested_regulator(hangzhou).id == "housing_authority"  # type: ignore[union-attr]
    mall = regulators.suggested_regulator(facts("mall-analytics-shanghai"))
    assert mall is not None and mall.id == "market_regulation_12315"
    assert mall.period is deadlines.MARKET_REGULATOR_ACCEPTANCE and mall.period.statutory
    sold = regulators.suggested_regulator(facts("mall-analytics-shanghai", shared_or_sold=True))
    assert sold is not None and sold.id == "public_security"
    hk = regulators.regulators_for(scenario_facts("hong-kong-building-access"))
    assert [r.id for r in hk] == ["hk_pcpd"]
    hotel = regulators.suggested_regulator(facts("hotel-room-device-guangzhou"))
    assert hotel is not None and hotel.id == "market_regulation_12315"  # hotels are market-regulated
    # No law gives the housing authority (or 网信) a period: a follow-up date, not statutory.
    assert compound[0].period is deadlines.COMPLAINT_FOLLOW_UP and not compound[0].period.statutory
    with pytest.raises(InvalidInput, match="not a regulator for this record"):
        regulators.find_regulator(facts(), "the moon")
    by_name = regulators.find_regulator(facts(), "网信部门（12377 举报中心、省级网信办举报中心）")
    assert by_name.id == "cyberspace_12377"


# --- who writes ------------------------------------------------------------------------------------------


def test_sender_is_set_once_and_checked_before_sending(vault: Vault) -> None:
    record = add_record(vault, facts())
    draft = draft_request(vault, record, ["deletion"], letter_date=D(2026, 9, 1))
    with pytest.raises(SenderIncomplete, match="sender's name and a reply address") as refused:
        mark_sent(vault, draft, D(2026, 9, 1), Channel.EMAIL, today=TODAY)
    assert refused.value.missing == ("name", "reply_address")
    assert get_request(vault, draft).sent_date is None  # nothing written
    assert vault.conn.execute("SELECT count(*) FROM sent_letters").fetchone()[0] == 0
    with pytest.raises(SenderIncomplete, match="a reply address"):
        sender_mod.check_can_send(Sender(name="王小明", phone="138"))
    sender_mod.check_can_send(None, blank_form=True)  # a group's blank form is allowed on purpose

    sender_mod.set_vault_sender(vault, ME)
    assert sender_mod.get_vault_sender(vault) == ME
    second = draft_request(vault, record, ["deletion"], letter_date=D(2026, 9, 1))
    assert "王小明" in get_request(vault, second).letter_text  # used by default
    assert sender_mod.request_sender(vault, second).sender == ME  # and stored with the request
    mark_sent(vault, second, D(2026, 9, 1), Channel.EMAIL, today=TODAY)

    # A group's complainant comes from the profile, not from the vault's sender.
    profile = add_profile(vault, name="李四", email="lisi@example.org")
    theirs = add_record(vault, facts(), profile_id=profile)
    assert sender_mod.default_sender(vault, profile).name == "李四"  # type: ignore[union-attr]
    blank = draft_request(vault, theirs, ["deletion"], letter_date=D(2026, 9, 1), blank_form=True)
    assert sender_mod.request_sender(vault, blank).blank_form
    mark_sent(vault, blank, D(2026, 9, 1), Channel.IN_PERSON, today=TODAY)  # printed blank on purpose


# --- the ladder ---------------------------------------------------------------------------------------------


def test_ladder_rungs_recipients_due_dates_and_kept_letters(vault: Vault) -> None:
    sender_mod.set_vault_sender(vault, ME)
    record = add_record(vault, facts())
    photo = add_evidence(vault, record, PNG, "gate.png")
    root = draft_request(vault, record, ["withdraw_consent", "deletion"], letter_date=D(2026, 9, 1))
    mark_sent(vault, root, D(2026, 9, 1), Channel.REGISTERED_MAIL, today=TODAY)
    case = case_ladder(vault, root)
    assert case.current.kind is RungKind.REQUEST and case.current.recipient == "北京某物业服务有限公司"
    assert case.current.due is not None and case.current.due.date == D(2026, 9, 21)
    assert case.display_status(D(2026, 9, 21)) == "sent" and case.display_status(D(2026, 9, 22)) == OVERDUE

    # The reminder carries the stored sender and gets its own due date, counted from its own sending.
    sender_mod.set_vault_sender(vault, Sender(name="别人", address="别处"))  # later change: not used
    reminder = escalation.next_letter(vault, root, today=D(2026, 10, 12), letter_date=D(2026, 10, 12))
    assert reminder.request_types == ("reminder",) and reminder.sender == ME
    rid = escalation.keep_letter(vault, root, reminder)
    mark_sent(vault, rid, D(2026, 10, 12), Channel.REGISTERED_MAIL, today=TODAY)
    case = case_ladder(vault, rid)  # any rung opens its case
    assert case.root.id == root and case.current.kind is RungKind.REMINDER
    assert case.current.due is not None and case.current.due.date == D(2026, 11, 2)
    assert case.display_status(D(2026, 10, 30)) == "sent"  # the first date passed long ago: not overdue
    assert vault.conn.execute(
        "SELECT rung_kind, rung_due_date, rung_awaiting, rung_request_id FROM requests WHERE id = ?", (root,)
    ).fetchone() == ("reminder", "2026-11-02", 1, rid)

    # The complaint goes to the suggested regulator with every evidence file and earlier letter.
    complaint = escalation.next_letter(vault, root, today=D(2026, 11, 20), letter_date=D(2026, 11, 20))
    text = "\n".join(b.plain for b in complaint.blocks)  # unwrapped, as composed
    assert render_text(complaint)
    assert complaint.recipient_name == "房产（住房）主管部门" and "房产（住房）主管部门" in text
    assert f"gate.png（SHA-256：{hashlib.sha256(PNG).hexdigest()}）" in text
    first, second = sent_letters.letters_of_case(vault, root)
    assert f"编号：{first.reference}，日期：2026年9月1日" in text
    assert f"编号：{second.reference}，日期：2026年10月12日" in text
    assert "王小明" in text and "别人" not in text
    cid = escalation.keep_letter(vault, root, complaint)
    mark_sent(vault, cid, D(2026, 11, 20), Channel.EMAIL, today=TODAY)
    case = case_ladder(vault, root)
    current = case.current
    assert current.kind is RungKind.COMPLAINT and current.recipient == "房产（住房）主管部门"
    assert current.regulator_id == "housing_authority"
    assert current.due is not None and not current.due.statutory and "跟进日期" in current.due.basis_zh
    assert case.display_status(TODAY) == "escalated"
    assert case.display_status(current.due.date + dt.timedelta(days=1)) == FOLLOW_UP_DUE  # type: ignore[operator]
    assert photo  # the evidence file is named in the complaint above

    # The reply goes to the complaint's rung; the outcome ends the case.
    add_event(
        vault, root, EventKind.REPLIED, D(2026, 12, 1), note="已拆除", reply_kind="complied", today=TODAY
    )
    add_event(vault, root, EventKind.COMPLIED, D(2026, 12, 1), today=TODAY)
    case = case_ladder(vault, root)
    assert [len(r.replies) for r in case.rungs] == [0, 0, 2]
    assert case.rungs[2].replies[0].reply_kind == "complied"
    assert not case.awaiting() and case.outcome is not None and case.outcome.kind is EventKind.COMPLIED
    assert vault.conn.execute(
        "SELECT rung_awaiting, rung_due_date FROM requests WHERE id = ?", (root,)
    ).fetchone() == (
        0,
        None,
    )
    # Every letter is kept exactly as it left: bytes, reference, letter date.
    kept = sent_letters.letters_of_case(vault, root)
    assert [(k.kind, k.letter_date) for k in kept] == [
        ("request", D(2026, 9, 1)),
        ("reminder", D(2026, 10, 12)),
        ("complaint", D(2026, 11, 20)),
    ]
    assert (
        kept[1].pdf
        == vault.conn.execute("SELECT letter_pdf FROM requests WHERE id = ?", (rid,)).fetchone()[0]
    )
    assert all(k.reference.startswith(f"FL-{k.letter_date:%Y%m%d}-") for k in kept)


def test_export_keeps_the_letter_once_and_market_regulator_period(vault: Vault) -> None:
    sender_mod.set_vault_sender(vault, ME)
    record = add_record(vault, facts("mall-analytics-shanghai", last_seen="2026-08-20"))
    root = draft_request(vault, record, ["deletion"], letter_date=D(2026, 9, 1))
    first = sent_letters.export_letter(vault, root)
    again = sent_letters.export_letter(vault, root)
    assert first.id == again.id and first.pdf == again.pdf and first.letter_date == D(2026, 9, 1)
    mark_sent(vault, root, D(2026, 9, 2), Channel.EMAIL, today=TODAY)
    assert len(sent_letters.letters_of_case(vault, root)) == 1  # marking sent keeps no second copy
    complaint = escalation.next_letter(
        vault, root, today=TODAY, letter_type="complaint", letter_date=D(2026, 11, 2)
    )
    assert complaint.recipient_name == "市场监管部门（12315）"
    cid = escalation.keep_letter(vault, root, complaint)
    mark_sent(vault, cid, D(2026, 11, 2), Channel.WEB_FORM, today=TODAY)
    current = case_ladder(vault, root).current
    assert current.due is not None and current.due.statutory
    assert current.due.period is deadlines.MARKET_REGULATOR_ACCEPTANCE and "第十四条" in current.due.basis_zh
    assert current.due.date == D(2026, 11, 11)  # 7 working days after 2 November 2026


def test_chosen_regulator_overrides_the_suggestion(vault: Vault) -> None:
    sender_mod.set_vault_sender(vault, ME)
    record = add_record(vault, facts())
    root = draft_request(vault, record, ["deletion"], letter_date=D(2026, 9, 1))
    mark_sent(vault, root, D(2026, 9, 1), Channel.EMAIL, today=TODAY)
    letter = escalation.next_letter(
        vault, root, today=TODAY, letter_type="complaint", regulator="cyberspace_12377"
    )
    assert letter.recipient_name.startswith("网信部门")
    cid = escalation.keep_letter(vault, root, letter, regulator_id="cyberspace_12377")
    mark_sent(vault, cid, TODAY, Channel.WEB_FORM, today=TODAY)
    current = case_ladder(vault, root).current
    assert current.recipient.startswith("网信部门") and current.regulator_id == "cyberspace_12377"
    assert latest_version() >= 5


def test_dossier_names_the_complainant_from_the_stored_sender(vault: Vault) -> None:
    from app.dossier import build_dossier

    record = add_record(vault, facts())
    assert build_dossier(vault, record, today=TODAY).complainant == "未填写"
    root = draft_request(vault, record, ["deletion"], letter_date=D(2026, 9, 1), sender=ME)
    mark_sent(vault, root, D(2026, 9, 1), Channel.EMAIL, today=TODAY)
    dossier = build_dossier(vault, record, today=TODAY)
    assert dossier.complainant == "王小明"  # no profile, no vault sender: the letter's own sender
    (letter,) = dossier.letters
    kept = sent_letters.letter_of_request(vault, root)
    assert kept is not None and letter.pdf_sha256 == kept.sha256 and letter.text == kept.text
    assert all("（" not in line.value or "_" not in line.value for line in dossier.facts)


def test_sale_or_leak_goes_to_the_police_as_a_police_report(vault: Vault) -> None:
    sender_mod.set_vault_sender(vault, ME)
    record = add_record(vault, facts("mall-analytics-shanghai", leaked=True))
    root = draft_request(vault, record, ["deletion"], letter_date=D(2026, 9, 1))
    mark_sent(vault, root, D(2026, 9, 1), Channel.EMAIL, today=TODAY)
    report = escalation.next_letter(vault, root, today=TODAY, letter_type="complaint", letter_date=TODAY)
    assert report.request_types == ("police_report",) and report.recipient_name.startswith("公安机关")
    rid = escalation.keep_letter(vault, root, report)
    mark_sent(vault, rid, TODAY, Channel.IN_PERSON, today=TODAY)
    case = case_ladder(vault, root)
    assert case.current.kind is RungKind.COMPLAINT and case.current.regulator_id == "public_security"
    assert case.current.recipient.startswith("公安机关") and case.root.status.value == "escalated"
    # The person may still choose market regulation instead: then it is a complaint letter.
    other = escalation.next_letter(
        vault, root, today=TODAY, letter_type="complaint", regulator="market_regulation_12315"
    )
    assert other.request_types == ("complaint",) and other.recipient_name == "市场监管部门（12315）"
