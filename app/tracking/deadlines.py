"""Due dates for requests: mainland working days on the official calendar, and calendar-day periods.

Working days follow the State Council's yearly holiday schedule, including make-up workdays (调休,
e.g. a Sunday that is a workday), as published in the `chinese-calendar` package or carried by a
signed update pack (`calendar/holidays.json`, app/update/holidays.py) for years announced after the
package's release. `is_workday` / `period_end` use official schedules only and raise
CalendarNotCovered otherwise. `due_date` never blocks: past the last official year it counts by rule
(weekdays less the statutory holidays, 补假 included) and marks the result `estimated`, with why —
the yearly 调休 swaps cannot be known in advance, so an estimate can be a few days off, and nothing
may present it as the date itself (letters never state an estimated date).

Counting convention (said in every basis text): the day of sending is not counted; the period starts
the next day, and the due date is the last day of the period. Periods that run from receipt (the
letters ask for a reply "于收到本函之日起…内"; PDPO s19 and Hangzhou Art. 50 say "after receiving")
start the day after the recorded delivery date instead, once the user records one; until then the
basis says that the real due date may be later.

Each due date carries its basis in Chinese and English and whether a statute sets it. Only two of
the periods here are statutory (Hong Kong PDPO s19, Hangzhou Property Regulation Art. 50 ¶3); the
mainland default of 15 working days is regulators' practice the letter asks for, and the 30-day
second reminder is best practice under GB/T 35273-2020 — neither is a "法定期限".
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass
from enum import StrEnum

import chinese_calendar
from lunardate import LunarDate

from app.errors import CalendarNotCovered, InvalidInput
from app.update.holidays import HolidaySchedule, installed_holidays


class PeriodUnit(StrEnum):
    WORKING_DAYS = "working_days"
    CALENDAR_DAYS = "calendar_days"


class PeriodKind(StrEnum):
    """Where a period comes from; decides its wording and whether it is statutory."""

    MAINLAND_REQUESTED = "mainland_requested"  # what the letter asks for (default 15 working days)
    HK_PDPO_S19 = "hk_pdpo_s19"  # 40 days, statutory (Hong Kong data access)
    HANGZHOU_PROPERTY = "hangzhou_property"  # 10 days, statutory in Hangzhou (property complaints)
    SECOND_REMINDER = "second_reminder"  # 30 days after sending, GB/T 35273-2020 best practice
    # A complaint's rung: the regulator's own period where REFERENCE gives one (SAMR complaint rules
    # Art. 14: decide within 7 working days whether to accept), else a follow-up date that no law sets.
    REGULATOR_ACCEPTANCE = "regulator_acceptance"
    COMPLAINT_FOLLOW_UP = "complaint_follow_up"


class Anchor(StrEnum):
    """The day a period is counted from."""

    SENT = "sent"
    DELIVERED = "delivered"


@dataclass(frozen=True)
class Period:
    days: int
    unit: PeriodUnit
    kind: PeriodKind
    statutory: bool
    # Where the handler's clock starts in the rule: a statute that says "after receiving" runs from
    # receipt, so we count from the recorded delivery date when there is one.
    runs_from_receipt: bool
    # A statutory calendar-day period whose last day is a rest day or public holiday runs on to the
    # next working day (the general rule for periods in mainland law). Applied so that the app never
    # calls a handler late a day or a week too early; see `period_end`.
    rolls_to_workday: bool = False

    def __post_init__(self) -> None:
        if not 1 <= self.days <= 366:
            raise InvalidInput(f"a reply period must be 1 to 366 days, not {self.days}", field="reply_period")


DEFAULT_WORKING_DAYS = 15

# The 15-working-day default is regulators' practice (REFERENCE "Deadlines the app computes").
# The letters ask for a reply "于收到本函之日起…内" (from receipt), hence runs_from_receipt.
MAINLAND_DEFAULT = Period(
    DEFAULT_WORKING_DAYS,
    PeriodUnit.WORKING_DAYS,
    PeriodKind.MAINLAND_REQUESTED,
    statutory=False,
    runs_from_receipt=True,
)
# PDPO s19(1): comply "not later than 40 days after receiving" a data access request.
HK_PDPO_S19 = Period(
    40, PeriodUnit.CALENDAR_DAYS, PeriodKind.HK_PDPO_S19, statutory=True, runs_from_receipt=True
)
# Hangzhou Property Regulation Art. 50 ¶3: "物业服务人应当自收到投诉之日起十日内作出答复".
# Calendar days: the same regulation writes "十个工作日" where it means working days (Art. 10 ¶2,
# Art. 11), so its plain "十日" are calendar days. The period runs from receipt (自收到投诉之日起).
HANGZHOU_PROPERTY = Period(
    10,
    PeriodUnit.CALENDAR_DAYS,
    PeriodKind.HANGZHOU_PROPERTY,
    statutory=True,
    runs_from_receipt=True,
    rolls_to_workday=True,
)
# GB/T 35273-2020 §8.7 (wording unverified, so never quoted): a second reminder 30 days after sending.
SECOND_REMINDER = Period(
    30, PeriodUnit.CALENDAR_DAYS, PeriodKind.SECOND_REMINDER, statutory=False, runs_from_receipt=False
)


# SAMR complaint rules (《市场监督管理投诉举报处理暂行办法》) Art. 14: within 7 working days of receiving a
# complaint the market regulator decides whether to accept it — the regulator's own deadline.
MARKET_REGULATOR_ACCEPTANCE = Period(
    7, PeriodUnit.WORKING_DAYS, PeriodKind.REGULATOR_ACCEPTANCE, statutory=True, runs_from_receipt=True
)
# No law gives 网信, the housing department, the police or the PCPD a period to answer a complaint: the
# app reminds the person to follow up after the 15 working days regulators use in practice.
COMPLAINT_FOLLOW_UP = Period(
    15, PeriodUnit.WORKING_DAYS, PeriodKind.COMPLAINT_FOLLOW_UP, statutory=False, runs_from_receipt=False
)


# The most a letter may ask for (issue 19): longer than any period regulators use (15 working days) and
# than the PDPO's 40 days; a "reply within 10,000 days" letter helps nobody and is surely a typing error.
MAX_REPLY_DAYS = 60


def check_reply_days(value: object) -> int:
    """A reply period the user typed (CLI text, a spin box, JSON): a whole number of days, 1–60.

    InvalidInput with a sentence for anything else — "-5", "1e30", "10.5", True, "" — so that a bad
    value is refused before anything is written, wherever it comes from."""
    text = value.strip() if isinstance(value, str) else value
    number: int | None = None
    if isinstance(text, int) and not isinstance(text, bool):
        number = text
    elif isinstance(text, str) and text.isascii() and text.isdigit() and len(text) <= 3:
        number = int(text)
    if number is None or not 1 <= number <= MAX_REPLY_DAYS:
        shown = str(value)[:20] if not isinstance(value, str) else repr(value[:20])
        raise InvalidInput(
            f"the reply period must be a whole number of days from 1 to {MAX_REPLY_DAYS}, not {shown}",
            field="reply_days",
        )
    return number


def mainland_requested(days: int, unit: PeriodUnit = PeriodUnit.WORKING_DAYS) -> Period:
    """The period a mainland letter asks for (the user may pick another than the default)."""
    return Period(days, unit, PeriodKind.MAINLAND_REQUESTED, statutory=False, runs_from_receipt=True)


# --- the calendar --------------------------------------------------------------------------------
#
# Three sources, best first: the holiday schedule of an installed signed update pack (for years it
# lists; app/update/holidays.py), the chinese-calendar package (the years published before its
# release), and — only for years after the last official one — an estimate by rule, which every due
# date computed from it says it is (DueDate.estimated).


# Cached: the installed package's data cannot change while we run, and recomputing this set on every
# is_workday() call made each due date cost ~4 ms (importing a 1,000-record bundle spent 5 of its 12 s
# here; tests/benchmarks found it).
@functools.lru_cache(maxsize=1)
def calendar_years() -> tuple[int, int]:
    """First and last year the installed chinese-calendar package has official data for."""
    years = sorted({day.year for day in chinese_calendar.holidays})
    return years[0], years[-1]


@functools.lru_cache(maxsize=1)
def _pack_schedule() -> HolidaySchedule:
    return installed_holidays()


def reset_calendar_cache() -> None:
    """Forget the installed pack's schedule (call after installing a pack in this process)."""
    _pack_schedule.cache_clear()


