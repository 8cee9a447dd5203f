"""Local rules apply only in their city, however the user wrote the city."""

from __future__ import annotations

import pytest

from app.rules import load_library
from app.rules.cities import resolve_city

HANGZHOU = [
    "杭州",
    "杭州市",
    " 杭州 ",
    "浙江省杭州市",
    "浙江杭州",
    "杭州市西湖区",
    "浙江省杭州市余杭区",
    "Hangzhou",
    "hangzhou",
    "HANGZHOU",
    "ＨＡＮＧＺＨＯＵ",
    "Hangzhou City",
    "Hangzhou, Zhejiang",
    "Hangzhou, Zhejiang, China",
    "　杭州市　",
]
TIANJIN = ["天津", "天津市", "天津市和平区", "Tianjin", "tianjin ", "ｔｉａｎｊｉｎ"]
ELSEWHERE = [
    "杭州湾新区",
    "北京",
    "上海",
    "Hong Kong",
    "",
    "   ",
    "杭",
    "宁波",
    "Hangzhoubay",
    "New Tianjin Road, Shanghai",
    "广州",
    "天津路",
]


@pytest.mark.parametrize("city", HANGZHOU)
def test_hangzhou(city: str) -> None:
    assert resolve_city(city, load_library().cities) == "hangzhou"


@pytest.mark.parametrize("city", TIANJIN)
def test_tianjin(city: str) -> None:
    assert resolve_city(city, load_library().cities) == "tianjin"


@pytest.mark.parametrize("city", ELSEWHERE)
def test_not_a_city_with_local_rules(city: str) -> None:
    assert resolve_city(city, load_library().cities) is None


def test_non_strings() -> None:
    assert resolve_city(None, load_library().cities) is None
    assert resolve_city(42, load_library().cities) is None
