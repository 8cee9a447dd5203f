"""Issue 19 item 8: letter PDFs are linear in the length of long notes.

reportlab re-wraps a whole Paragraph on every page split, so one long block cost O(N²) (16k Chinese
characters 5.3 s, 64k unbroken 29 s, 999k never finished). app/letters/pdf.py now hands a long block
over in paragraphs of at most LINES_PER_PARAGRAPH finished lines.
"""

from __future__ import annotations

import subprocess
import time
from pathlib import Path

import pytest
from reportlab.platypus import Paragraph

from app.letters import compose_letter
from app.letters import pdf as letter_pdf
from app.letters.output import render

from .vaultutil import facts

NOTE = "门禁只能刷脸物业拒绝提供门禁卡"


def _paragraph_line_counts(monkeypatch: pytest.MonkeyPatch, letter: object) -> list[int]:
    seen: list[int] = []
    real_build = letter_pdf.build_a4_pdf

    def recording_build(story: list[object], **kw: object) -> bytes:
        def walk(items: list[object]) -> None:
            for item in items:
                if isinstance(item, Paragraph):
                    seen.append(item.text.count("<br/>") + 1)
                walk(list(getattr(item, "_content", []) or []))

        walk(story)
        return real_build(story, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(letter_pdf, "build_a4_pdf", recording_build)
    render(letter, "pdf")  # type: ignore[arg-type]
    return seen


def test_long_notes_are_split_into_bounded_paragraphs(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    notes = NOTE * 1000  # 15,000 characters
    letter = compose_letter(facts(notes=notes), "deletion", "zh-CN")
    counts = _paragraph_line_counts(monkeypatch, letter)
    assert max(counts) <= letter_pdf.LINES_PER_PARAGRAPH
    pdf = tmp_path / "letter.pdf"
    pdf.write_bytes(render(letter, "pdf"))
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    squashed = "".join(text.split())
    assert squashed.count(NOTE) >= 990, "the notes are all there (a page break may split one phrase)"


@pytest.mark.slow
def test_64k_unbroken_notes_finish_quickly() -> None:
    letter = compose_letter(facts(notes="a" * 64_000), "deletion", "zh-CN")
    started = time.perf_counter()
    render(letter, "pdf")
    assert time.perf_counter() - started < 20  # was 29 s on the reporting machine, now about 2 s


def test_a_word_longer_than_a_line_after_other_text_is_split() -> None:
    """"补充说明：aaaa…" used to leave the whole run on one line, which reportlab then re-wrapped
    in quadratic time (64k unbroken characters: 29 s)."""
    from app.letters.linebreak import break_lines

    def width_of(text: str) -> float:
        return 10.0 * len(text)

    lines = break_lines("补充说明：" + "a" * 3000, width_of, 400)
    assert len(lines) == (5 + 3000 + 39) // 40
    assert all(width_of(line) <= 400 for line in lines)
    assert "".join(lines) == "补充说明：" + "a" * 3000