def last_official_year() -> int:
    """The last year with an official schedule here (package or installed pack)."""
    pack_years = list(_pack_schedule().years)
    return max([calendar_years()[1], *pack_years])


def official_source(year: int) -> str | None:
    """Where the official schedule of `year` comes from: "pack", "package" or None (not covered)."""
    if _pack_schedule().covers(year):
        return "pack"
    first, last = calendar_years()
    return "package" if first <= year <= last else None


def calendar_not_covered(year: int) -> CalendarNotCovered:
    first, last = calendar_years()
    return CalendarNotCovered(
        f"the official holiday calendar for {year} is not available: the installed chinese-calendar "
        f"package covers {first}-{last} and no installed update pack carries {year}; install an update "
        f"pack with the {year} schedule (or a newer chinese-calendar package) to count working days "
        f"in {year} exactly",
        year=year,
    )


def is_workday(day: dt.date) -> bool:
    """True on a mainland working day (weekdays that are not holidays, plus make-up workdays).

    Official schedules only; CalendarNotCovered for a year without one (see `estimated_is_workday`)."""
    schedule = _pack_schedule()
    if schedule.covers(day.year):
        return schedule.is_workday(day)
    first, last = calendar_years()
    if not first <= day.year <= last:
        raise calendar_not_covered(day.year)
    # The package's own rule (chinese_calendar.is_workday), looked up directly: its wrapper rescans
    # the whole holiday table (min/max) on every call, ~50 µs, which made long imports slow.
    return day in chinese_calendar.workdays or (day.weekday() <= 4 and day not in chinese_calendar.holidays)


