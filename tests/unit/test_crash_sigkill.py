"""D5: SIGKILL a writer at random moments; every acknowledged commit must survive intact.

A forked child opens the vault and commits in a loop (new records with 0-2 evidence blobs of
1 KB-5 MB, note updates, added evidence, deletes). Before each commit it announces the intended
result ("I"), and after commit() returns it acknowledges ("A"). The parent kills it at a random
time, reopens the vault and checks: integrity_check == ok, cipher_integrity_check == no rows,
and every record equals what the acknowledged commits say — except the one commit in flight,
which may be there completely or not at all (never partly). Evidence is compared by hashing the
bytes read back, not the stored hash column.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import select
import signal
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from app import kdf
from app.vault import Vault

from .vaultutil import PASSPHRASE, facts, new_vault

State = dict[str, str]  # record uuid -> hash of (notes, evidence bytes hashes)
MAX_RECORDS = 25
FACTS_JSON = facts()


def _state_hash(notes: str, blob_hashes: list[str]) -> str:
    return hashlib.sha256(json.dumps([notes, blob_hashes]).encode()).hexdigest()


def read_state(v: Vault) -> State:
    """The vault's content as the crash test models it, hashing evidence bytes as read back."""
    blobs: dict[int, list[str]] = {}
    for record_id, data in v.conn.execute("SELECT record_id, data FROM evidence ORDER BY id"):
        blobs.setdefault(record_id, []).append(hashlib.sha256(data).hexdigest())
    return {
        rec_uuid: _state_hash(notes, blobs.get(record_id, []))
        for record_id, rec_uuid, notes in v.conn.execute("SELECT id, uuid, notes FROM records")
    }


def _blob(rng: random.Random) -> bytes:
    size = int(2 ** rng.uniform(10, 22.25)) if rng.random() < 0.25 else rng.randint(1024, 65536)
    return rng.randbytes(size)


def _child(path: Path, key: bytearray, header: kdf.Header, out: int, seed: int) -> None:
    """Runs in the forked child until it is killed."""
    from app.evidence import add_evidence
    from app.records import add_record

    rng = random.Random(seed)
    v = Vault._open_with_key(path, key, header)
    blobs: dict[str, list[str]] = {}
    notes: dict[str, str] = {}
    ids: dict[str, int] = {}
    for record_id, rec_uuid, text in v.conn.execute("SELECT id, uuid, notes FROM records"):
        ids[rec_uuid], notes[rec_uuid], blobs[rec_uuid] = record_id, text, []
    for record_id, data in v.conn.execute("SELECT record_id, data FROM evidence ORDER BY id"):
        rec_uuid = next(u for u, i in ids.items() if i == record_id)
        blobs[rec_uuid].append(hashlib.sha256(data).hexdigest())
    os.write(out, b"R\n")
    while True:
        roll = rng.random()
        existing = list(ids)
        if not existing or (roll < 0.45 and len(existing) < MAX_RECORDS):
            target, kind = str(uuid.uuid4()), "insert"
        elif roll < 0.65 or len(existing) >= MAX_RECORDS:
            target, kind = rng.choice(existing), "delete"
        elif roll < 0.85:
            target, kind = rng.choice(existing), "update"
        else:
            target, kind = rng.choice(existing), "attach"
        new_notes = f"{kind} {rng.random()} 备注" * rng.randint(1, 50)
        new_blobs = [_blob(rng) for _ in range(rng.randint(0, 2) if kind == "insert" else 1)]
        new_hashes = [hashlib.sha256(b).hexdigest() for b in new_blobs]
        if kind == "insert":
            expected: str | None = _state_hash(new_notes, new_hashes)
        elif kind == "delete":
            expected = None
        elif kind == "update":
            expected = _state_hash(new_notes, blobs[target])
        else:
            expected = _state_hash(notes[target], blobs[target] + new_hashes)
        os.write(out, b"I " + json.dumps([target, expected]).encode() + b"\n")
        with v.write() as conn:
            if kind == "insert":
                record_id = add_record(v, FACTS_JSON, notes=new_notes, record_uuid=target)
                for i, b in enumerate(new_blobs):
                    add_evidence(v, record_id, b, f"blob{i}.bin")
            elif kind == "delete":
                conn.execute("DELETE FROM records WHERE id = ?", (ids[target],))
                conn.execute("DELETE FROM records_fts WHERE rowid = ?", (ids[target],))
            elif kind == "update":
                conn.execute("UPDATE records SET notes = ? WHERE id = ?", (new_notes, ids[target]))
            else:
                add_evidence(v, ids[target], new_blobs[0], "more.bin")
        # commit() has returned: acknowledge, then update our own model.
        os.write(out, b"A\n")
        if kind == "insert":
            ids[target] = record_id
            notes[target], blobs[target] = new_notes, new_hashes
        elif kind == "delete":
            del ids[target], notes[target], blobs[target]
        elif kind == "update":
            notes[target] = new_notes
        else:
            blobs[target] = blobs[target] + new_hashes


@dataclass
class CrashStats:
    kills: int = 0
    acked_commits: int = 0
    in_flight_applied: int = 0
    in_flight_absent: int = 0
    killed_before_ready: int = 0
    failures: list[str] = field(default_factory=list)


