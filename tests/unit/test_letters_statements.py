"""Letter statements (app/letters/statements.py): each appears exactly where its ground, facts, party
and the law in force allow, in every letter language; every article a letter cites is one the
support table (resources/templates/letters/support.json) lists for the statement that cites it,
with words the official text of that unit really contains.

Kinds of defect covered (issue 14): [in force] law not in force / before 2021-01-01, [party] a guardian
writing for a child, [contradiction] complaints where consent was genuine, [police] the police
report, [security] public-security cameras, [hk] Hong Kong wording, [precision] citation precision
and periods, [letter] reading like a letter; and issue 16's [unknown]: nothing unanswered asserted.
"""

from __future__ import annotations

import json
import random
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from app.errors import LetterError
from app.letters import Chronology, Letter, compose_letter, police_report_available, render_text
from app.letters import statements as st
from app.letters.compose import MAX_REPLY_DAYS
from app.letters.phrases import load_phrases
from app.rules import Citation, check, load_library
from app.rules.statute_text import parse_statute_file
from tests.conftest import REFERENCE_SCENARIOS, SCENARIOS

REPO = Path(__file__).resolve().parents[2]
TEXTS = REPO / "resources" / "texts"
SUPPORT = json.loads((REPO / "resources" / "templates" / "letters" / "support.json").read_text("utf-8"))
LIB = load_library()
DAY = date(2026, 11, 25)
LANGS = {"CN": ("zh-CN", "en"), "HK": ("en", "zh-HK")}
CN_TYPES = ("withdraw_consent", "deletion", "alternative_method", "access_copy", "explanation")
HK_TYPES = ("hk_data_access", "hk_erasure")


def flat(letter: Letter) -> str:
    text = render_text(letter)
    return re.sub(r"\s+", "", text) if letter.lang != "en" else " ".join(text.split())


def compose(facts: dict[str, Any], types: str | tuple[str, ...], lang: str, **kw: Any) -> Letter:
    return compose_letter(facts, types, lang, letter_date=kw.pop("letter_date", DAY), **kw)


# ================================================================================================
# The support table: reviewed against resources/texts/
# ================================================================================================

_PARSED: dict[str, Any] = {}


def unit_key(c: Citation) -> str:
    return (
        f"{c.instrument} {c.article}"
        + (f"/p{c.paragraph}" if c.paragraph is not None else "")
        + (f"/i{c.item}" if c.item is not None else "")
    )


def official_unit(key: str) -> str | None:
    """The official text of exactly the cited unit, or None when resources/texts/ has none."""
    head, *rest = key.split("/")
    instrument, article = head.split(" ")
    paragraph = next((int(r[1:]) for r in rest if r.startswith("p")), None)
    item = next((int(r[1:]) for r in rest if r.startswith("i")), None)
    text_file = LIB.instrument(instrument).text_file
    if not text_file:
        return None
    if text_file not in _PARSED:
        _PARSED[text_file] = parse_statute_file(TEXTS / text_file)
    if article not in _PARSED[text_file]:
        return None  # e.g. Civil Code 497 (Book III): the file holds only Book IV
    parsed = _PARSED[text_file][article]
    if paragraph is None and item is not None:
        paragraph = 1  # an item of a one-paragraph article (SPC 2(三), Civil Code 1033(二))
    if paragraph is None:
        return "\n".join(p.text + "\n" + "\n".join(p.items) for p in parsed.paragraphs)
    unit = parsed.paragraphs[paragraph - 1]
    return unit.items[item - 1] if item is not None else unit.text + "\n" + "\n".join(unit.items)


SUPPORT_ROWS = [
    (sid, key, words)
    for sid, entry in SUPPORT.items()
    if not sid.startswith("_")
    for key, words in entry["supports"].items()
]


@pytest.mark.parametrize(("sid", "key", "words"), SUPPORT_ROWS, ids=lambda v: str(v)[:40])
def test_support_table_words_are_in_the_official_unit(sid: str, key: str, words: Any) -> None:
    assert st.exists(sid), f"support table names no statement {sid}"
    unit = official_unit(key)
    if unit is None:
        assert isinstance(words, str) and "no official text" in words, (sid, key)
        return
    assert isinstance(words, list) and words, (sid, key)
    for w in words:
        assert w in unit, f"{sid}: {key} does not say {w!r}"


