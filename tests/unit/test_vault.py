"""Vault: create/open/lock, wrong keys (D8), pragmas on every connection (D4), build guard (D1), K1."""

from __future__ import annotations

import os
import re
import sqlite3
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3

import app.vault as vault_mod
from app import kdf
from app.errors import (
    InvalidInput,
    VaultDamaged,
    VaultExists,
    VaultLocked,
    VaultNotFound,
    VaultTooNew,
    WrongPassphrase,
)
from app.migrations import MIGRATIONS, latest_version
from app.records import add_record, list_records
from app.vault import PRAGMAS, Vault, build_info, file_fingerprint

from .vaultutil import FAST_KDF, PASSPHRASE, facts, new_vault, sidecar_paths

EXPECTED_PRAGMAS = {
    "temp_store": 2,
    "journal_mode": "wal",
    "synchronous": 2,
    "foreign_keys": 1,
    "secure_delete": 1,
}


def _snapshot(path: Path) -> dict[str, Any]:
    return {p.name: file_fingerprint(p) for p in [path, *sidecar_paths(path)]}


@pytest.fixture
def closed_vault(tmp_path: Path) -> Path:
    path = tmp_path / "v.flv"
    with new_vault(path) as v:
        add_record(v, facts())
    assert not any(p.exists() for p in sidecar_paths(path)[:1]), "closing must fold and remove the WAL"
    return path


# --- D1 build guard ---------------------------------------------------------------------------------
def test_build_guard() -> None:
    info = build_info()
    major, minor = (int(x) for x in re.match(r"(\d+)\.(\d+)", info["cipher_version"]).groups())  # type: ignore[union-attr]
    assert (major, minor) >= (4, 9), info["cipher_version"]
    options = set(info["compile_options"])
    assert "HAS_CODEC" in options
    temp_store = [o for o in options if o.startswith("TEMP_STORE=")]
    assert temp_store and int(temp_store[0].split("=")[1]) in (2, 3)
    threadsafe = [o for o in options if o.startswith("THREADSAFE=")]
    assert threadsafe and int(threadsafe[0].split("=")[1]) >= 1
    assert "ENABLE_FTS5" in options
    defaults = " ".join(info["cipher_default_settings"])
    assert "HMAC_SHA512" in defaults and "PBKDF2_HMAC_SHA512" in defaults


# --- create / open / lock -------------------------------------------------------------------------------
def test_create_open_roundtrip(tmp_path: Path) -> None:
    path = tmp_path / "v.flv"
    with new_vault(path) as v:
        rid = add_record(v, facts())
        assert v.pragmas() == EXPECTED_PRAGMAS
    assert path.stat().st_mode & 0o777 == 0o600
    with Vault.open(path, PASSPHRASE) as v:
        assert [r.id for r in list_records(v)] == [rid]
        assert v.conn.execute("PRAGMA user_version").fetchone()[0] == latest_version()
        assert v.check().ok


def test_create_refuses_existing_and_empty(tmp_path: Path) -> None:
    path = tmp_path / "v.flv"
    path.write_bytes(b"something precious")
    with pytest.raises(VaultExists):
        new_vault(path)
    assert path.read_bytes() == b"something precious"
    with pytest.raises(InvalidInput):
        Vault.create(tmp_path / "other.flv", "", kdf=FAST_KDF)
    assert not (tmp_path / "other.flv").exists()
    with pytest.raises(VaultNotFound):
        new_vault(tmp_path / "missing-folder" / "v.flv")


def test_open_missing(tmp_path: Path) -> None:
    with pytest.raises(VaultNotFound):
        Vault.open(tmp_path / "nope.flv", PASSPHRASE)
    assert not (tmp_path / "nope.flv").exists()


def test_lock_drops_connection_and_key(tmp_path: Path) -> None:
    v = new_vault(tmp_path / "v.flv")
    key_buffer = v._key
    assert key_buffer is not None and any(key_buffer)
    v.lock()
    assert v.is_locked
    assert not any(key_buffer), "lock() must overwrite the key bytes in place"
    with pytest.raises(VaultLocked):
        _ = v.conn
    with pytest.raises(VaultLocked):
        add_record(v, facts())
    with pytest.raises(VaultLocked):
        v.backup()


