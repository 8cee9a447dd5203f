"""Issue 16: what the app shows in 繁體中文（香港） is Hong Kong Traditional Chinese.

Fails if a zh-HK string (the rule library's zh-HK text, the zh_HK UI translations, the zh-HK letter
phrases, or the rights panel as rendered) contains a Simplified-only character, a mainland or Taiwan
term where Hong Kong says it differently, or the second of two variant forms we settled on; and if
any text of the rule library the app shows lacks a zh-HK version (it would fall back to Simplified).
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from typing import Any

import pytest
from opencc_purepy import OpenCC

from app.paths import resources_path

# Characters that are also ordinary Traditional characters (OpenCC maps them only in some words).
_ALSO_TRADITIONAL = set("干台秘才里面只系范征冲游布松余准云谷志制卷朴托斗舍折借向出回周表")
# term → what Hong Kong writes instead (mainland / Taiwan usage, or the variant we do not use).
FORBIDDEN_TERMS = {
    "資訊": "資料",
    "重新整理": "重新載入",
    "什麼": "甚麼",
    "啓": "啟",
    "説": "說",
    "閲": "閱",
    "軟體": "軟件",
    "網路": "網絡",
    "視頻": "影片",
    "默認": "預設",
    "賬本": "帳本",
    "人臉賬": "人臉帳",
    "周歲": "歲",
    "攝像頭": "攝影機",
    "短信": "短訊",
    "登錄": "登入",
    "營銷": "市場推廣",
    "你": "您",
    "“": "「",
    "”": "」",
}
# Official titles of mainland instruments keep their words (個人信息保護法 is a name, not prose).
_TITLE = re.compile(r"《[^》]*》")
_MAINLAND_TERMS_IN_PROSE = {"信息": "資料", "合同": "合約", "小區": "屋苑", "運營": "營運"}

_s2t = OpenCC("s2t")
_t2s = OpenCC("t2s")

# Messages whose Simplified text is the point (an example of searching mainland rules).
_INTENTIONAL = {("RulesPage", "Search the rules, e.g. 单独同意 or consent")}


def simplified_only(text: str) -> set[str]:
    return {
        ch
        for ch in set(text)
        if ch not in _ALSO_TRADITIONAL and _s2t.convert(ch) != ch and _t2s.convert(ch) == ch
    }


def _proper_names() -> set[str]:
    library = json.loads(resources_path("rules", "library.json").read_text(encoding="utf-8"))
    names: set[str] = set()
    for instrument in library["instruments"]:
        for key in ("names", "short_names", "issuer", "cite_name"):
            value = instrument.get(key) or {}
            if isinstance(value, dict) and value.get("zh-HK"):
                names.add(value["zh-HK"])
    names.add("侵犯公民個人信息罪")  # the crime's name in the Criminal Law
    return names


def problems(text: str, proper_names: set[str]) -> list[str]:
    found = [f"Simplified-only {sorted(simplified_only(text))}"] if simplified_only(text) else []
    found += [f"{term} (Hong Kong: {hk})" for term, hk in FORBIDDEN_TERMS.items() if term in text]
    prose = _TITLE.sub("", text)
    for name in sorted(proper_names, key=len, reverse=True):
        prose = prose.replace(name, "")
    found += [f"{term} (Hong Kong: {hk})" for term, hk in _MAINLAND_TERMS_IN_PROSE.items() if term in prose]
    return found


def _library_texts() -> Iterator[tuple[str, dict[str, Any]]]:
    library = json.loads(resources_path("rules", "library.json").read_text(encoding="utf-8"))

    def walk(node: Any, path: str) -> Iterator[tuple[str, dict[str, Any]]]:
        if isinstance(node, dict):
            if isinstance(node.get("zh-CN"), str):
                yield path, node
            for key, value in node.items():
                yield from walk(value, f"{path}.{key}")
        elif isinstance(node, list):
            for index, value in enumerate(node):
                yield from walk(value, f"{path}[{index}]")

    yield from walk(library, "")


def _ts_texts() -> Iterator[tuple[str, str, str]]:
    root = ET.parse(resources_path("i18n", "faceledger_zh_HK.ts")).getroot()
    for context in root.findall("context"):
        name = context.findtext("name") or ""
        for message in context.findall("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("vanished", "obsolete"):
                continue
            text = "".join(translation.itertext())
            if text.strip():
                yield name, message.findtext("source") or "", text


def test_every_library_text_the_app_shows_has_hong_kong_text() -> None:
    missing = [path for path, text in _library_texts() if not str(text.get("zh-HK") or "").strip()]
    assert missing == []


def test_library_zh_hk_is_hong_kong_traditional() -> None:
    names = _proper_names()
    bad = {path: problems(text["zh-HK"], names) for path, text in _library_texts() if text.get("zh-HK")}
    assert {path: p for path, p in bad.items() if p} == {}


def test_ui_translations_are_hong_kong_traditional() -> None:
    names = _proper_names()
    bad = {
        f"{context}: {source[:50]}": problems(text, names)
        for context, source, text in _ts_texts()
        if (context, source) not in _INTENTIONAL
    }
    assert {key: p for key, p in bad.items() if p} == {}


def test_letter_phrases_are_hong_kong_traditional() -> None:
    phrases = json.loads(resources_path("templates", "letters", "zh-HK.json").read_text(encoding="utf-8"))
    names = _proper_names()

    def strings(node: Any, path: str) -> Iterator[tuple[str, str]]:
        if isinstance(node, str):
            yield path, node
        elif isinstance(node, dict):
            for key, value in node.items():
                yield from strings(value, f"{path}.{key}")
        elif isinstance(node, list):
            for index, value in enumerate(node):
                yield from strings(value, f"{path}[{index}]")

    bad = {path: problems(text, names) for path, text in strings(phrases, "")}
    assert {path: p for path, p in bad.items() if p} == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("人脸资料", "Simplified-only"),
        ("個人資訊", "資訊"),
        ("請按重新整理", "重新整理"),
        ("是什麼", "什麼"),
        ("開啓", "啓"),
        ("處理個人信息", "信息"),
        ("你的帳本", "你"),
    ],
)
def test_the_check_catches_what_it_should(text: str, expected: str) -> None:
    assert any(expected in p for p in problems(text, set()))


def test_the_check_passes_hong_kong_text_and_official_titles() -> None:
    names = _proper_names()
    assert problems("《中華人民共和國個人信息保護法》第四十七條：您可以要求刪除人臉資料。", names) == []
    assert problems("請檢查這台電腦的日期。", names) == []


def test_rights_panel_as_shown_in_zh_hk(qapp: Any) -> None:
    from app.rules import check, load_library
    from ui.widgets.grounds_panel import GroundsPanel

    facts = {
        "jurisdiction": "CN",
        "date": "2025-03-01",
        "place_type": "residential_compound",
        "city": "杭州",
        "handler": {"name": "杭州某某物業服務有限公司", "kind": "property_manager"},
        "notice": "none",
        "consent": "forced",
        "alternative": "refused",
        "service_refused_without_face": True,
        "transmitted_off_device": "yes",
        "shared_or_sold": True,
        "leaked": True,
        "contract_terms": "unlimited_or_irrevocable",
        "relationship_ended": True,
        "subject_under_14": True,
        "purpose": "security",
    }
    library = load_library()
    qapp.translators.install("zh_HK")
    panel = GroundsPanel()
    panel.show_result(check(facts, library), library)
    shown = panel.browser.toPlainText()
    assert len(panel.ground_ids) >= 10
    names = _proper_names()
    # Facts the person typed (the handler's name) may be in any script; the rest must be HK text.
    assert problems(shown.replace("杭州某某物業服務有限公司", ""), names) == []
    assert "第" in shown and "條" in shown
