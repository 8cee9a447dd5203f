"""Independent legal review: what the letters claim is what the statutes say (legal/REFERENCE.md).

Written by the legal-correctness reviewer, independently of the rule library and letter code:
- every cited article/paragraph/item, read from the official texts in resources/texts/ (checksummed
  against the originals by test_rule_texts_verbatim.py; not from
  the library's own copy), contains what the letters rely on it for;
- the citations of each ground and request type are exactly those of REFERENCE's tables;
- every quotation in a letter lies inside the paragraph/item its lead-in names, and the lead-in is
  printed in front of it;
- Chinese article numerals are those printed in the statute headings;
- the rules of thumb hold over a deterministic sample of many fact combinations and letter kinds;
- regressions found in the review: a ground asserting facts the user did not record, a Hong Kong
  reminder claiming PDPO s19's 40 days had passed before they had, a statutory local period called
  "regulators' practice".
"""

from __future__ import annotations

import json
import random
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from app.letters import Chronology, compose_letter, render_text
from app.letters.rules_view import RulesView
from app.rules import Citation, RuleLibrary, check, citations_for_requests, format_citation, load_library
from app.rules.statute_text import ParsedArticle, parse_statute_file

REPO = Path(__file__).resolve().parents[2]
TEXTS = REPO / "resources" / "texts"
LIBRARY_JSON = REPO / "resources" / "rules" / "library.json"
FACTS_SCHEMA = json.loads((REPO / "resources" / "schema" / "facts.schema.json").read_text(encoding="utf-8"))
LETTER_DAY = date(2026, 11, 20)

LIB: RuleLibrary = load_library()
_PARSED: dict[str, dict[str, ParsedArticle]] = {}


def _official(instrument: str, article: str) -> ParsedArticle:
    text_file = LIB.instrument(instrument).text_file
    assert text_file, f"{instrument} has no official text here"
    if text_file not in _PARSED:
        _PARSED[text_file] = parse_statute_file(TEXTS / text_file)
    return _PARSED[text_file][article]


def official_unit(instrument: str, article: str, paragraph: int | None, item: int | None) -> str:
    """The text of the cited unit, read from the official file: article, paragraph (款) or item (项).

    An item without a paragraph is only allowed in one-paragraph articles (SPC 2(3), Civil Code 1033(2)).
    """
    parsed = _official(instrument, article)
    if paragraph is None and item is not None:
        assert len(parsed.paragraphs) == 1, f"{instrument} {article}: item without paragraph"
        paragraph = 1
    if paragraph is None:
        return "\n".join(p.text + "\n" + "\n".join(p.items) for p in parsed.paragraphs)
    assert paragraph <= len(parsed.paragraphs), f"{instrument} {article} has no paragraph {paragraph}"
    unit = parsed.paragraphs[paragraph - 1]
    if item is None:
        return unit.text + "\n" + "\n".join(unit.items)
    assert item <= len(unit.items), f"{instrument} {article}({paragraph}) has no item {item}"
    return unit.items[item - 1]


def key(c: Any) -> tuple[str, str, int | None, int | None]:
    return (c.instrument, c.article, c.paragraph, c.item)


# ================================================================================================
# 1. The cited unit says what the letters rely on it for
# ================================================================================================

