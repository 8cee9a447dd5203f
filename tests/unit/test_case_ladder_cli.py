"""`faceledger request new|mark|letter --next|list --json|letters|sender`: the whole ladder from the
command line on a real vault (issue 15). Dates are in the past of the real clock (2026-12 or later)."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
from pathlib import Path
from typing import Any

import pytest

from app.cli import main
from app.kdf import KdfParams
from app.records import add_record
from app.vault import Vault
from tests.unit.test_tracking_requests import PASS, scenario_facts

SENDER = {"name": "王小明", "phone": "13800000000", "address": "北京市海淀区某小区1号楼2单元301"}


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, int]:
    if dt.date.today() < dt.date(2026, 12, 2):
        pytest.skip("the dates below must lie in the past")
    path = tmp_path / "ladder.faceledger"
    facts = scenario_facts()
    facts["last_seen"] = "2026-08-20"
    with Vault.create(path, PASS, KdfParams()) as vault:
        record_id = add_record(vault, facts)
    monkeypatch.setenv("FACELEDGER_PASSPHRASE", PASS)
    return path, record_id


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def cases(capsys: pytest.CaptureFixture[str], path: Path) -> list[dict[str, Any]]:
    code, out, err = run(capsys, "request", "list", "--vault", str(path), "--json")
    assert code == 0, err
    result: list[dict[str, Any]] = json.loads(out)
    return result


def pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_no_sender_is_refused_with_what_is_missing(
    env: tuple[Path, int], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path, record = env
    v = str(path)
    code, out, err = run(
        capsys, "request", "new", "--vault", v, "--record", str(record), "--type", "deletion",
        "--sent-date", "2026-09-01", "--channel", "email",
    )  # fmt: skip
    assert code == 2 and out == ""
    assert err.startswith("faceledger: error: ") and err.count("\n") == 1
    assert "without the sender's name and a reply address (postal address or e-mail)" in err
    assert cases(capsys, path) == []  # nothing written
    code, out, _ = run(
        capsys,
        "request",
        "new",
        "--vault",
        v,
        "--record",
        str(record),
        "--type",
        "deletion",
        "--date",
        "2026-09-01",
    )  # a draft may wait for its sender
    draft = int(out)
    for argv in (
        ["mark", "--vault", v, str(draft), "sent", "--date", "2026-09-01", "--channel", "email"],
        ["letter", "--vault", v, str(draft), "--out", str(tmp_path / "x.pdf")],
    ):
        code, _, err = run(capsys, "request", *argv)
        assert code == 2 and "without the sender's name" in err
    assert not (tmp_path / "x.pdf").exists()
    # A group may print a blank form on purpose.
    code, out, err = run(
        capsys,
        "request",
        "new",
        "--vault",
        v,
        "--record",
        str(record),
        "--type",
        "deletion",
        "--date",
        "2026-09-01",
        "--blank-form",
    )
    assert code == 0, err
    code, _, err = run(
        capsys, "request", "letter", "--vault", v, out.strip(), "--out", str(tmp_path / "b.pdf")
    )
    assert code == 0 and (tmp_path / "b.pdf").exists(), err


def test_the_whole_ladder_from_the_command_line(
    env: tuple[Path, int], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path, record = env
    v = str(path)
    sender_file = tmp_path / "sender.json"
    sender_file.write_text(json.dumps(SENDER, ensure_ascii=False), encoding="utf-8")
    assert run(capsys, "request", "sender", "--vault", v, "--set", str(sender_file))[0] == 0

    code, out, err = run(
        capsys, "request", "new", "--vault", v, "--record", str(record),
        "--type", "withdraw_consent,deletion", "--sent-date", "2026-09-01",
        "--channel", "registered_mail", "--tracking", "EMS1234567890CN",
    )  # fmt: skip
    assert code == 0, err
    root = int(out)
    (case,) = cases(capsys, path)
    assert case["current_rung"] == "request" and case["display_status"] == "overdue"
    assert (
        case["rungs"][0]["recipient"] == "北京某物业服务有限公司"
        and case["rungs"][0]["due_date"] == "2026-09-21"
    )

    # The reminder: written from the timeline, signed by the stored sender, kept and frozen.
    # The sender changes afterwards: follow-ups still carry the one stored with the request.
    other = tmp_path / "other.json"
    other.write_text(json.dumps({"name": "别人", "address": "别处"}, ensure_ascii=False), encoding="utf-8")
    run(capsys, "request", "sender", "--vault", v, "--set", str(other))
    reminder_pdf = tmp_path / "reminder.pdf"
    code, out, err = run(
        capsys,
        "request",
        "letter",
        "--vault",
        v,
        str(root),
        "--next",
        "--date",
        "2026-10-12",
        "--out",
        str(reminder_pdf),
    )
    assert code == 0, err
    reminder = int(out)
    text = pdf_text(reminder_pdf)
    assert "催告函" in text and "王小明" in text and "别人" not in text and "请填写：您的姓名" not in text
    code, _, err = run(
        capsys, "request", "letter", "--vault", v, str(root), "--next", "--out", str(tmp_path / "r2.pdf")
    )
    assert code == 2 and "already written and not yet sent" in err  # no duplicate reminder
    code, out, err = run(
        capsys,
        "request",
        "mark",
        "--vault",
        v,
        str(reminder),
        "sent",
        "--date",
        "2026-10-12",
        "--channel",
        "registered_mail",
    )
    assert code == 0 and out.strip() == f"{reminder}\toverdue, due 2026-11-02", err
    (case,) = cases(capsys, path)
    assert case["current_rung"] == "reminder" and case["due_date"] == "2026-11-02"
    assert case["recipient"] == "北京某物业服务有限公司" and case["reference"].startswith("FL-20260901-")
    assert [r["kind"] for r in case["rungs"]] == ["request", "reminder"]

    # The complaint: to the housing authority the facts point to, with every earlier letter.
    complaint_pdf = tmp_path / "complaint.pdf"
    code, out, err = run(
        capsys,
        "request",
        "letter",
        "--vault",
        v,
        str(root),
        "--next",
        "--date",
        "2026-11-20",
        "--out",
        str(complaint_pdf),
    )
    assert code == 0, err
    complaint = int(out)
    text = pdf_text(complaint_pdf)
    assert "房产（住房）主管部门：" in text and "王小明" in text
    assert "日期：2026年9月1日" in text and "日期：2026年10月12日" in text
    code, _, err = run(
        capsys,
        "request",
        "mark",
        "--vault",
        v,
        str(complaint),
        "sent",
        "--date",
        "2026-11-20",
        "--channel",
        "email",
    )
    assert code == 0, err
    (case,) = cases(capsys, path)
    current = case["rungs"][-1]
    assert case["current_rung"] == "complaint" and case["display_status"] == "escalated"
    assert current["recipient"] == "房产（住房）主管部门" and case["recipient"] == "房产（住房）主管部门"
    assert current["regulator"] == "housing_authority" and current["due"]["statutory"] is False
    assert current["due_date"] == case["due_date"] == "2026-12-11"
    assert [s["action"] for s in case["next_steps"]] == ["record_outcome", "close"]
    code, out, _ = run(capsys, "request", "list", "--vault", v, "--due")
    assert out.split("\t")[:3] == [str(root), current["reference"], "escalated"]

    # Re-export: the same bytes as first exported.
    again = tmp_path / "again.pdf"
    assert run(capsys, "request", "letter", "--vault", v, str(complaint), "--out", str(again))[0] == 0
    assert again.read_bytes() == complaint_pdf.read_bytes()
    code, out, _ = run(capsys, "request", "letters", "--vault", v, str(root), "--json")
    kept = json.loads(out)
    assert [(k["kind"], k["letter_date"]) for k in kept] == [
        ("request", "2026-09-01"),
        ("reminder", "2026-10-12"),
        ("complaint", "2026-11-20"),
    ]

    # The answer and the outcome.
    assert run(capsys, "request", "mark", "--vault", v, str(root), "replied", "--date", "2026-12-01")[0] == 0
    assert run(capsys, "request", "mark", "--vault", v, str(root), "complied", "--date", "2026-12-01")[0] == 0
    (case,) = cases(capsys, path)
    assert case["display_status"] == "complied" and case["due_date"] is None
    assert case["outcome"] == {"kind": "complied", "date": "2026-12-01"}
    assert [len(r["replies"]) for r in case["rungs"]] == [0, 0, 2]
