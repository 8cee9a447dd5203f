"""Reads the official statute texts in resources/texts/ into articles → paragraphs → items.

The texts are Markdown copies of the official publications: headings (#), an optional
`<!-- INFO END -->` marker, then articles that start with `第N条` (or `第N条之M`) followed by a space.
Each further non-empty line of an article is either an item `（一）…` (belonging to the paragraph
before it) or a new paragraph. Lines are kept exactly as printed: the library quotes them verbatim.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from app.rules.numerals import from_chinese

_ARTICLE = re.compile(
    r"^第([零一二三四五六七八九十百千]+)条(?:之([一二三四五六七八九十]+))?[ \u3000]+(\S.*)$"
)
_ITEM = re.compile(r"^（([一二三四五六七八九十]+)）")


@dataclass
class ParsedParagraph:
    text: str
    items: list[str] = field(default_factory=list)


@dataclass
class ParsedArticle:
    number: str  # "47", "253-1"
    paragraphs: list[ParsedParagraph] = field(default_factory=list)


def article_number(main: str, sub: str | None) -> str:
    number = str(from_chinese(main))
    return f"{number}-{from_chinese(sub)}" if sub else number


def parse_statute(text: str) -> dict[str, ParsedArticle]:
    """Every article of one statute text, keyed by its article string ("47", "253-1")."""
    articles: dict[str, ParsedArticle] = {}
    current: ParsedArticle | None = None
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#") or line.startswith("<!--"):
            continue
        heading = _ARTICLE.match(line)
        if heading:
            number = article_number(heading.group(1), heading.group(2))
            if number in articles:
                raise ValueError(f"article {number} appears twice")
            current = ParsedArticle(number, [ParsedParagraph(heading.group(3))])
            articles[number] = current
            continue
        if current is None:
            continue  # title block and preamble before the first article
        item = _ITEM.match(line)
        if item:
            expected = len(current.paragraphs[-1].items) + 1
            if from_chinese(item.group(1)) != expected:
                raise ValueError(f"article {current.number}: item {item.group(1)} out of order")
            current.paragraphs[-1].items.append(line)
        else:
            current.paragraphs.append(ParsedParagraph(line))
    return articles


def parse_statute_file(path: Path) -> dict[str, ParsedArticle]:
    return parse_statute(path.read_text(encoding="utf-8"))