# (instrument, article, paragraph, item) → words the official text of exactly that unit must contain.
# Reviewed against texts/; a new citation in the library must be added here after the same review.
SAYS: dict[tuple[str, str, int | None, int | None], tuple[str, ...]] = {
    ("PIPL", "13", 1, 3): ("法定职责",),
    ("PIPL", "14", 2, None): ("重新取得个人同意",),
    ("PIPL", "15", 1, None): ("撤回其同意", "便捷的撤回同意的方式"),
    ("PIPL", "16", None, None): ("拒绝提供产品或者服务", "所必需的除外"),
    ("PIPL", "17", 1, None): ("在处理个人信息前", "告知", "保存期限"),
    ("PIPL", "23", None, None): ("向其他个人信息处理者提供", "单独同意"),
    ("PIPL", "26", None, None): ("公共场所", "维护公共安全", "单独同意"),
    ("PIPL", "28", 1, None): ("生物识别", "敏感个人信息"),
    ("PIPL", "29", None, None): ("敏感个人信息", "单独同意"),
    ("PIPL", "30", None, None): ("必要性", "对个人权益的影响"),
    ("PIPL", "31", 1, None): ("不满十四周岁", "监护人的同意"),
    ("PIPL", "34", None, None): ("国家机关", "法定职责"),
    ("PIPL", "35", None, None): ("国家机关", "告知义务"),
    ("PIPL", "44", None, None): ("知情权", "决定权"),
    ("PIPL", "45", None, None): ("查阅、复制", "及时提供"),
    ("PIPL", "45", 2, None): ("及时提供",),
    ("PIPL", "47", None, None): ("删除",),
    ("PIPL", "47", 1, None): ("主动删除", "有权请求删除"),
    ("PIPL", "47", 1, 1): ("处理目的已实现", "不再必要"),
    ("PIPL", "47", 1, 2): ("停止提供产品或者服务",),
    ("PIPL", "47", 1, 3): ("撤回同意",),
    ("PIPL", "47", 1, 4): ("违反法律、行政法规", "违反约定"),
    ("PIPL", "47", 2, None): ("停止除存储和采取必要的安全保护措施之外的处理",),
    ("PIPL", "48", None, None): ("解释说明",),
    ("PIPL", "50", None, None): ("说明理由", "人民法院"),
    ("PIPL", "50", 1, None): ("说明理由",),
    ("PIPL", "50", 2, None): ("人民法院提起诉讼",),
    ("PIPL", "51", None, None): ("泄露",),
    ("PIPL", "52", None, None): ("个人信息保护负责人",),
    ("PIPL", "57", 1, None): ("泄露", "通知"),
    ("PIPL", "60", None, None): ("国家网信部门",),
    ("PIPL", "61", None, None): ("投诉、举报",),
    ("PIPL", "65", 1, None): ("投诉、举报", "处理结果告知"),
    ("PIPL", "69", None, None): ("不能证明自己没有过错",),
    ("PIPL", "69", 1, None): ("不能证明自己没有过错",),
    ("CIVIL_CODE", "1033", None, 2): ("宾馆房间", "私密空间"),
    ("CIVIL_CODE", "1034", 2, None): ("生物识别信息",),
    ("CIVIL_CODE", "1035", 1, 1): ("同意",),
    ("CIVIL_CODE", "1037", 2, None): ("违反法律、行政法规的规定或者双方的约定", "删除"),
    ("CIVIL_CODE", "1038", None, None): ("不得泄露", "防止信息泄露"),
    ("CIVIL_CODE", "1038", 1, None): ("未经自然人同意，不得向他人非法提供",),
    ("CIVIL_CODE", "1038", 2, None): ("确保其收集、存储的个人信息安全", "防止信息泄露"),
    ("SPC_FACE_2021", "1", 3, None): ("人脸信息", "生物识别信息"),
    ("SPC_FACE_2021", "2", None, 1): ("宾馆、商场、银行、车站", "人脸验证、辨识或者分析"),
    ("SPC_FACE_2021", "2", None, 2): ("未公开处理人脸信息的规则",),
    ("SPC_FACE_2021", "2", None, 3): ("单独同意",),
    ("SPC_FACE_2021", "2", None, 5): ("泄露",),
    ("SPC_FACE_2021", "2", None, 6): ("向他人提供人脸信息",),
    ("SPC_FACE_2021", "4", None, 1): ("才提供产品或者服务",),
    ("SPC_FACE_2021", "4", None, 2): ("捆绑",),
    ("SPC_FACE_2021", "4", None, 3): ("强迫",),
    ("SPC_FACE_2021", "5", None, 2): ("维护公共安全", "公共场所"),
    ("SPC_FACE_2021", "8", None, None): ("合理开支", "律师费用"),
    ("SPC_FACE_2021", "9", None, None): ("人格权侵害禁令",),
    ("SPC_FACE_2021", "10", 1, None): ("物业服务企业", "唯一验证方式", "其他合理验证方式"),
    ("SPC_FACE_2021", "11", None, None): ("格式条款", "不可撤销", "第四百九十七条"),
    ("SPC_FACE_2021", "12", None, None): ("违反约定", "请求删除人脸信息"),
    ("FACE_MEASURES_2025", "5", 1, None): ("处理人脸信息前", "告知", "保存期限"),
    ("FACE_MEASURES_2025", "6", 1, None): ("单独同意",),
    ("FACE_MEASURES_2025", "6", 2, None): ("撤回同意", "便捷的撤回同意的方式"),
    ("FACE_MEASURES_2025", "7", None, None): ("不满十四周岁", "监护人的同意"),
    ("FACE_MEASURES_2025", "8", 1, None): ("存储于人脸识别设备内", "不得通过互联网对外传输"),
    ("FACE_MEASURES_2025", "10", 1, None): ("唯一验证方式", "其他合理、便捷的方式"),
    ("FACE_MEASURES_2025", "10", 2, None): ("另有规定的，从其规定",),
    ("FACE_MEASURES_2025", "12", None, None): ("误导、欺诈、胁迫",),
    ("FACE_MEASURES_2025", "13", 1, None): ("公共场所", "维护公共安全", "显著提示标识"),
    ("FACE_MEASURES_2025", "13", 2, None): ("宾馆客房", "私密空间"),
    ("FACE_MEASURES_2025", "17", None, None): ("投诉、举报", "处理结果告知"),
    ("NDSR_2024", "22", 1, 2): ("生物识别", "单独同意"),
    ("CRIMINAL_LAW", "253-1", None, None): ("出售或者提供公民个人信息",),
    ("CRIMINAL_LAW", "253-1", 1, None): ("出售或者提供公民个人信息", "情节严重"),
    ("SPC_SPP_PI_CRIME_2017", "5", 1, None): ("情节严重",),
    ("HANGZHOU_PROPERTY", "50", 2, None): ("不得强制", "人脸"),
    ("HANGZHOU_PROPERTY", "50", 3, None): ("十日内作出答复",),
}

