"""Administrative coding of a record's place: city and address text -> a GB/T 2260 code and position.

How a text is read (all offline, against app.geo.gazetteer):
1. Fold it: NFKC (full-width ＨＡＮＧＺＨＯＵ -> hangzhou), case, Traditional -> Simplified (區 -> 区).
2. Find the unit names in it, left to right, longest first. A full name (杭州市, 朝阳区) always
   counts. A short name (杭州, 朝阳) counts only where a name may end: at the end of the text, before
   a non-Chinese character, an administrative suffix or the start of another unit's name. So
   "杭州西湖区" finds 杭州 and 西湖区, while "杭州湾新区" (in Ningbo), "北京路" or "中山路" (streets
   found in many cities) find nothing — unless a province or city named next to it vouches for
   it ("北京 海淀中关村" finds 海淀). Latin words are matched against the pinyin and conventional
   English names ("Hangzhou", "Hong Kong", "Inner Mongolia").
3. Every unit named is a candidate; each is supported by the names that are it or one of its
   parents (北京 + 朝阳 supports 北京市朝阳区 twice, 辽宁省朝阳市 once). The best supported wins; on a
   tie a prefecture-level city beats a district (the field is "city") and the other candidates are
   kept as `alternatives` so that the form can offer them (朝阳 alone: 辽宁省朝阳市, or
   北京市朝阳区, 长春市朝阳区 …).
4. The record's jurisdiction decides between Hong Kong and the mainland (as it does for the rules):
   a Hong Kong record is placed in Hong Kong even when its city field names a mainland city (that
   city is kept as an alternative), and a mainland record naming Hong Kong is left uncoded.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from app.geo.gazetteer import HONG_KONG, MACAO, Gazetteer, Unit, load_gazetteer
from app.search import fold

# Suffix characters after which a short name has surely ended (杭州|市, 朝阳|区).
_SUFFIX_CHARS = set("省市区县州盟旗")
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_LATIN_WORD = re.compile(r"[a-z]+")
# Hong Kong and Macao places people write instead of the SAR's name (folded to Simplified).
# Too generic names (东区, 南区, 北区, 中环 alone is fine) are left out on purpose.
_SAR_ALIASES: dict[str, tuple[str, ...]] = {
    HONG_KONG: (
        "香港岛",
        "港岛",
        "九龙",
        "新界",
        "中西区",
        "湾仔",
        "油尖旺",
        "深水埗",
        "九龙城",
        "黄大仙",
        "观塘",
        "荃湾",
        "屯门",
        "元朗",
        "大埔",
        "西贡",
        "沙田",
        "葵青",
        "离岛",
        "旺角",
        "铜锣湾",
        "尖沙咀",
        "中环",
        "将军澳",
        "红磡",
        "上水",
        "粉岭",
        "东涌",
    ),
    MACAO: ("氹仔", "路环", "澳门半岛", "路氹"),
}
_SAR_LATIN: dict[str, tuple[str, ...]] = {
    HONG_KONG: (
        "kowloon",
        "newterritories",
        "wanchai",
        "mongkok",
        "tsimshatsui",
        "causewaybay",
        "shatin",
        "tsuenwan",
        "tuenmun",
        "yuenlong",
        "kwuntong",
        "saikung",
        "taipo",
        "lantau",
        "tseungkwano",
    ),
    MACAO: ("taipa", "coloane", "cotai"),
}
_MUNICIPALITIES = ("11", "12", "31", "50")
_LEVEL_RANK = {"city": 0, "district": 1, "province": 2}


@dataclass(frozen=True)
class Placement:
    """Where a record is, administratively. `code` is '' when nothing could be recognised."""

    code: str
    lon: float | None
    lat: float | None
    matched: tuple[str, ...] = ()  # the names found in the text, as folded
    alternatives: tuple[str, ...] = ()  # other codes that fit the text as well (ambiguous names)
    note: str = ""  # "" | "ambiguous" | "jurisdiction" (placed by jurisdiction alone) | "mismatch"

    @property
    def ambiguous(self) -> bool:
        return bool(self.alternatives)

    def to_json(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "lon": self.lon,
            "lat": self.lat,
            "matched": list(self.matched),
            "alternatives": list(self.alternatives),
            "note": self.note,
        }


@dataclass(frozen=True)
class _Index:
    names: dict[str, frozenset[str]]  # folded Chinese name -> codes
    full: frozenset[str]  # names that are full official names (always accepted)
    prefixes: frozenset[str]  # first two characters of every name: "another name starts here"
    latin: dict[str, frozenset[str]]  # pinyin / English -> codes
    max_len: int


@lru_cache(maxsize=1)
def _index() -> _Index:
    gazetteer = load_gazetteer()
    names: dict[str, set[str]] = defaultdict(set)
    full: set[str] = set()
    latin: dict[str, set[str]] = defaultdict(set)
    for unit in gazetteer.units.values():
        name = fold(unit.name)
        names[name].add(unit.code)
        full.add(name)
        if len(unit.short) >= 2:
            names[fold(unit.short)].add(unit.code)
        for spelling in unit.pinyin:
            latin[spelling].add(unit.code)
    for code, aliases in _SAR_ALIASES.items():
        for alias in aliases:
            names[fold(alias)].add(code)
    for code, spellings in _SAR_LATIN.items():
        for spelling in spellings:
            latin[spelling].add(code)
    return _Index(
        names={k: frozenset(v) for k, v in names.items()},
        full=frozenset(full),
        prefixes=frozenset(name[:2] for name in names),
        latin={k: frozenset(v) for k, v in latin.items()},
        max_len=max(len(name) for name in names),
    )


_Mention = tuple[str, frozenset[str], float]  # name as found, codes it may mean, weight


def _han_mentions(text: str, index: _Index) -> list[_Mention]:
    found: list[_Mention] = []
    tentative: list[tuple[str, frozenset[str]]] = []  # short names followed by more text
    i = 0
    while i < len(text):
        step = 1
        if text[i : i + 2] not in index.prefixes:  # no name starts here (most positions)
            i += 1
            continue
        for length in range(min(index.max_len, len(text) - i), 1, -1):
            name = text[i : i + length]
            codes = index.names.get(name)
            if codes is None:
                continue
            if name in index.full or _may_end(text, i + length, index):
                found.append((name, codes, 1.0))
            else:
                tentative.append((name, codes))
            step = length
            break
        i += step
    # A short name run into the street ("海淀中关村大街", "浦东新世纪大道") still counts when a name
    # found around it is its province or city ("北京 海淀…"): the context vouches for it.
    # Such a name weighs half: "朝阳市双塔区朝阳大街" is in 双塔区, not in 朝阳县.
    named = {code for _, codes, _ in found for code in codes}
    for name, codes in tentative:
        vouched = frozenset(c for c in codes if _vouched(c, named))
        if vouched:
            found.append((name, vouched, 0.5))
    return found


def _vouched(code: str, named: set[str]) -> bool:
    """A county-level unit whose own city is named (or its municipality: 北京, 上海, 天津, 重庆).
    A province alone vouches for no city in it: 浙江 + 杭州湾新区 is still not 杭州."""
    if code[4:] == "00":
        return False
    return code[:4] + "00" in named or (code[:2] in _MUNICIPALITIES and code[:2] + "0000" in named)


def _may_end(text: str, end: int, index: _Index) -> bool:
    """May a short name end at `end`? (see the module docstring, step 2)"""
    if end >= len(text) or not _HAN.match(text[end]):
        return True
    return text[end] in _SUFFIX_CHARS or text[end : end + 2] in index.prefixes


def _latin_mentions(text: str, index: _Index) -> list[_Mention]:
    words = _LATIN_WORD.findall(text)
    found: list[_Mention] = []
    i = 0
    while i < len(words):
        for length in (3, 2, 1):
            joined = "".join(words[i : i + length])
            if i + length <= len(words) and joined in index.latin:
                found.append((joined, index.latin[joined], 1.0))
                i += length
                break
        else:
            i += 1
    return found


def _support(code: str, mentions: list[_Mention]) -> float:
    lineage = {code, code[:2] + "0000", code[:4] + "00"}
    return sum(weight for _, codes, weight in mentions if codes & lineage)


def _related(a: str, b: str) -> bool:
    """Is one of the two codes a parent of (or the same as) the other?"""
    return a in {b, b[:2] + "0000", b[:4] + "00"} or b in {a, a[:2] + "0000", a[:4] + "00"}


def _placement(unit: Unit, matched: tuple[str, ...], alternatives: tuple[str, ...], note: str) -> Placement:
    return Placement(unit.code, unit.lon, unit.lat, matched, alternatives, note)


def _is_mainland(code: str) -> bool:
    return not code.startswith(("81", "82"))


def code_location(city: str, address: str = "", jurisdiction: str = "CN") -> Placement:
    """The GB/T 2260 unit that the city and address text name (see the module docstring)."""
    gazetteer = load_gazetteer()
    index = _index()
    text = fold(f"{city} {address}")
    mentions = _han_mentions(text, index) + _latin_mentions(text, index)
    matched = tuple(name for name, _, _ in mentions)
    sets = [codes for _, codes, _ in mentions]
    candidates = sorted({code for codes in sets for code in codes})

    if jurisdiction == "HK":
        in_hk = [c for c in candidates if c.startswith("81")]
        others = tuple(c for c in candidates if not c.startswith("81"))
        hk = gazetteer.require(HONG_KONG)
        if in_hk:
            return _placement(gazetteer.require(in_hk[0]), matched, (), "")
        return _placement(hk, matched, others[:5], "mismatch" if others else "jurisdiction")
    candidates = [c for c in candidates if _is_mainland(c) or c == MACAO]
    if not candidates:
        hk_named = any(HONG_KONG in codes for codes in sets)
        suggestion = (HONG_KONG,) if hk_named else ()
        return Placement("", None, None, matched, suggestion, "mismatch" if hk_named else "")

    def rank(code: str) -> tuple[float, int, str]:
        unit = gazetteer.require(code)
        return (-_support(code, mentions), _LEVEL_RANK[unit.level], code)

    ordered = sorted(candidates, key=rank)
    best = ordered[0]
    best_support = _support(best, mentions)
    alternatives = tuple(
        c for c in ordered[1:] if _support(c, mentions) == best_support and not _related(c, best)
    )
    # A province that only restates the winner's province is no alternative ("辽宁 朝阳").
    return _placement(gazetteer.require(best), matched, alternatives[:5], "ambiguous" if alternatives else "")


def code_facts(facts: dict[str, Any]) -> Placement:
    """Code a record's facts (city + address + place name; jurisdiction decides HK/mainland)."""
    return code_location(
        str(facts.get("city") or ""),
        " ".join(str(facts.get(key) or "") for key in ("address", "place_name")),
        str(facts.get("jurisdiction") or "CN"),
    )


def location_text(facts: dict[str, Any]) -> str:
    """The text a record's automatic code was read from (to notice when it changes)."""
    return "|".join(str(facts.get(k) or "") for k in ("jurisdiction", "city", "address", "place_name"))


def placement_for_code(code: str, gazetteer: Gazetteer | None = None) -> Placement:
    unit = (gazetteer or load_gazetteer()).require(code)
    return Placement(unit.code, unit.lon, unit.lat)
