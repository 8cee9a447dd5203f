"""Every scenario × every request type × every language that fits: the letter generates, its PDF embeds
every font, the Chinese text comes back out of the PDF, quotes are verbatim, and the jurisdiction
rules hold (no mainland instrument in a Hong Kong letter, no 法定期限 in a mainland letter)."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from app.letters import Letter, compose_letter, render_pdf, render_text
from app.letters.fonts import missing_glyphs
from app.letters.linebreak import NO_LINE_END, NO_LINE_START
from app.rules import Citation, format_citation, load_library
from tests.unit.letterutil import (
    LANGS,
    MAINLAND_INSTRUMENTS,
    SENDER_CN,
    SENDER_HK,
    chronology_for,
    load_scenario,
    official_texts,
    pdffonts,
    pdftotext,
    scenario_paths,
    scenario_types,
    squash,
)

LETTER_DATE = date(2026, 11, 22)


def _cases() -> list[tuple[str, str, tuple[str, ...]]]:
    cases: list[tuple[str, str, tuple[str, ...]]] = []
    for path in scenario_paths():
        scenario = load_scenario(path.stem)
        types = scenario_types(scenario)
        handler_types = tuple(t for t in types if t not in ("complaint", "reminder"))
        for lang in LANGS[scenario["facts"]["jurisdiction"]]:
            combos = {handler_types, *((t,) for t in types), ("reminder",)}
            cases.extend((path.stem, lang, combo) for combo in sorted(combos))
    return cases


CASES = _cases()


def _compose(name: str, lang: str, types: tuple[str, ...]) -> tuple[dict[str, Any], Letter]:
    facts = load_scenario(name)["facts"]
    jurisdiction = facts["jurisdiction"]
    sender = SENDER_HK if jurisdiction == "HK" else SENDER_CN
    chronology = chronology_for(jurisdiction) if types in (("reminder",), ("complaint",)) else None
    letter = compose_letter(facts, types, lang, sender=sender, letter_date=LETTER_DATE, chronology=chronology)
    return facts, letter


def test_every_scenario_is_covered() -> None:
    names = {c[0] for c in CASES}
    assert names == {p.stem for p in scenario_paths()} and len(names) >= 4
    # every scenario's required request types are among the cases, in every fitting language
    for path in scenario_paths():
        scenario = load_scenario(path.stem)
        for t in scenario["request_types_include"]:
            for lang in LANGS[scenario["facts"]["jurisdiction"]]:
                assert (path.stem, lang, (t,)) in CASES


@pytest.mark.parametrize(
    ("name", "lang", "types"), CASES, ids=[f"{n}-{lang}-{'+'.join(t)}" for n, lang, t in CASES]
)
def test_letter_pdf_and_text(name: str, lang: str, types: tuple[str, ...], tmp_path: Path) -> None:
    facts, letter = _compose(name, lang, types)
    library = load_library()
    text = render_text(letter)
    flat = " ".join(text.split())  # the wrapped lines joined back into sentences
    pdf_path = tmp_path / "letter.pdf"
    pdf_bytes = render_pdf(letter)
    pdf_path.write_bytes(pdf_bytes)
    assert len(pdf_bytes) <= 200_000

    # Every font is embedded (a subset), and the text comes back out.
    fonts = pdffonts(pdf_path)
    assert fonts and all(f["emb"] == "yes" and f["uni"] == "yes" for f in fonts), fonts
    extracted = squash(pdftotext(pdf_path))
    assert squash(letter.reference) in extracted
    handler = facts["handler"]["name"]
    assert squash(handler) in extracted
    assert squash(handler) in squash(text)

    # No glyph is missing from the fonts (no tofu).
    assert missing_glyphs(text) == set()

    # Quotes are verbatim statute text, and they appear in the letter inside quotation marks.
    for quote in letter.quotes():
        shared, resources = official_texts(quote.citation.instrument)
        assert quote.text in shared and quote.text in resources, quote
        assert quote.text in text.replace("\n", "") or squash(quote.text) in squash(text)
        # A quote may run over a page break: read the body without the running header and footer.
        body = "\n".join(
            line
            for line in pdftotext(pdf_path).splitlines()
            if not re.fullmatch(
                r"\s*(编号：|編號：|Ref\. )FL-\S+\s*|.*(第 ?\d+ ?页|第 ?\d+ ?頁|Page \d+ of \d+).*", line
            )
        )
        assert squash(quote.text) in squash(body)

    cited = {c.instrument for c in letter.citations}
    if facts["jurisdiction"] == "HK":
        assert cited <= {"HK_PDPO"}, cited
        for instrument in MAINLAND_INSTRUMENTS:
            inst = library.instrument(instrument)
            for name_text in (inst.name("zh-CN"), inst.name("en"), inst.name("zh-HK")):
                assert squash(name_text) not in squash(text), (instrument, name_text)
        for word in ("PIPL", "个人信息保护法", "個人信息保護法", "民法典", "people's court", "人民法院"):
            assert word not in text
        assert "right to erasure" not in text.lower()
    else:
        assert "HK_PDPO" not in cited
        assert "法定期限" not in text and "法定期限" not in extracted
        assert "statutory period" not in text.lower()
        assert "Ordinance" not in text and "條例" not in text
        # Every mainland letter says face information is sensitive personal information.
        assert "敏感个人信息" in flat or "sensitive personal information" in flat

    if lang.startswith("zh") or facts["jurisdiction"] == "CN":
        # Every cited instrument's full Chinese name is in the PDF text; for zh letters also each
        # article in Chinese numerals (第二十九条) or, for the PDPO, 第18條.
        for c in letter.citations:
            zh_lang = "zh-HK" if facts["jurisdiction"] == "HK" else "zh-CN"
            instrument = library.instrument(c.instrument)
            if instrument.jurisdiction == "CN" or lang == "zh-HK":
                assert squash(instrument.name(zh_lang)) in extracted, c
            if lang.startswith("zh"):
                article = format_citation(Citation(c.instrument, c.article), zh_lang, library)
                article_part = article.split("》")[-1].split("）")[-1] if "》" in article else article
                assert squash(article_part) in extracted, (c, article_part)

    # Line breaking of the plain text: closing punctuation never starts a line, opening never ends one.
    for line in text.splitlines():
        stripped = line.strip(" \u3000")
        if stripped:
            assert stripped[0] not in NO_LINE_START or stripped[0] in "…—", line
            assert stripped[-1] not in NO_LINE_END, line


def test_hong_kong_zh_hk_uses_hong_kong_terms() -> None:
    _, letter = _compose("hong-kong-building-access", "zh-HK", ("hk_data_access", "hk_erasure"))
    text = render_text(letter)
    for term in (
        "資料使用者",
        "查閱資料要求",
        "個人資料（私隱）條例",
        "第18條",
        "第26條",
        "40日",
        "私隱專員公署",
    ):
        assert term in text, term
    # Traditional characters, not Simplified ones.
    for simplified in ("资料", "个人", "条例", "删除", "查阅"):
        assert simplified not in text, simplified


def test_hong_kong_period_is_statutory_and_erasure_is_a_duty() -> None:
    _, letter = _compose("hong-kong-building-access", "en", ("hk_data_access", "hk_erasure"))
    text = " ".join(render_text(letter).split())
    assert (
        letter.reply_period is not None and letter.reply_period.days == 40 and letter.reply_period.statutory
    )
    assert "within 40 days after receiving it" in text
    assert "section 19" in text and "section 18" in text and "section 26" in text
    assert "Data Protection Principle 1" in text
    assert "erase personal data that are no longer required" in text


def test_mainland_period_is_asked_not_claimed() -> None:
    _, letter = _compose("residential-gate-beijing", "zh-CN", ("deletion",))
    text = render_text(letter).replace("\n", "")
    assert letter.reply_period is not None and not letter.reply_period.statutory
    assert "请贵方于收到本函之日起十五个工作日内书面答复" in text
    assert "参照监管实践" in text and "法定" not in text
