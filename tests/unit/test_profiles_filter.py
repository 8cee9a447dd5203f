"""A vault holds many complainants: records and requests belong to one, lists filter by profile,
statistics span all (or one), and deleting a profile keeps the case history."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from app.cli import main
from app.profiles import add_profile, delete_profile, list_profiles
from app.records import add_record, get_record, list_records, record_ids
from app.statistics import compute_statistics
from app.tracking import drafting
from app.tracking.requests import get_request, list_requests
from tests.unit.vaultutil import PASSPHRASE, facts, new_vault


def test_records_and_requests_belong_to_one_profile(tmp_path: Path) -> None:
    with new_vault(tmp_path / "v.db") as vault:
        zhang = add_profile(vault, name="张三")
        li = add_profile(vault, name="李四")
        mine = [add_record(vault, facts(), profile_id=zhang) for _ in range(3)]
        theirs = [add_record(vault, facts(city="上海"), profile_id=li) for _ in range(2)]
        nobody = add_record(vault, facts())
        assert {p.name for p in list_profiles(vault)} == {"张三", "李四"}
        assert {r.id for r in list_records(vault, profile_id=zhang)} == set(mine)
        assert {r.id for r in list_records(vault, profile_id=li)} == set(theirs)
        assert set(record_ids(vault, profile_id=li)) == set(theirs)
        assert len(list_records(vault)) == 6
        assert {r.id for r in list_records(vault, profile_id=li, city="上海")} == set(theirs)
        # A request drafted for a record belongs to that record's complainant.
        request = drafting.draft_request(vault, theirs[0], ["deletion"], letter_date=dt.date(2025, 9, 1))
        assert get_request(vault, request).profile_id == li
        assert [r.id for r in list_requests(vault, record_id=theirs[0])] == [request]
        # Statistics: one profile, or all of them.
        today = dt.date(2026, 1, 1)
        assert compute_statistics(vault, today, profile_id=zhang).records_total == 3
        assert compute_statistics(vault, today, profile_id=li).requests_total == 1
        assert compute_statistics(vault, today).records_total == 6
        # Deleting a complainant keeps the records and letters (their history), unlinked.
        delete_profile(vault, li)
        assert get_record(vault, theirs[0]).profile_id is None
        assert get_request(vault, request).profile_id is None
        assert get_record(vault, nobody).profile_id is None


def test_profile_cli(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("FACELEDGER_PASSPHRASE", PASSPHRASE)
    path = tmp_path / "v.db"
    new_vault(path).close()
    assert main(["profile", "add", "--vault", str(path), "--name", "张三", "--phone", "13800000000"]) == 0
    profile_id = int(capsys.readouterr().out)
    facts_file = tmp_path / "facts.json"
    facts_file.write_text(json.dumps(facts()), encoding="utf-8")
    assert main(["log", "add", str(facts_file), "--vault", str(path), "--profile", str(profile_id)]) == 0
    capsys.readouterr()
    assert main(["profile", "list", "--vault", str(path), "--json"]) == 0
    (row,) = json.loads(capsys.readouterr().out)
    assert row["id"] == profile_id and row["name"] == "张三" and row["records"] == 1
    assert main(["profile", "add", "--vault", str(path), "--name", " "]) == 2
    assert "name" in capsys.readouterr().err
