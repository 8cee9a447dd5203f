"""Due dates for requests: mainland working days on the official calendar, and calendar-day periods.

Working days follow the State Council's yearly holiday schedule, including make-up workdays (调休,
e.g. a Sunday that is a workday), as published in the `chinese-calendar` package. That package only
knows the years whose schedule has been announced. For any other year we raise CalendarNotCovered
instead of guessing from weekdays: a guessed date across the Spring Festival can be a week off, and a
reminder letter that calls a handler late when it is not undermines the person who sends it.

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

from app.errors import CalendarNotCovered, InvalidInput


class PeriodUnit(StrEnum):
    WORKING_DAYS = "working_days"
    CALENDAR_DAYS = "calendar_days"


class PeriodKind(StrEnum):
    """Where a period comes from; decides its wording and whether it is statutory."""

    MAINLAND_REQUESTED = "mainland_requested"  # what the letter asks for (default 15 working days)
    HK_PDPO_S19 = "hk_pdpo_s19"  # 40 days, statutory (Hong Kong data access)
    HANGZHOU_PROPERTY = "hangzhou_property"  # 10 days, statutory in Hangzhou (property complaints)
    SECOND_REMINDER = "second_reminder"  # 30 days after sending, GB/T 35273-2020 best practice


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


def mainland_requested(days: int, unit: PeriodUnit = PeriodUnit.WORKING_DAYS) -> Period:
    """The period a mainland letter asks for (the user may pick another than the default)."""
    return Period(days, unit, PeriodKind.MAINLAND_REQUESTED, statutory=False, runs_from_receipt=True)


# --- the calendar --------------------------------------------------------------------------------


# Cached: the installed package's data cannot change while we run, and recomputing this set on every
# is_workday() call made each due date cost ~4 ms (importing a 1,000-record bundle spent 5 of its 12 s
# here; tests/benchmarks found it).
@functools.lru_cache(maxsize=1)
def calendar_years() -> tuple[int, int]:
    """First and last year the installed chinese-calendar package has official data for."""
    years = sorted({day.year for day in chinese_calendar.holidays})
    return years[0], years[-1]


def calendar_not_covered(year: int) -> CalendarNotCovered:
    first, last = calendar_years()
    return CalendarNotCovered(
        f"the official holiday calendar for {year} is not available: the installed chinese-calendar "
        f"package covers {first}-{last}; update the chinese-calendar package to count working days "
        f"in {year} (FaceLedger does not guess holidays)",
        year=year,
    )


def is_workday(day: dt.date) -> bool:
    """True on a mainland working day (weekdays that are not holidays, plus make-up workdays)."""
    first, last = calendar_years()
    if not first <= day.year <= last:
        raise calendar_not_covered(day.year)
    # The package's own rule (chinese_calendar.is_workday), looked up directly: its wrapper rescans
    # the whole holiday table (min/max) on every call, ~50 µs, which made long imports slow.
    return day in chinese_calendar.workdays or (day.weekday() <= 4 and day not in chinese_calendar.holidays)


def add_working_days(start: dt.date, days: int) -> dt.date:
    """The `days`-th working day after `start` (start itself never counts)."""
    if days < 1:
        raise InvalidInput(f"working days to add must be at least 1, not {days}")
    day = start
    counted = 0
    while counted < days:
        day += dt.timedelta(days=1)
        if is_workday(day):
            counted += 1
    return day


def add_calendar_days(start: dt.date, days: int) -> dt.date:
    """The last day of a period of `days` calendar days that starts the day after `start`."""
    if days < 1:
        raise InvalidInput(f"days to add must be at least 1, not {days}")
    return start + dt.timedelta(days=days)


def period_end(start: dt.date, period: Period) -> dt.date:
    """Last day of `period` counted from the day after `start`. Raises CalendarNotCovered."""
    if period.unit is PeriodUnit.WORKING_DAYS:
        return add_working_days(start, period.days)
    end = add_calendar_days(start, period.days)
    if period.rolls_to_workday:
        while not is_workday(end):
            end += dt.timedelta(days=1)
    return end


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

    @property
    def statutory(self) -> bool:
        return self.period.statutory

    @property
    def known(self) -> bool:
        return self.date is not None

    def display(self) -> str:
        """ISO date, or 'unknown: …' with the reason (CLI and logs; the UI words its own)."""
        if self.date is not None:
            return self.date.isoformat()
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
    return (
        f"第二次催告：参照GB/T 35273-2020《信息安全技术 个人信息安全规范》推荐做法，发函后{zh_amount}；"
        "推荐性标准，并非法律规定",
        f"second reminder: {en_amount} after sending, best practice under the recommended national "
        "standard GB/T 35273-2020; not law",
    )


def _counting(period: Period, anchor: Anchor) -> tuple[str, str]:
    if anchor is Anchor.DELIVERED:
        zh_from, en_from = "自送达之日的次日起算", "counted from the day after delivery"
    else:
        zh_from, en_from = "自发出之日的次日起算", "counted from the day after sending"
    if period.unit is PeriodUnit.WORKING_DAYS:
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

    Never raises CalendarNotCovered: a request must always be recordable, so an uncovered year gives
    a DueDate with date=None and the reason. Use `period_end` where a hard failure is wanted.
    """
    if delivered is not None and delivered < sent:
        raise InvalidInput(f"delivery date {delivered} is before the sending date {sent}", field="delivered")
    anchor, anchor_date = Anchor.SENT, sent
    if period.runs_from_receipt and delivered is not None:
        anchor, anchor_date = Anchor.DELIVERED, delivered
    src_zh, src_en = _source(period)
    cnt_zh, cnt_en = _counting(period, anchor)
    basis_zh, basis_en = f"{src_zh}；{cnt_zh}。", f"{src_en}; {cnt_en}."
    try:
        end: dt.date | None = period_end(anchor_date, period)
        reason = None
    except CalendarNotCovered as exc:
        end = None
        first, last = calendar_years()
        reason = (
            f"calendar for {exc.year} not available: the installed chinese-calendar package covers "
            f"{first}-{last}; update it to count working days in {exc.year}"
        )
    return DueDate(end, period, anchor, anchor_date, basis_zh, basis_en, reason)