# Citations the letter code itself names (quote lead-ins and PIPL 47(2)), beside the library's.
LETTER_CODE_CITATIONS = [
    ("PIPL", "15", 1, None),
    ("PIPL", "45", 2, None),
    ("PIPL", "47", 2, None),
    ("PIPL", "48", None, None),
    ("PIPL", "50", 1, None),
    ("PIPL", "65", 1, None),
    ("FACE_MEASURES_2025", "10", 1, None),
    ("FACE_MEASURES_2025", "13", 2, None),
    ("PIPL", "26", None, None),
    ("PIPL", "29", None, None),
    ("PIPL", "47", 1, 1),  # a public-security camera: delete what is no longer necessary
    ("CRIMINAL_LAW", "253-1", 1, None),  # the police report's quote
    ("HANGZHOU_PROPERTY", "50", 3, None),  # the Hangzhou complaint framing's quote
]


def _library_citations() -> set[tuple[str, str, int | None, int | None]]:
    data = json.loads(LIBRARY_JSON.read_text(encoding="utf-8"))
    found: set[tuple[str, str, int | None, int | None]] = set()

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            for cite in node.get("cites", []) if isinstance(node.get("cites"), list) else []:
                found.add((cite["instrument"], cite["article"], cite.get("paragraph"), cite.get("item")))
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    for section in ("grounds", "request_types", "complaint_channels", "reply_periods", "caveats"):
        walk(data[section])
    for cites in data["common_request_cites"].values():
        for cite in cites:
            found.add((cite["instrument"], cite["article"], cite.get("paragraph"), cite.get("item")))
    return found


def _with_text(cites: set[tuple[str, str, int | None, int | None]]) -> list[tuple[str, str, Any, Any]]:
    return sorted(
        (c for c in cites if LIB.has_text(Citation(*c))),
        key=lambda c: (c[0], int(c[1].split("-")[0]), c[2] or 0, c[3] or 0),
    )


CITED_WITH_TEXT = _with_text(_library_citations() | set(LETTER_CODE_CITATIONS))


def test_the_review_table_covers_every_cited_unit_with_text() -> None:
    assert len(CITED_WITH_TEXT) >= 60
    missing = [c for c in CITED_WITH_TEXT if c not in SAYS]
    assert not missing, f"cited but not legally reviewed (add to SAYS after checking the text): {missing}"


@pytest.mark.parametrize("cite", CITED_WITH_TEXT, ids=lambda c: "-".join(str(x) for x in c if x))
def test_cited_unit_says_what_letters_rely_on(cite: tuple[str, str, Any, Any]) -> None:
    unit = official_unit(*cite)
    for words in SAYS[cite]:
        assert words in unit, f"{cite}: the official text of this unit does not contain {words!r}"


def test_the_review_table_can_fail() -> None:
    """A wrong item number (PIPL 47(1)(iv) for withdrawal) is caught by the same check."""
    assert "撤回同意" not in official_unit("PIPL", "47", 1, 4)
    assert "单独同意" not in official_unit("SPC_FACE_2021", "2", None, 2)
    assert "宾馆客房" not in official_unit("FACE_MEASURES_2025", "13", 1, None)
    assert "生物识别" not in official_unit("NDSR_2024", "22", 1, 1)


def test_chinese_article_numerals_are_the_printed_headings() -> None:
    """第一千零三十四条, 第二百五十三条之一 …: the citation form equals the heading in the official text."""
    checked = 0
    for instrument in LIB.instruments.values():
        if not instrument.text_file:
            continue
        source = (TEXTS / instrument.text_file).read_text(encoding="utf-8")
        headings = {line.split(" ", 1)[0] for line in source.splitlines() if line.startswith("第")}
        for article in instrument.articles:
            citation = Citation(instrument.id, article)
            if not LIB.has_text(citation):
                continue  # Civil Code 497 (Book III) is not in the file
            printed = format_citation(citation, "zh-CN", LIB).split("》")[-1]
            assert printed in headings, (instrument.id, article, printed)
            checked += 1
    assert checked >= 80


@pytest.mark.parametrize(
    ("citation", "zh", "en"),
    [
        (
            Citation("PIPL", "47", 1, 3),
            "《中华人民共和国个人信息保护法》第四十七条第一款第（三）项",
            "Article 47(1)(iii)",
        ),
        (
            Citation("CIVIL_CODE", "1034", 2),
            "《中华人民共和国民法典》第一千零三十四条第二款",
            "Article 1034(2)",
        ),
        (Citation("CRIMINAL_LAW", "253-1"), "《中华人民共和国刑法》第二百五十三条之一", "Article 253-1"),
        (
            Citation("NDSR_2024", "22", 1, 2),
            "《网络数据安全管理条例》第二十二条第一款第（二）项",
            "Article 22(1)(ii)",
        ),
        (Citation("SPC_FACE_2021", "2", None, 3), "第二条第（三）项", "Article 2(iii)"),
        (
            Citation("CIVIL_CODE", "1033", None, 2),
            "《中华人民共和国民法典》第一千零三十三条第（二）项",
            "Article 1033(ii)",
        ),
        (Citation("CIVIL_CODE", "497"), "《中华人民共和国民法典》第四百九十七条", "Article 497"),
    ],
)
def test_citation_forms(citation: Citation, zh: str, en: str) -> None:
    assert format_citation(citation, "zh-CN", LIB).endswith(zh)
    assert format_citation(citation, "en", LIB).startswith(en + " of ")


