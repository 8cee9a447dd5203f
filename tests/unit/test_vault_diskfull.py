"""L3 (the vault's part): a full disk gives a typed DiskFull, and the vault and its backups stay intact."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.errors import DiskFull
from app.evidence import add_evidence
from app.records import add_record, count_records
from app.vault import Vault

from .vaultutil import FAST_KDF, PASSPHRASE, facts, new_vault


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 6 MiB tmpfs (needs root, as on CI; skipped where mounting is not allowed)."""
    mount_point = tmp_path / "small"
    mount_point.mkdir()
    if os.name != "posix" or os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=6m,mode=0700", "tmpfs", str(mount_point)],
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode(errors='replace').strip()}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


def test_disk_full_is_typed_and_harmless(small_disk: Path) -> None:
    path = small_disk / "v.flv"
    with new_vault(path) as v:
        add_record(v, facts(place_name="满盘之前"))
        with pytest.raises(DiskFull):
            rid = add_record(v, facts(place_name="大文件"))
            add_evidence(v, rid, os.urandom(8 * 1024 * 1024), "too-big.mp4")
        # The vault still works and holds exactly what was committed before.
        assert count_records(v) in (1, 2)  # the record may have committed before the blob failed
        before = count_records(v)
        with pytest.raises(DiskFull), v.write():
            record_id = add_record(v, facts(place_name="同一事务"))
            add_evidence(v, record_id, os.urandom(8 * 1024 * 1024), "too-big.mp4")
        assert count_records(v) == before, "record and evidence in one transaction: all or nothing"
        report = v.check()
        assert report.integrity == ["ok"] and report.cipher == []
        with pytest.raises(DiskFull):
            v.backup()
        v.conn.execute("INSERT INTO meta(key, value) VALUES ('ballast', zeroblob(1500000))")
        with pytest.raises(DiskFull):
            v.change_passphrase("新口令", kdf_params=FAST_KDF)
        assert not v.is_locked and count_records(v) == before
        v.conn.execute("DELETE FROM meta WHERE key = 'ballast'")
    leftovers = (
        [p.name for p in (small_disk / "backups").iterdir()] if (small_disk / "backups").exists() else []
    )
    assert leftovers == [], "a failed backup leaves no half-written file"
    # (-wal/-shm may stay: with the disk full the closing checkpoint cannot grow the file; the
    # committed data waits in the WAL and the next open recovers it.)
    assert not [p for p in small_disk.iterdir() if "rekey" in p.name or "partial" in p.name]
    with Vault.open(path, PASSPHRASE) as v:
        assert v.check().ok and count_records(v) == before