def test_write_rolls_back_and_nests(tmp_path: Path) -> None:
    with new_vault(tmp_path / "v.flv") as v:
        with pytest.raises(RuntimeError), v.write() as conn:
            conn.execute("INSERT INTO meta(key, value) VALUES ('a', '1')")
            raise RuntimeError("boom")
        assert v.conn.execute("SELECT count(*) FROM meta WHERE key = 'a'").fetchone()[0] == 0
        with v.write() as conn:
            conn.execute("INSERT INTO meta(key, value) VALUES ('outer', '1')")
            with pytest.raises(RuntimeError), v.write() as inner:
                inner.execute("INSERT INTO meta(key, value) VALUES ('inner', '1')")
                raise RuntimeError("inner fails alone")
        keys = {r[0] for r in v.conn.execute("SELECT key FROM meta")}
        assert "outer" in keys and "inner" not in keys
        assert not v.conn.in_transaction


# --- D8 wrong keys: typed error, nothing written ----------------------------------------------------------
@pytest.mark.parametrize("attempt", ["wrong passphrase", "", PASSPHRASE + " ", PASSPHRASE.upper()])
def test_wrong_passphrase_changes_nothing(
    closed_vault: Path, attempt: str, capfd: pytest.CaptureFixture[str]
) -> None:
    before = _snapshot(closed_vault)
    with pytest.raises(WrongPassphrase, match="wrong passphrase"):
        Vault.open(closed_vault, attempt)
    assert _snapshot(closed_vault) == before
    assert not any(p.exists() for p in sidecar_paths(closed_vault))
    out, err = capfd.readouterr()
    assert out == "" and err == "", "SQLCipher must not print anything (logs hold nothing)"


def test_wrong_kdf_params_refused(closed_vault: Path) -> None:
    """The right passphrase with other KDF parameters (here: t=4 written into the header) fails."""
    raw = closed_vault.read_bytes()
    header = kdf.parse_header(raw[:16])
    forged_params = kdf.KdfParams(time_cost=header.params.time_cost + 1)
    key = kdf.derive_key(PASSPHRASE.encode(), header.salt, header.params)
    forged = kdf._assemble(forged_params, key, header.salt)  # keeps the old verifier, new params
    closed_vault.write_bytes(forged.raw + raw[16:])
    before = _snapshot(closed_vault)
    with pytest.raises(WrongPassphrase):
        Vault.open(closed_vault, PASSPHRASE)
    assert _snapshot(closed_vault) == before
    assert not any(p.exists() for p in sidecar_paths(closed_vault))


def test_right_key_wrong_salt_is_damage_not_passphrase(closed_vault: Path) -> None:
    """Derivation and verifier agree but SQLCipher's page 1 does not: that is damage."""
    raw = closed_vault.read_bytes()
    header = kdf.parse_header(raw[:16])
    key = kdf.derive_key(PASSPHRASE.encode(), header.salt, header.params)
    with pytest.raises(VaultDamaged):
        # Same key and header, but page 1 encrypted under another key: the verifier passes, HMAC fails.
        vault_mod._connect(closed_vault, bytearray(32), header)
    conn = vault_mod._connect(closed_vault, key, header)
    conn.close()


def test_plain_sqlite_and_junk_are_not_vaults(tmp_path: Path) -> None:
    plain = tmp_path / "plain.db"
    sqlite3.connect(plain).execute("CREATE TABLE t(x)").connection.close()
    with pytest.raises(VaultDamaged, match="unencrypted"):
        Vault.open(plain, PASSPHRASE)
    junk = tmp_path / "junk.flv"
    junk.write_bytes(bytes(range(256)) * 16)
    with pytest.raises(VaultDamaged):
        Vault.open(junk, PASSPHRASE)


def test_vault_too_new(closed_vault: Path) -> None:
    with Vault.open(closed_vault, PASSPHRASE) as v:
        v.conn.execute(f"PRAGMA user_version = {latest_version() + 1}")
    before = file_fingerprint(closed_vault)
    with pytest.raises(VaultTooNew):
        Vault.open(closed_vault, PASSPHRASE)
    assert file_fingerprint(closed_vault) == before


def test_migrations_are_numbered_in_order() -> None:
    assert [m.version for m in MIGRATIONS] == list(range(1, len(MIGRATIONS) + 1))


