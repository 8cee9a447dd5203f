"""Letter composition rules, the model, reference codes, sender handling, .eml and PDF properties."""

from __future__ import annotations

import email
import email.policy
import re
import subprocess
import time
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from app.errors import InvalidFacts, InvalidInput, LetterError
from app.letters import (
    BlockKind,
    Chronology,
    Sender,
    check_reference,
    compose_letter,
    find_references,
    new_reference,
    render_eml,
    render_pdf,
    render_text,
    write_letter,
)
from tests.unit.letterutil import SENDER_CN, chronology_for, load_scenario, pdf_pages, pdftotext, squash

D = date(2026, 11, 22)


def gate() -> dict[str, Any]:
    facts: dict[str, Any] = load_scenario("residential-gate-beijing")["facts"]
    return facts


def hk() -> dict[str, Any]:
    facts: dict[str, Any] = load_scenario("hong-kong-building-access")["facts"]
    return facts


# --- what fits what ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("facts", "types", "lang", "message"),
    [
        (gate, "hk_erasure", "zh-CN", "does not fit a mainland"),
        (hk, "deletion", "en", "does not fit a Hong Kong"),
        (hk, "hk_data_access", "zh-CN", "language zh-CN does not fit a Hong Kong"),
        (gate, "deletion", "zh-HK", "language zh-HK does not fit a mainland"),
        (gate, "complaint,deletion", "zh-CN", "letter of its own"),
        (gate, "reminder", "zh-CN", "needs the earlier request"),
        (gate, "delete_everything", "zh-CN", "unknown request type"),
        (gate, "", "zh-CN", "no request type"),
        (gate, "deletion", "fr", "unknown letter language"),
    ],
)
def test_refusals(facts: Any, types: str, lang: str, message: str) -> None:
    with pytest.raises((LetterError, InvalidInput)) as info:
        compose_letter(facts(), types, lang, letter_date=D)
    assert message in str(info.value)
    assert "\n" not in str(info.value)


def test_invalid_facts_are_refused_naming_the_field() -> None:
    facts = gate()
    facts["consent"] = "maybe"
    with pytest.raises(InvalidFacts) as info:
        compose_letter(facts, "deletion", "zh-CN", letter_date=D)
    assert info.value.field == "consent"


# --- each paragraph exists because a fact or a request calls for it -------------------------------


def test_paragraphs_follow_the_facts() -> None:
    facts = gate()
    base = render_text(compose_letter(facts, "deletion", "zh-CN", sender=SENDER_CN, letter_date=D)).replace(
        "\n", ""
    )
    assert "未设置显著的提示标识" in base and "门禁卡、密码或人工登记" in base
    assert "客房" not in base and "泄露" not in base
    facts.update(notice="posted", alternative="offered", service_refused_without_face=False, leaked=True)
    changed = render_text(
        compose_letter(facts, "deletion", "zh-CN", sender=SENDER_CN, letter_date=D)
    ).replace("\n", "")
    assert "未设置显著的提示标识" not in changed and "门禁卡、密码或人工登记等不使用人脸" not in changed
    assert "发生泄露" in changed
    # The criminal provision that the 'leaked'/'shared' grounds carry is not cited to the handler.
    assert "刑法" not in changed


def test_requests_decide_the_title_and_the_deletion_items() -> None:
    one = compose_letter(gate(), "deletion", "zh-CN", letter_date=D)
    assert one.title == "关于删除人脸信息的函"
    three = compose_letter(gate(), "alternative_method,deletion,withdraw_consent", "zh-CN", letter_date=D)
    assert three.title == "关于撤回人脸信息处理同意、删除人脸信息并提供其他验证方式的函"
    items_one = {(c.article, c.item) for c in one.citations if c.instrument == "PIPL"}
    items_three = {(c.article, c.item) for c in three.citations if c.instrument == "PIPL"}
    # PIPL 47(1)(iii) (consent withdrawn) only when the withdrawal is in the same letter.
    assert ("47", 3) not in items_one and ("47", 3) in items_three
    assert ("47", 4) in items_one  # breach grounds hold


