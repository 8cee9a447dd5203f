"""The official holiday schedule carried by a signed update pack (`calendar/holidays.json`).

Each autumn the State Council's General Office publishes the next year's holiday and make-up workday
(调休) schedule. The app ships the `chinese-calendar` package, which knows only the years published
before its release; a signed update pack can carry the schedule of a new year so that due dates become
exact without a new release of the app.

Payload (strict JSON, unknown keys refused):

    {"format": 1,
     "years": [{"year": 2027,
                "source": "国务院办公厅关于2027年部分节假日安排的通知",
                "rest_days": [{"name": "春节", "from": "2027-02-05", "to": "2027-02-13"}, ...],
                "workdays": ["2027-02-14", ...]}]}

`rest_days` are the official rest periods (weekends inside them included); `workdays` are the make-up
workdays, which are always a Saturday or a Sunday. A year is covered only as a whole: a date in a
listed year is a working day when it is a make-up workday, or a Monday–Friday outside every rest
period. The file is checked when a pack is verified (nothing is installed if it is wrong) and again
when it is read from the installed pack.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.errors import UpdateError, UpdateVerificationError
from app.update.strictjson import JsonLimitError, loads_limited

log = logging.getLogger(__name__)

CALENDAR_PATH = "calendar/holidays.json"
HOLIDAYS_FILE = "holidays.json"
FORMAT = 1
MAX_BYTES = 256 * 1024
MAX_YEARS = 30
MAX_PERIODS = 40
MAX_REST_PERIOD_DAYS = 15  # the longest official rest period so far (2020's extended Spring Festival was 10)
# A New Year rest period can begin in the last days of December (2018: 2017-12-30 to 2018-01-01).
_EDGE = dt.timedelta(days=7)


@dataclass(frozen=True)
class RestPeriod:
    name: str
    first: dt.date
    last: dt.date

    def days(self) -> Iterable[dt.date]:
        day = self.first
        while day <= self.last:
            yield day
            day += dt.timedelta(days=1)


@dataclass(frozen=True)
class YearSchedule:
    year: int
    source: str
    rest_periods: tuple[RestPeriod, ...]
    workdays: frozenset[dt.date]


@dataclass(frozen=True)
class HolidaySchedule:
    """Official schedules for whole years; look-ups only for the years listed."""

    years: dict[int, YearSchedule]
    rest_days: frozenset[dt.date]
    workdays: frozenset[dt.date]

    def covers(self, year: int) -> bool:
        return year in self.years

    def is_workday(self, day: dt.date) -> bool:
        """Only for a day in a covered year (ask `covers` first)."""
        return day in self.workdays or (day.weekday() <= 4 and day not in self.rest_days)

    def source_of(self, year: int) -> str:
        return self.years[year].source


EMPTY = HolidaySchedule({}, frozenset(), frozenset())


def _fail(message: str) -> UpdateVerificationError:
    return UpdateVerificationError(f"the pack's holiday calendar is invalid: {message}")


def _date(value: object, where: str) -> dt.date:
    if not isinstance(value, str) or len(value) != 10:
        raise _fail(f"{where} must be a date YYYY-MM-DD")
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise _fail(f"{where} is not a real date: {value!r}") from None


def _text(value: object, where: str, limit: int) -> str:
    if not isinstance(value, str) or not value.strip() or len(value) > limit:
        raise _fail(f"{where} must be text of 1–{limit} characters")
    if any(ord(c) < 32 for c in value):
        raise _fail(f"{where} must be one line")
    return value.strip()


def _near_year(day: dt.date, year: int, where: str) -> None:
    if not dt.date(year, 1, 1) - _EDGE <= day <= dt.date(year, 12, 31) + _EDGE:
        raise _fail(f"{where} {day.isoformat()} is not in {year}")


def _year(raw: object) -> YearSchedule:
    if not isinstance(raw, dict) or set(raw) != {"year", "source", "rest_days", "workdays"}:
        raise _fail("each year needs exactly year, source, rest_days and workdays")
    year = raw["year"]
    if type(year) is not int or not 2000 <= year <= 2200:
        raise _fail("year must be a whole number from 2000 to 2200")
    source = _text(raw["source"], f"{year}.source", 300)
    periods_raw = raw["rest_days"]
    if not isinstance(periods_raw, list) or not 1 <= len(periods_raw) <= MAX_PERIODS:
        raise _fail(f"{year}.rest_days must list 1–{MAX_PERIODS} rest periods")
    periods: list[RestPeriod] = []
    for n, item in enumerate(periods_raw):
        where = f"{year}.rest_days[{n}]"
        if not isinstance(item, dict) or set(item) != {"name", "from", "to"}:
            raise _fail(f"{where} needs exactly name, from and to")
        first, last = _date(item["from"], f"{where}.from"), _date(item["to"], f"{where}.to")
        _near_year(first, year, f"{where}.from")
        _near_year(last, year, f"{where}.to")
        if last < first or (last - first).days + 1 > MAX_REST_PERIOD_DAYS:
            raise _fail(f"{where} must run forwards over at most {MAX_REST_PERIOD_DAYS} days")
        periods.append(RestPeriod(_text(item["name"], f"{where}.name", 40), first, last))
    rest = {day for period in periods for day in period.days()}
    workdays_raw = raw["workdays"]
    if not isinstance(workdays_raw, list) or len(workdays_raw) > 3 * MAX_PERIODS:
        raise _fail(f"{year}.workdays must be a list of dates")
    workdays: set[dt.date] = set()
    for n, value in enumerate(workdays_raw):
        day = _date(value, f"{year}.workdays[{n}]")
        _near_year(day, year, f"{year}.workdays[{n}]")
        if day.weekday() < 5:
            # A make-up workday is by definition a weekend day; a weekday here is a typing error.
            raise _fail(f"make-up workday {day.isoformat()} is not a Saturday or Sunday")
        if day in rest:
            raise _fail(f"{day.isoformat()} is both a rest day and a make-up workday")
        workdays.add(day)
    return YearSchedule(year, source, tuple(periods), frozenset(workdays))


def parse_holidays(data: bytes) -> HolidaySchedule:
    """Strictly parse `calendar/holidays.json`; UpdateVerificationError with the reason."""
    try:
        doc = loads_limited(data, max_bytes=MAX_BYTES, max_depth=5)
    except JsonLimitError as exc:
        raise _fail(f"not acceptable JSON ({exc})") from None
    if not isinstance(doc, dict) or set(doc) != {"format", "years"}:
        raise _fail("it must be an object with exactly format and years")
    if type(doc["format"]) is not int or doc["format"] != FORMAT:
        raise _fail(f"format {doc['format']!r} is not supported by this app")
    years_raw = doc["years"]
    if not isinstance(years_raw, list) or not 1 <= len(years_raw) <= MAX_YEARS:
        raise _fail(f"years must list 1–{MAX_YEARS} years")
    years: dict[int, YearSchedule] = {}
    for raw in years_raw:
        schedule = _year(raw)
        if schedule.year in years:
            raise _fail(f"year {schedule.year} is listed twice")
        years[schedule.year] = schedule
    rest = frozenset(d for y in years.values() for p in y.rest_periods for d in p.days())
    work = frozenset(d for y in years.values() for d in y.workdays)
    clash = sorted(rest & work)
    if clash:
        raise _fail(f"{clash[0].isoformat()} is both a rest day and a make-up workday")
    return HolidaySchedule(years, rest, work)


def installed_holidays() -> HolidaySchedule:
    """The schedule of the installed, re-verified pack; EMPTY when there is none or it is unusable.

    Never raises: a damaged pack must not stop due dates from being computed (they fall back to the
    chinese-calendar package and, past it, to a marked estimate)."""
    from app.update.store import installed_payload_dir  # the store imports much; only when needed

    folder: Path | None = installed_payload_dir("calendar")
    if folder is None:
        return EMPTY
    try:
        return parse_holidays((folder / HOLIDAYS_FILE).read_bytes())
    except (UpdateError, OSError) as exc:
        log.warning("holiday calendar of the installed pack ignored: %s", exc)
        return EMPTY


def schedule_to_json(schedule: YearSchedule) -> dict[str, Any]:
    """One year in the payload's form (for building packs and for tests)."""
    return {
        "year": schedule.year,
        "source": schedule.source,
        "rest_days": [
            {"name": p.name, "from": p.first.isoformat(), "to": p.last.isoformat()}
            for p in schedule.rest_periods
        ],
        "workdays": sorted(d.isoformat() for d in schedule.workdays),
    }
