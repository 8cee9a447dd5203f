"""D2 nothing in clear at rest (vault, -wal, -shm, backups); D3 no plaintext temp files while heavy
queries spill, with a temp_store=FILE positive control that must find the marker."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import textwrap
import uuid
from pathlib import Path

import pytest

from app.evidence import add_evidence
from app.profiles import add_handler, add_profile
from app.records import add_record, list_records
from app.vault import Vault

from .vaultutil import FAST_KDF, cli_env, facts, files_containing, new_vault, sidecar_paths

REPO = Path(__file__).resolve().parents[2]


def _needles(marker: str) -> list[bytes]:
    # As written, lower-cased (the search index folds case), and the Chinese half on its own.
    return [marker.encode(), marker.lower().encode(), "绝密标记".encode(), "绝密".encode() + b"\x00"]


def _fill_every_field(v: Vault, marker: str) -> None:
    m = marker
    pid = add_profile(
        v, name=f"姓名{m}", phone=f"138{m}", email=f"{m}@example.com", address=f"地址{m}", id_number=f"ID{m}"
    )
    add_handler(
        v,
        legal_name=f"公司{m}",
        address=f"地址{m}",
        email=f"h{m}@example.com",
        phone=m,
        pi_officer=f"负责人{m}",
        source=m,
    )
    rid = add_record(
        v,
        facts(
            city=f"城市{m}",
            place_name=f"小区{m}",
            address=f"路{m}",
            handler={
                "name": f"物业{m}",
                "address": f"h{m}",
                "email": f"{m}@x.cn",
                "phone": m,
                "pi_officer": m,
            },
            notes=f"事实备注{m}",
        ),
        notes=f"备注{m}",
        profile_id=pid,
    )
    add_evidence(v, rid, f"photo bytes {m} ".encode() * 2000, f"照片{m}.jpg")
    with v.write() as conn:
        conn.execute(
            "INSERT INTO requests(uuid, record_id, profile_id, types_json, lang, status, channel,"
            " tracking_number, reference_code, rules_version, grounds_json, citations_json, letter_text,"
            " letter_pdf, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, 'zh-CN', 'draft', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                str(uuid.uuid4()),
                rid,
                pid,
                json.dumps([m]),
                m,
                m,
                m,
                m,
                json.dumps([m]),
                json.dumps([m]),
                f"函{m}",
                f"%PDF {m}".encode(),
                m,
                m,
            ),
        )
        req = conn.execute("SELECT max(id) FROM requests").fetchone()[0]
        conn.execute(
            "INSERT INTO events(uuid, request_id, kind, date, note, created_at) VALUES (?, ?, ?, ?, ?, ?)",
            (str(uuid.uuid4()), req, "note", "2025-03-02", f"事件{m}", m),
        )
        conn.execute("INSERT INTO meta(key, value) VALUES (?, ?)", (f"k{m}", m))


def test_marker_absent_everywhere_at_rest(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FACELEDGER_KDF_TIME_COST", "3")
    marker = "ZqMarker" + uuid.uuid4().hex[:12] + "绝密标记"
    needles = _needles(marker)
    path = tmp_path / "v.flv"
    v = new_vault(path)
    _fill_every_field(v, marker)
    # The marker really is in the vault and findable, so its absence on disk means something.
    assert [r.place_name for r in list_records(v, search=marker)] == [f"小区{marker}"]
    assert path.with_name(path.name + "-wal").stat().st_size > 0
    assert files_containing([path, *sidecar_paths(path)], needles) == []  # while open, WAL not folded
    backups = [v.backup(), v.backup(tmp_path / "own.flv", passphrase="另一个口令")]
    v.change_passphrase("新口令", kdf_params=FAST_KDF)
    v.close()
    every_file = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert len(every_file) >= 3
    assert files_containing(every_file, needles) == []
    for p in [path, *backups]:
        head = p.read_bytes()[:16]
        assert head != b"SQLite format 3\x00"
        with pytest.raises(sqlite3.DatabaseError):
            sqlite3.connect(p).execute("SELECT * FROM sqlite_master").fetchall()
    with Vault.open(path, "新口令") as reopened:
        assert len(list_records(reopened, search=marker)) == 1


_PROBE = textwrap.dedent(
    r"""
    import json, os, sys, threading, time
    sys.path.insert(0, sys.argv[1])
    from pathlib import Path
    from app.kdf import KdfParams
    from app.records import add_record, list_records
    from app.vault import Vault

    workdir, mode, marker = Path(sys.argv[2]), sys.argv[3], sys.argv[4]
    needle = marker.encode()
    vault_files = {str(workdir / "v.flv") + s for s in ("", "-wal", "-shm", "-journal")}
    hits, seen, scans = set(), set(), 0
    stop = threading.Event()

    def scan():
        global scans
        tmpdir = os.environ["SQLITE_TMPDIR"]
        while not stop.is_set():
            scans += 1
            candidates = []
            for fd in os.listdir("/proc/self/fd"):
                try:
                    target = os.readlink(f"/proc/self/fd/{fd}")
                except OSError:
                    continue
                if target.startswith("/") and target not in vault_files and not target.startswith("/dev"):
                    candidates.append((f"/proc/self/fd/{fd}", target))
            for name in os.listdir(tmpdir):
                candidates.append((os.path.join(tmpdir, name), name))
            for path, label in candidates:
                seen.add(label)
                try:
                    with open(path, "rb") as f:
                        if needle in f.read():
                            hits.add(label)
                except OSError:
                    pass
            time.sleep(0.001)

    t = threading.Thread(target=scan)
    t.start()
    # Creation, migration and a big write transaction run under the probe too.
    v = Vault.create(workdir / "v.flv", "pw", kdf=KdfParams(time_cost=3))
    with v.write():
        for i in range(1500):
            add_record(v, {"jurisdiction": "CN", "date": "2025-01-01", "place_type": "other",
                           "place_name": f"{i:05d}小区"}, notes=f"{(i * 7919) % 1500:05d} {marker} " * 40)
    conn = v.conn
    conn.execute("PRAGMA cache_size = -64").fetchall()
    if mode == "file":
        conn.execute("PRAGMA temp_store = FILE").fetchall()  # the positive control
    for _ in range(3):
        conn.execute("SELECT notes FROM records ORDER BY notes").fetchall()
        conn.execute("SELECT DISTINCT notes FROM records").fetchall()
        conn.execute("SELECT notes, count(*) FROM records GROUP BY notes ORDER BY 2, 1").fetchall()
        list_records(v, search="小区", sort="id")
        conn.execute("CREATE INDEX IF NOT EXISTS probe_notes ON records(notes)")
        conn.execute("DROP INDEX probe_notes")
    conn.execute("VACUUM")
    v.backup()
    stop.set()
    t.join()
    v.close()
    print(json.dumps({"hits": sorted(hits), "scans": scans, "seen": sorted(seen)[:20]}))
    """
)


def _probe(tmp_path: Path, mode: str) -> dict[str, object]:
    work = tmp_path / mode
    sqlite_tmp = tmp_path / f"sqlite-tmp-{mode}"
    work.mkdir()
    sqlite_tmp.mkdir()
    marker = "TmpMarker" + uuid.uuid4().hex
    env = cli_env(SQLITE_TMPDIR=str(sqlite_tmp), TMPDIR=str(sqlite_tmp))
    result = subprocess.run(
        [sys.executable, "-c", _PROBE, str(REPO), str(work), mode, marker],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    report: dict[str, object] = json.loads(result.stdout.strip().splitlines()[-1])
    assert isinstance(report["scans"], int) and report["scans"] > 10, report
    return report


def test_no_plaintext_temp_files_and_the_probe_works(tmp_path: Path) -> None:
    control = _probe(tmp_path, "file")
    assert control["hits"], f"positive control found nothing: the probe is blind ({control})"
    normal = _probe(tmp_path, "memory")
    assert normal["hits"] == [], normal
