"""`faceledger request …` end to end on a real vault file (in-process, through app.cli.main)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import icalendar
import pytest

from app.cli import main
from app.kdf import KdfParams
from app.records import add_record
from app.tracking.requests import create_request, get_request
from app.vault import Vault
from tests.unit.test_tracking_requests import PASS, PNG, scenario_facts, snapshot

D = dt.date


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, int, int]:
    """A vault with one record and one draft request (composed elsewhere); returns (path, record, request)."""
    path = tmp_path / "cli.faceledger"
    with Vault.create(path, PASS, KdfParams()) as vault:
        record_id = add_record(vault, scenario_facts())
        request_id = create_request(vault, record_id, snapshot())
    monkeypatch.setenv("FACELEDGER_PASSPHRASE", PASS)
    return path, record_id, request_id


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_mark_list_and_overdue(env: tuple[Path, int, int], capsys: pytest.CaptureFixture[str]) -> None:
    path, _, rid = env
    code, out, err = run(
        capsys,
        "request",
        "mark",
        "--vault",
        str(path),
        str(rid),
        "sent",
        "--date",
        "2025-09-26",
        "--channel",
        "registered_mail",
        "--tracking",
        "EMS1234567890CN",
    )
    assert code == 0, err
    assert out.strip() == f"{rid}\toverdue, due 2025-10-23"  # today is long after 2025-10-23
    code, out, err = run(capsys, "request", "list", "--vault", str(path), "--json")
    assert code == 0, err
    (item,) = json.loads(out)
    assert item["status"] == "sent" and item["display_status"] == "overdue" and item["overdue"] is True
    assert item["sent_date"] == "2025-09-26" and item["due_date"] == "2025-10-23"
    assert item["due"]["statutory"] is False and "参照监管实践" in item["due"]["basis_zh"]
    assert item["tracking_number"] == "EMS1234567890CN"
    assert item["next_steps"][0]["action"] == "file_complaint"  # 30 days have long passed
    code, out, _ = run(capsys, "request", "list", "--vault", str(path), "--due")
    assert code == 0 and out.startswith(f"{rid}\tFL-20250926-AB12\toverdue\tsent 2025-09-26\tdue 2025-10-23")


def test_reply_with_attachment_then_refused_transition(
    env: tuple[Path, int, int], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path, _, rid = env
    assert (
        run(
            capsys,
            "request",
            "mark",
            "--vault",
            str(path),
            str(rid),
            "sent",
            "--date",
            "2025-09-26",
            "--channel",
            "email",
        )[0]
        == 0
    )
    scan = tmp_path / "reply.png"
    scan.write_bytes(PNG)
    code, out, err = run(
        capsys,
        "request",
        "mark",
        "--vault",
        str(path),
        str(rid),
        "replied",
        "--date",
        "2025-10-09",
        "--note",
        "物业回复",
        "--attach",
        str(scan),
    )
    assert code == 0, err
    assert out.strip() == f"{rid}\treplied"
    # Replied again before the reply: refused, one line, exit 2, nothing written.
    code, out, err = run(
        capsys, "request", "mark", "--vault", str(path), str(rid), "complied", "--date", "2025-10-01"
    )
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "before the previous event ('replied' on 2025-10-09)" in err
    with Vault.open(path, PASS) as vault:
        request = get_request(vault, rid)
        assert [e.kind.value for e in request.events] == ["sent", "replied"]
        assert request.events[1].evidence_id is not None


def test_future_sent_date_is_refused(env: tuple[Path, int, int], capsys: pytest.CaptureFixture[str]) -> None:
    path, _, rid = env
    tomorrow = (dt.date.today() + dt.timedelta(days=1)).isoformat()
    code, out, err = run(
        capsys,
        "request",
        "mark",
        "--vault",
        str(path),
        str(rid),
        "sent",
        "--date",
        tomorrow,
        "--channel",
        "email",
    )
    assert code == 2 and "after today" in err and out == ""
    with Vault.open(path, PASS) as vault:
        assert get_request(vault, rid).events == ()


def test_wrong_passphrase_and_unknown_request(
    env: tuple[Path, int, int], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path, _, rid = env
    code, _, err = run(capsys, "request", "mark", "--vault", str(path), "999", "note")
    assert code == 2 and "no request with id 999" in err
    monkeypatch.setenv("FACELEDGER_PASSPHRASE", "wrong")
    code, _, err = run(capsys, "request", "list", "--vault", str(path))
    assert code == 2 and err.count("\n") == 1


def test_letter_as_sent_pdf_and_text(
    env: tuple[Path, int, int], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path, _, rid = env
    out_pdf, out_txt = tmp_path / "sent.pdf", tmp_path / "sent.txt"
    assert run(capsys, "request", "letter", "--vault", str(path), str(rid), "--out", str(out_pdf))[0] == 0
    assert out_pdf.read_bytes() == b"%PDF-1.4 test letter"
    assert run(capsys, "request", "letter", "--vault", str(path), str(rid), "--out", str(out_txt))[0] == 0
    assert out_txt.read_text(encoding="utf-8").startswith("关于撤回人脸信息处理同意并删除人脸信息的函")
    code, _, err = run(
        capsys, "request", "letter", "--vault", str(path), str(rid), "--out", str(tmp_path / "x.doc")
    )
    assert code == 2 and ".pdf, .txt or .eml" in err


def test_ics_export_parses_back(
    env: tuple[Path, int, int], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path, record_id, rid = env
    with Vault.open(path, PASS) as vault:
        second = create_request(vault, record_id, snapshot("FL-20260210-QQQQ"))
    run(
        capsys,
        "request",
        "mark",
        "--vault",
        str(path),
        str(rid),
        "sent",
        "--date",
        "2025-09-26",
        "--channel",
        "email",
    )
    run(
        capsys,
        "request",
        "mark",
        "--vault",
        str(path),
        str(second),
        "sent",
        "--date",
        "2026-02-10",
        "--channel",
        "wechat",
    )
    out = tmp_path / "due.ics"
    code, stdout, err = run(capsys, "request", "ics", "--vault", str(path), "--out", str(out))
    assert code == 0, err
    assert "2 due date(s)" in stdout
    events = list(icalendar.Calendar.from_ical(out.read_bytes()).walk("VEVENT"))
    by_summary = {str(e["SUMMARY"]).split(": ")[1].split(" ·")[0]: e for e in events}
    # Both are past their first due date today, so the 30-day second-reminder date is exported.
    assert by_summary["FL-20250926-AB12"].decoded("DTSTART") == D(2025, 10, 26)
    assert by_summary["FL-20260210-QQQQ"].decoded("DTSTART") == D(2026, 3, 12)
