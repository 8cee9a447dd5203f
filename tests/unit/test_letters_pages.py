"""A typical request reads as a letter, not a brief: the public scenarios' suggested requests fit on
at most 2 A4 pages in zh-CN (and zh-HK) and 3 in English, counted by pdfinfo on the real PDF."""

from __future__ import annotations

import json
import re
import subprocess
from datetime import date
from pathlib import Path

import pytest

from app.letters import compose_letter, render_pdf
from app.rules import check
from tests.conftest import REFERENCE_SCENARIOS
from tests.unit.letterutil import SENDER_CN, SENDER_HK

MAX_PAGES = {"zh-CN": 2, "zh-HK": 2, "en": 3}
LANGS = {"CN": ("zh-CN", "en"), "HK": ("en", "zh-HK")}


def pdf_pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout
    match = re.search(r"^Pages:\s+(\d+)", info, re.MULTILINE)
    assert match, info
    return int(match[1])


@pytest.mark.parametrize("path", sorted(REFERENCE_SCENARIOS.glob("*.json")), ids=lambda p: p.stem)
def test_typical_request_page_count(path: Path, tmp_path: Path) -> None:
    facts = json.loads(path.read_text("utf-8"))["facts"]
    jurisdiction = facts["jurisdiction"]
    types = [t for t in check(facts).request_types if t != "complaint"]
    sender = SENDER_HK if jurisdiction == "HK" else SENDER_CN
    for lang in LANGS[jurisdiction]:
        letter = compose_letter(facts, types, lang, sender=sender, letter_date=date(2026, 11, 25))
        pdf = tmp_path / f"{lang}.pdf"
        pdf.write_bytes(render_pdf(letter))
        pages = pdf_pages(pdf)
        assert 1 <= pages <= MAX_PAGES[lang], (path.stem, lang, types, pages)


def test_page_count_can_fail(tmp_path: Path) -> None:
    """The measure is real: a letter padded with notes runs past two pages."""
    facts = json.loads((REFERENCE_SCENARIOS / "residential-gate-beijing.json").read_text("utf-8"))["facts"]
    facts["notes"] = "物业多次拒绝提供门禁卡。" * 120
    letter = compose_letter(facts, "deletion", "zh-CN", sender=SENDER_CN, letter_date=date(2026, 11, 25))
    pdf = tmp_path / "long.pdf"
    pdf.write_bytes(render_pdf(letter))
    assert pdf_pages(pdf) > MAX_PAGES["zh-CN"]
