"""Reply triage: what the handler's reply says, and the answer the law supports.

Recording a reply means choosing what it says (`ReplyKind`). For each kind `propose` says what the
reply means for the request (the outcome event to record), whether an answer letter is proposed
(app/letters/replies.py writes it), which articles that letter cites, and — for the person — what to
do next, in Chinese and English (data like a due date's basis; the UI shows the one of its language).

Every citation comes from docs/reference/REFERENCE.md "Answering what comes back" and is quoted from
resources/texts/ only through the rule library; a citation is kept only when its instrument is in
force for the record's dates, jurisdiction and city (app.rules.scope). Where the law says nothing —
fees — the proposal says so (`law_silent`) instead of inventing a rule. Hong Kong records get no
answer letter: REFERENCE gives reply answers for mainland law only.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from app.errors import InvalidInput, LetterError
from app.letters import Letter, Sender
from app.rules import Citation, RuleLibrary, RuleResult, check, load_library
from app.rules.conditions import Context, evaluate
from app.rules.scope import in_scope
from app.tracking import requests as store
from app.tracking.deadlines import DEFAULT_WORKING_DAYS, PeriodKind, PeriodUnit
from app.tracking.lifecycle import EventKind, TimelineEvent


class ReplyKind(StrEnum):
    COMPLIED = "complied"  # says it deleted / stopped, without proof
    COMPLIED_WITH_PROOF = "complied_with_proof"  # with a written confirmation or other proof
    PARTLY = "partly"  # did part of what was asked
    REFUSED_WITH_REASON = "refused_with_reason"
    REFUSED_NO_REASON = "refused_no_reason"
    ASKED_FOR_ID = "asked_for_id"  # an ID-card copy or more personal data than needed to identify
    ASKED_FOR_FEE = "asked_for_fee"
    CANNOT_DELETE = "cannot_delete"  # "technically impossible" / "we must keep it"
    IN_PERSON = "in_person"  # the request must be made in person
    UNRELATED = "unrelated"  # the reply does not answer the request


def parse_reply_kind(value: str) -> ReplyKind:
    try:
        return ReplyKind(value.strip())
    except ValueError:
        known = ", ".join(k.value for k in ReplyKind)
        raise InvalidInput(f"unknown reply kind {value!r}; known: {known}", field="reply_kind") from None


# What the reply means for the request's status. None: the reply is recorded and no outcome yet
# (asking for an ID copy, a fee or a visit is not an answer to the request).
OUTCOME: dict[ReplyKind, EventKind | None] = {
    ReplyKind.COMPLIED: EventKind.COMPLIED,
    ReplyKind.COMPLIED_WITH_PROOF: EventKind.COMPLIED,
    ReplyKind.PARTLY: EventKind.PARTLY_COMPLIED,
    ReplyKind.REFUSED_WITH_REASON: EventKind.REFUSED,
    ReplyKind.REFUSED_NO_REASON: EventKind.REFUSED,
    ReplyKind.ASKED_FOR_ID: None,
    ReplyKind.ASKED_FOR_FEE: None,
    ReplyKind.CANNOT_DELETE: EventKind.REFUSED,  # the deletion asked for is refused
    ReplyKind.IN_PERSON: None,
    ReplyKind.UNRELATED: None,
}

# Kinds without an answer letter: proof in hand needs none; an unrelated reply is answered by the
# reminder the case's ladder offers (it does not change what was asked).
NO_LETTER = frozenset({ReplyKind.COMPLIED_WITH_PROOF, ReplyKind.UNRELATED})

PIPL_50_1 = Citation("PIPL", "50", 1)
PIPL_50_2 = Citation("PIPL", "50", 2)
PIPL_16 = Citation("PIPL", "16")
PIPL_47_2 = Citation("PIPL", "47", 2)
PIPL_6_2 = Citation("PIPL", "6", 2)
PIPL_23 = Citation("PIPL", "23")
MEASURES_10_1 = Citation("FACE_MEASURES_2025", "10", 1)
SPC_10_1 = Citation("SPC_FACE_2021", "10", 1)
HANGZHOU_50_2 = Citation("HANGZHOU_PROPERTY", "50", 2)


@dataclass(frozen=True)
class Proposal:
    kind: ReplyKind
    outcome: EventKind | None
    letter: bool  # an answer letter is proposed (app.letters.replies)
    citations: tuple[Citation, ...]  # what that letter cites, in scope for the record
    law_silent: bool  # the law has no rule for this (fees): the letter and advice say so
    advice_zh: str
    advice_en: str

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind.value,
            "outcome": self.outcome.value if self.outcome else None,
            "letter": self.letter,
            "citations": [c.to_json() for c in self.citations],
            "law_silent": self.law_silent,
            "advice_zh": self.advice_zh,
            "advice_en": self.advice_en,
        }


def _candidates(
    kind: ReplyKind, facts: dict[str, Any], result: RuleResult, library: RuleLibrary
) -> list[Citation]:
    """REFERENCE's triage table, row by row."""
    if kind in (ReplyKind.REFUSED_NO_REASON, ReplyKind.PARTLY):
        return [PIPL_50_1, PIPL_50_2]  # reasons must be given; a refusal may be taken to court
    if kind is ReplyKind.REFUSED_WITH_REASON:
        # "Needed for the service": PIPL 16's exception only where truly necessary; another way in where
        # a non-face method reaches the same purpose (Measures 10 ¶1; SPC 10 ¶1 and Hangzhou 50 ¶2 for
        # property managers), and the refusal may be taken to court.
        property_case = evaluate(
            {"ref": "is_property"},
            Context(facts, result.city, library.place_groups, library.definitions),
        ).holds
        cites = [PIPL_16, MEASURES_10_1]
        if property_case:
            cites += [SPC_10_1, HANGZHOU_50_2]
        return [*cites, PIPL_50_2]
    if kind is ReplyKind.CANNOT_DELETE:
        return [PIPL_47_2]
    if kind is ReplyKind.ASKED_FOR_ID:
        return [PIPL_6_2]
    if kind is ReplyKind.IN_PERSON:
        return [PIPL_50_1]  # a 便捷的 (convenient) request mechanism
    if kind is ReplyKind.COMPLIED and facts.get("shared_or_sold"):
        return [PIPL_23]  # who received it: recipients are named to the person
    return []


