"""Composer choices: Hong Kong records, bad sender input shown inline, no request chosen."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.records import add_record
from tests.ui.part2_support import FakeContext, FakeToday, call, create_vault, open_worker, scenario_facts
from ui.clipboard import ClipboardService
from ui.composer.composer_dialog import LetterComposerDialog


@pytest.fixture
def ctx(qtbot: Any, tmp_path: Path) -> Iterator[FakeContext]:
    path = create_vault(tmp_path / "opts.faceledger")
    worker = open_worker(qtbot, path)
    context = FakeContext(worker, ClipboardService(timeout_seconds=0), FakeToday(dt.date(2026, 3, 2)), path)
    yield context
    worker.shutdown()


def ready(qtbot: Any, dialog: LetterComposerDialog) -> LetterComposerDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.composed is not None and not dialog.composing, timeout=30_000)
    return dialog


def test_hong_kong_record_offers_hk_languages_and_a_fixed_statutory_period(
    qtbot: Any, ctx: FakeContext
) -> None:
    record = call(ctx.worker, lambda v: add_record(v, scenario_facts("hong-kong-building-access")))
    dialog = ready(qtbot, LetterComposerDialog(ctx, record))
    languages = [dialog.lang_combo.itemData(i) for i in range(dialog.lang_combo.count())]
    assert languages == ["en", "zh-HK"]  # a mainland zh-CN letter is not offered for Hong Kong
    assert set(dialog.type_checks) == {"hk_data_access", "hk_erasure"}
    assert dialog.composed is not None
    english = dialog.composed
    # PDPO s19: 40 days, set by law — shown, not editable.
    assert dialog.reply_spin.value() == 40 and not dialog.reply_spin.isEnabled()
    assert "set by law" in dialog.reply_unit_label.text()
    with qtbot.waitSignal(dialog.preview_updated, timeout=30_000):
        dialog.lang_combo.setCurrentIndex(languages.index("zh-HK"))
    assert dialog.composed is not None and dialog.composed.letter.lang == "zh-HK"
    assert dialog.composed.pdf != english.pdf and dialog.composed.text != english.text


def test_bad_email_is_shown_inline_and_the_last_letter_stays(qtbot: Any, ctx: FakeContext) -> None:
    record = call(
        ctx.worker,
        lambda v: add_record(v, scenario_facts("residential-gate-beijing", last_seen="2026-02-20")),
    )
    dialog = ready(qtbot, LetterComposerDialog(ctx, record))
    before = dialog.composed
    dialog.name_edit.setText("李四")
    dialog.email_edit.setText("not an address")
    dialog.recompose()
    assert dialog.banner.isVisible() and "not valid" in dialog.banner.text()
    assert dialog.composed is before and dialog.export_button.isEnabled()


def test_no_request_chosen_disables_the_outputs(qtbot: Any, ctx: FakeContext) -> None:
    record = call(
        ctx.worker,
        lambda v: add_record(v, scenario_facts("residential-gate-beijing", last_seen="2026-02-20")),
    )
    dialog = ready(qtbot, LetterComposerDialog(ctx, record))
    for check in dialog.type_checks.values():
        check.blockSignals(True)
        check.setChecked(False)
        check.blockSignals(False)
    dialog.recompose()
    assert dialog.composed is None
    assert not dialog.export_button.isEnabled() and not dialog.sent_button.isEnabled()
    assert not dialog.preview.is_showing_document()


def test_the_preview_writes_no_temporary_file(
    qtbot: Any, ctx: FakeContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The letter holds personal data: QtPdf reads it from a QBuffer, nothing lands in a temp folder."""
    temp = tmp_path / "tmpdir"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    record = call(
        ctx.worker,
        lambda v: add_record(v, scenario_facts("residential-gate-beijing", last_seen="2026-02-20")),
    )
    dialog = ready(qtbot, LetterComposerDialog(ctx, record))
    assert dialog.preview.is_showing_document() and dialog.preview.page_count() >= 1
    with qtbot.waitSignal(dialog.preview_updated, timeout=30_000):
        dialog.type_checks["explanation"].toggle()
    assert list(temp.iterdir()) == []


def test_a_new_preview_releases_the_old_document_and_its_buffer(qtbot: Any, ctx: FakeContext) -> None:
    """Each PDF has its own QPdfDocument owning its QBuffer; the old pair goes once the view let go."""
    from PySide6.QtCore import QBuffer, QCoreApplication, QEvent
    from PySide6.QtPdf import QPdfDocument

    record = call(
        ctx.worker,
        lambda v: add_record(v, scenario_facts("residential-gate-beijing", last_seen="2026-02-20")),
    )
    dialog = ready(qtbot, LetterComposerDialog(ctx, record))
    preview = dialog.preview
    with qtbot.waitSignal(dialog.preview_updated, timeout=30_000):
        dialog.type_checks["explanation"].toggle()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    documents = preview.findChildren(QPdfDocument)
    assert documents == [preview.document()]
    assert len(documents[0].findChildren(QBuffer)) == 1
    assert preview.findChildren(QBuffer) == documents[0].findChildren(QBuffer)  # no stray buffer
    assert preview.shown_text() and preview.page_count() >= 1
