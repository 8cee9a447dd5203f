"""Letter → PDF (reportlab platypus): A4, embedded font subsets, CJK line breaking, page x of y,
reference code on every page.

Metadata carries the title and language only: no author, no creator path, nothing personal beyond what
the letter itself says (a PDF's metadata travels with it and is easy to overlook).
"""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer
from reportlab.platypus.flowables import Flowable

from app.letters.fonts import CJK, LATIN, font_for, markup, register_fonts
from app.letters.linebreak import break_lines
from app.letters.model import Block, BlockKind, Letter
from app.letters.phrases import load_phrases
from app.letters.text import block_text

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 25 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 22 * mm
BODY_SIZE = 11.0
SMALL_SIZE = 8.5
FRAME_PADDING = 6.0  # platypus frames pad 6 pt on each side


def _styles(lang: str) -> dict[BlockKind, ParagraphStyle]:
    chinese = lang.startswith("zh")
    wrap = "CJK" if chinese else None
    indent = 2 * BODY_SIZE if chinese else 0.0  # Chinese paragraphs indent two characters
    base = ParagraphStyle(
        "body",
        fontName=CJK,
        bulletFontName=LATIN,
        bulletFontSize=BODY_SIZE,
        fontSize=BODY_SIZE,
        leading=BODY_SIZE * 1.65,
        wordWrap=wrap,
        splitLongWords=True,
        spaceAfter=4 if chinese else 6,
        alignment=TA_LEFT,
    )

    def style(name: str, **kw: Any) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **kw)

    return {
        BlockKind.TITLE: style("title", fontSize=15.5, leading=24, alignment=TA_CENTER, spaceAfter=14),
        BlockKind.REFERENCE: style("reference", fontSize=9.5, alignment=TA_CENTER, spaceAfter=14),
        BlockKind.ADDRESSEE: style("addressee", spaceAfter=6),
        BlockKind.HEADING: style(
            "heading", fontSize=BODY_SIZE + 0.5, spaceBefore=6, spaceAfter=4, keepWithNext=1
        ),
        BlockKind.PARAGRAPH: style("paragraph", firstLineIndent=indent),
        # Chinese: label inline on an indented first line, text flush left after it (公文 style);
        # English: hanging indent with the label in the margin.
        BlockKind.ITEM: style("item", firstLineIndent=indent)
        if chinese
        else style("item", leftIndent=BODY_SIZE * 1.8, bulletIndent=0),
        BlockKind.FIELD: style("field", spaceAfter=1),
        BlockKind.CLOSING: style("closing", firstLineIndent=indent, spaceBefore=4),
        BlockKind.SIGNATURE: style("signature", leftIndent=(PAGE_WIDTH - 2 * MARGIN_X) * 0.45, spaceAfter=1),
        BlockKind.DATE: style("date", leftIndent=(PAGE_WIDTH - 2 * MARGIN_X) * 0.45, spaceBefore=2),
    }


def _draw_mixed(
    canvas: Canvas, x: float, y: float, text: str, size: float, *, centre: bool, right: bool
) -> None:
    """Draw a one-line string in the fonts that have its glyphs (page numbers mix digits and 页)."""
    runs: list[tuple[str, str]] = []
    for char in text:
        name = font_for(char)
        if runs and runs[-1][0] == name:
            runs[-1] = (name, runs[-1][1] + char)
        else:
            runs.append((name, char))
    width = sum(stringWidth(t, n, size) for n, t in runs)
    if centre:
        x -= width / 2
    elif right:
        x -= width
    for name, chunk in runs:
        canvas.setFont(name, size)
        canvas.drawString(x, y, chunk)
        x += stringWidth(chunk, name, size)


def _numbered_canvas_class(reference_line: str, page_label: str) -> type[Canvas]:
    """A canvas that holds pages back until the end so every page can say 'page n of N'."""

    class NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab ships no type hints
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._saved_pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 (reportlab's name)
            self._saved_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._saved_pages)
            for number, state in enumerate(self._saved_pages, start=1):
                self.__dict__.update(state)
                self._decorate(number, total)
                super().showPage()
            super().save()

        def _decorate(self, number: int, total: int) -> None:
            self.saveState()
            self.setFillGray(0.35)
            _draw_mixed(
                self,
                PAGE_WIDTH - MARGIN_X,
                PAGE_HEIGHT - 13 * mm,
                reference_line,
                SMALL_SIZE,
                centre=False,
                right=True,
            )
            self.setStrokeGray(0.75)
            self.setLineWidth(0.4)
            self.line(MARGIN_X, PAGE_HEIGHT - 15 * mm, PAGE_WIDTH - MARGIN_X, PAGE_HEIGHT - 15 * mm)
            _draw_mixed(
                self,
                PAGE_WIDTH / 2,
                12 * mm,
                page_label.format(page=number, pages=total),
                SMALL_SIZE,
                centre=True,
                right=False,
            )
            self.restoreState()

    return NumberedCanvas


def _width_function(size: float) -> Callable[[str], float]:
    cache: dict[str, float] = {}

    def width_of(text: str) -> float:
        total = 0.0
        for char in text:
            w = cache.get(char)
            if w is None:
                w = cache[char] = stringWidth(char, font_for(char), size)
            total += w
        return total

    return width_of


# reportlab re-wraps a whole Paragraph each time it splits it across a page, so one block of N lines
# costs O(N²) (16k characters of notes took 5 s, 64k never finished; issue 19 item 8). A block is
# therefore handed over in paragraphs of at most this many finished lines, which flow on as one.
LINES_PER_PARAGRAPH = 30


