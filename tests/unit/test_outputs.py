"""Issue 19 item 1: every file a command writes goes through app/outputs.py.

Real files, real FIFOs, real CLI processes: an output may never land on a vault (open or not), its
-wal/-shm, its backups, a device, a FIFO or a folder; an existing file needs --force; writing is
atomic (the old file survives a failure) and personal outputs are 0600.
"""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from app.errors import DiskFull, OutputExists, OutputRefused
from app.outputs import add_force_argument, check_output, looks_like_vault, open_output, write_output
from app.records import add_record
from app.vault import Vault, file_fingerprint

from .vaultutil import PASSPHRASE, cli_env, facts, new_vault

REPO = Path(__file__).resolve().parents[2]


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        env=cli_env(FACELEDGER_PASSPHRASE=PASSPHRASE, FACELEDGER_BUNDLE_PASSPHRASE="bundle 口令 pass"),
        timeout=180,
        check=False,
    )


@pytest.fixture
def vault_file(tmp_path: Path) -> Path:
    path = tmp_path / "v.vault"
    with new_vault(path) as v:
        add_record(v, facts())
        v.backup()  # backups/v-backup-….vault next to it
    return path


def _snapshot(folder: Path) -> dict[str, tuple[str, int] | None]:
    return {str(p.relative_to(folder)): file_fingerprint(p) for p in sorted(folder.rglob("*")) if p.is_file()}


# --- the guard, in process ------------------------------------------------------------------------
def test_a_vault_and_its_backups_are_refused_even_with_force(vault_file: Path) -> None:
    backup = next((vault_file.parent / "backups").iterdir())
    assert looks_like_vault(vault_file) and looks_like_vault(backup)
    for target in (vault_file, backup):
        for force in (False, True):
            with pytest.raises(OutputRefused, match="vault"):
                write_output(target, b"x", force=force)
    link = vault_file.parent / "link.csv"
    link.symlink_to(vault_file)
    with pytest.raises(OutputRefused, match="vault"):
        write_output(link, b"x", force=True)


def test_the_open_vaults_log_files_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "open.vault"
    with new_vault(path) as v:
        add_record(v, facts())
        for suffix in ("-wal", "-shm", "-journal", ".rekey-tmp"):
            with pytest.raises(OutputRefused):
                write_output(path.with_name(path.name + suffix), b"x", force=True)
        with pytest.raises(OutputRefused, match="backup"):
            write_output(tmp_path / "backups" / "open-backup-2099.vault", b"x", force=True)
    # After the vault is closed its -wal name is still refused (the file next to it is a vault).
    with pytest.raises(OutputRefused):
        write_output(path.with_name(path.name + "-wal"), b"x", force=True)