def propose(kind: ReplyKind, facts: dict[str, Any], library: RuleLibrary | None = None) -> Proposal:
    """What a reply of `kind` means for a request about the record with `facts`, and the answer."""
    library = library if library is not None else load_library()
    result = check(facts, library)
    outcome = OUTCOME[kind]
    if result.jurisdiction != "CN":
        zh, en = _ADVICE_HK
        return Proposal(kind, outcome, False, (), False, zh, en)
    cites = tuple(
        c
        for c in _candidates(kind, facts, result, library)
        if in_scope(
            library.instrument(c.instrument),
            jurisdiction=result.jurisdiction,
            city=result.city,
            processing=result.processing_date,
        )
    )
    zh, en = _ADVICE[kind]
    return Proposal(
        kind=kind,
        outcome=outcome,
        letter=kind not in NO_LETTER,
        citations=cites,
        law_silent=kind is ReplyKind.ASKED_FOR_FEE,
        advice_zh=zh,
        advice_en=en,
    )


# --- the timeline -------------------------------------------------------------------------------------


def record_reply(
    vault: Any,
    request_id: int,
    kind: ReplyKind,
    date: dt.date,
    *,
    note: str = "",
    attachment: store.Attachment | None = None,
    record_outcome: bool = False,
    today: dt.date | None = None,
) -> list[int]:
    """Record a reply with its kind (and, if asked, the outcome it implies) in one transaction.

    Returns the new event ids. A refused step (e.g. the request is closed) writes nothing."""
    ids: list[int] = []
    with vault.write():
        ids.append(
            store.add_event(
                vault,
                request_id,
                EventKind.REPLIED,
                date,
                note=note,
                attachment=attachment,
                today=today,
                reply_kind=kind.value,
            )
        )
        outcome = OUTCOME[kind]
        if record_outcome and outcome is not None:
            ids.append(store.add_event(vault, request_id, outcome, date, today=today))
    return ids


def latest_reply(events: tuple[TimelineEvent, ...] | list[TimelineEvent]) -> TimelineEvent | None:
    """The last reply recorded with a reply kind (what an answer letter answers)."""
    for event in reversed(list(events)):
        if event.kind is EventKind.REPLIED and event.reply_kind:
            return event
    return None


def reply_kind_of(event: TimelineEvent) -> ReplyKind:
    if not event.reply_kind:
        raise LetterError("this reply was recorded without saying what it says (no reply kind)")
    return parse_reply_kind(event.reply_kind)