# --- the estimate past the last official year ------------------------------------------------------
#
# 《全国年节及纪念日放假办法》 (as revised with effect from 2025-01-01) gives every citizen these days off:
# 元旦 1 January; 春节 four days, 除夕 and the first three days of the first lunar month; 清明 the day of
# the Qingming solar term; 劳动节 1–2 May; 端午 the fifth day of the fifth lunar month; 中秋 the fifteenth
# day of the eighth lunar month; 国庆 1–3 October. A holiday that falls on a Saturday or Sunday is made
# up on a working day (补假). What no rule fixes is the yearly swap of weekdays and weekends (调休) that
# makes the long breaks: that is why an estimate can differ by a few days from the official schedule
# the State Council publishes each autumn, and why it is always shown as an estimate.

HOLIDAY_RULE_ZH = (
    "按周一至周五为工作日，扣除《全国年节及纪念日放假办法》规定的法定节假日（元旦、春节、清明节、劳动节、端午节、"
    "中秋节、国庆节，逢周六、周日补假）推算；未计入每年另行公布的调休安排"
)
HOLIDAY_RULE_EN = (
    "counted on Monday to Friday less the public holidays fixed by the national holiday rules (New Year, "
    "Spring Festival, Qingming, Labour Day, Dragon Boat, Mid-Autumn and National Day, made up on a "
    "weekday when they fall on a weekend); the weekday/weekend swaps published each year are not known yet"
)


