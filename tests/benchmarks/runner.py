"""FaceLedger benchmarks at scale: `python -m tests.benchmarks [--quick] [--json]` (and `make bench`).

Builds a vault of N realistic Chinese records (100,000; 10,000 with --quick), 20,000 requests with
their events and 200 evidence JPEGs with EXIF, then measures what a person waits for, each as the
median of several runs, through the app's own functions (never a re-implementation):

- unlock (Argon2id at the calibrated cost + SQLCipher open), first page of the Records table (the
  Records model's own loaders, ui.models.record_table_model.load_ids/load_rows, 100 rows) and the
  core list page (app.records.list_records, 100 rows), search with 2-, 3- and 6-character Chinese
  queries, a place-type filter, inserting 1,000 records, statistics over everything, one letter PDF
  (tests/benchmarks/bench_letters.py) and a batch of letter PDFs, case-bundle export and import of
  1,000 records, and the Qt first paint of the Records page (tests/benchmarks/bench_ui_records.py,
  in a child process);
- the same queries on a plain, unencrypted copy of the same database (sqlcipher_export to an
  attached database with KEY ''; same SQLite build, same schema, indexes and pragmas, no key), and
  the ratio SQLCipher / plain for each: the price of encryption;
- peak RSS (ru_maxrss) of this process, of the seeding child and of the Qt child.

Seeding runs in a child process so that building 100,000 records does not count towards the peak
RSS of the measurements.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import io
import json
import os
import platform
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

PASSPHRASE = "benchmark passphrase 基准测试"
BUNDLE_PASSPHRASE = "bundle passphrase 案件包"
TODAY = dt.date(2026, 6, 1)  # the requests' "today": inside the official holiday calendar's years
SEARCHES = {"search_2char": "物业", "search_3char": "朝阳区", "search_6char": "人脸识别门禁"}
FILTER_PLACE_TYPE = "hotel"
LETTER_TYPES = "withdraw_consent,deletion"

# metric -> (target, unit) for the table; None = reported, no target
TARGETS: dict[str, tuple[float | None, str]] = {
    "unlock_s": (1.0, "s"),
    "records_first_page_s": (0.3, "s"),
    "records_list_page_s": (0.3, "s"),
    "qt_records_first_paint_s": (0.3, "s"),
    "search_2char_ids_s": (0.05, "s"),
    "search_2char_page_s": (0.05, "s"),
    "search_3char_ids_s": (0.05, "s"),
    "search_3char_page_s": (0.05, "s"),
    "search_6char_ids_s": (0.05, "s"),
    "search_6char_page_s": (0.05, "s"),
    "qt_search_latency_s": (None, "s"),
    "filter_place_type_ids_s": (0.05, "s"),
    "filter_place_type_page_s": (0.05, "s"),
    "insert_1000_records_s": (None, "s"),
    "insert_one_record_s": (None, "s"),
    "statistics_s": (None, "s"),
    "letter_pdf_s": (0.3, "s"),
    "letter_pdf_bytes": (200_000, "B"),
    "letter_pdfs_batch_s": (None, "s"),
    "letter_pdfs_200_s": (None, "s"),
    "bundle_export_1000_s": (None, "s"),
    "bundle_import_1000_s": (None, "s"),
    "peak_rss_mb": (300, "MB"),
    "qt_peak_rss_mb": (300, "MB"),
}
RATIO_TARGET = 1.3  # SQLCipher / plain on indexed reads and search


@dataclass(frozen=True)
class Sizes:
    records: int
    requests: int
    evidence: int
    runs: int  # repetitions for medians of the slower metrics
    search_runs: int
    letters: int  # letter PDFs rendered in the batch
    bundle_runs: int
    qt: bool


FULL = Sizes(records=100_000, requests=20_000, evidence=200, runs=5, search_runs=9, letters=200,
             bundle_runs=3, qt=True)
QUICK = Sizes(records=10_000, requests=20_000, evidence=200, runs=3, search_runs=5, letters=10,
              bundle_runs=1, qt=True)


# --- helpers ---------------------------------------------------------------------------------------
def median_time(fn: Callable[[], Any], runs: int) -> tuple[float, Any]:
    """Median wall seconds of `runs` calls and the last result."""
    times: list[float] = []
    result: Any = None
    for _ in range(runs):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    # ru_maxrss is KiB on Linux, bytes on macOS
    scale = 1 if sys.platform == "darwin" else 1024
    return round(resource.getrusage(who).ru_maxrss * scale / 1024**2, 1)


def machine() -> dict[str, Any]:
    from app.vault import build_info

    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram_gb: float | None = None
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                ram_gb = round(int(line.split()[1]) / 1024**2, 1)
    except OSError:
        pass
    info = build_info()
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "ram_gb": ram_gb,
        "os": platform.platform(),
        "python": platform.python_version(),
        "sqlcipher": info["cipher_version"],
        "sqlite": info["sqlite_version"],
        "load_average_at_start": [round(x, 2) for x in os.getloadavg()],
    }


def private_home() -> Path:
    """Fresh FACELEDGER_{CONFIG,DATA,STATE}_DIR, so the benchmark never touches the user's files."""
    home = Path(tempfile.mkdtemp(prefix="faceledger-bench-"))
    for name in ("CONFIG", "DATA", "STATE"):
        (home / name.lower()).mkdir()
        os.environ[f"FACELEDGER_{name}_DIR"] = str(home / name.lower())
    return home