def test_support_table_can_fail() -> None:
    """A wrong unit (PIPL 47(1)(三) for a breach) would be caught."""
    unit = official_unit("PIPL 47/p1/i3")
    assert unit is not None and "违反约定" not in unit and "撤回同意" in unit


def test_every_citing_statement_has_a_support_entry() -> None:
    for s in st.all_statements():
        if s.cites:  # a statement that may carry citations must say which support it
            assert s.id in SUPPORT, s.id
            for key in SUPPORT[s.id]["supports"]:
                instrument, article = key.split("/")[0].split(" ")
                assert s.allows(Citation(instrument, article)), (s.id, key)


def _chronology(jurisdiction: str) -> Chronology:
    return Chronology.from_json(
        {
            "original_reference": "FL-20261001-AB12",
            "original_sent": "2026-10-01",
            "original_types": list(HK_TYPES if jurisdiction == "HK" else CN_TYPES[:2]),
            "requested_reply_by": "2026-10-23",
        }
    )


def _every_letter(facts: dict[str, Any]) -> list[Letter]:
    j = facts["jurisdiction"]
    out = []
    for lang in LANGS[j]:
        kinds: list[tuple[Any, Chronology | None]] = [
            (HK_TYPES if j == "HK" else CN_TYPES, None),
            ("complaint", None),
            ("complaint", _chronology(j)),
            ("reminder", _chronology(j)),
        ]
        if j == "CN" and police_report_available(facts):
            kinds.append(("police_report", None))
        for types, chrono in kinds:
            out.append(compose(facts, types, lang, chronology=chrono))
    return out


PUBLIC = sorted(REFERENCE_SCENARIOS.glob("*.json"))
ALL_FIXTURES = PUBLIC + sorted(SCENARIOS.glob("*.json"))


@pytest.mark.parametrize("path", PUBLIC, ids=lambda p: p.stem)
def test_every_cited_article_maps_to_a_statement_it_supports(path: Path) -> None:
    """Every letter of the public scenarios, in every language: each citation belongs to a statement
    whose support-table row lists exactly that unit."""
    facts = json.loads(path.read_text("utf-8"))["facts"]
    for letter in _every_letter(facts):
        by_statement = {c for _, c in letter.cited_by}
        assert set(letter.citations) == by_statement, "a citation made outside any statement"
        for sid, c in letter.cited_by:
            assert sid in SUPPORT, f"{path.stem} {letter.lang}: {sid} cites {c} with no support entry"
            assert unit_key(c) in SUPPORT[sid]["supports"], (
                f"{path.stem} {letter.lang} {letter.request_types}: {sid} cites {unit_key(c)}, "
                "which its support row does not list"
            )


@pytest.mark.parametrize("path", ALL_FIXTURES, ids=lambda p: p.stem)
def test_fixture_letters_cite_only_supported_units(path: Path) -> None:
    facts = json.loads(path.read_text("utf-8"))["facts"]
    try:
        letters = _every_letter(facts)
    except LetterError as exc:
        assert "before the Civil Code" in str(exc)  # the one fixture no law applies to
        return
    for letter in letters:
        for sid, c in letter.cited_by:
            assert unit_key(c) in SUPPORT.get(sid, {}).get("supports", {}), (path.stem, sid, unit_key(c))


# ================================================================================================
# Sweep (no expected values): every statement a letter makes holds, and its wording exists
# ================================================================================================


