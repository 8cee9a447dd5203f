"""Shared helpers for the letter tests: scenarios, a sender, PDF inspection with poppler."""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
from pathlib import Path
from typing import Any

from app.letters import Chronology, Sender
from app.paths import resources_path
from app.rules import check
from tests.conftest import REFERENCE_SCENARIOS, official_sha256

REPO = Path(__file__).resolve().parents[2]
SCENARIO_DIR = REFERENCE_SCENARIOS  # the four public reference scenarios

LANGS = {"CN": ("zh-CN", "en"), "HK": ("en", "zh-HK")}
MAINLAND_INSTRUMENTS = (
    "PIPL",
    "CIVIL_CODE",
    "SPC_FACE_2021",
    "FACE_MEASURES_2025",
    "NDSR_2024",
    "CRIMINAL_LAW",
    "SPC_SPP_PI_CRIME_2017",
    "HANGZHOU_PROPERTY",
    "TIANJIN_CREDIT",
    "GBT_35273_2020",
)

SENDER_CN = Sender("张三", "13800000000", "zhang@example.com", "北京市朝阳区某路1号")
SENDER_HK = Sender(
    "Chan Tai Man", "+852 9123 4567", "chan@example.com", "Flat 12A, Example Building, Hong Kong"
)


def scenario_paths() -> list[Path]:
    return sorted(SCENARIO_DIR.glob("*.json"))


def load_scenario(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((SCENARIO_DIR / f"{name}.json").read_text(encoding="utf-8"))
    return data


def scenario_types(scenario: dict[str, Any]) -> list[str]:
    """The rule result's suggestions plus the scenario's request_types_include."""
    result = check(scenario["facts"])
    return list(dict.fromkeys([*result.request_types, *scenario["request_types_include"]]))


def chronology_for(jurisdiction: str) -> Chronology:
    original = ["hk_data_access", "hk_erasure"] if jurisdiction == "HK" else ["deletion"]
    return Chronology.from_json(
        {
            "original_reference": "FL-20261101-AB12",
            "original_sent": "2026-11-01",
            "original_types": original,
            "original_channel": "registered_mail",
            "tracking_number": "XA123456789CN",
            "delivered": "2026-11-03",
            "requested_reply_by": "2026-11-21",
            "events": [
                {"date": "2026-11-10", "note": "电话询问，对方称系统统一管理，无法删除", "kind": "note"}
            ],
            "evidence": ["门禁照片（2025年8月3日拍摄）"],
        }
    )


def pdftotext(pdf: Path, *, page: int | None = None) -> str:
    args = ["pdftotext", "-enc", "UTF-8"]
    if page is not None:
        args += ["-f", str(page), "-l", str(page)]
    return subprocess.run([*args, str(pdf), "-"], check=True, capture_output=True, text=True).stdout


def pdffonts(pdf: Path) -> list[dict[str, str]]:
    out = subprocess.run(["pdffonts", str(pdf)], check=True, capture_output=True, text=True).stdout
    lines = out.splitlines()[2:]
    fonts = []
    for line in lines:
        # name type encoding emb sub uni object ID: the yes/no columns are the last five fields but two.
        parts = line.split()
        fonts.append({"name": parts[0], "emb": parts[-5], "sub": parts[-4], "uni": parts[-3]})
    return fonts


def pdf_pages(pdf: Path) -> int:
    out = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    match = re.search(r"^Pages:\s+(\d+)", out, re.M)
    assert match
    return int(match[1])


def squash(text: str) -> str:
    """Text without any whitespace: lines of extracted Chinese text break anywhere."""
    return re.sub(r"\s+", "", text)


def statute_file(instrument: str) -> str:
    from app.rules import load_library

    name = load_library().instrument(instrument).text_file
    assert name, f"{instrument} has no text file"
    return name


def official_texts(instrument: str) -> tuple[str, str]:
    """(the official original, the shipped copy): the shipped file, once its SHA-256 is checked
    against the recorded checksum of the original."""
    name = statute_file(instrument)
    shipped = resources_path("texts", name).read_bytes()
    verified = hashlib.sha256(shipped).hexdigest() == official_sha256(f"resources/texts/{name}")
    official = shipped if verified else b""
    return official.decode("utf-8"), shipped.decode("utf-8")
