"""Due dates on the official mainland calendar (chinese-calendar), and calendar-day periods."""

from __future__ import annotations

import datetime as dt

import chinese_calendar
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.errors import CalendarNotCovered, InvalidInput
from app.tracking import deadlines
from app.tracking.deadlines import (
    HANGZHOU_PROPERTY,
    HK_PDPO_S19,
    MAINLAND_DEFAULT,
    SECOND_REMINDER,
    Anchor,
    PeriodUnit,
    add_working_days,
    due_date,
    is_workday,
    mainland_requested,
    period_end,
)

D = dt.date


def walk_working_days(start: dt.date, n: int) -> dt.date:
    """Independent oracle: step day by day asking chinese_calendar directly."""
    day, counted = start, 0
    while counted < n:
        day += dt.timedelta(days=1)
        if chinese_calendar.is_workday(day):
            counted += 1
    return day


def test_national_day_2025_with_make_up_workdays() -> None:
    # Friday 2025-09-26; 27 Sep (Sat) off, 28 Sep (Sun) a workday, 1–8 Oct off, 11 Oct (Sat) a workday.
    assert D(2025, 9, 26).weekday() == 4
    assert is_workday(D(2025, 9, 28)) and is_workday(D(2025, 10, 11))
    assert not any(is_workday(D(2025, 10, d)) for d in range(1, 9))
    due = due_date(D(2025, 9, 26), MAINLAND_DEFAULT)
    assert due.date == D(2025, 10, 23)
    assert due.anchor is Anchor.SENT and due.anchor_date == D(2025, 9, 26)
    assert due.statutory is False


def test_spring_festival_2026_matches_library_and_official_schedule() -> None:
    sent = D(2026, 2, 10)  # Tuesday
    computed = due_date(sent, MAINLAND_DEFAULT).date
    # Independently, by walking the library day by day:
    assert computed == walk_working_days(sent, 15)
    # And by hand from the State Council's 2026 schedule: Spring Festival off
    # 15–23 Feb, make-up workdays Sat 14 Feb and Sat 28 Feb. Workdays 11,12,13,14 | 24,25,26,27,28 |
    # 2,3,4,5,6 Mar | 9 Mar = the 15th.
    assert computed == D(2026, 3, 9)
    assert is_workday(D(2026, 2, 14)) and is_workday(D(2026, 2, 28))
    assert not any(is_workday(D(2026, 2, d)) for d in range(15, 24))


def test_period_starts_the_day_after_sending() -> None:
    # Monday 2025-03-03 (an ordinary week): 1 working day later is Tuesday, not Monday.
    assert add_working_days(D(2025, 3, 3), 1) == D(2025, 3, 4)
    # Sent on a Friday: the 1st working day is the following Monday.
    assert add_working_days(D(2025, 3, 7), 1) == D(2025, 3, 10)
    basis = due_date(D(2025, 3, 3), MAINLAND_DEFAULT)
    assert "自发出之日的次日起算" in basis.basis_zh
    assert "counted from the day after sending" in basis.basis_en


def test_sent_on_a_holiday_counts_from_the_next_working_day() -> None:
    # Sent on 2025-10-01 (holiday): the first working day after it is 9 Oct.
    assert add_working_days(D(2025, 10, 1), 1) == D(2025, 10, 9)


def test_year_not_covered_raises_with_year_and_package_name() -> None:
    first, last = deadlines.calendar_years()
    beyond = last + 1
    with pytest.raises(CalendarNotCovered) as info:
        is_workday(D(beyond, 1, 4))
    assert info.value.year == beyond
    assert str(beyond) in str(info.value) and "chinese-calendar" in str(info.value)
    with pytest.raises(CalendarNotCovered):
        is_workday(D(first - 1, 6, 1))


def test_counting_into_an_uncovered_year_raises_no_weekday_guess() -> None:
    last = deadlines.calendar_years()[1]
    sent = D(last, 12, 20)
    with pytest.raises(CalendarNotCovered) as info:
        period_end(sent, MAINLAND_DEFAULT)
    assert info.value.year == last + 1


