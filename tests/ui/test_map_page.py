"""Map page over a real vault on the real DB worker: model, filters (same as Records), hover, click,
keyboard and wheel, exports, the Records page showing a clicked place's records, light and dark."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QPalette, QWheelEvent
from PySide6.QtWidgets import QApplication

from app.geo.mapdata import aggregate, load_map_rows
from app.records import add_records
from tests.ui.part2_support import FakeContext, FakeToday, call, create_vault, open_worker
from ui import dialogs
from ui.clipboard import ClipboardService
from ui.models.record_table_model import RecordQuery, load_ids
from ui.pages.map_page import MapPage

TODAY = dt.date(2026, 3, 1)
BASE = {
    "jurisdiction": "CN",
    "date": "2025-05-01",
    "consent": "not_asked",
    "alternative": "none",
    "handler": {"name": "某某物业服务有限公司", "kind": "property_manager"},
}
SEED = (
    [("杭州", "西湖区文三路100号", "hotel")] * 3
    + [("杭州", "滨江区江南大道", "residential_compound")] * 2
    + [("北京", "朝阳区建国路88号", "shopping_mall")] * 3
    + [("上海", "浦东新区世纪大道", "hotel")] * 2
    + [("杭州湾新区", "", "hotel")]
)


@pytest.fixture
def ctx(qtbot: Any, tmp_path: Path) -> Iterator[FakeContext]:
    path = create_vault(tmp_path / "map.faceledger")
    worker = open_worker(qtbot, path)
    context = FakeContext(worker, ClipboardService(), FakeToday(TODAY), path)
    items = [
        ({**BASE, "city": city, "address": address, "place_type": kind, "place_name": f"地点{i}"}, "")
        for i, (city, address, kind) in enumerate(SEED)
    ]
    ids = call(worker, lambda vault: add_records(vault, items))

    def refuse(vault: Any) -> None:
        with vault.write() as conn:
            conn.execute(
                "INSERT INTO requests(uuid, record_id, types_json, lang, status, created_at, updated_at)"
                " VALUES ('r1', ?, '[\"erasure\"]', 'zh-CN', 'refused', '2026-01-01', '2026-01-01')",
                (ids[0],),
            )

    call(worker, refuse)
    yield context
    worker.shutdown()


def build(qtbot: Any, ctx: FakeContext) -> MapPage:
    page = MapPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    qtbot.waitUntil(lambda: page.model.data is not None, timeout=20_000)
    return page


def wait_for(qtbot: Any, page: MapPage, predicate: Any) -> None:
    qtbot.waitUntil(lambda: page.model.data is not None and predicate(page.model.data), timeout=20_000)


def counts(page: MapPage) -> dict[str, int]:
    assert page.model.data is not None
    return {p.code: p.count for p in page.model.data.points}


def test_model_groups_the_records_by_city_and_lists_them(qtbot: Any, ctx: FakeContext) -> None:
    page = build(qtbot, ctx)
    assert counts(page) == {"330100": 5, "110000": 3, "310000": 2}
    assert page.model.data is not None and page.model.data.unplaced == 1
    assert page.places.rowCount() == 3
    assert page.places.item(0, 0).text() == "浙江省杭州市" and page.places.item(0, 1).text() == "5"
    assert "10 records on the map" in page.info.text()
    assert "1 record without a recognised place" in page.info.text()
    hangzhou = page.model.data.points[0]
    assert dict(hangzhou.categories) == {"none": 4, "refused": 1}
    tooltip = page.describe(hangzhou)
    assert "浙江省杭州市" in tooltip and "5 records" in tooltip and "Hotel 3" in tooltip
    assert "Refused or partly: 1" in tooltip
    assert [text for _, text in page.view.legend][:2] == ["No request sent", "Waiting for a reply"]


def test_filters_are_the_records_filters(qtbot: Any, ctx: FakeContext) -> None:
    page = build(qtbot, ctx)
    page.place_filter.setCurrentIndex(page.place_filter.findData("hotel"))
    wait_for(qtbot, page, lambda d: d.total == 6)
    assert counts(page) == {"330100": 3, "310000": 2}
    # Exactly the records the Records page's query finds, grouped.
    query = RecordQuery(place_type="hotel")
    ids = set(call(ctx.worker, lambda vault: load_ids(vault, query)))
    rows = call(ctx.worker, lambda vault: load_map_rows(vault, TODAY))
    expected = aggregate(rows, level="city", ids=ids)
    assert counts(page) == {p.code: p.count for p in expected.points}

    page.place_filter.setCurrentIndex(0)
    page.search.setText("朝阳区")
    wait_for(qtbot, page, lambda d: d.total == 3)
    assert counts(page) == {"110000": 3}
    page.search.clear()
    page.city_filter.setText("上海")
    wait_for(qtbot, page, lambda d: d.total == 2)
    page.city_filter.clear()
    page.open_only.setChecked(True)
    open_query = RecordQuery(open_request_only=True)
    with_open = call(ctx.worker, lambda vault: load_ids(vault, open_query))
    wait_for(qtbot, page, lambda d: d.total == len(with_open) and d.total < 11)
    page.search.setText("没有这样的地方")
    wait_for(qtbot, page, lambda d: d.total == 0)
    assert page.view.empty_text == "No record matches these filters."
    page.search.clear()
    page.open_only.setChecked(False)
    page.level.setCurrentIndex(page.level.findData("district"))
    wait_for(qtbot, page, lambda d: d.level == "district" and d.total == 11)
    assert counts(page) == {"330106": 3, "330108": 2, "110105": 3, "310115": 2}
    page.level.setCurrentIndex(page.level.findData("province"))
    wait_for(qtbot, page, lambda d: d.level == "province")
    assert counts(page)["330000"] == 5


def test_colour_by_main_ground(qtbot: Any, ctx: FakeContext) -> None:
    page = build(qtbot, ctx)
    qtbot.waitUntil(lambda: page.model.grounds_done, timeout=30_000)
    page.color_by.setCurrentIndex(page.color_by.findData("ground"))
    wait_for(qtbot, page, lambda d: d.color_by == "ground")
    assert page.model.data is not None
    keys = {k for p in page.model.data.points for k, _ in p.categories}
    assert "?" not in keys and keys  # every ground computed
    titles = page.ground_labels()
    assert [text for _, text in page.view.legend] == [titles[k] for k in titles if k in keys]


def test_click_hover_keyboard_and_wheel(qtbot: Any, ctx: FakeContext) -> None:
    page = build(qtbot, ctx)
    view = page.view
    view.fit()
    hangzhou = view.data.points[0]  # type: ignore[union-attr]
    spot = view.to_screen(*view._xy[0]).toPoint()
    qtbot.mouseMove(view, spot)
    qtbot.waitUntil(lambda: view.hovered == 0)
    assert page.info.text().startswith("浙江省杭州市")
    qtbot.mouseMove(view, QPoint(view.width() - 4, view.height() - 4))  # off the dots: the summary again
    qtbot.waitUntil(lambda: view.hovered is None)
    assert page.info.text().startswith("10 records on the map")
    qtbot.mouseMove(view, spot)
    qtbot.waitUntil(lambda: view.hovered == 0)
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=spot)
    key, kwargs = ctx.navigations[-1]
    assert key == "records" and sorted(kwargs["record_ids"]) == sorted(hangzhou.record_ids)
    assert kwargs["place"] == "浙江省杭州市"
    assert view.selected_point() == hangzhou and page.places.currentRow() == 0

    # Dragging pans and does not click.
    before = len(ctx.navigations)
    center = view.center
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=QPoint(200, 200))
    qtbot.mouseMove(view, QPoint(260, 230))
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=QPoint(260, 230))
    assert view.center != center and len(ctx.navigations) == before

    view.setFocus()
    scale = view.scale
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert view.scale == pytest.approx(scale * 1.25)
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    assert view.scale == pytest.approx(scale)
    center = view.center
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.center[0] > center[0]
    qtbot.keyClick(view, Qt.Key.Key_0)
    qtbot.keyClick(view, Qt.Key.Key_N)  # from the clicked 杭州 to the next largest
    assert view.selected_point() == view.data.points[1]  # type: ignore[union-attr]
    qtbot.keyClick(view, Qt.Key.Key_P)
    qtbot.keyClick(view, Qt.Key.Key_P)  # wraps round to the smallest
    assert view.selected_point() == view.data.points[2]  # type: ignore[union-attr]
    qtbot.keyClick(view, Qt.Key.Key_N)
    qtbot.keyClick(view, Qt.Key.Key_N)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert ctx.navigations[-1][1]["place"] == "北京市"

    scale = view.scale
    wheel = QWheelEvent(
        QPointF(300, 300),
        QPointF(view.mapToGlobal(QPoint(300, 300))),
        QPoint(0, 0),
        QPoint(0, 240),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view, wheel)
    assert view.scale == pytest.approx(scale * 1.25**2)

    # The list beside the map selects too, and Enter there opens the records.
    page.places.setFocus()
    page.places.selectRow(2)
    assert view.selected_point() == view.data.points[2]  # type: ignore[union-attr]
    qtbot.keyClick(page.places, Qt.Key.Key_Return)
    assert ctx.navigations[-1][1]["place"] == "上海市"


def test_exports(qtbot: Any, ctx: FakeContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    page = build(qtbot, ctx)
    for fmt, magic in (("png", b"\x89PNG"), ("svg", b"<?xml"), ("pdf", b"%PDF")):
        target = tmp_path / f"out-{fmt}"
        monkeypatch.setattr(dialogs, "get_save_file_name", lambda *a, t=target: str(t))
        page.export(fmt)
        written = target.with_name(target.name + "." + fmt)
        assert written.read_bytes().startswith(magic), fmt
    assert "Map saved" in page.banner.text()
    svg = (tmp_path / "out-svg.svg").read_text(encoding="utf-8")
    assert "杭州" in svg and "no boundary lines" in svg


def test_readable_in_light_and_dark_at_1x_and_2x(qtbot: Any, ctx: FakeContext) -> None:
    page = build(qtbot, ctx)
    for base, text in ((QColor("#ffffff"), QColor("#000000")), (QColor("#1e1e1e"), QColor("#f0f0f0"))):
        palette = page.view.palette()
        palette.setColor(QPalette.ColorRole.Base, base)
        palette.setColor(QPalette.ColorRole.Text, text)
        page.view.setPalette(palette)
        for ratio in (1.0, 2.0):
            image = page.view.grab().toImage()
            image.setDevicePixelRatio(ratio)
            assert image.pixelColor(image.width() - 3, image.height() - 3) == base
            # Labels are drawn in the text colour: some pixels are (close to) it.
            found = any(
                abs(image.pixelColor(x, y).lightness() - text.lightness()) < 40
                for x in range(0, image.width(), 3)
                for y in range(0, image.height(), 3)
            )
            assert found


def test_clicking_a_place_shows_its_records_on_the_records_page(
    qtbot: Any, make_window: Any, real_vault: Path
) -> None:
    from app.vault import Vault
    from tests.ui.helpers import PASSPHRASE, unlock, wait_idle

    with Vault.open(real_vault, PASSPHRASE) as vault:
        add_records(
            vault,
            [
                ({**BASE, "city": city, "address": address, "place_type": kind, "place_name": f"地点{i}"}, "")
                for i, (city, address, kind) in enumerate(SEED)
            ],
        )
    window = make_window(real_vault)
    unlock(qtbot, window)
    window.navigate("map")
    page = window.workspace.pages["map"]
    qtbot.waitUntil(lambda: page.model.data is not None and len(page.model.data.points) == 3, timeout=20_000)
    beijing = next(p for p in page.model.data.points if p.code == "110000")
    page.view.select_code("110000")
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    records = window.workspace.pages["records"]
    assert window.workspace.current_key() == "records"
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: records.model.rowCount() == 3, timeout=10_000)
    shown = {records.model.record_id_at(row) for row in range(records.model.rowCount())}
    assert shown == set(beijing.record_ids)
    assert "3 records at 北京市" in records.banner.text()
    records.banner.action_button.click()
    qtbot.waitUntil(lambda: records.model.rowCount() == len(SEED), timeout=10_000)
    assert not records.banner.isVisible()