# ================================================================================================
# 2. Grounds and requests cite exactly what REFERENCE's tables say
# ================================================================================================

P, CC, SPC, M, NDSR = "PIPL", "CIVIL_CODE", "SPC_FACE_2021", "FACE_MEASURES_2025", "NDSR_2024"

EVERYTHING_CN: dict[str, Any] = {
    "jurisdiction": "CN",
    "city": "杭州",
    "date": "2025-07-01",
    "last_seen": "2026-10-01",
    "place_type": "residential_compound",
    "handler": {"name": "杭州某物业服务有限公司", "kind": "property_manager"},
    "method": "access_gate",
    "purpose": "access_control",
    "notice": "none",
    "consent": "not_asked",
    "alternative": "none",
    "service_refused_without_face": True,
    "private_space": True,
    "subject_under_14": True,
    "transmitted_off_device": "yes",
    "shared_or_sold": True,
    "leaked": True,
    "contract_terms": "unlimited_or_irrevocable",
    "relationship_ended": True,
}

GROUND_CITES: dict[str, set[tuple[str, str, int | None, int | None]]] = {
    "sensitive_biometric": {(P, "28", 1, None), (CC, "1034", 2, None), (SPC, "1", 3, None)},
    "no_separate_consent": {
        (P, "29", None, None),
        (SPC, "2", None, 3),
        (M, "6", 1, None),
        (NDSR, "22", 1, 2),
        (CC, "1035", 1, 1),  # consent not_asked: no real consent at all
    },
    "consent_not_free": {(SPC, "4", None, 1), (P, "16", None, None), (M, "12", None, None)},
    "no_notice": {(P, "17", 1, None), (P, "30", None, None), (SPC, "2", None, 2), (M, "5", 1, None)},
    "face_only_way": {
        (M, "10", 1, None),
        (P, "16", None, None),
        (SPC, "10", 1, None),
        ("HANGZHOU_PROPERTY", "50", 2, None),
    },
    "private_space_device": {(M, "13", 2, None), (CC, "1033", None, 2)},
    "child_under_14": {(P, "31", 1, None), (M, "7", None, None)},
    "transmitted_off_device": {(M, "8", 1, None)},
    "shared_or_sold": {
        (P, "23", None, None),
        (SPC, "2", None, 6),
        (CC, "1038", 1, None),
        ("CRIMINAL_LAW", "253-1", None, None),
    },
    "leaked": {
        (P, "51", None, None),
        (P, "57", 1, None),
        (P, "69", 1, None),
        (SPC, "2", None, 5),
        (CC, "1038", 2, None),  # the security duty is the second paragraph
    },
    "unfair_terms": {(SPC, "11", None, None), (CC, "497", None, None)},
    "relationship_ended": {(P, "47", 1, 1), (P, "47", 1, 2)},
}


def test_ground_citations_are_those_of_reference() -> None:
    result = check(dict(EVERYTHING_CN))
    got = {g.id: {key(c) for c in g.citations} for g in result.grounds}
    for ground, expected in GROUND_CITES.items():
        assert got.get(ground) == expected, ground
    assert "public_place_non_security" not in got  # a residential compound is not a public place


@pytest.mark.parametrize(
    ("changes", "ground", "expected"),
    [
        (
            {"consent": "implied"},
            "no_separate_consent",
            {(P, "29", None, None), (SPC, "2", None, 3), (M, "6", 1, None), (NDSR, "22", 1, 2)},
        ),
        (
            {"consent": "bundled", "service_refused_without_face": False},
            "consent_not_free",
            {(SPC, "4", None, 2), (P, "16", None, None), (M, "12", None, None)},
        ),
        (
            {"consent": "forced", "service_refused_without_face": False},
            "consent_not_free",
            {(SPC, "4", None, 3), (P, "16", None, None), (M, "12", None, None)},
        ),
        (
            {
                "place_type": "shopping_mall",
                "handler": {"name": "某商场", "kind": "business"},
                "purpose": "marketing_analytics",
            },
            "public_place_non_security",
            {(P, "26", None, None), (SPC, "2", None, 1), (M, "13", 1, None)},
        ),
        (
            {"place_type": "shopping_mall", "handler": {"name": "某商场", "kind": "business"}},
            "face_only_way",
            {(M, "10", 1, None), (P, "16", None, None)},
        ),
        (
            {"contract_terms": "changed_unilaterally"},
            "changed_unilaterally",
            {(SPC, "12", None, None), (P, "14", 2, None)},
        ),
        (
            {"city": "天津", "used_as_credit_information": True},
            "tianjin_credit",
            {("TIANJIN_CREDIT", "16", 2, None)},
        ),
    ],
)
def test_ground_variants(changes: dict[str, Any], ground: str, expected: set[Any]) -> None:
    facts = {**EVERYTHING_CN, **changes}
    result = check(facts)
    g = result.ground(ground)
    assert g is not None and {key(c) for c in g.citations} == expected


