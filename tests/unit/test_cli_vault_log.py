"""`faceledger vault …` and `faceledger log …` per the SPEC CLI contract."""

from __future__ import annotations

import hashlib
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from app.cli import main
from app.evidence import get_evidence_bytes
from app.records import add_record
from app.vault import Vault, file_fingerprint

from .vaultutil import cli_env, facts, sidecar_paths

REPO = Path(__file__).resolve().parents[2]
PW = "口令 passphrase 1"


def run_cli(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        env=cli_env(**env),
        timeout=120,
        check=False,
    )


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    facts_file = tmp_path / "facts.json"
    facts_file.write_text(json.dumps(facts(), ensure_ascii=False), encoding="utf-8")
    photo = tmp_path / "gate.jpg"
    buf = io.BytesIO()
    Image.new("RGB", (16, 16), (0, 90, 200)).save(buf, "JPEG")
    photo.write_bytes(buf.getvalue())
    scan = tmp_path / "sign.pdf"
    scan.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 300)
    return {"facts": facts_file, "photo": photo, "scan": scan, "vault": tmp_path / "my.flv"}


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    monkeypatch.setenv("FACELEDGER_PASSPHRASE", PW)
    monkeypatch.setenv("FACELEDGER_KDF_TIME_COST", "3")
    return monkeypatch


def test_end_to_end_in_a_real_process(files: dict[str, Path]) -> None:
    vault = str(files["vault"])
    r = run_cli("vault", "init", "--vault", vault, FACELEDGER_PASSPHRASE=PW)
    assert r.returncode == 0, r.stderr
    r = run_cli(
        "log",
        "add",
        str(files["facts"]),
        "--vault",
        vault,
        "--attach",
        str(files["photo"]),
        str(files["scan"]),
        FACELEDGER_PASSPHRASE=PW,
    )
    assert r.returncode == 0, r.stderr
    record_id = int(r.stdout.strip())
    listed = {}
    for query in (None, "物业", "物业管理"):  # a 2- and a 4-character query (others: test_search.py)
        args = ["log", "list", "--vault", vault, "--json"] + (["--search", query] if query else [])
        r = run_cli(*args, FACELEDGER_PASSPHRASE=PW)
        assert r.returncode == 0, r.stderr
        rows = json.loads(r.stdout)
        assert [row["id"] for row in rows] == [record_id], query
        listed = rows[0]
    assert listed["place_name"] == "阳光花园小区" and listed["handler_name"] == "杭州阳光物业管理有限公司"
    ev = {e["original_name"]: e for e in listed["evidence"]}
    assert set(ev) == {"gate.jpg", "sign.pdf"}
    assert ev["gate.jpg"]["mime"] == "image/jpeg" and ev["sign.pdf"]["mime"] == "application/pdf"
    with Vault.open(files["vault"], PW) as v:
        for name in ("gate.jpg", "sign.pdf"):
            original = files["photo" if name == "gate.jpg" else "scan"].read_bytes()
            stored = get_evidence_bytes(v, ev[name]["id"])
            assert stored == original
            assert ev[name]["sha256"] == hashlib.sha256(original).hexdigest()


def test_wrong_passphrase_exit_2_nothing_changed(files: dict[str, Path]) -> None:
    vault = str(files["vault"])
    assert run_cli("vault", "init", "--vault", vault, FACELEDGER_PASSPHRASE=PW).returncode == 0
    before = file_fingerprint(files["vault"])
    for args in (
        ["log", "list", "--vault", vault],
        ["log", "add", str(files["facts"]), "--vault", vault],
        ["vault", "check", "--vault", vault],
    ):
        r = run_cli(*args, FACELEDGER_PASSPHRASE="not it")
        assert r.returncode == 2
        assert r.stdout == ""
        lines = r.stderr.strip().splitlines()
        assert len(lines) == 1 and "wrong passphrase" in lines[0], r.stderr
    assert file_fingerprint(files["vault"]) == before
    assert not any(p.exists() for p in sidecar_paths(files["vault"]))