def test_withdrawal_wording_depends_on_whether_consent_was_given() -> None:
    never = render_text(compose_letter(gate(), "withdraw_consent", "zh-CN", letter_date=D)).replace("\n", "")
    assert "本人从未单独同意" in never
    facts = gate()
    facts.update(consent="separate", consent_given_before=True)
    given = render_text(compose_letter(facts, "withdraw_consent", "zh-CN", letter_date=D)).replace("\n", "")
    assert "本人撤回此前就处理本人人脸信息作出的同意" in given and "从未" not in given


def test_time_scope_measures_not_cited_before_they_took_effect() -> None:
    facts = gate()
    facts.update(date="2025-03-01", last_seen="2025-04-01")
    letter = compose_letter(facts, "alternative_method,deletion", "zh-CN", letter_date=D)
    assert "FACE_MEASURES_2025" not in {c.instrument for c in letter.citations}
    assert "人脸识别技术应用安全管理办法" not in render_text(letter)
    # No quote from an instrument the letter does not cite.
    assert all(q.citation.instrument != "FACE_MEASURES_2025" for q in letter.quotes())


def test_quotes_are_marked_and_verbatim() -> None:
    letter = compose_letter(gate(), "withdraw_consent,deletion,alternative_method", "zh-CN", letter_date=D)
    quotes = letter.quotes()
    assert len(quotes) >= 3
    pipl = Path("resources/texts/pipl.md").read_text(encoding="utf-8")
    assert any(q.text == "基于个人同意处理个人信息的，个人有权撤回其同意。" for q in quotes)
    for q in quotes:
        if q.citation.instrument == "PIPL":
            assert q.text in pipl
    snapshot = letter.to_json()
    assert snapshot["quotes"] and all("text" in q and "instrument" in q for q in snapshot["quotes"])
    # English letters translate; they never present Chinese statute text as a quote.
    assert compose_letter(gate(), "withdraw_consent", "en", letter_date=D).quotes() == []


# --- sender and handler ----------------------------------------------------------------------------


def test_missing_handler_name_is_a_visible_placeholder() -> None:
    facts = gate()
    facts["handler"] = {"kind": "property_manager"}
    letter = compose_letter(facts, "deletion", "zh-CN", letter_date=D)
    text = render_text(letter)
    assert "handler_name" in letter.placeholders
    assert "【请填写：处理者的法定全称】个人信息保护负责人：" in text
    assert "sender_name" in letter.placeholders and "【请填写：您的姓名】" in text
    en = render_text(compose_letter(facts, "deletion", "en", letter_date=D))
    assert "[FILL IN: the handler's full legal name]" in en


def test_named_pi_officer_is_addressed() -> None:
    facts = gate()
    facts["handler"]["pi_officer"] = "李四"
    text = render_text(compose_letter(facts, "deletion", "zh-CN", letter_date=D))
    assert "北京某物业服务有限公司个人信息保护负责人李四：" in text


def test_id_number_is_off_by_default() -> None:
    sender = Sender.from_json({"name": "张三", "id_number": "110101199003071234"})
    text = render_text(compose_letter(gate(), "deletion", "zh-CN", sender=sender, letter_date=D))
    assert "110101199003071234" not in text
    sender = Sender.from_json({"name": "张三", "id_number": "110101199003071234", "include_id_number": True})
    text = render_text(compose_letter(gate(), "deletion", "zh-CN", sender=sender, letter_date=D))
    assert "身份证件号码：110101199003071234" in text


@pytest.mark.parametrize(
    ("obj", "field"),
    [
        ({"phone": "1"}, "sender.name"),
        ({"name": "张三", "email": "not-an-address"}, "sender.email"),
        ({"name": "张三", "age": 3}, "sender"),
        ({"name": 5}, "sender.name"),
        ({"name": "张三", "include_id_number": "yes"}, "sender.include_id_number"),
        ([], "sender"),
    ],
)
def test_sender_validation(obj: object, field: str) -> None:
    with pytest.raises(InvalidInput) as info:
        Sender.from_json(obj)
    assert info.value.field == field


