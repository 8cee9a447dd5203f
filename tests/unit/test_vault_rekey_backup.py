"""D10 passphrase change proven by reopening; D11 backups open with their own key only, rotate 5."""

from __future__ import annotations

import hashlib
import os
import time
from pathlib import Path
from typing import Any

import pytest

import app.vault as vault_mod
from app.errors import VaultError, VaultExists, WrongPassphrase
from app.kdf import KdfParams
from app.records import add_record, list_records
from app.vault import BACKUPS_KEPT, Vault

from .vaultutil import FAST_KDF, PASSPHRASE, facts, new_vault, sidecar_paths


def content_hash(v: Vault) -> str:
    """Hash of every row of every table (blobs included), in a fixed order."""
    h = hashlib.sha256()
    tables = [
        r[0]
        for r in v.conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE 'records_fts%' ORDER BY name"
        )
    ]
    for table in tables:
        h.update(table.encode())
        for row in v.conn.execute(f'SELECT * FROM "{table}" ORDER BY rowid'):
            h.update(repr(row).encode())
    # The search index must survive the copy too.
    for (rowid,) in v.conn.execute("SELECT rowid FROM records_fts WHERE records_fts MATCH '\"物业\"' ORDER BY rowid"):
        h.update(str(rowid).encode())
    return h.hexdigest()


def _bulk(v: Vault, n: int) -> None:
    with v.write() as conn:
        conn.executemany(
            "INSERT INTO meta(key, value) VALUES (?, ?)", ((f"row{i}", os.urandom(24).hex()) for i in range(n))
        )


def test_rekey_roundtrip_20k_rows(tmp_path: Path) -> None:
    path = tmp_path / "v.flv"
    with new_vault(path) as v:
        for i in range(20):
            add_record(v, facts(place_name=f"物业小区{i}"))
        _bulk(v, 20_000)
        before = content_hash(v)
        start = time.perf_counter()
        v.change_passphrase("新的口令 new", kdf_params=FAST_KDF)
        elapsed = time.perf_counter() - start
        assert content_hash(v) == before  # the live vault object now uses the new file
        add_record(v, facts(place_name="改口令后"))
    print(f"rekey 20k rows: {elapsed:.2f} s")
    assert not any(p.exists() for p in sidecar_paths(path))
    assert not path.with_name(path.name + ".rekey-tmp").exists()
    with pytest.raises(WrongPassphrase):
        Vault.open(path, PASSPHRASE)
    with Vault.open(path, "新的口令 new") as v:
        report = v.check()
        assert report.ok
        assert report.counts["meta"] >= 20_000
        assert len(list_records(v)) == 21


def test_rekey_failure_keeps_old_vault(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "v.flv"
    with new_vault(path) as v:
        add_record(v, facts())
        before = content_hash(v)

        def broken_verify(self: Vault, dest: Path, key: Any, header: Any) -> None:
            raise VaultError("simulated: the copy did not verify")

        monkeypatch.setattr(Vault, "_verify_copy", broken_verify)
        with pytest.raises(VaultError, match="simulated"):
            v.change_passphrase("other", kdf_params=FAST_KDF)
        assert not v.is_locked and content_hash(v) == before
    assert not path.with_name(path.name + ".rekey-tmp").exists()
    with Vault.open(path, PASSPHRASE) as v:
        assert content_hash(v) == before
    with pytest.raises(WrongPassphrase):
        Vault.open(path, "other")


def test_rekey_uses_new_salt_and_params(tmp_path: Path) -> None:
    path = tmp_path / "v.flv"
    with new_vault(path) as v:
        old_head = path.read_bytes()[:16]
        v.change_passphrase("x2", kdf_params=KdfParams(time_cost=4))
        assert v.kdf_params.time_cost == 4
    assert path.read_bytes()[:16] != old_head


def test_backup_opens_with_vault_key_and_matches(tmp_path: Path) -> None:
    path = tmp_path / "v.flv"
    with new_vault(path) as v:
        add_record(v, facts(), notes="备份前")
        expected = content_hash(v)
        backup = v.backup()
        add_record(v, facts(), notes="备份后")  # later changes are not in the backup
    assert backup.parent == tmp_path / "backups"
    assert not any(p.exists() for p in sidecar_paths(backup))
    with Vault.open(backup, PASSPHRASE) as b:
        assert b.check().ok
        assert content_hash(b) == expected


def test_backup_with_own_passphrase_only_opens_with_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FACELEDGER_KDF_TIME_COST", "3")
    path = tmp_path / "v.flv"
    target = tmp_path / "for-lawyer.flv"
    with new_vault(path) as v:
        add_record(v, facts())
        expected = content_hash(v)
        assert v.backup(target, passphrase="律师的口令") == target
        with pytest.raises(VaultExists):
            v.backup(target)
    with pytest.raises(WrongPassphrase):
        Vault.open(target, PASSPHRASE)
    with Vault.open(target, "律师的口令") as b:
        assert b.check().ok and content_hash(b) == expected


def test_backup_rotation_keeps_five(tmp_path: Path) -> None:
    path = tmp_path / "v.flv"
    folder = tmp_path / "elsewhere"
    folder.mkdir()
    made = []
    with new_vault(path) as v:
        for i in range(BACKUPS_KEPT + 2):
            add_record(v, facts(place_name=f"第{i}次"))
            made.append(v.backup(folder))
    kept = sorted(folder.iterdir())
    assert kept == made[-BACKUPS_KEPT:]
    for b in kept:
        Vault.open(b, PASSPHRASE).close()


def test_failed_backup_keeps_older_ones(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "v.flv"
    with new_vault(path) as v:
        first = [v.backup() for _ in range(BACKUPS_KEPT)]

        def broken_verify(self: Vault, dest: Path, key: Any, header: Any) -> None:
            raise VaultError("simulated verification failure")

        monkeypatch.setattr(Vault, "_verify_copy", broken_verify)
        with pytest.raises(VaultError):
            v.backup()
    assert sorted((tmp_path / "backups").iterdir()) == first, "older backups stay until a new one verified"


def test_export_copies_schema_version(tmp_path: Path) -> None:
    path = tmp_path / "v.flv"
    with new_vault(path) as v:
        backup = v.backup()
        version = v.conn.execute("PRAGMA user_version").fetchone()[0]
    with Vault.open(backup, PASSPHRASE) as b:
        assert b.conn.execute("PRAGMA user_version").fetchone()[0] == version == vault_mod.latest_version()
