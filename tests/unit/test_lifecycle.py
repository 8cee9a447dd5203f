"""The request status machine (pure): allowed transitions, date order, derived overdue."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.errors import TransitionRefused
from app.tracking.lifecycle import (
    ALLOWED,
    OVERDUE,
    EventKind,
    Status,
    TimelineEvent,
    check_event,
    display_status,
    is_overdue,
    status_of,
)

D = dt.date
TODAY = D(2025, 11, 20)


def ev(kind: EventKind, day: dt.date) -> TimelineEvent:
    return TimelineEvent(kind=kind, date=day)


def test_happy_path_draft_to_closed() -> None:
    events: list[TimelineEvent] = []
    status = Status.DRAFT
    for kind, day, expected in [
        (EventKind.SENT, D(2025, 9, 26), Status.SENT),
        (EventKind.DELIVERED, D(2025, 9, 28), Status.DELIVERED),
        (EventKind.REMINDER, D(2025, 10, 24), Status.DELIVERED),
        (EventKind.REPLIED, D(2025, 10, 30), Status.REPLIED),
        (EventKind.REFUSED, D(2025, 10, 30), Status.REFUSED),
        (EventKind.ESCALATED, D(2025, 11, 3), Status.ESCALATED),
        (EventKind.COMPLIED, D(2025, 11, 15), Status.COMPLIED),
        (EventKind.CLOSED, D(2025, 11, 16), Status.CLOSED),
        (EventKind.NOTE, D(2025, 11, 17), Status.CLOSED),
    ]:
        status = check_event(status, events, kind, day, TODAY)
        assert status is expected
        events.append(ev(kind, day))
    assert status_of(events) is Status.CLOSED


def test_replied_before_sent_is_refused() -> None:
    with pytest.raises(TransitionRefused, match="has not been sent yet"):
        check_event(Status.DRAFT, [], EventKind.REPLIED, D(2025, 10, 1), TODAY)


def test_complied_after_closed_is_refused() -> None:
    events = [ev(EventKind.SENT, D(2025, 9, 1)), ev(EventKind.CLOSED, D(2025, 9, 2))]
    with pytest.raises(TransitionRefused, match="it is closed"):
        check_event(Status.CLOSED, events, EventKind.COMPLIED, D(2025, 9, 3), TODAY)


def test_reply_dated_before_the_sending_is_refused() -> None:
    events = [ev(EventKind.SENT, D(2025, 9, 26))]
    with pytest.raises(TransitionRefused, match=r"before the letter was sent \(2025-09-26\)"):
        check_event(Status.SENT, events, EventKind.REPLIED, D(2025, 9, 20), TODAY)


def test_date_before_the_previous_event_is_refused() -> None:
    events = [ev(EventKind.SENT, D(2025, 9, 26)), ev(EventKind.DELIVERED, D(2025, 10, 5))]
    with pytest.raises(TransitionRefused, match=r"before the previous event \('delivered' on 2025-10-05\)"):
        check_event(Status.DELIVERED, events, EventKind.REPLIED, D(2025, 10, 1), TODAY)
    # The same day is fine (delivered and answered at the counter).
    assert check_event(Status.DELIVERED, events, EventKind.REPLIED, D(2025, 10, 5), TODAY) is Status.REPLIED


def test_future_dates_are_refused_for_sent_and_every_event() -> None:
    tomorrow = TODAY + dt.timedelta(days=1)
    with pytest.raises(TransitionRefused, match="cannot be marked sent on 2025-11-21: that is after today"):
        check_event(Status.DRAFT, [], EventKind.SENT, tomorrow, TODAY)
    events = [ev(EventKind.SENT, D(2025, 9, 26))]
    for kind in (EventKind.DELIVERED, EventKind.REPLIED, EventKind.NOTE):
        with pytest.raises(TransitionRefused, match="after today"):
            check_event(Status.SENT, events, kind, tomorrow, TODAY)
    # Today itself is fine.
    assert check_event(Status.DRAFT, [], EventKind.SENT, TODAY, TODAY) is Status.SENT


def test_sent_twice_and_delivered_after_reply_are_refused() -> None:
    events = [ev(EventKind.SENT, D(2025, 9, 1))]
    with pytest.raises(TransitionRefused, match="already sent"):
        check_event(Status.SENT, events, EventKind.SENT, D(2025, 9, 2), TODAY)
    events.append(ev(EventKind.REPLIED, D(2025, 9, 5)))
    with pytest.raises(TransitionRefused, match="delivered once it is 'replied'"):
        check_event(Status.REPLIED, events, EventKind.DELIVERED, D(2025, 9, 6), TODAY)


def test_refusal_message_lists_what_is_allowed() -> None:
    events = [ev(EventKind.SENT, D(2025, 9, 1)), ev(EventKind.COMPLIED, D(2025, 9, 3))]
    with pytest.raises(TransitionRefused) as info:
        check_event(Status.COMPLIED, events, EventKind.REPLIED, D(2025, 9, 4), TODAY)
    message = str(info.value)
    assert "from 'complied' to 'replied'" in message
    assert "escalated" in message and "closed" in message


def test_every_status_refuses_something_and_closed_refuses_all_but_notes() -> None:
    assert ALLOWED[Status.CLOSED] == ()
    for status in Status:
        refused = [k for k in EventKind if k is not EventKind.NOTE and k not in ALLOWED[status]]
        assert refused, status  # no status accepts everything
        for kind in refused:
            with pytest.raises(TransitionRefused):
                check_event(status, [], kind, TODAY, TODAY)


def test_inconsistent_timeline_is_detected_when_strict_and_still_opens() -> None:
    odd = [ev(EventKind.REPLIED, D(2025, 9, 1)), ev(EventKind.NOTE, D(2025, 9, 2))]
    with pytest.raises(TransitionRefused, match="inconsistent"):
        status_of(odd, strict=True)
    assert status_of(odd) is Status.REPLIED  # a merged timeline must not lock the user out


def test_overdue_is_derived_not_stored() -> None:
    due = D(2025, 10, 23)
    assert not is_overdue(Status.SENT, due, due)  # the due date itself is still in time
    assert is_overdue(Status.SENT, due, due + dt.timedelta(days=1))
    assert is_overdue(Status.DELIVERED, due, D(2025, 12, 1))
    assert display_status(Status.SENT, due, D(2025, 10, 24)) == OVERDUE
    assert display_status(Status.SENT, due, D(2025, 10, 23)) == "sent"
    for answered in (Status.REPLIED, Status.COMPLIED, Status.REFUSED, Status.CLOSED, Status.ESCALATED):
        assert not is_overdue(answered, due, D(2026, 1, 1))
    assert not is_overdue(Status.SENT, None, D(2030, 1, 1))  # unknown due date: never claimed overdue
    assert OVERDUE not in {s.value for s in Status}


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(list(EventKind)), st.integers(min_value=-3, max_value=20)), max_size=12
    )
)
def test_whatever_is_accepted_replays_strictly_and_in_date_order(steps: list[tuple[EventKind, int]]) -> None:
    """Random attempts: what check_event accepts always forms a strictly consistent, dated timeline."""
    start = D(2025, 9, 1)
    today = start + dt.timedelta(days=15)
    events: list[TimelineEvent] = []
    status = Status.DRAFT
    for kind, offset in steps:
        day = start + dt.timedelta(days=offset)
        try:
            status = check_event(status, events, kind, day, today)
        except TransitionRefused as exc:
            assert str(exc)  # every refusal says why
            continue
        events.append(ev(kind, day))
    assert status_of(events, strict=True) is status
    dates = [e.date for e in events]
    assert dates == sorted(dates) and all(d <= today for d in dates)
    sent = [e.date for e in events if e.kind is EventKind.SENT]
    assert len(sent) <= 1
    if sent:
        index = next(i for i, e in enumerate(events) if e.kind is EventKind.SENT)
        assert all(e.kind is EventKind.NOTE for e in events[:index])  # a draft only gets notes
        assert all(e.date >= sent[0] for e in events[index:])
    else:
        assert all(e.kind in (EventKind.CLOSED, EventKind.NOTE) for e in events)
