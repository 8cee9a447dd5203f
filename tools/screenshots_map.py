"""Screenshots of the Map page and the record form's place field, and the map exports (docs/screenshots/).

    xvfb-run -n 20 -s "-screen 0 1280x800x24" .venv/bin/python tools/screenshots_map.py --suffix 1x
    QT_SCALE_FACTOR=2 xvfb-run -n 20 -s "-screen 0 2560x1600x24" \\
        .venv/bin/python tools/screenshots_map.py --suffix 2x
    ... --scheme dark

Builds a sample vault in a temporary folder: 400 fictional records spread over the addresses of
tests/fixtures/geo/addresses.tsv (as an advocacy group's complainants would log them), with requests
in every state. Also writes map-export-*.pdf/.svg/.png and the anonymised statistics PDF next to
the screenshots' folder in /tmp (render them with pdftoppm to look at them).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import sys
import tempfile
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tools"))

PASSPHRASE = "screenshots only 截图专用"
TYPES = ("residential_compound", "hotel", "shopping_mall", "gym_or_sports_venue", "workplace", "bank")
STATES = (("sent", 30), ("sent", -20), ("complied", None), ("refused", None), ("delivered", -5))


def build_vault(folder: Path) -> Path:
    from app.records import add_records
    from app.vault import Vault

    rows = [
        line.split("\t")
        for line in (REPO / "tests/fixtures/geo/addresses.tsv").read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    ]
    weights = [8 if r[1] in ("北京", "上海", "杭州", "深圳", "广州") else 1 for r in rows]
    rng = random.Random(20)
    items = []
    for n in range(400):
        jurisdiction, city, address, _expected, _style = rng.choices(rows, weights)[0]
        facts = {
            "jurisdiction": jurisdiction,
            "city": city or "未填写",
            "address": address,
            "date": f"2025-{rng.randint(1, 9):02d}-{rng.randint(1, 28):02d}",
            "place_type": rng.choice(TYPES),
            "place_name": f"示例场所{n}",
            "handler": {"name": f"示例{n % 37}物业服务有限公司", "kind": "property_manager"},
            "consent": rng.choice(["not_asked", "forced", "bundled", "separate"]),
            "alternative": rng.choice(["none", "refused", "offered"]),
            "service_refused_without_face": rng.random() < 0.4,
        }
        items.append((facts, ""))
    path = folder / "map-sample.vault"
    with Vault.create(path, PASSPHRASE) as vault:
        ids = add_records(vault, items)
        today = dt.date.today()
        with vault.write() as conn:
            for i, record_id in enumerate(ids[: len(ids) // 2]):
                status, due_in = STATES[i % len(STATES)]
                due = None if due_in is None else (today + dt.timedelta(days=due_in)).isoformat()
                conn.execute(
                    "INSERT INTO requests(uuid, record_id, types_json, lang, status, due_date, created_at,"
                    " updated_at) VALUES (?, ?, '[\"erasure\"]', 'zh-CN', ?, ?, ?, ?)",
                    (f"sample-{i}", record_id, status, due, today.isoformat(), today.isoformat()),
                )
    return path


def settle(ms: int = 400) -> None:
    from PySide6.QtCore import QEventLoop, QTimer  # noqa: TID251 - tools/ drives the Qt UI

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_for(condition: Any, limit_ms: int = 60000) -> None:
    waited = 0
    while not condition() and waited < limit_ms:
        settle(50)
        waited += 50


def shoot_language(app: Any, lang: str, vault_path: Path, out: Path, suffix: str) -> list[Path]:
    from PySide6.QtWidgets import QApplication  # noqa: TID251

    from app.settings import Settings
    from ui.main_window import MainWindow
    from ui.record_editor import RecordEditorDialog

    written: list[Path] = []
    app.translators.install(lang)
    window = MainWindow(Settings(language=lang), app.translators, vault_path=vault_path)
    window.resize(1180, 740)
    window.show()
    settle()

    def shoot(widget: Any, name: str) -> None:
        path = out / f"{name}-{lang}-{suffix}.png"
        widget.grab().save(str(path))
        written.append(path)

    window.start_screen.unlock_panel.passphrase.setText(PASSPHRASE)
    window.start_screen.unlock_panel.unlock_button.click()
    wait_for(lambda: window.workspace is not None)
    window.navigate("map")
    page = window.workspace.pages["map"]
    wait_for(lambda: page.model.data is not None and page.model.grounds_done)
    settle(600)
    shoot(window, "map")
    page.color_by.setCurrentIndex(page.color_by.findData("ground"))
    wait_for(lambda: page.model.data is not None and page.model.data.color_by == "ground")
    page.view.select_code("330100")
    point = page.view.selected_point()
    if point is not None:
        page.info.setText(page.describe(point).replace("\n", " · "))
    settle(400)
    shoot(window, "map-by-ground")
    page.color_by.setCurrentIndex(page.color_by.findData("request_state"))
    page.level.setCurrentIndex(page.level.findData("district"))
    wait_for(lambda: page.model.data is not None and page.model.data.level == "district")
    page.view.select_code("110105", center=True)
    for _ in range(4):
        page.view.zoom(1.6)
    settle(400)
    shoot(window, "map-districts-zoomed")

    window.navigate("records")
    records = window.workspace.pages["records"]
    records.open_editor(1)
    wait_for(lambda: bool(window.findChildren(RecordEditorDialog)))
    editor = window.findChildren(RecordEditorDialog)[0]
    wait_for(lambda: editor.location.stored is not None and editor.form.fields["city"].widget.text() != "")
    editor.form.fields["city"].widget.setText("朝阳")
    editor.form.fields["address"].widget.setText("")
    editor.form_scroll.ensureWidgetVisible(editor.location)
    settle(400)
    shoot(editor, "record-form-place")
    editor.close_without_asking()
    window.shutdown()
    window.deleteLater()
    QApplication.processEvents()
    return written


def write_exports(vault_path: Path, out: Path) -> list[Path]:
    from app.geo.export import export_map, vault_map
    from app.rules import load_library
    from app.stats_anon import compute_anonymised
    from app.stats_anon_pdf import render_anonymised_pdf
    from app.vault import Vault

    library = load_library()
    written = []
    with Vault.open(vault_path, PASSPHRASE) as vault:
        data = vault_map(vault, today=dt.date.today(), library=library)
        for fmt in ("pdf", "svg", "png"):
            path = out / f"map-export-zh_CN.{fmt}"
            path.write_bytes(export_map(data, fmt, library=library))
            written.append(path)
        path = out / "stats-anonymised-with-map.pdf"
        path.write_bytes(render_anonymised_pdf(compute_anonymised(vault, dt.date.today())))
        written.append(path)
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--out", default=str(REPO / "docs" / "screenshots"))
    parser.add_argument("--exports", default="/tmp/faceledger-map-exports")
    parser.add_argument("--suffix", default="1x")
    parser.add_argument("--langs", default="zh_CN,en")
    parser.add_argument("--scheme", choices=("light", "dark"), default="light")
    args = parser.parse_args()
    os.environ["FACELEDGER_COLOUR_SCHEME"] = args.scheme
    suffix = args.suffix if args.scheme == "light" else f"dark-{args.suffix}"
    home = Path(tempfile.mkdtemp(prefix="faceledger-map-shots-"))
    for name in ("CONFIG", "DATA", "STATE"):
        (home / name.lower()).mkdir()
        os.environ[f"FACELEDGER_{name}_DIR"] = str(home / name.lower())
    os.environ.setdefault("FACELEDGER_KDF_TIME_COST", "3")

    from ui.application import Application

    app = Application(sys.argv[:1])
    vault_path = build_vault(home)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    exports = Path(args.exports)
    exports.mkdir(parents=True, exist_ok=True)
    written = write_exports(vault_path, exports)
    for lang in args.langs.split(","):
        written += shoot_language(app, lang, vault_path, out, suffix)
    for path in written:
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