def test_devices_fifos_and_folders_are_refused(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    device_link = tmp_path / "null-link"
    device_link.symlink_to("/dev/null")
    for target, kind in ((fifo, "FIFO"), (tmp_path, "folder"), (Path("/dev/null"), "device"),
                         (device_link, "device")):
        for force in (False, True):
            with pytest.raises(OutputRefused, match=kind):
                check_output(target, force=force)
    assert stat.S_ISFIFO(fifo.lstat().st_mode) and device_link.is_symlink()


def test_existing_file_needs_force_and_is_replaced_atomically(tmp_path: Path) -> None:
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    out = tmp_path / "report.csv"
    write_output(out, b"first")
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    with pytest.raises(OutputExists, match="--force"):
        write_output(out, b"second")
    assert out.read_bytes() == b"first"
    # A writer that fails half way leaves the old file and no temporary file.
    with pytest.raises(RuntimeError), open_output(out, force=True) as handle:
        handle.write(b"half")
        raise RuntimeError("renderer crashed")
    assert out.read_bytes() == b"first"
    write_output(out, b"second", force=True)
    assert out.read_bytes() == b"second"
    public = write_output(tmp_path / "key.pub", b"k", personal=False)
    assert stat.S_IMODE(public.stat().st_mode) == 0o644
    assert sorted(p.name for p in tmp_path.iterdir()) == ["key.pub", "report.csv"]


def test_a_symlinked_output_replaces_the_file_it_points_to(tmp_path: Path) -> None:
    real = tmp_path / "real.txt"
    real.write_bytes(b"old")
    link = tmp_path / "link.txt"
    link.symlink_to(real)
    write_output(link, b"new", force=True)
    assert link.is_symlink() and real.read_bytes() == b"new"


def test_missing_folder_and_full_disk_are_one_line_errors(tmp_path: Path) -> None:
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    with pytest.raises(OutputRefused, match="does not exist"):
        write_output(tmp_path / "nope" / "x.csv", b"x")
    if Path("/dev/full").exists():
        with pytest.raises(DiskFull):
            with open_output(tmp_path / "x.bin") as handle:
                with open("/dev/full", "wb") as full:
                    full.write(b"x" * 10)
                    full.flush()
                handle.write(b"x")  # pragma: no cover - the line above raises
    assert not any(tmp_path.iterdir())


def test_force_argument() -> None:
    import argparse

    parser = argparse.ArgumentParser()
    add_force_argument(parser)
    assert parser.parse_args(["--force"]).force and not parser.parse_args([]).force


# --- every command that writes a file, as a real process ------------------------------------------
def _commands(vault: Path, out: str) -> list[list[str]]:
    return [
        ["stats", "--vault", str(vault), "--csv", out],
        ["stats", "--vault", str(vault), "--pdf", out],
        ["stats-detail", "--vault", str(vault), "--csv", out],
        ["bundle", "export", "--vault", str(vault), "--record", "1", "--passphrase", "--out", out],
        ["dossier", "--vault", str(vault), "--record", "1", "--out", out],
        ["request", "ics", "--vault", str(vault), "--out", out],
    ]


def test_no_command_writes_over_the_vault(vault_file: Path) -> None:
    """The issue's reproduction: `stats --csv v.vault` used to exit 0 and destroy the vault."""
    folder = vault_file.parent
    before = _snapshot(folder)
    for args in _commands(vault_file, str(vault_file)):
        # extensions checks come first for some commands; the vault's own name must fail either way
        result = run_cli(*args, "--force")
        assert result.returncode == 2, (args, result.stderr)
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr
        assert "Traceback" not in result.stderr
    assert _snapshot(folder) == before
    with Vault.open(vault_file, PASSPHRASE) as v:
        assert v.check().ok


def test_commands_refuse_an_existing_output_without_force(vault_file: Path, tmp_path: Path) -> None:
    existing = tmp_path / "existing.pdf"
    existing.write_bytes(b"%PDF- keep me")
    result = run_cli("dossier", "--vault", str(vault_file), "--record", "1", "--out", str(existing))
    assert result.returncode == 2 and "--force" in result.stderr, result.stderr
    assert existing.read_bytes() == b"%PDF- keep me"
    result = run_cli("stats", "--vault", str(vault_file), "--pdf", str(existing), "--force")
    assert result.returncode == 0, result.stderr
    assert existing.read_bytes().startswith(b"%PDF-") and existing.read_bytes() != b"%PDF- keep me"
    fifo = tmp_path / "out.csv"
    os.mkfifo(fifo)
    result = run_cli("stats-detail", "--vault", str(vault_file), "--csv", str(fifo), "--force")
    assert result.returncode == 2 and "FIFO" in result.stderr, result.stderr


def test_letter_out_needs_force(tmp_path: Path) -> None:
    facts_file = tmp_path / "facts.json"
    facts_file.write_text(json.dumps(facts(), ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "letter.txt"
    out.write_text("an earlier letter", encoding="utf-8")
    base = ["letter", str(facts_file), "--type", "deletion", "--lang", "zh-CN", "--out", str(out)]
    result = run_cli(*base)
    assert result.returncode == 2 and "--force" in result.stderr
    assert out.read_text(encoding="utf-8") == "an earlier letter"
    result = run_cli(*base, "--force")
    assert result.returncode == 0, result.stderr
    assert "删除" in out.read_text(encoding="utf-8")
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
