"""Figures over a vault: records by place type and city, requests by outcome, reply times per handler.

Qt-free and read-only. All counting happens in SQL on the indexed cache columns (records.place_type,
records.city, requests.status, events.kind/date); Python only computes medians. Long runs report
progress and can be cancelled between steps and inside the per-request loop, like the other long
core functions (`progress(percent, label)`, `is_cancelled()`).

Outcome buckets follow app/tracking/lifecycle: the stored `status` column is a cache of the timeline,
and `overdue` is never stored, so it is derived here the same way (still awaiting the first answer
and the cached due date is before `today`).

Reply time = calendar days from the first `sent` event to the first answer (a reply or an outcome
recorded without a separate reply), the definition of `Request.replied_date`.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import statistics as pystats
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from app.errors import OperationCancelled
from app.tracking.lifecycle import OVERDUE, EventKind, Status
from app.vault import Vault

Progress = Callable[[int, str], None]
IsCancelled = Callable[[], bool]

# Event kinds that count as the handler's first answer (Request.replied_date).
ANSWER_KINDS: tuple[str, ...] = (
    EventKind.REPLIED.value,
    EventKind.COMPLIED.value,
    EventKind.PARTLY_COMPLIED.value,
    EventKind.REFUSED.value,
)
# Order of the outcome buckets in figures and CSV: pending first, then answers, then the end.
OUTCOME_ORDER: tuple[str, ...] = (
    Status.DRAFT.value,
    Status.SENT.value,
    Status.DELIVERED.value,
    OVERDUE,
    Status.REPLIED.value,
    Status.COMPLIED.value,
    Status.PARTLY_COMPLIED.value,
    Status.REFUSED.value,
    Status.ESCALATED.value,
    Status.CLOSED.value,
)
_CANCEL_CHECK_EVERY = 2000  # rows between cancellation checks in the Python loop


@dataclass(frozen=True)
class Count:
    """One bar: `key` is the raw value (a place_type enum value, a city as written, a status)."""

    key: str
    count: int


@dataclass(frozen=True)
class HandlerReplyTime:
    handler: str  # the handler's legal name as recorded ('' when the record names none)
    median_days: float | None  # None when no request to this handler was answered yet
    replies: int  # requests with an answer (the median is over these)
    requests: int  # sent requests to this handler, answered or not


@dataclass(frozen=True)
class Statistics:
    today: dt.date
    records_total: int
    requests_total: int
    records_by_place_type: tuple[Count, ...]
    records_by_city: tuple[Count, ...]
    requests_by_outcome: tuple[Count, ...]
    reply_days_by_handler: tuple[HandlerReplyTime, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "today": self.today.isoformat(),
            "records_total": self.records_total,
            "requests_total": self.requests_total,
            "records_by_place_type": {c.key: c.count for c in self.records_by_place_type},
            "records_by_city": {c.key: c.count for c in self.records_by_city},
            "requests_by_outcome": {c.key: c.count for c in self.requests_by_outcome},
            "reply_days_by_handler": [
                {"handler": h.handler, "median_days": h.median_days, "replies": h.replies,
                 "requests": h.requests}
                for h in self.reply_days_by_handler
            ],
        }


class _Steps:
    """Progress reporting and cancellation for a fixed number of steps."""

    def __init__(self, total: int, progress: Progress | None, is_cancelled: IsCancelled | None) -> None:
        self._total = total
        self._done = 0
        self._progress = progress
        self._is_cancelled = is_cancelled

    def check(self) -> None:
        if self._is_cancelled is not None and self._is_cancelled():
            raise OperationCancelled("statistics cancelled; nothing was changed")

    def step(self, label: str) -> None:
        self.check()
        if self._progress is not None:
            self._progress(round(100 * self._done / self._total), label)
        self._done += 1

    def finish(self) -> None:
        if self._progress is not None:
            self._progress(100, "done")


def _profile_filter(column: str, profile_id: int | None) -> tuple[str, tuple[Any, ...]]:
    if profile_id is None:
        return "", ()
    return f" WHERE {column} = ?", (profile_id,)


def _counts(conn: Any, sql: str, params: tuple[Any, ...]) -> tuple[Count, ...]:
    return tuple(Count(str(key), int(n)) for key, n in conn.execute(sql, params).fetchall())


def records_by_place_type(vault: Vault, *, profile_id: int | None = None) -> tuple[Count, ...]:
    """Most frequent first; ties by key so the order is stable."""
    where, params = _profile_filter("profile_id", profile_id)
    return _counts(
        vault.conn,
        f"SELECT place_type, count(*) AS n FROM records{where}"
        " GROUP BY place_type ORDER BY n DESC, place_type",
        params,
    )


def records_by_city(vault: Vault, *, profile_id: int | None = None) -> tuple[Count, ...]:
    """Cities as the user wrote them (trimmed); '' collects records without a city."""
    where, params = _profile_filter("profile_id", profile_id)
    return _counts(
        vault.conn,
        f"SELECT trim(city) AS c, count(*) AS n FROM records{where} GROUP BY c ORDER BY n DESC, c",
        params,
    )


def requests_by_outcome(vault: Vault, today: dt.date, *, profile_id: int | None = None) -> tuple[Count, ...]:
    """Cases (a first request with its reminders and complaints) per displayed status, from the current
    rung as app.tracking.ladder derives it: `overdue` while the latest letter sent awaits an answer past
    its due date — a sent reminder or complaint is never counted as the stale first request."""
    where, params = _profile_filter("profile_id", profile_id)
    where = f"{where} AND parent_request_id IS NULL" if where else " WHERE parent_request_id IS NULL"
    sql = (
        "SELECT CASE WHEN rung_awaiting = 1 AND rung_due_date IS NOT NULL AND rung_due_date < ? "
        f"THEN '{OVERDUE}' ELSE status END AS shown, count(*) FROM requests{where} GROUP BY shown"
    )
    found = dict(vault.conn.execute(sql, (today.isoformat(), *params)).fetchall())
    ordered = [Count(key, int(found.pop(key))) for key in OUTCOME_ORDER if key in found]
    # A status this version does not know (a newer vault) is still counted, after the known ones.
    ordered.extend(Count(str(key), int(n)) for key, n in sorted(found.items()))
    return tuple(ordered)


def reply_days_by_handler(
    vault: Vault,
    *,
    profile_id: int | None = None,
    is_cancelled: IsCancelled | None = None,
) -> tuple[HandlerReplyTime, ...]:
    """Median calendar days from sending to the first answer, per handler.

    Handlers that never answered come first (they matter most to people choosing where to complain),
    then the slowest median first."""
    steps = _Steps(1, None, is_cancelled)
    kinds = ", ".join("?" for _ in ANSWER_KINDS)
    profile_where = "" if profile_id is None else " AND r.profile_id = ?"
    sql = (
        "SELECT trim(rec.handler_name), s.sent, a.answered FROM requests r"
        " JOIN records rec ON rec.id = r.record_id"
        " JOIN (SELECT request_id, min(date) AS sent FROM events WHERE kind = ? GROUP BY request_id) s"
        "   ON s.request_id = r.id"
        f" LEFT JOIN (SELECT request_id, min(date) AS answered FROM events WHERE kind IN ({kinds})"
        "   GROUP BY request_id) a ON a.request_id = r.id"
        # Cases only: a reminder's or complaint's own request is answered on its case's first request.
        f" WHERE r.parent_request_id IS NULL{profile_where}"
    )
    params: tuple[Any, ...] = (EventKind.SENT.value, *ANSWER_KINDS)
    if profile_id is not None:
        params += (profile_id,)
    days: dict[str, list[int]] = {}
    sent_count: dict[str, int] = {}
    for index, (handler, sent, answered) in enumerate(vault.conn.execute(sql, params)):
        if index % _CANCEL_CHECK_EVERY == 0:
            steps.check()
        name = str(handler or "")
        sent_count[name] = sent_count.get(name, 0) + 1
        if answered is not None:
            delta = (dt.date.fromisoformat(answered) - dt.date.fromisoformat(sent)).days
            days.setdefault(name, []).append(max(delta, 0))
    rows = [
        HandlerReplyTime(
            name,
            float(pystats.median(days[name])) if name in days else None,
            len(days.get(name, ())),
            count,
        )
        for name, count in sent_count.items()
    ]
    rows.sort(key=lambda h: (h.median_days is not None, -(h.median_days or 0.0), h.handler))
    return tuple(rows)


def compute_statistics(
    vault: Vault,
    today: dt.date,
    *,
    profile_id: int | None = None,
    progress: Progress | None = None,
    is_cancelled: IsCancelled | None = None,
) -> Statistics:
    """Every figure the Statistics page and `faceledger stats` show. Raises OperationCancelled."""
    steps = _Steps(5, progress, is_cancelled)
    conn = vault.conn
    steps.step("records")
    where, params = _profile_filter("profile_id", profile_id)
    records_total = int(conn.execute(f"SELECT count(*) FROM records{where}", params).fetchone()[0])
    cases_where = f"{where} AND parent_request_id IS NULL" if where else " WHERE parent_request_id IS NULL"
    # One case (first request with its reminders and complaints) counts once, as in requests_by_outcome.
    requests_total = int(conn.execute(f"SELECT count(*) FROM requests{cases_where}", params).fetchone()[0])
    steps.step("place types")
    by_place = records_by_place_type(vault, profile_id=profile_id)
    steps.step("cities")
    by_city = records_by_city(vault, profile_id=profile_id)
    steps.step("outcomes")
    by_outcome = requests_by_outcome(vault, today, profile_id=profile_id)
    steps.step("reply times")
    reply_times = reply_days_by_handler(vault, profile_id=profile_id, is_cancelled=is_cancelled)
    steps.finish()
    return Statistics(today, records_total, requests_total, by_place, by_city, by_outcome, reply_times)


CSV_HEADER = ("figure", "key", "count", "median_days", "requests")


def statistics_csv(stats: Statistics, labels: Callable[[str, str], str] | None = None) -> str:
    """The figures as one CSV table (UTF-8 text; callers add a BOM for spreadsheet apps if they wish).

    `labels(figure, key)` may turn raw keys into display words (the UI passes translated labels);
    without it the raw keys are written, which is what scripts want.
    """
    def label(figure: str, key: str) -> str:
        return labels(figure, key) if labels is not None else key

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_HEADER)
    for figure, counts in (
        ("records_by_place_type", stats.records_by_place_type),
        ("records_by_city", stats.records_by_city),
        ("requests_by_outcome", stats.requests_by_outcome),
    ):
        for c in counts:
            writer.writerow((figure, _csv_safe(label(figure, c.key)), c.count, "", ""))
    for h in stats.reply_days_by_handler:
        writer.writerow(("reply_days_by_handler", _csv_safe(label("reply_days_by_handler", h.handler)),
                         h.replies, "" if h.median_days is None else f"{h.median_days:g}", h.requests))
    return out.getvalue()


def _csv_safe(text: str) -> str:
    """Defuse spreadsheet formula injection: a handler name is user input that Excel may evaluate."""
    if text[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + text
    return text
