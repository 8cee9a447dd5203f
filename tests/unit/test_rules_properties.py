"""Property-based checks over random valid facts (Hypothesis)."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.rules import RuleLibrary, check, format_citation, load_library

REPO = Path(__file__).resolve().parents[2]
SCHEMA = json.loads((REPO / "resources" / "schema" / "facts.schema.json").read_text(encoding="utf-8"))
PROPS = SCHEMA["properties"]
LIBRARY: RuleLibrary = load_library()

CITY_NAMES = st.sampled_from(
    [
        "杭州",
        "杭州市",
        "Hangzhou",
        "ＨＡＮＧＺＨＯＵ",
        "杭州湾新区",
        "天津",
        "天津市",
        "Tianjin",
        "北京",
        "香港",
        "Hong Kong",
        "",
    ]
)
DATES = st.dates(min_value=date(2019, 1, 1), max_value=date(2027, 12, 31))


@st.composite
def valid_facts(draw: st.DrawFn) -> dict[str, Any]:
    first = draw(DATES)
    facts: dict[str, Any] = {
        "jurisdiction": draw(st.sampled_from(["CN", "HK"])),
        "date": first.isoformat(),
        "place_type": draw(st.sampled_from(PROPS["place_type"]["enum"])),
    }
    if draw(st.booleans()):
        facts["last_seen"] = (first + timedelta(days=draw(st.integers(0, 2000)))).isoformat()
    if draw(st.booleans()):
        facts["city"] = draw(st.one_of(CITY_NAMES, st.text(max_size=12)))
    if draw(st.booleans()):
        handler: dict[str, Any] = {"name": draw(st.text(max_size=20))}
        if draw(st.booleans()):
            handler["kind"] = draw(st.sampled_from(PROPS["handler"]["properties"]["kind"]["enum"]))
        facts["handler"] = handler
    for name, spec in PROPS.items():
        if name in facts or name in ("last_seen", "city", "handler", "date"):
            continue
        if "enum" in spec and draw(st.booleans()):
            facts[name] = draw(st.sampled_from(spec["enum"]))
        elif spec.get("type") == "boolean" and draw(st.booleans()):
            facts[name] = draw(st.booleans())
        elif spec.get("type") == "string" and draw(st.integers(0, 4)) == 0:
            facts[name] = draw(st.text(max_size=10))
    return facts


def _all_citations(result: Any) -> list[Any]:
    out = list(result.citations)
    for ground in result.grounds:
        out += ground.citations
    for citations in result.request_citations.values():
        out += citations
    for channel in result.complaint_channels:
        out += channel.citations
    for caveat in result.caveats:
        out += caveat.citations
    out += result.reply_period.citations
    return out


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(valid_facts())
def test_scope_invariants(facts: dict[str, Any]) -> None:
    result = check(facts, LIBRARY)  # never raises on valid facts
    processing = date.fromisoformat(facts.get("last_seen") or facts["date"])
    for citation in _all_citations(result):
        instrument = LIBRARY.instruments[citation.instrument]
        assert instrument.jurisdiction == facts["jurisdiction"], citation
        assert instrument.effective is None or processing >= instrument.effective, (citation, processing)
        if instrument.city is not None:
            assert result.city == instrument.city, (citation, facts.get("city"))
        assert LIBRARY.article(citation).status in ("V", "S")
        format_citation(citation, "zh-CN", LIBRARY)
        format_citation(citation, "en", LIBRARY)
    if facts["jurisdiction"] == "HK":
        assert set(result.request_types) <= {"hk_data_access", "hk_erasure"}
        assert result.reply_period.statutory and result.reply_period.days == 40
    else:
        assert not {"hk_data_access", "hk_erasure"} & set(result.request_types)
        if result.reply_period.unit == "working_days":
            assert result.reply_period.statutory is False
            assert "参照监管实践" in result.reply_period.to_json()["basis"]
    # The union is exactly grounds + suggested requests, without duplicates.
    union = {c for g in result.grounds for c in g.citations} | {
        c for cs in result.request_citations.values() for c in cs
    }
    assert set(result.citations) == union and len(result.citations) == len(union)
    assert list(result.request_types) == list(result.request_citations)
    json.dumps(result.to_json(), ensure_ascii=False)


@settings(max_examples=150, deadline=None)
@given(valid_facts())
def test_request_type_rules(facts: dict[str, Any]) -> None:
    result = check(facts, LIBRARY)
    if "alternative_method" in result.request_types:
        assert facts.get("alternative") in ("none", "refused") and facts.get("relationship_ended") is not True
    if "withdraw_consent" in result.request_types:
        assert facts.get("consent_given_before") is True or facts.get("consent") in (
            "implied",
            "bundled",
            "forced",
            "separate",
        )
    if facts["jurisdiction"] == "CN" and result.request_types:
        pipl_50 = [c for c in result.citations if c.instrument == "PIPL" and c.article == "50"]
        assert pipl_50 or date.fromisoformat(facts.get("last_seen") or facts["date"]) < date(2021, 11, 1)
    if "consent_not_free" in result.ground_ids:
        assert (
            facts.get("consent") in ("bundled", "forced") or facts.get("service_refused_without_face") is True
        )


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=8),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3)
    ),
    max_leaves=8,
)


@settings(max_examples=150, deadline=None)
@given(valid_facts(), st.sampled_from(sorted(PROPS)), JSON_VALUES)
def test_bad_facts_raise_invalid_facts_and_nothing_else(
    facts: dict[str, Any], field: str, value: Any
) -> None:
    from app.errors import InvalidFacts

    facts[field] = value
    try:
        result = check(facts, LIBRARY)
    except InvalidFacts as exc:
        assert exc.field is not None and exc.field.split(".")[0] in (field, "last_seen", "date")
    else:
        json.dumps(result.to_json(), ensure_ascii=False)
