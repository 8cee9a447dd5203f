"""D9: damage is reported as damage, never as a wrong passphrase, and the damaged file is not touched."""

from __future__ import annotations

import os
import random
import signal
from pathlib import Path

import pytest

from app.errors import VaultDamaged, WrongPassphrase
from app.evidence import add_evidence, get_evidence_bytes
from app.records import add_record, list_records
from app.vault import PAGE_SIZE, Vault, file_fingerprint

from .vaultutil import PASSPHRASE, facts, new_vault, sidecar_paths


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    path = tmp_path_factory.mktemp("pristine") / "v.flv"
    with new_vault(path) as v:
        for i in range(40):
            rid = add_record(v, facts(place_name=f"小区{i}"), notes="备注" * 200)
            add_evidence(v, rid, random.Random(i).randbytes(6000), f"photo{i}.jpg")
    return path.read_bytes()


def _flip(data: bytes, bit: int) -> bytes:
    out = bytearray(data)
    out[bit // 8] ^= 1 << (bit % 8)
    return bytes(out)


def _read_everything(path: Path) -> None:
    with Vault.open(path, PASSPHRASE) as v:
        report = v.check()
        if not report.ok:
            raise VaultDamaged(f"check failed: {report.cipher or report.integrity}")
        for r in list_records(v):
            for (eid,) in v.conn.execute("SELECT id FROM evidence WHERE record_id = ?", (r.id,)).fetchall():
                get_evidence_bytes(v, eid)


def test_pristine_copy_is_fine(tmp_path: Path, pristine: bytes) -> None:
    path = tmp_path / "v.flv"
    path.write_bytes(pristine)
    _read_everything(path)


@pytest.mark.parametrize("seed", range(12))
def test_flip_in_page_one_is_damage(
    tmp_path: Path, pristine: bytes, seed: int, capfd: pytest.CaptureFixture[str]
) -> None:
    """(a) one random bit of page 1, including the 16-byte header (salt/params/verifier/checksum)."""
    rng = random.Random(seed)
    bit = rng.randrange(16 * 8) if seed < 4 else rng.randrange(PAGE_SIZE * 8)
    path = tmp_path / "v.flv"
    path.write_bytes(_flip(pristine, bit))
    before = file_fingerprint(path)
    with pytest.raises(VaultDamaged) as info:
        Vault.open(path, PASSPHRASE)
    assert not isinstance(info.value, WrongPassphrase)
    assert file_fingerprint(path) == before, "the damaged file must not be changed"
    assert not any(p.exists() for p in sidecar_paths(path))
    assert capfd.readouterr() == ("", ""), "SQLCipher's own error log must stay silent"


@pytest.mark.parametrize("seed", range(12))
def test_flip_in_a_data_page_is_damage(tmp_path: Path, pristine: bytes, seed: int) -> None:
    """(b) one random bit in a random later page: open works, but check() and reads report damage."""
    rng = random.Random(1000 + seed)
    pages = len(pristine) // PAGE_SIZE
    page = rng.randrange(1, pages)  # 0-based: page index 1.. = SQLite page 2..
    bit = page * PAGE_SIZE * 8 + rng.randrange(PAGE_SIZE * 8)
    path = tmp_path / "v.flv"
    path.write_bytes(_flip(pristine, bit))
    with Vault.open(path, PASSPHRASE) as v:
        report = v.check()
        assert not report.ok
        assert any(f"page {page + 1}" in line for line in report.cipher), report.cipher
    with pytest.raises(VaultDamaged):
        _read_everything(path)


def test_truncated_file_is_damage(tmp_path: Path, pristine: bytes) -> None:
    """(d) a size that is not a whole number of pages, and a file cut to its header."""
    path = tmp_path / "v.flv"
    for size in (len(pristine) - 100, 3000, 16, 0):
        path.write_bytes(pristine[:size])
        with pytest.raises(VaultDamaged):
            Vault.open(path, PASSPHRASE)


def test_truncated_to_whole_pages_is_damage(tmp_path: Path, pristine: bytes) -> None:
    path = tmp_path / "v.flv"
    path.write_bytes(pristine[: len(pristine) // 2 // PAGE_SIZE * PAGE_SIZE])
    with pytest.raises(VaultDamaged):
        _read_everything(path)


def test_damage_during_normal_reads_is_typed(tmp_path: Path, pristine: bytes) -> None:
    """A damaged evidence page while reading blobs surfaces as VaultDamaged, not a raw sqlite error."""
    path = tmp_path / "v.flv"
    path.write_bytes(pristine)
    with Vault.open(path, PASSPHRASE) as v:
        last = v.conn.execute("SELECT max(id) FROM evidence").fetchone()[0]
    data = bytearray(pristine)
    # Damage every page after the first 3 quarters: the last evidence blobs live there.
    start = (len(data) // PAGE_SIZE * 3 // 4) * PAGE_SIZE
    for offset in range(start + 100, len(data), PAGE_SIZE):
        data[offset] ^= 0xFF
    path.write_bytes(bytes(data))
    with Vault.open(path, PASSPHRASE) as v, pytest.raises(VaultDamaged):
        for eid in range(1, last + 1):
            get_evidence_bytes(v, eid)


# --- D9 (c) / D12: lost WAL tail is noticed through the commit-counter mirror --------------------------
def _commit_then_die(path: Path, commits: int) -> None:
    """Fork a writer that commits and is SIGKILLed before any checkpoint, leaving its WAL behind."""
    pid = os.fork()
    if pid == 0:
        try:
            v = Vault.open(path, PASSPHRASE)
            v.conn.execute("PRAGMA wal_autocheckpoint = 0")
            for i in range(commits):
                add_record(v, facts(place_name=f"记录{i}"))
        finally:
            os.kill(os.getpid(), signal.SIGKILL)
    os.waitpid(pid, 0)


@pytest.mark.skipif(os.name != "posix", reason="fork")
def test_wal_tail_loss_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "v.flv"
    new_vault(path).close()
    _commit_then_die(path, 60)
    wal = path.with_name(path.name + "-wal")
    assert wal.stat().st_size > 0
    # (c) flip one bit in the middle of the WAL: SQLite silently drops every later frame.
    data = bytearray(wal.read_bytes())
    data[len(data) // 2] ^= 0x04
    wal.write_bytes(bytes(data))
    with Vault.open(path, PASSPHRASE) as v:
        kept = len(list_records(v))
        assert kept < 60
        assert v.missing_changes == 60 - kept
        report = v.check()
        assert report.integrity == ["ok"] and report.cipher == []  # SQLite itself sees nothing wrong
        assert not report.ok and report.missing_changes == 60 - kept
    with Vault.open(path, PASSPHRASE) as v:
        assert v.missing_changes == 60 - kept, "the warning stays until the user accepts it"
        v.accept_missing_changes()
        assert v.check().ok
    with Vault.open(path, PASSPHRASE) as v:
        assert v.missing_changes == 0


@pytest.mark.skipif(os.name != "posix", reason="fork")
def test_deleted_wal_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "v.flv"
    new_vault(path).close()
    _commit_then_die(path, 10)
    path.with_name(path.name + "-wal").unlink()
    path.with_name(path.name + "-shm").unlink(missing_ok=True)
    with Vault.open(path, PASSPHRASE) as v:
        assert len(list_records(v)) == 0 and v.missing_changes == 10


def test_restored_older_copy_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "v.flv"
    with new_vault(path) as v:
        backup = v.backup()
        for i in range(3):
            add_record(v, facts(place_name=f"后来{i}"))
        assert v.missing_changes == 0
    with Vault.open(backup, PASSPHRASE) as old:
        assert old.missing_changes == 3
    with Vault.open(path, PASSPHRASE) as v:
        assert v.missing_changes == 0 and v.check().ok


@pytest.mark.slow
def test_hundred_random_flips_all_detected(tmp_path: Path, pristine: bytes) -> None:
    """TEST-MATRIX D9 size: 100 random single-bit flips anywhere in the file, 100% reported as damage."""
    rng = random.Random()
    path = tmp_path / "v.flv"
    for _ in range(100):
        bit = rng.randrange(len(pristine) * 8)
        path.write_bytes(_flip(pristine, bit))
        try:
            _read_everything(path)
        except WrongPassphrase:
            pytest.fail(f"bit {bit} (page {bit // 8 // PAGE_SIZE + 1}) was reported as a wrong passphrase")
        except VaultDamaged:
            continue
        pytest.fail(f"bit {bit} (page {bit // 8 // PAGE_SIZE + 1}) went unnoticed")


def test_missing_changes_as_an_error_and_in_the_cli(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from app.cli import main
    from app.errors import ChangesMissing

    path = tmp_path / "v.flv"
    with new_vault(path) as v:
        backup = v.backup()
        add_record(v, facts())
        v.raise_if_changes_missing()  # nothing missing: no error
    with Vault.open(backup, PASSPHRASE) as old, pytest.raises(ChangesMissing, match="1 fewer change"):
        old.raise_if_changes_missing()
    monkeypatch.setenv("FACELEDGER_PASSPHRASE", PASSPHRASE)
    assert main(["vault", "check", "--vault", str(backup)]) == 2
    captured = capsys.readouterr()
    assert "missing changes: 1" in captured.out and "missing" in captured.err
    assert main(["log", "list", "--vault", str(backup)]) == 0
    assert "has 1 fewer change(s) than last seen on this machine" in capsys.readouterr().err
    assert main(["vault", "check", "--vault", str(path)]) == 0
