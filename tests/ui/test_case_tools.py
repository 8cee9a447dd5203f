"""Advocacy tools in the real window over real vaults (issue 8): profile filters, the letter action,
case bundles out of one vault and into another (wrong passphrase, tampering and replay refused inline
with a translated sentence), the dossier PDF and the anonymised statistics."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog

from app import profiles
from app.records import add_record
from app.tracking import deadlines
from app.tracking.requests import LetterSnapshot, create_request
from app.vault import Vault
from tests.ui.conftest import PASSPHRASE, unlock
from tests.ui.helpers import wait_idle
from tests.ui.part2_support import scenario_facts
from ui import dialogs
from ui.pages import case_tools

BUNDLE_PASSPHRASE = "bundle pass 案卷 2026"
needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")


def snapshot(reference: str) -> LetterSnapshot:
    return LetterSnapshot(
        reference=reference, types=("withdraw_consent", "deletion"), lang="zh-CN", jurisdiction="CN",
        text="关于撤回人脸信息处理同意并删除人脸信息的函", pdf=None, grounds=("no_separate_consent",),
        citations=({"instrument": "PIPL", "article": "47"},), rules_version="test",
        reply_period=deadlines.MAINLAND_DEFAULT,
    )


@pytest.fixture
def seeded(real_vault: Path) -> dict[str, int]:
    """Two complainants: 张三 with two records (one with a request), 李四 with one."""
    with Vault.open(real_vault, PASSPHRASE) as vault:
        zhang = profiles.add_profile(vault, name="张三", phone="13800000000", id_number="110101199001011234")
        li = profiles.add_profile(vault, name="李四")
        gate = add_record(vault, scenario_facts("residential-gate-beijing"), profile_id=zhang)
        hotel = add_record(vault, scenario_facts("hotel-room-device-guangzhou"), profile_id=zhang)
        other = add_record(vault, scenario_facts("residential-gate-beijing", place_name="李四的小区"),
                           profile_id=li)
        create_request(vault, gate, snapshot("FL-20260302-ZHAN"), profile_id=zhang)
        create_request(vault, other, snapshot("FL-20260302-LISI"), profile_id=li)
    return {"zhang": zhang, "li": li, "gate": gate, "hotel": hotel, "other": other}


def open_records(qtbot: Any, make_window: Any, path: Path) -> tuple[Any, Any]:
    window = make_window(path)
    unlock(qtbot, window)
    page = window.workspace.show_page("records")
    qtbot.waitUntil(lambda: page.extras.profile_filter.count() >= 1 and page.model.rowCount() >= 0)
    wait_idle(qtbot, window)
    return window, page


def choose_profile(qtbot: Any, combo: Any, profile_id: int | None) -> None:
    qtbot.waitUntil(lambda: combo.findData(profile_id) >= 0, timeout=5_000)
    combo.setCurrentIndex(combo.findData(profile_id))


def test_profile_filter_in_records_and_requests(qtbot: Any, make_window: Any, real_vault: Path,
                                               seeded: dict[str, int]) -> None:
    window, page = open_records(qtbot, make_window, real_vault)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=5_000)
    combo = page.extras.profile_filter
    assert combo.isVisible() and combo.itemText(0) == "All profiles"
    choose_profile(qtbot, combo, seeded["li"])
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5_000)
    assert page.model.record_id_at(0) == seeded["other"]
    choose_profile(qtbot, combo, seeded["zhang"])
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=5_000)
    assert {page.model.record_id_at(r) for r in range(2)} == {seeded["gate"], seeded["hotel"]}

    requests = window.workspace.show_page("requests")
    qtbot.waitUntil(lambda: requests.model.rowCount() == 2, timeout=5_000)
    choose_profile(qtbot, requests.extras.profile_filter, seeded["li"])
    qtbot.waitUntil(lambda: requests.model.rowCount() == 1, timeout=5_000)
    assert requests.model.request_id_at(0) is not None
    choose_profile(qtbot, requests.extras.profile_filter, None)
    qtbot.waitUntil(lambda: requests.model.rowCount() == 2, timeout=5_000)


def test_write_letter_from_the_toolbar_and_the_menu(qtbot: Any, make_window: Any, real_vault: Path,
                                                    seeded: dict[str, int]) -> None:
    from ui.composer.composer_dialog import LetterComposerDialog

    _window, page = open_records(qtbot, make_window, real_vault)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=5_000)
    assert not page.extras.letter_button.isEnabled()  # nothing selected yet
    row = page.model.row_of_record(seeded["hotel"])
    page.table.selectRow(row)
    assert page.extras.letter_button.isEnabled()
    page.extras.letter_button.click()
    composer = page.extras.composer
    assert isinstance(composer, LetterComposerDialog) and composer.record_id == seeded["hotel"]
    qtbot.waitUntil(lambda: composer.source is not None, timeout=30_000)
    composer.reject()

    menu = page.extras.build_menu([seeded["gate"]])
    texts = [a.text() for a in menu.actions() if a.text()]
    assert texts[:3] == ["Open", "Write a request letter", "Export dossier PDF…"]
    next(a for a in menu.actions() if a.text() == "Write a request letter").trigger()
    assert page.extras.composer.record_id == seeded["gate"]
    qtbot.waitUntil(lambda: page.extras.composer.source is not None, timeout=30_000)
    page.extras.composer.reject()
    # Several records selected: one letter is about one record, so the letter action is off.
    menu = page.extras.build_menu([seeded["gate"], seeded["hotel"]])
    assert not next(a for a in menu.actions() if a.text() == "Write a request letter").isEnabled()


def fill_export_dialog(monkeypatch: pytest.MonkeyPatch, *, whole_profile: bool, redact: bool,
                       repeat: str = BUNDLE_PASSPHRASE) -> list[str]:
    errors: list[str] = []

    def exec_(dialog: Any) -> int:
        if whole_profile:
            dialog.profile_radio.setChecked(True)
        dialog.redact.setChecked(redact)
        dialog.passphrase.setText(BUNDLE_PASSPHRASE)
        dialog.repeat.setText(repeat)
        dialog._accept_if_valid()
        if dialog.error.isVisibleTo(dialog):
            errors.append(dialog.error.text())
        return int(dialog.result())

    monkeypatch.setattr(case_tools.BundleExportDialog, "exec", exec_)
    return errors


def export_from(qtbot: Any, page: Any, monkeypatch: pytest.MonkeyPatch, target: Path, **kw: Any) -> None:
    monkeypatch.setattr(dialogs, "get_save_file_name", lambda *a, **k: str(target))
    page.extras.export_bundle()
    qtbot.waitUntil(lambda: target.exists() and "Case bundle written" in page.banner.text(), timeout=20_000)


def import_dialog(qtbot: Any, page: Any, monkeypatch: pytest.MonkeyPatch, bundle: Path) -> Any:
    monkeypatch.setattr(dialogs, "get_open_file_name", lambda *a, **k: str(bundle))
    page.extras.import_bundle()
    dialog = page.extras.import_dialog
    assert isinstance(dialog, case_tools.BundleImportDialog)
    qtbot.addWidget(dialog)
    return dialog


def run_import(qtbot: Any, dialog: Any, passphrase: str) -> None:
    dialog.passphrase.setText(passphrase)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: not dialog.running, timeout=20_000)


def test_bundle_export_then_import_into_another_vault(
    qtbot: Any, make_window: Any, real_vault: Path, seeded: dict[str, int], tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _window, page = open_records(qtbot, make_window, real_vault)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=5_000)

    # A mistyped repeat is refused in the dialog; nothing is written.
    errors = fill_export_dialog(monkeypatch, whole_profile=True, redact=False, repeat="something else")
    monkeypatch.setattr(dialogs, "get_save_file_name", lambda *a, **k: pytest.fail("no file dialog"))
    page.extras.export_bundle()
    qtbot.waitUntil(lambda: bool(errors), timeout=5_000)
    assert errors == ["The two passphrases are not the same."]

    # Whole profile 张三, redacted.
    choose_profile(qtbot, page.extras.profile_filter, seeded["zhang"])
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=5_000)
    fill_export_dialog(monkeypatch, whole_profile=True, redact=True)
    bundle = tmp_path / "zhang.flcase"
    export_from(qtbot, page, monkeypatch, bundle)
    assert "2 records" in page.banner.text()
    data = bundle.read_bytes()
    assert "张三".encode() not in data and b"110101199001011234" not in data  # encrypted

    # Import into a second, empty vault.
    second_path = tmp_path / "group.vault"
    Vault.create(second_path, PASSPHRASE).close()
    _second, target = open_records(qtbot, make_window, second_path)
    dialog = import_dialog(qtbot, target, monkeypatch, bundle)

    run_import(qtbot, dialog, "not the passphrase")
    assert dialog.banner.text() == "Wrong bundle passphrase. Ask the sender for it; nothing was imported."
    assert dialog.pages.currentIndex() == 0 and dialog.passphrase.isEnabled()

    tampered = tmp_path / "tampered.flcase"
    raw = bytearray(data)
    raw[len(raw) // 2] ^= 0x01
    tampered.write_bytes(bytes(raw))
    bad = import_dialog(qtbot, target, monkeypatch, tampered)
    run_import(qtbot, bad, BUNDLE_PASSPHRASE)
    assert "altered or damaged" in bad.banner.text()
    bad.reject()

    run_import(qtbot, dialog, BUNDLE_PASSPHRASE)
    report = dialog.report
    assert report is not None and report.added["records"] == 2 and report.redacted
    assert dialog.pages.currentIndex() == 1
    assert dialog.table.item(1, 0).text() == "Records" and dialog.table.item(1, 1).text() == "2"
    assert "redacted" in dialog.summary_title.text()
    qtbot.waitUntil(lambda: target.model.rowCount() == 2, timeout=5_000)
    dialog.accept()

    again = import_dialog(qtbot, target, monkeypatch, bundle)
    run_import(qtbot, again, BUNDLE_PASSPHRASE)
    assert "already imported" in again.banner.text()
    assert target.model.rowCount() == 2

    # The same sentence in Chinese.
    qapp = __import__("PySide6.QtWidgets", fromlist=["QApplication"]).QApplication.instance()
    qapp.translators.install("zh_CN")
    assert "已经导入" in case_tools.message_for(
        __import__("app.errors", fromlist=["BundleReplayed"]).BundleReplayed("x"))


def test_selected_records_bundle_skips_what_is_present(
    qtbot: Any, make_window: Any, real_vault: Path, seeded: dict[str, int], tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _window, page = open_records(qtbot, make_window, real_vault)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=5_000)
    page.table.selectRow(page.model.row_of_record(seeded["other"]))
    fill_export_dialog(monkeypatch, whole_profile=False, redact=False)
    bundle = tmp_path / "one.flcase"
    export_from(qtbot, page, monkeypatch, bundle)
    assert "1 record" in page.banner.text()
    # Importing it back into the vault it came from adds nothing new.
    dialog = import_dialog(qtbot, page, monkeypatch, bundle)
    run_import(qtbot, dialog, BUNDLE_PASSPHRASE)
    assert dialog.report is not None
    assert dialog.report.added["records"] == 0 and dialog.report.skipped["records"] == 1
    dialog.accept()


@needs_poppler
def test_dossier_pdf_from_a_record(qtbot: Any, make_window: Any, real_vault: Path, seeded: dict[str, int],
                                   tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _window, page = open_records(qtbot, make_window, real_vault)
    target = tmp_path / "dossier.pdf"
    monkeypatch.setattr(dialogs, "get_save_file_name", lambda *a, **k: str(target))
    menu = page.extras.build_menu([seeded["gate"]])
    next(a for a in menu.actions() if a.text() == "Export dossier PDF…").trigger()
    qtbot.waitUntil(lambda: "Case dossier written" in page.banner.text(), timeout=30_000)
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(target), "-"], check=True,
                          capture_output=True, text=True).stdout
    assert "FL-20260302-ZHAN" in text


def test_anonymised_statistics_csv_and_pdf(qtbot: Any, make_window: Any, real_vault: Path,
                                           seeded: dict[str, int], tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    window = make_window(real_vault)
    unlock(qtbot, window)
    page = window.workspace.show_page("statistics")
    csv_path, pdf_path = tmp_path / "anon.csv", tmp_path / "anon.pdf"
    monkeypatch.setattr(dialogs, "get_save_file_name", lambda *a, **k: str(csv_path))
    page.extras.csv_action.trigger()
    qtbot.waitUntil(lambda: "Anonymised statistics written" in page.banner.text(), timeout=20_000)
    text = csv_path.read_text(encoding="utf-8")
    assert "3" in text and "张三" not in text and "李四" not in text and "李四的小区" not in text
    page.banner.hide()
    monkeypatch.setattr(dialogs, "get_save_file_name", lambda *a, **k: str(pdf_path))
    page.extras.pdf_action.trigger()
    qtbot.waitUntil(lambda: "Anonymised statistics written" in page.banner.text(), timeout=30_000)
    assert pdf_path.read_bytes().startswith(b"%PDF")


def test_import_dialog_needs_a_passphrase(qtbot: Any, tmp_path: Path) -> None:
    from ui.tasks import DbWorker

    worker = DbWorker()
    try:
        old_format = tmp_path / "x.flcase"
        old_format.write_bytes(b"FLBUNDLE\x01" + bytes(200))  # a v1 bundle's header: passphrase needed
        dialog = case_tools.BundleImportDialog(worker, old_format)
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.passphrase.isVisible() and "older FaceLedger format" in dialog.sealing_label.text()
        dialog.import_button.click()
        assert dialog.banner.text() == "Enter the bundle passphrase."
        assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.running
        # A missing file is said at once, and Import is off.
        missing = case_tools.BundleImportDialog(worker, tmp_path / "gone.flcase")
        qtbot.addWidget(missing)
        missing.show()
        assert missing.banner.isVisible() and not missing.import_button.isEnabled()
    finally:
        worker.shutdown()
