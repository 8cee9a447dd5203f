"""The record form's place on the map: live coding, correction through the form, consented photo GPS."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from app.evidence import add_evidence
from app.geo.store import get_place
from app.records import add_record
from tests.ui.helpers import answer_minimum
from tests.ui.part2_support import FakeContext, FakeToday, call, create_vault, open_worker
from ui import dialogs
from ui.clipboard import ClipboardService
from ui.record_editor import RecordEditorDialog
from ui.widgets.location_field import CodePicker

FACTS = {
    "jurisdiction": "CN",
    "date": "2025-03-01",
    "place_type": "residential_compound",
    "place_name": "某小区",
    "city": "北京",
    "address": "朝阳区建国路88号",
    "handler": {"name": "某某物业服务有限公司", "kind": "property_manager"},
    "consent": "not_asked",
    "alternative": "none",
}


@pytest.fixture
def ctx(qtbot: Any, tmp_path: Path) -> Iterator[FakeContext]:
    import datetime as dt

    path = create_vault(tmp_path / "loc.faceledger")
    worker = open_worker(qtbot, path)
    yield FakeContext(worker, ClipboardService(), FakeToday(dt.date(2026, 1, 1)), path)
    worker.shutdown()


def open_editor(qtbot: Any, ctx: FakeContext, record_id: int | None) -> RecordEditorDialog:
    dialog = RecordEditorDialog(ctx, record_id)
    qtbot.addWidget(dialog)
    dialog.show()
    if record_id is not None:
        qtbot.waitUntil(lambda: dialog.form.fields["city"].widget.text() != "", timeout=10_000)
        qtbot.waitUntil(lambda: dialog.location.stored is not None, timeout=10_000)
    return dialog


def test_new_record_shows_its_place_while_typing_and_keeps_a_correction(qtbot: Any, ctx: FakeContext) -> None:
    dialog = open_editor(qtbot, ctx, None)
    field = dialog.location
    form = dialog.form
    assert "Not recognised" in field.place.text()
    answer_minimum(form)
    form.fields["handler.name"].widget.setText("某某物业服务有限公司")
    form.fields["city"].widget.setText("朝阳")
    assert field.place.text().startswith("辽宁省朝阳市 · 211300 · read from the city and address")
    assert field.alternatives.isVisible() and "北京市朝阳区" in field.alternatives.text()
    field.alternatives.linkActivated.emit("110105")
    assert field.place.text().startswith("北京市朝阳区 · 110105 · your choice")
    assert field.auto_button.isVisible()
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        dialog.save_button.click()
    record_id = saved.args[0]
    qtbot.waitUntil(lambda: ctx.worker.pending == 0, timeout=10_000)
    place = call(ctx.worker, lambda vault: get_place(vault, record_id))
    assert place is not None and (place.code, place.source) == ("110105", "user")

    again = open_editor(qtbot, ctx, record_id)
    assert again.location.place.text().startswith("北京市朝阳区 · 110105 · your correction")
    # New place text: the correction was about the old text, so the place is read again.
    again.form.fields["city"].widget.setText("长春")
    again.form.fields["address"].widget.setText("朝阳区红旗街")
    assert again.location.place.text().startswith("吉林省长春市朝阳区 · 220104 · read from")
    assert not again.location.auto_button.isVisible()


def test_code_picker_searches_the_gazetteer(qtbot: Any) -> None:
    picker = CodePicker("朝阳")
    qtbot.addWidget(picker)
    texts = [picker.results.item(i).text() for i in range(picker.results.count())]
    assert any("吉林省长春市朝阳区" in t for t in texts) and picker.chosen() is not None
    picker.search.setText("810000")
    assert picker.chosen() == "810000"
    picker.search.setText("没有这个地方")
    assert picker.chosen() is None and not picker.ok.isEnabled()


def _photo_with_gps() -> bytes:
    exif = Image.Exif()
    exif[0x8825] = {1: "N", 2: (39.0, 55.0, 0.0), 3: "E", 4: (116.0, 27.0, 0.0)}
    out = io.BytesIO()
    Image.new("RGB", (8, 8)).save(out, "JPEG", exif=exif)
    return out.getvalue()


def test_photo_position_only_with_consent(
    qtbot: Any, ctx: FakeContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    def seed(vault: Any) -> int:
        record = add_record(vault, FACTS)
        add_evidence(vault, record, _photo_with_gps(), "门禁.jpg")
        return record

    record_id = call(ctx.worker, seed)
    dialog = open_editor(qtbot, ctx, record_id)
    field = dialog.location
    assert field.gps_button.isVisible() and not field.remove_gps_button.isVisible()
    asked: list[str] = []
    monkeypatch.setattr(
        dialogs, "ask_question", lambda parent, title, text, **kw: asked.append(text) or False
    )
    field.gps_button.click()
    qtbot.waitUntil(lambda: bool(asked), timeout=10_000)
    assert "门禁.jpg" in asked[0] and "never put in case bundles" in asked[0]
    qtbot.waitUntil(lambda: ctx.worker.pending == 0, timeout=10_000)
    assert call(ctx.worker, lambda vault: get_place(vault, record_id)).gps_lon is None  # type: ignore[union-attr]

    monkeypatch.setattr(dialogs, "ask_question", lambda parent, title, text, **kw: True)
    field.gps_button.click()
    qtbot.waitUntil(lambda: field.remove_gps_button.isVisible(), timeout=10_000)
    stored = call(ctx.worker, lambda vault: get_place(vault, record_id))
    assert stored is not None and stored.gps_lon == pytest.approx(116.45) and stored.gps_consent_at
    assert "never exported" in field.gps.text()
    assert field.suggested is not None and field.suggested.startswith("1101")
    field.remove_gps_button.click()
    qtbot.waitUntil(lambda: not field.remove_gps_button.isVisible(), timeout=10_000)
    assert call(ctx.worker, lambda vault: get_place(vault, record_id)).gps_lon is None  # type: ignore[union-attr]