# --- the answer letter, from the vault -----------------------------------------------------------------


def answer_letter(
    vault: Any,
    request_id: int,
    *,
    today: dt.date,
    kind: ReplyKind | None = None,
    sender: Sender | None = None,
    letter_date: dt.date | None = None,
) -> Letter:
    """Compose the answer to the request's latest reply (its recorded kind, or `kind`). Not stored.

    InvalidInput when there is no reply to answer or its kind needs no letter (proof in hand, an
    unrelated reply: the case's reminder answers that); LetterError for a Hong Kong record."""
    from app import records
    from app.letters.replies import AnsweredReply, compose_reply_letter
    from app.tracking import drafting
    from app.tracking import sender as sender_mod

    request = store.get_request(vault, request_id)
    reply = latest_reply(request.events)
    if reply is None:
        any_reply = next((e for e in reversed(request.events) if e.kind is EventKind.REPLIED), None)
        if any_reply is None or kind is None:
            raise InvalidInput(
                f"request {request_id} has no reply recorded with what it says; record it with "
                f"`request mark {request_id} replied --reply-kind KIND`"
            )
        reply = any_reply
    chosen = kind or reply_kind_of(reply)
    record = records.get_record(vault, request.record_id)
    proposal = propose(chosen, record.facts)
    if not proposal.letter:
        raise InvalidInput(f"a reply of kind {chosen.value} needs no answer letter: {proposal.advice_en}")
    period = request.reply_period
    own_days = (
        period.days
        if period is not None
        and period.kind is PeriodKind.MAINLAND_REQUESTED
        and period.unit is PeriodUnit.WORKING_DAYS
        else DEFAULT_WORKING_DAYS
    )
    title = str(request.letter_json.get("title") or "").strip() or request.letter_text.strip().split("\n")[0]
    answered = AnsweredReply(
        original_title=title,
        original_reference=request.reference_code,
        original_sent=request.sent_date,
        reply_date=reply.date,
        reply_note=reply.note,
        reply_days=own_days,
    )
    return compose_reply_letter(
        record.facts,
        chosen.value,
        proposal.citations,
        answered,
        request.lang if request.lang in ("zh-CN", "en") else "zh-CN",
        sender=sender if sender is not None else sender_mod.follow_up_sender(vault, request_id),
        letter_date=letter_date or today,
        reference_taken=drafting.reference_taken(vault),
    )


# --- advice for the person (shown with the proposal; never part of a letter) --------------------------

