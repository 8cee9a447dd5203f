"""Issue 19 item 5: one rule for evidence names and facts sizes, at `log add` and on bundle import,
so that every vault the app can make goes through a bundle and back."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.bundle import export_bundle, import_bundle
from app.errors import InvalidFacts
from app.evidence import add_evidence, get_evidence_bytes, list_evidence, name_as_given
from app.evidence_names import evidence_name_problem, safe_evidence_name
from app.facts import MAX_FACTS_JSON_CHARS, validate_facts
from app.records import add_record, get_record, list_records
from app.vault import Vault

from .vaultutil import FAST_KDF, PASSPHRASE, cli_env, facts, new_vault

REPO = Path(__file__).resolve().parents[2]

# The names, and their relatives: each was accepted by `log add` and refused by import.
HOSTILE_NAMES = [
    "photo 12:30.jpg",
    "..notes.txt",
    "CON.txt",
    "com1",
    "证据／门禁.jpg",  # full-width solidus
    "证据＼门禁.jpg",  # full-width reverse solidus
    "a\u2215b.png",  # division slash
    "時間：12：30.jpg",  # full-width colon folds to ':'
    "\u202egnp.exe",  # right-to-left override
    "tab\tname.pdf",
    " padded .jpg ",
    "．．hidden.txt",  # full-width dots fold to '..'
    "x" * 300 + ".jpeg",
    "C:\\Users\\张三\\Desktop\\现场.jpg",
    "",
    "..",
]


@pytest.mark.parametrize("given_name", HOSTILE_NAMES)
def test_safe_name_passes_the_import_rule(given_name: str) -> None:
    safe = safe_evidence_name(given_name)
    assert evidence_name_problem(safe) is None, (given_name, safe)
    assert safe_evidence_name(safe) == safe
    assert len(safe) <= 255


def test_safe_names_stay_close_to_what_was_given() -> None:
    assert safe_evidence_name("photo 12:30.jpg") == "photo 12_30.jpg"
    assert safe_evidence_name("CON.txt") == "_CON.txt"
    assert safe_evidence_name("..notes.txt") == "_notes.txt"
    assert safe_evidence_name("C:\\Users\\张三\\Desktop\\现场.jpg") == "现场.jpg"
    long = safe_evidence_name("x" * 300 + ".jpeg")
    assert long.endswith(".jpeg") and len(long) == 255
    assert safe_evidence_name("门禁照片 2025-03-01.jpg") == "门禁照片 2025-03-01.jpg"


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400))
def test_any_text_becomes_an_acceptable_name(given_name: str) -> None:
    safe = safe_evidence_name(given_name)
    assert evidence_name_problem(safe) is None
    assert safe_evidence_name(safe) == safe


def test_facts_over_the_bundle_limit_are_refused_at_add() -> None:
    with pytest.raises(InvalidFacts, match="characters long"):
        validate_facts(facts(notes="长" * (MAX_FACTS_JSON_CHARS + 1)))
    validate_facts(facts(notes="长" * (MAX_FACTS_JSON_CHARS - 5_000)))


def test_every_vault_the_app_can_make_round_trips(tmp_path: Path) -> None:
    source = tmp_path / "source.vault"
    with new_vault(source) as v:
        record_id = add_record(v, facts(notes="长" * (MAX_FACTS_JSON_CHARS - 5_000)))
        for i, given_name in enumerate(HOSTILE_NAMES):
            add_evidence(v, record_id, f"evidence {i}".encode() + os.urandom(64), given_name)
        # A vault written before the rule may already hold a name the rule refuses.
        legacy = add_evidence(v, record_id, b"legacy" + os.urandom(32), "legacy.jpg")
        with v.write() as conn:
            conn.execute("UPDATE evidence SET original_name = 'old 10:15.jpg' WHERE id = ?", (legacy,))
        shown = {e.original_name for e in list_evidence(v, record_id)}
        assert all(evidence_name_problem(name) is None for name in shown - {"old 10:15.jpg"})
        first = list_evidence(v, record_id)[0]
        assert first.original_name == "photo 12_30.jpg"
        assert name_as_given(v, first.id) == "photo 12:30.jpg", "the original is kept as metadata"
        blobs = {e.sha256: get_evidence_bytes(v, e.id) for e in list_evidence(v, record_id)}
        bundle = tmp_path / "case.flbundle"
        export_bundle(v, bundle, "bundle 口令", record_ids=[record_id], kdf_params=FAST_KDF)
    target = tmp_path / "target.vault"
    with new_vault(target) as t:
        report = import_bundle(t, bundle, "bundle 口令")
        assert report.added["records"] == 1 and report.added["evidence"] == len(HOSTILE_NAMES) + 1
        [summary] = list_records(t)
        assert len(get_record(t, summary.id).facts["notes"]) == MAX_FACTS_JSON_CHARS - 5_000
        imported = list_evidence(t, summary.id)
        assert {e.sha256 for e in imported} == set(blobs)
        assert "old 10_15.jpg" in {e.original_name for e in imported}
        assert all(get_evidence_bytes(t, e.id) == blobs[e.sha256] for e in imported)


def test_log_add_refuses_oversized_facts_in_a_real_process(tmp_path: Path) -> None:
    path = tmp_path / "v.vault"
    new_vault(path).close()
    facts_file = tmp_path / "facts.json"
    facts_file.write_text(json.dumps(facts(notes="长" * (MAX_FACTS_JSON_CHARS + 1)), ensure_ascii=False),
                          encoding="utf-8")
    before = path.read_bytes()
    result = subprocess.run(
        [sys.executable, "-m", "app", "log", "add", "--vault", str(path), str(facts_file)],
        cwd=REPO, capture_output=True, text=True, timeout=120, check=False,
        env=cli_env(FACELEDGER_PASSPHRASE=PASSPHRASE),
    )
    assert result.returncode == 2 and "characters long" in result.stderr, result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    with Vault.open(path, PASSPHRASE) as v:
        assert list_records(v) == []
    assert len(path.read_bytes()) == len(before)
