"""A case dossier for a regulator or a court: everything about one record, from the vault, in order.

`build_dossier(vault, record_id)` gathers the content (pure data, no layout): who complains, against
whom, the facts in plain words with the app's English field names, the grounds with their citations
(formatted by app.rules.format_citation), the chronology of every request's timeline, every letter as
it was sent (the stored text, and the SHA-256 of the stored PDF), the replies, and an index of the
evidence with file names, capture times and SHA-256 so that each file can be verified as unchanged.
app/dossier_pdf.py lays it out as an A4 PDF.

Nothing here invents: every date, name and hash is read from the vault; a fact that was not recorded
is shown as "未填写 / not given".
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field
from typing import Any

from app import evidence as evidence_mod
from app import records
from app.errors import InvalidInput
from app.letters.phrases import load_phrases
from app.rules import Citation, check, format_citation, load_library, localized
from app.tracking import sender as sender_mod
from app.tracking import sent_letters
from app.tracking.lifecycle import EventKind
from app.tracking.requests import get_letter_pdf, list_requests
from app.vault import Vault

LANGS = ("zh-CN", "en")

# (field, zh label, en label) in the order a reader needs them.
FACT_FIELDS: tuple[tuple[str, str, str], ...] = (
    ("jurisdiction", "法域", "Jurisdiction"),
    ("city", "城市", "City"),
    ("place_type", "场所类型", "Place type"),
    ("place_name", "场所名称", "Place name"),
    ("address", "地址", "Address"),
    ("date", "首次采集日期", "Date"),
    ("last_seen", "最近一次仍在使用的日期", "Last seen"),
    ("method", "采集方式", "Method"),
    ("purpose", "声称的目的", "Purpose"),
    ("recognition", "识别方式", "Recognition"),
    ("notice", "告知情况", "Notice"),
    ("consent", "同意情况", "Consent"),
    ("alternative", "其他验证方式", "Alternative"),
    ("service_refused_without_face", "不刷脸即拒绝服务", "Service refused without face"),
    ("private_space", "设备位于私密空间", "Private space"),
    ("subject_under_14", "涉及不满十四周岁的未成年人", "Subject under 14"),
    ("transmitted_off_device", "人脸信息传出设备", "Transmitted off device"),
    ("shared_or_sold", "提供给他人或出售", "Shared or sold"),
    ("leaked", "发生泄露", "Leaked"),
    ("contract_terms", "合同条款", "Contract terms"),
    ("relationship_ended", "服务关系已终止", "Relationship ended"),
    ("consent_given_before", "此前曾表示同意", "Consent given before"),
    ("used_as_credit_information", "用作信用信息", "Used as credit information"),
    ("notes", "事实补充说明", "Notes"),
)
HANDLER_FIELDS: tuple[tuple[str, str, str], ...] = (
    ("name", "处理者名称", "Handler"),
    ("kind", "处理者类型", "Handler kind"),
    ("uscc", "统一社会信用代码", "USCC"),
    ("address", "处理者地址", "Handler address"),
    ("email", "处理者电子邮箱", "Handler e-mail"),
    ("phone", "处理者电话", "Handler phone"),
    ("pi_officer", "个人信息保护负责人", "PI protection officer"),
)

VALUE_ZH: dict[str, str] = {
    # place types
    "residential_compound": "住宅小区",
    "hotel": "酒店",
    "shopping_mall": "商场",
    "retail_store": "商店或超市",
    "property_sales_office": "售楼处",
    "gym_or_sports_venue": "健身房或体育场馆",
    "school_or_campus": "学校或园区",
    "workplace": "工作场所",
    "bank": "银行",
    "transport_hub": "车站、机场或地铁",
    "tourist_site": "景区或公园",
    "hospital": "医院或诊所",
    "government_service": "政务服务大厅",
    "entertainment_venue": "娱乐场所",
    "mobile_app": "手机应用或网站",
    "public_street": "街道或公共场所",
    # methods
    "access_gate": "刷脸门禁或闸机",
    "checkin_terminal": "入住或登记终端",
    "camera": "摄像头",
    "payment_terminal": "刷脸支付终端",
    "app_verification": "应用内人脸验证",
    "kiosk": "自助终端",
    # purposes
    "access_control": "出入管理",
    "identity_verification": "身份核验",
    "payment": "支付",
    "attendance": "考勤",
    "marketing_analytics": "营销或客流分析",
    "security": "安全防范",
    # recognition
    "verify_1to1": "一比一比对",
    "identify_1toN": "一比多检索",
    "analysis_only": "仅分析",
    # notice / consent / alternative
    "none": "无",
    "unclear": "不清楚",
    "posted": "有告示",
    "not_asked": "未征求同意",
    "implied": "默示同意",
    "bundled": "捆绑同意",
    "forced": "被迫同意",
    "separate": "单独同意",
    "refused": "拒绝提供",
    "offered": "已提供",
    # contract terms
    "unlimited_or_irrevocable": "无限期或不可撤销的授权",
    "changed_unilaterally": "单方改为刷脸",
    # handler kinds
    "property_manager": "物业服务企业",
    "business": "经营者",
    "employer": "用人单位",
    "school": "学校",
    "state_organ": "国家机关",
    "app_operator": "应用运营者",
    # shared
    "yes": "是",
    "no": "否",
    "unknown": "不清楚",
    "other": "其他",
    "CN": "中国内地",
    "HK": "香港",
}

EVENT_WORDS: dict[str, dict[str, str]] = {
    "zh-CN": {
        "sent": "发出请求函",
        "delivered": "送达",
        "replied": "收到答复",
        "complied": "对方已按请求处理",
        "partly_complied": "对方仅处理了部分请求",
        "refused": "对方拒绝",
        "reminder": "发出催告函",
        "escalated": "向主管部门投诉或起诉",
        "closed": "结案",
        "note": "备注",
    },
    "en": {
        "sent": "letter sent",
        "delivered": "delivered",
        "replied": "reply received",
        "complied": "complied",
        "partly_complied": "partly complied",
        "refused": "refused",
        "reminder": "reminder sent",
        "escalated": "complaint or suit filed",
        "closed": "closed",
        "note": "note",
    },
}
ANSWER_KINDS = (EventKind.REPLIED, EventKind.COMPLIED, EventKind.PARTLY_COMPLIED, EventKind.REFUSED)
NOT_GIVEN = {"zh-CN": "未填写", "en": "not given"}
STATUS_ZH = {
    "draft": "草稿",
    "sent": "已发出",
    "delivered": "已送达",
    "replied": "已答复",
    "complied": "已按请求处理",
    "partly_complied": "部分处理",
    "refused": "拒绝",
    "escalated": "已投诉",
    "closed": "已结案",
}
EXTRA_TYPE_ZH = {
    "complaint": "投诉举报",
    "reminder": "催告函",
    "hk_data_access": "查阅资料",
    "hk_erasure": "删除资料",
}


def _type_words(types: tuple[str, ...], lang: str) -> str:
    """Request types in words of the dossier's language only (the letters' own wording), no codes."""
    phrases = load_phrases(lang)
    sep = "、" if lang == "zh-CN" else ", "
    extra = EXTRA_TYPE_ZH if lang == "zh-CN" else EXTRA_TYPE_EN
    return sep.join(phrases.get_or(f"type_names.{t}", extra.get(t, t.replace("_", " "))) for t in types)


def _channel_words(channel: str | None, lang: str) -> str:
    if channel is None:
        return NOT_GIVEN[lang]
    return load_phrases(lang).get_or(f"channel.{channel}", channel.replace("_", " "))


EXTRA_TYPE_EN = {
    "complaint": "complaint",
    "reminder": "reminder",
    "hk_data_access": "data access request",
    "hk_erasure": "erasure of data",
}
STATUS_EN = {"partly_complied": "partly complied", "escalated": "complaint filed"}

# The rule library explains grounds to the app's user ("您", "you"); a dossier is read by a regulator
# or a court, so it speaks of the complainant in the third person.
_THIRD_PERSON_ZH = (("依据您记录的", "依据投诉人记录的"), ("您", "投诉人"))
_THIRD_PERSON_EN = (
    (re.compile(r"\bfrom what you recorded\b"), "as recorded by the complainant"),
    (re.compile(r"\byour\b"), "the complainant's"),
    (re.compile(r"\bYour\b"), "The complainant's"),
    (re.compile(r"\byou\b"), "the complainant"),
    (re.compile(r"\bYou\b"), "The complainant"),
)


def third_person(text: str, lang: str) -> str:
    if lang == "zh-CN":
        for old, new in _THIRD_PERSON_ZH:
            text = text.replace(old, new)
        return text
    for pattern, new in _THIRD_PERSON_EN:
        text = pattern.sub(new, text)
    return text


@dataclass(frozen=True)
class FactLine:
    label: str  # "场所类型 place_type" (zh) or "Place type (place_type)" (en)
    value: str


@dataclass(frozen=True)
class GroundLine:
    title: str
    explanation: str
    citations: tuple[str, ...]


@dataclass(frozen=True)
class EvidenceLine:
    number: str  # E1, E2… (used by the chronology and the replies)
    name: str
    captured_at: str
    added_at: str
    size: int
    sha256: str
    original_sha256: str | None  # set when the bytes were redacted by a case bundle


@dataclass(frozen=True)
class ChronologyLine:
    date: str
    reference: str
    what: str
    note: str
    evidence: str  # "E3" or ""


@dataclass(frozen=True)
class LetterSection:
    reference: str
    types: str
    lang: str
    status: str
    sent_date: str
    channel: str
    tracking_number: str
    rules_version: str
    citations: tuple[str, ...]
    text: str
    pdf_sha256: str | None
    pdf_size: int | None


@dataclass
class Dossier:
    lang: str
    generated_on: dt.date
    record_id: int
    record_uuid: str
    complainant: str
    handler: str
    handler_uscc: str
    place: str
    references: tuple[str, ...]
    rules_version: str
    facts: list[FactLine] = field(default_factory=list)
    grounds: list[GroundLine] = field(default_factory=list)
    chronology: list[ChronologyLine] = field(default_factory=list)
    letters: list[LetterSection] = field(default_factory=list)
    replies: list[ChronologyLine] = field(default_factory=list)
    evidence: list[EvidenceLine] = field(default_factory=list)


def _value_text(value: Any, lang: str) -> str:
    """A fact's value in the dossier's language only (no raw codes beside the words)."""
    if value is None or value == "":
        return NOT_GIVEN[lang]
    if isinstance(value, bool):
        return ("是" if value else "否") if lang == "zh-CN" else ("yes" if value else "no")
    text = str(value)
    if lang == "zh-CN":
        return VALUE_ZH.get(text, text)
    return VALUE_EN.get(text, text.replace("_", " ") if text.isascii() else text)


VALUE_EN = {"CN": "Mainland China", "HK": "Hong Kong", "verify_1to1": "1:1 verification",
            "identify_1toN": "1:N identification", "unlimited_or_irrevocable": "unlimited or irrevocable"}


def _label(zh: str, en: str, key: str, lang: str) -> str:
    return zh if lang == "zh-CN" else en


def _fact_lines(facts: dict[str, Any], lang: str) -> list[FactLine]:
    lines = [
        FactLine(_label(zh, en, key, lang), _value_text(facts.get(key), lang))
        for key, zh, en in FACT_FIELDS
        if key in facts or key in ("city", "place_name", "address")
    ]
    handler = facts.get("handler") or {}
    lines += [
        FactLine(_label(zh, en, f"handler.{key}", lang), _value_text(handler.get(key), lang))
        for key, zh, en in HANDLER_FIELDS
        if key in handler or key in ("name", "uscc")
    ]
    return lines


def build_dossier(
    vault: Vault, record_id: int, *, lang: str = "zh-CN", today: dt.date | None = None
) -> Dossier:
    """The dossier content for one record. NotFound if there is no such record."""
    if lang not in LANGS:
        raise InvalidInput(f"dossier language must be one of {', '.join(LANGS)}", field="lang")
    record = records.get_record(vault, record_id)
    facts = record.facts
    handler = facts.get("handler") or {}
    # Who complains: the sender stored with the record's requests (what the letters carried), else
    # the profile, else the vault's own sender.
    complainant = ""
    for (sender_json,) in vault.conn.execute(
        "SELECT sender_json FROM requests WHERE record_id = ? AND sender_json IS NOT NULL ORDER BY id",
        (record_id,),
    ).fetchall():
        stored = sender_mod.stored_sender_from_json(sender_json)
        if stored.sender is not None:
            complainant = stored.sender.name
            break
    if not complainant:
        fallback = sender_mod.default_sender(vault, record.profile_id)
        complainant = fallback.name if fallback is not None else ""
    library = load_library()
    result = check(facts, library)
    request_list = sorted(list_requests(vault, record_id=record_id), key=lambda r: (r.created_at, r.id))
    dossier = Dossier(
        lang=lang,
        generated_on=today or dt.date.today(),
        record_id=record.id,
        record_uuid=record.uuid,
        complainant=complainant or NOT_GIVEN[lang],
        handler=str(handler.get("name") or NOT_GIVEN[lang]),
        handler_uscc=str(handler.get("uscc") or ""),
        place=" ".join(str(facts.get(k) or "") for k in ("city", "place_name")).strip()
        or _value_text(facts.get("place_type"), lang),
        references=tuple(r.reference_code for r in request_list if r.reference_code),
        rules_version=result.library_version,
        facts=_fact_lines(facts, lang),
    )
    if record.notes.strip():
        dossier.facts.append(
            FactLine(_label("记录备注", "Record notes", "notes", lang), record.notes.strip())
        )
    for ground in result.grounds:
        dossier.grounds.append(
            GroundLine(
                title=localized(ground.title, lang),
                explanation=third_person(localized(ground.explanation, lang), lang),
                citations=tuple(format_citation(c, lang, library) for c in ground.citations),
            )
        )
    evidence_numbers: dict[int, str] = {}
    for number, info in enumerate(evidence_mod.list_evidence(vault, record_id), start=1):
        evidence_numbers[info.id] = f"E{number}"
        original = vault.conn.execute(
            "SELECT original_sha256 FROM evidence WHERE id = ?", (info.id,)
        ).fetchone()
        dossier.evidence.append(
            EvidenceLine(
                number=f"E{number}",
                name=info.original_name,
                captured_at=info.captured_at or NOT_GIVEN[lang],
                added_at=info.added_at,
                size=info.size,
                sha256=info.sha256,
                original_sha256=original[0] if original else None,
            )
        )
    words = EVENT_WORDS[lang]
    for request in request_list:
        citations: list[str] = []
        for raw in request.citations:
            try:
                citations.append(format_citation(Citation.from_json(raw), lang, library))
            except Exception:  # noqa: BLE001 - a citation of an older library: show it as stored
                citations.append(str(Citation.from_json(raw)))
        # The letter exactly as exported or sent when it was kept; the draft's stored PDF otherwise.
        kept = sent_letters.letter_of_request(vault, request.id)
        pdf = kept.pdf if kept is not None else get_letter_pdf(vault, request.id)
        dossier.letters.append(
            LetterSection(
                reference=request.reference_code,
                types=_type_words(request.types, lang),
                lang=request.lang,
                status=(
                    STATUS_ZH.get(request.status.value, request.status.value)
                    if lang == "zh-CN"
                    else STATUS_EN.get(request.status.value, request.status.value)
                ),
                sent_date=request.sent_date.isoformat() if request.sent_date else NOT_GIVEN[lang],
                channel=_channel_words(request.channel.value if request.channel else None, lang),
                tracking_number=request.tracking_number,
                rules_version=request.rules_version,
                citations=tuple(citations),
                text=kept.text if kept is not None and kept.text else request.letter_text,
                pdf_sha256=hashlib.sha256(pdf).hexdigest() if pdf is not None else None,
                pdf_size=len(pdf) if pdf is not None else None,
            )
        )
        for event in request.events:
            line = ChronologyLine(
                date=event.date.isoformat(),
                reference=request.reference_code,
                what=words.get(event.kind.value, event.kind.value),
                note=event.note,
                evidence=evidence_numbers.get(event.evidence_id, "") if event.evidence_id is not None else "",
            )
            dossier.chronology.append(line)
            if event.kind in ANSWER_KINDS:
                dossier.replies.append(line)
    dossier.chronology.sort(key=lambda c: c.date)
    return dossier