def _run_child_and_kill(
    path: Path, key: bytearray, header: kdf.Header, rng: random.Random, cycle: int
) -> list[bytes]:
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # child
        os.close(read_end)
        try:
            _child(path, bytearray(key), header, write_end, seed=rng.randrange(2**32) + cycle)
        finally:
            os._exit(0)
    os.close(write_end)
    data = b""
    ready = rng.random() < 0.1  # sometimes kill while the child is still opening the vault
    deadline = time.monotonic() + (rng.uniform(0.0, 0.15) if ready else 10.0)
    while time.monotonic() < deadline:
        readable, _, _ = select.select([read_end], [], [], max(0.0, deadline - time.monotonic()))
        if readable:
            chunk = os.read(read_end, 65536)
            if not chunk:
                break
            data += chunk
            if not ready and b"R\n" in data:
                ready = True
                deadline = time.monotonic() + rng.uniform(0.0, 0.3)
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    while chunk := os.read(read_end, 65536):
        data += chunk
    os.close(read_end)
    return data.splitlines()


def compare(model: State, pending: tuple[str, str | None] | None, actual: State) -> str | None:
    """None if `actual` is the acknowledged state, or that state plus the whole in-flight commit."""
    if actual == model:
        return None
    in_flight = dict(model)
    if pending is not None:
        if pending[1] is None:
            in_flight.pop(pending[0], None)
        else:
            in_flight[pending[0]] = pending[1]
        if actual == in_flight:
            return None
    lost = sorted(set(model) - set(actual) - ({pending[0]} if pending else set()))
    differ = sorted(k for k in actual if k in in_flight and actual[k] != in_flight[k])
    extra = sorted(set(actual) - set(in_flight))
    return f"missing {lost}, different {differ}, unexpected {extra}"


def crash_loop(tmp_path: Path, kills: int, seed: int) -> CrashStats:
    path = tmp_path / "crash.flv"
    new_vault(path).close()
    header = kdf.parse_header(path.read_bytes()[:16])
    key = kdf.derive_key(PASSPHRASE.encode(), header.salt, header.params)
    rng = random.Random(seed)
    model: State = {}
    stats = CrashStats()
    for cycle in range(kills):
        lines = _run_child_and_kill(path, key, header, rng, cycle)
        stats.kills += 1
        if b"R" not in lines:
            stats.killed_before_ready += 1
        pending: tuple[str, str | None] | None = None
        for line in lines:
            if line.startswith(b"I "):
                target, expected = json.loads(line[2:])
                pending = (target, expected)
            elif line == b"A":
                assert pending is not None
                target, expected = pending
                if expected is None:
                    model.pop(target, None)
                else:
                    model[target] = expected
                stats.acked_commits += 1
                pending = None
        with Vault._open_with_key(path, bytearray(key), header) as v:
            report = v.check()
            if not report.ok:
                stats.failures.append(f"cycle {cycle}: integrity {report.integrity} cipher {report.cipher}")
                break
            actual = read_state(v)
        problem = compare(model, pending, actual)
        if problem is not None:
            stats.failures.append(f"cycle {cycle}: {problem}")
            break
        if pending is not None:
            if actual == model:
                stats.in_flight_absent += 1
            else:
                stats.in_flight_applied += 1
        model = actual
    kdf.wipe(key)
    return stats


def test_sigkill_random(tmp_path: Path) -> None:
    start = time.monotonic()
    stats = crash_loop(tmp_path, kills=50, seed=20261122)
    elapsed = time.monotonic() - start
    print(f"D5: {stats} in {elapsed:.1f} s")
    assert stats.failures == []
    assert stats.kills == 50
    assert stats.acked_commits >= 200, "the child must really have been committing between kills"
    assert stats.in_flight_applied + stats.in_flight_absent >= 25, "most kills should land mid-transaction"


def test_the_comparison_can_fail() -> None:
    """The check above is not vacuous: lost, changed, partial or invented commits are reported."""
    model = {"a": "1", "b": "2"}
    assert compare(model, None, {"a": "1", "b": "2"}) is None
    assert compare(model, ("c", "3"), {"a": "1", "b": "2", "c": "3"}) is None  # in flight, landed
    assert compare(model, ("c", "3"), {"a": "1", "b": "2"}) is None  # in flight, not landed
    assert compare(model, ("b", None), {"a": "1"}) is None  # in-flight delete landed
    assert compare(model, None, {"a": "1"}) is not None  # acknowledged record lost
    assert compare(model, None, {"a": "1", "b": "changed"}) is not None
    assert compare(model, ("c", "3"), {"a": "1", "b": "2", "c": "partial"}) is not None
    assert compare(model, ("c", "3"), {"a": "1", "c": "3"}) is not None  # landed, but lost another
    assert compare(model, None, {"a": "1", "b": "2", "z": "9"}) is not None


def test_state_reads_evidence_bytes(tmp_path: Path) -> None:
    """read_state hashes the blob as read back, so a changed byte shows up."""
    from app.evidence import add_evidence
    from app.records import add_record

    with new_vault(tmp_path / "v.flv") as v:
        rid = add_record(v, FACTS_JSON, notes="n", record_uuid="u1")
        add_evidence(v, rid, b"original bytes", "e.bin")
        before = read_state(v)
        v.conn.execute("UPDATE evidence SET data = x'00'")
        assert read_state(v) != before


pytestmark = pytest.mark.skipif(os.name != "posix", reason="fork + SIGKILL are POSIX only")