def _sample(n: int, seed: int = 14) -> list[dict[str, Any]]:
    schema = json.loads((REPO / "resources" / "schema" / "facts.schema.json").read_text("utf-8"))
    props = schema["properties"]
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        j = rng.choice(["CN", "CN", "CN", "HK"])
        facts: dict[str, Any] = {
            "jurisdiction": j,
            "date": rng.choice(["2021-02-01", "2021-09-01", "2023-06-01", "2025-07-01"]),
            "place_type": rng.choice(props["place_type"]["enum"]),
            "handler": {"name": "某公司", "kind": rng.choice(props["handler"]["properties"]["kind"]["enum"])},
        }
        if rng.random() < 0.5:
            facts["place_name"] = "某地"
        for name in (
            "method",
            "purpose",
            "recognition",
            "notice",
            "consent",
            "alternative",
            "contract_terms",
        ):
            if rng.random() < 0.7:
                facts[name] = rng.choice(props[name]["enum"])
        for name in ("service_refused_without_face", "private_space", "subject_under_14", "shared_or_sold"):
            if rng.random() < 0.4:
                facts[name] = rng.random() < 0.5
        for name in ("leaked", "relationship_ended", "consent_given_before"):
            if rng.random() < 0.4:
                facts[name] = rng.random() < 0.5
        if j == "CN" and rng.random() < 0.4:
            facts["city"] = rng.choice(["杭州", "天津"])
        out.append(facts)
    return out


SWEEP = _sample(24)


@pytest.mark.parametrize("index", range(len(SWEEP)))
def test_sweep_every_statement_holds_and_reads_only_known_facts(index: int) -> None:
    facts = SWEEP[index]
    phrases = {lang: load_phrases(lang) for lang in ("zh-CN", "en", "zh-HK")}
    for letter in _every_letter(facts):
        result = check(facts)
        for sid in letter.statements:
            s = st.get(sid)
            for path, allowed in s.reads.items():
                value: Any = facts
                for part in path.split("."):
                    value = value.get(part) if isinstance(value, dict) else None
                assert value in allowed and value != "unknown", (sid, path, value)
            if s.party == "child":
                assert facts.get("subject_under_14") is True, sid
            if s.party == "self":
                assert facts.get("subject_under_14") is not True, sid
            if s.serves.startswith("ground:"):
                assert result.ground(s.serves.split(":")[1]) is not None, sid
            for lang in LANGS[facts["jurisdiction"]]:
                key = s.key
                assert phrases[lang].has(key) or phrases[lang].has("hk_" + key), (lang, key)
        for sid, c in letter.cited_by:
            instrument = LIB.instrument(c.instrument)
            assert instrument.effective is None or result.processing_date >= instrument.effective, (sid, c)


# ================================================================================================
# Statement table: where each must appear and where it must not (zh-CN, en, zh-HK)
# ================================================================================================

GATE = {
    "jurisdiction": "CN",
    "city": "北京",
    "date": "2025-08-03",
    "last_seen": "2026-11-01",
    "place_type": "residential_compound",
    "place_name": "朝阳区某小区东门",
    "handler": {"name": "北京某物业服务有限公司", "kind": "property_manager"},
    "method": "access_gate",
    "purpose": "access_control",
    "notice": "none",
    "consent": "not_asked",
    "alternative": "none",
}
HK_GATE = {
    "jurisdiction": "HK",
    "date": "2025-05-02",
    "place_type": "residential_compound",
    "handler": {"name": "Example IO", "kind": "property_manager"},
    "method": "access_gate",
    "consent": "implied",
    "alternative": "none",
}
STREET = {
    "jurisdiction": "CN",
    "city": "深圳",
    "date": "2025-10-01",
    "place_type": "public_street",
    "handler": {"name": "某区公安分局", "kind": "state_organ"},
    "method": "camera",
    "purpose": "security",
    "notice": "posted",
    "consent": "not_asked",
}

