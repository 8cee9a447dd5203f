"""Screenshots of Settings → Rule updates and the case-bundle import (docs/screenshots/).

Run under Xvfb at 1280×800:

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python tools/screenshots_part3.py

Builds the part-2 sample vault (tools/screenshots_part2.py) in a temporary folder, installs a real
signed rule pack made with a throw-away key (trusted for this run only, in the temporary config
folder), exports the sample complainant's case as a bundle, and imports it into a second vault that
already holds one of the records — so the summary shows added, skipped and redaction. Nothing
outside the temporary folder is touched and nothing goes to the network.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tools"))

BUNDLE_PASSPHRASE = "screenshots bundle 截图"


def install_sample_pack() -> None:
    """A real pack: the shipped library with the next version number, signed and installed."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from app.paths import resources_path
    from app.update import keys as trust
    from app.update.pack import build_pack, verify_pack
    from app.update.service import install_update
    from app.update.settings import configure_updates, record_result

    key = Ed25519PrivateKey.generate()
    text = trust.public_key_of(key)
    trust.add_group_key(text, "示例维权小组 Example group", confirmed_fingerprint=trust.describe_key(text))
    library = json.loads(resources_path("rules", "library.json").read_bytes())
    parts = str(library["library_version"]).split(".")
    parts[-1] = str(int(parts[-1]) + 1)
    version = ".".join(parts)
    library["library_version"] = version
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    data = build_pack(
        key,
        version=version,
        files={"rules/library.json": json.dumps(library, ensure_ascii=False).encode("utf-8")},
        expires=now + dt.timedelta(days=180),
        issued=now - dt.timedelta(hours=2),
        min_app_version="0.1.0",
        publisher="示例维权小组 Example group",
    )
    install_update(verify_pack(data, trust.trusted_keys()))
    configure_updates(url="https://rules.example-group.org/faceledger/latest.flpack", enabled=True)
    record_result(
        now.isoformat().replace("+00:00", "Z"), f"installed version {version} (signed by Example group)", True
    )


def make_bundles(home: Path, vault_path: Path) -> tuple[Path, Path]:
    """The sample case as a redacted bundle, and a second vault already holding its first record."""
    from screenshots_part2 import PASSPHRASE

    from app import profiles
    from app.bundle import export_bundle, import_bundle
    from app.vault import Vault

    bundle = home / "case.flcase"
    first = home / "first.flcase"
    with Vault.open(vault_path, PASSPHRASE) as vault:
        profile_id = profiles.list_profiles(vault)[0].id
        # The partial bundle first: a later import of an OLDER bundle of the same case is a replay.
        export_bundle(vault, first, BUNDLE_PASSPHRASE, record_ids=[1], redacted=True)
        export_bundle(vault, bundle, BUNDLE_PASSPHRASE, profile_id=profile_id, redacted=True)
    second = home / "group.vault"
    with Vault.create(second, PASSPHRASE) as vault:
        import_bundle(vault, first, BUNDLE_PASSPHRASE)
    return bundle, second


def shoot_language(app: Any, lang: str, vault_path: Path, group_vault: Path, bundle: Path, out: Path,
                   suffix: str) -> list[Path]:
    from PySide6.QtWidgets import QApplication, QScrollArea  # noqa: TID251 - a tool of the desktop app
    from screenshots_part2 import PASSPHRASE, settle, wait_for

    from app.settings import Settings
    from ui.main_window import MainWindow
    from ui.pages.case_tools import BundleImportDialog

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

    # Settings, scrolled to the rule updates.
    window = open_window(vault_path)
    window.navigate("settings")
    page: Any = window.workspace.pages["settings"]
    settle(400)
    scroll = page.findChild(QScrollArea)
    scroll.verticalScrollBar().setValue(scroll.verticalScrollBar().maximum())
    settle(300)
    shoot(window, "settings-updates")
    shoot(page.updates_box, "settings-updates-box")

    window.navigate("records")
    records: Any = window.workspace.pages["records"]
    wait_for(lambda: records.model.rowCount() > 0)
    records.table.selectRow(0)
    settle(600)
    shoot(window, "records-case-tools")
    close(window)

    # Import into the group's vault: first a wrong passphrase, then the summary.
    window = open_window(group_vault)
    dialog = BundleImportDialog(window.worker, bundle, window)
    dialog.show()
    dialog.passphrase.setText("wrong passphrase")
    dialog.start_import()
    wait_for(lambda: not dialog.running)
    settle(300)
    shoot(dialog, "bundle-import-error")
    dialog.passphrase.setText(BUNDLE_PASSPHRASE)
    dialog.start_import()
    wait_for(lambda: not dialog.running)
    if dialog.report is None:
        raise RuntimeError(f"the import failed: {dialog.banner.text()}")
    settle(300)
    shoot(dialog, "bundle-import-summary")
    dialog.accept()
    close(window)
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--out", default=str(REPO / "docs" / "screenshots"))
    parser.add_argument("--suffix", default="1x")
    parser.add_argument("--langs", default="zh_CN,en")
    args = parser.parse_args()

    home = Path(tempfile.mkdtemp(prefix="faceledger-shots3-"))
    for name in ("CONFIG", "DATA", "STATE"):
        (home / name.lower()).mkdir()
        os.environ[f"FACELEDGER_{name}_DIR"] = str(home / name.lower())
    os.environ.setdefault("FACELEDGER_KDF_TIME_COST", "3")

    from screenshots_part2 import build_vault

    from ui.application import Application

    app = Application(sys.argv[:1])
    vault_path, _ids = build_vault(home, dt.date.today())
    install_sample_pack()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for lang in args.langs.split(","):
        (home / lang).mkdir()
        bundle, group_vault = make_bundles(home / lang, vault_path)  # a fresh group vault per language
        written.extend(shoot_language(app, lang, vault_path, group_vault, bundle, out, args.suffix))
    for path in written:
        print(path.relative_to(REPO) if path.is_relative_to(REPO) else path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
