"""Every literal `translate("Context", "text", …)` in ui/ reaches the .ts files, and the contexts of
Settings → Rule updates, the advocacy tools and the missing-changes warning are fully translated.

Why: pyside6-lupdate 6.11 SILENTLY skips a call whose `n` argument is an expression
(`translate("X", "%n record(s)", None, len(rows))` or `…, None, stats.total)`): the string then never
reaches translators and Chinese users read English. Pass `n` as a plain name. (Qt-free: parses the
Python sources with `ast` and the .ts files with ElementTree.)
"""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
TS_FILES = sorted((REPO / "resources" / "i18n").glob("faceledger_*.ts"))
FULLY_TRANSLATED = (
    "CaseTools",
    "UpdateSettings",
    "MissingChanges",
    "DuePage",
    "StatisticsPage",
    "ReplyDialog",
)

# Calls whose count argument lupdate cannot extract; remove an entry once its call passes `n` as a
# plain name. The test fails on any NEW gap.
KNOWN_GAPS: set[tuple[str, str]] = set()


def literal_calls() -> list[tuple[str, str, str]]:
    found = []
    for path in sorted((REPO / "ui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or len(node.args) < 2:
                continue
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            context, text = node.args[0], node.args[1]
            if name == "translate" and isinstance(context, ast.Constant) and isinstance(text, ast.Constant):
                found.append((str(context.value), str(text.value), f"{path.relative_to(REPO)}:{node.lineno}"))
    return found


def ts_messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(path).getroot()
    return {
        (ctx.findtext("name") or "", message.findtext("source") or ""): message
        for ctx in root.findall("context")
        for message in ctx.findall("message")
    }


def test_there_are_ts_files() -> None:
    assert {p.name for p in TS_FILES} >= {"faceledger_zh_CN.ts", "faceledger_en.ts", "faceledger_zh_HK.ts"}


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_every_literal_call_is_extracted(ts: Path) -> None:
    messages = ts_messages(ts)
    missing = [
        f"{where} {context}: {text!r}"
        for context, text, where in literal_calls()
        if (context, text) not in messages and (context, text) not in KNOWN_GAPS
    ]
    assert not missing, "not in the .ts (pass n as a plain name, then re-run lupdate):\n" + "\n".join(missing)


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_these_contexts_are_fully_translated(ts: Path) -> None:
    unfinished = [
        f"{context}: {source!r}"
        for (context, source), message in ts_messages(ts).items()
        if context in FULLY_TRANSLATED
        and (
            (translation := message.find("translation")) is None
            or translation.get("type") in ("unfinished", "vanished", "obsolete")
            or not "".join(translation.itertext()).strip()
        )
    ]
    assert not unfinished, "\n".join(unfinished)


def test_plural_count_in_chinese_keeps_the_number() -> None:
    """Chinese translations of "%n …" strings must keep %n (or the count disappears)."""
    for ts in TS_FILES:
        if "zh_" not in ts.name:
            continue
        for (context, source), message in ts_messages(ts).items():
            if context in FULLY_TRANSLATED and "%n" in source:
                assert "%n" in "".join(message.find("translation").itertext()), (ts.name, context, source)