class PlainStore:
    """An unencrypted database with the vault's schema, rows, indexes and pragmas (no key).

    It offers what app functions use of a Vault — `conn` and `write()` — so the very same
    app.records / app.statistics calls run on both. Opened with the same SQLite build (sqlcipher3
    without a key is plain SQLite 3.53; the stdlib's 3.40 cannot read FTS5 contentless_delete)."""

    def __init__(self, path: Path) -> None:
        import sqlcipher3

        from app.vault import enforce_pragmas

        self.path = path
        self.conn = sqlcipher3.connect(str(path), isolation_level=None)
        enforce_pragmas(self.conn)

    @contextlib.contextmanager
    def write(self) -> Iterator[Any]:
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def close(self) -> None:
        self.conn.close()


def export_plain_copy(vault: Any, dest: Path) -> None:
    """sqlcipher_export the vault into an unencrypted file (ATTACH … KEY '')."""
    conn = vault.conn
    conn.execute("ATTACH DATABASE ? AS plain KEY ''", (str(dest),))
    try:
        conn.execute("SELECT sqlcipher_export('plain')").fetchall()
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        conn.execute(f"PRAGMA plain.user_version = {int(version)}")
    finally:
        conn.execute("DETACH DATABASE plain")
    with open(dest, "rb") as f:
        assert f.read(16) == b"SQLite format 3\0", "the plain copy must really be unencrypted"


