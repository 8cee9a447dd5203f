"""I4 for the facts parser: app.facts.validate_facts on arbitrary JSON.

Every value JSON can hold (and facts-shaped objects with wrong, missing, extra and deeply nested
fields) gets either a validated copy that re-validates to itself, or InvalidFacts naming a field —
never another exception, never more than 2 s. Facts arrive from the CLI (--facts file), case bundles
and the record form, so this is an input boundary.

The default run is a few hundred examples (seconds); FACELEDGER_FUZZ_EXAMPLES raises it for the
nightly run (`make test-slow` runs the slow-marked long version).
"""

from __future__ import annotations

import copy
import json
import os
import time
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.errors import InvalidFacts
from app.facts import facts_schema, validate_facts

from .vaultutil import SAMPLE_FACTS

MAX_SECONDS = 2.0
EXAMPLES = int(os.environ.get("FACELEDGER_FUZZ_EXAMPLES", "120"))

_SCHEMA = facts_schema()
_FIELDS = sorted(_SCHEMA["properties"])
_HANDLER_FIELDS = sorted(_SCHEMA["properties"]["handler"]["properties"])

_text = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",))
    | st.sampled_from("人脸小区物业０１-／"),
    max_size=40,
)
_scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=True, allow_infinity=True)
    | _text
)
# Arbitrary JSON (NaN/Infinity included, as Python's json accepts them).
json_values = st.recursive(
    _scalars,
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(_text, inner, max_size=5),
    max_leaves=30,
)
# Strings that look like dates but are not quite (and some that are).
_dateish = st.one_of(
    st.dates().map(lambda d: d.isoformat()),
    st.from_regex(r"\d{4}-\d{2}-\d{2}", fullmatch=True),
    st.sampled_from(
        ["2025-02-30", "2025-2-3", "20250101", "2025-W01-1", "２０２５-０１-０１", "2025-01-01 "]
    ),
)
_field_values = {
    "date": _dateish,
    "last_seen": _dateish,
    "handler": st.dictionaries(
        st.sampled_from(_HANDLER_FIELDS) | _text,
        st.one_of(_text, st.from_regex(r"[0-9A-Z]{18}", fullmatch=True), json_values),
        max_size=8,
    ),
}


def _mutated_facts() -> st.SearchStrategy[Any]:
    """SAMPLE_FACTS with fields replaced, removed or added, values of any JSON type."""

    def build(changes: list[tuple[str, str, Any]]) -> dict[str, Any]:
        facts = copy.deepcopy(SAMPLE_FACTS)
        for action, name, value in changes:
            if action == "drop":
                facts.pop(name, None)
            else:
                facts[name] = value
        return facts

    field_name = st.sampled_from(_FIELDS) | _text
    change = st.one_of(
        st.tuples(st.just("drop"), field_name, st.none()),
        st.tuples(st.just("set"), field_name, json_values),
        st.sampled_from(sorted(_field_values)).flatmap(
            lambda name: st.tuples(st.just("set"), st.just(name), _field_values[name])
        ),
        st.sampled_from(_FIELDS).flatmap(
            lambda name: st.tuples(
                st.just("set"),
                st.just(name),
                st.sampled_from(_SCHEMA["properties"][name].get("enum", [None, True, "x"])),
            )
        ),
    )
    return st.lists(change, max_size=6).map(build)


def _check(candidate: Any) -> None:
    started = time.perf_counter()
    try:
        checked = validate_facts(candidate)
    except InvalidFacts as exc:
        assert str(exc), "an error must say what is wrong"
        assert isinstance(exc.field, str)
    else:
        assert isinstance(checked, dict)
        assert checked == candidate, "validation returns the facts unchanged"
        assert checked is not candidate, "validation returns a copy"
        assert validate_facts(json.loads(json.dumps(checked, ensure_ascii=False))) == checked
    elapsed = time.perf_counter() - started
    assert elapsed < MAX_SECONDS, f"validate_facts took {elapsed:.2f} s"


_settings = settings(
    max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=False
)


@_settings
@given(json_values)
def test_arbitrary_json_gets_a_typed_answer(value: Any) -> None:
    _check(value)


@_settings
@given(_mutated_facts())
def test_mutated_facts_get_a_typed_answer(candidate: Any) -> None:
    _check(candidate)


def test_the_fuzzer_reaches_both_outcomes() -> None:
    """Not vacuous: mutated facts are sometimes valid and sometimes refused with a field name."""
    outcomes = {"valid": 0, "refused": 0}
    fields: set[str] = set()

    @settings(max_examples=80, deadline=None, database=None)
    @given(_mutated_facts())
    def probe(candidate: Any) -> None:
        try:
            validate_facts(candidate)
            outcomes["valid"] += 1
        except InvalidFacts as exc:
            outcomes["refused"] += 1
            fields.add(exc.field or "")

    probe()
    assert outcomes["valid"] > 0 and outcomes["refused"] > 0, outcomes
    assert len(fields) >= 3, f"refusals should name various fields, got {fields}"


@pytest.mark.parametrize(
    "candidate",
    [
        json.loads("[" * 900 + "]" * 900),  # deep nesting (just under json's own recursion limit)
        {**SAMPLE_FACTS, "handler": json.loads('{"a":' * 900 + "1" + "}" * 900)},
        {**SAMPLE_FACTS, "notes": "注" * 1_000_000},  # a megabyte of notes
        {**SAMPLE_FACTS, "handler": {"name": "x" * 100_000, "uscc": "9" * 10_000}},
        {**SAMPLE_FACTS, "date": float("nan")},
        {**SAMPLE_FACTS, "place_type": 10**4000},  # a huge integer (CPython caps str() of such)
        {str(i): i for i in range(50_000)},  # a wide object
    ],
    ids=["deep", "deep-handler", "long-notes", "long-handler", "nan-date", "huge-int", "wide"],
)
def test_hostile_shapes(candidate: Any) -> None:
    _check(candidate)


@pytest.mark.slow
@settings(max_examples=20_000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(json_values, _mutated_facts()))
def test_fuzz_facts_long(candidate: Any) -> None:
    _check(candidate)
