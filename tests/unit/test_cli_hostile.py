"""Issue 19 item 7 (and the FIFO part of item 8): every command, hostile inputs, real processes.

Each row runs `python -m app …` and asserts: exit code 2, exactly one line on stderr, no traceback,
no hang (FIFOs), and every file in the test folder byte for byte unchanged.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.records import add_record

from .vaultutil import PASSPHRASE, cli_env, facts, new_vault

REPO = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(os.name != "posix", reason="FIFOs")


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("hostile")
    with new_vault(root / "v.flv") as v:
        add_record(v, facts())
    good = facts()
    (root / "facts.json").write_text(json.dumps(good, ensure_ascii=False), encoding="utf-8")
    surrogate = json.dumps(good, ensure_ascii=True).replace('"notes": "', '"notes": "\\ud800', 1)
    (root / "surrogate.json").write_text(surrogate, encoding="utf-8")
    big = json.dumps(good, ensure_ascii=False).replace('"notes"', '"n": ' + "9" * 5000 + ', "notes"', 1)
    (root / "bignum.json").write_text(big, encoding="utf-8")
    (root / "sender-surrogate.json").write_text('{"name": "\\udc80王"}', encoding="utf-8")
    (root / "latin1.pub").write_bytes("ed25519:clé\n".encode("latin-1"))
    (root / "junk.pack").write_bytes(os.urandom(512))
    (root / "folder").mkdir()
    os.mkfifo(root / "fifo")
    return root


def _letter(facts_name: str, *extra: str) -> list[str]:
    return ["letter", facts_name, "--type", "deletion", "--lang", "zh-CN", "--out", "out.txt", *extra]


CASES: list[tuple[str, list[str]]] = [
    ("log add, lone surrogate in facts", ["log", "add", "--vault", "v.flv", "surrogate.json"]),
    ("log add, 5,000-digit number", ["log", "add", "--vault", "v.flv", "bignum.json"]),
    ("log add, facts is a FIFO", ["log", "add", "--vault", "v.flv", "fifo"]),
    ("letter, lone surrogate in facts", _letter("surrogate.json")),
    ("letter, 5,000-digit number", _letter("bignum.json")),
    ("letter, lone surrogate in sender", _letter("facts.json", "--sender", "sender-surrogate.json")),
    ("rules check, 5,000-digit number", ["rules", "check", "bignum.json"]),
    ("rules check, lone surrogate", ["rules", "check", "surrogate.json"]),
    ("stats-detail --csv a folder", ["stats-detail", "--vault", "v.flv", "--csv", "folder"]),
    ("stats --pdf a folder", ["stats", "--vault", "v.flv", "--pdf", "folder"]),
    ("stats --csv the vault", ["stats", "--vault", "v.flv", "--csv", "v.flv", "--force"]),
    ("dossier --out a FIFO", ["dossier", "--vault", "v.flv", "--record", "1", "--out", "fifo.pdf"]),
    ("pack verify a folder", ["pack", "verify", "folder"]),
    ("pack verify a FIFO", ["pack", "verify", "fifo"]),
    ("pack verify, non-UTF-8 key file", ["pack", "verify", "junk.pack", "--key-file", "latin1.pub"]),
    ("trust-key, non-UTF-8 key file", ["update", "trust-key", "latin1.pub", "--name", "g"]),
    ("vault is a FIFO", ["log", "list", "--vault", "fifo"]),
    ("vault is a folder", ["vault", "check", "--vault", "folder"]),
    ("bundle is a FIFO", ["bundle", "import", "fifo", "--vault", "v.flv"]),
    ("bundle is a folder", ["bundle", "import", "folder", "--vault", "v.flv"]),
]


def _snapshot(root: Path) -> dict[str, str]:
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file() and not p.is_symlink()
    }


@pytest.mark.parametrize(("label", "args"), CASES, ids=[c[0] for c in CASES])
def test_hostile_input_is_one_line_and_changes_nothing(world: Path, label: str, args: list[str]) -> None:
    fifo_out = world / "fifo.pdf"
    if not fifo_out.exists():
        os.mkfifo(fifo_out)
    before = _snapshot(world)
    result = subprocess.run(
        [sys.executable, "-m", "app", *args],
        cwd=world,
        capture_output=True,
        text=True,
        env=cli_env(
            FACELEDGER_PASSPHRASE=PASSPHRASE,
            FACELEDGER_BUNDLE_PASSPHRASE="bundle pass",
            PYTHONPATH=str(REPO),
        ),
        timeout=60,  # a FIFO that is opened for reading would hang here
        check=False,
    )
    lines = result.stderr.strip().splitlines()
    assert result.returncode == 2, (label, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr, result.stderr
    assert len(lines) == 1 and lines[0].startswith("faceledger: error: "), result.stderr
    assert _snapshot(world) == before, f"{label}: a file changed"
    assert not (world / "out.txt").exists()
