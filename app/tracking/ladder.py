"""One case, one ladder: a first request, its reminders and complaints, the replies and the outcome.

A case is the first request about a record (its *root*) and the reminder and complaint letters kept
as requests linked to it (`parent_request_id`). Each letter is a *rung* with its own recipient and
due date:
- the request: the handler; the reply date it asked for (or the statutory period);
- a reminder: the handler; the date the reminder asks for, counted from the reminder's own sending;
- a complaint: the chosen regulator; the regulator's own period where REFERENCE gives one (market
  regulation decides within 7 working days whether to accept), else a follow-up date that is marked
  as not statutory.

Replies and outcomes are recorded on the root's timeline (that is where next_steps reads them); a
reply belongs to the latest rung sent on or before its date. The *current rung* is the latest rung
sent (the first request while nothing is sent): lists, the Due page and statistics show it, so a sent
reminder never stays "overdue" and a sent complaint never shows "not sent yet".

Pure functions over `Request`s; `refresh_case_cache` keeps the root's rung_* columns in step for SQL.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from app.tracking import deadlines, regulators
from app.tracking.deadlines import DueDate, PeriodKind
from app.tracking.lifecycle import OVERDUE, EventKind, Status, TimelineEvent
from app.tracking.model import Request

ANSWERS = (EventKind.REPLIED, EventKind.COMPLIED, EventKind.PARTLY_COMPLIED, EventKind.REFUSED)
OUTCOMES = (EventKind.COMPLIED, EventKind.PARTLY_COMPLIED, EventKind.REFUSED, EventKind.CLOSED)
# Shown instead of "overdue" when only a follow-up date (no law, no letter asked for it) has passed.
FOLLOW_UP_DUE = "follow_up_due"


class RungKind(StrEnum):
    REQUEST = "request"
    REMINDER = "reminder"
    COMPLAINT = "complaint"


def rung_kind_of(request: Request) -> RungKind:
    if request.types == ("reminder",):
        return RungKind.REMINDER
    if request.types in (("complaint",), ("police_report",)):
        return RungKind.COMPLAINT  # a report to the police is the complaint step of a sale or leak
    return RungKind.REQUEST


@dataclass(frozen=True)
class Rung:
    kind: RungKind
    request_id: int
    reference: str
    recipient: str
    regulator_id: str | None
    letter_date: dt.date | None
    sent_date: dt.date | None
    due: DueDate | None
    replies: tuple[TimelineEvent, ...]  # answers to this rung, in date order (with their reply kind)

    @property
    def sent(self) -> bool:
        return self.sent_date is not None

    @property
    def answered(self) -> bool:
        return bool(self.replies)

    def awaiting(self, closed: bool = False) -> bool:
        return self.sent and not self.answered and not closed

    def due_passed(self, today: dt.date) -> bool:
        return self.due is not None and self.due.date is not None and today > self.due.date

    def to_json(self, today: dt.date, *, closed: bool = False) -> dict[str, Any]:
        return {
            "kind": self.kind.value,
            "request_id": self.request_id,
            "reference": self.reference,
            "recipient": self.recipient,
            "regulator": self.regulator_id,
            "letter_date": self.letter_date.isoformat() if self.letter_date else None,
            "sent_date": self.sent_date.isoformat() if self.sent_date else None,
            "state": "draft" if not self.sent else ("answered" if self.answered else "awaiting"),
            "awaiting": self.awaiting(closed),
            "due_date": self.due.date.isoformat() if self.due and self.due.date else None,
            "due": self.due.to_json() if self.due else None,
            "overdue": self.awaiting(closed) and self.due_passed(today),
            "replies": [
                {"kind": e.kind.value, "date": e.date.isoformat(), "note": e.note, "reply_kind": e.reply_kind}
                for e in self.replies
            ],
        }


@dataclass(frozen=True)
class Ladder:
    root: Request
    rungs: tuple[Rung, ...]

    @property
    def closed(self) -> bool:
        return self.root.status is Status.CLOSED

    @property
    def current(self) -> Rung:
        sent = [r for r in self.rungs if r.sent]
        return sent[-1] if sent else self.rungs[0]

    @property
    def outcome(self) -> TimelineEvent | None:
        found = [e for e in self.root.events if e.kind in OUTCOMES]
        return found[-1] if found else None

    def awaiting(self) -> bool:
        return self.current.awaiting(self.closed)

    def display_status(self, today: dt.date) -> str:
        """The case's status as people see it, from its current rung."""
        current = self.current
        if current.awaiting(self.closed) and current.due_passed(today):
            assert current.due is not None
            return FOLLOW_UP_DUE if current.due.period.kind is PeriodKind.COMPLAINT_FOLLOW_UP else OVERDUE
        return self.root.status.value

    def to_json(self, today: dt.date) -> dict[str, Any]:
        current = self.current
        outcome = self.outcome
        return {
            "current_rung": current.kind.value,
            "current_index": self.rungs.index(current),
            "display_status": self.display_status(today),
            "recipient": current.recipient,
            "due_date": current.due.date.isoformat()
            if current.awaiting(self.closed) and current.due and current.due.date
            else None,
            "outcome": None
            if outcome is None
            else {"kind": outcome.kind.value, "date": outcome.date.isoformat()},
            "rungs": [r.to_json(today, closed=self.closed) for r in self.rungs],
        }


