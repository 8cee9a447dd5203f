"""The request status machine: which events may follow which, on which dates. Pure functions.

draft → sent → (delivered) → replied → complied | partly_complied | refused, `escalated` when a
complaint is filed, `closed` at the end. `overdue` is never stored: it is derived from the due date
and today's date, so it appears and disappears on its own (a stored flag would go stale).

Every change is an event on the request's timeline. Two event kinds leave the status as it is:
`reminder` (a 催告函 was sent) and `note`. An event is refused — with a message that says why and
what would be accepted — when it makes no sense: a reply to a letter never sent, an outcome after the
request was closed, a date before the previous event or before the sending, a date in the future.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from app.errors import TransitionRefused


class Status(StrEnum):
    DRAFT = "draft"
    SENT = "sent"
    DELIVERED = "delivered"
    REPLIED = "replied"
    COMPLIED = "complied"
    PARTLY_COMPLIED = "partly_complied"
    REFUSED = "refused"
    ESCALATED = "escalated"
    CLOSED = "closed"


# Shown instead of sent/delivered when the due date has passed without a reply. Never stored.
OVERDUE = "overdue"


class EventKind(StrEnum):
    """What happened. Kinds named like a status move the request to that status."""

    SENT = "sent"
    DELIVERED = "delivered"
    REPLIED = "replied"  # a reply was received (attach it as evidence)
    COMPLIED = "complied"
    PARTLY_COMPLIED = "partly_complied"
    REFUSED = "refused"
    REMINDER = "reminder"  # a reminder letter (催告函) was sent; status unchanged
    ESCALATED = "escalated"  # a complaint was filed with a regulator (or a suit with a court)
    CLOSED = "closed"
    NOTE = "note"  # anything else worth keeping on the timeline; status unchanged


_STATUS_OF_KIND: dict[EventKind, Status] = {
    EventKind.SENT: Status.SENT,
    EventKind.DELIVERED: Status.DELIVERED,
    EventKind.REPLIED: Status.REPLIED,
    EventKind.COMPLIED: Status.COMPLIED,
    EventKind.PARTLY_COMPLIED: Status.PARTLY_COMPLIED,
    EventKind.REFUSED: Status.REFUSED,
    EventKind.ESCALATED: Status.ESCALATED,
    EventKind.CLOSED: Status.CLOSED,
}

_OUTCOMES = (EventKind.COMPLIED, EventKind.PARTLY_COMPLIED, EventKind.REFUSED)

# What may follow each status. NOTE is allowed everywhere (a closed case can still get a note).
ALLOWED: dict[Status, tuple[EventKind, ...]] = {
    Status.DRAFT: (EventKind.SENT, EventKind.CLOSED),
    # A handler may answer (or simply comply) without us ever learning the delivery date.
    Status.SENT: (
        EventKind.DELIVERED,
        EventKind.REPLIED,
        *_OUTCOMES,
        EventKind.REMINDER,
        EventKind.ESCALATED,
        EventKind.CLOSED,
    ),
    Status.DELIVERED: (
        EventKind.REPLIED,
        *_OUTCOMES,
        EventKind.REMINDER,
        EventKind.ESCALATED,
        EventKind.CLOSED,
    ),
    # A reply such as "we are looking into it" can still deserve a reminder.
    # A conversation goes on: the handler answers the answer letter (reply triage) or asks again.
    Status.REPLIED: (
        EventKind.REPLIED,
        *_OUTCOMES,
        EventKind.REMINDER,
        EventKind.ESCALATED,
        EventKind.CLOSED,
    ),
    # "Complied" can turn out false (the gate still scans faces): a complaint remains possible.
    Status.COMPLIED: (EventKind.ESCALATED, EventKind.CLOSED),
    Status.PARTLY_COMPLIED: (
        EventKind.REPLIED,
        EventKind.COMPLIED,
        EventKind.REFUSED,
        EventKind.REMINDER,
        EventKind.ESCALATED,
        EventKind.CLOSED,
    ),
    Status.REFUSED: (
        EventKind.REPLIED,  # e.g. the handler's answer to the answer letter
        EventKind.COMPLIED,
        EventKind.PARTLY_COMPLIED,
        EventKind.ESCALATED,
        EventKind.CLOSED,
    ),
    # After a complaint the handler may still answer; a second complaint (another regulator, a court)
    # is another `escalated` event.
    Status.ESCALATED: (EventKind.REPLIED, *_OUTCOMES, EventKind.ESCALATED, EventKind.CLOSED),
    Status.CLOSED: (),
}

OPEN_STATUSES = frozenset(
    {Status.SENT, Status.DELIVERED, Status.REPLIED, Status.PARTLY_COMPLIED, Status.REFUSED, Status.ESCALATED}
)
# The handler still owes a first answer: the due date matters, and passing it makes the request overdue.
AWAITING_REPLY = frozenset({Status.SENT, Status.DELIVERED})


@dataclass(frozen=True)
class TimelineEvent:
    kind: EventKind
    date: dt.date
    note: str = ""
    evidence_id: int | None = None
    id: int | None = None
    uuid: str | None = None
    # What a reply says (reply triage, app.tracking.triage); None for other events and older replies.
    reply_kind: str | None = None


def allowed_events(status: Status) -> tuple[EventKind, ...]:
    return (*ALLOWED[status], EventKind.NOTE)


def new_status(status: Status, kind: EventKind) -> Status:
    return _STATUS_OF_KIND.get(kind, status)


def status_of(events: Sequence[TimelineEvent], *, strict: bool = False) -> Status:
    """Replay a timeline from draft.

    Every event written through app.tracking was checked on the way in, so the replay is consistent.
    A timeline that is not (e.g. merged from a bundle written by another version) must still open:
    by default each status-changing event simply sets the status. `strict=True` raises
    TransitionRefused at the first step that would have been refused.
    """
    status = Status.DRAFT
    for event in events:
        if strict and event.kind not in allowed_events(status):
            raise TransitionRefused(f"timeline is inconsistent: '{event.kind}' cannot follow '{status}'")
        status = new_status(status, event.kind)
    return status


def sent_date_of(events: Sequence[TimelineEvent]) -> dt.date | None:
    for event in events:
        if event.kind is EventKind.SENT:
            return event.date
    return None


def first_date_of(events: Sequence[TimelineEvent], *kinds: EventKind) -> dt.date | None:
    for event in events:
        if event.kind in kinds:
            return event.date
    return None


def _words(kind: EventKind) -> str:
    return {
        EventKind.SENT: "sent",
        EventKind.DELIVERED: "delivered",
        EventKind.REPLIED: "replied",
        EventKind.COMPLIED: "complied",
        EventKind.PARTLY_COMPLIED: "partly complied",
        EventKind.REFUSED: "refused",
        EventKind.REMINDER: "reminded",
        EventKind.ESCALATED: "escalated",
        EventKind.CLOSED: "closed",
        EventKind.NOTE: "noted",
    }[kind]


def check_event(
    status: Status,
    events: Sequence[TimelineEvent],
    kind: EventKind,
    date: dt.date,
    today: dt.date,
) -> Status:
    """Validate adding an event of `kind` on `date`; return the status it leads to.

    Raises TransitionRefused with a message naming what is wrong and what would be accepted.
    """
    if date > today:
        what = (
            "a letter cannot be marked sent"
            if kind is EventKind.SENT
            else f"a '{kind}' event cannot be dated"
        )
        raise TransitionRefused(f"{what} on {date.isoformat()}: that is after today ({today.isoformat()})")
    if kind not in allowed_events(status):
        raise TransitionRefused(_refusal(status, kind))
    sent = sent_date_of(events)
    if sent is not None and kind is not EventKind.SENT and date < sent:
        raise TransitionRefused(
            f"cannot record '{kind}' on {date.isoformat()}: that is before the letter was sent "
            f"({sent.isoformat()})"
        )
    if events:
        last = max(e.date for e in events)
        if date < last:
            previous = next(e for e in reversed(events) if e.date == last)
            raise TransitionRefused(
                f"cannot record '{kind}' on {date.isoformat()}: that is before the previous event "
                f"('{previous.kind}' on {last.isoformat()}); events are recorded in date order"
            )
    return new_status(status, kind)


def _refusal(status: Status, kind: EventKind) -> str:
    allowed = ", ".join(k.value for k in allowed_events(status))
    if status is Status.CLOSED:
        return f"cannot mark the request {_words(kind)}: it is closed (only a note can be added)"
    if status is Status.DRAFT:
        return (
            f"cannot mark the request {_words(kind)}: it has not been sent yet "
            f"(mark it sent first; allowed now: {allowed})"
        )
    if kind is EventKind.SENT:
        return f"the request was already sent (it is now '{status}'); allowed now: {allowed}"
    if kind is EventKind.DELIVERED:
        return f"cannot mark the request delivered once it is '{status}'; allowed now: {allowed}"
    return f"cannot go from '{status}' to '{kind}'; allowed now: {allowed}"


def is_overdue(status: Status, due: dt.date | None, today: dt.date) -> bool:
    """Past the due date while still waiting for the first answer. Unknown due date → not overdue."""
    return status in AWAITING_REPLY and due is not None and today > due


def display_status(status: Status, due: dt.date | None, today: dt.date) -> str:
    return OVERDUE if is_overdue(status, due, today) else status.value
