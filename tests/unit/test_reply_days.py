"""Issue 19 item 6: `request new --reply-days N` is honoured everywhere, and nonsense is refused.

End to end on a real vault through app.cli.main: the stored request, its due date, the letter as
stored and the reminder written later all use the period asked for; -5, 0, 61, 1e30, 10.5 and text
are refused with one line on stderr, exit code 2, and nothing written.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import chinese_calendar
import pytest

from app.cli import main
from app.errors import InvalidInput
from app.kdf import KdfParams
from app.records import add_record
from app.tracking import deadlines
from app.tracking.drafting import draft_request
from app.vault import Vault
from tests.unit.test_tracking_requests import PASS, scenario_facts

D = dt.date
SENDER = {"name": "张三", "phone": "13800000000", "address": "北京市朝阳区某小区1号楼1单元101"}


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, int, Path]:
    path = tmp_path / "days.faceledger"
    with Vault.create(path, PASS, KdfParams()) as vault:
        record_id = add_record(vault, scenario_facts())
    sender = tmp_path / "sender.json"
    sender.write_text(json.dumps(SENDER, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setenv("FACELEDGER_PASSPHRASE", PASS)
    return path, record_id, sender


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def count_requests(path: Path) -> int:
    with Vault.open(path, PASS) as vault:
        return int(vault.conn.execute("SELECT count(*) FROM requests").fetchone()[0])


def walk(start: dt.date, n: int) -> dt.date:
    day, counted = start, 0
    while counted < n:
        day += dt.timedelta(days=1)
        if chinese_calendar.is_workday(day):
            counted += 1
    return day


def new_request(
    capsys: pytest.CaptureFixture[str], env: tuple[Path, int, Path], *extra: str
) -> tuple[int, str, str]:
    path, record_id, sender = env
    return run(
        capsys,
        "request",
        "new",
        "--vault",
        str(path),
        "--record",
        str(record_id),
        "--type",
        "deletion",
        "--sender",
        str(sender),
        *extra,
    )


def test_reply_days_are_stored_counted_and_written_in_every_letter(
    env: tuple[Path, int, Path], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = env[0]
    code, out, err = new_request(
        capsys, env, "--reply-days", "10", "--sent-date", "2026-11-02", "--channel", "email"
    )
    assert code == 0, err
    rid = int(out.strip())
    code, out, err = run(capsys, "request", "list", "--vault", str(path), "--json")
    assert code == 0, err
    (item,) = [i for i in json.loads(out) if i["id"] == rid]
    due: dict[str, Any] = item["due"]
    assert (due["days"], due["unit"], due["statutory"]) == (10, "working_days", False)
    assert item["due_date"] == walk(D(2026, 11, 2), 10).isoformat() == "2026-11-16"
    assert "函中请求的答复期限10个工作日" in due["basis_zh"]
    # The letter as stored asks for ten working days, never the default fifteen.
    letter = tmp_path / "letter.txt"
    code, _, err = run(capsys, "request", "letter", "--vault", str(path), str(rid), "--out", str(letter))
    assert code == 0, err
    text = letter.read_text(encoding="utf-8")
    assert "十个工作日" in text and "十五个工作日" not in text
    # So does the reminder written from the timeline later.
    reminder = tmp_path / "reminder.txt"
    code, _, err = run(
        capsys,
        "request",
        "letter",
        "--vault",
        str(path),
        str(rid),
        "--next",
        "--kind",
        "reminder",
        "--out",
        str(reminder),
    )
    assert code == 0, err
    text = reminder.read_text(encoding="utf-8")
    assert "十个工作日" in text and "十五个工作日" not in text


def test_without_reply_days_the_default_fifteen_is_asked(
    env: tuple[Path, int, Path], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, out, err = new_request(capsys, env)
    assert code == 0, err
    letter = tmp_path / "default.txt"
    code, _, err = run(capsys, "request", "letter", "--vault", str(env[0]), out.strip(), "--out", str(letter))
    assert code == 0, err
    assert "十五个工作日" in letter.read_text(encoding="utf-8")


@pytest.mark.parametrize("value", ["-5", "0", "61", "1e30", "10.5", "ten", "", "٣"])
def test_bad_reply_days_are_refused_with_one_line_and_nothing_written(
    env: tuple[Path, int, Path], capsys: pytest.CaptureFixture[str], value: str
) -> None:
    before = count_requests(env[0])
    code, out, err = new_request(capsys, env, "--reply-days", value)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "Traceback" not in err
    assert "whole number of days from 1 to 60" in err
    assert count_requests(env[0]) == before


def test_the_core_refuses_too_whatever_the_caller(env: tuple[Path, int, Path]) -> None:
    path, record_id, _ = env
    with Vault.open(path, PASS) as vault:
        for bad in (1e30, 0, 61, True, "x"):
            with pytest.raises(InvalidInput, match="1 to 60"):
                draft_request(vault, record_id, ["deletion"], reply_days=bad)  # type: ignore[arg-type]
        assert vault.conn.execute("SELECT count(*) FROM requests").fetchone()[0] == 0
    assert deadlines.check_reply_days(" 60 ") == 60 and deadlines.check_reply_days(1) == 1


def test_hong_kong_letters_keep_the_pdpo_periods(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "hk.faceledger"
    with Vault.create(path, PASS, KdfParams()) as vault:
        record_id = add_record(vault, scenario_facts("hong-kong-building-access"))
    monkeypatch.setenv("FACELEDGER_PASSPHRASE", PASS)
    code, out, err = run(
        capsys,
        "request",
        "new",
        "--vault",
        str(path),
        "--record",
        str(record_id),
        "--type",
        "hk_data_access",
        "--reply-days",
        "10",
    )
    assert code == 2 and out == "" and "PDPO" in err and err.count("\n") == 1
    assert count_requests(path) == 0
