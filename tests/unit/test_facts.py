"""Facts validation: schema (Draft 2020-12), real dates, last_seen >= date, USCC, field paths."""

from __future__ import annotations

import hashlib
import json
from datetime import date
from typing import Any

import pytest

from app.errors import InvalidFacts
from app.facts import facts_schema, processing_date, validate_facts
from app.paths import resources_path
from tests.conftest import official_sha256

from .vaultutil import SAMPLE_FACTS, facts

MINIMAL = {"jurisdiction": "CN", "date": "2025-03-01", "place_type": "hotel"}


def test_bundled_schema_is_the_official_one() -> None:
    path = resources_path("schema", "facts.schema.json")
    expected = official_sha256("resources/schema/facts.schema.json")
    assert hashlib.sha256(path.read_bytes()).hexdigest() == expected
    assert facts_schema() == json.loads(path.read_text(encoding="utf-8"))


def test_valid_facts_come_back_as_a_copy() -> None:
    checked = validate_facts(SAMPLE_FACTS)
    assert checked == SAMPLE_FACTS and checked is not SAMPLE_FACTS
    checked["handler"]["name"] = "changed"
    assert SAMPLE_FACTS["handler"]["name"] != "changed"
    assert validate_facts(MINIMAL) == MINIMAL


def _error(value: Any) -> InvalidFacts:
    with pytest.raises(InvalidFacts) as info:
        validate_facts(value)
    return info.value


@pytest.mark.parametrize(
    ("change", "field", "words"),
    [
        ({"date": "2025-02-30"}, "date", "not a real date"),
        ({"date": "2024-02-29"}, None, None),  # leap day exists
        ({"date": "2023-02-29"}, "date", "not a real date"),
        ({"date": "20250301"}, "date", "YYYY-MM-DD"),
        ({"date": "2025-W09-6"}, "date", "YYYY-MM-DD"),
        ({"date": "2025-3-1"}, "date", "YYYY-MM-DD"),
        ({"last_seen": "2025-13-01"}, "last_seen", "not a real date"),
        ({"last_seen": "2025-02-28"}, "last_seen", "before date"),
        ({"place_type": "spaceship"}, "place_type", "not one of"),
        ({"jurisdiction": "US"}, "jurisdiction", "not one of"),
        ({"handler": {"uscc": "91350100M000100Y44"}}, "handler.uscc", "check character"),
        ({"handler": {"uscc": "91350100m000100y43"}}, "handler.uscc", "upper case"),
        ({"handler": {"uscc": "91350100M000100Y4"}}, "handler.uscc", "18 characters"),
        ({"handler": {"nmae": "x"}}, "handler.nmae", "not a known field"),
        ({"colour": "red"}, "colour", "not a known field"),
        ({"leaked": "yes"}, "leaked", "boolean"),
        ({"handler": {"kind": "pirate"}}, "handler.kind", "not one of"),
    ],
)
def test_errors_name_the_field(change: dict[str, Any], field: str | None, words: str | None) -> None:
    candidate = {**MINIMAL, **change}
    if field is None:
        assert validate_facts(candidate) == candidate
        return
    error = _error(candidate)
    assert error.field == field
    assert str(error).startswith(f"{field}: "), str(error)
    assert words is not None and words in str(error)


def test_missing_required_fields() -> None:
    error = _error({"jurisdiction": "CN", "place_type": "hotel"})
    assert error.field == "date" and str(error).startswith("date: is required")
    assert "more" in str(_error({}))


def test_not_an_object() -> None:
    for value in ([], "facts", None, 3):
        assert "JSON object" in str(_error(value))


def test_empty_uscc_means_unknown() -> None:
    assert validate_facts({**MINIMAL, "handler": {"uscc": ""}})["handler"]["uscc"] == ""


def test_processing_date() -> None:
    assert processing_date(MINIMAL) == date(2025, 3, 1)
    assert processing_date(facts()) == date(2025, 6, 1)
