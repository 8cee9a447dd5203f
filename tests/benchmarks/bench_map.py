"""Benchmark: the Map page over 100,000 records (targets: paint ≤ 300 ms after load, pan/zoom ≥ 30 fps).

Run:  QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.benchmarks.bench_map [--records N] [--grounds]

A real SQLCipher vault is filled with N records of tests/benchmarks/datagen.py (realistic Chinese
cities, districts and addresses) through app.records.add_records, which codes every place in the
same transaction; 20% of the records get a request (sent, overdue, complied, refused). Then, on the
real DbWorker thread and a real MapPage (offscreen):

- code_us_per_record: app.geo.coding.code_facts alone, per record (what add_records adds);
- rows_load_s: the page's load step on the worker (records without a place: none; one row each);
- paint_after_load_ms: from the rows being in memory to the painted map — grouping 100,000 rows
  (app.geo.mapdata.aggregate), MapView.set_data and one synchronous repaint (median of 5);
- filter_ms: typing a search (debounce excluded): the Records query + grouping + repaint;
- pan_fps / zoom_fps: repeated MapView.pan / zoom, each followed by a synchronous repaint, at city
  and district level, and for a synthetic worst case with one dot for every unit of the gazetteer
  (3,245 dots, labelled where they fit). Frames move (pan) or scale (zoom) the cached layer of dots
  and labels; layer_redraw_ms is the cost of drawing that layer again (new data, a resize, or
  150 ms after a zoom gesture pauses, and at once when a zoom has doubled or halved the scale);
- export_{svg,pdf,png}_s: the city map export;
- gazetteer_bytes / gazetteer_load_ms: the shipped table and the time to parse it;
- with --grounds: refresh_grounds_s, the one-off rule check of every record for the "main ground"
  colours (cached in the vault per rule-library version).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

PASSPHRASE = "benchmark passphrase 基准"


def seed(path: Path, count: int) -> dict[str, float]:
    from app.geo.coding import code_facts
    from app.records import add_records
    from app.vault import Vault
    from tests.benchmarks.datagen import RecordGenerator

    items = list(RecordGenerator().items(count))
    started = time.perf_counter()
    for facts, _notes in items[:20_000]:
        code_facts(facts)
    per_record = (time.perf_counter() - started) / min(count, 20_000)
    started = time.perf_counter()
    with Vault.open(path, PASSPHRASE) as vault:
        ids: list[int] = []
        for start in range(0, count, 10_000):
            ids += add_records(vault, items[start : start + 10_000])
        rng = random.Random(7)
        today = dt.date.today().isoformat()
        with vault.write() as conn:
            for n, record_id in enumerate(rng.sample(ids, count // 5)):
                status, due = rng.choice(
                    (("sent", "2099-01-01"), ("sent", "2025-01-01"), ("complied", None), ("refused", None))
                )
                conn.execute(
                    "INSERT INTO requests(uuid, record_id, types_json, lang, status, due_date, created_at,"
                    " updated_at) VALUES (?, ?, '[\"deletion\"]', 'zh-CN', ?, ?, ?, ?)",
                    (f"bench-{n}", record_id, status, due, today, today),
                )
        unplaced = vault.conn.execute("SELECT count(*) FROM record_places WHERE code = ''").fetchone()[0]
    return {
        "code_us_per_record": round(per_record * 1e6, 1),
        "seed_s": round(time.perf_counter() - started, 1),
        "unplaced_records": float(unplaced),
    }


def wait_until(condition: Any, timeout: float = 600.0) -> float:
    from PySide6.QtCore import QCoreApplication, QEventLoop

    started = time.monotonic()
    while not condition():
        if time.monotonic() - started > timeout:
            raise TimeoutError("condition not met in time")
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        time.sleep(0.001)
    return time.monotonic() - started


def fps(view: Any, step: Any, frames: int = 120) -> float:
    started = time.perf_counter()
    for i in range(frames):
        step(i)
        view.repaint()
    return round(frames / (time.perf_counter() - started), 1)


def measure_view(view: Any) -> dict[str, float]:
    view.fit()
    pan = fps(view, lambda i: view.pan(6 if i % 40 < 20 else -6, 3 if i % 40 < 20 else -3))
    zoom = fps(view, lambda i: view.zoom(1.05 if i % 40 < 20 else 1 / 1.05))
    # Redrawing the layer of dots and labels (after a zoom gesture pauses, a resize, new data).
    timings = []
    for _ in range(5):
        t = time.perf_counter()
        view.invalidate_layer()
        view.repaint()
        timings.append(time.perf_counter() - t)
    return {"pan_fps": pan, "zoom_fps": zoom, "layer_redraw_ms": round(statistics.median(timings) * 1000, 1)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Map page benchmark")
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--grounds", action="store_true", help="also time the one-off ground check")
    args = parser.parse_args(argv)
    home = Path(tempfile.mkdtemp(prefix="faceledger-bench-map-"))
    for name in ("CONFIG", "DATA", "STATE"):
        (home / name.lower()).mkdir()
        os.environ[f"FACELEDGER_{name}_DIR"] = str(home / name.lower())
    os.environ.setdefault("FACELEDGER_KDF_TIME_COST", "3")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from app.geo import gazetteer as gz
    from app.geo.export import export_map
    from app.geo.mapdata import MapData, MapPoint, refresh_grounds
    from app.paths import resources_path
    from app.vault import Vault
    from ui.application import Application
    from ui.clipboard import ClipboardService
    from ui.models.map_model import load_rows
    from ui.pages.map_page import MapPage
    from ui.tasks import DbWorker

    result: dict[str, float] = {"records": float(args.records)}
    started = time.perf_counter()
    gz.load_gazetteer.cache_clear()
    gazetteer = gz.load_gazetteer()
    result["gazetteer_load_ms"] = round((time.perf_counter() - started) * 1000, 1)
    result["gazetteer_bytes"] = float(resources_path("geo", "gazetteer.tsv").stat().st_size)

    app = Application(sys.argv[:1])
    app.translators.install("zh_CN")
    vault_path = home / "bench.vault"
    Vault.create(vault_path, PASSPHRASE).close()
    result.update(seed(vault_path, args.records))

    worker = DbWorker()
    opened: list[Any] = []
    worker.open_vault(
        vault_path,
        bytearray(PASSPHRASE.encode()),
        create=False,
        on_success=opened.append,
        on_failure=opened.append,
    )
    wait_until(lambda: bool(opened))

    class Context:
        def __init__(self) -> None:
            self.worker = worker
            self.clipboard = ClipboardService()
            self.vault_path = vault_path
            self.navigations: list[Any] = []
            self.settings = None
            self._library: Any = None

        def navigate(self, key: str, **kwargs: Any) -> None:
            self.navigations.append((key, kwargs))

        def show_message(self, text: str, level: Any = None) -> None:
            pass

        def rule_library(self) -> Any:
            from app.rules import load_library

            if self._library is None:
                self._library = load_library()
            return self._library

    context = Context()
    box: dict[str, Any] = {}
    today = dt.date.today()
    version = str(context.rule_library().version)

    def job(vault: Any) -> None:
        t = time.perf_counter()
        box["rows"] = load_rows(vault, today, version)
        box["rows_s"] = time.perf_counter() - t
        if args.grounds:
            t = time.perf_counter()
            refresh_grounds(vault, context.rule_library())
            box["grounds_s"] = time.perf_counter() - t

    worker.submit(job, lambda _r: None, lambda e: box.setdefault("error", e))
    worker.wait_idle(3600)
    if "error" in box:
        raise box["error"]
    result["rows_load_s"] = round(box["rows_s"], 3)
    if args.grounds:
        result["refresh_grounds_s"] = round(box["grounds_s"], 1)

    page = MapPage(context)
    # The ground check is timed separately (--grounds); it must not run under the paint timings.
    page.model._computing_grounds = True  # as if already under way: the model will not start it
    page.resize(1180, 740)
    page.show()
    wait_until(lambda: page.model.data is not None, timeout=3600)
    wait_until(lambda: worker.pending == 0, timeout=3600)
    rows = box["rows"]
    timings = []
    for _ in range(5):
        t = time.perf_counter()
        page.model._on_rows(page.model._generation, rows)
        page.view.repaint()
        timings.append(time.perf_counter() - t)
    result["paint_after_load_ms"] = round(statistics.median(timings) * 1000, 1)
    result["city_dots"] = float(len(page.model.data.points))  # type: ignore[union-attr]
    result.update({f"city_{k}": v for k, v in measure_view(page.view).items()})

    t = time.perf_counter()
    page.search.setText("物业")
    page.apply_query()
    wait_until(lambda: page.model.data is not None and page.model.data.total < args.records)
    page.view.repaint()
    result["filter_ms"] = round((time.perf_counter() - t) * 1000, 1)
    page.search.clear()
    page.apply_query()
    page.level.setCurrentIndex(page.level.findData("district"))
    wait_until(
        lambda: (
            page.model.data is not None
            and page.model.data.level == "district"
            and page.model.data.total == args.records
        )
    )
    result["district_dots"] = float(len(page.model.data.points))  # type: ignore[union-attr]
    result.update({f"district_{k}": v for k, v in measure_view(page.view).items()})

    # Worst case: a dot for every unit of the gazetteer.
    rng = random.Random(3)
    every = tuple(
        MapPoint(
            u.code,
            u.short,
            u.name,
            u.lon,
            u.lat,
            rng.randint(1, 500),
            (("hotel", 1),),
            (("none", 1), ("refused", 1)),
            (),
        )
        for u in gazetteer.units.values()
    )
    every = tuple(sorted(every, key=lambda p: -p.count))
    data = MapData(every, sum(p.count for p in every), 0, "district", "request_state")
    t = time.perf_counter()
    page.view.set_data(data, page.colors(data), page.legend(data))
    page.view.repaint()
    result["all_units_first_paint_ms"] = round((time.perf_counter() - t) * 1000, 1)
    result.update({f"all_units_{k}": v for k, v in measure_view(page.view).items()})

    page.level.setCurrentIndex(page.level.findData("city"))
    wait_until(lambda: page.model.data is not None and page.model.data.level == "city")
    city = page.model.data
    for fmt in ("svg", "pdf", "png"):
        t = time.perf_counter()
        export_map(city, fmt)  # type: ignore[arg-type]
        result[f"export_{fmt}_s"] = round(time.perf_counter() - t, 3)
    page.close()
    worker.shutdown()
    print(json.dumps(result, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
