"""Citation formatting (Chinese numerals, English, PDPO) and verbatim quotes."""

from __future__ import annotations

import pytest

from app.errors import QuoteUnavailable, UnknownCitation
from app.rules import Citation, RuleLibrary, format_citation, load_library
from app.rules.numerals import from_chinese, to_chinese, to_roman_lower


@pytest.fixture(scope="module")
def library() -> RuleLibrary:
    return load_library()


@pytest.mark.parametrize(
    ("number", "chinese"),
    [
        (1, "一"),
        (10, "十"),
        (11, "十一"),
        (16, "十六"),
        (20, "二十"),
        (47, "四十七"),
        (100, "一百"),
        (101, "一百零一"),
        (110, "一百一十"),
        (253, "二百五十三"),
        (497, "四百九十七"),
        (1000, "一千"),
        (1001, "一千零一"),
        (1010, "一千零一十"),
        (1033, "一千零三十三"),
        (1034, "一千零三十四"),
        (1100, "一千一百"),
        (1260, "一千二百六十"),
    ],
)
def test_chinese_numerals(number: int, chinese: str) -> None:
    assert to_chinese(number) == chinese
    assert from_chinese(chinese) == number


def test_chinese_numerals_round_trip() -> None:
    assert all(from_chinese(to_chinese(n)) == n for n in range(1, 10000))


@pytest.mark.parametrize("bad", [0, -1, 10000])
def test_chinese_numerals_refuse_out_of_range(bad: int) -> None:
    with pytest.raises(ValueError):
        to_chinese(bad)


@pytest.mark.parametrize("bad", ["", "十十", "一二", "百千", "abc"])
def test_from_chinese_refuses_garbage(bad: str) -> None:
    with pytest.raises(ValueError):
        from_chinese(bad)


def test_roman_items() -> None:
    assert [to_roman_lower(n) for n in (1, 2, 3, 4, 5, 9, 10, 14)] == [
        "i",
        "ii",
        "iii",
        "iv",
        "v",
        "ix",
        "x",
        "xiv",
    ]


@pytest.mark.parametrize(
    ("citation", "lang", "expected"),
    [
        (Citation("PIPL", "47", 1, 3), "zh-CN", "《中华人民共和国个人信息保护法》第四十七条第一款第（三）项"),
        (Citation("PIPL", "47", 1, 3), "zh-HK", "《中華人民共和國個人信息保護法》第四十七條第一款第（三）項"),
        (
            Citation("PIPL", "47", 1, 3),
            "en",
            "Article 47(1)(iii) of the Personal Information Protection Law of the People's Republic of China",
        ),
        (Citation("PIPL", "50"), "zh-CN", "《中华人民共和国个人信息保护法》第五十条"),
        (Citation("CIVIL_CODE", "1034", 2), "zh-CN", "《中华人民共和国民法典》第一千零三十四条第二款"),
        (
            Citation("CIVIL_CODE", "1033", None, 2),
            "zh-CN",
            "《中华人民共和国民法典》第一千零三十三条第（二）项",
        ),
        (
            Citation("CIVIL_CODE", "1033", None, 2),
            "en",
            "Article 1033(ii) of the Civil Code of the People's Republic of China",
        ),
        (Citation("CIVIL_CODE", "497"), "zh-CN", "《中华人民共和国民法典》第四百九十七条"),
        (Citation("CRIMINAL_LAW", "253-1"), "zh-CN", "《中华人民共和国刑法》第二百五十三条之一"),
        (
            Citation("CRIMINAL_LAW", "253-1"),
            "en",
            "Article 253-1 of the Criminal Law of the People's Republic of China",
        ),
        (Citation("NDSR_2024", "22", 1, 2), "zh-CN", "《网络数据安全管理条例》第二十二条第一款第（二）项"),
        (Citation("FACE_MEASURES_2025", "10", 2), "zh-CN", "《人脸识别技术应用安全管理办法》第十条第二款"),
        (Citation("HANGZHOU_PROPERTY", "50", 3), "zh-CN", "《杭州市物业管理条例》第五十条第三款"),
        (Citation("TIANJIN_CREDIT", "16", 2), "zh-CN", "《天津市社会信用条例》第十六条第二款"),
        (Citation("HK_PDPO", "s18"), "en", "section 18 of the Personal Data (Privacy) Ordinance (Cap. 486)"),
        (Citation("HK_PDPO", "s19"), "zh-HK", "《個人資料（私隱）條例》（第486章）第19條"),
        (Citation("HK_PDPO", "s26"), "zh-CN", "《个人资料（私隐）条例》（第486章）第26条"),
        (Citation("HK_PDPO", "DPP1"), "en", "Data Protection Principle 1"),
        (Citation("HK_PDPO", "DPP2"), "zh-HK", "保障資料第2原則"),
        (Citation("HK_PDPO", "DPP1"), "zh-CN", "保障资料第1原则"),
    ],
)
def test_format_citation(citation: Citation, lang: str, expected: str, library: RuleLibrary) -> None:
    assert format_citation(citation, lang, library) == expected


@pytest.mark.parametrize(
    "citation",
    [
        Citation("PIPL", "99"),
        Citation("PIPL", "47", 3),
        Citation("PIPL", "47", 1, 6),
        Citation("PIPL", "47", 2, 1),
        Citation("NOPE", "1"),
        Citation("PIPL", "47", None, 3),  # PIPL 47 has two paragraphs: an item needs its paragraph
        Citation("PIPL", "47", 0),
        Citation("TIANJIN_CREDIT", "16", -1),
        Citation("PIPL", "47", True),  # type: ignore[arg-type]
    ],
)
def test_unknown_citations_are_refused(citation: Citation, library: RuleLibrary) -> None:
    with pytest.raises(UnknownCitation):
        format_citation(citation, "zh-CN", library)
    with pytest.raises(UnknownCitation):
        library.quote(citation)


def test_quote_item_paragraph_article(library: RuleLibrary) -> None:
    assert library.quote(Citation("PIPL", "47", 1, 3)) == "（三）个人撤回同意；"
    paragraph = library.quote(Citation("PIPL", "47", 1))
    assert paragraph.startswith("有下列情形之一的，个人信息处理者应当主动删除个人信息")
    assert paragraph.splitlines()[-1] == "（五）法律、行政法规规定的其他情形。"
    whole = library.quote(Citation("PIPL", "47"))
    assert whole.splitlines()[-1].startswith("法律、行政法规规定的保存期限未届满")
    assert len(whole.splitlines()) == 7
    assert (
        library.quote(Citation("CIVIL_CODE", "1033", None, 2))
        == "（二）进入、拍摄、窥视他人的住宅、宾馆房间等私密空间；"
    )
    assert "十日内作出答复" in library.quote(Citation("HANGZHOU_PROPERTY", "50", 3))


@pytest.mark.parametrize(
    "citation",
    [Citation("HK_PDPO", "s26"), Citation("TIANJIN_CREDIT", "16", 2), Citation("CIVIL_CODE", "497")],
)
def test_no_quote_without_an_official_text(citation: Citation, library: RuleLibrary) -> None:
    assert not library.has_text(citation)
    with pytest.raises(QuoteUnavailable):
        library.quote(citation)