CASES: list[tuple[str, dict[str, Any], tuple[str, ...], list[str], list[str]]] = [
    # [in force] PIPL, SPC, Measures boundaries
    (
        "PIPL in force: sensitive PI, separate consent",
        GATE,
        ("deletion",),
        ["law.sensitive", "law.no_separate_consent", "law.face_only_way"],
        ["law.biometric_pi", "law.no_consent_civil", "law.face_only_way.property"],
    ),
    (
        "day before the Measures: SPC 10 for a property manager, not Measures 10",
        {**GATE, "date": "2025-05-01", "last_seen": "2025-05-31"},
        ("deletion",),
        ["law.face_only_way.property", "law.sensitive"],
        ["law.face_only_way"],
    ),
    (
        "before SPC and PIPL: Civil Code consent only, no 'sensitive'",
        {**GATE, "date": "2021-03-01", "last_seen": "2021-06-30"},
        ("deletion",),
        ["law.biometric_pi", "law.no_consent_civil"],
        ["law.sensitive", "law.no_separate_consent", "law.no_notice", "request.deletion_retention"],
    ),
    (
        "after SPC, before PIPL: separate consent (SPC 2(三)) and the SPC notice rule",
        {**GATE, "date": "2021-09-01", "last_seen": "2021-10-01"},
        ("deletion",),
        ["law.biometric_pi", "law.no_separate_consent", "law.no_notice.civil"],
        ["law.sensitive", "law.no_consent_civil", "law.no_notice"],
    ),
    # [party]
    (
        "a guardian writes for a child",
        {**GATE, "subject_under_14": True},
        ("deletion", "alternative_method"),
        ["law.no_separate_consent.child", "law.child_under_14"],
        ["law.no_separate_consent"],
    ),
    (
        "an adult writes for themselves",
        GATE,
        ("deletion",),
        ["law.no_separate_consent"],
        ["law.no_separate_consent.child", "law.child_under_14"],
    ),
    # [contradiction] consent genuinely given
    (
        "consent given and withdrawn",
        {
            **GATE,
            "consent": "separate",
            "consent_given_before": True,
            "alternative": "offered",
            "notice": "posted",
        },
        ("withdraw_consent", "deletion"),
        ["request.withdraw_consent.given", "facts.consent.separate"],
        ["law.no_separate_consent", "request.withdraw_consent.not_given", "request.deletion_reason.4"],
    ),
    # [security]
    (
        "public-security camera",
        STREET,
        ("deletion", "explanation"),
        ["law.public_security_use", "request.deletion.public_security", "request.confine_public_security"],
        [
            "law.no_separate_consent",
            "facts.consent.not_asked",
            "request.deletion",
            "request.deletion_reason.4",
        ],
    ),
    (
        "a shop camera for marketing is not public security",
        {
            **STREET,
            "place_type": "retail_store",
            "purpose": "marketing_analytics",
            "handler": {"name": "某店"},
        },
        ("deletion",),
        ["law.public_place_non_security", "law.no_separate_consent", "request.deletion"],
        ["law.public_security_use", "request.confine_public_security"],
    ),
    # [precision]
    (
        "hotel room device: remove it (Measures 13 ¶2)",
        {
            "jurisdiction": "CN",
            "date": "2025-09-20",
            "place_type": "hotel",
            "handler": {"name": "某酒店"},
            "method": "camera",
            "private_space": True,
        },
        ("deletion",),
        ["request.remove_device", "law.private_space_device"],
        ["law.private_space_device.civil"],
    ),
    (
        "breach of agreement: 47(1)(四) named as 违反约定",
        {
            **GATE,
            "consent": "separate",
            "alternative": "offered",
            "notice": "posted",
            "contract_terms": "changed_unilaterally",
        },
        ("deletion",),
        ["request.deletion_reason.4_agreement", "law.changed_unilaterally"],
        ["request.deletion_reason.4", "request.deletion_reason.4_both"],
    ),
    (
        "Hangzhou property: the ten days framed as an Art. 50 complaint",
        {**GATE, "city": "杭州"},
        ("deletion",),
        ["reply.period_hangzhou_complaint"],
        ["reply.period", "reply.period_own"],
    ),
    # [hk]
    (
        "Hong Kong building: DPP1 argument and the PCPD guidance",
        HK_GATE,
        HK_TYPES,
        ["hk.dpp1", "hk.dpp1_argument", "hk.guidance", "hk.access", "hk.erasure"],
        ["hk.erasure_not_required", "law.sensitive"],
    ),
    (
        "Hong Kong gym: no building argument, no access logs",
        {**HK_GATE, "place_type": "gym_or_sports_venue", "method": "camera", "relationship_ended": True},
        HK_TYPES,
        ["hk.dpp1", "hk.erasure_not_required"],
        ["hk.dpp1_argument", "hk.guidance"],
    ),
    # [unknown]
    (
        "nothing answered: no fact asserted",
        {"jurisdiction": "CN", "date": "2025-09-01", "place_type": "retail_store"},
        ("deletion", "explanation"),
        ["facts.collected", "law.sensitive"],
        [
            "facts.notice.none",
            "facts.consent.not_asked",
            "facts.purpose.security",
            "law.no_separate_consent",
            "law.no_notice",
            "request.deletion_reason.4",
        ],
    ),
]


