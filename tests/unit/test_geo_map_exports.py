"""Map data, exports (SVG, PDF, PNG) and the k-anonymous city map of `stats --pdf`."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
from pathlib import Path

import pytest

from app.cli import main
from app.geo.anon_map import MIN_MAP_COUNT, anon_map_layout, anonymised_city_map
from app.geo.export import export_map, vault_map
from app.geo.gazetteer import load_gazetteer
from app.geo.mapdata import aggregate, load_map_rows, refresh_grounds
from app.geo.render import layout_map, map_text
from app.geo.store import set_gps
from app.records import add_records
from app.rules import load_library
from app.stats_anon import compute_anonymised
from app.stats_anon_pdf import render_anonymised_pdf
from app.vault import Vault

from .vaultutil import PASSPHRASE, facts, new_vault

TODAY = dt.date(2026, 1, 15)
# Records per place: 杭州 7 (5 in 西湖区), 北京 5 (across three districts), 上海 4, 成都 1, one unplaceable.
PLACES = (
    [("杭州", "西湖区文三路100号")] * 5
    + [("杭州", "滨江区江南大道")] * 2
    + [("北京", "朝阳区建国路88号")] * 3
    + [("北京", "海淀区中关村大街")]
    + [("北京", "")]
    + [("上海", "浦东新区世纪大道")] * 4
    + [("成都", "锦江区春熙路")]
    + [("杭州湾新区", "")]
)


@pytest.fixture
def vault(tmp_path: Path) -> Vault:
    v = new_vault(tmp_path / "map.flv")
    types = ["hotel", "residential_compound", "shopping_mall"]
    add_records(
        v,
        [
            (facts(city=city, address=address, place_type=types[i % 3]), "")
            for i, (city, address) in enumerate(PLACES)
        ],
    )
    return v


def test_aggregate_by_city_district_and_province(vault: Vault) -> None:
    rows = load_map_rows(vault, TODAY)
    by_city = aggregate(rows, level="city")
    assert {p.code: p.count for p in by_city.points} == {"330100": 7, "110000": 5, "310000": 4, "510100": 1}
    assert (by_city.total, by_city.unplaced) == (len(PLACES), 1)
    assert by_city.points[0].code == "330100"  # largest first
    assert sum(n for _, n in by_city.points[0].place_types) == 7
    by_district = aggregate(rows, level="district")
    counts = {p.code: p.count for p in by_district.points}
    assert counts["330106"] == 5 and counts["110105"] == 3 and counts["110000"] == 1
    by_province = aggregate(rows, level="province")
    assert {p.code: p.count for p in by_province.points}["330000"] == 7
    only = aggregate(rows, level="city", ids={rows[0].record_id, rows[-1].record_id})
    assert (only.total, [p.count for p in only.points]) == (2, [1])


def test_request_states_colour_the_dots(vault: Vault) -> None:
    rows = load_map_rows(vault, TODAY)
    first, second, third = rows[0].record_id, rows[1].record_id, rows[2].record_id
    with vault.write() as conn:
        for i, (record_id, status, due) in enumerate(
            ((first, "sent", "2026-01-01"), (second, "refused", None), (third, "draft", None))
        ):
            conn.execute(
                "INSERT INTO requests(uuid, record_id, types_json, lang, status, due_date,"
                " created_at, updated_at)"
                " VALUES (?, ?, '[\"erasure\"]', 'zh-CN', ?, ?, '2025-12-01', '2025-12-01')",
                (f"u{i}", record_id, status, due),
            )
    states = {r.record_id: r.state for r in load_map_rows(vault, TODAY)}
    assert (states[first], states[second], states[third]) == ("overdue", "refused", "none")
    hangzhou = aggregate(load_map_rows(vault, TODAY), level="city").points[0]
    assert dict(hangzhou.categories) == {"none": 5, "overdue": 1, "refused": 1}
    assert hangzhou.main_category == "none"


def test_main_grounds_are_cached_per_rule_library(vault: Vault) -> None:
    library = load_library()
    assert all(r.ground is None for r in load_map_rows(vault, TODAY, rules_version=str(library.version)))
    assert refresh_grounds(vault, library) == len(PLACES)
    assert refresh_grounds(vault, library) == 0
    rows = load_map_rows(vault, TODAY, rules_version=str(library.version))
    assert all(r.ground is not None for r in rows)
    assert {r.ground for r in rows} <= {str(g.id) for g in library.grounds} | {""}
    assert all(r.ground is None for r in load_map_rows(vault, TODAY, rules_version="another version"))


def _pdf_text(data: bytes, tmp_path: Path, name: str) -> str:
    path = tmp_path / name
    path.write_bytes(data)
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


def test_exports_svg_pdf_png(vault: Vault, tmp_path: Path) -> None:
    library = load_library()
    data = vault_map(vault, today=TODAY, level="city", color_by="ground", library=library)
    svg = export_map(data, "svg", lang="zh-CN", library=library).decode("utf-8")
    assert svg.startswith("<?xml") and "<svg" in svg and "杭州" in svg and "不绘制任何边界线" in svg
    # Dots and text only: no path with more than a handful of points (no outline of anything).
    assert not re.search(r"<path[^>]* d=\"[^\"]{400,}\"", svg)
    pdf = export_map(data, "pdf", lang="en", library=library)
    text = _pdf_text(pdf, tmp_path, "map.pdf")
    assert "no boundary lines" in text and "北京" in text
    fonts = subprocess.run(
        ["pdffonts", str(tmp_path / "map.pdf")], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    assert fonts and all(" yes " in line for line in fonts)  # every font embedded
    png = export_map(data, "png", lang="en", library=library)
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) > 5000


def test_a_precise_position_never_reaches_maps_or_statistics(vault: Vault, tmp_path: Path) -> None:
    record = load_map_rows(vault, TODAY)[0].record_id
    set_gps(vault, record, 120.123456, 30.271234, consent=True)
    data = vault_map(vault, today=TODAY)
    seat = load_gazetteer().require("330100")
    hangzhou = next(p for p in data.points if p.code == "330100")
    assert (hangzhou.lon, hangzhou.lat) == (seat.lon, seat.lat)
    for fmt in ("svg", "pdf"):
        blob = export_map(data, fmt)
        assert b"120.12" not in blob and b"30.27" not in blob
    stats = compute_anonymised(vault, TODAY)
    assert "120.12" not in str(stats.to_json()) and "30.27" not in str(stats.to_json())
    text = _pdf_text(render_anonymised_pdf(stats), tmp_path, "stats.pdf")
    assert "120.12" not in text and "30.27" not in text


def test_anonymised_city_map_shows_no_count_below_five(vault: Vault, tmp_path: Path) -> None:
    city_map = anonymised_city_map(vault, k=2)  # a smaller k is raised to the map's minimum
    assert city_map.k == MIN_MAP_COUNT == 5
    assert [(c.name, c.count) for c in city_map.cities] == [("杭州", 7), ("北京", 5)]
    gazetteer = load_gazetteer()
    for city in city_map.cities:  # at the city's seat, rolled up from the districts
        assert (city.lon, city.lat) == (gazetteer.require(city.code).lon, gazetteer.require(city.code).lat)
    assert [(c.name, c.count) for c in anonymised_city_map(vault, k=6).cities] == [("杭州", 7)]

    layout = anon_map_layout(city_map, width=450, height=360)
    assert len(layout.dots) == 2
    numbers = [int(n) for label in layout.labels for n in re.findall(r"\d+", label.text)]
    assert numbers and min(numbers) >= 5

    stats = compute_anonymised(vault, TODAY, k=3)
    assert stats.city_map == anonymised_city_map(vault, k=5)
    text = _pdf_text(render_anonymised_pdf(stats), tmp_path, "stats.pdf")
    assert "k-匿名" in text and "少于 5 条的城市不画点" in text
    assert "杭州 7" in text and "北京 5" in text
    assert "上海 4" not in text and "成都 1" not in text  # the map never labels a small city


def test_map_without_places_says_so(tmp_path: Path) -> None:
    with new_vault(tmp_path / "empty.flv") as empty:
        data = vault_map(empty, today=TODAY)
        assert (data.points, data.total) == ((), 0)
        assert export_map(data, "svg").startswith(b"<?xml")
        assert anonymised_city_map(empty).cities == ()
        text = _pdf_text(render_anonymised_pdf(compute_anonymised(empty, TODAY)), tmp_path, "s.pdf")
        assert "目前没有达到该数目的城市" in text


def test_layout_labels_never_overlap(vault: Vault) -> None:
    data = aggregate(load_map_rows(vault, TODAY), level="district")
    layout = layout_map(data, map_text("zh-CN", data), width=400, height=300)
    boxes = [(lb.x, lb.y - lb.size, lb.x + len(lb.text) * lb.size, lb.y) for lb in layout.labels]
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            assert not (a[0] < b[2] - 0.5 and b[0] < a[2] - 0.5 and a[1] < b[3] - 0.5 and b[1] < a[3] - 0.5)


# --- CLI --------------------------------------------------------------------------------------------
def test_cli_map_and_place(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = vault.path
    vault.close()
    monkeypatch.setenv("FACELEDGER_PASSPHRASE", PASSPHRASE)
    out = tmp_path / "map.svg"
    assert main(["map", "--vault", str(path), "--out", str(out)]) == 0
    assert b"<svg" in out.read_bytes()
    assert main(["map", "--vault", str(path), "--out", str(out)]) == 2  # exists: refused without --force
    assert "--force" in capsys.readouterr().err
    assert main(["map", "--vault", str(path), "--out", str(out), "--force", "--level", "district"]) == 0
    assert main(["map", "--vault", str(path), "--out", str(tmp_path / "map.txt")]) == 2
    assert not (tmp_path / "map.txt").exists()
    capsys.readouterr()
    assert main(["map", "--vault", str(path), "--json", "--search", "杭州"]) == 0
    assert '"330100"' in capsys.readouterr().out

    assert main(["log", "place", "1", "--vault", str(path)]) == 0
    assert capsys.readouterr().out.startswith("330106\t浙江省杭州市西湖区\t(auto)")
    assert main(["log", "place", "1", "--vault", str(path), "--set", "110105"]) == 0
    assert "北京市朝阳区\t(user)" in capsys.readouterr().out
    assert main(["log", "place", "1", "--vault", str(path), "--set", "123"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert main(["log", "place", "1", "--vault", str(path), "--gps-from-evidence", "1"]) == 2
    assert "--consent" in capsys.readouterr().err
    assert main(["log", "list", "--vault", str(path), "--limit", "200"]) == 0
    assert "\t110105\t" in capsys.readouterr().out
    assert main(["log", "find-code", "朝阳"]) == 0
    assert "220104\t吉林省长春市朝阳区" in capsys.readouterr().out
