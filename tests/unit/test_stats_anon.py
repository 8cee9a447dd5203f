"""Anonymised statistics: no personal field in JSON, CSV or PDF; small cells merged; figures right."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.cli import main
from app.evidence import add_evidence
from app.profiles import add_profile
from app.records import add_record
from app.stats_anon import OTHER, anonymised_csv, city_label, compute_anonymised, handler_label
from app.stats_anon_pdf import render_anonymised_pdf
from app.tracking import drafting
from app.tracking.lifecycle import EventKind
from app.tracking.model import Channel
from app.tracking.requests import add_event, mark_sent
from app.vault import Vault
from tests.unit.test_bundle_util import (
    ADDRESS_MARKER,
    EMAIL_MARKER,
    ID_MARKER,
    NAME_MARKER,
    NOTE_MARKER,
    PHONE_MARKER,
    PLACE_MARKER,
    make_case,
)
from tests.unit.vaultutil import PASSPHRASE, facts, new_vault

TODAY = dt.date(2026, 11, 22)
CITY_MARKER = "标记路88号"  # an address typed into the city field
EVENT_MARKER = "事件备注标记MARKEREVENT"
OFFICER_MARKER = "王标记经理"
HANDLER_PHONE_MARKER = "0571-86868686"
MARKERS = [
    NAME_MARKER,
    PHONE_MARKER,
    EMAIL_MARKER,
    ADDRESS_MARKER,
    ID_MARKER,
    NOTE_MARKER,
    PLACE_MARKER,
    CITY_MARKER,
    EVENT_MARKER,
    OFFICER_MARKER,
    HANDLER_PHONE_MARKER,
    "西湖区文三路100号",
    "李四",
]


@pytest.fixture(scope="module")
def vault_path(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Vault, Path]]:
    path = tmp_path_factory.mktemp("stats") / "v.db"
    with new_vault(path) as vault:
        make_case(vault)
        # A letter goes out only with a reply address (issue 15): each person gives one.
        people = [
            add_profile(vault, name=f"当事人{n}", phone=f"1380000000{n}", email=f"p{n}@example.org")
            for n in range(4)
        ]
        gym = {
            "name": "北京某健身有限公司",
            "kind": "business",
            "pi_officer": OFFICER_MARKER,
            "phone": HANDLER_PHONE_MARKER,
        }
        for n, person in enumerate(people):
            record = add_record(
                vault,
                facts(
                    city="北京市",
                    place_type="gym_or_sports_venue",
                    handler=gym,
                    address=ADDRESS_MARKER,
                    place_name=PLACE_MARKER,
                ),
                notes=NOTE_MARKER,
                profile_id=person,
            )
            add_evidence(vault, record, b"evidence text " + str(n).encode(), f"{NAME_MARKER}.txt")
            request = drafting.draft_request(vault, record, ["deletion"], letter_date=dt.date(2025, 9, 1))
            mark_sent(vault, request, dt.date(2025, 9, 2), Channel.EMAIL, today=TODAY)
            add_event(
                vault,
                request,
                EventKind.REPLIED,
                dt.date(2025, 9, 2 + 2 * (n + 1)),
                note=EVENT_MARKER,
                today=TODAY,
            )
        add_record(
            vault, facts(city=CITY_MARKER, place_type="hotel"), notes=NOTE_MARKER, profile_id=people[0]
        )
        yield vault, path


def test_figures_and_suppression(vault_path: tuple[Vault, Path]) -> None:
    vault, _ = vault_path
    stats = compute_anonymised(vault, TODAY, k=3)
    data = stats.to_json()
    assert data["records_total"] == 8 and data["profiles_total"] == 6
    assert data["records_by_place_type"]["gym_or_sports_venue"] == 4
    assert data["records_by_city"]["北京"] == 5  # "北京" and "北京市" (normalised); 5 >= k, named
    # 杭州 (1 record), 上海 (1), the address typed as a city (1): not named, merged into "other".
    assert data["records_by_city"][OTHER] == 3 and set(data["records_by_city"]) == {"北京", OTHER}
    (gym,) = [h for h in data["reply_days_by_handler"] if h["handler"] == "北京某健身有限公司"]
    assert gym == {"handler": "北京某健身有限公司", "requests": 4, "replies": 4, "median_days": 5.0}
    other = [h for h in data["reply_days_by_handler"] if h["handler"] == OTHER]
    assert other == [{"handler": OTHER, "requests": "<3", "replies": "<3", "median_days": None}]
    assert data["requests_by_ground"]["sensitive_biometric"] == 5
    assert data["records_by_handler_kind"]["business"] == 5
    # k=1 names every city that looks like one — but never the address typed as a city.
    loose = compute_anonymised(vault, TODAY, k=1).to_json()
    assert {"北京", "杭州", "上海"} <= set(loose["records_by_city"]) and loose["records_by_city"][OTHER] == 1


def _pdf_text(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "s.pdf"
    path.write_bytes(pdf)
    fonts = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True, text=True).stdout
    assert all(row.split()[-5] == "yes" for row in fonts.strip().splitlines()[2:]), fonts
    return subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True, text=True).stdout


@pytest.mark.parametrize("k", [3, 1])
def test_no_personal_field_in_any_output(vault_path: tuple[Vault, Path], tmp_path: Path, k: int) -> None:
    vault, _ = vault_path
    stats = compute_anonymised(vault, TODAY, k=k)
    outputs = {
        "json": json.dumps(stats.to_json(), ensure_ascii=False),
        "csv": anonymised_csv(stats),
        "pdf": _pdf_text(render_anonymised_pdf(stats), tmp_path),
    }
    for name, text in outputs.items():
        flat = "".join(text.split())
        for marker in MARKERS:
            assert "".join(marker.split()) not in flat, (name, marker)
    assert "北京某健身有限公司" in "".join(outputs["pdf"].split())  # organisations are kept
    assert "gym_or_sports_venue" in outputs["csv"]


def test_cli_outputs(
    vault_path: tuple[Vault, Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _, path = vault_path
    monkeypatch.setenv("FACELEDGER_PASSPHRASE", PASSPHRASE)
    csv_path, pdf_path = tmp_path / "s.csv", tmp_path / "s.pdf"
    assert (
        main(["stats", "--vault", str(path), "--json", "--csv", str(csv_path), "--pdf", str(pdf_path)])
        == 0
    )
    printed = json.loads(capsys.readouterr().out)
    assert printed["anonymised"] is True
    pdf_text = subprocess.run(
        ["pdftotext", str(pdf_path), "-"], check=True, capture_output=True, text=True
    ).stdout
    for text in (json.dumps(printed, ensure_ascii=False), csv_path.read_text(encoding="utf-8"), pdf_text):
        for marker in MARKERS:
            assert marker not in text
    assert main(["stats", "--vault", str(path), "--csv", str(tmp_path / "no" / "x.csv")]) == 2


@pytest.mark.parametrize(
    ("raw", "label"),
    [
        ("北京市", "北京"),
        ("  杭州 ", "杭州"),
        ("Hong Kong", "Hong Kong"),
        ("ＨＡＮＧＺＨＯＵ", "HANGZHOU"),
        ("标记路88号", None),
        ("西湖区文三路100号", None),
        ("", None),
        ("13800000000", None),
        ("a" * 13, None),
    ],
)
def test_city_label(raw: str, label: str | None) -> None:
    assert city_label(raw) == label


def test_handler_label() -> None:
    assert handler_label("杭州阳光物业管理有限公司") == "杭州阳光物业管理有限公司"
    assert handler_label("张三 13800000000") is None
    assert handler_label("someone@example.com") is None
