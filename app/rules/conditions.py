"""The small interpreter for the library's declarative conditions (see resources/rules/README.md).

A condition is one of:
  {"always": true}
  {"fact": "consent", "in": [...]}  /  "not_in"  /  "eq"  /  "ne"  /  "in_group": "public"
  {"city": "hangzhou"}            the record's city matches a city with local rules
  {"ground": "face_only_way"}     a ground holds (only after grounds are evaluated)
  {"breach_ground": true}         any ground marked "breach" holds
  {"request": "withdraw_consent"} that request type is suggested
  {"ref": "is_property"}          a named condition from the library's "definitions"
  {"all_of": [...]}, {"any_of": [...]}, {"not": {...}}

Facts missing from the record are unknown: `in` / `eq` are false for them, `not_in` / `ne` true
(an unknown purpose is "not security"). Evaluation also reports which facts made it true, so that a
ground can name them in its explanation.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from app.rules.model import Condition

_MISSING = object()


def fact_value(facts: Mapping[str, Any], path: str) -> Any:
    """The value at a dotted path ("handler.kind"), or a private MISSING marker."""
    value: Any = facts
    for part in path.split("."):
        if not isinstance(value, Mapping) or part not in value:
            return _MISSING
        value = value[part]
    return value


def is_missing(value: Any) -> bool:
    return value is _MISSING


@dataclass(frozen=True)
class Context:
    facts: Mapping[str, Any]
    city: str | None
    place_groups: Mapping[str, frozenset[str]]
    definitions: Mapping[str, Condition]
    grounds: frozenset[str] = frozenset()
    breach: bool = False
    requests: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Outcome:
    holds: bool
    facts: tuple[str, ...] = field(default=())  # fact paths that made it hold, in first-seen order


_FALSE = Outcome(False)


def _merge(outcomes: list[Outcome]) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for outcome in outcomes:
        for name in outcome.facts:
            seen.setdefault(name, None)
    return tuple(seen)


def evaluate(condition: Condition, ctx: Context, _depth: int = 0) -> Outcome:
    if _depth > 50:
        raise ValueError("condition nested too deeply (a definition refers to itself?)")
    if "always" in condition:
        return Outcome(True)
    if "fact" in condition:
        return _evaluate_fact(condition, ctx)
    if "city" in condition:
        return Outcome(True, ("city",)) if ctx.city == condition["city"] else _FALSE
    if "ground" in condition:
        return Outcome(condition["ground"] in ctx.grounds)
    if "breach_ground" in condition:
        return Outcome(ctx.breach)
    if "request" in condition:
        return Outcome(condition["request"] in ctx.requests)
    if "ref" in condition:
        return evaluate(ctx.definitions[condition["ref"]], ctx, _depth + 1)
    if "all_of" in condition:
        parts = [evaluate(c, ctx, _depth + 1) for c in condition["all_of"]]
        return Outcome(True, _merge(parts)) if all(p.holds for p in parts) else _FALSE
    if "any_of" in condition:
        parts = [evaluate(c, ctx, _depth + 1) for c in condition["any_of"]]
        true_parts = [p for p in parts if p.holds]
        return Outcome(True, _merge(true_parts)) if true_parts else _FALSE
    if "not" in condition:
        inner = evaluate(condition["not"], ctx, _depth + 1)
        if inner.holds:
            return _FALSE
        read = referenced_facts(condition["not"], ctx.definitions)
        return Outcome(True, tuple(f for f in read if not is_missing(fact_value(ctx.facts, f))))
    raise ValueError(f"unknown condition: {condition!r}")


def _evaluate_fact(condition: Condition, ctx: Context) -> Outcome:
    path = condition["fact"]
    value = fact_value(ctx.facts, path)
    missing = is_missing(value)
    if "in" in condition:
        holds = not missing and value in condition["in"]
    elif "not_in" in condition:
        holds = missing or value not in condition["not_in"]
    elif "eq" in condition:
        holds = not missing and value == condition["eq"]
    elif "ne" in condition:
        holds = missing or value != condition["ne"]
    elif "in_group" in condition:
        holds = not missing and value in ctx.place_groups[condition["in_group"]]
    else:
        raise ValueError(f"fact condition without an operator: {condition!r}")
    if not holds:
        return _FALSE
    return Outcome(True, () if missing else (path,))


def referenced_facts(
    condition: Condition, definitions: Mapping[str, Condition], _depth: int = 0
) -> tuple[str, ...]:
    """Every fact path a condition reads (for `not`, and for the library's consistency checks)."""
    if _depth > 50:
        raise ValueError("condition nested too deeply (a definition refers to itself?)")
    found: dict[str, None] = {}
    if "fact" in condition:
        found[condition["fact"]] = None
    elif "city" in condition:
        found["city"] = None
    elif "ref" in condition:
        found.update(dict.fromkeys(referenced_facts(definitions[condition["ref"]], definitions, _depth + 1)))
    for key in ("all_of", "any_of"):
        for child in condition.get(key, ()):
            found.update(dict.fromkeys(referenced_facts(child, definitions, _depth + 1)))
    if "not" in condition:
        found.update(dict.fromkeys(referenced_facts(condition["not"], definitions, _depth + 1)))
    return tuple(found)


def walk(condition: Condition) -> list[Condition]:
    """The condition and all its sub-conditions (without following refs)."""
    out = [condition]
    for key in ("all_of", "any_of"):
        for child in condition.get(key, ()):
            out.extend(walk(child))
    if "not" in condition:
        out.extend(walk(condition["not"]))
    return out
