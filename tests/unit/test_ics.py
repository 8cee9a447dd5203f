"""The .ics export parses back with icalendar, with the right all-day dates, stable UIDs, no personal data."""

from __future__ import annotations

import datetime as dt

import icalendar

from app.tracking import deadlines
from app.tracking.ics import build_calendar, uid_for
from app.tracking.lifecycle import EventKind, TimelineEvent
from app.tracking.model import Channel, Request

D = dt.date
NOW = dt.datetime(2025, 10, 1, 8, 0, tzinfo=dt.UTC)


def make_request(
    rid: int,
    events: list[tuple[EventKind, dt.date]],
    *,
    jurisdiction: str = "CN",
    period: deadlines.Period | None = deadlines.MAINLAND_DEFAULT,
    reference: str | None = None,
) -> Request:
    return Request(
        id=rid,
        uuid=f"00000000-0000-4000-8000-{rid:012d}",
        record_id=1,
        profile_id=None,
        types=("deletion",) if jurisdiction == "CN" else ("hk_data_access",),
        lang="zh-CN",
        jurisdiction=jurisdiction,
        channel=Channel.EMAIL,
        tracking_number="",
        reference_code=reference or f"FL-20250926-{rid:04d}",
        reply_period=period,
        rules_version="1",
        grounds=(),
        citations=(),
        letter_text="张三 110101199003071234 13800138000",
        has_pdf=False,
        handler_name="北京某物业服务有限公司",
        parent_request_id=None,
        created_at="2025-09-26T00:00:00+00:00",
        updated_at="2025-09-26T00:00:00+00:00",
        events=tuple(TimelineEvent(kind=k, date=d) for k, d in events),
    )


def parse(data: bytes) -> list[icalendar.Event]:
    cal = icalendar.Calendar.from_ical(data)
    return list(cal.walk("VEVENT"))


def test_open_requests_become_all_day_events_on_their_due_dates() -> None:
    sent = make_request(1, [(EventKind.SENT, D(2025, 9, 26))])
    spring = make_request(2, [(EventKind.SENT, D(2026, 2, 10))])
    draft = make_request(3, [])
    closed = make_request(4, [(EventKind.SENT, D(2025, 9, 1)), (EventKind.COMPLIED, D(2025, 9, 5))])
    export = build_calendar([sent, spring, draft, closed], today=D(2025, 10, 1), now=NOW)
    events = parse(export.data)
    assert len(events) == 2
    by_uid = {str(e["UID"]): e for e in events}
    first = by_uid[uid_for(sent)]
    start = first.decoded("DTSTART")
    assert start == D(2025, 10, 23) and not isinstance(start, dt.datetime)  # all-day
    assert first.decoded("DTEND") == D(2025, 10, 24)
    assert "FL-20250926-0001" in str(first["SUMMARY"]) and "北京某物业服务有限公司" in str(first["SUMMARY"])
    assert "参照监管实践" in str(first["DESCRIPTION"]) and "regulators' practice" in str(first["DESCRIPTION"])
    assert by_uid[uid_for(spring)].decoded("DTSTART") == D(2026, 3, 9)


def test_uid_is_stable_between_exports() -> None:
    request = make_request(7, [(EventKind.SENT, D(2025, 9, 26))])
    a = parse(build_calendar([request], today=D(2025, 10, 1), now=NOW).data)
    b = parse(build_calendar([request], today=D(2025, 10, 2), now=NOW + dt.timedelta(days=1)).data)
    assert str(a[0]["UID"]) == str(b[0]["UID"]) == "00000000-0000-4000-8000-000000000007@faceledger.invalid"


def test_after_the_first_due_date_the_second_reminder_is_exported() -> None:
    request = make_request(1, [(EventKind.SENT, D(2025, 9, 26))])
    events = parse(build_calendar([request], today=D(2025, 10, 24), now=NOW).data)
    assert events[0].decoded("DTSTART") == D(2025, 10, 26)  # 30 calendar days after sending
    assert "GB/T 35273-2020" in str(events[0]["DESCRIPTION"])


def test_hong_kong_forty_days_and_no_mainland_second_reminder() -> None:
    request = make_request(
        1,
        [(EventKind.SENT, D(2025, 1, 10)), (EventKind.DELIVERED, D(2025, 1, 13))],
        jurisdiction="HK",
        period=deadlines.HK_PDPO_S19,
    )
    events = parse(build_calendar([request], today=D(2025, 3, 1), now=NOW).data)
    assert events[0].decoded("DTSTART") == D(2025, 2, 22)
    assert "section 19" in str(events[0]["DESCRIPTION"])


def test_estimated_due_dates_are_marked_in_the_title_and_explained() -> None:
    last = deadlines.calendar_years()[1]
    request = make_request(1, [(EventKind.SENT, D(last, 12, 20))])
    export = build_calendar([request], today=D(last, 12, 21), now=NOW)
    (event,) = parse(export.data)
    assert "估算 estimated" in str(event["SUMMARY"])
    description = str(event["DESCRIPTION"])
    assert f"{last + 1}年的国务院节假日及调休安排在本机尚未安装" in description
    assert export.skipped == ()


def test_unknown_due_dates_are_reported_not_guessed() -> None:
    first = deadlines.calendar_years()[0]
    # Before the first year of the official calendar no estimate is made (the holiday rules differed).
    request = make_request(1, [(EventKind.SENT, D(first - 1, 12, 1))])
    export = build_calendar([request], today=D(first, 12, 21), now=NOW)
    assert parse(export.data) == []
    assert len(export.skipped) == 1 and f"calendar for {first - 1}" in export.skipped[0][1]


def test_no_personal_data_from_the_letter() -> None:
    request = make_request(1, [(EventKind.SENT, D(2025, 9, 26))])
    text = build_calendar([request], today=D(2025, 10, 1), now=NOW).data.decode("utf-8").replace("\r\n ", "")
    for secret in ("110101199003071234", "13800138000", "张三"):
        assert secret not in text
