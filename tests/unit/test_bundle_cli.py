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
    assert main([*args, "--json"]) == 0
    exported = json.loads(capsys.readouterr().out)
    assert exported["counts"]["records"] == 2 and bundle.exists()

    assert main(["bundle", "import", str(bundle), "--vault", str(dst)]) == 0
    out = capsys.readouterr().out
    assert "records: 2 added, 0 already present" in out and "events: 3 added" in out

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
    assert main(["bundle", "export", "--vault", str(src), "--out", str(tmp_path / "x.flb")]) == 2
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
            ]
        )
        == 0
    )
    assert "notes.txt" in capsys.readouterr().err