def test_lawful_uses_hold_no_breach_ground() -> None:
    """A bank's identity check with separate consent, a posted notice and an alternative offered; a
    station camera for public security: nothing but 'face is sensitive PI'."""
    bank = {
        "jurisdiction": "CN",
        "date": "2026-01-05",
        "place_type": "bank",
        "handler": {"name": "某银行", "kind": "business"},
        "method": "kiosk",
        "purpose": "identity_verification",
        "notice": "posted",
        "consent": "separate",
        "alternative": "offered",
        "service_refused_without_face": False,
        "transmitted_off_device": "no",
    }
    station = {
        "jurisdiction": "CN",
        "date": "2026-01-05",
        "place_type": "transport_hub",
        "purpose": "security",
        "notice": "posted",
        "consent": "separate",
        "alternative": "offered",
    }
    for facts in (bank, station):
        assert check(facts).ground_ids == ("sensitive_biometric",)


def test_request_citations_are_those_of_reference() -> None:
    chosen = [
        "withdraw_consent",
        "deletion",
        "alternative_method",
        "access_copy",
        "explanation",
        "complaint",
        "reminder",
    ]
    got = {
        t: {key(c) for c in cs} for t, cs in citations_for_requests(dict(EVERYTHING_CN), chosen, LIB).items()
    }
    common = {(P, "50", None, None)}
    assert got["withdraw_consent"] == {(P, "15", 1, None), (M, "6", 2, None)} | common
    assert (
        got["deletion"]
        == {(P, "47", 1, 1), (P, "47", 1, 2), (P, "47", 1, 3), (P, "47", 1, 4), (CC, "1037", 2, None)}
        | common
    )
    assert got["alternative_method"] == {(M, "10", 1, None), (SPC, "10", 1, None)} | common
    assert got["access_copy"] == {(P, "45", None, None)} | common
    assert got["explanation"] == {(P, "44", None, None), (P, "48", None, None)} | common
    assert got["complaint"] == {(P, "65", 1, None), (M, "17", None, None)} | common
    # Deletion without withdrawal, breach or an ended relationship: PIPL 47(1) without an item.
    lawful = {
        "jurisdiction": "CN",
        "date": "2026-01-05",
        "place_type": "bank",
        "consent": "separate",
        "notice": "posted",
        "alternative": "offered",
        "purpose": "identity_verification",
    }
    plain = citations_for_requests(lawful, ["deletion"], LIB)["deletion"]
    assert {key(c) for c in plain} == {(P, "47", 1, None)} | common
    hk = {"jurisdiction": "HK", "date": "2025-05-02", "place_type": "residential_compound"}
    got_hk = {
        t: {key(c) for c in cs}
        for t, cs in citations_for_requests(hk, ["hk_data_access", "hk_erasure"], LIB).items()
    }
    assert got_hk == {
        "hk_data_access": {("HK_PDPO", "s18", None, None), ("HK_PDPO", "s19", None, None)},
        "hk_erasure": {("HK_PDPO", "s26", None, None), ("HK_PDPO", "DPP2", None, None)},
    }


# ================================================================================================
# 3. Quotations: verbatim, inside the unit the lead-in names, lead-in printed
# ================================================================================================


def _letters_with_quotes() -> list[Any]:
    letters = []
    for types in ("withdraw_consent,deletion,alternative_method,access_copy,explanation", "complaint"):
        letters.append(compose_letter(dict(EVERYTHING_CN), types, "zh-CN", letter_date=LETTER_DAY))
    mall = {
        **EVERYTHING_CN,
        "place_type": "hotel",
        "handler": {"name": "某酒店", "kind": "business"},
        "purpose": "marketing_analytics",
        "relationship_ended": False,
    }
    letters.append(
        compose_letter(mall, "withdraw_consent,deletion,alternative_method", "zh-CN", letter_date=LETTER_DAY)
    )
    chrono = Chronology(
        original_reference="FL-20261001-AB12",
        original_sent=date(2026, 10, 1),
        original_types=("withdraw_consent", "deletion", "alternative_method"),
    )
    letters.append(
        compose_letter(dict(EVERYTHING_CN), "reminder", "zh-CN", letter_date=LETTER_DAY, chronology=chrono)
    )
    return letters


def test_every_quote_lies_in_the_unit_its_lead_in_names() -> None:
    view = RulesView(LIB)
    instruments: set[str] = set()
    count = 0
    for letter in _letters_with_quotes():
        flat = re.sub(r"\s+", "", render_text(letter))
        for quote in letter.quotes():
            c = quote.citation
            unit = official_unit(c.instrument, c.article, c.paragraph, c.item)
            body = quote.text.removesuffix("。")
            assert body and body in unit, (c, quote.text)
            # Verbatim down to the sentence: it starts a sentence of the unit (no words cut off in front).
            assert re.search(r"(^|[。；\n])" + re.escape(body), unit), (c, quote.text)
            # The lead-in names the unit: in full the first time the letter names the instrument
            # (with 以下简称), by its short name afterwards.
            full = format_citation(Citation(c.instrument, c.article, c.paragraph, c.item), "zh-CN", LIB)
            inst = LIB.instrument(c.instrument)
            name, short = inst.name("zh-CN"), inst.short_names.get("zh-CN", "")
            leads = {
                full,
                full.replace(f"《{name}》", f"《{short}》"),
                full.replace(f"《{name}》", f"《{name}》（以下简称《{short}》）"),
            }
            assert any(f"{lead}规定：“{quote.text}" in flat for lead in leads), (leads, quote.text)
            _ = view
            instruments.add(c.instrument)
            count += 1
    assert count >= 10 and {"PIPL", "FACE_MEASURES_2025"} <= instruments


