"""Settings → Case bundles and "for a group" bundles in the real window over real vaults (issue 18):
a group creates its key and saves it as a QR code; a resident adds it from that image only after
confirming the fingerprint, exports a case for the group (offered first), and the group's vault
imports it without any passphrase, saying who it was sealed to."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from app.bundle import keys as core_keys
from app.records import add_record
from app.vault import Vault
from tests.ui.conftest import PASSPHRASE, unlock
from tests.ui.helpers import wait_idle
from tests.ui.part2_support import scenario_facts
from ui import dialogs
from ui.pages import bundle_settings, case_tools


def open_settings(qtbot: Any, make_window: Any, path: Path) -> tuple[Any, Any]:
    window = make_window(path)
    unlock(qtbot, window)
    page = window.workspace.show_page("settings")
    wait_idle(qtbot, window)
    return window, page.bundle_box


def test_group_key_to_resident_to_group(
    qtbot: Any, make_window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    group_path, resident_path = tmp_path / "group.vault", tmp_path / "resident.vault"
    Vault.create(group_path, PASSPHRASE).close()
    with Vault.create(resident_path, PASSPHRASE) as vault:
        record = add_record(vault, scenario_facts("residential-gate-beijing"))

    # The group creates its key (a name is needed first) and saves the QR code.
    group_window, box = open_settings(qtbot, make_window, group_path)
    box.create_button.click()
    assert box.banner.text() == "Type the group's name first."
    box.new_name.setText("某某公益")
    box.create_button.click()
    qtbot.waitUntil(lambda: box.key_list.count() == 1, timeout=10_000)
    key = box.selected_key()
    assert key is not None and key.fingerprint in box.key_list.item(0).text()
    assert key.fingerprint in box.banner.text()
    qr_path = tmp_path / "group-key.png"
    monkeypatch.setattr(dialogs, "get_save_file_name", lambda *a, **k: str(qr_path))
    box.save_qr_button.click()
    assert qr_path.read_bytes().startswith(b"\x89PNG") and "Saved group-key.png" in box.banner.text()
    box.show_qr()
    assert box.qr_dialog.isVisible() and "某某公益" in box.qr_dialog.windowTitle()
    box.qr_dialog.close()

    # The resident adds it from the QR image: refused until the fingerprint is confirmed.
    resident_window, rbox = open_settings(qtbot, make_window, resident_path)
    steps: list[str] = []

    def exec_(dialog: bundle_settings.AddRecipientDialog) -> int:
        dialog.paste.setPlainText(key.public_key[:40])
        steps.append(dialog.error.text())
        dialog.load_file(qr_path)
        steps.append(dialog.fingerprint.text())
        dialog._accept_if_valid()
        steps.append(dialog.error.text())
        dialog.confirmed.setChecked(True)
        dialog._accept_if_valid()
        return int(dialog.result())

    monkeypatch.setattr(bundle_settings.AddRecipientDialog, "exec", exec_)
    rbox.add_button.click()
    qtbot.waitUntil(lambda: rbox.recipient_list.count() == 1, timeout=10_000)
    assert steps[0] == "This key is cut short. Copy the whole line (62 characters)."
    assert steps[1] == key.fingerprint
    assert steps[2] == "Compare the fingerprint with the group first, then tick the box."
    assert rbox.recipient_list.item(0).text().startswith("某某公益")

    # Export for the group: offered first and ticked; the file opens only in the group's vault.
    records_page = resident_window.workspace.show_page("records")
    qtbot.waitUntil(lambda: records_page.model.rowCount() == 1, timeout=10_000)
    records_page.table.selectRow(records_page.model.row_of_record(record))
    seen: dict[str, Any] = {}

    def export_exec(dialog: case_tools.BundleExportDialog) -> int:
        seen["group_first"] = dialog.group_radio.isChecked() and not dialog.passphrase.isEnabled()
        seen["ticked"] = dialog.chosen_recipients()
        dialog._accept_if_valid()
        return int(dialog.result())

    monkeypatch.setattr(case_tools.BundleExportDialog, "exec", export_exec)
    bundle = tmp_path / "for-group.flcase"
    monkeypatch.setattr(dialogs, "get_save_file_name", lambda *a, **k: str(bundle))
    records_page.extras.export_bundle()
    qtbot.waitUntil(lambda: "Case bundle written" in records_page.banner.text(), timeout=20_000)
    assert seen == {"group_first": True, "ticked": [key.public_key]}
    assert bundle.read_bytes().startswith(b"age-encryption.org/v1\n-> X25519 ")

    group_records = group_window.workspace.show_page("records")
    monkeypatch.setattr(dialogs, "get_open_file_name", lambda *a, **k: str(bundle))
    group_records.extras.import_bundle()
    dialog = group_records.extras.import_dialog
    assert not dialog.passphrase.isVisible() and "no passphrase is needed" in dialog.sealing_label.text()
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=20_000)
    shown = dialog.sealed_label.text().replace("\u00a0", " ")  # the fingerprint is kept on one line
    assert shown == f"Sealed to your group key 某某公益 (fingerprint {key.fingerprint})."
    assert dialog.report.added["records"] == 1
    dialog.accept()

    # Removing the group asks first.
    monkeypatch.setattr(dialogs, "ask_question", lambda *a, **k: True)
    rbox.recipient_list.setCurrentRow(0)
    rbox.remove_button.click()
    qtbot.waitUntil(lambda: rbox.recipient_list.count() == 0, timeout=10_000)
    with Vault.open(resident_path, PASSPHRASE) as vault:
        assert core_keys.list_trusted_recipients(vault) == []