def test_invalid_input_changes_nothing(
    files: dict[str, Path], cli: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    vault = str(files["vault"])
    assert main(["vault", "init", "--vault", vault]) == 0
    before = file_fingerprint(files["vault"])
    bad = files["facts"].with_name("bad.json")
    bad.write_text(json.dumps(facts(handler={"uscc": "91350100M000100Y44"})), encoding="utf-8")
    capsys.readouterr()
    cases = [
        (["log", "add", str(bad), "--vault", vault], "handler.uscc: check character"),
        (
            [
                "log",
                "add",
                str(files["facts"]),
                "--vault",
                vault,
                "--attach",
                str(files["photo"]) + ".missing",
            ],
            "attachment not found",
        ),
        (["log", "add", str(files["facts"]) + ".missing", "--vault", vault], "facts file not found"),
        (["log", "list", "--vault", vault + ".missing"], "no vault"),
        (["vault", "init", "--vault", vault], "already exists"),
    ]
    for args, message in cases:
        assert main(args) == 2, args
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1 and message in err[0], (args, err)
    assert file_fingerprint(files["vault"]) == before


def test_attachment_failure_rolls_back_the_record(
    files: dict[str, Path], cli: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """If storing evidence fails after the record row was written, the record goes too."""
    vault = str(files["vault"])
    assert main(["vault", "init", "--vault", vault]) == 0
    import app.cli.log_cmd as log_cmd
    from app.errors import DiskFull

    def failing(*_args: object) -> int:
        raise DiskFull("simulated: disk full while storing evidence")

    cli.setattr(log_cmd, "add_evidence", failing)
    assert main(["log", "add", str(files["facts"]), "--vault", vault, "--attach", str(files["photo"])]) == 2
    assert "disk full" in capsys.readouterr().err
    with Vault.open(files["vault"], PW) as v:
        assert v.conn.execute("SELECT count(*) FROM records").fetchone()[0] == 0
        assert v.conn.execute("SELECT count(*) FROM records_fts").fetchone()[0] == 0


def test_text_list_check_backup_passwd(
    files: dict[str, Path], cli: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    vault = str(files["vault"])
    assert main(["vault", "init", "--vault", vault]) == 0
    assert "cannot be recovered" in capsys.readouterr().out
    assert main(["log", "add", str(files["facts"]), "--vault", vault, "--notes", "第一条"]) == 0
    rid = capsys.readouterr().out.strip()
    assert main(["log", "list", "--vault", vault, "--search", "阳光"]) == 0
    line = capsys.readouterr().out
    assert line.startswith(f"{rid}\t2025-03-01\t阳光花园小区")
    assert main(["vault", "check", "--vault", vault, "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["ok"] and report["counts"]["records"] == 1
    assert main(["vault", "backup", "--vault", vault]) == 0
    backup = Path(capsys.readouterr().out.strip())
    assert backup.parent == files["vault"].parent / "backups"
    Vault.open(backup, PW).close()
    cli.setenv("FACELEDGER_NEW_PASSPHRASE", "新口令 2")
    assert main(["vault", "passwd", "--vault", vault]) == 0
    capsys.readouterr()
    assert main(["log", "list", "--vault", vault]) == 2
    assert "wrong passphrase" in capsys.readouterr().err
    cli.setenv("FACELEDGER_PASSPHRASE", "新口令 2")
    assert main(["log", "list", "--vault", vault, "--json"]) == 0
    assert [r["id"] for r in json.loads(capsys.readouterr().out)] == [int(rid)]


def test_check_reports_damage_with_exit_2(
    files: dict[str, Path], cli: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    vault = files["vault"]
    assert main(["vault", "init", "--vault", str(vault)]) == 0
    with Vault.open(vault, PW) as v:
        for i in range(30):
            add_record(v, facts(), notes="备注" * 300 + str(i))
    data = bytearray(vault.read_bytes())
    data[5 * 4096 + 1000] ^= 0x10
    vault.write_bytes(bytes(data))
    capsys.readouterr()
    assert main(["vault", "check", "--vault", str(vault)]) == 2
    captured = capsys.readouterr()
    assert "page 6" in captured.out
    assert len(captured.err.strip().splitlines()) == 1 and "damaged" in captured.err
