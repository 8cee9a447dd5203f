"""Dates as people type them: 2026-12-01, 20261201, 2026/12/1, 2026.12.1, 2026年12月1日.

A typed date is read exactly as written or refused with the reason; it is never "corrected" into
another day (Qt's QDateEdit turned 20261201 into 2026-10-01 — the bug this module exists for).
The UI date field and the CLI share this parser, so a date means the same everywhere.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import Enum

from app.errors import TypedDateRefused

# Year, month and day separated by -, /, . or a space, or 年/月/日; or eight digits in a row.
_SEPARATED = re.compile(r"(\d{4})\s*[-/.\s年]\s*(\d{1,2})\s*[-/.\s月]\s*(\d{1,2})\s*日?")
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})")
_FULLWIDTH = str.maketrans("０１２３４５６７８９－／．　", "0123456789-/. ")


class DateProblem(Enum):
    """Why a typed date was refused (the UI turns each into a sentence)."""

    EMPTY = "empty"
    NOT_A_DATE = "not_a_date"  # not in any of the accepted forms
    NO_SUCH_DAY = "no_such_day"  # the form is right but the day does not exist (2026-02-30)
    AFTER_LATEST = "after_latest"  # e.g. in the future where only the past makes sense
    BEFORE_EARLIEST = "before_earliest"  # e.g. before the record's first date


@dataclass(frozen=True)
class DateRange:
    earliest: date | None = None
    latest: date | None = None


def parse_typed_date(text: str, allowed: DateRange | None = None) -> date:
    """The one day `text` names, or TypedDateRefused saying why not (nothing is guessed)."""
    cleaned = text.translate(_FULLWIDTH).strip()
    if not cleaned:
        raise TypedDateRefused("no date was entered", DateProblem.EMPTY.value)
    match = _SEPARATED.fullmatch(cleaned) or _COMPACT.fullmatch(cleaned)
    if match is None:
        raise TypedDateRefused(f"not a date in a known form: {text!r}", DateProblem.NOT_A_DATE.value)
    year, month, day = (int(part) for part in match.groups())
    try:
        value = date(year, month, day)
    except ValueError:
        raise TypedDateRefused(f"there is no such day: {text!r}", DateProblem.NO_SUCH_DAY.value) from None
    if allowed is not None:
        if allowed.latest is not None and value > allowed.latest:
            raise TypedDateRefused(
                f"{value.isoformat()} is after {allowed.latest.isoformat()}", DateProblem.AFTER_LATEST.value
            )
        if allowed.earliest is not None and value < allowed.earliest:
            raise TypedDateRefused(
                f"{value.isoformat()} is before {allowed.earliest.isoformat()}",
                DateProblem.BEFORE_EARLIEST.value,
            )
    return value


__all__ = ["DateProblem", "DateRange", "TypedDateRefused", "parse_typed_date"]