@functools.lru_cache(maxsize=64)
def statutory_holidays_by_rule(year: int) -> frozenset[dt.date]:
    """The public holidays of `year` by rule, with weekend holidays made up on the next free weekday."""
    spring: dt.date = LunarDate(year, 1, 1).to_solar_date()
    days = [
        dt.date(year, 1, 1),
        spring - dt.timedelta(days=1),  # 除夕
        spring,
        spring + dt.timedelta(days=1),
        spring + dt.timedelta(days=2),
        _qingming(year),
        dt.date(year, 5, 1),
        dt.date(year, 5, 2),
        _lunar(year, 5, 5),
        _lunar(year, 8, 15),
        dt.date(year, 10, 1),
        dt.date(year, 10, 2),
        dt.date(year, 10, 3),
    ]
    holidays = set(days)
    for day in sorted(days):
        if day.weekday() >= 5:
            substitute = day
            while substitute.weekday() >= 5 or substitute in holidays:
                substitute += dt.timedelta(days=1)
            holidays.add(substitute)
    return frozenset(holidays)


def _lunar(year: int, month: int, day: int) -> dt.date:
    solar: dt.date = LunarDate(year, month, day).to_solar_date()
    return solar


def _qingming(year: int) -> dt.date:
    terms = chinese_calendar.get_solar_terms(dt.date(year, 4, 1), dt.date(year, 4, 10))
    qingming: dt.date = next(day for day, name in terms if name == "清明")
    return qingming


def estimated_is_workday(day: dt.date) -> bool:
    """Working day by rule (no make-up workdays): only for years after the last official one."""
    return day.weekday() <= 4 and day not in statutory_holidays_by_rule(day.year)


def _workday(day: dt.date, allow_estimate: bool) -> tuple[bool, bool]:
    """(is it a working day, was it estimated)."""
    try:
        return is_workday(day), False
    except CalendarNotCovered:
        if not allow_estimate or day.year <= last_official_year():
            raise
        return estimated_is_workday(day), True


def _add_working_days(start: dt.date, days: int, allow_estimate: bool) -> tuple[dt.date, bool]:
    if days < 1:
        raise InvalidInput(f"working days to add must be at least 1, not {days}")
    day = start
    counted = 0
    estimated = False
    while counted < days:
        day += dt.timedelta(days=1)
        workday, guessed = _workday(day, allow_estimate)
        estimated = estimated or guessed
        if workday:
            counted += 1
    return day, estimated


def add_working_days(start: dt.date, days: int) -> dt.date:
    """The `days`-th working day after `start` (start itself never counts). Official calendar only."""
    return _add_working_days(start, days, allow_estimate=False)[0]


def add_calendar_days(start: dt.date, days: int) -> dt.date:
    """The last day of a period of `days` calendar days that starts the day after `start`."""
    if days < 1:
        raise InvalidInput(f"days to add must be at least 1, not {days}")
    return start + dt.timedelta(days=days)


def period_end(start: dt.date, period: Period) -> dt.date:
    """Last day of `period` counted from the day after `start`. Raises CalendarNotCovered."""
    return _period_end(start, period, allow_estimate=False)[0]


def period_end_or_estimate(start: dt.date, period: Period) -> tuple[dt.date, bool]:
    """Like `period_end`, but past the last official year counted by rule: (date, estimated)."""
    return _period_end(start, period, allow_estimate=True)


def _period_end(start: dt.date, period: Period, allow_estimate: bool) -> tuple[dt.date, bool]:
    if period.unit is PeriodUnit.WORKING_DAYS:
        return _add_working_days(start, period.days, allow_estimate)
    end = add_calendar_days(start, period.days)
    estimated = False
    if period.rolls_to_workday:
        while True:
            workday, guessed = _workday(end, allow_estimate)
            estimated = estimated or guessed
            if workday:
                break
            end += dt.timedelta(days=1)
    return end, estimated


# --- due dates with their basis ---------------------------------------------------------------