def _letter_json(request: Request) -> dict[str, Any]:
    return request.letter_json if isinstance(request.letter_json, dict) else {}


def _rung(request: Request, root: Request, replies: Sequence[TimelineEvent]) -> Rung:
    kind = rung_kind_of(request)
    snapshot = _letter_json(request)
    regulator_id = snapshot.get("regulator_id") if kind is RungKind.COMPLAINT else None
    recipient = str(snapshot.get("recipient_name") or "")
    if kind is not RungKind.COMPLAINT and not recipient:
        recipient = root.handler_name
    sent = request.sent_date
    due: DueDate | None
    if kind is RungKind.COMPLAINT:
        due = (
            deadlines.due_date(sent, regulators.period_of(regulator_id), request.delivered_date)
            if sent is not None
            else None
        )
    else:
        due = request.due()
    letter_date = snapshot.get("date")
    return Rung(
        kind=kind,
        request_id=request.id,
        reference=request.reference_code,
        recipient=recipient,
        regulator_id=str(regulator_id) if regulator_id else None,
        letter_date=dt.date.fromisoformat(letter_date) if letter_date else None,
        sent_date=sent,
        due=due,
        replies=tuple(replies),
    )


def build_ladder(root: Request, children: Sequence[Request]) -> Ladder:
    """The case of `root` from its linked reminder and complaint requests (any order)."""
    follow_ups = sorted(
        (c for c in children if c.parent_request_id == root.id),
        key=lambda c: (c.sent_date is None, c.sent_date or dt.date.max, c.id),
    )
    letters = [root, *follow_ups]
    # Each answer goes to the latest rung sent on or before its date (answers recorded on a follow-up
    # request itself stay with that rung).
    replies: dict[int, list[TimelineEvent]] = {r.id: [] for r in letters}
    for event in root.events:
        if event.kind not in ANSWERS:
            continue
        owner = root
        for letter in letters:
            if letter.sent_date is not None and letter.sent_date <= event.date:
                owner = letter
        replies[owner.id].append(event)
    for child in follow_ups:
        replies[child.id].extend(e for e in child.events if e.kind in ANSWERS)
    return Ladder(root, tuple(_rung(r, root, sorted(replies[r.id], key=lambda e: e.date)) for r in letters))


def case_root_id(conn: Any, request_id: int) -> int:
    row = conn.execute("SELECT parent_request_id FROM requests WHERE id = ?", (request_id,)).fetchone()
    return int(row[0]) if row is not None and row[0] is not None else request_id
