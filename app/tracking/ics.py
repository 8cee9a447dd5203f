"""Export due dates as an iCalendar (.ics) file for any calendar app.

One all-day event per open request with a known due date: the reply due date while the handler still
owes a first answer, then the 30-day second-reminder date once the first has passed. The UID comes
from the request's uuid, so importing a fresh export updates the same entries instead of doubling them.

Only what the user needs to act goes in: the reference code, the handler's name, the request types,
the basis of the date. Never the complainant's name, phone, address or ID number — calendars sync to
third-party servers.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

import icalendar

from app import __version__
from app.tracking.deadlines import DueDate
from app.tracking.model import Request

PRODID = f"-//FaceLedger//FaceLedger {__version__}//ZH"
UID_DOMAIN = "faceledger.invalid"  # RFC 2606 reserved: a UID domain that names no real host


@dataclass(frozen=True)
class CalendarEntry:
    request: Request
    due: DueDate
    is_second_reminder: bool


@dataclass(frozen=True)
class CalendarExport:
    data: bytes
    entries: tuple[CalendarEntry, ...]
    # Open requests left out because their due date is unknown (calendar year not covered), with why.
    skipped: tuple[tuple[Request, str], ...]


def entry_for(request: Request, today: dt.date) -> CalendarEntry | None | str:
    """The date that matters next for an open request; a reason string when it cannot be known."""
    if not request.awaiting_reply() or request.is_escalation_letter:
        # A reminder's or complaint's own request is a rung of its case: the case's first request
        # carries the date that matters next (a sent reminder must not stay "due" after the complaint).
        return None
    due = request.due()
    if due is not None and due.date is None:
        return due.unknown_reason or "due date unknown"
    second = request.second_reminder()
    if (
        due is not None
        and due.date is not None
        and (today <= due.date or second is None or second.date is None or second.date <= due.date)
    ):
        return CalendarEntry(request, due, is_second_reminder=False)
    if second is not None and second.date is not None:
        return CalendarEntry(request, second, is_second_reminder=True)
    return None


def uid_for(request: Request) -> str:
    return f"{request.uuid}@{UID_DOMAIN}"


def build_calendar(
    requests: Iterable[Request], today: dt.date, now: dt.datetime | None = None
) -> CalendarExport:
    stamp = now or dt.datetime.now(dt.UTC)
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", "FaceLedger 答复期限 Due dates")
    entries: list[CalendarEntry] = []
    skipped: list[tuple[Request, str]] = []
    for request in requests:
        found = entry_for(request, today)
        if isinstance(found, str):
            skipped.append((request, found))
            continue
        if found is None:
            continue
        assert found.due.date is not None
        entries.append(found)
        event = icalendar.Event()
        event.add("uid", uid_for(request))
        event.add("dtstamp", stamp)
        event.add("dtstart", found.due.date)  # a date, not a datetime: an all-day event
        event.add("dtend", found.due.date + dt.timedelta(days=1))
        event.add("summary", _summary(found))
        event.add("description", _description(found))
        event.add("transp", "TRANSPARENT")
        cal.add_component(event)
    return CalendarExport(cal.to_ical(), tuple(entries), tuple(skipped))


def _summary(entry: CalendarEntry) -> str:
    request = entry.request
    handler = request.handler_name or "?"
    # An estimated date (no official holiday schedule for its year yet) says so in the title itself.
    estimated = " (估算 estimated)" if entry.due.estimated else ""
    if entry.is_second_reminder:
        return f"第二次催告/投诉 Second reminder{estimated}: {request.reference_code} · {handler}"
    return f"答复期限 Reply due{estimated}: {request.reference_code} · {handler}"


def _description(entry: CalendarEntry) -> str:
    request = entry.request
    sent = request.sent_date.isoformat() if request.sent_date else "?"
    lines = [
        f"参考编号 Reference: {request.reference_code}",
        f"处理者 Handler: {request.handler_name}",
        f"请求 Requests: {', '.join(request.types)}",
        f"发出 Sent: {sent}",
        f"依据: {entry.due.basis_zh}",
        f"Basis: {entry.due.basis_en}",
        "法定期限 Statutory: " + ("是 yes" if entry.due.statutory else "否 no"),
    ]
    return "\n".join(lines)
