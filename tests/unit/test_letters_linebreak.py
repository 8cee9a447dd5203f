"""Chinese line breaking (linebreak.py), shared by the PDF and the plain text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from app.letters.linebreak import NO_LINE_END, NO_LINE_START, break_lines, units
from app.letters.text import wrap


def cols(text: str) -> float:
    return float(sum(2 if ord(c) >= 0x2E80 or c in "“”‘’" else 1 for c in text))


PIECES = st.sampled_from(
    [
        "人",
        "脸",
        "信",
        "息",
        "，",
        "。",
        "、",
        "；",
        "：",
        "（",
        "）",
        "《",
        "》",
        "“",
        "”",
        "第",
        "条",
        "2025",
        "FL-20261122-7K3Q",
        "zhang@example.com",
        " ",
        "Article",
        "47(1)(iii)",
        "of",
        "the",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(PIECES, min_size=1, max_size=120), st.integers(min_value=24, max_value=80))
def test_breaking_rules(pieces: list[str], width: int) -> None:
    text = "".join(pieces)
    lines = break_lines(text, cols, float(width))
    # Nothing is lost but spaces at the breaks.
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")
    for n, line in enumerate(lines):
        if not line:
            continue
        # A line is wider than allowed only when a word that cannot be split (or a carried group of
        # punctuation around one) takes most of it.
        if cols(line) > width:
            assert max(cols(u) for u in units(line)) > width / 2, (width, line)
        if n > 0 and len(units(lines[n - 1])) > 1:
            assert line[0] not in NO_LINE_START, lines
        if n < len(lines) - 1 and len(units(line)) > 1:
            assert line[-1] not in NO_LINE_END, lines


def test_latin_words_stay_whole() -> None:
    text = "请将书面答复寄送至本人下列联系地址或电子邮箱，并注明本函编号FL-20261122-7K3Q。"
    lines = wrap(text, 40)
    assert any("FL-20261122-7K3Q。" in line for line in lines)
    assert all(cols(line) <= 42 for line in lines)


def test_citation_brackets_do_not_dangle() -> None:
    text = (
        "（《中华人民共和国个人信息保护法》第四十七条第一款第（三）项、第（四）项、"
        "《中华人民共和国民法典》第一千零三十七条第二款）。"
    )
    for width in range(20, 70):
        lines = wrap(text, width)
        for n, line in enumerate(lines):
            if n:
                assert line[0] not in NO_LINE_START, (width, lines)
            if n < len(lines) - 1:
                assert line[-1] not in NO_LINE_END, (width, lines)