# --- K1 KDF parameters ------------------------------------------------------------------------------------
def test_kdf_params_floor_and_header_roundtrip(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(InvalidInput):
        kdf.KdfParams(time_cost=2)
    with pytest.raises(InvalidInput):
        kdf.KdfParams(log2_memory_kib=15)  # 32 MiB < RFC 9106 low-memory profile
    monkeypatch.setenv(kdf.TIME_COST_ENV, "2")
    with pytest.raises(InvalidInput):
        kdf.default_params()
    monkeypatch.setenv(kdf.TIME_COST_ENV, "5")
    assert kdf.default_params() == kdf.KdfParams(time_cost=5)
    params = kdf.KdfParams(time_cost=5, log2_memory_kib=17, parallelism=2)
    header, key = kdf.new_header(b"pw", params)
    parsed = kdf.parse_header(header.raw)
    assert parsed == header and kdf.key_matches(parsed, key)
    assert not kdf.key_matches(parsed, kdf.derive_key(b"pw2", parsed.salt, params))


def test_calibration_is_clamped_and_reasonable() -> None:
    params = kdf.calibrate(target_seconds=0.2)
    assert kdf.MIN_TIME_COST <= params.time_cost <= kdf.MAX_TIME_COST
    assert params.memory_kib == 64 * 1024 and params.parallelism == 4
    assert kdf.calibrate(target_seconds=0.0001).time_cost == kdf.MIN_TIME_COST


def test_params_live_in_the_file(tmp_path: Path) -> None:
    """A vault made with other parameters keeps opening (defaults may change later)."""
    path = tmp_path / "v.flv"
    Vault.create(path, PASSPHRASE, kdf=kdf.KdfParams(time_cost=4, parallelism=1)).close()
    with Vault.open(path, PASSPHRASE) as v:
        assert v.kdf_params == kdf.KdfParams(time_cost=4, parallelism=1)


def test_header_looks_random(tmp_path: Path) -> None:
    headers = set()
    for i in range(3):
        path = tmp_path / f"v{i}.flv"
        new_vault(path).close()
        head = path.read_bytes()[:16]
        assert not head.startswith(b"SQLite format 3")
        headers.add(head[:3])  # masked parameters differ although the parameters are equal
    assert len(headers) == 3


# --- D4 pragmas read back on every connection the app opens ---------------------------------------------
def test_pragmas_enforced_on_every_connection(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[dict[str, Any]] = []
    real_connect = vault_mod._connect
    raw_connects: list[str] = []
    real_sqlcipher_connect = sqlcipher3.connect

    def recording_connect(path: Path, key: Any, header: Any, **options: Any) -> Any:
        conn = real_connect(path, key, header, **options)
        seen.append({"path": Path(path).name, **vault_mod.read_pragmas(conn)})
        return conn

    def counting(*args: Any, **kwargs: Any) -> Any:
        raw_connects.append(str(args[0]))
        return real_sqlcipher_connect(*args, **kwargs)

    monkeypatch.setattr(vault_mod, "_connect", recording_connect)
    monkeypatch.setattr(sqlcipher3, "connect", counting)
    path = tmp_path / "v.flv"
    with new_vault(path) as v:  # main
        add_record(v, facts())
        v.backup()  # export + verification connection
        v.change_passphrase("new one", kdf_params=FAST_KDF)  # rekey copy verification + reopen
    with Vault.open(path, "new one"):
        pass
    assert len(seen) >= 5
    assert len(raw_connects) == len(seen), "every connection must go through app.vault._connect"
    for entry in seen:
        values = {k: v for k, v in entry.items() if k != "path"}
        assert values == EXPECTED_PRAGMAS, entry


def test_connection_refused_when_pragma_does_not_stick(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "v.flv"
    new_vault(path).close()
    monkeypatch.setattr(vault_mod, "PRAGMAS", (*PRAGMAS, ("journal_mode", "WAL", "delete")))
    with pytest.raises(vault_mod.VaultError, match="reads back"):
        Vault.open(path, PASSPHRASE)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores file permissions")
def test_read_only_vault_says_so(closed_vault: Path) -> None:
    closed_vault.chmod(0o400)
    try:
        with pytest.raises(vault_mod.VaultError, match="read-only"):
            Vault.open(closed_vault, PASSPHRASE)
    finally:
        closed_vault.chmod(0o600)
