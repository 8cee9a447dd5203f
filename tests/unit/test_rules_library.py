"""The rule library data: schema, references, statuses, and that every rule can actually fire."""

from __future__ import annotations

import copy
import json
import random
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from app.errors import RuleLibraryError
from app.rules import (
    Citation,
    RuleLibrary,
    check,
    load_library,
    load_library_from,
    parse_library,
    version_key,
)
from app.rules.conditions import Context, evaluate

REPO = Path(__file__).resolve().parents[2]
LIBRARY = REPO / "resources" / "rules" / "library.json"
SCHEMA = REPO / "resources" / "rules" / "library.schema.json"
REFERENCE_IDS = [
    "PIPL",
    "CIVIL_CODE",
    "SPC_FACE_2021",
    "FACE_MEASURES_2025",
    "NDSR_2024",
    "CRIMINAL_LAW",
    "SPC_SPP_PI_CRIME_2017",
    "HANGZHOU_PROPERTY",
    "TIANJIN_CREDIT",
    "GBT_35273_2020",
    "HK_PDPO",
]
EFFECTIVE = {
    "PIPL": "2021-11-01",
    "CIVIL_CODE": "2021-01-01",
    "SPC_FACE_2021": "2021-08-01",
    "FACE_MEASURES_2025": "2025-06-01",
    "NDSR_2024": "2025-01-01",
    "HANGZHOU_PROPERTY": "2022-03-01",
    "TIANJIN_CREDIT": "2021-01-01",
}


