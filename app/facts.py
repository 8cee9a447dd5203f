"""Validation of a record's facts against resources/schema/facts.schema.json (Draft 2020-12).

Beyond the schema: dates must be real calendar dates in YYYY-MM-DD form (2025-02-30 is refused),
`last_seen` may not be before `date`, and a handler's USCC must carry the right check character.
Every error names the field path ("handler.uscc: …") so the UI can point at the field.
"""

from __future__ import annotations

import copy
import json
import re
from datetime import date
from functools import lru_cache
from typing import Any

from jsonschema import Draft202012Validator, FormatChecker
from jsonschema.exceptions import ValidationError

from app.errors import InvalidFacts, MissingAnswers
from app.paths import resources_path
from app.uscc import uscc_problem

_DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")


@lru_cache(maxsize=1)
def facts_schema() -> dict[str, Any]:
    with resources_path("schema", "facts.schema.json").open(encoding="utf-8") as f:
        schema: dict[str, Any] = json.load(f)
    return schema


def _strict_date(instance: object) -> bool:
    # The default checker relies on date.fromisoformat, which in 3.11 also accepts 20250101 and
    # 2025-W01-1; we want exactly YYYY-MM-DD and a day that exists.
    if not isinstance(instance, str):
        return True
    if not _DATE_RE.fullmatch(instance):
        return False
    try:
        date.fromisoformat(instance)
    except ValueError:
        return False
    return True


@lru_cache(maxsize=1)
def _validator() -> Draft202012Validator:
    checker = FormatChecker(formats=())
    checker.checks("date")(_strict_date)
    schema = facts_schema()
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=checker)


def _path(error: ValidationError) -> str:
    return ".".join(str(p) for p in error.absolute_path)


def _describe(error: ValidationError) -> tuple[str, str]:
    """(field path, message) in plain words."""
    path = _path(error)
    validator = error.validator
    if validator == "required":
        missing = error.message.split("'")[1] if "'" in error.message else "?"
        field = f"{path}.{missing}" if path else missing
        return field, "is required"
    if validator == "additionalProperties":
        extras = sorted(set(error.instance) - set(error.schema.get("properties", {})))
        field = f"{path}.{extras[0]}" if path else (extras[0] if extras else "")
        return field, "is not a known field (check the spelling)"
    if validator == "enum":
        allowed = ", ".join(str(v) for v in error.validator_value)
        return path, f"{error.instance!r} is not one of: {allowed}"
    if validator == "format" and error.validator_value == "date":
        return path, f"{error.instance!r} is not a real date in the form YYYY-MM-DD"
    if validator == "type":
        return path, f"must be of type {error.validator_value}, got {type(error.instance).__name__}"
    return path, error.message


MAX_FACTS_JSON_CHARS = 200_000  # serialized as app/records.py stores them (one rule with bundles)


def validate_facts(facts: object) -> dict[str, Any]:
    """A validated deep copy of `facts`, or InvalidFacts naming the first wrong field."""
    if not isinstance(facts, dict):
        raise InvalidFacts("facts must be a JSON object", field="")
    errors = sorted(_validator().iter_errors(facts), key=lambda e: (_path(e), str(e.validator)))
    if errors:
        field, message = _describe(errors[0])
        more = f" (and {len(errors) - 1} more problem(s))" if len(errors) > 1 else ""
        raise InvalidFacts(f"{field or 'facts'}: {message}{more}", field=field)
    checked = copy.deepcopy(facts)
    last_seen = checked.get("last_seen")
    if last_seen is not None and last_seen < checked["date"]:
        raise InvalidFacts(
            f"last_seen: {last_seen} is before date {checked['date']} "
            "(the last time seen cannot precede the first time)",
            field="last_seen",
        )
    size = len(json.dumps(checked, ensure_ascii=False, sort_keys=True))
    if size > MAX_FACTS_JSON_CHARS:  # bundles carry at most this much (issue 19 item 5)
        raise InvalidFacts(
            f"the facts are {size:,} characters long; at most {MAX_FACTS_JSON_CHARS:,} are kept "
            "(put long text into notes or an evidence file)",
            field="",
        )
    handler = checked.get("handler") or {}
    uscc = handler.get("uscc")
    if uscc is not None and uscc != "":
        problem = uscc_problem(uscc)
        if problem:
            raise InvalidFacts(f"handler.uscc: {problem}", field="handler.uscc")
    return checked


def require_letter_answers(facts: dict[str, Any]) -> None:
    """MissingAnswers unless the record has what every letter needs: a date, the place type, and
    where it happened or who did it (place name, address or handler name). Everything else may stay
    unknown. Checked before a record is saved from the form, so a blank form is never a record."""
    def given(value: object) -> bool:
        return isinstance(value, str) and value.strip() != ""

    if not given(facts.get("date")):
        raise MissingAnswers("date: the date it happened is needed", field="date")
    if not given(facts.get("place_type")):
        raise MissingAnswers("place_type: the kind of place is needed", field="place_type")
    handler = facts.get("handler") or {}
    if not (given(facts.get("place_name")) or given(facts.get("address")) or given(handler.get("name"))):
        raise MissingAnswers(
            "place_name: the place (its name or address) or the handler's name is needed", field="place_name"
        )


def processing_date(facts: dict[str, Any]) -> date:
    """The last known processing date: last_seen, defaulting to date."""
    return date.fromisoformat(str(facts.get("last_seen") or facts["date"]))
