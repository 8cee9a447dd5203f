"""`faceledger letter …`: formats by extension, exit 2 with one line and no file on every error."""

from __future__ import annotations

import email
import email.policy
import json
from pathlib import Path
from typing import Any

import pytest

from app.cli import main
from tests.unit.letterutil import load_scenario, pdffonts, pdftotext, squash


@pytest.fixture
def work(tmp_path: Path) -> Path:
    d = tmp_path / "work"
    d.mkdir()
    for name in ("residential-gate-beijing", "hong-kong-building-access"):
        (d / f"{name}.json").write_text(
            json.dumps(load_scenario(name)["facts"], ensure_ascii=False), encoding="utf-8"
        )
    (d / "sender.json").write_text(
        json.dumps(
            {
                "name": "张三",
                "phone": "13800000000",
                "email": "zhang@example.com",
                "address": "北京市朝阳区某路1号",
            },
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    return d


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["letter", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_pdf(work: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = work / "gate.pdf"
    code, stdout, stderr = run(
        capsys,
        str(work / "residential-gate-beijing.json"),
        "--type",
        "withdraw_consent,deletion,alternative_method",
        "--lang",
        "zh-CN",
        "--out",
        str(out),
        "--sender",
        str(work / "sender.json"),
        "--date",
        "2026-11-22",
    )
    assert code == 0, stderr
    reference = stdout.strip().split("\t")[1]
    assert reference.startswith("FL-20261122-")
    assert all(f["emb"] == "yes" for f in pdffonts(out))
    text = squash(pdftotext(out))
    assert "北京某物业服务有限公司" in text and reference in text and "2026年11月22日" in text
    assert stderr == ""


def test_txt_and_eml(work: Path, capsys: pytest.CaptureFixture[str]) -> None:
    facts = work / "hong-kong-building-access.json"
    code, _, stderr = run(
        capsys,
        str(facts),
        "--type",
        "hk_data_access,hk_erasure",
        "--lang",
        "zh-HK",
        "--out",
        str(work / "hk.txt"),
        "--date",
        "2026-11-22",
        "--reference",
        "FL-20261122-H2K5",
    )
    assert code == 0
    text = (work / "hk.txt").read_text(encoding="utf-8")
    assert "FL-20261122-H2K5" in text and "查閱資料要求" in text
    assert "sender name is missing" in stderr  # no --sender: a visible placeholder, and a warning
    code, _, stderr = run(
        capsys,
        str(facts),
        "--type",
        "hk_data_access",
        "--lang",
        "en",
        "--out",
        str(work / "hk.eml"),
        "--sender",
        str(work / "sender.json"),
    )
    assert code == 0
    assert "no recipient e-mail address" in stderr  # the facts carry no handler e-mail
    message = email.message_from_bytes((work / "hk.eml").read_bytes(), policy=email.policy.default)
    assert message["To"] is None and "FL-" in str(message["Subject"])
    assert [a.get_content_type() for a in message.iter_attachments()] == ["application/pdf"]


ERRORS: list[tuple[list[str], str]] = [
    (["--type", "hk_erasure", "--lang", "zh-CN"], "does not fit a mainland"),
    (["--type", "deletion", "--lang", "zh-HK"], "language zh-HK does not fit"),
    (["--type", "reminder", "--lang", "zh-CN"], "needs the earlier request"),
    (["--type", "deletion", "--lang", "zh-CN", "--date", "2026-02-30"], "--date must be a real date"),
    (["--type", "deletion", "--lang", "zh-CN", "--reference", "FL-1"], "not a reference code"),
    (["--type", "deletion", "--lang", "zh-CN", "--reply-days", "0"], "reply period"),
    # issue 19 item 6: 1–60 whole days, one line (never argparse's usage text)
    (["--type", "deletion", "--lang", "zh-CN", "--reply-days", "61"], "from 1 to 60"),
    (["--type", "deletion", "--lang", "zh-CN", "--reply-days", "1e30"], "from 1 to 60"),
    (["--type", "deletion", "--lang", "zh-CN", "--reply-days", "-5"], "from 1 to 60"),
]


@pytest.mark.parametrize(("extra", "message"), ERRORS)
def test_errors_exit_2_one_line_no_file(
    work: Path, capsys: pytest.CaptureFixture[str], extra: list[str], message: str
) -> None:
    out = work / "x.pdf"
    code, _, stderr = run(capsys, str(work / "residential-gate-beijing.json"), *extra, "--out", str(out))
    assert code == 2
    assert message in stderr and stderr.count("\n") == 1
    assert not out.exists()
    assert not [p for p in work.iterdir() if p.name.startswith(".x.pdf")]


def test_invalid_facts_and_bad_files(work: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad: dict[str, Any] = load_scenario("residential-gate-beijing")["facts"]
    bad["place_type"] = "castle"
    (work / "bad.json").write_text(json.dumps(bad), encoding="utf-8")
    for args, message in (
        ([str(work / "bad.json")], "place_type"),
        ([str(work / "nope.json")], "not found"),
        (
            [str(work / "residential-gate-beijing.json"), "--sender", str(work / "bad.json")],
            "sender has unknown",
        ),
    ):
        out = work / "y.txt"
        code, _, stderr = run(capsys, *args, "--type", "deletion", "--lang", "zh-CN", "--out", str(out))
        assert code == 2 and message in stderr and stderr.count("\n") == 1, stderr
        assert not out.exists()
    code, _, stderr = run(
        capsys,
        str(work / "residential-gate-beijing.json"),
        "--type",
        "deletion",
        "--lang",
        "zh-CN",
        "--out",
        str(work / "letter.docx"),
    )
    assert code == 2 and ".pdf, .txt or .eml" in stderr


def test_existing_file_is_kept_on_error(work: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = work / "keep.pdf"
    out.write_bytes(b"old")
    code, _, _ = run(
        capsys,
        str(work / "residential-gate-beijing.json"),
        "--type",
        "hk_erasure",
        "--lang",
        "zh-CN",
        "--out",
        str(out),
    )
    assert code == 2 and out.read_bytes() == b"old"


def test_reminder_from_chronology_file(work: Path, capsys: pytest.CaptureFixture[str]) -> None:
    chrono = {
        "original_reference": "FL-20261101-AB12",
        "original_sent": "2026-11-01",
        "original_types": ["deletion", "alternative_method"],
        "original_channel": "email",
    }
    (work / "chrono.json").write_text(json.dumps(chrono), encoding="utf-8")
    code, _, stderr = run(
        capsys,
        str(work / "residential-gate-beijing.json"),
        "--type",
        "reminder",
        "--lang",
        "zh-CN",
        "--out",
        str(work / "r.txt"),
        "--chronology",
        str(work / "chrono.json"),
        "--sender",
        str(work / "sender.json"),
        "--date",
        "2026-12-01",
    )
    assert code == 0, stderr
    text = (work / "r.txt").read_text(encoding="utf-8").replace("\n", "")
    assert "催告函" in text and "FL-20261101-AB12" in text and "2026年11月1日通过电子邮件" in text


def test_help_explains_the_id_number_choice(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["letter", "--help"]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert "ID number" in out and "widens the harm" in out


def test_warns_about_characters_the_font_cannot_show(work: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (work / "odd.json").write_text(json.dumps({"name": "张😀三"}, ensure_ascii=False), encoding="utf-8")
    code, _, stderr = run(
        capsys,
        str(work / "residential-gate-beijing.json"),
        "--type",
        "deletion",
        "--lang",
        "zh-CN",
        "--out",
        str(work / "o.pdf"),
        "--sender",
        str(work / "odd.json"),
    )
    assert code == 0 and "no glyph for \U0001f600" in stderr


def test_police_report(work: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    facts = json.loads((work / "residential-gate-beijing.json").read_text("utf-8"))
    sold = json.dumps({**facts, "shared_or_sold": True}, ensure_ascii=False)
    (work / "sold.json").write_text(sold, "utf-8")
    out = work / "report.pdf"
    code, stdout, stderr = run(
        capsys,
        str(work / "sold.json"),
        "--type",
        "police_report",
        "--lang",
        "zh-CN",
        "--out",
        str(out),
        "--sender",
        str(work / "sender.json"),
        "--date",
        "2026-11-22",
        "--regulator",
        "北京市公安局朝阳分局",
    )
    assert code == 0, stderr
    text = squash(pdftotext(out))
    assert "报案材料" in text and "北京市公安局朝阳分局：" in text
    assert "侵犯公民个人信息罪" in text and "《中华人民共和国刑法》" in text and "第二百五十三条之一" in text
    assert all(f["emb"] == "yes" for f in pdffonts(out))


def test_police_report_refused_where_not_offered(work: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = work / "report.txt"
    code, _, stderr = run(
        capsys,
        str(work / "residential-gate-beijing.json"),
        "--type",
        "police_report",
        "--lang",
        "zh-CN",
        "--out",
        str(out),
        "--date",
        "2026-11-22",
    )
    assert code == 2 and not out.exists()
    assert len(stderr.strip().splitlines()) == 1 and "police report fits only" in stderr
    code, _, stderr = run(
        capsys,
        str(work / "residential-gate-beijing.json"),
        "--type",
        "police_report,deletion",
        "--lang",
        "zh-CN",
        "--out",
        str(out),
    )
    assert code == 2 and "letter of its own" in stderr and not out.exists()