def test_complaint_carries_what_a_complaint_needs() -> None:
    facts = load_scenario("hotel-room-device-guangzhou")["facts"]
    letter = compose_letter(facts, "complaint", "zh-CN", sender=SENDER_CN, letter_date=D)
    text = render_text(letter).replace("\n", "")
    for needed in (
        "投诉人",
        "姓名：张三",
        "联系电话：13800000000",
        "通讯地址：北京市朝阳区某路1号",
        "被投诉人",
        "名称：广州某酒店管理有限公司",
        "【请填写：被投诉方地址】",
    ):
        assert needed in text, needed
    assert "handler_address" in letter.placeholders
    # Addressed to the suggested regulator, the handler is "被投诉人", never "贵方" (that is the regulator).
    assert letter.recipient_name.startswith("网信部门")
    assert "贵方" not in text
    assert "第六十五条" in text
    chronicle = compose_letter(
        facts,
        "complaint",
        "zh-CN",
        sender=SENDER_CN,
        letter_date=D,
        chronology=chronology_for("CN"),
        regulator="广州市市场监督管理局",
    )
    text = render_text(chronicle).replace("\n", "")
    assert chronicle.recipient_name == "广州市市场监督管理局" and "广州市市场监督管理局：" in text
    assert "2026年11月1日" in text and "FL-20261101-AB12" in text and "被投诉人未作任何答复" in text


def test_reminder_cites_the_original_letter() -> None:
    letter = compose_letter(
        gate(),
        "reminder",
        "zh-CN",
        sender=SENDER_CN,
        letter_date=date(2026, 12, 18),
        chronology=chronology_for("CN"),
    )
    text = render_text(letter).replace("\n", "")
    assert letter.title == "关于删除人脸信息的催告函"
    assert "2026年11月1日通过挂号信" in text and "编号：FL-20261101-AB12" in text
    assert "2026年11月3日送达" in text and "未收到贵方的任何答复" in text
    assert "原函（编号：FL-20261101-AB12）副本" in text and "XA123456789CN" in text
    refused = Chronology(**{**chronology_for("CN").__dict__, "replied": date(2026, 11, 20), "refused": True})
    text = render_text(compose_letter(gate(), "reminder", "zh-CN", letter_date=D, chronology=refused))
    assert "贵方于2026年11月20日答复，但拒绝了本人的请求" in text.replace("\n", "")


def test_chronology_json_validation() -> None:
    good = {
        "original_reference": "FL-20261101-AB12",
        "original_sent": "2026-11-01",
        "original_types": ["deletion"],
    }
    assert Chronology.from_json(good).original_types == ("deletion",)
    for bad in (
        {**good, "original_sent": "2026-02-30"},
        {**good, "original_types": []},
        {**good, "original_types": ["reminder"]},
        {**good, "events": [{"note": "x"}]},
        "x",
    ):
        with pytest.raises(InvalidInput):
            Chronology.from_json(bad)


# --- reference codes -------------------------------------------------------------------------------


def test_reference_codes() -> None:
    code = new_reference(D)
    assert re.fullmatch(r"FL-20261122-[0-9A-HJKMNP-TV-Z]{4}", code)
    assert check_reference(code) == code
    with pytest.raises(InvalidInput):
        check_reference("FL-20261322-AAAA")
    with pytest.raises(InvalidInput):
        check_reference("FL-20261122-AAIO")
    taken = {new_reference(D) for _ in range(50)}
    fresh = new_reference(D, taken=taken.__contains__)
    assert fresh not in taken
    assert find_references(f"Re: 您的来函 fl-20261122-{code[-4:].lower()} 已收到；另见 {code}") == [code]


def test_reference_is_in_text_subject_and_every_pdf_page(tmp_path: Path) -> None:
    letter = compose_letter(
        gate(),
        "withdraw_consent,deletion,alternative_method",
        "zh-CN",
        sender=SENDER_CN,
        letter_date=D,
        reference="FL-20261122-7K3Q",
    )
    assert "FL-20261122-7K3Q" in letter.email_subject
    pdf = tmp_path / "l.pdf"
    pdf.write_bytes(render_pdf(letter))
    pages = pdf_pages(pdf)
    assert pages >= 2
    for page in range(1, pages + 1):
        page_text = pdftotext(pdf, page=page)
        assert "FL-20261122-7K3Q" in page_text
        assert squash(f"第 {page} 页 / 共 {pages} 页") in squash(page_text)