_ADVICE: dict[ReplyKind, tuple[str, str]] = {
    ReplyKind.COMPLIED: (
        "对方称已按请求处理，但没有给出证明。建议发函请其书面确认删除的范围、日期，以及受托处理者或其他接收方持有的副本是否一并删除；"
        "之后如发现仍在刷脸或仍保存人脸信息，可以继续投诉。",
        "The handler says it complied but gave no proof. The proposed letter asks for written "
        "confirmation of what was deleted and when, and whether copies held by processors or other "
        "recipients were deleted too; if the face is still scanned or kept afterwards, a complaint "
        "remains possible.",
    ),
    ReplyKind.COMPLIED_WITH_PROOF: (
        "对方已处理并提供了证明。请把答复和证明作为证据附在此答复上保存，然后可以结案；如以后发现仍在刷脸，可以重新打开并投诉。"
        "无需再发函。",
        "The handler complied and gave proof. Keep the reply and the proof attached to this reply as "
        "evidence, then close the request; if the gate scans faces again later, a complaint is still "
        "possible. No answer letter is needed.",
    ),
    ReplyKind.PARTLY: (
        "对方只处理了部分请求。建议发函要求处理其余部分，并就拒绝的部分说明理由（个人信息保护法第五十条）；"
        "对拒绝的部分可以依法向人民法院提起诉讼，或向监管部门投诉。",
        "The handler did only part of what was asked. The proposed letter asks for the rest and for the "
        "reasons for refusing it (PIPL Art. 50); the refused part may be taken to court or to a regulator.",
    ),
    ReplyKind.REFUSED_WITH_REASON: (
        "对方拒绝并给出了理由。请把理由记在备注中。建议的回复函逐条回应常见理由：只有确属提供产品或服务所必需时才可拒绝"
        "（个人信息保护法第十六条）；存在其他非人脸方式能达到同样目的时应提供其他合理、便捷的方式（人脸识别技术应用安全管理办法"
        "第十条，物业另有最高人民法院规定第十条）。拒绝后可以依法向人民法院提起诉讼，或向监管部门投诉。",
        "The handler refused and gave a reason. Write the reason in the note. The proposed letter answers "
        "the usual reason: refusing is allowed only where the processing is truly necessary for the service "
        "(PIPL Art. 16); where a non-face method reaches the same purpose, another reasonable, "
        "convenient way must be offered (Face Recognition Measures Art. 10; for property managers "
        "also SPC Provisions Art. 10). A refusal may be taken to court or to a regulator.",
    ),
    ReplyKind.REFUSED_NO_REASON: (
        "对方拒绝了请求却没有说明理由。个人信息保护法第五十条第一款要求拒绝时说明理由；第二款规定拒绝后个人可以依法向人民法院"
        "提起诉讼。建议发函要求其说明理由，同时可以向监管部门投诉。",
        "The handler refused without giving reasons. PIPL Art. 50(1) requires reasons for a refusal, and "
        "Art. 50(2) lets the person go to court after a refusal. The proposed letter asks for the reasons; "
        "a complaint to a regulator is possible at the same time.",
    ),
    ReplyKind.ASKED_FOR_ID: (
        "对方要求提供身份证复印件或比核实身份所需更多的个人信息。处理者可以核实您的身份，但收集个人信息应当限于实现处理目的的"
        "最小范围（个人信息保护法第六条第二款）。建议发函提出以其他方式核实身份，而不提供身份证复印件。",
        "The handler asks for an ID-card copy or more personal information than it needs to identify you. "
        "It may verify who you are, but collection must be limited to the minimum needed (PIPL Art. 6(2)). "
        "The proposed letter offers another way to verify your identity instead of an ID copy.",
    ),
    ReplyKind.ASKED_FOR_FEE: (
        "对方要求收费。个人信息保护法对处理个人行使权利的请求是否可以收费没有作出规定，本应用不会替法律编造规则。"
        "推荐性国家标准GB/T 35273-2020建议对合理请求原则上不收费，但它不是法律。"
        "建议发函请对方书面说明收费的依据和金额，暂不付费。",
        "The handler asks for a fee. The PIPL has no rule on whether a fee may be charged for handling a "
        "rights request, and FaceLedger does not invent one. The recommended national standard GB/T "
        "35273-2020 suggests reasonable requests be free in principle, but it is not law. The proposed "
        "letter asks for the basis and amount of the fee in writing and does not pay for now.",
    ),
    ReplyKind.CANNOT_DELETE: (
        "对方称技术上无法删除或必须保存。个人信息保护法第四十七条第二款规定：删除从技术上难以实现或保存期限未届满的，"
        "处理者应当停止除存储和采取必要的安全保护措施之外的处理。建议发函要求其确认已停止其他一切处理（包括人脸识别比对）。",
        "The handler says deletion is technically impossible or that it must keep the data. PIPL Art. 47(2): "
        "then the handler must stop all processing except storage and necessary security measures. The "
        "proposed letter asks it to confirm that every other processing, face matching included, "
        "has stopped.",
    ),
    ReplyKind.IN_PERSON: (
        "对方要求您本人到场办理。个人信息保护法第五十条第一款要求处理者建立便捷的个人行使权利的申请受理和处理机制。"
        "建议发函要求其通过书面、电子邮件等方式受理。",
        "The handler wants you to come in person. PIPL Art. 50(1) requires a convenient mechanism for "
        "receiving and handling rights requests. The proposed letter asks it to accept the request in "
        "writing or by e-mail.",
    ),
    ReplyKind.UNRELATED: (
        "答复没有回应您的请求。它被记录为答复，但请求仍未处理：可以用本案的催告函再次要求答复，之后再投诉。",
        "The reply does not answer your request. It is recorded as a reply, but nothing was done: the "
        "case's reminder letter can ask again, and a complaint can follow.",
    ),
}

_ADVICE_HK = (
    "本应用的回复函只依据内地法律编写。对于这条香港记录，请按本案的下一步处理（催办信、向个人资料私隐专员公署投诉）。",
    "FaceLedger writes answer letters under mainland law only. For this Hong Kong record, use the case's "
    "next steps (a reminder, then a complaint to the PCPD).",
)
