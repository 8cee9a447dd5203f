"""Reply triage (issue 15 item 4): for each kind of reply, the answer letter cites what REFERENCE's
"Answering what comes back" table supports — no more, no less — and quotes only verbatim text.

REFERENCE's rows, as the expected citations below (the repository must stand alone, so the table is
restated here, row by row; the copy is docs/reference/REFERENCE.md):
  refused, no reasons           PIPL 50 ¶1 (reasons), ¶2 (court)
  refused with reasons          PIPL 16; Measures 10 ¶1 (from 2025-06-01); SPC 10 ¶1 for property
                                managers; Hangzhou 50 ¶2 in Hangzhou; + PIPL 50 ¶2 (a refusal → court)
  "technically impossible"      PIPL 47 ¶2
  ID copy / more data           PIPL 6 ¶2
  fee                           no rule in the PIPL: say so, cite nothing
  complied                      written confirmation; PIPL 23 where face data was given to others
  must come in person           PIPL 50 ¶1 ("便捷的")
  partly (refused part)         PIPL 50 ¶1, ¶2
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

import pytest

from app.cli import main
from app.errors import InvalidInput, LetterError
from app.kdf import KdfParams
from app.letters import render_pdf, render_text
from app.letters.model import Letter, Sender
from app.letters.replies import AnsweredReply, compose_reply_letter
from app.paths import resources_path
from app.records import add_record
from app.rules import Citation, load_library
from app.tracking import triage
from app.tracking.lifecycle import EventKind, Status
from app.tracking.requests import get_request
from app.tracking.triage import ReplyKind, propose
from app.vault import Vault
from tests.conftest import load_reference_scenario
from tests.unit.letterutil import pdffonts, pdftotext, squash
from tests.unit.test_tracking_requests import PASS, PNG

D = dt.date
C = Citation
SENDER = Sender(name="张三", phone="13800000000", address="北京市朝阳区某小区1号楼101")

BEIJING: dict[str, Any] = dict(load_reference_scenario("residential-gate-beijing")["facts"])
HANGZHOU: dict[str, Any] = {
    "jurisdiction": "CN",
    "city": "杭州市西湖区",
    "date": "2025-08-01",
    "last_seen": "2026-10-01",
    "place_type": "residential_compound",
    "place_name": "西湖区某小区",
    "handler": {"name": "杭州某物业服务有限公司", "kind": "property_manager"},
    "method": "access_gate",
    "purpose": "access_control",
    "consent": "forced",
    "alternative": "none",
}
MALL_BEFORE_MEASURES: dict[str, Any] = {
    "jurisdiction": "CN",
    "city": "上海市",
    "date": "2024-03-01",
    "last_seen": "2025-05-31",
    "place_type": "shopping_mall",
    "handler": {"name": "上海某商场管理有限公司"},
    "method": "camera",
    "purpose": "marketing_analytics",
    "shared_or_sold": True,
}

REFUSED_REASON_BEIJING = (
    C("PIPL", "16"),
    C("FACE_MEASURES_2025", "10", 1),
    C("SPC_FACE_2021", "10", 1),
    C("PIPL", "50", 2),
)
EXPECTED: dict[ReplyKind, tuple[Citation, ...]] = {
    ReplyKind.REFUSED_NO_REASON: (C("PIPL", "50", 1), C("PIPL", "50", 2)),
    ReplyKind.PARTLY: (C("PIPL", "50", 1), C("PIPL", "50", 2)),
    ReplyKind.REFUSED_WITH_REASON: REFUSED_REASON_BEIJING,
    ReplyKind.CANNOT_DELETE: (C("PIPL", "47", 2),),
    ReplyKind.ASKED_FOR_ID: (C("PIPL", "6", 2),),
    ReplyKind.ASKED_FOR_FEE: (),
    ReplyKind.IN_PERSON: (C("PIPL", "50", 1),),
    ReplyKind.COMPLIED: (),  # Beijing: the face data was not given to others
    ReplyKind.COMPLIED_WITH_PROOF: (),
    ReplyKind.UNRELATED: (),
}
ANSWERED = AnsweredReply(
    original_title="关于撤回人脸信息处理同意并删除人脸信息的函",
    original_reference="FL-20261102-AB12",
    original_sent=D(2026, 11, 2),
    reply_date=D(2026, 11, 9),
    reply_note="系统统一管理需要",
)


def official_text(instrument: str) -> str:
    """The verbatim statute file the library quotes from, whitespace removed (lines wrap anywhere)."""
    text_file = load_library().instrument(instrument).text_file
    assert text_file, instrument
    return squash(resources_path("texts", text_file).read_text(encoding="utf-8"))


def letter_for(kind: ReplyKind, facts: dict[str, Any], lang: str = "zh-CN") -> Letter:
    proposal = propose(kind, facts)
    return compose_reply_letter(
        facts, kind.value, proposal.citations, ANSWERED, lang, sender=SENDER, letter_date=D(2026, 11, 20)
    )


def check_letter_against_proposal(letter: Letter, expected: tuple[Citation, ...]) -> None:
    """Cited = proposed, each quote verbatim from resources/texts/ and of an article the letter cites."""
    library = load_library()
    assert set(letter.citations) == set(expected)
    for citation in letter.citations:
        library.check_citation(citation)  # the article, paragraph and item exist
        assert library.article(citation).status == "V"
    for quote in letter.quotes():
        assert quote.citation in letter.citations
        assert squash(quote.text) in official_text(quote.citation.instrument)
        assert squash(quote.text) in squash(library.quote(quote.citation))
    assert not letter.placeholders


@pytest.mark.parametrize("kind", list(ReplyKind))
def test_each_kind_cites_what_reference_supports(kind: ReplyKind) -> None:
    proposal = propose(kind, BEIJING)
    assert proposal.citations == EXPECTED[kind]
    assert proposal.advice_zh and proposal.advice_en
    if kind in (ReplyKind.COMPLIED_WITH_PROOF, ReplyKind.UNRELATED):
        assert not proposal.letter
        with pytest.raises(LetterError):
            compose_reply_letter(BEIJING, kind.value, (), ANSWERED, "zh-CN", sender=SENDER)
        return
    assert proposal.letter
    for lang in ("zh-CN", "en"):
        letter = letter_for(kind, BEIJING, lang)
        check_letter_against_proposal(letter, EXPECTED[kind])
        text = render_text(letter)
        assert "FL-20261102-AB12" in text and letter.reference in text
        if lang == "en":
            assert not letter.quotes()  # statute text is quoted in Chinese letters only
            for citation in letter.citations:
                assert load_library().instrument(citation.instrument).name("zh-CN") in squash(text)
        else:
            assert "十五个工作日" in text
    zh = letter_for(kind, BEIJING)
    # Every cited article is quoted in the Chinese letter (all of REFERENCE's reply rows are V).
    assert {q.citation for q in zh.quotes()} == set(EXPECTED[kind])


def test_refusal_without_reasons_quotes_both_paragraphs_of_pipl_50() -> None:
    text = squash(render_text(letter_for(ReplyKind.REFUSED_NO_REASON, BEIJING)))
    assert "第五十条第一款规定：“拒绝个人行使权利的请求的，应当说明理由。”" in text
    assert (
        "第五十条第二款规定：“个人信息处理者拒绝个人行使权利的请求的，个人可以依法向人民法院提起诉讼。”"
        in text
    )


def test_cannot_delete_asks_to_stop_all_processing_but_storage_and_security() -> None:
    text = squash(render_text(letter_for(ReplyKind.CANNOT_DELETE, BEIJING)))
    assert "应当停止除存储和采取必要的安全保护措施之外的处理。”" in text
    assert "包括人脸识别比对" in text


def test_the_fee_answer_says_the_law_has_no_rule_and_cites_nothing() -> None:
    proposal = propose(ReplyKind.ASKED_FOR_FEE, BEIJING)
    assert proposal.law_silent and proposal.citations == ()
    assert "不会替法律编造规则" in proposal.advice_zh and "does not invent one" in proposal.advice_en
    letter = letter_for(ReplyKind.ASKED_FOR_FEE, BEIJING)
    assert letter.citations == () and letter.quotes() == []
    text = render_text(letter)
    assert "未作规定" in text and not re.search(r"第[一二三四五六七八九十]+条", text)


def test_scope_decides_what_a_refusal_with_reasons_cites() -> None:
    # Hangzhou property manager: the city's own regulation joins; SPC 10 for property managers.
    assert propose(ReplyKind.REFUSED_WITH_REASON, HANGZHOU).citations == (
        C("PIPL", "16"),
        C("FACE_MEASURES_2025", "10", 1),
        C("SPC_FACE_2021", "10", 1),
        C("HANGZHOU_PROPERTY", "50", 2),
        C("PIPL", "50", 2),
    )
    check_letter_against_proposal(
        letter_for(ReplyKind.REFUSED_WITH_REASON, HANGZHOU),
        propose(ReplyKind.REFUSED_WITH_REASON, HANGZHOU).citations,
    )
    # A mall whose processing ended the day before the Measures: no Measures 10, no property rules.
    before = propose(ReplyKind.REFUSED_WITH_REASON, MALL_BEFORE_MEASURES)
    assert before.citations == (C("PIPL", "16"), C("PIPL", "50", 2))
    text = render_text(letter_for(ReplyKind.REFUSED_WITH_REASON, MALL_BEFORE_MEASURES))
    assert "人脸识别技术应用安全管理办法" not in text and "物业" not in text


def test_complied_asks_for_recipients_only_where_face_data_was_given_to_others() -> None:
    shared = propose(ReplyKind.COMPLIED, MALL_BEFORE_MEASURES)
    assert shared.citations == (C("PIPL", "23"),)
    letter = letter_for(ReplyKind.COMPLIED, MALL_BEFORE_MEASURES)
    check_letter_against_proposal(letter, shared.citations)
    assert "告知接收方的名称或者姓名" in squash(render_text(letter))


def test_hong_kong_gets_no_mainland_answer() -> None:
    hk = dict(load_reference_scenario("hong-kong-building-access")["facts"])
    proposal = propose(ReplyKind.REFUSED_NO_REASON, hk)
    assert not proposal.letter and proposal.citations == () and "PCPD" in proposal.advice_en
    with pytest.raises(LetterError, match="mainland law only"):
        compose_reply_letter(hk, "refused_no_reason", (), ANSWERED, "en", sender=SENDER)


def test_a_citation_without_wording_is_refused_not_printed() -> None:
    with pytest.raises(LetterError, match="no wording"):
        compose_reply_letter(BEIJING, "asked_for_id", (C("PIPL", "16"),), ANSWERED, "zh-CN", sender=SENDER)


def test_the_pdf_embeds_its_fonts_and_carries_the_quote(tmp_path: Path) -> None:
    pdf = tmp_path / "answer.pdf"
    pdf.write_bytes(render_pdf(letter_for(ReplyKind.IN_PERSON, BEIJING)))
    assert all(font["emb"] == "yes" for font in pdffonts(pdf))
    assert "个人信息处理者应当建立便捷的个人行使权利的申请受理和处理机制" in squash(pdftotext(pdf))


# --- the timeline and the CLI ----------------------------------------------------------------------


@pytest.fixture
def sent_request(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> tuple[Path, int]:
    path = tmp_path / "triage.faceledger"
    with Vault.create(path, PASS, KdfParams()) as vault:
        record_id = add_record(vault, BEIJING)
    sender = tmp_path / "sender.json"
    sender.write_text(
        json.dumps({"name": "张三", "phone": "13800000000", "address": "北京市朝阳区"}), "utf-8"
    )
    monkeypatch.setenv("FACELEDGER_PASSPHRASE", PASS)
    code = main(
        [
            "request",
            "new",
            "--vault",
            str(path),
            "--record",
            str(record_id),
            "--type",
            "withdraw_consent,deletion,alternative_method",
            "--sender",
            str(sender),
            "--sent-date",
            "2026-11-02",
            "--channel",
            "email",
        ]
    )
    out, err = capsys.readouterr()
    assert code == 0, err
    return path, int(out.strip())


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_mark_replied_with_kind_stores_it_and_proposes_the_answer(
    sent_request: tuple[Path, int], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path, rid = sent_request
    reply = tmp_path / "reply.png"
    reply.write_bytes(PNG)
    code, out, err = run(
        capsys,
        "request",
        "mark",
        "--vault",
        str(path),
        str(rid),
        "replied",
        "--date",
        "2026-11-09",
        "--reply-kind",
        "refused_no_reason",
        "--attach",
        str(reply),
        "--outcome",
    )
    assert code == 0, err
    assert "answer letter: request answer" in out and "cites: PIPL 50(1), PIPL 50(2)" in out
    with Vault.open(path, PASS) as vault:
        request = get_request(vault, rid)
    replied = [e for e in request.events if e.kind is EventKind.REPLIED]
    assert len(replied) == 1 and replied[0].reply_kind == "refused_no_reason"
    assert replied[0].evidence_id is not None
    assert request.status is Status.REFUSED  # --outcome recorded what the reply means
    answer = tmp_path / "answer.txt"
    code, out, err = run(capsys, "request", "answer", "--vault", str(path), str(rid), "--out", str(answer))
    assert code == 0, err
    text = squash(answer.read_text(encoding="utf-8"))
    assert "关于贵方2026年11月9日答复的回复函" in text and "应当说明理由" in text
    assert "函件人：张三" in text and request.reference_code in text
    # Existing file: refused without --force, written with it.
    code, _, err = run(capsys, "request", "answer", "--vault", str(path), str(rid), "--out", str(answer))
    assert code == 2 and err.count("\n") == 1
    pdf = tmp_path / "answer.pdf"
    code, _, err = run(capsys, "request", "answer", "--vault", str(path), str(rid), "--out", str(pdf))
    assert code == 0, err and pdf.read_bytes().startswith(b"%PDF")


def test_bad_reply_kind_and_misplaced_flags_are_refused(
    sent_request: tuple[Path, int], capsys: pytest.CaptureFixture[str]
) -> None:
    path, rid = sent_request
    for argv in (
        ("replied", "--reply-kind", "ignored_us"),
        ("delivered", "--reply-kind", "complied"),
        ("replied", "--outcome"),
    ):
        code, out, err = run(capsys, "request", "mark", "--vault", str(path), str(rid), *argv)
        assert code == 2 and out == "" and err.count("\n") == 1 and "Traceback" not in err
    with Vault.open(path, PASS) as vault:
        assert [e.kind for e in get_request(vault, rid).events] == [EventKind.SENT]


def test_no_answer_letter_for_proof_in_hand_or_without_a_kind(
    sent_request: tuple[Path, int], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path, rid = sent_request
    out_file = tmp_path / "a.txt"
    code, _, err = run(capsys, "request", "answer", "--vault", str(path), str(rid), "--out", str(out_file))
    assert code == 2 and "reply-kind" in err
    with Vault.open(path, PASS) as vault:
        triage.record_reply(vault, rid, ReplyKind.COMPLIED_WITH_PROOF, D(2026, 11, 10), record_outcome=True)
        with pytest.raises(InvalidInput, match="needs no answer letter"):
            triage.answer_letter(vault, rid, today=D(2026, 12, 1))
        assert get_request(vault, rid).status is Status.COMPLIED
    assert not out_file.exists()


def test_the_answer_to_the_answer_is_a_reply_of_its_own(sent_request: tuple[Path, int]) -> None:
    """A conversation: ID copy asked → answered → refused without reasons, each reply with its kind."""
    path, rid = sent_request
    with Vault.open(path, PASS) as vault:
        triage.record_reply(vault, rid, ReplyKind.ASKED_FOR_ID, D(2026, 11, 9))
        first = triage.answer_letter(vault, rid, today=D(2026, 11, 10))
        assert C("PIPL", "6", 2) in first.citations
        triage.record_reply(vault, rid, ReplyKind.REFUSED_NO_REASON, D(2026, 11, 20), record_outcome=True)
        request = get_request(vault, rid)
        kinds = [e.reply_kind for e in request.events if e.kind is EventKind.REPLIED]
        assert kinds == ["asked_for_id", "refused_no_reason"] and request.status is Status.REFUSED
        second = triage.answer_letter(vault, rid, today=D(2026, 11, 21))
        assert set(second.citations) == {C("PIPL", "50", 1), C("PIPL", "50", 2)}
        assert "2026年11月20日" in render_text(second)
