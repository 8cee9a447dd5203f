"""Screenshots of the reply-triage dialog (docs/screenshots/reply-triage-<lang>-1x.png).

Run under Xvfb at 1280×800:

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python tools/screenshots_reply_triage.py

Builds the sample vault of tools/screenshots_part2.py in a temporary folder, adds a letter to a
Hangzhou property manager sent 25 days ago, then — through the real window — opens Requests, clicks
"Add reply…", chooses "Refused, giving a reason" with the reason typed in the note, and shoots the
dialog in each language asked for (default: zh_CN and en). Nothing outside the temporary folder is
touched.
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

from tools.screenshots_part2 import PASSPHRASE, build_vault, settle, wait_for  # noqa: E402

REASON = "门禁系统由物业统一管理，不能为个别业主单独开通刷卡"


def add_case(vault_path: Path, ids: dict[str, int], today: dt.date) -> int:
    from app.letters.model import Sender
    from app.tracking import drafting
    from app.tracking import requests as store
    from app.tracking.model import Channel
    from app.vault import Vault

    with Vault.open(vault_path, PASSPHRASE) as vault:
        record = store.get_request(vault, ids["second_gate"]).record_id
        sent = today - dt.timedelta(days=25)
        sender = Sender(name="王小明", phone="138 0000 0000", address="杭州市西湖区某某路1号")
        rid = drafting.draft_request(vault, record, ["withdraw_consent", "deletion", "alternative_method"],
                                     lang="zh-CN", sender=sender, letter_date=sent)
        store.mark_sent(vault, rid, sent, Channel.REGISTERED_MAIL, tracking_number="EA246813579CN",
                        today=today)
        return rid


def shoot_language(app: Any, lang: str, vault_path: Path, request_id: int, out: Path) -> Path:
    from PySide6.QtWidgets import QApplication  # noqa: TID251 - a tool of the desktop app

    from app.settings import Settings
    from app.tracking.triage import ReplyKind
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
    window.navigate("requests", request_id=request_id)
    page: Any = window.workspace.pages["requests"]
    detail = page.detail
    wait_for(lambda: detail.request is not None and detail.request.id == request_id)
    settle(300)
    detail.reply_button.click()
    wait_for(lambda: detail.reply_dialog is not None)
    dialog = detail.reply_dialog
    dialog.set_kind(ReplyKind.REFUSED_WITH_REASON)
    dialog.note_edit.setPlainText(REASON)
    dialog.resize(1240, 760)
    settle(600)
    path = out / f"reply-triage-{lang}-1x.png"
    dialog.grab().save(str(path))
    dialog.reject()
    window.shutdown()
    window.deleteLater()
    QApplication.processEvents()
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--out", default=str(REPO / "docs" / "screenshots"))
    parser.add_argument("--langs", default="zh_CN,en")
    args = parser.parse_args()

    home = Path(tempfile.mkdtemp(prefix="faceledger-shots-triage-"))
    for name in ("CONFIG", "DATA", "STATE"):
        (home / name.lower()).mkdir()
        os.environ[f"FACELEDGER_{name}_DIR"] = str(home / name.lower())
    os.environ.setdefault("FACELEDGER_KDF_TIME_COST", "3")

    from ui.application import Application

    app = Application(sys.argv[:1])
    today = dt.date.today()
    vault_path, ids = build_vault(home, today)
    request_id = add_case(vault_path, ids, today)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for lang in args.langs.split(","):
        path = shoot_language(app, lang, vault_path, request_id, out)
        print(path.relative_to(REPO) if path.is_relative_to(REPO) else path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
