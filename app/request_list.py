"""Requests for large tables: an id list in SQL order, then the rows of the ids on screen.

`app.tracking.requests.list_requests` loads every request with its whole timeline, which is right for
the CLI and for small vaults but too slow to back a table of 20,000 requests. This module reads only
the cache columns that app.tracking keeps in step with each timeline (status, sent_date, due_date)
so that filtering and sorting run in SQL (ARCHITECTURE lesson 4) and a row costs one indexed lookup.
The detail view still loads the full `Request` through app.tracking.

One row per *case*: a first request with its reminders and complaints (app/tracking/ladder.py). The
row shows the case's current rung — the latest letter sent — with its own recipient, sent date and
due date, so a sent reminder or complaint never leaves a stale "overdue" or "not sent" behind.

`overdue` is derived as app.tracking.ladder does: the current rung still awaits an answer and its due
date is before today. A complaint's follow-up date (no law sets one) passing shows `follow_up_due`.
Neither is stored.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from app.errors import InvalidInput
from app.tracking import deadlines
from app.tracking.ladder import FOLLOW_UP_DUE
from app.tracking.lifecycle import OPEN_STATUSES, OVERDUE, Status
from app.vault import Vault

_OPEN_SQL = "(" + ", ".join(f"'{s.value}'" for s in sorted(OPEN_STATUSES)) + ")"
_MAX_IDS_PER_QUERY = 500  # SQLite's default host-parameter limit is far above; keep statements small


class Filter(StrEnum):
    """What the Requests page can filter on besides a single status."""

    ALL = "all"
    OPEN = "open"  # not draft, not closed
    OVERDUE = OVERDUE


class Order(StrEnum):
    NEWEST = "newest"  # most recently created first
    DUE = "due"  # earliest due date first, unknown due dates last
    SENT = "sent"  # oldest sending first


_ORDER_SQL = {
    Order.NEWEST: "r.id DESC",
    Order.DUE: "r.rung_due_date IS NULL, r.rung_due_date, r.id",
    Order.SENT: "r.sent_date IS NULL, r.sent_date, r.id",
}


@dataclass(frozen=True)
class RequestRow:
    """One table row (a case): what a person needs to recognise it and see how late the answer is."""

    id: int  # the case's first request
    reference: str  # the current rung's letter
    record_id: int
    handler_name: str
    place_name: str
    types: tuple[str, ...]
    status: str  # the first request's (timeline-derived) status
    sent_date: dt.date | None  # the current rung's sending
    due_date: dt.date | None  # the current rung's due date while it awaits an answer
    channel: str
    rung: str = "request"  # request | reminder | complaint
    recipient: str = ""  # the current rung's recipient (the handler, or the regulator of a complaint)
    rung_awaiting: bool = False
    follow_up_only: bool = False  # the due date is a complaint's follow-up date, not a deadline

    def shown_status(self, today: dt.date) -> str:
        """The status as people see it: `overdue` once the current rung's due date has passed."""
        if self.rung_awaiting and self.due_date is not None and today > self.due_date:
            return FOLLOW_UP_DUE if self.follow_up_only else OVERDUE
        return self.status

    def days_left(self, today: dt.date) -> int | None:
        """Calendar days until the due date (negative when overdue); None without a due date."""
        return None if self.due_date is None else (self.due_date - today).days

    def awaiting_reply(self) -> bool:
        return self.rung_awaiting

    def due_estimated(self) -> bool:
        """The due date was counted by rule, not on an official holiday schedule (issue 15 item 6).

        Mainland periods are counted in working days (or, in Hangzhou, roll to a working day), so a due
        date in a year without an official schedule here was estimated; Hong Kong periods are plain
        calendar days and never are. DueDate.estimated's answer for these periods, from cached columns."""
        if self.due_date is None or any(t.startswith("hk_") for t in self.types):
            return False
        return self.due_date.year > deadlines.last_official_year()