def raw() -> dict[str, Any]:
    return json.loads(LIBRARY.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def library() -> RuleLibrary:
    return load_library()


def test_library_validates_against_its_schema() -> None:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
    assert list(validator.iter_errors(raw())) == []


def test_instrument_ids_and_dates_are_those_of_reference(library: RuleLibrary) -> None:
    assert list(library.instruments) == REFERENCE_IDS
    for instrument_id, effective in EFFECTIVE.items():
        instrument = library.instruments[instrument_id]
        assert instrument.effective is not None and instrument.effective.isoformat() == effective
    assert library.instruments["HANGZHOU_PROPERTY"].city == "hangzhou"
    assert library.instruments["TIANJIN_CREDIT"].city == "tianjin"
    assert library.instruments["HK_PDPO"].jurisdiction == "HK"
    assert all(i.jurisdiction == "CN" for k, i in library.instruments.items() if k != "HK_PDPO")
    assert library.instruments["TIANJIN_CREDIT"].status == "S"


def test_ids_are_unique() -> None:
    data = raw()
    for key in (
        "instruments",
        "grounds",
        "request_types",
        "complaint_channels",
        "reply_periods",
        "caveats",
        "cities",
    ):
        ids = [entry["id"] for entry in data[key]]
        assert len(ids) == len(set(ids)), key
    for instrument in data["instruments"]:
        numbers = [a["article"] for a in instrument["articles"]]
        assert len(numbers) == len(set(numbers)), instrument["id"]


def _all_cite_rules(library: RuleLibrary) -> list[tuple[str, Citation]]:
    out = []
    for ground in library.grounds:
        out += [(f"ground {ground.id}", r.citation) for r in ground.cites]
    for request in library.request_types:
        out += [(f"request {request.id}", r.citation) for r in request.cites]
    for jurisdiction, rules in library.common_request_cites.items():
        out += [(f"common {jurisdiction}", r.citation) for r in rules]
    for channel in library.complaint_channels:
        out += [(f"channel {channel.id}", r.citation) for r in channel.cites]
    for period in library.reply_periods:
        out += [(f"period {period.id}", r.citation) for r in period.cites]
    for caveat in library.caveats:
        out += [(f"caveat {caveat.id}", r.citation) for r in caveat.cites]
    return out


def test_every_cited_article_exists_and_is_citable(library: RuleLibrary) -> None:
    rules = _all_cite_rules(library)
    assert len(rules) > 60
    for where, citation in rules:
        library.check_citation(citation)  # raises UnknownCitation
        article = library.article(citation)
        assert article.status in ("V", "S"), f"{where} cites U-marked {citation}"


def test_unverified_items_are_never_cited(library: RuleLibrary) -> None:
    cited = {(c.instrument, c.article) for _, c in _all_cite_rules(library)}
    assert ("HK_PDPO", "DPP3") not in cited
    assert not any(instrument == "GBT_35273_2020" for instrument, _ in cited)


def test_hong_kong_cites_nothing_mainland_and_back(library: RuleLibrary) -> None:
    for ground in library.grounds:
        for rule in ground.cites:
            assert library.instruments[rule.citation.instrument].jurisdiction == ground.jurisdiction
    for request in library.request_types:
        for rule in request.cites:
            assert library.instruments[rule.citation.instrument].jurisdiction == request.jurisdiction


def test_reply_periods(library: RuleLibrary) -> None:
    by_id = {p.id: p for p in library.reply_periods}
    mainland = by_id["mainland_default_15_working_days"]
    assert (mainland.days, mainland.unit, mainland.statutory) == (15, "working_days", False)
    assert "参照监管实践" in mainland.basis["zh-CN"]
    assert "法定" not in mainland.basis["zh-CN"]
    assert "statutory" not in mainland.basis["en"].replace("no statute", "")
    hk = by_id["hk_access_40_days"]
    assert (hk.days, hk.unit, hk.statutory) == (40, "days", True)
    hangzhou = by_id["hangzhou_property_10_days"]
    assert (hangzhou.days, hangzhou.unit, hangzhou.statutory) == (10, "days", True)


# --- every rule can fire --------------------------------------------------------------------------

CITIES = ["杭州", "杭州市", "Hangzhou", "天津", "天津市", "Tianjin", "北京", "上海", "Hong Kong", None]
DATES = ["2020-06-01", "2021-06-01", "2021-09-01", "2022-06-01", "2025-03-01", "2025-06-01", "2026-01-01"]


def random_facts(rng: random.Random, schema: dict[str, Any]) -> dict[str, Any]:
    props = schema["properties"]
    facts: dict[str, Any] = {
        "jurisdiction": rng.choice(["CN", "CN", "CN", "HK"]),
        "date": rng.choice(DATES),
        "place_type": rng.choice(props["place_type"]["enum"]),
    }
    city = rng.choice(CITIES)
    if city is not None:
        facts["city"] = city
    if rng.random() < 0.8:
        facts["handler"] = {
            "name": "某公司",
            "kind": rng.choice(props["handler"]["properties"]["kind"]["enum"]),
        }
    for name, spec in props.items():
        if (
            name in facts
            or name in ("last_seen", "notes", "place_name", "address", "handler")
            or rng.random() < 0.3
        ):
            continue
        if "enum" in spec:
            facts[name] = rng.choice(spec["enum"])
        elif spec.get("type") == "boolean":
            facts[name] = rng.choice([True, False])
    return facts


def test_every_ground_request_channel_period_caveat_and_citation_is_reachable(library: RuleLibrary) -> None:
    schema = json.loads((REPO / "resources" / "schema" / "facts.schema.json").read_text(encoding="utf-8"))
    rng = random.Random(20261122)
    seen: dict[str, set[Any]] = {k: set() for k in ("grounds", "requests", "channels", "periods", "caveats")}
    cited: set[tuple[str, Citation]] = set()
    for _ in range(1200):
        result = check(random_facts(rng, schema), library)
        seen["grounds"].update(result.ground_ids)
        seen["requests"].update(result.request_types)
        seen["channels"].update(c.id for c in result.complaint_channels)
        seen["periods"].add(result.reply_period.rule_id)
        seen["caveats"].update(c.id for c in result.caveats)
        cited.update(("ground " + g.id, c) for g in result.grounds for c in g.citations)
        cited.update(("request " + r, c) for r, cs in result.request_citations.items() for c in cs)
        cited.update(("channel " + ch.id, c) for ch in result.complaint_channels for c in ch.citations)
        cited.update(("caveat " + cv.id, c) for cv in result.caveats for c in cv.citations)
    assert seen["grounds"] == {g.id for g in library.grounds}
    assert seen["requests"] == {r.id for r in library.request_types if r.suggest_when is not None}
    assert seen["channels"] == {c.id for c in library.complaint_channels}
    assert seen["periods"] == {p.id for p in library.reply_periods}
    assert seen["caveats"] == {c.id for c in library.caveats}
    for ground in library.grounds:
        for rule in ground.cites:
            assert ("ground " + ground.id, rule.citation) in cited, (
                f"{ground.id}: {rule.citation} never cited"
            )
    for channel in library.complaint_channels:
        for rule in channel.cites:
            assert ("channel " + channel.id, rule.citation) in cited, (
                f"{channel.id}: {rule.citation} never cited"
            )
    for caveat in library.caveats:
        for rule in caveat.cites:
            assert ("caveat " + caveat.id, rule.citation) in cited, (
                f"{caveat.id}: {rule.citation} never cited"
            )
    for request in library.request_types:
        if request.suggest_when is None:
            continue
        for rule in request.cites:
            assert ("request " + request.id, rule.citation) in cited, (
                f"{request.id}: {rule.citation} never cited"
            )


# --- broken libraries are refused ----------------------------------------------------------------


def _mutated(change: Any) -> dict[str, Any]:
    data = copy.deepcopy(raw())
    change(data)
    return data


def _ground(data: dict[str, Any], ground_id: str) -> dict[str, Any]:
    return next(g for g in data["grounds"] if g["id"] == ground_id)


def _instrument(data: dict[str, Any], instrument_id: str) -> dict[str, Any]:
    return next(i for i in data["instruments"] if i["id"] == instrument_id)


BROKEN = {
    "unknown article": lambda d: _ground(d, "no_notice")["cites"].append(
        {"instrument": "PIPL", "article": "999"}
    ),
    "unknown paragraph": lambda d: _ground(d, "no_notice")["cites"].append(
        {"instrument": "PIPL", "article": "17", "paragraph": 9}
    ),
    "unknown item": lambda d: _ground(d, "no_notice")["cites"].append(
        {"instrument": "PIPL", "article": "47", "paragraph": 1, "item": 6}
    ),
    "cites a U article": lambda d: _ground(d, "hk_erasure_duty")["cites"].append(
        {"instrument": "HK_PDPO", "article": "DPP3"}
    ),
    "mainland ground cites the PDPO": lambda d: _ground(d, "no_notice")["cites"].append(
        {"instrument": "HK_PDPO", "article": "DPP1"}
    ),
    "HK ground cites PIPL": lambda d: _ground(d, "hk_erasure_duty")["cites"].append(
        {"instrument": "PIPL", "article": "47"}
    ),
    "impossible fact value": lambda d: _ground(d, "no_separate_consent").update(
        {"when": {"fact": "consent", "in": ["not_askd"]}}
    ),
    "unknown fact": lambda d: _ground(d, "leaked").update({"when": {"fact": "leak", "eq": True}}),
    "boolean compared with a string": lambda d: _ground(d, "leaked").update(
        {"when": {"fact": "leaked", "eq": "yes"}}
    ),
    "unknown definition": lambda d: _ground(d, "leaked").update({"when": {"ref": "nope"}}),
    "unknown city": lambda d: _ground(d, "tianjin_credit").update({"when": {"city": "wuhan"}}),
    "unknown ground in a condition": lambda d: d["caveats"][0].update({"when": {"ground": "nope"}}),
    "duplicate ground": lambda d: d["grounds"].append(copy.deepcopy(d["grounds"][0])),
    "duplicate article": lambda d: _instrument(d, "PIPL")["articles"].append(
        copy.deepcopy(_instrument(d, "PIPL")["articles"][0])
    ),
    "no mainland default period": lambda d: d.update(
        {"reply_periods": [p for p in d["reply_periods"] if p["id"] != "mainland_default_15_working_days"]}
    ),
    "schema: unknown key": lambda d: d.update({"surprise": 1}),
    "schema: bad condition": lambda d: _ground(d, "leaked").update(
        {"when": {"fact": "leaked", "equals": True}}
    ),
    "schema: bad effective date": lambda d: _instrument(d, "PIPL").update({"effective": "2021-13-01"}),
    "local rule for an unknown city": lambda d: _instrument(d, "HANGZHOU_PROPERTY").update(
        {"city": "ningbo"}
    ),
}


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_broken_library_is_refused(name: str) -> None:
    with pytest.raises(RuleLibraryError):
        parse_library(_mutated(BROKEN[name]), source=name)


def test_the_unmodified_library_parses() -> None:
    assert parse_library(raw(), source="copy").version == raw()["library_version"]


def test_load_library_from_a_pack_folder(tmp_path: Path) -> None:
    data = raw()
    data["library_version"] = "2099.1.1"
    (tmp_path / "library.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert load_library_from(tmp_path).version == "2099.1.1"
    (tmp_path / "library.json").write_text("{", encoding="utf-8")
    with pytest.raises(RuleLibraryError):
        load_library_from(tmp_path)
    with pytest.raises(RuleLibraryError):
        load_library_from(tmp_path / "missing")


def test_version_key() -> None:
    assert version_key("2026.11.22") == (2026, 11, 22, 0)
    assert version_key("2026.12") > version_key("2026.11.30")
    assert version_key("7") == (7, 0, 0, 0)
    for bad in ("", "1.2.3.4.5", "a.b", "1..2"):
        with pytest.raises(ValueError):
            version_key(bad)


def test_conditions_treat_missing_facts_as_unknown(library: RuleLibrary) -> None:
    ctx = Context(
        facts={"consent": "separate"},
        city=None,
        place_groups=library.place_groups,
        definitions=library.definitions,
    )
    assert not evaluate({"fact": "purpose", "eq": "security"}, ctx).holds
    assert evaluate({"fact": "purpose", "ne": "security"}, ctx).holds
    assert evaluate({"fact": "purpose", "not_in": ["security"]}, ctx).holds
    assert not evaluate({"fact": "purpose", "in": ["security", "unknown"]}, ctx).holds
    assert not evaluate({"fact": "consent", "ne": "separate"}, ctx).holds
    assert not evaluate({"fact": "handler.kind", "eq": "property_manager"}, ctx).holds
    outcome = evaluate(
        {"any_of": [{"fact": "consent", "eq": "separate"}, {"fact": "leaked", "eq": True}]}, ctx
    )
    assert outcome.holds and outcome.facts == ("consent",)
    assert not evaluate({"not": {"fact": "consent", "eq": "separate"}}, ctx).holds
    assert not evaluate({"all_of": [{"always": True}, {"fact": "leaked", "eq": True}]}, ctx).holds
    nested = Context(
        facts={"handler": {"kind": "property_manager"}},
        city="hangzhou",
        place_groups=library.place_groups,
        definitions=library.definitions,
    )
    assert evaluate({"ref": "is_property"}, nested).facts == ("handler.kind",)
    assert evaluate({"city": "hangzhou"}, nested).holds
    assert not evaluate({"city": "tianjin"}, nested).holds