# --- seeding (child process) -----------------------------------------------------------------------
def seed(path: Path, records: int, requests: int, evidence: int) -> dict[str, Any]:
    """Create a vault (calibrated KDF, like a real user's) and fill it through the core."""
    from app.evidence import add_evidence
    from app.records import add_records
    from app.vault import Vault
    from tests.benchmarks.datagen import RecordGenerator, jpeg_with_exif, request_rows

    timings: dict[str, Any] = {}
    start = time.perf_counter()
    vault = Vault.create(path, PASSPHRASE)
    timings["create_s"] = round(time.perf_counter() - start, 2)
    timings["kdf_time_cost"] = vault.kdf_params.time_cost
    generator = RecordGenerator()
    rng = random.Random(7)
    try:
        start = time.perf_counter()
        # One transaction: add_records validates and indexes each chunk; the outer write() makes
        # the chunks savepoints of a single commit, and chunking bounds the memory of the seeder.
        ids: list[int] = []
        with vault.write():
            left = records
            while left:
                chunk = min(left, 5000)
                ids += add_records(vault, generator.items(chunk))
                left -= chunk
        timings["records_s"] = round(time.perf_counter() - start, 2)

        start = time.perf_counter()
        request_data, event_data = request_rows(rng, ids, requests, TODAY)
        now = f"{TODAY.isoformat()}T00:00:00+00:00"
        with vault.write() as conn:
            # app/tracking has no bulk writer; the rows are what create_request + mark_sent + add_event
            # leave behind (status and due-date cache columns included), as bench_ui_requests seeds them.
            conn.executemany(
                "INSERT INTO requests (uuid, record_id, types_json, lang, status, channel, tracking_number,"
                " reference_code, sent_date, due_date, reply_period_days, reply_period_unit, rules_version,"
                " created_at, updated_at, reply_period_json)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                request_data,
            )
            # The case ladder's current-rung cache (issue 15): every seeded request is a first request.
            conn.execute(
                "UPDATE requests SET rung_kind = 'request', rung_request_id = id, rung_sent_date = sent_date,"
                " rung_awaiting = (status IN ('sent', 'delivered')),"
                " rung_due_date = CASE WHEN status IN ('sent', 'delivered') THEN due_date END"
                " WHERE parent_request_id IS NULL"
            )
            first_id = conn.execute("SELECT min(id) FROM requests").fetchone()[0]
            conn.executemany(
                "INSERT INTO events (uuid, request_id, kind, date, created_at) VALUES (?, ?, ?, ?, ?)",
                [
                    (str(uuid.uuid4()), first_id + n - 1, kind, day, now)
                    for n, kind, day in event_data
                ],
            )
        timings["requests_s"] = round(time.perf_counter() - start, 2)
        timings["events"] = len(event_data)

        start = time.perf_counter()
        with vault.write():
            for i in range(evidence):
                add_evidence(vault, ids[(i * 37) % len(ids)], jpeg_with_exif(rng), f"IMG_{2000 + i}.jpg")
        timings["evidence_s"] = round(time.perf_counter() - start, 2)
        start = time.perf_counter()
        vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        vault.conn.execute("PRAGMA optimize").fetchall()
        timings["checkpoint_s"] = round(time.perf_counter() - start, 2)
    finally:
        vault.close()
    timings["vault_mb"] = round(path.stat().st_size / 1024**2, 1)
    timings["seed_peak_rss_mb"] = rss_mb()
    return timings


def run_child(args: list[str], timeout: float) -> dict[str, Any]:
    """Run `python -m tests.benchmarks.runner <args>` and return the JSON object it prints last."""
    proc = subprocess.run(
        [sys.executable, "-m", "tests.benchmarks.runner", *args],
        capture_output=True, text=True, timeout=timeout, cwd=Path(__file__).resolve().parents[2],
    )
    if proc.returncode != 0:
        raise RuntimeError(f"benchmark child {args[0]} failed:\n{proc.stderr[-3000:]}")
    lines = [line for line in proc.stdout.splitlines() if line.startswith("{")]
    result: dict[str, Any] = json.loads(lines[-1])
    return result


