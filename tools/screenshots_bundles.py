"""Screenshots of Settings → Case bundles (group keys, trusted groups), the group key's QR code, the
export dialog ("for a group" first) and the import summary of a bundle sealed to a group key.

Run under Xvfb at 1280×800:

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python tools/screenshots_bundles.py

Builds the part-2 sample vault (tools/screenshots_part2.py) as the resident's vault in a temporary
folder, a group vault with its own key, trusts that key in the resident's vault (as a user would after
comparing fingerprints), and seals a case to it. Nothing outside the temporary folder is touched.
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
sys.path.insert(0, str(REPO / "tools"))


def prepare(home: Path, resident: Path) -> tuple[Path, Path]:
    """The group's vault with its key (and a retired older one); the resident trusts the group and
    has a key of their own; a bundle of the sample case sealed to the group and the resident."""
    from screenshots_part2 import PASSPHRASE

    from app import profiles
    from app.bundle import export_bundle, keys
    from app.vault import Vault

    group = home / "group.vault"
    with Vault.create(group, PASSPHRASE) as vault:
        old = keys.create_group_key(vault, "晴空公益 2025")
        keys.retire_group_key(vault, old.id)
        key = keys.create_group_key(vault, "晴空公益 Clear Sky")
    bundle = home / "for-group.flcase"
    with Vault.open(resident, PASSPHRASE) as vault:
        keys.add_trusted_recipient(vault, key.name, key.public_key)
        other = keys.create_group_key(group_scratch(home), "人脸维权互助组")
        keys.add_trusted_recipient(vault, other.name, other.public_key)
        own = keys.create_group_key(vault, "我自己 Me")
        profile_id = profiles.list_profiles(vault)[0].id
        export_bundle(vault, bundle, recipients=[key.public_key, own.public_key], profile_id=profile_id)
    return group, bundle


_SCRATCH: list[Any] = []


def group_scratch(home: Path) -> Any:
    """A second group's vault, only to have a real key of another group to trust."""
    from screenshots_part2 import PASSPHRASE

    from app.vault import Vault

    vault = Vault.create(home / "other-group.vault", PASSPHRASE)
    _SCRATCH.append(vault)
    return vault


def shoot_language(app: Any, lang: str, resident: Path, group: Path, bundle: Path, out: Path,
                   suffix: str) -> list[Path]:
    from PySide6.QtWidgets import QApplication, QScrollArea  # noqa: TID251 - a tool of the desktop app
    from screenshots_part2 import PASSPHRASE, settle, wait_for

    from app.bundle import keys
    from app.settings import Settings
    from app.vault import Vault
    from ui.main_window import MainWindow
    from ui.pages import case_tools
    from ui.pages.bundle_settings import QrDialog

    written: list[Path] = []
    app.translators.install(lang)

    def shoot(widget: Any, name: str) -> None:
        path = out / f"{name}-{lang}-{suffix}.png"
        widget.grab().save(str(path))
        written.append(path)

    def open_window(path: Path) -> Any:
        window = MainWindow(Settings(language=lang), app.translators, vault_path=path)
        window.resize(1280, 800)
        window.show()
        settle()
        window.start_screen.unlock_panel.passphrase.setText(PASSPHRASE)
        window.start_screen.unlock_panel.unlock_button.click()
        wait_for(lambda: window.workspace is not None)
        return window

    def close(window: Any) -> None:
        window.shutdown()
        window.deleteLater()
        QApplication.processEvents()

    # The resident's Settings → Case bundles, scrolled to the section.
    window = open_window(resident)
    window.navigate("settings")
    page: Any = window.workspace.pages["settings"]
    box = page.bundle_box
    wait_for(lambda: box.recipient_list.count() == 2 and box.key_list.count() == 1)
    settle(300)
    scroll = page.findChild(QScrollArea)
    scroll.ensureWidgetVisible(box, 0, 0)
    scroll.verticalScrollBar().setValue(box.y())
    settle(300)
    shoot(window, "settings-case-bundles")
    shoot(box, "settings-case-bundles-box")

    # Adding a group's key: a key cut short is refused with the reason; a whole one shows its
    # fingerprint to compare by phone.
    from ui.pages.bundle_settings import AddRecipientDialog

    with Vault.open(group, PASSPHRASE) as group_vault:
        group_key = keys.list_group_keys(group_vault, include_retired=False)[0]
    add = AddRecipientDialog(window)
    add.show()
    add.paste.setPlainText(group_key.public_key[:45])
    settle(300)
    shoot(add, "add-group-key-refused")
    add.paste.setPlainText(keys.public_key_file_text(group_key.name, group_key.public_key))
    settle(300)
    shoot(add, "add-group-key-fingerprint")
    add.close()

    # The export dialog: for a group first.
    window.navigate("records")
    records: Any = window.workspace.pages["records"]
    wait_for(lambda: records.model.rowCount() > 0)
    records.table.selectRow(0)
    settle(300)
    captured: dict[str, Any] = {}

    def exec_(dialog: Any) -> int:
        dialog.show()
        dialog.recipient_list.item(0).setCheckState(case_tools.Qt.CheckState.Checked)
        settle(400)
        shoot(dialog, "bundle-export-for-group")
        captured["dialog"] = dialog
        return 0

    original = case_tools.BundleExportDialog.exec
    case_tools.BundleExportDialog.exec = exec_  # type: ignore[method-assign]
    try:
        records.extras.export_bundle()
        wait_for(lambda: "dialog" in captured)
    finally:
        case_tools.BundleExportDialog.exec = original  # type: ignore[method-assign]
    captured["dialog"].close()
    close(window)

    # The group: its keys (one retired), the QR code, and the import summary — no passphrase.
    window = open_window(group)
    window.navigate("settings")
    page = window.workspace.pages["settings"]
    box = page.bundle_box
    wait_for(lambda: box.key_list.count() == 2)
    settle(300)
    shoot(box, "settings-group-keys-box")
    with Vault.open(group, PASSPHRASE) as vault:
        current = keys.list_group_keys(vault, include_retired=False)[0]
    qr = QrDialog(current, window)
    qr.show()
    settle(300)
    shoot(qr, "group-key-qr")
    qr.close()
    dialog = case_tools.BundleImportDialog(window.worker, bundle, window)
    dialog.show()
    settle(300)
    shoot(dialog, "bundle-import-for-group")
    dialog.start_import()
    wait_for(lambda: not dialog.running and dialog.report is not None)
    settle(300)
    shoot(dialog, "bundle-import-for-group-summary")
    dialog.accept()
    close(window)
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--out", default=str(REPO / "docs" / "screenshots"))
    parser.add_argument("--suffix", default="1x")
    parser.add_argument("--langs", default="zh_CN,en")
    args = parser.parse_args()

    home = Path(tempfile.mkdtemp(prefix="faceledger-shots-bundles-"))
    for name in ("CONFIG", "DATA", "STATE"):
        (home / name.lower()).mkdir()
        os.environ[f"FACELEDGER_{name}_DIR"] = str(home / name.lower())
    os.environ.setdefault("FACELEDGER_KDF_TIME_COST", "3")

    from screenshots_part2 import build_vault

    from ui.application import Application

    app = Application(sys.argv[:1])
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for lang in args.langs.split(","):
        folder = home / lang
        folder.mkdir()
        resident, _ids = build_vault(folder, dt.date.today())
        group, bundle = prepare(folder, resident)
        written.extend(shoot_language(app, lang, resident, group, bundle, out, args.suffix))
    for vault in _SCRATCH:
        vault.close()
    for path in written:
        print(path.relative_to(REPO) if path.is_relative_to(REPO) else path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
