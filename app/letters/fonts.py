"""Fonts for letter PDFs: a CJK font for Chinese and a Latin font for everything else.

The shipped CJK font (Droid Sans Fallback, Apache-2.0, resources/fonts/) has no Latin letters or
digits at all: it is a fallback font. Latin text, digits and typographic quotes therefore come from
Bitstream Vera (resources/fonts/, Bitstream Vera licence). Both are TrueType and reportlab embeds only
the glyphs a letter uses, so every font in the PDF is embedded and the file stays small.

`markup()` splits a string into runs by which font has the glyph and wraps each run in a
<font name=…> tag for reportlab's Paragraph, so mixed text ("2025年8月3日", an e-mail address inside a
Chinese sentence, a Chinese instrument name inside an English sentence) renders without tofu.
"""

from __future__ import annotations

import threading
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from app.paths import resources_path

CJK = "FaceLedgerCJK"
LATIN = "FaceLedgerLatin"
LATIN_BOLD = "FaceLedgerLatinBold"

_FILES = {
    CJK: "DroidSansFallback-FaceLedger-subset.ttf",
    LATIN: "Vera.ttf",
    LATIN_BOLD: "VeraBd.ttf",
}

_lock = threading.Lock()
_registered = False
_latin_chars: frozenset[int] = frozenset()
_cjk_chars: frozenset[int] = frozenset()


def register_fonts() -> None:
    """Register the fonts with reportlab once per process (parsing the CJK font takes ~0.1 s)."""
    global _registered, _latin_chars, _cjk_chars
    with _lock:
        if _registered:
            return
        fonts = {name: TTFont(name, str(resources_path("fonts", file))) for name, file in _FILES.items()}
        for font in fonts.values():
            pdfmetrics.registerFont(font)
        _latin_chars = frozenset(fonts[LATIN].face.charToGlyph)
        _cjk_chars = frozenset(fonts[CJK].face.charToGlyph)
        _registered = True


def font_for(char: str) -> str:
    """Latin font for what it covers (except CJK punctuation and full-width forms), else the CJK font."""
    code = ord(char)
    if code in _latin_chars and code < 0x2E80:
        return LATIN
    return CJK


def missing_glyphs(text: str) -> set[str]:
    """Characters neither font can draw (they would show as empty boxes)."""
    register_fonts()
    return {c for c in text if c not in "\n\t" and ord(c) not in _latin_chars and ord(c) not in _cjk_chars}


def markup(text: str, *, bold: bool = False) -> str:
    """Reportlab paragraph markup for `text`, one <font> run per font, XML-escaped."""
    register_fonts()
    latin = LATIN_BOLD if bold else LATIN
    runs: list[tuple[str, list[str]]] = []
    for char in text:
        name = font_for(char)
        if name == LATIN:
            name = latin
        if runs and runs[-1][0] == name:
            runs[-1][1].append(char)
        else:
            runs.append((name, [char]))
    return "".join(f'<font name="{name}">{escape("".join(chars))}</font>' for name, chars in runs)
