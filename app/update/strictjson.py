"""JSON from untrusted bytes, with the limits checked before and during parsing (TEST-MATRIX I6).

Size is checked first, so a huge document is refused without being read into the parser. Nesting
depth is measured by a linear scan before `json.loads`, so a 100k-deep document never reaches the
recursive parser. Integers longer than a few dozen digits, NaN/Infinity and duplicate object keys are
refused while parsing. Every refusal is a `ValueError` subclass with a plain message; callers turn it
into their own typed error.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

DEFAULT_MAX_BYTES = 64 * 1024
DEFAULT_MAX_DEPTH = 32
MAX_INT_DIGITS = 20


class JsonLimitError(ValueError):
    """The document breaks a limit or is not strict UTF-8 JSON."""


_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_BRACKET = re.compile(r"[\[\]{}]")


def _nesting_depth(text: str, limit: int) -> int:
    """Deepest `[`/`{` nesting outside strings; stops as soon as `limit` is exceeded.

    Strings are cut out first (a regex, linear), so only bracket characters are visited in Python.
    An unterminated string leaves its brackets counted, which can only over-estimate the depth.
    """
    depth = deepest = 0
    for match in _BRACKET.finditer(_STRING.sub("", text)):
        if match.group() in "[{":
            depth += 1
            if depth > deepest:
                deepest = depth
                if deepest > limit:
                    return deepest
        else:
            depth -= 1
    return deepest


def _parse_int(digits: str) -> int:
    if len(digits.lstrip("-")) > MAX_INT_DIGITS:
        raise JsonLimitError(f"an integer has more than {MAX_INT_DIGITS} digits")
    return int(digits)


def _parse_float(text: str) -> float:
    if len(text) > 40:
        raise JsonLimitError("a number is longer than 40 characters")
    value = float(text)
    if not math.isfinite(value):
        raise JsonLimitError("a number is out of range")
    return value


def _reject_constant(name: str) -> Any:
    raise JsonLimitError(f"{name} is not allowed")


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise JsonLimitError(f"duplicate key {key[:40]!r}")
        result[key] = value
    return result


def loads_limited(
    data: bytes, *, max_bytes: int = DEFAULT_MAX_BYTES, max_depth: int = DEFAULT_MAX_DEPTH
) -> Any:
    """Parse `data` (UTF-8 JSON) or raise JsonLimitError; never RecursionError or MemoryError."""
    if len(data) > max_bytes:
        raise JsonLimitError(f"document is {len(data)} bytes, more than the limit of {max_bytes}")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise JsonLimitError(f"not UTF-8 (byte {exc.start})") from None
    if text.startswith("\ufeff"):
        raise JsonLimitError("a byte-order mark is not allowed")
    if _nesting_depth(text, max_depth) > max_depth:
        raise JsonLimitError(f"nested deeper than {max_depth} levels")
    try:
        return json.loads(
            text,
            parse_int=_parse_int,
            parse_float=_parse_float,
            parse_constant=_reject_constant,
            object_pairs_hook=_no_duplicate_keys,
        )
    except JsonLimitError:
        raise
    except (json.JSONDecodeError, ValueError, RecursionError) as exc:
        raise JsonLimitError(f"not valid JSON: {exc}") from None