def qt_child(records: int) -> dict[str, Any]:
    """The Records page's first paint and search in a real MainWindow (bench_ui_records)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from tests.benchmarks import bench_ui_records

    out = io.StringIO()
    try:
        with contextlib.redirect_stdout(out):
            bench_ui_records.main(["--records", str(records)])
    finally:
        # bench_ui_records makes its own temporary home (and its vault) and leaves it behind.
        data_dir = os.environ.get("FACELEDGER_DATA_DIR")
        if data_dir and Path(data_dir).parent.name.startswith("faceledger-bench-"):
            shutil.rmtree(Path(data_dir).parent, ignore_errors=True)
    result: dict[str, Any] = json.loads(out.getvalue().strip().splitlines()[-1])
    result["peak_rss_mb"] = rss_mb()
    return result


# --- measurements ------------------------------------------------------------------------------
class Bench:
    def __init__(self, sizes: Sizes, home: Path, log: Callable[[str], None]) -> None:
        self.sizes = sizes
        self.home = home
        self.log = log
        self.values: dict[str, Any] = {}
        self.plain_values: dict[str, float] = {}
        self.cpu_values: dict[str, tuple[float, float]] = {}  # metric -> (vault, plain) CPU seconds
        self.notes: list[str] = []

    def put(self, name: str, value: Any, plain: float | None = None) -> None:
        self.values[name] = round(value, 4) if isinstance(value, float) else value
        if plain is not None:
            self.plain_values[name] = round(plain, 4)
        shown = f"{value:.4f}" if isinstance(value, float) else value
        self.log(f"  {name} = {shown}" + (f"  (plain {plain:.4f})" if plain is not None else ""))

    def run(self) -> dict[str, Any]:
        from app.rules import load_library
        from app.vault import Vault

        sizes = self.sizes
        path = self.home / "bench.vault"
        plain_path = self.home / "bench-plain.db"
        self.log(f"seeding {sizes.records:,} records, {sizes.requests:,} requests, {sizes.evidence} images …")
        seeded = run_child(
            ["seed", str(path), str(sizes.records), str(sizes.requests), str(sizes.evidence)], timeout=3600
        )
        self.values["seed"] = seeded
        self.log(f"  seeded: {seeded}")
        library = load_library()

        # Unlock, then the first page on a fresh connection (its page cache starts empty), vault and
        # plain copy interleaved so that both see the same machine load.
        vault = Vault.open(path, PASSPHRASE)
        start = time.perf_counter()
        export_plain_copy(vault, plain_path)
        self.values["export_plain_copy_s"] = round(time.perf_counter() - start, 2)
        vault.close()
        unlock: list[float] = []
        kinds = ("first", "plain_first", "list", "plain_list")
        cold: dict[str, list[tuple[float, float]]] = {k: [] for k in kinds}
        for _ in range(sizes.runs):
            start = time.perf_counter()
            vault = Vault.open(path, PASSPHRASE)
            unlock.append(time.perf_counter() - start)
            cold["first"].append(self._first_page(vault, library))
            vault.close()
            plain = PlainStore(plain_path)
            cold["plain_first"].append(self._first_page(plain, library))
            plain.close()
            vault = Vault.open(path, PASSPHRASE)
            cold["list"].append(self._list_page(vault))
            vault.close()
            plain = PlainStore(plain_path)
            cold["plain_list"].append(self._list_page(plain))
            plain.close()
        self.put("unlock_s", statistics.median(unlock))
        for name, key in (("records_first_page_s", "first"), ("records_list_page_s", "list")):
            wall, cpu = ([t[i] for t in cold[key]] for i in (0, 1))
            plain_wall, plain_cpu = ([t[i] for t in cold[f"plain_{key}"]] for i in (0, 1))
            self.put(name, statistics.median(wall), statistics.median(plain_wall))
            self.cpu_values[name] = (statistics.median(cpu), statistics.median(plain_cpu))
        vault = Vault.open(path, PASSPHRASE)

        plain = PlainStore(plain_path)
        try:
            self._reads(vault, plain)
            self._writes(vault, plain)
        finally:
            plain.close()
        self._letters(vault)
        self._bundles(vault)
        vault.close()
        self.put("peak_rss_mb", rss_mb())
        if sizes.qt:
            self._qt()
        self.values["load_average_at_end"] = [round(x, 2) for x in os.getloadavg()]
        return self.values

    # -- reads ------------------------------------------------------------------------------------
    @staticmethod
    def _first_page(store: Any, library: Any) -> tuple[float, float]:
        """What the Records table does when it opens: all ids in display order, then rows 0-99
        with their grounds badges (ui.models.record_table_model.load_ids / load_rows).
        Returns (wall, thread CPU) seconds."""
        from ui.models.record_table_model import RecordQuery, load_ids, load_rows

        start, start_cpu = time.perf_counter(), time.thread_time()
        ids = load_ids(store, RecordQuery())
        rows = load_rows(store, ids[:100], library, "zh-CN")
        elapsed, cpu = time.perf_counter() - start, time.thread_time() - start_cpu
        assert len(rows) == min(100, len(ids)) and not any(r.failed for r in rows.values())
        return elapsed, cpu

    @staticmethod
    def _list_page(store: Any) -> tuple[float, float]:
        from app.records import list_records

        start, start_cpu = time.perf_counter(), time.thread_time()
        page = list_records(store, limit=100)
        elapsed, cpu = time.perf_counter() - start, time.thread_time() - start_cpu
        assert len(page) == 100
        return elapsed, cpu

    def _pair(self, name: str, fn: Callable[[Any], Any], vault: Any, plain: Any, runs: int) -> Any:
        """Median of `runs` calls on the vault and on the plain copy, interleaved so that both see
        the same machine load; also the medians of the thread's CPU time (cpu_<name>), which other
        processes on a busy machine disturb far less than wall time."""
        result, plain_result = fn(vault), fn(plain)  # warm-up: the cache a user's session would have
        assert result == plain_result or len(result) == len(plain_result), f"{name}: copies disagree"
        wall: dict[str, list[float]] = {"vault": [], "plain": []}
        cpu: dict[str, list[float]] = {"vault": [], "plain": []}
        for _ in range(runs):
            for label, store in (("vault", vault), ("plain", plain)):
                start, start_cpu = time.perf_counter(), time.thread_time()
                fn(store)
                cpu[label].append(time.thread_time() - start_cpu)
                wall[label].append(time.perf_counter() - start)
        self.put(name, statistics.median(wall["vault"]), statistics.median(wall["plain"]))
        self.cpu_values[name] = (statistics.median(cpu["vault"]), statistics.median(cpu["plain"]))
        return result

    def _reads(self, vault: Any, plain: Any) -> None:
        from app.records import list_records, record_ids
        from app.statistics import compute_statistics

        runs = self.sizes.search_runs
        for name, query in SEARCHES.items():
            ids = self._pair(f"{name}_ids_s", lambda s, q=query: record_ids(s, search=q), vault, plain, runs)
            self.values[f"{name}_hits"] = len(ids)
            self._pair(
                f"{name}_page_s", lambda s, q=query: [r.id for r in list_records(s, search=q, limit=100)],
                vault, plain, runs,
            )
        ids = self._pair(
            "filter_place_type_ids_s", lambda s: record_ids(s, place_type=FILTER_PLACE_TYPE),
            vault, plain, runs,
        )
        self.values["filter_place_type_hits"] = len(ids)
        self._pair(
            "filter_place_type_page_s",
            lambda s: [r.id for r in list_records(s, place_type=FILTER_PLACE_TYPE, limit=100)],
            vault, plain, runs,
        )
        stats = self._pair(
            "statistics_s", lambda s: compute_statistics(s, TODAY), vault, plain, self.sizes.runs
        )
        self.values["statistics_records_total"] = stats.records_total
        self.values["statistics_requests_total"] = stats.requests_total

    # -- writes -----------------------------------------------------------------------------------
    def _writes(self, vault: Any, plain: Any) -> None:
        from app.records import add_record, add_records
        from tests.benchmarks.datagen import RecordGenerator

        generator = RecordGenerator(seed=99)
        batches = [list(generator.items(1000)) for _ in range(self.sizes.runs)]
        singles = [generator.item() for _ in range(10)]
        bulk: dict[str, list[float]] = {"vault": [], "plain": []}
        one: dict[str, list[float]] = {"vault": [], "plain": []}
        for batch in batches:
            for label, store in (("vault", vault), ("plain", plain)):
                bulk[label].append(median_time(lambda b=batch, s=store: add_records(s, b), 1)[0])
        for item_facts, notes in singles:
            for label, store in (("vault", vault), ("plain", plain)):
                one[label].append(
                    median_time(lambda f=item_facts, n=notes, s=store: add_record(s, f, notes=n), 1)[0]
                )
        self.put("insert_1000_records_s", statistics.median(bulk["vault"]), statistics.median(bulk["plain"]))
        self.put("insert_one_record_s", statistics.median(one["vault"]), statistics.median(one["plain"]))

    # -- letters ----------------------------------------------------------------------------------
    def _letters(self, vault: Any) -> None:
        from app.letters import compose_letter, render_pdf
        from app.records import get_record, record_ids
        from tests.benchmarks.bench_letters import SENDER, bench_letters

        single = bench_letters(self.sizes.runs * 2)
        self.put("letter_pdf_s", single["compose_plus_pdf_median_s"])
        self.put("letter_pdf_bytes", single["pdf_bytes"])
        self.values["letter_font_load_s"] = single["font_load_s"]
        # A batch: each letter from its own record of the vault (read, compose, render).
        ids = [
            i for i in record_ids(vault, city="北京", sort="id")
        ][: self.sizes.letters]
        sizes: list[int] = []
        start = time.perf_counter()
        for record_id in ids:
            facts = get_record(vault, record_id).facts
            letter = compose_letter(facts, LETTER_TYPES, "zh-CN", sender=SENDER, letter_date=TODAY)
            sizes.append(len(render_pdf(letter)))
        batch = time.perf_counter() - start
        self.put("letter_pdfs_batch_s", batch)
        self.values["letter_pdfs_batch_count"] = len(ids)
        self.values["letter_pdfs_batch_max_bytes"] = max(sizes)
        if len(ids) == 200:
            self.put("letter_pdfs_200_s", batch)
        else:  # --quick renders fewer and says so
            self.put("letter_pdfs_200_s", batch / len(ids) * 200)
            self.values["letter_pdfs_200_extrapolated_from"] = len(ids)

    # -- bundles ----------------------------------------------------------------------------------
    def _bundles(self, vault: Any) -> None:
        """1,000 records out and into a new vault, per envelope (tests/benchmarks/bench_bundles.py)."""
        try:
            from tests.benchmarks.bench_bundles import bench_bundle_envelopes
        except ImportError:
            self.values["bundle_export_1000_s"] = "not available"
            self.values["bundle_import_1000_s"] = "not available"
            return
        from app.records import record_ids

        ids = record_ids(vault, sort="id")[:1000]
        for name, value in bench_bundle_envelopes(vault, ids, self.home, self.sizes.bundle_runs).items():
            if name.endswith("_s"):
                self.put(name, value)
            else:
                self.values[name] = value

    # -- Qt ---------------------------------------------------------------------------------------
    def _qt(self) -> None:
        self.log(f"Qt Records page over {self.sizes.records:,} records (child process) …")
        try:
            qt = run_child(["qt", str(self.sizes.records)], timeout=1800)
        except (RuntimeError, subprocess.TimeoutExpired) as exc:
            self.notes.append(f"Qt first-paint benchmark failed: {str(exc).strip().splitlines()[-1]}")
            self.values["qt_records_first_paint_s"] = "failed"
            return
        self.put("qt_records_first_paint_s", qt["first_paint_s"])
        self.put("qt_search_latency_s", qt["search_latency_s"])
        self.values["qt_ui_max_stall_s"] = qt["ui_max_stall_s"]
        self.put("qt_peak_rss_mb", qt["peak_rss_mb"])


# --- output ------------------------------------------------------------------------------------
def flat_results(machine_info: dict[str, Any], bench: Bench) -> dict[str, Any]:
    out: dict[str, Any] = {"machine": machine_info}
    out.update(bench.values)
    for name, plain in bench.plain_values.items():
        out[f"plain_{name}"] = plain
        enc = bench.values[name]
        out[f"ratio_{name}"] = round(enc / plain, 2) if plain else None
    for name, (enc_cpu, plain_cpu) in bench.cpu_values.items():
        out[f"cpu_{name}"] = round(enc_cpu, 4)
        out[f"cpu_ratio_{name}"] = round(enc_cpu / plain_cpu, 2) if plain_cpu > 0 else None
    if bench.notes:
        out["notes"] = bench.notes
    return out


def table(results: dict[str, Any]) -> str:
    m = results["machine"]
    lines = [
        f"Machine: {m['cpu']}, {m['cores']} cores, {m['ram_gb']} GB RAM, {m['os']}",
        f"Python {m['python']}, SQLCipher {m['sqlcipher']} (SQLite {m['sqlite']}); load average "
        f"{m['load_average_at_start']} at start, {results.get('load_average_at_end')} at end",
        f"Vault: {results['seed']}",
        "",
        "Times are wall-clock medians; 'cpu' is the thread's CPU time (what an idle machine would see,",
        "less disturbed by other load) and 'cpu×' the SQLCipher/plain ratio of CPU times.",
        "",
        f"{'metric':30} {'SQLCipher':>12} {'plain':>10} {'ratio':>6} {'cpu':>8} {'cpu×':>6}"
        f" {'target':>10}  ok",
    ]
    for name, (target, unit) in TARGETS.items():
        value = results.get(name)
        if value is None:
            continue
        plain = results.get(f"plain_{name}")
        ratio = results.get(f"ratio_{name}")
        ok = ""
        if isinstance(value, int | float) and target is not None:
            ok = "yes" if value <= target else "NO"
        if ratio is not None and name.startswith(("search", "filter", "records_list")):
            ok += "" if ratio <= RATIO_TARGET else " (ratio)"
        shown = f"{value:.4f}" if isinstance(value, float) and unit == "s" else str(value)
        cpu = results.get(f"cpu_{name}")
        cpu_ratio = results.get(f"cpu_ratio_{name}")
        lines.append(
            f"{name:30} {shown:>12} {'' if plain is None else f'{plain:.4f}':>10} "
            f"{'' if ratio is None else f'{ratio:.2f}':>6} "
            f"{'' if cpu is None else f'{cpu:.4f}':>8} {'' if cpu_ratio is None else f'{cpu_ratio:.2f}':>6} "
            f"{'' if target is None else f'≤ {target:g} {unit}':>10}  {ok}"
        )
    extras = {k: v for k, v in results.items() if k.endswith(("_hits", "_count", "_from", "_total"))}
    lines += ["", f"Details: {json.dumps(extras, ensure_ascii=False)}"]
    for note in results.get("notes", []):
        lines.append(f"NOTE: {note}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks", description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="10,000 records and fewer repetitions (< 1 min)")
    parser.add_argument("--json", action="store_true", help="print one JSON object {metric: value}")
    parser.add_argument("--records", type=int, help="override the number of records")
    parser.add_argument("--no-qt", action="store_true", help="skip the Qt first-paint child")
    parser.add_argument("--keep", action="store_true", help="keep the temporary vaults (path printed)")
    args = parser.parse_args(argv)
    sizes = QUICK if args.quick else FULL
    if args.records:
        sizes = Sizes(**{**sizes.__dict__, "records": args.records})
    if args.no_qt:
        sizes = Sizes(**{**sizes.__dict__, "qt": False})
    # The unlock metric must use the calibrated KDF, not a test shortcut.
    os.environ.pop("FACELEDGER_KDF_TIME_COST", None)
    home = private_home()
    started = time.perf_counter()

    def log(message: str) -> None:
        print(message, file=sys.stderr if args.json else sys.stdout, flush=True)

    try:
        info = machine()
        bench = Bench(sizes, home, log)
        bench.run()
        results = flat_results(info, bench)
        results["total_s"] = round(time.perf_counter() - started, 1)
    finally:
        if args.keep:
            log(f"kept {home}")
        else:
            shutil.rmtree(home, ignore_errors=True)
    if args.json:
        print(json.dumps(results, ensure_ascii=False))
    else:
        print()
        print(table(results))
        print(f"\nTotal {results['total_s']} s")
    return 0


def _child_main(argv: list[str]) -> int:
    """Entry of the child processes: `seed PATH N REQUESTS EVIDENCE` or `qt N`."""
    if argv[0] == "seed":
        result = seed(Path(argv[1]), int(argv[2]), int(argv[3]), int(argv[4]))
    elif argv[0] == "qt":
        result = qt_child(int(argv[1]))
    else:
        raise SystemExit(f"unknown child command {argv[0]!r}")
    print(json.dumps(result, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(_child_main(sys.argv[1:]))
