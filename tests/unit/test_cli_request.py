"""`faceledger request …` end to end on a real vault file (in-process, through app.cli.main)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import icalendar
import pytest

from app.cli import main
from app.kdf import KdfParams
from app.letters.model import Sender
from app.records import add_record
from app.tracking.requests import create_request, get_request
from app.tracking.sender import set_vault_sender
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
    # No reply for over 30 days and no reminder yet: a reminder first, a complaint already possible.
    assert [s["action"] for s in item["next_steps"][:2]] == ["send_reminder", "file_complaint"]
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


@pytest.fixture
def fresh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, int]:
    """A vault with one record (processing seen until autumn 2025) and no request."""
    path = tmp_path / "new.faceledger"
    facts = scenario_facts()
    facts["last_seen"] = "2025-09-20"
    with Vault.create(path, PASS, KdfParams()) as vault:
        record_id = add_record(vault, facts)
        set_vault_sender(vault, Sender(name="王小明", address="北京市海淀区某小区1号楼"))
    monkeypatch.setenv("FACELEDGER_PASSPHRASE", PASS)
    return path, record_id


def test_new_draft_then_sent_and_next_letter_kept(
    fresh: tuple[Path, int], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path, record_id = fresh
    code, out, err = run(
        capsys,
        "request",
        "new",
        "--vault",
        str(path),
        "--record",
        str(record_id),
        "--type",
        "withdraw_consent,deletion,alternative_method",
        "--date",
        "2025-09-26",
    )
    assert code == 0, err
    draft_id = int(out.strip())
    code, out, err = run(
        capsys,
        "request",
        "new",
        "--vault",
        str(path),
        "--record",
        str(record_id),
        "--type",
        "deletion",
        "--sent-date",
        "2025-09-26",
        "--channel",
        "registered_mail",
        "--tracking",
        "EMS1234567890CN",
    )
    assert code == 0, err
    sent_id = int(out.strip())
    with Vault.open(path, PASS) as vault:
        draft, sent = get_request(vault, draft_id), get_request(vault, sent_id)
    assert draft.status.value == "draft" and draft.sent_date is None
    assert sent.status.value == "sent" and sent.sent_date == D(2025, 9, 26)
    assert sent.tracking_number == "EMS1234567890CN" and sent.letter_text.count("2025年9月26日") >= 1
    assert sent.due().date == D(2025, 10, 23)  # type: ignore[union-attr]
    # The next letter (a reminder: no reply for months and none sent yet), kept as a draft request.
    out_txt = tmp_path / "reminder.txt"
    code, out, err = run(
        capsys,
        "request",
        "letter",
        "--vault",
        str(path),
        str(sent_id),
        "--next",
        "--keep",
        "--out",
        str(out_txt),
    )
    assert code == 0, err
    kept_id = int(out.strip())
    text = out_txt.read_text(encoding="utf-8").replace("\n", "")
    assert "催告函" in text and "2025年9月26日通过挂号信" in text and "2025年10月23日" in text
    with Vault.open(path, PASS) as vault:
        kept = get_request(vault, kept_id)
    assert kept.parent_request_id == sent_id and kept.types == ("reminder",)
    assert kept.letter_text == out_txt.read_text(encoding="utf-8")  # what was written is what is kept


def test_new_refuses_bad_input_and_writes_nothing(
    fresh: tuple[Path, int], capsys: pytest.CaptureFixture[str]
) -> None:
    path, record_id = fresh
    tomorrow = (dt.date.today() + dt.timedelta(days=1)).isoformat()
    cases = [
        (["--type", "deletion", "--sent-date", tomorrow, "--channel", "email"], "after today"),
        (["--type", "deletion", "--sent-date", "2025-09-26"], "needs --channel"),
        (["--type", "deletion", "--channel", "email"], "go with --sent-date"),
        (["--type", "teleport"], "unknown request type"),
        (["--type", "deletion", "--lang", "zh-HK"], "zh-HK"),
        (["--type", "deletion", "--sent-date", "2025-09-26", "--channel", "fax"], "unknown channel"),
    ]
    for extra, message in cases:
        code, out, err = run(
            capsys, "request", "new", "--vault", str(path), "--record", str(record_id), *extra
        )
        assert code == 2 and out == "" and message in err, (extra, err)
        assert err.count("\n") == 1
    code, _, err = run(
        capsys, "request", "new", "--vault", str(path), "--record", "999", "--type", "deletion"
    )
    assert code == 2 and "999" in err
    with Vault.open(path, PASS) as vault:
        assert vault.conn.execute("SELECT count(*) FROM requests").fetchone()[0] == 0
