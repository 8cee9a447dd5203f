"""Letter → plain text (UTF-8), wrapped for e-mail and for the golden-file tests.

Wrapping counts display columns (a Chinese character is two columns wide), never breaks inside a
Latin word, an e-mail address or a reference code, and follows the usual Chinese line-breaking rule:
closing punctuation (，。、；：）》」…) never starts a line and opening punctuation (（《「“) never ends one.
"""

from __future__ import annotations

from app.letters.linebreak import break_lines, is_wide
from app.letters.model import Block, BlockKind, Letter, Quote

WIDTH = 72

QUOTE_MARKS = {"zh-CN": ("“", "”"), "zh-HK": ("「", "」"), "en": ("“", "”")}


def block_text(block: Block, lang: str) -> str:
    """The block's wording with verbatim quotes inside the language's quotation marks."""
    opening, closing = QUOTE_MARKS.get(lang, ("“", "”"))
    return "".join(s if not isinstance(s, Quote) else f"{opening}{s.text}{closing}" for s in block.spans)


def _width(text: str) -> int:
    """Display columns: Chinese characters and full-width punctuation take two."""
    return sum(2 if is_wide(c) else 1 for c in text)


def wrap(text: str, width: int = WIDTH, first_indent: str = "", indent: str = "") -> list[str]:
    """Wrap to `width` columns with the same breaking rules as the PDF (linebreak.py)."""
    lines = break_lines(
        text,
        lambda t: float(_width(t)),
        float(width - _width(indent)),
        first_width=float(width - _width(first_indent)),
    )
    return [(first_indent if n == 0 else indent) + line for n, line in enumerate(lines)]


def render_text(letter: Letter, width: int = WIDTH) -> str:
    chinese = letter.lang.startswith("zh")
    para_indent = "　　" if chinese else ""  # two ideographic spaces, as a printed Chinese letter
    out: list[str] = []
    previous: BlockKind | None = None
    for block in letter.blocks:
        text = block_text(block, letter.lang)
        kind = block.kind
        if (
            out
            and previous is not BlockKind.REFERENCE
            and (
                kind in (BlockKind.HEADING, BlockKind.ADDRESSEE, BlockKind.CLOSING)
                or (kind is BlockKind.SIGNATURE and previous is not BlockKind.SIGNATURE)
                or (kind is BlockKind.PARAGRAPH and not chinese)
                or (kind is BlockKind.FIELD and previous not in (BlockKind.FIELD, BlockKind.CLOSING))
                or (kind is BlockKind.ITEM and previous not in (BlockKind.ITEM,) and not chinese)
            )
        ):
            out.append("")
        if kind is BlockKind.TITLE:
            for line in (part for raw in text.split("\n") for part in wrap(raw, width - 8)):
                out.append(" " * max(0, (width - _width(line)) // 2) + line)
            continue
        if kind is BlockKind.REFERENCE:
            pad = max(0, (width - _width(text)) // 2)
            out.append(" " * pad + text)
            out.append("")
            previous = kind
            continue
        for n, line in enumerate(text.split("\n")):
            if kind is BlockKind.ITEM and chinese:
                # Chinese documents: the label starts an indented line, the text runs on flush left.
                out.extend(wrap((block.label if n == 0 else "") + line, width, para_indent, ""))
            elif kind is BlockKind.ITEM:
                label = block.label + " " if n == 0 else ""
                hang = " " * _width(block.label + " ")
                out.extend(wrap(line, width, label or hang, hang))
            elif kind is BlockKind.FIELD:
                out.extend(wrap((block.label if n == 0 else "") + line, width, "", "  "))
            elif kind is BlockKind.PARAGRAPH or (kind is BlockKind.CLOSING and n == 0):
                out.extend(wrap(line, width, para_indent, ""))
            elif kind is BlockKind.CLOSING:
                out.extend(wrap(line, width))
            elif kind in (BlockKind.SIGNATURE, BlockKind.DATE):
                out.extend(wrap(line, width, " " * 32, " " * 32))
            else:
                out.extend(wrap(line, width))
        previous = kind
    return "\n".join(out).rstrip() + "\n"
