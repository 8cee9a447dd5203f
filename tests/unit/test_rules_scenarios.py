"""Legal scenarios: facts → what must and must not be cited, and which requests are suggested.

The four public reference scenarios are verbatim copies in tests/fixtures/scenarios/reference/; ours are
in tests/fixtures/scenarios/. Format (the shared one, plus optional stricter keys of ours):
  must_cite                 [{"instrument", "article"[, "paragraph"][, "item"]}]  present in `citations`
  must_not_cite             same; an entry with only "instrument" means no article of it at all
  request_types_include     suggested request types that must be there
  request_types_exclude     ... that must not be there            (ours)
  grounds_include / grounds_exclude   ground ids                   (ours)
  channels_include / channels_exclude complaint channel ids        (ours)
  caveats_include / caveats_exclude   caveat ids                   (ours)
  reply_period              {"days", "unit", "statutory"}          (ours)
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from app.rules import RuleLibrary, RuleResult, check, load_library
from tests.conftest import REFERENCE_SCENARIOS, SCENARIOS

SHARED_SCENARIOS = REFERENCE_SCENARIOS
OWN_SCENARIOS = SCENARIOS

KNOWN_KEYS = {
    "description",
    "facts",
    "must_cite",
    "must_not_cite",
    "request_types_include",
    "request_types_exclude",
    "grounds_include",
    "grounds_exclude",
    "channels_include",
    "channels_exclude",
    "caveats_include",
    "caveats_exclude",
    "reply_period",
}


def _files(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.json")) if folder.is_dir() else []


@pytest.fixture(scope="module")
def library() -> RuleLibrary:
    return load_library()


def _matches(citation: dict[str, Any], wanted: dict[str, Any]) -> bool:
    return all(citation.get(key) == value for key, value in wanted.items())


def assert_scenario(scenario: dict[str, Any], result: RuleResult) -> None:
    data = result.to_json()
    citations = data["citations"]
    problems: list[str] = []
    for wanted in scenario.get("must_cite", []):
        if not any(_matches(c, wanted) for c in citations):
            problems.append(f"missing citation {wanted}")
    for unwanted in scenario.get("must_not_cite", []):
        hits = [c for c in citations if _matches(c, unwanted)]
        if hits:
            problems.append(f"must not cite {unwanted}, got {hits}")
    for key, actual in (
        ("request_types", data["request_types"]),
        ("grounds", [g["id"] for g in data["grounds"]]),
        ("channels", [c["id"] for c in data["complaint_channels"]]),
        ("caveats", [c["id"] for c in data["caveats"]]),
    ):
        for wanted in scenario.get(f"{key}_include", []):
            if wanted not in actual:
                problems.append(f"{key}: {wanted} missing from {actual}")
        for unwanted in scenario.get(f"{key}_exclude", []):
            if unwanted in actual:
                problems.append(f"{key}: {unwanted} must not be in {actual}")
    if "reply_period" in scenario:
        got = {k: data["reply_period"][k] for k in scenario["reply_period"]}
        if got != scenario["reply_period"]:
            problems.append(f"reply period {got} != {scenario['reply_period']}")
    assert not problems, "; ".join(problems)


@pytest.mark.parametrize("path", _files(SHARED_SCENARIOS), ids=lambda p: p.stem)
def test_shared_reference_scenario(path: Path, library: RuleLibrary) -> None:
    scenario = json.loads(path.read_text(encoding="utf-8"))
    assert_scenario(scenario, check(scenario["facts"], library))


def test_shared_scenarios_are_present() -> None:
    assert len(_files(SHARED_SCENARIOS)) >= 4


@pytest.mark.parametrize("path", _files(OWN_SCENARIOS), ids=lambda p: p.stem)
def test_own_scenario(path: Path, library: RuleLibrary) -> None:
    scenario = json.loads(path.read_text(encoding="utf-8"))
    assert set(scenario) <= KNOWN_KEYS, f"unknown keys {set(scenario) - KNOWN_KEYS}"
    assert scenario.get("description")
    assert_scenario(scenario, check(scenario["facts"], library))


def test_enough_own_scenarios() -> None:
    assert len(_files(OWN_SCENARIOS)) >= 20


def test_the_checker_can_fail(library: RuleLibrary) -> None:
    """The assertions above are not vacuous: a wrong expectation is reported."""
    scenario = (
        json.loads(_files(SHARED_SCENARIOS)[0].read_text(encoding="utf-8"))
        if _files(SHARED_SCENARIOS)
        else {"facts": {"jurisdiction": "CN", "date": "2025-09-01", "place_type": "hotel"}}
    )
    result = check(scenario["facts"], library)
    other = "HK_PDPO" if result.jurisdiction == "CN" else "PIPL"
    with pytest.raises(AssertionError):
        assert_scenario({"must_cite": [{"instrument": other, "article": "1"}]}, result)
    first = result.citations[0]
    with pytest.raises(AssertionError):
        assert_scenario({"must_not_cite": [{"instrument": first.instrument}]}, result)
    with pytest.raises(AssertionError):
        assert_scenario({"request_types_include": ["no_such_request"]}, result)