@dataclass(frozen=True)
class DueDate:
    """A computed due date, or the reason it cannot be computed (date is None then)."""

    date: dt.date | None
    period: Period
    anchor: Anchor
    anchor_date: dt.date
    basis_zh: str
    basis_en: str
    unknown_reason: str | None = None
    # True when part of the period lies in a year without an official holiday schedule here: the date
    # was then counted by rule (weekdays less the statutory holidays) and may move by a few days once
    # the official schedule is installed. The basis texts say so and why.
    estimated: bool = False

    @property
    def statutory(self) -> bool:
        return self.period.statutory

    @property
    def known(self) -> bool:
        return self.date is not None

    def display(self) -> str:
        """ISO date (marked when estimated), or 'unknown: …' with the reason (CLI and logs)."""
        if self.date is not None:
            return self.date.isoformat() + (" (estimated)" if self.estimated else "")
        return f"unknown: {self.unknown_reason}"

    def to_json(self) -> dict[str, object]:
        return {
            "date": self.date.isoformat() if self.date else None,
            "days": self.period.days,
            "unit": self.period.unit.value,
            "kind": self.period.kind.value,
            "statutory": self.period.statutory,
            "counted_from": self.anchor.value,
            "counted_from_date": self.anchor_date.isoformat(),
            "basis_zh": self.basis_zh,
            "basis_en": self.basis_en,
            "unknown_reason": self.unknown_reason,
            "estimated": self.estimated,
        }


def _amount(period: Period) -> tuple[str, str]:
    if period.unit is PeriodUnit.WORKING_DAYS:
        return f"{period.days}个工作日", f"{period.days} working days"
    return f"{period.days}日", f"{period.days} calendar days"


def _source(period: Period) -> tuple[str, str]:
    zh_amount, en_amount = _amount(period)
    if period.kind is PeriodKind.MAINLAND_REQUESTED:
        if period.days == DEFAULT_WORKING_DAYS and period.unit is PeriodUnit.WORKING_DAYS:
            return (
                f"函中请求的答复期限{zh_amount}，参照监管实践（法律未规定具体天数，《中华人民共和国个人信息保护法》"
                "要求及时处理），并非法定期限",
                f"the reply period of {en_amount} asked for in the letter, following regulators' practice "
                "(no number of days is set by law; the PIPL requires a prompt reply); "
                "not a statutory deadline",
            )
        return (
            f"函中请求的答复期限{zh_amount}，并非法定期限",
            f"the reply period of {en_amount} asked for in the letter; not a statutory deadline",
        )
    if period.kind is PeriodKind.HK_PDPO_S19:
        return (
            f"法定期限：《个人资料（私隐）条例》第19条，资料使用者须在收到查阅资料要求后{zh_amount}内依从",
            f"statutory: PDPO section 19, a data user must comply with a data access request within "
            f"{en_amount} after receiving it",
        )
    if period.kind is PeriodKind.HANGZHOU_PROPERTY:
        return (
            f"法定期限（杭州市）：《杭州市物业管理条例》第五十条第三款，物业服务人应当自收到投诉之日起十日内作出答复"
            f"（{zh_amount}，按自然日计算）",
            f"statutory in Hangzhou: Hangzhou Property Management Regulation Art. 50 para. 3, the property "
            f"service provider must reply within {en_amount} of receiving a complaint",
        )
    if period.kind is PeriodKind.REGULATOR_ACCEPTANCE:
        return (
            f"监管部门自己的期限：《市场监督管理投诉举报处理暂行办法》第十四条，市场监管部门应当自收到投诉之日起"
            f"{zh_amount}内决定是否受理",
            "the regulator's own deadline: SAMR complaint rules Art. 14, the market regulator decides "
            f"within {en_amount} of receiving a complaint whether to accept it",
        )
    if period.kind is PeriodKind.COMPLAINT_FOLLOW_UP:
        return (
            f"跟进日期：投诉后{zh_amount}，法律未规定该部门答复投诉的期限，此日期仅提醒您跟进，并非法定期限",
            f"follow-up date: {en_amount} after the complaint; no law sets this body a period to answer, "
            "so this is only a reminder to follow up, not a statutory deadline",
        )
    return (
        f"第二次催告：参照GB/T 35273-2020《信息安全技术 个人信息安全规范》推荐做法，发函后{zh_amount}；"
        "推荐性标准，并非法律规定",
        f"second reminder: {en_amount} after sending, best practice under the recommended national "
        "standard GB/T 35273-2020; not law",
    )


