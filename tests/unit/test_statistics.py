"""Statistics and the paged request listing, over a real SQLCipher vault with real timelines."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.errors import InvalidInput, OperationCancelled
from app.kdf import KdfParams
from app.records import add_record
from app.request_list import Filter, Order, count_requests, due_soon, request_ids, request_rows
from app.statistics import (
    CSV_HEADER,
    compute_statistics,
    records_by_city,
    records_by_place_type,
    reply_days_by_handler,
    requests_by_outcome,
    statistics_csv,
)
from app.tracking import deadlines
from app.tracking.lifecycle import EventKind, Status
from app.tracking.model import Channel
from app.tracking.requests import LetterSnapshot, add_event, create_request, mark_sent
from app.vault import Vault
from tests.conftest import load_reference_scenario

D = dt.date
TODAY = D(2026, 6, 1)


def facts(name: str, **changes: Any) -> dict[str, Any]:
    data = load_reference_scenario(name)
    out = dict(data["facts"])
    for key, value in changes.items():
        if key == "handler_name":
            out["handler"] = {**out.get("handler", {}), "name": value}
        elif value is None:
            out.pop(key, None)
        else:
            out[key] = value
    return out


_refs = iter(range(1000, 9999))


def snapshot() -> LetterSnapshot:
    return LetterSnapshot(
        reference=f"FL-20260301-{next(_refs):04d}".replace("0", "A"),
        types=("withdraw_consent", "deletion"),
        lang="zh-CN",
        jurisdiction="CN",
        text="关于撤回人脸信息处理同意并删除人脸信息的函",
        pdf=None,
        grounds=("no_separate_consent",),
        citations=({"instrument": "PIPL", "article": "47"},),
        rules_version="test",
        reply_period=deadlines.MAINLAND_DEFAULT,
    )


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[Vault]:
    v = Vault.create(tmp_path / "s.faceledger", "statistics passphrase", KdfParams())
    yield v
    v.close()


@pytest.fixture
def filled(vault: Vault) -> dict[str, int]:
    """Two handlers. A answered twice (after 10 and 4 days), B never; plus a draft and a blank city."""
    gate_a = add_record(vault, facts("residential-gate-beijing", handler_name="甲物业"))
    gate_a2 = add_record(vault, facts("residential-gate-beijing", handler_name="甲物业"))
    hotel_b = add_record(vault, facts("hotel-room-device-guangzhou", handler_name="=乙酒店"))
    add_record(vault, facts("mall-analytics-shanghai", city=None))
    ids: dict[str, int] = {}
    ids["complied"] = create_request(vault, gate_a, snapshot())
    mark_sent(vault, ids["complied"], D(2026, 3, 2), Channel.EMAIL, today=TODAY)
    add_event(vault, ids["complied"], EventKind.REPLIED, D(2026, 3, 12), today=TODAY)
    add_event(vault, ids["complied"], EventKind.COMPLIED, D(2026, 3, 20), today=TODAY)
    ids["refused"] = create_request(vault, gate_a2, snapshot())
    mark_sent(vault, ids["refused"], D(2026, 3, 2), Channel.REGISTERED_MAIL, tracking_number="EMS1",
              today=TODAY)
    add_event(vault, ids["refused"], EventKind.REFUSED, D(2026, 3, 6), today=TODAY)
    ids["silent"] = create_request(vault, hotel_b, snapshot())
    mark_sent(vault, ids["silent"], D(2026, 3, 2), Channel.EMAIL, today=TODAY)
    ids["fresh"] = create_request(vault, hotel_b, snapshot())
    mark_sent(vault, ids["fresh"], D(2026, 5, 29), Channel.EMAIL, today=TODAY)
    ids["draft"] = create_request(vault, gate_a, snapshot())
    return ids


def test_records_by_place_type_and_city(vault: Vault, filled: dict[str, int]) -> None:
    by_type = {c.key: c.count for c in records_by_place_type(vault)}
    assert by_type == {"residential_compound": 2, "hotel": 1, "shopping_mall": 1}
    assert records_by_place_type(vault)[0].key == "residential_compound"  # most frequent first
    by_city = {c.key: c.count for c in records_by_city(vault)}
    assert by_city == {"北京": 2, "广州": 1, "": 1}


def test_requests_by_outcome_derives_overdue_from_today(vault: Vault, filled: dict[str, int]) -> None:
    shown = {c.key: c.count for c in requests_by_outcome(vault, TODAY)}
    assert shown == {"draft": 1, "overdue": 1, "sent": 1, "complied": 1, "refused": 1}
    # Before the silent request's due date nothing is overdue: two are simply "sent".
    early = {c.key: c.count for c in requests_by_outcome(vault, D(2026, 3, 10))}
    assert "overdue" not in early and early["sent"] == 2
    keys = [c.key for c in requests_by_outcome(vault, TODAY)]
    assert keys == ["draft", "sent", "overdue", "complied", "refused"]  # OUTCOME_ORDER, not count order


def test_reply_days_median_per_handler(vault: Vault, filled: dict[str, int]) -> None:
    rows = {h.handler: h for h in reply_days_by_handler(vault)}
    assert rows["甲物业"].median_days == 7.0  # median of 10 and 4 days
    assert (rows["甲物业"].replies, rows["甲物业"].requests) == (2, 2)  # the draft was never sent
    assert rows["=乙酒店"].median_days is None and rows["=乙酒店"].requests == 2
    assert [h.handler for h in reply_days_by_handler(vault)][0] == "=乙酒店"  # never answered comes first


def test_profile_filter_counts_only_that_profile(vault: Vault) -> None:
    with vault.write() as conn:
        conn.execute("INSERT INTO profiles(uuid, name, created_at) VALUES ('p1', 'A', '2026-01-01')")
        profile = int(conn.execute("SELECT id FROM profiles").fetchone()[0])
    add_record(vault, facts("residential-gate-beijing"), profile_id=profile)
    add_record(vault, facts("hotel-room-device-guangzhou"))
    stats = compute_statistics(vault, TODAY, profile_id=profile)
    assert stats.records_total == 1
    assert {c.key for c in stats.records_by_place_type} == {"residential_compound"}
    assert compute_statistics(vault, TODAY).records_total == 2


def test_compute_reports_progress_to_100(vault: Vault, filled: dict[str, int]) -> None:
    seen: list[int] = []
    stats = compute_statistics(vault, TODAY, progress=lambda pct, _label: seen.append(pct))
    assert seen == sorted(seen) and seen[0] == 0 and seen[-1] == 100
    assert (stats.records_total, stats.requests_total) == (4, 5)
    assert stats.to_json()["requests_by_outcome"]["overdue"] == 1


def test_cancel_stops_with_typed_error(vault: Vault, filled: dict[str, int]) -> None:
    calls = 0

    def cancel_on_third_check() -> bool:
        nonlocal calls
        calls += 1
        return calls >= 3

    with pytest.raises(OperationCancelled):
        compute_statistics(vault, TODAY, is_cancelled=cancel_on_third_check)
    assert calls == 3


def test_csv_has_every_figure_and_defuses_formulas(vault: Vault, filled: dict[str, int]) -> None:
    text = statistics_csv(compute_statistics(vault, TODAY))
    rows = list(csv.reader(io.StringIO(text)))
    assert tuple(rows[0]) == CSV_HEADER
    figures = {r[0] for r in rows[1:]}
    assert figures == {"records_by_place_type", "records_by_city", "requests_by_outcome",
                       "reply_days_by_handler"}
    handler_rows = {r[1]: r for r in rows if r[0] == "reply_days_by_handler"}
    assert handler_rows["甲物业"][2:] == ["2", "7", "2"]
    assert "'=乙酒店" in handler_rows and handler_rows["'=乙酒店"][3] == ""  # no median, no formula
    labelled = statistics_csv(compute_statistics(vault, TODAY), labels=lambda fig, key: f"<{key}>")
    assert "<hotel>" in labelled


def test_empty_vault_has_empty_figures(vault: Vault) -> None:
    stats = compute_statistics(vault, TODAY)
    assert stats.records_total == stats.requests_total == 0
    assert stats.records_by_city == stats.requests_by_outcome == stats.reply_days_by_handler == ()
    assert statistics_csv(stats).splitlines() == [",".join(CSV_HEADER)]


# --- app/request_list.py --------------------------------------------------------------------------


def test_request_ids_filter_and_order(vault: Vault, filled: dict[str, int]) -> None:
    assert request_ids(vault, today=TODAY, status=Filter.OVERDUE) == [filled["silent"]]
    assert count_requests(vault, status=Filter.OVERDUE, today=TODAY) == 1
    assert request_ids(vault, today=TODAY, status=Status.DRAFT) == [filled["draft"]]
    assert set(request_ids(vault, today=TODAY, status=Filter.OPEN)) == {
        filled["refused"], filled["silent"], filled["fresh"]}
    newest = request_ids(vault, today=TODAY)
    assert newest == sorted(newest, reverse=True) and len(newest) == 5
    by_due = request_ids(vault, today=TODAY, order=Order.DUE)
    assert by_due[-1] == filled["draft"]  # no due date sorts last
    with pytest.raises(InvalidInput):
        request_ids(vault, today=TODAY, status="bogus")


def test_request_rows_show_overdue_and_days_left(vault: Vault, filled: dict[str, int]) -> None:
    rows = request_rows(vault, [filled["silent"], filled["fresh"], filled["draft"], 999_999])
    assert set(rows) == {filled["silent"], filled["fresh"], filled["draft"]}
    silent = rows[filled["silent"]]
    # 15 working days after Mon 2 March 2026 = Mon 23 March 2026 (no holiday in between).
    assert silent.due_date == D(2026, 3, 23) and silent.sent_date == D(2026, 3, 2)
    assert silent.shown_status(TODAY) == "overdue" and silent.days_left(TODAY) == -70
    assert silent.shown_status(D(2026, 3, 23)) == "sent" and silent.days_left(D(2026, 3, 23)) == 0
    assert silent.handler_name == "=乙酒店" and silent.types == ("withdraw_consent", "deletion")
    assert rows[filled["draft"]].days_left(TODAY) is None


def test_due_soon_is_oldest_first_within_the_week(vault: Vault, filled: dict[str, int]) -> None:
    assert [r.id for r in due_soon(vault, TODAY)] == [filled["silent"]]
    # Two weeks on, the fresh request (due Mon 22 June 2026: 19 June is the Dragon Boat holiday) is due
    # within the week too, after the older one.
    later = due_soon(vault, D(2026, 6, 15))
    assert later[-1].due_date == D(2026, 6, 22)
    assert [r.id for r in later] == [filled["silent"], filled["fresh"]]
    with pytest.raises(InvalidInput):
        due_soon(vault, TODAY, within_days=-1)


# --- `faceledger stats` -----------------------------------------------------------------------------


def test_cli_stats_json_and_csv(vault: Vault, filled: dict[str, int], tmp_path: Path,
                                monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from app.cli import main

    path = vault.path
    vault.close()
    monkeypatch.setenv("FACELEDGER_PASSPHRASE", "statistics passphrase")
    out_csv = tmp_path / "figures.csv"
    assert main(["stats-detail", "--vault", str(path), "--json", "--csv", str(out_csv)]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["records_total"] == 4 and shown["requests_total"] == 5
    assert shown["records_by_city"]["北京"] == 2
    assert out_csv.read_text(encoding="utf-8").startswith(",".join(CSV_HEADER))
    assert main(["stats-detail", "--vault", str(path)]) == 0
    assert "median days to first reply" in capsys.readouterr().out
    monkeypatch.setenv("FACELEDGER_PASSPHRASE", "wrong")
    assert main(["stats-detail", "--vault", str(path)]) == 2
    assert capsys.readouterr().err.count("\n") == 1