@pytest.mark.parametrize(("name", "facts", "types", "present", "absent"), CASES, ids=[c[0] for c in CASES])
def test_statements_present_and_absent(
    name: str, facts: dict[str, Any], types: tuple[str, ...], present: list[str], absent: list[str]
) -> None:
    for lang in LANGS[facts["jurisdiction"]]:
        said = compose(facts, types, lang).statements
        for sid in present:
            assert sid in said, (name, lang, sid, said)
        for sid in absent:
            assert sid not in said, (name, lang, sid)


# ================================================================================================
# Text checks per kind, in each language
# ================================================================================================


def test_in_force_pre_pipl_wording() -> None:
    facts = {**GATE, "date": "2021-03-01", "last_seen": "2021-06-30"}
    zh = flat(compose(facts, "deletion", "zh-CN"))
    en = flat(compose(facts, "deletion", "en"))
    assert "敏感个人信息" not in zh and "单独同意" not in zh and "个人信息保护法" not in zh
    assert "受法律保护的个人信息" in zh and "第一千零三十五条第一款第（一）项" in zh
    assert "sensitive" not in en and "separate consent" not in en and "Article 1035(1)(i)" in en


def test_before_the_civil_code_is_refused_with_the_reason() -> None:
    facts = {**GATE, "date": "2020-03-01", "last_seen": "2020-10-01"}
    for lang in ("zh-CN", "en"):
        with pytest.raises(LetterError, match="before the Civil Code"):
            compose(facts, "deletion", lang)


def test_child_letter_speaks_for_the_child_in_every_part() -> None:
    facts = {**GATE, "subject_under_14": True}
    zh = flat(compose(facts, "withdraw_consent,deletion,alternative_method", "zh-CN"))
    assert zh.startswith("关于撤回被监护人人脸信息处理同意、删除被监护人人脸信息")
    assert "未取得本人作为监护人的单独同意" in zh and "被监护人的单独同意" not in zh
    assert "请贵方为被监护人提供" in zh and "请贵方删除被监护人的人脸信息" in zh
    en = flat(compose(facts, "withdraw_consent,deletion,alternative_method", "en"))
    assert "delete my child's facial information" in en and "my separate consent as guardian" in en
    assert "please provide my child with" in en and "delete my facial information" not in en
    hk = flat(compose({**HK_GATE, "subject_under_14": True}, HK_TYPES, "zh-HK"))
    assert "本人子女的面部影像" in hk


def test_complaint_with_genuine_consent_states_the_real_complaint() -> None:
    facts = {
        **GATE,
        "consent": "separate",
        "consent_given_before": True,
        "alternative": "offered",
        "notice": "posted",
        "relationship_ended": True,
    }
    chrono = _chronology("CN")
    zh = flat(compose(facts, "complaint", "zh-CN", chronology=chrono))
    en = flat(compose(facts, "complaint", "en", chronology=chrono))
    assert "所称同意" not in zh and "alleged" not in en and "consent it claims" not in en
    assert "停止违法处理" not in zh and "unlawfully" not in en  # no breach ground holds
    assert "停止基于" not in zh  # processing already ended: nothing to stop
    assert "被投诉人至今未予答复" in zh and "has not replied and has given no reasons" in en
    assert "第十五条第一款、第四十七条第一款、第五十条第一款" in zh


def test_complaint_has_one_addressee_and_no_doubled_bei() -> None:
    facts = {**GATE, "alternative": "refused"}
    for lang in ("zh-CN", "en"):
        letter = compose(facts, "complaint", lang)
        assert "、" not in letter.recipient_name and "（" not in letter.recipient_name
        assert "被被" not in flat(letter)
    zh = flat(compose({k: v for k, v in GATE.items() if k != "place_name"}, "complaint", "zh-CN"))
    assert "被投诉人在被投诉人的" not in zh and "在贵方的" not in zh


