"""Golden files: the full text of three representative letters, reviewed line by line and frozen.

A change in wording, citations or order shows up here as a diff to review. To accept a reviewed
change: FACELEDGER_UPDATE_GOLDEN=1 .venv/bin/pytest tests/unit/test_letters_golden.py
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

from app.letters import Chronology, Letter, compose_letter, render_text
from tests.unit.letterutil import SENDER_CN, SENDER_HK, load_scenario

GOLDEN = Path(__file__).resolve().parents[1] / "golden"

REMINDER_CHRONOLOGY = Chronology.from_json(
    {
        "original_reference": "FL-20261122-7K3Q",
        "original_sent": "2026-11-22",
        "original_types": ["withdraw_consent", "deletion", "alternative_method"],
        "original_channel": "registered_mail",
        "tracking_number": "XA123456789CN",
        "delivered": "2026-11-24",
        "requested_reply_by": "2026-12-15",
        "events": [
            {
                "date": "2026-12-03",
                "kind": "note",
                "note": "本人到物业服务中心询问，工作人员口头表示“系统统一管理，无法单独删除”，"
                "未出具书面答复",
            }
        ],
        "evidence": ["小区东门人脸识别门禁照片（2025年8月3日拍摄）"],
    }
)


def _residential_gate() -> Letter:
    return compose_letter(
        load_scenario("residential-gate-beijing")["facts"],
        "withdraw_consent,deletion,alternative_method",
        "zh-CN",
        sender=SENDER_CN,
        letter_date=date(2026, 11, 22),
        reference="FL-20261122-7K3Q",
    )


def _hong_kong() -> Letter:
    return compose_letter(
        load_scenario("hong-kong-building-access")["facts"],
        "hk_data_access,hk_erasure",
        "en",
        sender=SENDER_HK,
        letter_date=date(2026, 11, 22),
        reference="FL-20261122-H2K5",
    )


def _reminder() -> Letter:
    return compose_letter(
        load_scenario("residential-gate-beijing")["facts"],
        "reminder",
        "zh-CN",
        sender=SENDER_CN,
        letter_date=date(2026, 12, 18),
        reference="FL-20261218-R3M8",
        chronology=REMINDER_CHRONOLOGY,
    )


CASES = {
    "residential-gate-beijing.zh-CN.withdraw-delete-alternative.txt": _residential_gate,
    "hong-kong-building-access.en.access-erasure.txt": _hong_kong,
    "residential-gate-beijing.zh-CN.reminder.txt": _reminder,
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_golden_letter_text(name: str) -> None:
    text = render_text(CASES[name]())
    path = GOLDEN / name
    if os.environ.get("FACELEDGER_UPDATE_GOLDEN") == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert path.exists(), (
        f"golden file missing: {path} (generate with FACELEDGER_UPDATE_GOLDEN=1 and review it)"
    )
    assert text == path.read_text(encoding="utf-8")


def test_golden_inputs_are_fixed() -> None:
    """The same inputs give the same letter (no clock, no randomness once date and reference are set)."""
    assert render_text(_reminder()) == render_text(_reminder())
    assert _residential_gate().to_json() == _residential_gate().to_json()