def test_quote_check_can_fail() -> None:
    assert "个人有权撤回其同意" not in official_unit("PIPL", "15", 2, None)  # it is in ¶1, not ¶2
    assert "及时提供" not in official_unit("PIPL", "45", 1, None)


# ================================================================================================
# 4. Rules of thumb over many fact combinations (deterministic sample)
# ================================================================================================

PROPS = FACTS_SCHEMA["properties"]
HANDLER_TYPES = {
    "CN": ("withdraw_consent", "deletion", "alternative_method", "access_copy", "explanation"),
    "HK": ("hk_data_access", "hk_erasure"),
}


def _sample_facts(n: int, seed: int = 20261122) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        jurisdiction = rng.choice(["CN", "CN", "CN", "HK"])
        facts: dict[str, Any] = {
            "jurisdiction": jurisdiction,
            "date": rng.choice(
                ["2021-03-01", "2021-09-01", "2022-06-01", "2025-02-01", "2025-07-01", "2026-05-01"]
            ),
            "place_type": rng.choice(PROPS["place_type"]["enum"]),
            "handler": {"name": "某公司", "kind": rng.choice(PROPS["handler"]["properties"]["kind"]["enum"])},
        }
        if rng.random() < 0.5:
            facts["last_seen"] = "2026-10-01"
        if rng.random() < 0.6:
            facts["city"] = (
                rng.choice(["杭州", "天津", "北京", "Hangzhou"]) if jurisdiction == "CN" else "Hong Kong"
            )
        for name in (
            "method",
            "purpose",
            "recognition",
            "notice",
            "consent",
            "alternative",
            "transmitted_off_device",
            "contract_terms",
        ):
            if rng.random() < 0.8:
                facts[name] = rng.choice(PROPS[name]["enum"])
        for name in (
            "service_refused_without_face",
            "private_space",
            "subject_under_14",
            "shared_or_sold",
            "leaked",
            "relationship_ended",
            "consent_given_before",
            "used_as_credit_information",
        ):
            if rng.random() < 0.5:
                facts[name] = rng.random() < 0.5
        out.append(facts)
    return out


SAMPLE = _sample_facts(36)


def _letters_for(facts: dict[str, Any]) -> list[tuple[str, Any]]:
    jurisdiction = facts["jurisdiction"]
    langs = ("zh-CN", "en") if jurisdiction == "CN" else ("en", "zh-HK")
    chrono = Chronology(
        original_reference="FL-20261001-AB12",
        original_sent=date(2026, 10, 1),
        original_types=HANDLER_TYPES[jurisdiction][:2],
    )
    out = []
    for lang in langs:
        for types, chronology in (
            (",".join(HANDLER_TYPES[jurisdiction]), None),
            ("complaint", None),
            ("reminder", chrono),
        ):
            letter = compose_letter(facts, types, lang, letter_date=LETTER_DAY, chronology=chronology)
            out.append((lang, letter))
    return out


@pytest.mark.parametrize("index", range(len(SAMPLE)))
def test_rules_of_thumb(index: int) -> None:
    facts = SAMPLE[index]
    result = check(facts)
    for lang, letter in _letters_for(facts):
        text = render_text(letter)
        flat = re.sub(r"\s+", "", text)
        instruments = {c.instrument for c in letter.citations}
        if facts["jurisdiction"] == "CN":
            assert "HK_PDPO" not in instruments and "Ordinance" not in text and "私隐" not in text
            assert "法定期限" not in flat and "法定" not in flat.replace("法定职责", "")
            assert not re.search(r"\bstatutory\b", text)
            # "Sensitive personal information" is PIPL 28's term: said exactly when PIPL is in force.
            sensitive = (
                ("敏感个人信息" in flat) if lang == "zh-CN" else ("sensitivepersonalinformation" in flat)
            )
            assert sensitive == (result.processing_date >= date(2021, 11, 1)), (lang, facts)
        else:
            assert instruments <= {"HK_PDPO"}
            assert "中华人民共和国" not in text and "People's Republic" not in text
            assert not re.search(r"DPP ?3|Principle 3|第3原則", text)  # DPP3 wording is unverified
        # Criminal law: only when face data was sold or leaked, and never in a letter to the handler.
        if "CRIMINAL_LAW" in instruments or "刑法" in flat or "CriminalLaw" in flat:
            assert facts.get("shared_or_sold") or facts.get("leaked")
            assert letter.request_types == ("complaint",)
        assert "35273" not in text  # GB/T wording is unverified: never in a letter
        for c in letter.citations:
            instrument = LIB.instrument(c.instrument)
            assert instrument.effective is None or result.processing_date >= instrument.effective, c
            assert instrument.city is None or instrument.city == result.city, c
        # Nothing invented: an unrecorded purpose or consent is never stated as fact.
        if facts.get("purpose") in (None, "unknown"):
            assert "将其用于其他目的" not in flat and "usedforanotherpurpose" not in flat
        if facts.get("consent") in (None, "unknown"):
            assert not re.search("未取得(本人|被监护人)?的?单独同意|withoutsuchconsent", flat)