def test_before_the_calendar_the_due_date_is_unknown_with_reason_not_an_error() -> None:
    first = deadlines.calendar_years()[0]
    due = due_date(D(first - 1, 6, 1), MAINLAND_DEFAULT)
    assert due.date is None and not due.known and not due.estimated
    assert due.display().startswith(f"unknown: calendar for {first - 1} not available")
    assert "chinese-calendar" in due.display()
    assert due.to_json()["date"] is None


def test_within_the_last_covered_year_still_works() -> None:
    last = deadlines.calendar_years()[1]
    # Early December: 15 working days stay inside the covered year.
    sent = D(last, 12, 1)
    assert due_date(sent, MAINLAND_DEFAULT).date == walk_working_days(sent, 15)


def test_calendar_day_periods_need_no_holiday_data() -> None:
    last = deadlines.calendar_years()[1]
    # A 30-day reminder after 2026-12-20 falls in 2027 but needs no holiday calendar.
    assert due_date(D(last, 12, 20), SECOND_REMINDER).date == D(last, 12, 20) + dt.timedelta(days=30)
    assert due_date(D(2025, 9, 26), SECOND_REMINDER).date == D(2025, 10, 26)


def test_hong_kong_40_days_statutory_from_receipt() -> None:
    sent_only = due_date(D(2025, 1, 10), HK_PDPO_S19)
    assert sent_only.date == D(2025, 2, 19)
    assert sent_only.statutory
    assert "may be later" in sent_only.basis_en and "section 19" in sent_only.basis_en
    delivered = due_date(D(2025, 1, 10), HK_PDPO_S19, delivered=D(2025, 1, 13))
    assert delivered.anchor is Anchor.DELIVERED
    assert delivered.date == D(2025, 2, 22)
    assert "after delivery" in delivered.basis_en and "may be later" not in delivered.basis_en


def test_hangzhou_ten_calendar_days_statutory() -> None:
    assert HANGZHOU_PROPERTY.unit is PeriodUnit.CALENDAR_DAYS and HANGZHOU_PROPERTY.statutory
    # Received Mon 2025-11-03: ten calendar days end Thu 13 Nov (a working day).
    assert due_date(D(2025, 11, 1), HANGZHOU_PROPERTY, delivered=D(2025, 11, 3)).date == D(2025, 11, 13)
    # Received Fri 2025-11-07: the tenth day is Mon 17 Nov; received Wed 5 Nov: Sat 15 Nov → Mon 17 Nov.
    assert due_date(D(2025, 11, 5), HANGZHOU_PROPERTY, delivered=D(2025, 11, 5)).date == D(2025, 11, 17)
    # Received 28 Sep: the tenth day, 8 Oct, is in the National Day holiday → Thu 9 Oct.
    due = due_date(D(2025, 9, 26), HANGZHOU_PROPERTY, delivered=D(2025, 9, 28))
    assert due.date == D(2025, 10, 9)
    assert "顺延至其后第一个工作日" in due.basis_zh and "next working day" in due.basis_en
    assert "第五十条第三款" in due.basis_zh and "按自然日计算" in due.basis_zh
    assert "Art. 50 para. 3" in due.basis_en


def test_hangzhou_text_supports_calendar_days() -> None:
    """Calendar days rest on the text: 十日 in Art. 50 ¶3, 十个工作日 where working days are meant."""
    from app.paths import resources_path

    text = resources_path("texts", "hangzhou-property-management-2021.md").read_text(encoding="utf-8")
    assert "物业服务人应当自收到投诉之日起十日内作出答复" in text
    assert "十个工作日" in text


