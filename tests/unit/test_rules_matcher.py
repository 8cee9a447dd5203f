"""The matcher: explanations, time boundaries, chosen request sets, JSON shape, pack selection."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from app.errors import InvalidFacts, InvalidInput
from app.rules import Citation, RuleLibrary, check, citations_for_requests, load_library
from app.rules import library as library_module

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def library() -> RuleLibrary:
    return load_library()


def everything(city: str, when: date) -> dict[str, Any]:
    """Facts that make almost every mainland ground hold."""
    return {
        "jurisdiction": "CN",
        "city": city,
        "date": "2020-01-01",
        "last_seen": when.isoformat(),
        "place_type": "residential_compound",
        "handler": {"name": "某物业服务有限公司", "kind": "property_manager"},
        "purpose": "unknown",
        "notice": "none",
        "consent": "forced",
        "alternative": "none",
        "service_refused_without_face": True,
        "private_space": True,
        "subject_under_14": True,
        "transmitted_off_device": "yes",
        "shared_or_sold": True,
        "leaked": True,
        "contract_terms": "unlimited_or_irrevocable",
        "used_as_credit_information": True,
    }


@pytest.mark.parametrize(
    ("instrument", "effective", "city"),
    [
        ("CIVIL_CODE", date(2021, 1, 1), "北京"),
        ("SPC_FACE_2021", date(2021, 8, 1), "北京"),
        ("PIPL", date(2021, 11, 1), "北京"),
        ("NDSR_2024", date(2025, 1, 1), "北京"),
        ("FACE_MEASURES_2025", date(2025, 6, 1), "北京"),
        ("HANGZHOU_PROPERTY", date(2022, 3, 1), "杭州"),
        ("TIANJIN_CREDIT", date(2021, 1, 1), "天津"),
    ],
)
def test_effective_date_boundaries(instrument: str, effective: date, city: str, library: RuleLibrary) -> None:
    before = check(everything(city, effective - timedelta(days=1)), library)
    on = check(everything(city, effective), library)
    assert instrument not in {c.instrument for c in before.citations}
    assert instrument in {p.instrument for p in before.not_yet_in_force}
    assert instrument in {c.instrument for c in on.citations}
    assert instrument not in {p.instrument for p in on.not_yet_in_force}


def test_local_rules_need_their_city(library: RuleLibrary) -> None:
    cited = {c.instrument for c in check(everything("北京", date(2026, 1, 1)), library).citations}
    assert "HANGZHOU_PROPERTY" not in cited and "TIANJIN_CREDIT" not in cited
    cited = {c.instrument for c in check(everything("天津", date(2026, 1, 1)), library).citations}
    assert "TIANJIN_CREDIT" in cited and "HANGZHOU_PROPERTY" not in cited


def test_explanations_name_the_triggering_facts(library: RuleLibrary) -> None:
    facts = {"jurisdiction": "CN", "date": "2025-09-01", "place_type": "hotel", "consent": "bundled"}
    result = check(facts, library)
    ground = result.ground("no_separate_consent")
    assert ground is not None
    assert [(t.fact, t.value) for t in ground.triggered_by] == [("consent", "bundled")]
    assert "同意情况：与其他授权捆绑" in ground.explanation["zh-CN"]
    assert "consent: bundled with other terms" in ground.explanation["en"]
    coerced = result.ground("consent_not_free")
    assert coerced is not None and coerced.citations == (
        Citation("PIPL", "16"),
        Citation("SPC_FACE_2021", "4", None, 2),
        Citation("FACE_MEASURES_2025", "12"),
    )


def test_citation_union_is_deduplicated_and_ordered(library: RuleLibrary) -> None:
    result = check(everything("杭州", date(2026, 1, 1)), library)
    keys = [library.citation_sort_key(c) for c in result.citations]
    assert keys == sorted(keys) and len(set(result.citations)) == len(result.citations)
    # PIPL 16 comes from two grounds but appears once.
    assert result.citations.count(Citation("PIPL", "16")) == 1


def test_to_json_has_the_spec_shape(library: RuleLibrary) -> None:
    data = check(everything("杭州", date(2026, 1, 1)), library).to_json()
    assert list(data)[:5] == ["jurisdiction", "grounds", "citations", "request_types", "reply_period"]
    assert data["jurisdiction"] == "CN"
    assert all({"id", "title", "citations"} <= set(g) for g in data["grounds"])
    assert all(set(c) <= {"instrument", "article", "paragraph", "item"} for c in data["citations"])
    assert {"instrument": "PIPL", "article": "47", "paragraph": 1, "item": 4} in data["citations"]
    assert set(data["reply_period"]) >= {"days", "unit", "basis", "statutory"}
    assert data["library_version"] == library.version
    json.dumps(data, ensure_ascii=False)


def test_invalid_facts_name_the_field(library: RuleLibrary) -> None:
    with pytest.raises(InvalidFacts) as info:
        check({"jurisdiction": "CN", "date": "2025-09-01", "place_type": "moon"}, library)
    assert info.value.field == "place_type"
    with pytest.raises(InvalidFacts):
        check("not a dict", library)  # type: ignore[arg-type]


def test_citations_for_chosen_requests(library: RuleLibrary) -> None:
    facts = everything("北京", date(2026, 1, 1))
    chosen = citations_for_requests(facts, ["deletion"], library)
    assert Citation("PIPL", "47", 1, 3) not in chosen["deletion"]
    with_withdrawal = citations_for_requests(facts, ["withdraw_consent", "deletion"], library)
    assert Citation("PIPL", "47", 1, 3) in with_withdrawal["deletion"]
    assert Citation("PIPL", "50") in with_withdrawal["withdraw_consent"]
    own = citations_for_requests(facts, ["complaint"], library, include_common=False)
    assert Citation("PIPL", "50") not in own["complaint"]
    with pytest.raises(InvalidInput):
        citations_for_requests(facts, ["hk_erasure"], library)
    with pytest.raises(InvalidInput):
        citations_for_requests(facts, ["no_such_type"], library)


def _write_library(folder: Path, version: str, valid: bool = True) -> Path:
    data = json.loads((REPO / "resources" / "rules" / "library.json").read_text(encoding="utf-8"))
    data["library_version"] = version
    if not valid:
        data["grounds"][0]["cites"][0]["article"] = "9999"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "library.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return folder


@pytest.mark.parametrize(
    ("version", "valid", "used"),
    [("2999.1.1", True, True), ("2999.1.1", False, False), ("2000.1.1", True, False)],
)
def test_installed_pack_is_used_only_when_newer_and_valid(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, version: str, valid: bool, used: bool
) -> None:
    folder = _write_library(tmp_path / "pack" / "rules", version, valid)
    monkeypatch.setattr(library_module, "_installed_rules_folder", lambda bundled_version: folder)
    loaded = load_library()
    bundled = load_library(library_module.bundled_library_path())
    assert (loaded.version == version) is used
    if not used:
        assert loaded.version == bundled.version


def test_no_installed_pack_means_bundled(library: RuleLibrary) -> None:
    assert load_library().source == str(library_module.bundled_library_path().resolve())


def test_market_regulator_channel_carries_its_acceptance_period(library: RuleLibrary) -> None:
    result = check({"jurisdiction": "CN", "date": "2025-09-01", "place_type": "gym_or_sports_venue"}, library)
    channels = {c.id: c for c in result.complaint_channels}
    period = channels["market_regulation_12315"].acceptance_period
    assert period is not None and (period.days, period.unit) == (7, "working_days")
    assert channels["cyberspace_12377"].acceptance_period is None
    assert list(channels)[0] == "handler" and list(channels)[-1] == "court"


def test_scope_checks_jurisdiction_city_and_date(library: RuleLibrary) -> None:
    """Defence in depth: the data's own city conditions aside, scope alone keeps local rules local."""
    from app.rules.scope import in_scope

    hangzhou = library.instrument("HANGZHOU_PROPERTY")
    pipl = library.instrument("PIPL")
    pdpo = library.instrument("HK_PDPO")
    later = date(2026, 1, 1)
    assert in_scope(hangzhou, jurisdiction="CN", city="hangzhou", processing=later)
    assert not in_scope(hangzhou, jurisdiction="CN", city="tianjin", processing=later)
    assert not in_scope(hangzhou, jurisdiction="CN", city=None, processing=later)
    assert not in_scope(hangzhou, jurisdiction="HK", city="hangzhou", processing=later)
    assert not in_scope(hangzhou, jurisdiction="CN", city="hangzhou", processing=date(2022, 2, 28))
    assert in_scope(pipl, jurisdiction="CN", city=None, processing=date(2021, 11, 1))
    assert not in_scope(pipl, jurisdiction="CN", city=None, processing=date(2021, 10, 31))
    assert not in_scope(pipl, jurisdiction="HK", city=None, processing=later)
    assert in_scope(pdpo, jurisdiction="HK", city=None, processing=date(1990, 1, 1))
    assert not in_scope(pdpo, jurisdiction="CN", city=None, processing=later)