def test_sample_is_varied() -> None:
    assert {f["jurisdiction"] for f in SAMPLE} == {"CN", "HK"}
    grounds = {g for f in SAMPLE for g in check(f).ground_ids}
    assert len(grounds) >= 10


def test_lawful_bank_check_is_never_called_coercion() -> None:
    bank = {
        "jurisdiction": "CN",
        "city": "深圳",
        "date": "2026-01-05",
        "place_type": "bank",
        "handler": {"name": "某银行深圳分行", "kind": "business"},
        "method": "kiosk",
        "purpose": "identity_verification",
        "recognition": "verify_1to1",
        "notice": "posted",
        "consent": "separate",
        "alternative": "offered",
        "service_refused_without_face": False,
        "consent_given_before": True,
    }
    for lang in ("zh-CN", "en"):
        for types in (
            "withdraw_consent,deletion",
            "withdraw_consent,deletion,access_copy,explanation",
            "complaint",
        ):
            text = render_text(compose_letter(bank, types, lang, letter_date=LETTER_DAY))
            assert not re.search("胁迫|强迫|被迫|捆绑|coerc|forced|bundl", text, re.I), (lang, types)


# ================================================================================================
# 5. Regressions found in the review
# ================================================================================================


def test_public_place_ground_does_not_assert_unrecorded_purpose_or_consent() -> None:
    """Was: '贵方将其用于其他目的，且未取得单独同意' for a shop whose purpose and consent were unknown."""
    facts = {"jurisdiction": "CN", "date": "2025-09-01", "place_type": "retail_store"}
    assert check(facts).ground("public_place_non_security") is not None
    zh = re.sub(r"\s+", "", render_text(compose_letter(facts, "deletion", "zh-CN", letter_date=LETTER_DAY)))
    en = re.sub(r"\s+", " ", render_text(compose_letter(facts, "deletion", "en", letter_date=LETTER_DAY)))
    assert "第二十六条" in zh and "用于其他目的的，须取得个人的单独同意" in zh
    assert "将其用于其他目的" not in zh and "未取得单独同意" not in zh
    assert "Article 26" in en and "used for another purpose" not in en


def _hk_reminder(letter_day: date, delivered: date | None, requested_by: date | None = None) -> str:
    facts = {
        "jurisdiction": "HK",
        "date": "2025-05-02",
        "place_type": "residential_compound",
        "handler": {"name": "Example IO", "kind": "property_manager"},
    }
    chrono = Chronology(
        original_reference="FL-20261001-AB12",
        original_sent=date(2026, 10, 1),
        original_types=("hk_data_access", "hk_erasure"),
        delivered=delivered,
        requested_reply_by=requested_by,
    )
    en = compose_letter(facts, "reminder", "en", letter_date=letter_day, chronology=chrono)
    zh = compose_letter(facts, "reminder", "zh-HK", letter_date=letter_day, chronology=chrono)
    return " ".join(render_text(en).split()) + re.sub(r"\s+", "", render_text(zh))


@pytest.mark.parametrize(
    ("letter_day", "delivered", "requested_by", "passed"),
    [
        (date(2026, 10, 20), date(2026, 10, 3), None, False),  # day 17 after receipt
        (date(2026, 11, 12), date(2026, 10, 3), None, False),  # day 40: still in time
        (date(2026, 11, 13), date(2026, 10, 3), None, True),
        (date(2026, 12, 20), None, None, False),  # receipt unknown: no claim either way
        (date(2026, 11, 20), None, date(2026, 11, 10), True),  # the tracker's due date has passed
        (date(2026, 11, 10), None, date(2026, 11, 10), False),  # due today: not yet passed
    ],
)
def test_hk_reminder_says_s19_period_passed_only_when_it_has(
    letter_day: date, delivered: date | None, requested_by: date | None, passed: bool
) -> None:
    text = _hk_reminder(letter_day, delivered, requested_by)
    assert (
        "40-day period under section 19 of the Ordinance for my data access request has passed" in text
    ) is passed
    assert ("40日期限已經屆滿" in text) is passed


def test_statutory_local_period_in_a_reminder_is_not_called_regulators_practice() -> None:
    """Hangzhou Art. 50 ¶3's 10 days are statutory in Hangzhou; '参照监管实践' belongs to the
    15-working-day default only."""
    facts = dict(EVERYTHING_CN)
    assert check(facts).reply_period.statutory
    chrono = Chronology(
        original_reference="FL-20261001-AB12",
        original_sent=date(2026, 10, 1),
        original_types=("withdraw_consent", "deletion", "alternative_method"),
    )
    zh = re.sub(
        r"\s+",
        "",
        render_text(compose_letter(facts, "reminder", "zh-CN", letter_date=LETTER_DAY, chronology=chrono)),
    )
    # Art. 50 ¶3's ten days run for a complaint: the reminder is framed as one under that article.
    assert (
        "本函同时作为投诉提出（《杭州市物业管理条例》第五十条第三款），请贵方自收到本函之日起十日内作出答复"
        in zh
    )
    assert "参照监管实践" not in zh and "法定期限" not in zh
    en = " ".join(
        render_text(
            compose_letter(facts, "reminder", "en", letter_date=LETTER_DAY, chronology=chrono)
        ).split()
    )
    assert "within 10 days" in en and "regulators' practice" not in en
    # A period the user chose is still presented as asked for, not statutory.
    own = re.sub(
        r"\s+",
        "",
        render_text(
            compose_letter(
                facts, "reminder", "zh-CN", letter_date=LETTER_DAY, chronology=chrono, reply_days=15
            )
        ),
    )
    assert "十五个工作日" in own and "参照监管实践" in own
    # Outside Hangzhou the default 15 working days keep saying they follow regulators' practice.
    beijing = {**facts, "city": "北京"}
    other = re.sub(
        r"\s+",
        "",
        render_text(compose_letter(beijing, "reminder", "zh-CN", letter_date=LETTER_DAY, chronology=chrono)),
    )
    assert "十五个工作日" in other and "参照监管实践" in other


