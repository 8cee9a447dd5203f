"""Citations in the forms letters use.

zh-CN (mainland instruments): 《中华人民共和国个人信息保护法》第四十七条第一款第（三）项,
zh-HK (mainland instruments): 《中華人民共和國個人信息保護法》第四十七條第一款第（三）項,
《中华人民共和国民法典》第一千零三十四条, 《中华人民共和国刑法》第二百五十三条之一.
en: Article 47(1)(iii) of the Personal Information Protection Law of the People's Republic of China.
Hong Kong: "section 18 of the Personal Data (Privacy) Ordinance (Cap. 486)", "Data Protection
Principle 1"; 《個人資料（私隱）條例》（第486章）第18條, 保障資料第1原則.
"""

from __future__ import annotations

import re

from app.rules.library import RuleLibrary
from app.rules.model import Citation, Instrument, localized
from app.rules.numerals import to_chinese, to_roman_lower

_NUMBERED = re.compile(r"^(\d+)(?:-(\d+))?$")
_SECTION = re.compile(r"^s(\d+[A-Z]?)$")
_PRINCIPLE = re.compile(r"^DPP(\d+)$")


def _is_chinese(lang: str) -> bool:
    return lang.startswith("zh")


def format_citation(c: Citation, lang: str, library: RuleLibrary) -> str:
    """One citation as it appears in a letter in `lang` ("zh-CN", "zh-HK" or "en")."""
    library.check_citation(c)
    instrument = library.instrument(c.instrument)
    if instrument.jurisdiction == "HK":
        return _format_hk(c, lang, instrument)
    return _format_mainland(c, lang, instrument)


def _cite_name(instrument: Instrument, lang: str) -> str:
    if instrument.cite_name is not None:
        return localized(instrument.cite_name, lang)
    name = instrument.name(lang)
    return f"《{name}》" if _is_chinese(lang) else f"the {name}"


def _format_mainland(c: Citation, lang: str, instrument: Instrument) -> str:
    numbered = _NUMBERED.match(c.article)
    if _is_chinese(lang):
        # zh-HK shows the instrument's title and the markers in Traditional characters (條, 項):
        # the same citation, written for a Hong Kong reader.
        tiao, xiang = ("條", "項") if lang == "zh-HK" else ("条", "项")
        if numbered:
            article = f"第{to_chinese(int(numbered.group(1)))}{tiao}"
            if numbered.group(2):
                article += f"之{to_chinese(int(numbered.group(2)))}"
        else:
            article = f"第{c.article}{tiao}"  # standards' clause numbers such as 8.7 stay in digits
        paragraph = f"第{to_chinese(c.paragraph)}款" if c.paragraph is not None else ""
        item = f"第（{to_chinese(c.item)}）{xiang}" if c.item is not None else ""
        return f"{_cite_name(instrument, lang)}{article}{paragraph}{item}"
    tail = f"({c.paragraph})" if c.paragraph is not None else ""
    tail += f"({to_roman_lower(c.item)})" if c.item is not None else ""
    return f"Article {c.article}{tail} of {_cite_name(instrument, lang)}"


def _format_hk(c: Citation, lang: str, instrument: Instrument) -> str:
    section = _SECTION.match(c.article)
    principle = _PRINCIPLE.match(c.article)
    sub = f"({c.paragraph})" if c.paragraph is not None else ""
    sub += f"({c.item})" if c.item is not None else ""
    if principle:
        number = principle.group(1)
        if lang == "zh-HK":
            return f"保障資料第{number}原則{sub}"
        if _is_chinese(lang):
            return f"保障资料第{number}原则{sub}"
        return f"Data Protection Principle {number}{sub}"
    if section:
        number = section.group(1)
        if _is_chinese(lang):
            marker = "條" if lang == "zh-HK" else "条"
            return f"{_cite_name(instrument, lang)}第{number}{sub}{marker}"
        return f"section {number}{sub} of {_cite_name(instrument, lang)}"
    raise ValueError(f"cannot format Hong Kong citation {c}")


def format_citations(
    citations: list[Citation] | tuple[Citation, ...], lang: str, library: RuleLibrary
) -> list[str]:
    return [format_citation(c, lang, library) for c in citations]
