"""D6 for schema migration: SIGKILL at every named point while an older vault is upgraded.

Rekey and backup crash points are in test_vault_rekey_backup.py and the bundle import's in
test_bundle_crash.py; this file covers what opening an older vault does: a verified backup first
(backup:* points), then one transaction per migration ("migration:<n>:before-commit" inside the
transaction, "migration:<n>:committed" after it).

After each kill: the file opens with its passphrase (a migration never touches the key), it is
never half-migrated (user_version and the schema agree: a version's columns and tables exist
exactly when its number is reached), both integrity checks pass, every record and evidence byte is
as before, the next open finishes the upgrade, and the backups folder holds at least one valid copy
of the old vault and nothing half-written.
"""

from __future__ import annotations

import functools
import hashlib
import os
import shutil
import uuid
from pathlib import Path
from typing import Any

import pytest

from app import kdf, migrations
from app.records import add_record
from app.vault import BACKUP_DIR_NAME, Vault

from .test_vault_rekey_backup import _killed_at
from .vaultutil import PASSPHRASE, facts, new_vault

OLD_VERSION = 1
LATEST = migrations.latest_version()
LABELS = [
    "backup:exported",
    "backup:verified",
    "backup:renamed",
    "migration:backed-up",
    *[
        f"migration:{n}:{when}"
        for n in range(OLD_VERSION + 1, LATEST + 1)
        for when in ("before-commit", "committed")
    ],
]


def records_state(v: Vault) -> list[Any]:
    """Records and evidence bytes (the data a migration must carry over unchanged)."""
    rows = v.conn.execute("SELECT id, uuid, facts_json, notes FROM records ORDER BY id").fetchall()
    blobs = [
        (record_id, hashlib.sha256(data).hexdigest())
        for record_id, data in v.conn.execute("SELECT record_id, data FROM evidence ORDER BY id")
    ]
    return [rows, blobs]


def schema_matches_version(conn: Any) -> tuple[int, bool]:
    """(user_version, whether the schema is exactly that version's: no half-applied migration)."""
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    request_cols = {r[1] for r in conn.execute("PRAGMA table_info(requests)")}
    evidence_cols = {r[1] for r in conn.execute("PRAGMA table_info(evidence)")}
    consistent = (
        ("letter_json" in request_cols) == (version >= 2)
        and ("reply_period_json" in request_cols) == (version >= 2)
        and ("imported_bundles" in tables) == (version >= 3)
        and ("original_sha256" in evidence_cols) == (version >= 3)
    )
    return version, consistent


@functools.lru_cache(maxsize=8)
def _key_for(header_raw: bytes) -> bytes:
    header = kdf.parse_header(header_raw)
    return bytes(kdf.derive_key(PASSPHRASE.encode(), header.salt, header.params))


def open_without_migrating(path: Path) -> Vault:
    """Look at the file as it is (the app's open() would upgrade it)."""
    header = kdf.parse_header(path.read_bytes()[:16])
    return Vault._open_with_key(path, bytearray(_key_for(header.raw)), header, migrate_schema=False)


@pytest.fixture(scope="module")
def old_vault_files(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Any]]:
    """Built once: a vault as FaceLedger with only the first migration wrote it, with records and
    evidence (each test works on its own copy)."""
    folder = tmp_path_factory.mktemp("old-vault")
    path = folder / "v.flv"
    with pytest.MonkeyPatch.context() as patch:
        for name in ("CONFIG", "DATA", "STATE"):
            (folder / name.lower()).mkdir()
            patch.setenv(f"FACELEDGER_{name}_DIR", str(folder / name.lower()))
        patch.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:OLD_VERSION])
        with new_vault(path) as v:
            for i in range(30):
                record_id = add_record(v, facts(place_name=f"旧版本小区{i}"), notes=f"备注{i}")
                if i % 10 == 0:  # as the first schema stores evidence (today's add_evidence needs the latest)
                    blob = os.urandom(20_000)
                    with v.write() as conn:
                        conn.execute(
                            "INSERT INTO evidence(uuid, record_id, original_name, mime, size, sha256, "
                            "captured_at, added_at, data) VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?)",
                            (str(uuid.uuid4()), record_id, f"photo{i}.jpg", "application/octet-stream",
                             len(blob), hashlib.sha256(blob).hexdigest(), "2025-01-01T00:00:00+00:00", blob),
                        )
            assert v.conn.execute("PRAGMA user_version").fetchone()[0] == OLD_VERSION
            v.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            state = records_state(v)
    assert migrations.latest_version() == LATEST > OLD_VERSION
    return path, state


@pytest.fixture
def old_vault(tmp_path: Path, old_vault_files: tuple[Path, list[Any]]) -> tuple[Path, list[Any]]:
    (tmp_path / "vault").mkdir()  # its own folder: tmp_path also holds the test's private home
    path = tmp_path / "vault" / "v.flv"
    shutil.copyfile(old_vault_files[0], path)
    return path, old_vault_files[1]


def test_upgrade_without_a_crash(old_vault: tuple[Path, list[Any]]) -> None:
    path, before = old_vault
    with Vault.open(path, PASSPHRASE) as v:
        assert schema_matches_version(v.conn) == (LATEST, True)
        assert records_state(v) == before and v.check().ok
    backups = list((path.parent / BACKUP_DIR_NAME).glob("*.flv"))
    assert len(backups) == 1


@pytest.mark.skipif(os.name != "posix", reason="fork + SIGKILL")
@pytest.mark.parametrize("label", LABELS)
def test_crash_during_upgrade(old_vault: tuple[Path, list[Any]], label: str) -> None:
    path, before = old_vault
    _killed_at(label, lambda v: None, path, PASSPHRASE)

    with open_without_migrating(path) as raw:
        version, consistent = schema_matches_version(raw.conn)
        assert consistent, f"half-migrated schema at version {version} after a crash at {label}"
        if label.startswith("migration:") and label.endswith(":before-commit"):
            assert version == int(label.split(":")[1]) - 1, "the killed migration must not have landed"
        report = raw.check()
        assert report.integrity == ["ok"] and report.cipher == []
        assert records_state(raw) == before

    with Vault.open(path, PASSPHRASE) as v:  # the next start finishes the upgrade
        assert schema_matches_version(v.conn) == (LATEST, True)
        assert v.check().ok and records_state(v) == before

    backup_dir = path.parent / BACKUP_DIR_NAME
    names = sorted(p.name for p in backup_dir.iterdir())
    assert not [n for n in names if n.endswith((".partial", "-wal", "-shm", "-journal"))], names
    versions = []
    for backup in backup_dir.glob("*.flv"):
        with open_without_migrating(backup) as copy:
            assert copy.check().integrity == ["ok"]
            version, consistent = schema_matches_version(copy.conn)
            # A crash between two migrations leaves an intermediate version; the next open backs
            # that up too before going on. Every copy is whole and holds every record.
            assert consistent and version < LATEST
            assert records_state(copy) == before
            versions.append(version)
    assert OLD_VERSION in versions, f"no valid backup of the old vault after a crash at {label}"
    leftovers = sorted(p.name for p in path.parent.iterdir() if p.name not in {"v.flv", BACKUP_DIR_NAME})
    assert leftovers == [], f"files left behind after a crash at {label}: {leftovers}"