def test_request_letter_in_hangzhou_cites_the_regulation_for_its_ten_days() -> None:
    zh = re.sub(
        r"\s+",
        "",
        render_text(compose_letter(dict(EVERYTHING_CN), "deletion", "zh-CN", letter_date=LETTER_DAY)),
    )
    assert (
        "本函同时作为投诉提出（《杭州市物业管理条例》第五十条第三款），请贵方自收到本函之日起十日内作出答复"
        in zh
    )
    assert "物业服务人应当自收到投诉之日起十日内作出答复" in zh  # the article's words, quoted
    assert "参照监管实践" not in zh


def test_hk_erasure_is_framed_as_the_data_users_duty() -> None:
    facts = {
        "jurisdiction": "HK",
        "date": "2025-05-02",
        "place_type": "residential_compound",
        "consent": "implied",
    }
    for lang in ("en", "zh-HK"):
        text = " ".join(
            render_text(
                compose_letter(facts, "hk_data_access,hk_erasure", lang, letter_date=LETTER_DAY)
            ).split()
        )
        assert "withdraw" not in text.lower() and "撤回" not in text
        assert (
            ("erase personal data that are no longer required" in text)
            if lang == "en"
            else (
                "資料使用者須採取所有切實可行的步驟，刪除已不再為使用目的所需要的個人資料"
                in text.replace(" ", "")
            )
        )
        # s26's test is "no longer required": not asserted when the record does not say why.
        assert "same purpose can be served" not in text and "亦可達到相同目的" not in text


def test_dates_in_the_sample_cover_every_effective_boundary() -> None:
    """The sample reaches records before and after each instrument took effect (so scope is tested)."""
    days = {result.processing_date for result in (check(f) for f in SAMPLE if f["jurisdiction"] == "CN")}
    for instrument in ("PIPL", "SPC_FACE_2021", "FACE_MEASURES_2025", "NDSR_2024"):
        effective = LIB.instrument(instrument).effective
        assert effective is not None
        assert any(d < effective for d in days) and any(d >= effective for d in days), instrument


@pytest.mark.parametrize(
    ("changes", "claims_never"),
    [
        ({}, False),  # consent and earlier agreement unknown: no claim either way
        ({"consent": "unknown"}, False),
        ({"consent_given_before": False}, True),
        ({"consent": "not_asked"}, True),
        ({"consent": "bundled"}, True),
    ],
)
def test_withdrawal_says_never_consented_only_when_recorded(
    changes: dict[str, Any], claims_never: bool
) -> None:
    """Was: '本人从未单独同意…' / 'I never gave separate consent' although the record said nothing."""
    facts = {"jurisdiction": "CN", "date": "2025-09-01", "place_type": "gym_or_sports_venue", **changes}
    zh = re.sub(
        r"\s+", "", render_text(compose_letter(facts, "withdraw_consent", "zh-CN", letter_date=LETTER_DAY))
    )
    en = " ".join(
        render_text(compose_letter(facts, "withdraw_consent", "en", letter_date=LETTER_DAY)).split()
    )
    assert ("本人从未单独同意" in zh) is claims_never
    assert ("I never gave separate consent" in en) is claims_never
    # Whatever is known, the withdrawal itself is always made, citing PIPL 15(1).
    assert "本人在此明确撤回该同意" in zh and "第十五条第一款" in zh
    assert "I hereby expressly withdraw it" in en and "Article 15(1)" in en


def test_ended_relationship_does_not_claim_the_handler_stopped_its_business() -> None:
    """PIPL 47(1)(ii) for a member who left: the service ended *for the sender*; the letter must not
    say the handler stopped providing its service altogether (a fact the record does not hold)."""
    facts = {
        "jurisdiction": "CN",
        "date": "2025-09-01",
        "place_type": "gym_or_sports_venue",
        "consent": "separate",
        "purpose": "access_control",
        "relationship_ended": True,
    }
    zh = re.sub(r"\s+", "", render_text(compose_letter(facts, "deletion", "zh-CN", letter_date=LETTER_DAY)))
    en = " ".join(render_text(compose_letter(facts, "deletion", "en", letter_date=LETTER_DAY)).split())
    assert "第四十七条第一款第（一）项、第（二）项" in zh
    assert "贵方已不再向本人提供相关产品或者服务" in zh and "贵方已停止提供" not in zh
    assert "you no longer provide me with the product or service concerned" in en
