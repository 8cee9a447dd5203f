"""Matching the city a user typed against the cities that have local rules.

Users write 杭州, 杭州市, 浙江省杭州市西湖区, Hangzhou, ＨＡＮＧＺＨＯＵ, "Hangzhou, Zhejiang"… We accept a
city when, after NFKC normalisation (full-width → half-width), trimming, case-folding and dropping
spaces, it is one of the city's names, optionally preceded by its province and optionally followed by
a district when the Chinese name ends in 市. Plain prefixes are NOT enough: 杭州湾新区 is in Ningbo.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from app.rules.model import City

_SEPARATORS = re.compile(r"[\s,，、/]+")


def normalise(text: str) -> str:
    return _SEPARATORS.sub(" ", unicodedata.normalize("NFKC", text)).strip().casefold()


def _compact(text: str) -> str:
    return text.replace(" ", "")


def matches(raw: str, city: City) -> bool:
    value = normalise(raw)
    if not value:
        return False
    names = [normalise(n) for n in city.names]
    prefixes = [normalise(p) for p in city.province_prefixes]
    # English style: "Hangzhou, Zhejiang" / "Hangzhou City, Zhejiang Province, China" → first part.
    first_part = value.split(" ")[0] if " " in value else value
    candidates = {_compact(value), first_part}
    if " " in value:
        head = value.split(" ")
        for size in range(1, len(head) + 1):
            candidates.add("".join(head[:size]))
            candidates.add(" ".join(head[:size]))
    stripped: set[str] = set()
    for candidate in candidates:
        stripped.add(candidate)
        for prefix in prefixes:
            compact_prefix = _compact(prefix)
            if candidate.startswith(compact_prefix):
                stripped.add(candidate[len(compact_prefix) :])
    for candidate in stripped:
        for name in names:
            if candidate == name or candidate == _compact(name):
                return True
            # 杭州市西湖区: a district after the full Chinese city name (ending in 市).
            if name.endswith("市") and candidate.startswith(name) and len(candidate) > len(name):
                return True
    return False


def resolve_city(raw: object, cities: Iterable[City]) -> str | None:
    """The id of the city with local rules that `raw` names, or None."""
    if not isinstance(raw, str):
        return None
    for city in cities:
        if matches(raw, city):
            return city.id
    return None