def test_police_report_cites_criminal_law_only_where_offered() -> None:
    sold = {**GATE, "shared_or_sold": True}
    assert police_report_available(sold) and not police_report_available(GATE)
    assert not police_report_available({**HK_GATE, "leaked": True})
    zh_letter = compose(sold, "police_report", "zh-CN")
    zh = flat(zh_letter)
    assert zh_letter.request_types == ("police_report",)
    assert "报案材料" in zh and "侵犯公民个人信息罪" in zh and "第二百五十三条之一" in zh
    assert "第五条第一款" in zh and "涉及单位" in zh and "被投诉人" not in zh
    assert {c.instrument for c in zh_letter.citations} <= {"CRIMINAL_LAW", "SPC_SPP_PI_CRIME_2017"}
    en = flat(compose(sold, "police_report", "en"))
    assert "offence of infringing citizens' personal information" in en and "Article 253-1" in en
    with pytest.raises(LetterError, match="police report fits only"):
        compose(GATE, "police_report", "zh-CN")
    with pytest.raises(LetterError, match="does not fit"):
        compose({**HK_GATE, "leaked": True}, "police_report", "en")
    # Never in a letter to the handler.
    assert "CRIMINAL_LAW" not in {c.instrument for c in compose(sold, "deletion", "zh-CN").citations}


def test_police_report_before_the_interpretation_or_for_a_leak() -> None:
    leaked = {**GATE, "leaked": True}
    zh = flat(compose(leaked, "police_report", "zh-CN"))
    assert "关于本人人脸信息泄露的报案材料" in zh and "被泄露或者被他人非法获取" in zh


def test_public_security_camera_letter_shape() -> None:
    zh = flat(compose(STREET, "deletion,explanation", "zh-CN"))
    en = flat(compose(STREET, "deletion,explanation", "en"))
    assert "违反法律、行政法规" not in zh and "单独同意即" not in zh and "征求单独同意" not in zh
    assert "为维护公共安全已不再必要保存" in zh and "仅用于维护公共安全的目的" in zh
    assert "breaches laws" not in en and "no longer necessary for public security" in en


def test_hong_kong_letters_use_no_mainland_concepts() -> None:
    for lang in ("en", "zh-HK"):
        for facts in (
            HK_GATE,
            {**HK_GATE, "place_type": "retail_store", "method": "camera", "consent": "not_asked"},
        ):
            text = flat(compose(facts, HK_TYPES, lang))
            assert "separate consent" not in text and "facial information" not in text, lang
            assert "單獨同意" not in text and "个人信息" not in text
            assert "same purpose can be served" not in text and "亦可達到相同目的" not in text
            assert "no longer required" in text or "不再為使用目的所需要" in text
    shop = flat(compose({**HK_GATE, "place_type": "retail_store", "method": "camera"}, HK_TYPES, "en"))
    assert "access logs" not in shop
    assert "access logs" in flat(compose(HK_GATE, HK_TYPES, "en"))


def test_precision_access_and_explanation_cite_their_own_articles() -> None:
    letter = compose(GATE, "access_copy,explanation", "zh-CN")
    cited = {sid: [] for sid in letter.statements}
    for sid, c in letter.cited_by:
        cited.setdefault(sid, []).append((c.instrument, c.article))
    assert cited["request.access_copy"] == [("PIPL", "45")]
    assert sorted(cited["request.explanation"]) == [("PIPL", "44"), ("PIPL", "48")]
    zh = flat(letter)
    access = zh[zh.index("查阅、复制：") : zh.index("解释说明：")]
    assert "目的" not in access and "保存期限" not in access  # those are the explanation's


def test_precision_security_duty_is_1038_paragraph_2() -> None:
    zh = flat(compose({**GATE, "leaked": True}, "deletion", "zh-CN"))
    assert "第一千零三十八条第二款" in zh


