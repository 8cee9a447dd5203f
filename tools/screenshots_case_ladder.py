"""Screenshots of Requests with a whole case ladder (request → reminder → complaint) for docs/screenshots/.

Run under Xvfb at 1280×800:

    xvfb-run -n 15 -s "-screen 0 1280x800x24" .venv/bin/python tools/screenshots_case_ladder.py

Builds a fresh sample vault in a temporary folder (fictional places and companies): the sender is set
once, the first letter to a Hangzhou property company goes out, its reply date passes, the reminder
goes out, then the complaint to the housing authority the facts point to; a second case is still
waiting for its first reply. Dates are relative to today. Nothing outside the temporary folder is
touched. Writes requests-ladder-<lang>-1x.png.
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

from tools.screenshots_part2 import settle, wait_for  # noqa: E402

PASSPHRASE = "screenshots only 截图专用"


def _facts(place: str, handler: str, place_type: str, last_seen: dt.date) -> dict[str, Any]:
    return {
        "jurisdiction": "CN",
        "city": "杭州",
        "place_type": place_type,
        "place_name": place,
        "address": f"杭州市西湖区{place}",
        "date": "2025-06-03",
        "last_seen": last_seen.isoformat(),
        "method": "access_gate",
        "purpose": "access_control",
        "recognition": "verify_1to1",
        "notice": "none",
        "consent": "not_asked",
        "alternative": "none",
        "service_refused_without_face": True,
        "handler": {"name": handler, "kind": "property_manager"},
    }


def build_vault(folder: Path, today: dt.date) -> tuple[Path, int]:
    from app import records
    from app.letters.model import Sender
    from app.tracking import drafting, escalation
    from app.tracking import requests as store
    from app.tracking import sender as sender_mod
    from app.tracking.model import Channel
    from app.vault import Vault

    def ago(days: int) -> dt.date:
        return today - dt.timedelta(days=days)

    path = folder / "ladder.vault"
    with Vault.create(path, PASSPHRASE) as vault:
        sender_mod.set_vault_sender(
            vault, Sender(name="王小明", phone="138 0000 0000", address="杭州市西湖区某某路1号")
        )
        gate = records.add_record(
            vault, _facts("阳光花园小区北门", "杭州阳光物业服务有限公司", "residential_compound", ago(100))
        )
        root = drafting.draft_request(vault, gate, ["withdraw_consent", "deletion"], lang="zh-CN",
                                      letter_date=ago(90))
        store.mark_sent(vault, root, ago(90), Channel.REGISTERED_MAIL, tracking_number="EMS1234567890CN",
                        today=today)
        reminder = escalation.next_letter(vault, root, today=ago(58), letter_date=ago(58))
        rid = escalation.keep_letter(vault, root, reminder)
        store.mark_sent(vault, rid, ago(58), Channel.REGISTERED_MAIL, today=today)
        complaint = escalation.next_letter(vault, root, today=ago(9), letter_date=ago(9))
        cid = escalation.keep_letter(vault, root, complaint)
        store.mark_sent(vault, cid, ago(9), Channel.WEB_FORM, today=today)
        other = records.add_record(
            vault, _facts("翠苑三区东门", "杭州翠苑物业管理有限公司", "residential_compound", ago(20))
        )
        second = drafting.draft_request(vault, other, ["deletion", "alternative_method"], lang="zh-CN",
                                        letter_date=ago(12))
        store.mark_sent(vault, second, ago(12), Channel.EMAIL, today=today)
    return path, root


def shoot_language(app: Any, lang: str, vault_path: Path, root: int, out: Path, suffix: str) -> Path:
    from PySide6.QtWidgets import QApplication  # noqa: TID251 - a tool of the desktop app

    from app.settings import Settings
    from ui.main_window import MainWindow

    app.translators.install(lang)
    window = MainWindow(Settings(language=lang), app.translators, vault_path=vault_path)
    window.resize(1280, 800)
    window.show()
    settle()
    assert window.start_screen is not None
    window.start_screen.unlock_panel.passphrase.setText(PASSPHRASE)
    window.start_screen.unlock_panel.unlock_button.click()
    wait_for(lambda: window.workspace is not None)
    assert window.workspace is not None
    window.navigate("requests", request_id=root)
    page: Any = window.workspace.pages["requests"]
    wait_for(lambda: page.detail.request is not None and page.detail.request.id == root
             and page.detail.ladder is not None)
    settle(800)
    path = out / f"requests-ladder-{lang}-{suffix}.png"
    window.grab().save(str(path))
    window.shutdown()
    window.deleteLater()
    QApplication.processEvents()
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--out", default=str(REPO / "docs" / "screenshots"))
    parser.add_argument("--suffix", default="1x")
    parser.add_argument("--langs", default="zh_CN,en")
    args = parser.parse_args()
    home = Path(tempfile.mkdtemp(prefix="faceledger-ladder-"))
    for name in ("CONFIG", "DATA", "STATE"):
        (home / name.lower()).mkdir()
        os.environ[f"FACELEDGER_{name}_DIR"] = str(home / name.lower())
    os.environ.setdefault("FACELEDGER_KDF_TIME_COST", "3")

    from ui.application import Application

    app = Application(sys.argv[:1])
    vault_path, root = build_vault(home, dt.date.today())
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for lang in args.langs.split(","):
        print(shoot_language(app, lang, vault_path, root, out, args.suffix))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
