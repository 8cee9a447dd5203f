"""next_steps() from a timeline, and the Chronology built for reminder / complaint letters (pure)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.errors import InvalidInput
from app.tracking import deadlines
from app.tracking.escalation import Action, Reason, build_chronology, next_steps
from app.tracking.lifecycle import EventKind
from tests.unit.test_ics import make_request

D = dt.date
SENT = (EventKind.SENT, D(2025, 9, 26))  # due 2025-10-23, second date 2025-10-26


def actions(request_events: list[tuple[EventKind, dt.date]], today: dt.date, **kw: object) -> list[Action]:
    request = make_request(1, request_events, **kw)  # type: ignore[arg-type]
    return [s.action for s in next_steps(request, today)]


def test_draft_asks_to_send() -> None:
    assert actions([], D(2025, 9, 26)) == [Action.MARK_SENT]


def test_before_the_due_date_wait_and_record() -> None:
    steps = next_steps(make_request(1, [SENT]), D(2025, 10, 23))
    assert steps[0].action is Action.WAIT and steps[0].reason is Reason.REPLY_DUE
    assert steps[0].date == D(2025, 10, 23)
    assert {s.action for s in steps} >= {Action.RECORD_REPLY, Action.RECORD_DELIVERY}
    assert Action.SEND_REMINDER not in {s.action for s in steps}


def test_reminder_after_the_first_due_date() -> None:
    steps = next_steps(make_request(1, [SENT]), D(2025, 10, 24))
    assert steps[0].action is Action.SEND_REMINDER and steps[0].letter_type == "reminder"
    assert steps[0].date == D(2025, 10, 23) and "2025-10-23" in steps[0].message
    assert Action.FILE_COMPLAINT not in {s.action for s in steps}


def test_after_a_reminder_wait_for_the_second_date_then_complain() -> None:
    timeline = [SENT, (EventKind.REMINDER, D(2025, 10, 24))]
    steps = next_steps(make_request(1, timeline), D(2025, 10, 25))
    assert steps[0].action is Action.WAIT and steps[0].reason is Reason.REMINDER_SENT
    assert steps[0].date == D(2025, 10, 26)
    steps = next_steps(make_request(1, timeline), D(2025, 10, 27))
    assert steps[0].action is Action.FILE_COMPLAINT and steps[0].reason is Reason.SECOND_DATE_PASSED
    assert Action.SEND_REMINDER not in {s.action for s in steps}  # already reminded


def test_silence_past_30_days_without_reminder_offers_reminder_then_complaint() -> None:
    steps = next_steps(make_request(1, [SENT]), D(2025, 12, 1))
    assert [s.action for s in steps[:2]] == [Action.SEND_REMINDER, Action.FILE_COMPLAINT]
    assert steps[1].date == D(2025, 10, 26)


def test_no_complaint_before_a_long_requested_period_ends() -> None:
    # 30 working days asked: the 30-day mark passes first, but the letter's own period has not ended.
    long = deadlines.mainland_requested(30)
    steps = next_steps(make_request(1, [SENT], period=long), D(2025, 10, 30))
    assert Action.FILE_COMPLAINT not in {s.action for s in steps}
    assert steps[0].action is Action.WAIT


def test_refusal_leads_to_a_complaint() -> None:
    steps = next_steps(make_request(1, [SENT, (EventKind.REFUSED, D(2025, 10, 2))]), D(2025, 10, 3))
    assert steps[0].action is Action.FILE_COMPLAINT and steps[0].reason is Reason.REFUSED
    assert steps[0].date == D(2025, 10, 2)


def test_closed_has_nothing_and_complied_only_closes() -> None:
    assert actions([SENT, (EventKind.CLOSED, D(2025, 10, 1))], D(2025, 10, 2)) == []
    assert actions([SENT, (EventKind.COMPLIED, D(2025, 10, 1))], D(2025, 10, 2)) == [Action.CLOSE]


def test_unknown_due_date_asks_for_a_calendar_update() -> None:
    last = deadlines.calendar_years()[1]
    steps = next_steps(make_request(1, [(EventKind.SENT, D(last, 12, 20))]), D(last, 12, 28))
    # Past the official calendar the due date is estimated (issue 15 item 6): the step says so and
    # asks for the official schedule; the estimate still drives the waiting step.
    assert steps[0].action is Action.UPDATE_CALENDAR and steps[0].reason is Reason.DUE_DATE_ESTIMATED
    assert f"{last + 1}" in steps[0].message and "estimated" in steps[0].message
    assert steps[1].action is Action.WAIT and steps[1].date is not None and steps[1].date.year == last + 1


def test_hong_kong_complaint_after_the_statutory_40_days() -> None:
    timeline = [(EventKind.SENT, D(2025, 1, 10)), (EventKind.DELIVERED, D(2025, 1, 13))]
    kw = {"jurisdiction": "HK", "period": deadlines.HK_PDPO_S19}
    assert actions(timeline, D(2025, 2, 22), **kw)[0] is Action.WAIT
    steps = next_steps(make_request(1, timeline, **kw), D(2025, 2, 23))  # type: ignore[arg-type]
    assert steps[0].action is Action.FILE_COMPLAINT and steps[0].reason is Reason.STATUTORY_PERIOD_PASSED
    assert "PCPD" in steps[0].message


def test_chronology_carries_the_timeline_dates_and_evidence() -> None:
    request = make_request(
        1,
        [
            SENT,
            (EventKind.DELIVERED, D(2025, 9, 28)),
            (EventKind.REMINDER, D(2025, 10, 24)),
            (EventKind.REFUSED, D(2025, 11, 3)),
        ],
    )
    # Put evidence on the refusal event.
    events = list(request.events)
    events[-1] = type(events[-1])(kind=EventKind.REFUSED, date=D(2025, 11, 3), note="拒绝删除", evidence_id=5)
    request = type(request)(**{**request.__dict__, "events": tuple(events)})
    chronology = build_chronology(request, lambda eid: f"evidence #{eid}: reply.png")
    assert chronology.original_sent == D(2025, 9, 26)
    assert chronology.delivered == D(2025, 9, 28)
    assert chronology.requested_reply_by == D(2025, 10, 24)  # 15 working days after delivery (28 Sep)
    assert chronology.replied == D(2025, 11, 3) and chronology.refused
    assert chronology.reply_summary == "拒绝删除"
    # The refusal is `replied`/`refused` (its own fields); the reminder is listed, in words.
    assert [(e.kind, e.date, e.note) for e in chronology.events] == [
        ("reminder", D(2025, 10, 24), "本人发出催告函")
    ]
    assert chronology.evidence == ("evidence #5: reply.png",)
    assert chronology.original_reference == request.reference_code


def test_chronology_of_silence_has_no_reply() -> None:
    chronology = build_chronology(make_request(1, [SENT]))
    assert chronology.replied is None and not chronology.refused and chronology.delivered is None


def test_complaint_chronology_lists_the_delivery_and_notes() -> None:
    request = make_request(1, [SENT, (EventKind.DELIVERED, D(2025, 9, 28)), (EventKind.NOTE, D(2025, 10, 2))])
    for_reminder = build_chronology(request, for_letter="reminder")
    assert for_reminder.events == ()  # delivery has its own sentence; an empty note says nothing
    for_complaint = build_chronology(request, for_letter="complaint")
    assert [(e.kind, e.date, e.note) for e in for_complaint.events] == [
        ("delivered", D(2025, 9, 28), "原函送达")
    ]


def test_chronology_needs_a_sent_request() -> None:
    with pytest.raises(InvalidInput, match="has not been sent"):
        build_chronology(make_request(1, []))


def test_hong_kong_erasure_only_period_is_not_called_statutory() -> None:
    asked = deadlines.mainland_requested(40, deadlines.PeriodUnit.CALENDAR_DAYS)  # 40 days asked, no s19
    timeline = [(EventKind.SENT, D(2025, 1, 10))]
    request = make_request(1, timeline, jurisdiction="HK", period=asked)
    steps = next_steps(request, D(2025, 2, 20))
    assert [s.action for s in steps[:2]] == [Action.SEND_REMINDER, Action.FILE_COMPLAINT]
    assert all(s.reason is not Reason.STATUTORY_PERIOD_PASSED for s in steps)
    assert "statutory" not in steps[1].message
    due = request.due()
    assert due is not None and not due.statutory and "并非法定期限" in due.basis_zh
