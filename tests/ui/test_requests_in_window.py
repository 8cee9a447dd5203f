"""The part-2 pages inside the real MainWindow: registered, navigable, and gone with their data on lock."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.records import add_record
from app.tracking import drafting
from app.vault import Vault
from tests.ui.conftest import PASSPHRASE, unlock
from tests.ui.part2_support import scenario_facts
from ui.composer.composer_dialog import LetterComposerDialog
from ui.pages.due_page import DuePage
from ui.pages.requests_page import RequestsPage
from ui.pages.statistics_page import StatisticsPage


def test_pages_are_registered_navigate_and_are_dropped_on_lock(
    qtbot: Any, make_window: Any, real_vault: Path
) -> None:
    with Vault.open(real_vault, PASSPHRASE) as vault:
        record = add_record(vault, scenario_facts("residential-gate-beijing"))
        draft = drafting.draft_request(vault, record, ["deletion"], lang="zh-CN")
    window = make_window(real_vault)
    unlock(qtbot, window)
    pages = window.workspace.pages
    assert isinstance(pages["requests"], RequestsPage)
    assert isinstance(pages["due"], DuePage)
    assert isinstance(pages["statistics"], StatisticsPage)

    window.navigate("requests", request_id=draft)
    requests_page = pages["requests"]
    qtbot.waitUntil(lambda: requests_page.detail.request is not None, timeout=10_000)
    assert requests_page.detail.request.id == draft
    window.navigate("requests", compose_for_record=record)
    composer = requests_page.composer
    assert isinstance(composer, LetterComposerDialog)
    qtbot.waitUntil(lambda: composer.composed is not None, timeout=30_000)

    window.navigate("statistics")
    qtbot.waitUntil(lambda: pages["statistics"].stats is not None, timeout=10_000)
    assert pages["statistics"].stats.requests_total == 1

    window.lock()
    qtbot.waitUntil(lambda: window.start_screen is not None and window.workspace is None, timeout=10_000)
    # The composer (with the letter's personal data) was closed with the workspace.
    qtbot.waitUntil(lambda: not any(isinstance(w, LetterComposerDialog) and w.isVisible()
                                    for w in window.findChildren(LetterComposerDialog)), timeout=5_000)
