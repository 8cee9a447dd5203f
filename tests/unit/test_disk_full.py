"""L3: the disk fills up during a DB write, a backup, a letter export or a bundle export.

A real small filesystem (a 2 MiB tmpfs mounted for the test; skipped with the reason when mounting
is not permitted) is filled to the last byte, then each operation runs on it. Pass: a typed DiskFull
error; the vault still passes both integrity checks with the same rows; existing backups, letters
and bundles are byte-identical; no half-written or 0-byte file is left behind; and after space is
freed the same operation succeeds (the failure was the disk, not a broken state).
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.errors import DiskFull
from app.evidence import add_evidence
from app.records import add_record, list_records
from app.vault import Vault

from .vaultutil import FAST_KDF, PASSPHRASE, facts, new_vault

FS_SIZE = "2m"


@pytest.fixture
def small_fs(tmp_path: Path) -> Iterator[Path]:
    """A 2 MiB tmpfs mounted at tmp_path/small for the duration of the test."""
    if not sys.platform.startswith("linux"):
        pytest.skip("mounting a small tmpfs is Linux-only")
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root (run as root or in a container with CAP_SYS_ADMIN)")
    mount_point = tmp_path / "small"
    mount_point.mkdir()
    proc = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={FS_SIZE},mode=0700", "tmpfs", str(mount_point)],
        capture_output=True, text=True,
    )
    if proc.returncode != 0:
        pytest.skip(f"mounting a tmpfs is not permitted here: {proc.stderr.strip() or proc.returncode}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


def fill(folder: Path) -> Path:
    """Write a filler file until the filesystem refuses another byte; returns the filler's path."""
    filler = folder / "filler.bin"
    chunk = b"\xa5" * 65536
    with open(filler, "wb", buffering=0) as f:
        while True:
            try:
                f.write(chunk)
            except OSError as exc:
                assert exc.errno == errno.ENOSPC, exc
                break
        while True:  # the last partial chunk: fill to the very end
            try:
                if not f.write(b"\xa5" * 512):
                    break
            except OSError:
                break
    free = os.statvfs(folder).f_bavail * os.statvfs(folder).f_frsize
    assert free < 4096, f"the filesystem still has {free} bytes free"
    return filler


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def tree(folder: Path) -> dict[str, int]:
    """Name -> size of every file except the filler (0-byte files show up here)."""
    return {p.name: p.stat().st_size for p in folder.iterdir() if p.is_file() and p.name != "filler.bin"}


def test_db_write_on_a_full_disk(small_fs: Path) -> None:
    path = small_fs / "v.flv"
    with new_vault(path) as v:
        for i in range(5):
            add_record(v, facts(place_name=f"满盘小区{i}"))
        v.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    with Vault.open(path, PASSPHRASE) as v:
        before = [r.id for r in list_records(v)]
        filler = fill(small_fs)
        with pytest.raises(DiskFull):
            add_evidence(v, before[0], os.urandom(400_000), "photo.jpg")  # bigger than any free page
        with pytest.raises(DiskFull):
            with v.write():  # many small rows in one transaction: the WAL must grow
                for i in range(300):
                    add_record(v, facts(place_name=f"写不下{i}"), notes="备注" * 500)
        assert [r.id for r in list_records(v)] == before, "the failed writes were rolled back"
    with Vault.open(path, PASSPHRASE) as v:  # a fresh connection sees the same intact vault
        report = v.check()
        assert report.integrity == ["ok"] and report.cipher == [] and report.missing_changes == 0
        assert [r.id for r in list_records(v)] == before
        filler.unlink()
        add_evidence(v, before[0], os.urandom(100_000), "photo.jpg")  # space again: it works
    assert all(size > 0 for name, size in tree(small_fs).items() if name == "v.flv")


def test_backup_to_a_full_disk_keeps_older_backups(tmp_path: Path, small_fs: Path) -> None:
    with new_vault(tmp_path / "v.flv") as v:
        add_record(v, facts())
        first = v.backup(small_fs)
        first_hash = sha(first)
        for i in range(20):
            add_record(v, facts(place_name=f"新增{i}"), notes="内容" * 2000)
        filler = fill(small_fs)
        with pytest.raises(DiskFull):
            v.backup(small_fs)
        assert tree(small_fs) == {first.name: first.stat().st_size}, "no partial or 0-byte copy left"
        assert sha(first) == first_hash
        with pytest.raises(DiskFull):  # not "damaged": SQLite needs room for -wal/-shm to open it
            Vault.open(first, PASSPHRASE)
        assert v.check().ok
        filler.unlink()
        with Vault.open(first, PASSPHRASE) as copy:
            assert copy.check().integrity == ["ok"]
        assert sha(first) == first_hash
        second = v.backup(small_fs)
    assert sorted(tree(small_fs)) == sorted([first.name, second.name])


def test_letter_export_to_a_full_disk_keeps_the_old_file(small_fs: Path) -> None:
    from app.letters import compose_letter, write_letter

    letter = compose_letter(facts(), "withdraw_consent,deletion", "zh-CN")
    out = small_fs / "letter.pdf"
    write_letter(letter, out)
    old = sha(out)
    filler = fill(small_fs)
    with pytest.raises(DiskFull):
        write_letter(letter, out, force=True)
    with pytest.raises(DiskFull):
        write_letter(letter, small_fs / "new-letter.txt")
    assert sha(out) == old
    assert tree(small_fs) == {"letter.pdf": out.stat().st_size}, "no temp or 0-byte file left"
    filler.unlink()
    write_letter(letter, small_fs / "new-letter.txt")


def test_bundle_export_to_a_full_disk_keeps_the_old_bundle(tmp_path: Path, small_fs: Path) -> None:
    bundle = pytest.importorskip("app.bundle")
    fast = {"kdf_params": FAST_KDF}  # the RFC 9106 floor: valid, just not calibrated (speed)
    with new_vault(tmp_path / "v.flv") as v:
        record_id = add_record(v, facts())
        add_evidence(v, record_id, os.urandom(200_000), "photo.jpg")
        out = small_fs / "case.flbundle"
        bundle.export_bundle(v, out, "bundle pass 案件", record_ids=[record_id], **fast)
        old = sha(out)
        filler = fill(small_fs)
        with pytest.raises(DiskFull):
            bundle.export_bundle(v, out, "bundle pass 案件", record_ids=[record_id], force=True, **fast)
        assert sha(out) == old
        assert tree(small_fs) == {"case.flbundle": out.stat().st_size}, "no partial or 0-byte file left"
        filler.unlink()
        with contextlib.suppress(FileNotFoundError):
            out.unlink()
        bundle.export_bundle(v, out, "bundle pass 案件", record_ids=[record_id], **fast)
        assert out.stat().st_size > 0
