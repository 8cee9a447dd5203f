"""`faceledger bundle export|import|list` through the real CLI entry point (exit codes, messages)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main
from app.vault import Vault
from tests.unit.test_bundle_util import BUNDLE_PASS, counts, make_case
from tests.unit.vaultutil import PASSPHRASE, new_vault


def test_export_import_list(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("FACELEDGER_KDF_TIME_COST", "3")
    monkeypatch.setenv("FACELEDGER_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("FACELEDGER_BUNDLE_PASSPHRASE", BUNDLE_PASS)
    src, dst, bundle = tmp_path / "src.db", tmp_path / "dst.db", tmp_path / "case.flb"
    with new_vault(src) as vault:
        ids = make_case(vault)
    new_vault(dst).close()
    args = ["bundle", "export", "--vault", str(src), "--out", str(bundle), "--profile", str(ids["profile"])]
    # A passphrase bundle is chosen explicitly; without --to or --passphrase export refuses (usage).
    assert main(args) == 2 and not bundle.exists()
    assert "--to --passphrase is required" in capsys.readouterr().err
    args.append("--passphrase")
    assert main([*args, "--json"]) == 0
    exported = json.loads(capsys.readouterr().out)
    assert exported["counts"]["records"] == 2 and bundle.exists()

    assert main(["bundle", "import", str(bundle), "--vault", str(dst)]) == 0
    out = capsys.readouterr().out
    assert "records: 2 added, 0 already present" in out and "events: 3 added" in out
    assert "sealed with a passphrase — age format" in out

    # Replay: one line on stderr, exit 2, nothing changed.
    with Vault.open(dst, PASSPHRASE) as vault:
        before = counts(vault)
    assert main(["bundle", "import", str(bundle), "--vault", str(dst)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "already imported" in err
    monkeypatch.setenv("FACELEDGER_BUNDLE_PASSPHRASE", "wrong")
    assert main(["bundle", "import", str(bundle), "--vault", str(dst)]) == 2
    assert "wrong bundle passphrase" in capsys.readouterr().err
    with Vault.open(dst, PASSPHRASE) as vault:
        assert counts(vault) == before

    assert main(["bundle", "list", "--vault", str(dst)]) == 0
    (entry,) = json.loads(capsys.readouterr().out)
    assert entry["bundle_id"] == exported["bundle_id"] and entry["summary"]["added"]["records"] == 2

    # Export needs a selection; a redacted export says what it withheld.
    assert (
        main(["bundle", "export", "--vault", str(src), "--out", str(tmp_path / "x.flb"), "--passphrase"]) == 2
    )
    monkeypatch.setenv("FACELEDGER_BUNDLE_PASSPHRASE", BUNDLE_PASS)
    assert (
        main(
            [
                "bundle",
                "export",
                "--vault",
                str(src),
                "--out",
                str(tmp_path / "r.flb"),
                "--record",
                str(ids["second"]),
                "--redact",
                "--passphrase",
            ]
        )
        == 0
    )
    assert "notes.txt" in capsys.readouterr().err


def test_group_key_and_export_to_a_group_through_the_cli(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("FACELEDGER_PASSPHRASE", PASSPHRASE)
    monkeypatch.delenv("FACELEDGER_BUNDLE_PASSPHRASE", raising=False)  # never needed for keys
    resident, group = tmp_path / "resident.db", tmp_path / "group.db"
    with new_vault(resident) as vault:
        ids = make_case(vault)
    new_vault(group).close()
    pub, qr = tmp_path / "group.pub", tmp_path / "group.png"
    assert (
        main(
            [
                "group-key",
                "create",
                "--vault",
                str(group),
                "--name",
                "某某公益",
                "--out",
                str(pub),
                "--qr",
                str(qr),
                "--json",
            ]
        )
        == 0
    )
    created = json.loads(capsys.readouterr().out)
    assert pub.read_text().strip().endswith(created["public_key"]) and qr.read_bytes().startswith(b"\x89PNG")
    assert oct(pub.stat().st_mode & 0o777) == "0o644"  # public: shareable
    # Outputs are guarded: no overwrite without --force, and nothing is created.
    assert main(["group-key", "create", "--vault", str(group), "--name", "x", "--out", str(pub)]) == 2
    assert "exists" in capsys.readouterr().err
    assert main(["group-key", "list", "--vault", str(group), "--json"]) == 0
    assert [k["name"] for k in json.loads(capsys.readouterr().out)] == ["某某公益"]

    # The resident checks the fingerprint (from the QR image) and trusts the key only when it matches.
    assert main(["group-key", "fingerprint", str(qr)]) == 0
    assert created["fingerprint"] in capsys.readouterr().out
    trust = ["group-key", "trust", "--vault", str(resident), str(qr)]
    assert main(trust) == 2 and "compare the fingerprint" in capsys.readouterr().err
    wrong = created["fingerprint"][:-1] + ("1" if created["fingerprint"][-1] != "1" else "2")
    assert main([*trust, "--fingerprint", wrong]) == 2 and "does not match" in capsys.readouterr().err
    assert main([*trust, "--fingerprint", created["fingerprint"]]) == 0
    assert "trusted 某某公益" in capsys.readouterr().out
    garbage = tmp_path / "garbage.pub"
    garbage.write_bytes(b"age1qqqq\n")
    assert (
        main(
            [
                "group-key",
                "trust",
                "--vault",
                str(resident),
                str(garbage),
                "--name",
                "g",
                "--fingerprint",
                "0" * 24,
            ]
        )
        == 2
    )
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "cut short" in err

    bundle = tmp_path / "case.age"
    assert (
        main(
            [
                "bundle",
                "export",
                "--vault",
                str(resident),
                "--out",
                str(bundle),
                "--profile",
                str(ids["profile"]),
                "--to",
                "某某公益",
            ]
        )
        == 0
    )
    assert "sealed to 某某公益" in capsys.readouterr().out
    with Vault.open(resident, PASSPHRASE) as vault:  # the resident cannot open it: no group key
        before = counts(vault)
    assert main(["bundle", "import", str(bundle), "--vault", str(resident)]) == 2
    assert "no group key" in capsys.readouterr().err
    assert main(["bundle", "import", str(bundle), "--vault", str(group)]) == 0
    out = capsys.readouterr().out
    assert (
        f"sealed to your group key 某某公益 ({created['fingerprint']})" in out and "records: 2 added" in out
    )
    with Vault.open(resident, PASSPHRASE) as vault:
        assert counts(vault) == before

    assert main(["group-key", "recipients", "--vault", str(resident), "--json"]) == 0
    (rec,) = json.loads(capsys.readouterr().out)
    assert main(["group-key", "untrust", "--vault", str(resident), str(rec["id"])]) == 0
    assert main(["group-key", "untrust", "--vault", str(resident), str(rec["id"])]) == 2
    capsys.readouterr()
    secret = tmp_path / "group-key.age"
    monkeypatch.setenv("FACELEDGER_KEY_PASSPHRASE", "key export passphrase")
    assert (
        main(["group-key", "export-secret", "--vault", str(group), str(created["id"]), "--out", str(secret)])
        == 0
    )
    assert secret.read_bytes().startswith(b"age-encryption.org/v1\n-> scrypt ")
    assert oct(secret.stat().st_mode & 0o777) == "0o600"
    assert main(["group-key", "retire", "--vault", str(group), str(created["id"])]) == 0
    assert "still open" in capsys.readouterr().out
