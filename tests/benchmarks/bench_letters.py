"""Benchmark: composing and rendering one letter (PDF, text, .eml), median of N.

Callable by a benchmark runner (`bench_letters(n) -> dict`) and as a pytest marked `bench`:
    .venv/bin/pytest -m bench tests/benchmarks/bench_letters.py -s
    .venv/bin/python -m tests.benchmarks.bench_letters
"""

from __future__ import annotations

import json
import statistics
import time
from datetime import date
from typing import Any

import pytest

from app.letters import Sender, compose_letter, render_eml, render_pdf, render_text
from app.letters.fonts import register_fonts
from tests.conftest import REFERENCE_SCENARIOS

SCENARIO = REFERENCE_SCENARIOS / "residential-gate-beijing.json"
SENDER = Sender("张三", "13800000000", "zhang@example.com", "北京市朝阳区某路1号")
TYPES = "withdraw_consent,deletion,alternative_method"


def _facts() -> dict[str, Any]:
    facts: dict[str, Any] = json.loads(SCENARIO.read_text(encoding="utf-8"))["facts"]
    return facts


def bench_letters(n: int = 20) -> dict[str, Any]:
    """Median seconds for compose / PDF / text / eml of the residential-gate letter, plus the PDF size
    and the one-off cost of loading the fonts (first letter in a process)."""
    facts = _facts()
    start = time.perf_counter()
    register_fonts()
    font_load = time.perf_counter() - start
    compose_times: list[float] = []
    pdf_times: list[float] = []
    text_times: list[float] = []
    eml_times: list[float] = []
    size = 0
    pages_hint = 0
    for _ in range(n):
        t0 = time.perf_counter()
        letter = compose_letter(facts, TYPES, "zh-CN", sender=SENDER, letter_date=date(2026, 11, 22))
        t1 = time.perf_counter()
        pdf = render_pdf(letter)
        t2 = time.perf_counter()
        render_text(letter)
        t3 = time.perf_counter()
        render_eml(letter, pdf=pdf)
        t4 = time.perf_counter()
        compose_times.append(t1 - t0)
        pdf_times.append(t2 - t1)
        text_times.append(t3 - t2)
        eml_times.append(t4 - t3)
        size = len(pdf)
        pages_hint = pdf.count(b"/Type /Page\n")
    return {
        "name": "letters",
        "n": n,
        "font_load_s": round(font_load, 4),
        "compose_median_s": round(statistics.median(compose_times), 4),
        "pdf_median_s": round(statistics.median(pdf_times), 4),
        "compose_plus_pdf_median_s": round(
            statistics.median(c + p for c, p in zip(compose_times, pdf_times, strict=True)), 4
        ),
        "text_median_s": round(statistics.median(text_times), 4),
        "eml_with_pdf_median_s": round(statistics.median(eml_times), 4),
        "pdf_bytes": size,
        "pdf_pages": pages_hint,
    }


@pytest.mark.bench
def test_bench_letters() -> None:
    result = bench_letters(20)
    print(json.dumps(result, indent=2))
    assert result["compose_plus_pdf_median_s"] < 1.0
    assert result["pdf_bytes"] < 200_000


if __name__ == "__main__":
    print(json.dumps(bench_letters(20), indent=2))