def test_mainland_default_basis_is_never_called_statutory() -> None:
    due = due_date(D(2025, 3, 3), MAINLAND_DEFAULT)
    assert "参照监管实践" in due.basis_zh and "并非法定期限" in due.basis_zh
    assert "法定期限" not in due.basis_zh.replace("并非法定期限", "")
    assert "not a statutory deadline" in due.basis_en
    custom = due_date(D(2025, 3, 3), mainland_requested(10))
    assert custom.date == walk_working_days(D(2025, 3, 3), 10)
    assert "参照监管实践" not in custom.basis_zh and "10个工作日" in custom.basis_zh
    second = due_date(D(2025, 3, 3), SECOND_REMINDER)
    assert "GB/T 35273-2020" in second.basis_zh and not second.statutory and "not law" in second.basis_en


def test_bad_periods_and_dates_are_refused() -> None:
    with pytest.raises(InvalidInput):
        mainland_requested(0)
    with pytest.raises(InvalidInput):
        due_date(D(2025, 3, 3), HK_PDPO_S19, delivered=D(2025, 3, 2))
    with pytest.raises(InvalidInput):
        add_working_days(D(2025, 3, 3), 0)


def test_many_start_dates_agree_with_the_day_by_day_walk() -> None:
    first, last = deadlines.calendar_years()
    day = D(max(first, 2020), 1, 1)
    end = D(last, 11, 1)
    while day < end:
        assert add_working_days(day, 15) == walk_working_days(day, 15), day
        day += dt.timedelta(days=11)


def test_mainland_period_counts_from_recorded_delivery() -> None:
    # Letters ask for a reply within the period "from receipt": a recorded delivery moves the start.
    sent_only = due_date(D(2025, 9, 26), MAINLAND_DEFAULT)
    assert "may be later" in sent_only.basis_en and "实际到期日可能更晚" in sent_only.basis_zh
    delivered = due_date(D(2025, 9, 26), MAINLAND_DEFAULT, delivered=D(2025, 9, 29))
    assert delivered.anchor is Anchor.DELIVERED
    assert delivered.date == walk_working_days(D(2025, 9, 29), 15) == D(2025, 10, 27)
    assert "自送达之日的次日起算" in delivered.basis_zh and "may be later" not in delivered.basis_en
    # The 30-day second reminder is counted from sending in any case.
    assert due_date(D(2025, 9, 26), SECOND_REMINDER, delivered=D(2025, 9, 29)).date == D(2025, 10, 26)


@settings(max_examples=200, deadline=None)
@given(
    st.dates(min_value=D(2020, 1, 1), max_value=D(2026, 10, 31)),
    st.integers(min_value=1, max_value=30),
)
def test_working_day_count_property(start: dt.date, n: int) -> None:
    """The due date is a working day, and exactly n working days lie in (start, due]."""
    try:
        due = add_working_days(start, n)
    except CalendarNotCovered:
        return  # ran past the covered years: refusing is the right answer
    assert chinese_calendar.is_workday(due)
    days = [start + dt.timedelta(days=i) for i in range(1, (due - start).days + 1)]
    assert sum(chinese_calendar.is_workday(d) for d in days) == n


def test_calendar_years_is_cached_and_matches_the_package() -> None:
    """calendar_years() is cached (it was recomputed on every is_workday call: ~4 ms per due date)
    and still says exactly which years the installed package covers."""
    years = sorted({day.year for day in chinese_calendar.holidays})
    assert deadlines.calendar_years() == (years[0], years[-1])
    before = deadlines.calendar_years.cache_info().hits
    add_working_days(D(years[-1], 3, 2), 15)
    assert deadlines.calendar_years.cache_info().hits >= before + 15


def test_is_workday_agrees_with_the_package_on_every_covered_day() -> None:
    """is_workday looks the tables up directly (for speed); it must say what the package says."""
    first, last = deadlines.calendar_years()
    day, end = D(first, 1, 1), D(last, 12, 31)
    while day <= end:
        assert is_workday(day) == chinese_calendar.is_workday(day), day
        day += dt.timedelta(days=1)