def _flowables(block: Block, styles: dict[BlockKind, ParagraphStyle], lang: str) -> list[Flowable]:
    """The block as one Paragraph, or as several consecutive ones (no space between them, indent and
    bullet on the first only) when it is long; the text and line breaks are the same either way."""
    paragraph = _flowable(block, styles, lang)
    lines = paragraph.text.split("<br/>") if not paragraph.text.startswith("<bullet>") else None
    if lines is None or len(lines) <= LINES_PER_PARAGRAPH:
        return [paragraph]
    style = styles[block.kind]
    chunks = [lines[i : i + LINES_PER_PARAGRAPH] for i in range(0, len(lines), LINES_PER_PARAGRAPH)]
    out: list[Flowable] = []
    for n, chunk in enumerate(chunks):
        part = ParagraphStyle(
            f"{style.name}-part",
            parent=style,
            spaceBefore=style.spaceBefore if n == 0 else 0,
            spaceAfter=style.spaceAfter if n == len(chunks) - 1 else 0,
            firstLineIndent=style.firstLineIndent if n == 0 else 0,
        )
        out.append(Paragraph("<br/>".join(chunk), part))
    return out


def _flowable(block: Block, styles: dict[BlockKind, ParagraphStyle], lang: str) -> Paragraph:
    style = styles[block.kind]
    label = block.label if block.kind in (BlockKind.ITEM, BlockKind.FIELD) else ""
    inline_label = label and (block.kind is BlockKind.FIELD or lang.startswith("zh"))
    text = (label if inline_label else "") + block_text(block, lang)
    # We break the lines ourselves (see linebreak.py) and give reportlab finished lines; the small
    # margin keeps reportlab from re-breaking a line that fits to within rounding.
    available = PAGE_WIDTH - 2 * MARGIN_X - 2 * FRAME_PADDING - style.leftIndent - style.rightIndent - 0.5
    width_of = _width_function(style.fontSize)
    lines: list[str] = []
    for n, raw in enumerate(text.split("\n")):
        first = available - style.firstLineIndent if n == 0 else available
        lines.extend(break_lines(raw, width_of, available, first_width=first))
    bold = block.kind is BlockKind.HEADING and not lang.startswith("zh")  # the CJK font has no bold
    body = "<br/>".join(markup(line, bold=bold) for line in lines)
    if label and not inline_label:
        return Paragraph(f"<bullet>{markup(label)}</bullet>{body}", style)
    return Paragraph(body, style)


# A title line preferably ends after one of these (a phrase boundary), not inside a word like 查閱.
_TITLE_BREAK_AFTER = tuple("的及、》）和并與与")


def _title(block: Block, styles: dict[BlockKind, ParagraphStyle], lang: str) -> Paragraph:
    """A title that needs two lines is split into balanced lines, not a full line and an orphan, and
    in Chinese preferably at a phrase boundary."""
    style = styles[BlockKind.TITLE]
    text = block_text(block, lang)
    available = PAGE_WIDTH - 2 * MARGIN_X - 2 * FRAME_PADDING - 0.5
    width_of = _width_function(style.fontSize)
    lines = break_lines(text, width_of, available)
    if len(lines) > 1:
        candidates: list[list[str]] = []
        target = width_of(text) / len(lines) + style.fontSize
        while target < available:
            candidate = break_lines(text, width_of, target)
            if len(candidate) == len(lines) and candidate not in candidates:
                candidates.append(candidate)
            target += style.fontSize / 2
        natural = [c for c in candidates if all(line.endswith(_TITLE_BREAK_AFTER) for line in c[:-1])]
        if lang.startswith("zh") and natural:
            lines = natural[0]
        elif candidates:
            lines = candidates[0]
    return Paragraph("<br/>".join(markup(line) for line in lines), style)


def render_pdf(letter: Letter) -> bytes:
    register_fonts()
    phrases = load_phrases(letter.lang)
    styles = _styles(letter.lang)
    story: list[Flowable] = []
    # The closing, the attachments list and the signature stay on one page: a signature alone on the
    # last page invites a forged page in front of it.
    # The paragraph before the closing comes along, so the last page never holds the signature alone.
    closing = next(
        (i for i, b in enumerate(letter.blocks) if b.kind is BlockKind.CLOSING), len(letter.blocks)
    )
    tail_start = max(closing - 1, 0)
    tail: list[Flowable] = []
    previous: BlockKind | None = None
    for index, block in enumerate(letter.blocks):
        if block.kind is BlockKind.REFERENCE:
            continue  # the running header carries the reference code on every page
        target = tail if index >= tail_start else story
        if block.kind is BlockKind.SIGNATURE and previous is not BlockKind.SIGNATURE:
            target.append(Spacer(1, 12))  # room above the signature block
        if block.kind is BlockKind.TITLE:
            target.append(_title(block, styles, letter.lang))
        else:
            target.extend(_flowables(block, styles, letter.lang))
        previous = block.kind
    if tail:
        story.append(KeepTogether(tail))
    return build_a4_pdf(
        story,
        title=letter.title,
        lang=letter.lang,
        running_header=phrases.get("page.reference", reference=letter.reference),
        page_number=phrases.get("page.number", page="{page}", pages="{pages}"),
    )


def build_a4_pdf(story: list[Any], *, title: str, lang: str, running_header: str, page_number: str) -> bytes:
    """The A4 page every FaceLedger PDF uses (letters, dossiers, statistics): our margins, the running
    header on each page, "page X of Y" (`page_number` with {page} and {pages}), embedded fonts only,
    and no personal metadata beyond the title."""
    register_fonts()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=title,
        author="",
        subject="",
        creator="",
        keywords="",
        lang=lang,
        # Otherwise reportlab declares Helvetica on every page: a font that is never embedded.
        initialFontName=LATIN,
    )
    doc.build(story, canvasmaker=_numbered_canvas_class(running_header, page_number))
    return buffer.getvalue()
