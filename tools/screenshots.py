"""Reproducible screenshots of the desktop app (docs/screenshots/), for review and the README.

Run under Xvfb, at normal and double scale:

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python tools/screenshots.py --suffix 1x
    QT_SCALE_FACTOR=2 xvfb-run -a -s "-screen 0 2560x1600x24" \\
        .venv/bin/python tools/screenshots.py --suffix 2x
    ... --scheme dark     # the dark colour set (names get "-dark": records-en-dark-1x.png)

Each run builds a fresh sample vault in a temporary folder (fictional places and companies), then
shoots the unlock and create screens, Records with data, the record form and the rules browser in every
language asked for (default: zh_CN and en). Nothing outside the temporary folder is touched.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

PASSPHRASE = "screenshots only 截图专用"

SAMPLE = [
    (
        "2025-03-02",
        "residential_compound",
        "阳光花园小区北门",
        "杭州",
        "杭州阳光物业服务有限公司",
        "not_asked",
        "none",
        "none",
    ),
    ("2025-02-18", "hotel", "西湖大酒店", "杭州", "杭州西湖酒店管理有限公司", "bundled", "refused", "posted"),
    (
        "2025-01-09",
        "gym_or_sports_venue",
        "动力健身会所",
        "上海",
        "上海动力健身有限公司",
        "forced",
        "none",
        "unclear",
    ),
    (
        "2024-12-20",
        "shopping_mall",
        "万象购物中心",
        "天津",
        "天津万象商业管理有限公司",
        "not_asked",
        "unknown",
        "none",
    ),
    (
        "2024-11-30",
        "school_or_campus",
        "第十二中学",
        "北京",
        "北京市第十二中学",
        "implied",
        "offered",
        "posted",
    ),
    ("2024-10-12", "workplace", "园区办公楼", "深圳", "深圳某某科技有限公司", "forced", "none", "posted"),
    (
        "2024-09-03",
        "tourist_site",
        "湿地公园",
        "杭州",
        "杭州湿地旅游发展有限公司",
        "not_asked",
        "none",
        "none",
    ),
    (
        "2024-08-15",
        "bank",
        "城东支行",
        "南京",
        "某某银行股份有限公司南京城东支行",
        "separate",
        "offered",
        "posted",
    ),
    (
        "2024-07-01",
        "mobile_app",
        "社区团购小程序",
        "广州",
        "广州某某网络科技有限公司",
        "bundled",
        "none",
        "unclear",
    ),
    (
        "2024-05-21",
        "property_sales_office",
        "滨江售楼处",
        "杭州",
        "杭州滨江房地产开发有限公司",
        "not_asked",
        "none",
        "none",
    ),
]


def build_vault(folder: Path) -> Path:
    from app import evidence, profiles, records
    from app.vault import Vault

    path = folder / "sample.vault"
    with Vault.create(path, PASSPHRASE) as vault:
        profiles.add_profile(vault, name="王小明", phone="138 0000 0000", address="杭州市西湖区某某路1号")
        for day, place_type, name, city, handler, consent, alternative, notice in SAMPLE:
            facts = {
                "jurisdiction": "CN",
                "date": day,
                "place_type": place_type,
                "place_name": name,
                "city": city,
                "handler": {"name": handler},
                "consent": consent,
                "alternative": alternative,
                "notice": notice,
            }
            record_id = records.add_record(vault, facts)
            if record_id == 1:
                evidence.add_evidence(vault, record_id, _sample_png(), "大门.png")
                evidence.add_evidence(vault, record_id, b"%PDF-1.4\n%%EOF\n", "告知书.pdf")
    return path


def _sample_png() -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt  # noqa: TID251 - tools/ drives the Qt UI
    from PySide6.QtGui import QColor, QImage, QPainter  # noqa: TID251

    image = QImage(320, 220, QImage.Format.Format_RGB32)
    image.fill(QColor("#8aa8b8"))
    painter = QPainter(image)
    painter.fillRect(40, 60, 240, 160, QColor("#4b5563"))
    painter.fillRect(130, 110, 60, 110, QColor("#d1d5db"))
    painter.setPen(QColor("#ffffff"))
    painter.drawText(image.rect().adjusted(0, 10, 0, 0), Qt.AlignmentFlag.AlignHCenter, "GATE")
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def settle(ms: int = 400) -> None:
    """Let Qt run for `ms` (layouts, lazy rows, repaints)."""
    from PySide6.QtCore import QEventLoop, QTimer  # noqa: TID251 - tools/ drives the Qt UI

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_for(condition: Callable[[], object], limit_ms: int = 15000) -> None:
    waited = 0
    while not condition() and waited < limit_ms:
        settle(50)
        waited += 50


def shoot_language(app: Any, lang: str, vault_path: Path, out: Path, suffix: str) -> list[Path]:
    """Unlock screen, Records, the record form and the rules browser in one language."""
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

    shoot(window, "unlock")
    window.start_screen.show_create(vault_path.with_name("new.vault"))
    window.start_screen.create_panel.passphrase.setText("示例密码 example")
    settle(200)
    shoot(window, "create")
    window.start_screen.show_unlock(vault_path)
    window.start_screen.unlock_panel.passphrase.setText(PASSPHRASE)
    window.start_screen.unlock_panel.unlock_button.click()
    wait_for(lambda: window.workspace is not None)
    page = window.workspace.pages["records"]
    wait_for(lambda: page.model.rowCount() == len(SAMPLE))
    settle(800)
    wait_for(lambda: page.model.cached_row_count() >= len(SAMPLE))
    settle(300)
    shoot(window, "records")

    page.open_editor(1)
    wait_for(lambda: bool(window.findChildren(RecordEditorDialog)))
    editor = window.findChildren(RecordEditorDialog)[0]
    wait_for(lambda: len(editor.evidence.items) == 2 and editor.form.fields["place_name"].widget.text() != "")
    editor.evidence.list.setCurrentRow(0)
    settle(600)
    shoot(editor, "record-form")
    editor.reject()

    window.navigate("rules", instrument="PIPL", article="29")
    settle(400)
    shoot(window, "rules")
    window.shutdown()
    window.deleteLater()
    QApplication.processEvents()
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--out", default=str(REPO / "docs" / "screenshots"))
    parser.add_argument("--suffix", default="1x", help="file name suffix, e.g. 1x or 2x")
    parser.add_argument("--langs", default="zh_CN,en")
    parser.add_argument(
        "--scheme", choices=("light", "dark"), default="light", help="colour scheme (ui/theme.py)"
    )
    args = parser.parse_args()
    os.environ["FACELEDGER_COLOUR_SCHEME"] = args.scheme  # read by the Application (ui/theme.py)
    suffix = args.suffix if args.scheme == "light" else f"dark-{args.suffix}"

    home = Path(tempfile.mkdtemp(prefix="faceledger-shots-"))
    for name in ("CONFIG", "DATA", "STATE"):
        (home / name.lower()).mkdir()
        os.environ[f"FACELEDGER_{name}_DIR"] = str(home / name.lower())
    os.environ.setdefault("FACELEDGER_KDF_TIME_COST", "3")

    from ui.application import Application

    app = Application(sys.argv[:1])
    vault_path = build_vault(home)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for lang in args.langs.split(","):
        written += shoot_language(app, lang, vault_path, out, suffix)
    for path in written:
        print(path.relative_to(REPO) if path.is_relative_to(REPO) else path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