def _where(status: Status | Filter | str, today: dt.date, profile_id: int | None) -> tuple[str, list[Any]]:
    clauses: list[str] = ["r.parent_request_id IS NULL"]  # one row per case
    params: list[Any] = []
    if status == Filter.ALL:
        pass
    elif status == Filter.OPEN:
        clauses.append(f"r.status IN {_OPEN_SQL}")
    elif status == Filter.OVERDUE:
        clauses.append("r.rung_awaiting = 1 AND r.rung_due_date IS NOT NULL AND r.rung_due_date < ?")
        params.append(today.isoformat())
    else:
        try:
            clauses.append("r.status = ?")
            params.append(Status(status).value)
        except ValueError:
            raise InvalidInput(f"unknown status filter {status!r}", field="status") from None
    if profile_id is not None:
        clauses.append("r.profile_id = ?")
        params.append(profile_id)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def request_ids(
    vault: Vault,
    *,
    status: Status | Filter | str = Filter.ALL,
    today: dt.date,
    order: Order = Order.NEWEST,
    profile_id: int | None = None,
) -> list[int]:
    """Ids of the requests matching `status` in `order` (one cheap query, even for 100k rows)."""
    where, params = _where(status, today, profile_id)
    sql = f"SELECT r.id FROM requests r{where} ORDER BY {_ORDER_SQL[Order(order)]}"
    return [int(row[0]) for row in vault.conn.execute(sql, params).fetchall()]


def count_requests(vault: Vault, *, status: Status | Filter | str = Filter.ALL, today: dt.date) -> int:
    where, params = _where(status, today, None)
    return int(vault.conn.execute(f"SELECT count(*) FROM requests r{where}", params).fetchone()[0])


def _date(value: object) -> dt.date | None:
    return dt.date.fromisoformat(str(value)) if value else None


def request_rows(vault: Vault, ids: Sequence[int]) -> dict[int, RequestRow]:
    """The rows for `ids` (missing ids are simply absent: a request deleted meanwhile)."""
    found: dict[int, RequestRow] = {}
    wanted = [int(i) for i in ids]
    for start in range(0, len(wanted), _MAX_IDS_PER_QUERY):
        chunk = wanted[start : start + _MAX_IDS_PER_QUERY]
        marks = ", ".join("?" for _ in chunk)
        rows = vault.conn.execute(
            "SELECT r.id, coalesce(cur.reference_code, r.reference_code, ''), r.record_id, rec.handler_name,"
            " coalesce(json_extract(rec.facts_json, '$.place_name'), ''), r.types_json, r.status,"
            " coalesce(r.rung_sent_date, r.sent_date), r.rung_due_date, coalesce(r.channel, ''),"
            " coalesce(r.rung_kind, 'request'), coalesce(r.rung_recipient, ''), r.rung_awaiting,"
            " json_extract(cur.letter_json, '$.regulator_id')"
            " FROM requests r JOIN records rec ON rec.id = r.record_id"
            # The current rung's own request (the first request itself, a reminder or a complaint).
            " LEFT JOIN requests cur ON cur.id = r.rung_request_id"
            f" WHERE r.id IN ({marks})",
            chunk,
        ).fetchall()
        for (rid, ref, record_id, handler, place, types_json, status, sent, due, channel, rung, recipient,
             awaiting, regulator) in rows:
            found[int(rid)] = RequestRow(
                id=int(rid), reference=str(ref), record_id=int(record_id), handler_name=str(handler or ""),
                place_name=str(place or ""), types=tuple(json.loads(types_json or "[]")), status=str(status),
                sent_date=_date(sent), due_date=_date(due), channel=str(channel), rung=str(rung),
                recipient=str(recipient or handler or ""), rung_awaiting=bool(awaiting),
                follow_up_only=rung == "complaint" and regulator != "market_regulation_12315",
            )
    return found


def due_soon(vault: Vault, today: dt.date, *, within_days: int = 7) -> list[RequestRow]:
    """Cases whose current rung still awaits an answer and is due (or past due) within `within_days`
    of today, oldest due date first (the Due page: what needs action today and this week)."""
    if within_days < 0:
        raise InvalidInput("within_days must not be negative", field="within_days")
    horizon = (today + dt.timedelta(days=within_days)).isoformat()
    ids = [
        int(row[0])
        for row in vault.conn.execute(
            "SELECT r.id FROM requests r WHERE r.parent_request_id IS NULL AND r.rung_awaiting = 1"
            " AND r.rung_due_date IS NOT NULL AND r.rung_due_date <= ?"
            " ORDER BY r.rung_due_date, r.sent_date, r.id",
            (horizon,),
        ).fetchall()
    ]
    rows = request_rows(vault, ids)
    return [rows[i] for i in ids if i in rows]
