"""Issue 19 item 1 in the app: the one save dialog refuses a vault (and asks again); replacing an
ordinary file is confirmed by the dialog itself, and the writers then use force=True."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog

from app.vault import Vault
from tests.ui.conftest import PASSPHRASE
from ui import dialogs


def test_a_vault_is_refused_and_the_dialog_asks_again(
    qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault = tmp_path / "v.vault"
    Vault.create(vault, PASSPHRASE).close()
    fine = tmp_path / "report.csv"
    answers = [str(vault), str(tmp_path), str(fine)]
    asked: list[str] = []
    warnings: list[str] = []

    def fake_dialog(parent: Any, caption: str, suggested: str, *rest: Any) -> tuple[str, str]:
        asked.append(suggested)
        return answers.pop(0), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_dialog))
    monkeypatch.setattr(dialogs, "show_warning", lambda parent, title, text: warnings.append(text))
    assert dialogs.get_save_file_name(None, "Save", "x.csv") == str(fine)
    assert len(warnings) == 2 and "never writes over a vault" in warnings[0]
    assert asked == ["x.csv", str(vault), str(tmp_path)]


def test_overwrite_confirmation_is_left_on() -> None:
    assert not dialogs._FILE_DIALOG_OPTIONS & QFileDialog.Option.DontConfirmOverwrite