def test_precision_reply_periods() -> None:
    own = flat(compose(GATE, "deletion", "zh-CN", reply_days=20))
    assert "二十个工作日" in own and "参照监管实践" not in own and "本人自行提出" in own
    practice = flat(compose(GATE, "deletion", "zh-CN", reply_days=15))
    assert "参照监管实践" in practice
    en_own = flat(compose(GATE, "deletion", "en", reply_days=20))
    assert "my own request" in en_own and "regulators' practice" not in en_own
    hz = flat(compose({**GATE, "city": "杭州"}, "deletion", "zh-CN"))
    assert "本函同时作为投诉提出（《杭州市物业管理条例》第五十条第三款）" in hz and "参照监管实践" not in hz
    with pytest.raises(LetterError, match="between 1 and"):
        compose(GATE, "deletion", "zh-CN", reply_days=MAX_REPLY_DAYS + 1)


def test_reminder_before_the_requested_reply_date_is_refused() -> None:
    chrono = _chronology("CN")  # reply asked by 2026-10-23
    facts = {k: v for k, v in GATE.items() if k != "last_seen"}
    with pytest.raises(LetterError, match="before the reply date"):
        compose(facts, "reminder", "zh-CN", chronology=chrono, letter_date=date(2026, 10, 22))
    assert compose(facts, "reminder", "zh-CN", chronology=chrono, letter_date=date(2026, 10, 23))


def test_last_seen_after_the_letter_date_is_refused() -> None:
    with pytest.raises(Exception, match="after the letter date"):
        compose(GATE, "deletion", "zh-CN", letter_date=date(2026, 10, 1))


def test_reads_like_a_letter() -> None:
    zh_letter = compose(GATE, "deletion,access_copy,explanation", "zh-CN")
    zh = flat(zh_letter)
    # Full name once, then the short name.
    assert zh.count("《中华人民共和国个人信息保护法》") == 1
    assert "《中华人民共和国个人信息保护法》（以下简称《个人信息保护法》）" in zh
    # The title does not use 、 inside an item and as the separator at once.
    assert "查阅、复制" not in zh_letter.title
    # The place as the record names it; no category label posing as a place.
    assert "在朝阳区某小区东门" in zh
    no_place = flat(compose({k: v for k, v in GATE.items() if k != "place_name"}, "deletion", "zh-CN"))
    assert "贵方的住宅小区" not in no_place and "在贵方" not in no_place
    en = flat(compose(GATE, "deletion", "en"))
    assert "complain to the cyberspace authorities or the housing authority" in en
    assert en.count("Personal Information Protection Law of the People's Republic of China (the “PIPL”)") == 1


def test_unanswered_questions_are_never_asserted() -> None:
    """Issue 16: a record with facts absent or "unknown" asserts none of them."""
    unknowns = {
        "jurisdiction": "CN",
        "date": "2025-09-01",
        "place_type": "retail_store",
        "method": "unknown",
        "purpose": "unknown",
        "recognition": "unknown",
        "notice": "unknown",
        "consent": "unknown",
        "alternative": "unknown",
        "transmitted_off_device": "unknown",
        "contract_terms": "unknown",
    }
    for facts in (unknowns, {k: v for k, v in unknowns.items() if v != "unknown"}):
        for lang in ("zh-CN", "en"):
            letters = [compose(facts, CN_TYPES, lang), compose(facts, "complaint", lang)]
            for letter in letters:
                text = flat(letter)
                facts_said = [s for s in letter.statements if s.startswith("facts.")]
                assert facts_said == ["facts.collected"], facts_said
                for phrase in (
                    "未告知",
                    "未征求",
                    "未取得",
                    "从未",
                    "未提供",
                    "被迫",
                    "has not been stated",
                    "never asked",
                    "was not done",
                    "without it",
                    "not offered",
                ):
                    assert phrase not in text, (lang, phrase)


def test_every_statement_key_exists_in_its_languages() -> None:
    for s in st.all_statements():
        langs = LANGS["HK"] if s.jurisdiction == "HK" else LANGS["CN"]
        for lang in langs:
            phrases = load_phrases(lang)
            assert phrases.has(s.key) or phrases.has("hk_" + s.key), (s.id, lang, s.key)
