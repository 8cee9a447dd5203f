"""Screenshots of the letter composer, Requests (with a timeline), Due and Statistics (docs/screenshots/).

Run under Xvfb at 1280×800:

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python tools/screenshots_part2.py

Builds a fresh sample vault in a temporary folder (fictional places and companies) with real letters
composed by the core, sent, answered, reminded and refused on dates relative to today, then shoots
each screen in every language asked for (default: zh_CN and en). Nothing outside the temporary
folder is touched.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

PASSPHRASE = "screenshots only 截图专用"

# (place_type, place name, city, handler, consent, alternative, notice)
PLACES = [
    ("residential_compound", "阳光花园小区北门", "杭州", "杭州阳光物业服务有限公司", "not_asked", "none",
     "none"),
    ("hotel", "西湖大酒店", "杭州", "杭州西湖酒店管理有限公司", "bundled", "refused", "posted"),
    ("gym_or_sports_venue", "动力健身会所", "上海", "上海动力健身有限公司", "forced", "none", "unclear"),
    ("shopping_mall", "万象购物中心", "天津", "天津万象商业管理有限公司", "not_asked", "unknown", "none"),
    ("school_or_campus", "第十二中学", "北京", "北京市第十二中学", "implied", "offered", "posted"),
    ("bank", "城东支行", "南京", "某某银行股份有限公司南京城东支行", "separate", "offered", "posted"),
    ("residential_compound", "翠苑三区东门", "杭州", "杭州阳光物业服务有限公司", "not_asked", "none", "none"),
]


def build_vault(folder: Path, today: dt.date) -> tuple[Path, dict[str, int]]:
    from app import evidence, profiles, records
    from app.letters.model import Sender
    from app.tracking import drafting
    from app.tracking import requests as store
    from app.tracking.lifecycle import EventKind
    from app.tracking.model import Channel
    from app.vault import Vault

    def ago(days: int) -> dt.date:
        return today - dt.timedelta(days=days)

    path = folder / "sample.vault"
    ids: dict[str, int] = {}
    with Vault.create(path, PASSPHRASE) as vault:
        profile = profiles.add_profile(vault, name="王小明", phone="138 0000 0000",
                                       email="xiaoming@example.com", address="杭州市西湖区某某路1号")
        record_ids = []
        for number, (place_type, name, city, handler, consent, alternative, notice) in enumerate(PLACES):
            facts = {
                "jurisdiction": "CN", "date": ago(200 - number * 10).isoformat(), "place_type": place_type,
                "place_name": name, "city": city, "handler": {"name": handler}, "consent": consent,
                "alternative": alternative, "notice": notice, "method": "access_gate",
                "purpose": "access_control", "service_refused_without_face": True,
            }
            record_ids.append(records.add_record(vault, facts, profile_id=profile))
        sender = Sender(name="王小明", phone="138 0000 0000", email="xiaoming@example.com",
                        address="杭州市西湖区某某路1号")

        def letter(record_index: int, types: list[str], sent_days_ago: int | None, channel: Channel,
                   tracking: str = "") -> int:
            sent = ago(sent_days_ago) if sent_days_ago is not None else None
            rid = drafting.draft_request(vault, record_ids[record_index], types, lang="zh-CN", sender=sender,
                                         letter_date=sent or today)
            if sent is not None:
                store.mark_sent(vault, rid, sent, channel, tracking_number=tracking, today=today)
            return rid

        gate_types = ["withdraw_consent", "deletion", "alternative_method"]
        ids["refused"] = letter(0, gate_types, 45, Channel.REGISTERED_MAIL, "EA012345678CN")
        store.add_event(vault, ids["refused"], EventKind.DELIVERED, ago(43), note="EMS 查询：本人签收",
                        today=today)
        reply = evidence.add_evidence(vault, record_ids[0], _sample_png("REPLY"), "物业书面答复.png")
        store.add_event(vault, ids["refused"], EventKind.REPLIED, ago(20),
                        note="物业称门禁系统升级中，暂不删除", evidence_id=reply, today=today)
        store.add_event(vault, ids["refused"], EventKind.REFUSED, ago(12),
                        note="书面答复：拒绝删除，亦不提供刷卡方式", today=today)
        ids["overdue"] = letter(1, ["withdraw_consent", "deletion"], 22, Channel.EMAIL)
        ids["soon1"] = letter(2, ["deletion", "alternative_method"], 17, Channel.REGISTERED_MAIL,
                              "EA555000111CN")
        ids["soon2"] = letter(3, ["deletion"], 15, Channel.WEB_FORM)
        ids["complied"] = letter(4, ["deletion"], 80, Channel.IN_PERSON)
        store.add_event(vault, ids["complied"], EventKind.COMPLIED, ago(71), note="学校已删除并改用校园卡",
                        today=today)
        ids["partly"] = letter(5, ["deletion", "access_copy"], 70, Channel.EMAIL)
        store.add_event(vault, ids["partly"], EventKind.PARTLY_COMPLIED, ago(50), note="已删除，未提供复制件",
                        today=today)
        ids["second_gate"] = letter(6, gate_types, 60, Channel.REGISTERED_MAIL, "EA777888999CN")
        store.add_event(vault, ids["second_gate"], EventKind.REFUSED, ago(30), today=today)
        ids["draft"] = letter(0, ["access_copy", "explanation"], None, Channel.EMAIL)
        ids["record"] = record_ids[1]
    return path, ids


def _sample_png(text: str) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt  # noqa: TID251 - a tool of the desktop app
    from PySide6.QtGui import QColor, QImage, QPainter  # noqa: TID251

    image = QImage(320, 220, QImage.Format.Format_RGB32)
    image.fill(QColor("#f3f4f6"))
    painter = QPainter(image)
    painter.setPen(QColor("#111827"))
    painter.drawText(image.rect(), Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def settle(ms: int = 400) -> None:
    from PySide6.QtCore import QEventLoop, QTimer  # noqa: TID251 - a tool of the desktop app

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_for(condition: Any, limit_ms: int = 30000) -> None:
    waited = 0
    while not condition() and waited < limit_ms:
        settle(50)
        waited += 50
    if not condition():
        raise TimeoutError("screen did not get ready")


def shoot_language(app: Any, lang: str, vault_path: Path, ids: dict[str, int], out: Path,
                   suffix: str) -> list[Path]:
    from PySide6.QtWidgets import QApplication  # noqa: TID251 - a tool of the desktop app

    from app.settings import Settings
    from ui.composer.composer_dialog import LetterComposerDialog
    from ui.main_window import MainWindow

    written: list[Path] = []
    app.translators.install(lang)
    window = MainWindow(Settings(language=lang), app.translators, vault_path=vault_path)
    window.resize(1280, 800)
    window.show()
    settle()

    def shoot(widget: Any, name: str) -> None:
        path = out / f"{name}-{lang}-{suffix}.png"
        widget.grab().save(str(path))
        written.append(path)

    assert window.start_screen is not None
    window.start_screen.unlock_panel.passphrase.setText(PASSPHRASE)
    window.start_screen.unlock_panel.unlock_button.click()
    wait_for(lambda: window.workspace is not None)
    assert window.workspace is not None
    workspace = window.workspace

    window.navigate("requests", request_id=ids["refused"])
    requests_page: Any = workspace.pages["requests"]
    wait_for(lambda: requests_page.detail.request is not None
             and requests_page.detail.request.id == ids["refused"])
    settle(600)
    shoot(window, "requests")

    window.navigate("due")
    due_page: Any = workspace.pages["due"]
    wait_for(lambda: len(due_page.rows) >= 3)
    settle(400)
    shoot(window, "due")

    window.navigate("statistics")
    stats_page: Any = workspace.pages["statistics"]
    wait_for(lambda: stats_page.stats is not None and not stats_page.running)
    settle(600)
    shoot(window, "statistics")

    composer = LetterComposerDialog(workspace.context, ids["record"], window)
    composer.resize(1280, 800)
    composer.show()
    wait_for(lambda: composer.composed is not None and composer.preview.is_showing_document())
    settle(900)
    shoot(composer, "composer")
    composer.reject()
    composer.deleteLater()

    window.shutdown()
    window.deleteLater()
    QApplication.processEvents()
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--out", default=str(REPO / "docs" / "screenshots"))
    parser.add_argument("--suffix", default="1x")
    parser.add_argument("--langs", default="zh_CN,en")
    args = parser.parse_args()

    home = Path(tempfile.mkdtemp(prefix="faceledger-shots2-"))
    for name in ("CONFIG", "DATA", "STATE"):
        (home / name.lower()).mkdir()
        os.environ[f"FACELEDGER_{name}_DIR"] = str(home / name.lower())
    os.environ.setdefault("FACELEDGER_KDF_TIME_COST", "3")

    from ui.application import Application

    app = Application(sys.argv[:1])
    today = dt.date.today()
    vault_path, ids = build_vault(home, today)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    written: list[Path] = []
    for lang in args.langs.split(","):
        written.extend(shoot_language(app, lang, vault_path, ids, out, args.suffix))
    for path in written:
        print(path.relative_to(REPO) if path.is_relative_to(REPO) else path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
