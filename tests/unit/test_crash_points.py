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

import hashlib
import os
from pathlib import Path
from typing import Any

import pytest

from app import kdf, migrations
from app.evidence import add_evidence
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


def open_without_migrating(path: Path) -> Vault:
    """Look at the file as it is (the app's open() would upgrade it)."""
    header = kdf.parse_header(path.read_bytes()[:16])
    key = kdf.derive_key(PASSPHRASE.encode(), header.salt, header.params)
    return Vault._open_with_key(path, key, header, migrate_schema=False)


@pytest.fixture
def old_vault(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, list[Any]]:
    """A vault as FaceLedger with only the first migration wrote it, with records and evidence."""
    (tmp_path / "vault").mkdir()  # its own folder: tmp_path also holds the test's private home
    path = tmp_path / "vault" / "v.flv"
    monkeypatch.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:OLD_VERSION])
    with new_vault(path) as v:
        for i in range(30):
            record_id = add_record(v, facts(place_name=f"旧版本小区{i}"), notes=f"备注{i}")
            if i % 10 == 0:
                add_evidence(v, record_id, os.urandom(20_000), f"photo{i}.jpg")
        assert v.conn.execute("PRAGMA user_version").fetchone()[0] == OLD_VERSION
        state = records_state(v)
    monkeypatch.undo()
    assert migrations.latest_version() == LATEST > OLD_VERSION
    return path, state


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
    valid = 0
    for backup in backup_dir.glob("*.flv"):
        with open_without_migrating(backup) as copy:
            assert copy.check().integrity == ["ok"]
            assert schema_matches_version(copy.conn) == (OLD_VERSION, True), "the backup is the old vault"
            assert records_state(copy) == before
            valid += 1
    assert valid >= 1, f"no valid backup of the old vault after a crash at {label}"
    leftovers = sorted(p.name for p in path.parent.iterdir() if p.name not in {"v.flv", BACKUP_DIR_NAME})
    assert leftovers == [], f"files left behind after a crash at {label}: {leftovers}"
