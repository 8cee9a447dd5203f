"""The city-level map of the anonymised statistics (`stats --pdf`): k-anonymous by construction.

- Records are counted per prefecture-level city (county-level codes are rolled up; municipalities,
  Hong Kong and Macao count as one city). A city with fewer than `k` records (at least
  MIN_MAP_COUNT = 5) is left out entirely: no dot, no label, no count. No "other" total is
  printed either, since it could itself be small.
- Every dot sits at the city's seat from the gazetteer — never a record's own position: precise
  GPS (record_places.gps_*) is not read here at all.
- Read-only: records without a stored place are coded in memory from their facts.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass

from app.geo.coding import code_facts
from app.geo.gazetteer import load_gazetteer
from app.geo.mapdata import MapData, MapPoint, unit_code
from app.geo.render import Layout, MapText, layout_map
from app.vault import Vault

MIN_MAP_COUNT = 5
ANON_COLOR = "#3b6ea5"


@dataclass(frozen=True)
class AnonCity:
    code: str
    name: str
    lon: float
    lat: float
    count: int


@dataclass(frozen=True)
class AnonCityMap:
    k: int
    cities: tuple[AnonCity, ...]  # every count >= k, largest first


def anonymised_city_map(vault: Vault, *, k: int = MIN_MAP_COUNT) -> AnonCityMap:
    k = max(k, MIN_MAP_COUNT)
    gazetteer = load_gazetteer()
    counts = Counter[str]()
    for code, facts_json in vault.conn.execute(
        "SELECT p.code, r.facts_json FROM records r LEFT JOIN record_places p ON p.record_id = r.id"
    ):
        if code is None:
            code = code_facts(json.loads(facts_json)).code
        if code and gazetteer.get(str(code)) is not None:
            counts[unit_code(str(code), "city", gazetteer)] += 1
    cities = []
    for code, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        unit = gazetteer.get(code)
        if n >= k and unit is not None:
            cities.append(AnonCity(code, unit.short, unit.lon, unit.lat, n))
    return AnonCityMap(k, tuple(cities))


def anon_map_layout(city_map: AnonCityMap, *, width: float, height: float) -> Layout:
    """Single colour, each dot labelled with its city and count (all counts are >= k)."""
    points = tuple(
        MapPoint(c.code, c.name, c.name, c.lon, c.lat, c.count, (), (("city", c.count),), ())
        for c in city_map.cities
    )
    data = MapData(points, sum(c.count for c in city_map.cities), 0, "city", "request_state")
    text = MapText(title="", note="", legend={})
    return layout_map(data, text, width=width, height=height, colors={"city": ANON_COLOR}, show_counts=True)
