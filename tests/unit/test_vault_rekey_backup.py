"""D10 passphrase change proven by reopening; D11 backups open with their own key only, rotate 5."""

from __future__ import annotations

import hashlib
import os
import signal
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import app.vault as vault_mod
from app.errors import VaultError, VaultExists, VaultInUse, WrongPassphrase
from app.kdf import KdfParams
from app.records import add_record, list_records
from app.vault import BACKUPS_KEPT, CRASH_ENV, Vault

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
    for (rowid,) in v.conn.execute(
        "SELECT rowid FROM records_fts WHERE records_fts MATCH '\"物业\"' ORDER BY rowid"
    ):
        h.update(str(rowid).encode())
    return h.hexdigest()


def _bulk(v: Vault, n: int) -> None:
    with v.write() as conn:
        conn.executemany(
            "INSERT INTO meta(key, value) VALUES (?, ?)",
            ((f"row{i}", os.urandom(24).hex()) for i in range(n)),
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

        def broken_verify(self: Vault, dest: Path, key: Any, header: Any, expected: Any) -> None:
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
        report = b.check()
        assert report.integrity == ["ok"] and report.cipher == []
        assert report.missing_changes == 1  # the vault moved on after this copy
        assert content_hash(b) == expected


def test_backup_with_own_passphrase_only_opens_with_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
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
        report = b.check()
        assert report.integrity == ["ok"] and report.cipher == [] and content_hash(b) == expected


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

        def broken_verify(self: Vault, dest: Path, key: Any, header: Any, expected: Any) -> None:
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


def test_rekey_refused_while_another_connection_has_it_open(tmp_path: Path) -> None:
    path = tmp_path / "v.flv"
    with new_vault(path) as v:
        add_record(v, facts())
        before = content_hash(v)
    first = Vault.open(path, PASSPHRASE)
    second = Vault.open(path, PASSPHRASE)
    try:
        with pytest.raises(VaultInUse):
            first.change_passphrase("new", kdf_params=FAST_KDF)
        assert not first.is_locked and content_hash(first) == before
        add_record(second, facts(place_name="另一个窗口"))  # the other connection keeps working
        assert len(list_records(first)) == 2
    finally:
        first.close()
        second.close()
    with Vault.open(path, PASSPHRASE) as v:
        assert len(list_records(v)) == 2
    assert not path.with_name(path.name + ".rekey-tmp").exists()


# --- D6 crash points: SIGKILL at every step of a passphrase change and a backup -------------------------
REKEY_POINTS = ["rekey:exported", "rekey:verified", "rekey:old-closed", "rekey:renamed"]
BACKUP_POINTS = ["backup:exported", "backup:verified", "backup:renamed", "backup:rotating"]


def _killed_at(label: str, action: Callable[[Vault], object], path: Path, passphrase: str) -> None:
    pid = os.fork()
    if pid == 0:
        try:
            os.environ[CRASH_ENV] = label
            v = Vault.open(path, passphrase)
            action(v)
        finally:
            os._exit(0)  # reached only if the crash point was not hit
    _, status = os.waitpid(pid, 0)
    assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, f"{label} was not reached"


@pytest.mark.skipif(os.name != "posix", reason="fork + SIGKILL")
@pytest.mark.parametrize("label", REKEY_POINTS)
def test_crash_during_rekey_leaves_old_or_new(
    tmp_path: Path, label: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FACELEDGER_KDF_TIME_COST", "3")
    path = tmp_path / "v.flv"
    with new_vault(path) as v:
        for i in range(50):
            add_record(v, facts(place_name=f"物业{i}"))
        _bulk(v, 2000)
        before = content_hash(v)
    _killed_at(label, lambda v: v.change_passphrase("新口令"), path, PASSPHRASE)
    opened = []
    for candidate in (PASSPHRASE, "新口令"):
        try:
            with Vault.open(path, candidate) as v:
                report = v.check()
                assert report.integrity == ["ok"] and report.cipher == []
                assert content_hash(v) == before
                opened.append(candidate)
        except WrongPassphrase:
            pass
    assert len(opened) == 1, f"after a crash at {label} exactly one passphrase must open the vault"
    assert opened == (["新口令"] if label == "rekey:renamed" else [PASSPHRASE])
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.startswith("v.flv.")]
    assert leftovers == [], "a successful open cleans what the crash left"


@pytest.mark.skipif(os.name != "posix", reason="fork + SIGKILL")
@pytest.mark.parametrize("label", BACKUP_POINTS)
def test_crash_during_backup_keeps_a_valid_set(tmp_path: Path, label: str) -> None:
    path = tmp_path / "v.flv"
    with new_vault(path) as v:
        add_record(v, facts())
        earlier = [v.backup() for _ in range(BACKUPS_KEPT)]
        add_record(v, facts(place_name="最新"))
        before = content_hash(v)
    _killed_at(label, lambda v: v.backup(), path, PASSPHRASE)
    with Vault.open(path, PASSPHRASE) as v:
        assert v.check().ok and content_hash(v) == before
        after_crash = sorted(p for p in (tmp_path / "backups").iterdir() if p.suffix == ".flv")
        assert len(after_crash) >= BACKUPS_KEPT - 1
        for b in after_crash:
            with Vault.open(b, PASSPHRASE) as copy:
                assert copy.check().integrity == ["ok"]
        v.backup()  # the next backup clears half-written leftovers and rotates
    names = sorted(p.name for p in (tmp_path / "backups").iterdir())
    assert len(names) == BACKUPS_KEPT and not any(
        n.endswith((".partial", "-wal", "-shm", "-journal")) for n in names
    )
    assert set(earlier) - {tmp_path / "backups" / n for n in names}  # rotation dropped the oldest