def _counting(period: Period, anchor: Anchor, estimated_from: int | None = None) -> tuple[str, str]:
    if anchor is Anchor.DELIVERED:
        zh_from, en_from = "自送达之日的次日起算", "counted from the day after delivery"
    else:
        zh_from, en_from = "自发出之日的次日起算", "counted from the day after sending"
    if period.unit is PeriodUnit.WORKING_DAYS and estimated_from is not None:
        zh = (
            f"{zh_from}，工作日按国务院公布的节假日及调休安排计算，"
            f"其中{estimated_from}年的日子为估算（见下）"
        )
        en = (
            f"{en_from}, on the official holiday and make-up workday calendar except for the days in "
            f"{estimated_from}, which are estimated (see below)"
        )
    elif period.unit is PeriodUnit.WORKING_DAYS:
        zh = f"{zh_from}，按国务院公布的节假日及调休安排计算工作日"
        en = f"{en_from}, on the official holiday and make-up workday calendar"
    else:
        zh = f"{zh_from}，按自然日计算"
        en = f"{en_from}, in calendar days"
        if period.rolls_to_workday:
            zh += "；最后一日为休息日或法定节假日的，顺延至其后第一个工作日"
            en += "; a last day that is a rest day or public holiday moves to the next working day"
    if period.runs_from_receipt and anchor is Anchor.SENT:
        zh += "；该期限自收到之日起算，尚未记录送达日期，实际到期日可能更晚"
        en += (
            "; the period runs from receipt and no delivery date is recorded, "
            "so the real due date may be later"
        )
    return zh, en


def due_date(sent: dt.date, period: Period, delivered: dt.date | None = None) -> DueDate:
    """The due date of `period` for a letter sent (and maybe delivered) on the given dates.

    Never raises CalendarNotCovered: a request must always be recordable. Past the last year with an
    official schedule the date is estimated by rule (`estimated` True, the basis says so and why); a
    year before the calendar's first gives date=None and the reason. Use `period_end` where a hard
    failure is wanted.
    """
    if delivered is not None and delivered < sent:
        raise InvalidInput(f"delivery date {delivered} is before the sending date {sent}", field="delivered")
    anchor, anchor_date = Anchor.SENT, sent
    if period.runs_from_receipt and delivered is not None:
        anchor, anchor_date = Anchor.DELIVERED, delivered
    src_zh, src_en = _source(period)
    try:
        end, estimated = period_end_or_estimate(anchor_date, period)
    except CalendarNotCovered as exc:
        cnt_zh, cnt_en = _counting(period, anchor)
        basis_zh, basis_en = f"{src_zh}；{cnt_zh}。", f"{src_en}; {cnt_en}."
        first, last = calendar_years()
        reason = (
            f"calendar for {exc.year} not available: the installed chinese-calendar package covers "
            f"{first}-{last}; update it to count working days in {exc.year}"
        )
        return DueDate(None, period, anchor, anchor_date, basis_zh, basis_en, reason)
    year = (
        next(y for y in range(anchor_date.year, end.year + 1) if official_source(y) is None)
        if estimated
        else None
    )
    cnt_zh, cnt_en = _counting(period, anchor, year)
    basis_zh, basis_en = f"{src_zh}；{cnt_zh}。", f"{src_en}; {cnt_en}."
    if year is not None:
        basis_zh += (
            f"估算：{year}年的国务院节假日及调休安排在本机尚未安装，此日期{HOLIDAY_RULE_ZH}，"
            "官方安排公布并经更新包安装后可能相差数日（以2025、2026年的官方安排检验：最多早3日、晚7日）。"
        )
        basis_en += (
            f" Estimated: the official {year} holiday and make-up workday schedule is not installed, "
            f"so this date was {HOLIDAY_RULE_EN}; it may move by a few days once the official schedule "
            "is installed from an update pack (checked against the official 2025 and 2026 schedules: "
            "at most 3 days early or 7 days late)."
        )
    return DueDate(end, period, anchor, anchor_date, basis_zh, basis_en, None, estimated)