# --- outputs ------------------------------------------------------------------------------------


def test_pdf_metadata_has_the_title_and_nothing_personal(tmp_path: Path) -> None:
    letter = compose_letter(gate(), "deletion", "zh-CN", sender=SENDER_CN, letter_date=D)
    pdf = tmp_path / "l.pdf"
    pdf.write_bytes(render_pdf(letter))
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    fields = dict(line.split(":", 1) for line in info.splitlines() if ":" in line)
    assert fields["Title"].strip() == "关于删除人脸信息的函"
    assert fields["Author"].strip() == "" and fields["Creator"].strip() == ""
    raw = pdf.read_bytes()
    assert b"/work/" not in raw and b"zhang@example.com" not in raw.split(b"stream")[0]
    assert str(Path.home()).encode() not in raw


def test_pdf_is_fast_and_small() -> None:
    letter = compose_letter(
        gate(), "withdraw_consent,deletion,alternative_method", "zh-CN", sender=SENDER_CN, letter_date=D
    )
    render_pdf(letter)  # fonts registered once per process
    start = time.perf_counter()
    data = render_pdf(letter)
    assert time.perf_counter() - start < 2.0  # generous: the benchmark measures the real figure
    assert len(data) < 200_000


def test_eml(tmp_path: Path) -> None:
    facts = gate()
    facts["handler"]["email"] = "pi@wuye.example.cn"
    letter = compose_letter(facts, "deletion", "zh-CN", sender=SENDER_CN, letter_date=D)
    now = datetime(2026, 11, 22, 9, 30, tzinfo=UTC)
    pdf = render_pdf(letter)
    raw = render_eml(letter, pdf=pdf, now=now)
    message = email.message_from_bytes(raw, policy=email.policy.default)
    assert letter.reference in str(message["Subject"])
    assert message["To"].addresses[0].addr_spec == "pi@wuye.example.cn"
    assert message["From"].addresses[0].addr_spec == "zhang@example.com"
    assert message["From"].addresses[0].display_name == "张三"
    assert message["Date"].datetime == now
    assert letter.reference in message["Message-ID"]
    body = message.get_body(preferencelist=("plain",))
    assert body is not None and body.get_content().replace("\r\n", "\n") == render_text(letter)
    attachments = list(message.iter_attachments())
    assert len(attachments) == 1 and attachments[0].get_content() == pdf
    assert attachments[0].get_filename() == f"{letter.reference}.pdf"
    # No handler e-mail: To stays empty (the CLI says so on stderr).
    bare = email.message_from_bytes(
        render_eml(compose_letter(gate(), "deletion", "zh-CN", letter_date=D)), policy=email.policy.default
    )
    assert bare["To"] is None


def test_write_letter_is_atomic_and_by_extension(tmp_path: Path) -> None:
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    letter = compose_letter(gate(), "deletion", "zh-CN", letter_date=D)
    assert write_letter(letter, tmp_path / "a.txt") == "txt"
    assert (tmp_path / "a.txt").read_text(encoding="utf-8") == render_text(letter)
    assert write_letter(letter, tmp_path / "a.PDF") == "pdf"
    assert (tmp_path / "a.PDF").read_bytes().startswith(b"%PDF-")
    with pytest.raises(InvalidInput):
        write_letter(letter, tmp_path / "a.docx")
    with pytest.raises(InvalidInput):
        write_letter(letter, tmp_path / "missing" / "a.pdf")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.PDF", "a.txt"]  # no temp files left


def test_blocks_have_expected_structure() -> None:
    letter = compose_letter(gate(), "withdraw_consent,deletion,alternative_method", "zh-CN", letter_date=D)
    kinds = [b.kind for b in letter.blocks]
    assert kinds[0] is BlockKind.TITLE and kinds[-1] is BlockKind.DATE
    headings = [b.plain for b in letter.blocks if b.kind is BlockKind.HEADING]
    assert headings == ["一、事实经过", "二、法律分析", "三、本人的请求", "四、答复期限与权利保留"]
    assert letter.blocks[-1].plain == "2026年11月22日"
