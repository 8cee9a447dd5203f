"""Administrative coding of city/address text (app/geo/coding.py) and the shipped gazetteer."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.geo.coding import code_facts, code_location
from app.geo.gazetteer import load_gazetteer
from app.geo.projection import project, unproject
from app.paths import resources_path

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _addresses() -> list[tuple[str, str, str, str, str]]:
    rows = []
    for line in (FIXTURES / "geo" / "addresses.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            jurisdiction, city, address, expected, style = line.split("\t")
            rows.append((jurisdiction, city, address, expected, style))
    return rows


# --- the ambiguous 朝阳 -----------------------------------------------------------------------------
def test_bare_chaoyang_is_the_liaoning_city_but_says_it_is_ambiguous() -> None:
    placed = code_location("朝阳")
    assert placed.code == "211300"  # 辽宁省朝阳市: the field is "city"
    assert placed.note == "ambiguous"
    assert {"110105", "220104"} <= set(placed.alternatives)  # 北京市朝阳区, 长春市朝阳区
    assert "211321" not in placed.alternatives  # 朝阳县 lies in 朝阳市: no alternative to it


@pytest.mark.parametrize(
    ("city", "address", "expected"),
    [
        ("北京", "朝阳区建国路88号", "110105"),
        ("北京市", "朝阳区", "110105"),
        ("", "北京市朝阳区三里屯路19号", "110105"),
        ("Beijing", "Chaoyang District", "110105"),
        ("北京", "朝阳大悦城", "110105"),  # a short name run into the place name, vouched for by 北京
        ("辽宁朝阳", "", "211300"),
        ("辽宁省朝阳市", "双塔区朝阳大街", "211302"),
        ("长春", "朝阳区红旗街", "220104"),
    ],
)
def test_chaoyang_with_context_is_unambiguous(city: str, address: str, expected: str) -> None:
    placed = code_location(city, address)
    assert (placed.code, placed.alternatives) == (expected, ())


def test_a_district_name_alone_keeps_its_alternatives() -> None:
    placed = code_location("朝阳区")
    assert placed.code in {"110105", "220104"}
    assert set(placed.alternatives) | {placed.code} == {"110105", "220104"}


# --- Hong Kong and Macao ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("city", "address"),
    [
        ("Hong Kong", ""),
        ("香港", ""),
        ("香港特別行政區", "九龍旺角彌敦道688號"),
        ("", "Tsim Sha Tsui, Kowloon"),
        ("", "沙田正街18號"),
    ],
)
def test_hong_kong_records_are_placed_in_hong_kong(city: str, address: str) -> None:
    placed = code_location(city, address, "HK")
    assert placed.code == "810000"
    assert placed.lon is not None and 113.8 < placed.lon < 114.5 and 22.1 < (placed.lat or 0) < 22.6


def test_jurisdiction_decides_between_hong_kong_and_the_mainland() -> None:
    hk_naming_hangzhou = code_location("杭州", "", "HK")
    assert (hk_naming_hangzhou.code, hk_naming_hangzhou.note) == ("810000", "mismatch")
    assert hk_naming_hangzhou.alternatives == ("330100",)
    mainland_naming_hk = code_location("香港", "", "CN")
    assert (mainland_naming_hk.code, mainland_naming_hk.note) == ("", "mismatch")
    assert mainland_naming_hk.alternatives == ("810000",)
    assert code_location("", "", "HK").note == "jurisdiction"


def test_macao() -> None:
    assert code_location("澳門", "氹仔").code == "820000"
    assert code_location("Macau").code == "820000"


# --- full-width, suffixes, traditional, English ------------------------------------------------------
@pytest.mark.parametrize(
    "city",
    ["杭州", "杭州市", "浙江省杭州市", "浙江杭州", "  ＨＡＮＧＺＨＯＵ  ", "Hangzhou", "HANGZHOU", "杭州　"],
)
def test_hangzhou_in_every_spelling(city: str) -> None:
    assert code_location(city).code == "330100"


@pytest.mark.parametrize(
    ("city", "address", "expected"),
    [
        ("杭州", "西湖区文三路１００号", "330106"),
        ("杭州", "西湖文三路100号", "330106"),
        ("", "杭州市西湖區文三路", "330106"),
        ("內蒙古自治區", "", "150000"),
        ("内蒙古", "", "150000"),
        ("Inner Mongolia", "", "150000"),
        ("延边朝鲜族自治州", "", "222400"),
        ("延边", "", "222400"),
        ("重慶市", "江北區觀音橋", "500105"),
        ("吉林省吉林市", "", "220200"),
        ("Shaanxi", "", "610000"),
        ("Shanxi", "", "140000"),
    ],
)
def test_suffix_traditional_and_latin_variants(city: str, address: str, expected: str) -> None:
    assert code_location(city, address).code == expected


@pytest.mark.parametrize(
    ("city", "address", "expected"),
    [
        ("杭州湾新区", "", ""),  # in Ningbo: no unit is named, and 杭州 is not meant
        ("", "浙江省宁波市杭州湾新区", "330200"),
        ("", "北京路步行街", ""),  # a street named after a city
        ("上海", "南京东路800号", "310000"),
        ("广州", "越秀区北京路", "440104"),
        ("", "中山路12号", ""),
        ("", "", ""),
        ("未知", "某小区", ""),
    ],
)
def test_street_names_and_non_units_are_not_places(city: str, address: str, expected: str) -> None:
    assert code_location(city, address).code == expected


def test_code_facts_reads_city_address_place_name_and_jurisdiction() -> None:
    facts = {"jurisdiction": "CN", "city": "深圳", "address": "南山区科技园", "place_name": "某大厦"}
    assert code_facts(facts).code == "440305"
    assert code_facts({"jurisdiction": "HK", "city": "杭州"}).code == "810000"


@pytest.mark.parametrize("row", _addresses(), ids=lambda r: f"{r[1]}|{r[2]}")
def test_realistic_addresses(row: tuple[str, str, str, str, str]) -> None:
    jurisdiction, city, address, expected, _style = row
    assert code_location(city, address, jurisdiction).code == expected


def test_the_address_fixture_has_at_least_200_addresses() -> None:
    assert len(_addresses()) >= 200


def test_public_scenarios_are_coded_as_their_city_fields_say() -> None:
    expected = {
        "重庆": "500000",
        "上海": "310000",
        "广州": "440100",
        "北京": "110000",
        "深圳": "440300",
        "苏州": "320500",
        "杭州湾新区": "",
        "Hangzhou": "330100",
        "  ＨＡＮＧＺＨＯＵ  ": "330100",
        "杭州市西湖区": "330106",
        "杭州": "330100",
        "长沙": "430100",
        "成都": "510100",
        "南京": "320100",
        "西安": "610100",
        "武汉": "420100",
        "天津市": "120000",
        "东莞": "441900",
    }
    seen = 0
    for path in sorted((FIXTURES / "scenarios").glob("*.json")):
        facts = json.loads(path.read_text(encoding="utf-8")).get("facts", {})
        if facts.get("jurisdiction") == "HK":
            assert code_facts(facts).code == "810000", path.name
            seen += 1
        elif facts.get("city") in expected:
            assert code_facts(facts).code == expected[facts["city"]], path.name
            seen += 1
    assert seen >= 25


# --- the gazetteer ----------------------------------------------------------------------------------
def test_gazetteer_is_small_complete_and_plausible() -> None:
    data = resources_path("geo", "gazetteer.tsv")
    assert data.stat().st_size < 10 * 1024 * 1024
    assert resources_path("geo", "LICENSE-cpca-MIT.txt").is_file()
    gazetteer = load_gazetteer()
    assert len(gazetteer.units) > 3000
    provinces = [u for u in gazetteer.units.values() if u.level == "province"]
    assert len(provinces) >= 34  # 31 mainland + Taiwan, Hong Kong, Macao
    for unit in gazetteer.units.values():
        assert len(unit.code) == 6 and unit.code.isdigit()
        assert gazetteer.province_of(unit.code) is not None, unit
        assert 73 <= unit.lon <= 136 and 3 <= unit.lat <= 54, unit
    assert gazetteer.full_name("110105") == "北京市朝阳区"
    assert gazetteer.full_name("211300") == "辽宁省朝阳市"


def test_gazetteer_search_for_the_correction_box() -> None:
    codes = [u.code for u in load_gazetteer().search("朝阳")]
    assert {"211300", "110105", "220104", "211321"} <= set(codes)
    assert [u.code for u in load_gazetteer().search("8100")] == ["810000"]
    assert load_gazetteer().search("") == []


def test_projection_round_trip() -> None:
    for lon, lat in ((116.4, 39.9), (87.6, 43.8), (114.17, 22.28), (126.6, 45.7)):
        x, y = project(lon, lat)
        back = unproject(x, y)
        assert back[0] == pytest.approx(lon, abs=1e-6) and back[1] == pytest.approx(lat, abs=1e-6)
    # North is up and east is right.
    assert project(116.4, 39.9)[1] > project(114.17, 22.28)[1]
    assert project(121.5, 31.2)[0] > project(104.1, 30.7)[0]
