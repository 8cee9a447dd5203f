"""A request as the tracking code sees it: the snapshot of what was sent plus its timeline. Pure data.

Status and dates are derived from the timeline (the events), so that they can never disagree with
it; the `status`, `sent_date` and `due_date` columns in the vault are a cache for sorting and SQL.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from app.errors import InvalidInput
from app.tracking import deadlines
from app.tracking.deadlines import DueDate, Period, PeriodKind, PeriodUnit
from app.tracking.lifecycle import (
    AWAITING_REPLY,
    OPEN_STATUSES,
    EventKind,
    Status,
    TimelineEvent,
    display_status,
    first_date_of,
    is_overdue,
    status_of,
)


class Channel(StrEnum):
    EMAIL = "email"
    REGISTERED_MAIL = "registered_mail"  # keep the tracking number: it proves delivery
    IN_PERSON = "in_person"
    WEB_FORM = "web_form"
    IN_APP = "in_app"
    WECHAT = "wechat"


def parse_channel(value: str) -> Channel:
    try:
        return Channel(value.strip())
    except ValueError:
        known = ", ".join(c.value for c in Channel)
        raise InvalidInput(f"unknown channel {value!r}; known: {known}", field="channel") from None


# --- reply periods as stored with a request -------------------------------------------------------


def period_for_letter(jurisdiction: str, days: int, unit: str, statutory: bool) -> Period:
    """The Period a composed letter asked for (its ReplyPeriodAsked), classified for its basis text.

    Statutory periods are recognised only as REFERENCE lists them (PDPO s19, Hangzhou Art. 50 ¶3);
    an unknown statutory period is refused rather than worded as something it is not.
    """
    unit_enum = _unit(unit)
    if not statutory:
        return deadlines.mainland_requested(days, unit_enum)
    for known in (deadlines.HK_PDPO_S19, deadlines.HANGZHOU_PROPERTY):
        if (days, unit_enum) == (known.days, known.unit) and jurisdiction == (
            "HK" if known.kind is PeriodKind.HK_PDPO_S19 else "CN"
        ):
            return known
    raise InvalidInput(
        f"no statutory reply period of {days} {unit} is known for jurisdiction {jurisdiction}",
        field="reply_period",
    )


def _unit(unit: str) -> PeriodUnit:
    # app/letters writes "days" for calendar days.
    if unit in ("days", "calendar_days"):
        return PeriodUnit.CALENDAR_DAYS
    if unit == "working_days":
        return PeriodUnit.WORKING_DAYS
    raise InvalidInput(f"unknown reply period unit {unit!r}", field="reply_period")


def period_to_json(period: Period) -> dict[str, Any]:
    return {
        "days": period.days,
        "unit": period.unit.value,
        "kind": period.kind.value,
        "statutory": period.statutory,
    }


def period_from_json(obj: dict[str, Any]) -> Period:
    kind = PeriodKind(obj["kind"])
    if kind is PeriodKind.MAINLAND_REQUESTED:
        return deadlines.mainland_requested(int(obj["days"]), PeriodUnit(obj["unit"]))
    return {
        PeriodKind.HK_PDPO_S19: deadlines.HK_PDPO_S19,
        PeriodKind.HANGZHOU_PROPERTY: deadlines.HANGZHOU_PROPERTY,
        PeriodKind.SECOND_REMINDER: deadlines.SECOND_REMINDER,
        PeriodKind.REGULATOR_ACCEPTANCE: deadlines.MARKET_REGULATOR_ACCEPTANCE,
        PeriodKind.COMPLAINT_FOLLOW_UP: deadlines.COMPLAINT_FOLLOW_UP,
    }[kind]


@dataclass(frozen=True)
class Request:
    id: int
    uuid: str
    record_id: int
    profile_id: int | None
    types: tuple[str, ...]
    lang: str
    jurisdiction: str
    channel: Channel | None
    tracking_number: str
    reference_code: str
    reply_period: Period | None
    rules_version: str
    grounds: tuple[Any, ...]
    citations: tuple[dict[str, Any], ...]
    letter_text: str
    has_pdf: bool
    handler_name: str
    parent_request_id: int | None
    created_at: str
    updated_at: str
    events: tuple[TimelineEvent, ...]
    # The letter's snapshot as stored (recipient_name, date, regulator_id of a complaint, …).
    letter_json: dict[str, Any] = field(default_factory=dict)
    # Who wrote it (app.tracking.sender.StoredSender JSON); None for requests stored before issue 15.
    sender_json: str | None = None

    @property
    def is_escalation_letter(self) -> bool:
        """A reminder, complaint or police report stored as its own request, linked to the original."""
        return self.types in (("reminder",), ("complaint",), ("police_report",))

    # --- derived from the timeline --------------------------------------------------------------
    @property
    def status(self) -> Status:
        return status_of(self.events)

    @property
    def sent_date(self) -> dt.date | None:
        return first_date_of(self.events, EventKind.SENT)

    @property
    def delivered_date(self) -> dt.date | None:
        return first_date_of(self.events, EventKind.DELIVERED)

    @property
    def replied_date(self) -> dt.date | None:
        """First answer of any kind (a reply, or an outcome recorded without a separate reply)."""
        return first_date_of(
            self.events, EventKind.REPLIED, EventKind.COMPLIED, EventKind.PARTLY_COMPLIED, EventKind.REFUSED
        )

    @property
    def refused_date(self) -> dt.date | None:
        return first_date_of(self.events, EventKind.REFUSED)

    def due(self) -> DueDate | None:
        """The reply due date, None before sending or when the letter asked for no period."""
        sent = self.sent_date
        if sent is None or self.reply_period is None:
            return None
        return deadlines.due_date(sent, self.reply_period, self.delivered_date)

    def second_reminder(self) -> DueDate | None:
        """30 days after sending (GB/T 35273-2020 best practice): time for a complaint if still silent.

        Mainland only: GB/T 35273 is a mainland standard; in Hong Kong the PDPO's own periods apply."""
        sent = self.sent_date
        if sent is None or self.jurisdiction != "CN" or self.is_escalation_letter:
            return None
        return deadlines.due_date(sent, deadlines.SECOND_REMINDER)

    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES

    def awaiting_reply(self) -> bool:
        return self.status in AWAITING_REPLY

    def is_overdue(self, today: dt.date) -> bool:
        due = self.due()
        return is_overdue(self.status, due.date if due else None, today)

    def display_status(self, today: dt.date) -> str:
        due = self.due()
        return display_status(self.status, due.date if due else None, today)

    def to_json(self, today: dt.date) -> dict[str, Any]:
        due = self.due()
        second = self.second_reminder()
        return {
            "id": self.id,
            "uuid": self.uuid,
            "record_id": self.record_id,
            "reference": self.reference_code,
            "handler": self.handler_name,
            "types": list(self.types),
            "lang": self.lang,
            "jurisdiction": self.jurisdiction,
            "status": self.status.value,
            "display_status": self.display_status(today),
            "overdue": self.is_overdue(today),
            "channel": self.channel.value if self.channel else None,
            "tracking_number": self.tracking_number or None,
            "sent_date": self.sent_date.isoformat() if self.sent_date else None,
            "due_date": due.display() if due else None,
            "due": due.to_json() if due else None,
            "second_reminder": second.to_json() if second else None,
            "rules_version": self.rules_version,
            "parent_request_id": self.parent_request_id,
            "events": [
                {
                    "id": e.id,
                    "kind": e.kind.value,
                    "date": e.date.isoformat(),
                    "note": e.note,
                    "evidence_id": e.evidence_id,
                    "reply_kind": e.reply_kind,
                }
                for e in self.events
            ],
        }
