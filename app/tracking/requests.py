"""Requests and their timelines in the vault.

A request keeps a snapshot of the letter *as sent* (types, language, grounds and citations with the
rule-library version, full text, PDF, reply period) and a timeline of events. Every change goes
through `add_event`, which validates it with app.tracking.lifecycle inside the write transaction:
a refused change raises TransitionRefused and writes nothing (not even its attachment).

Status, sent date and due date are derived from the timeline; the columns of the same names are a
cache kept in step for SQL sorting and statistics. A due date that cannot be computed (the holiday
calendar does not cover the year yet) is stored as NULL and never blocks recording a sent letter.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid as uuid_mod
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from app import evidence as evidence_mod
from app.errors import InvalidInput, NotFound
from app.tracking import ladder as ladder_mod
from app.tracking import sent_letters
from app.tracking.deadlines import HK_PDPO_S19, Period, PeriodUnit, mainland_requested
from app.tracking.lifecycle import EventKind, Status, TimelineEvent, check_event, status_of
from app.tracking.model import Channel, Request, period_from_json, period_to_json
from app.tracking.sender import StoredSender, check_can_send, stored_sender_from_json

MAX_NOTE = 4000
MAX_TRACKING = 100


@dataclass(frozen=True)
class LetterSnapshot:
    """What a request keeps of its letter, exactly as sent."""

    reference: str
    types: tuple[str, ...]
    lang: str
    jurisdiction: str
    text: str
    pdf: bytes | None
    grounds: tuple[Any, ...]
    citations: tuple[dict[str, Any], ...]
    rules_version: str
    reply_period: Period | None
    letter_json: dict[str, Any] = field(default_factory=dict)
    # Who signs it: carried by every follow-up and checked before export or sending. None: not
    # recorded (a snapshot made by another tool or an older version): nothing to check it against.
    sender: StoredSender | None = None


@dataclass(frozen=True)
class Attachment:
    """A file attached to an event (scanned reply, postal receipt, chat screenshot)."""

    data: bytes
    original_name: str


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _today(today: dt.date | None) -> dt.date:
    return today if today is not None else dt.date.today()


def _clean_note(note: str) -> str:
    note = note.strip()
    if len(note) > MAX_NOTE:
        raise InvalidInput(f"the note is longer than {MAX_NOTE} characters", field="note")
    return note


# --- writing ----------------------------------------------------------------------------------------


def create_request(
    vault: Any,
    record_id: int,
    letter: LetterSnapshot,
    *,
    profile_id: int | None = None,
    parent_request_id: int | None = None,
) -> int:
    """Store a new request as a draft with its letter snapshot. Returns the request id."""
    if not letter.types:
        raise InvalidInput("a request needs at least one request type", field="type")
    now = _now()
    with vault.write() as conn:
        if conn.execute("SELECT 1 FROM records WHERE id = ?", (record_id,)).fetchone() is None:
            raise NotFound(f"no record with id {record_id}")
        if (
            parent_request_id is not None
            and conn.execute("SELECT 1 FROM requests WHERE id = ?", (parent_request_id,)).fetchone() is None
        ):
            raise NotFound(f"no request with id {parent_request_id}")
        if conn.execute("SELECT 1 FROM requests WHERE reference_code = ?", (letter.reference,)).fetchone():
            raise InvalidInput(
                f"reference code {letter.reference} is already used by another request", field="reference"
            )
        period = letter.reply_period
        cursor = conn.execute(
            """INSERT INTO requests (uuid, record_id, profile_id, types_json, lang, status, reference_code,
                   reply_period_days, reply_period_unit, rules_version, grounds_json, citations_json,
                   letter_text, letter_pdf, parent_request_id, created_at, updated_at,
                   letter_json, reply_period_json, sender_json)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            (
                str(uuid_mod.uuid4()),
                record_id,
                profile_id,
                json.dumps(list(letter.types)),
                letter.lang,
                Status.DRAFT.value,
                letter.reference,
                period.days if period else None,
                _unit_column(period),
                letter.rules_version,
                json.dumps(list(letter.grounds), ensure_ascii=False),
                json.dumps(list(letter.citations), ensure_ascii=False),
                letter.text,
                letter.pdf,
                parent_request_id,
                now,
                now,
                json.dumps({**letter.letter_json, "jurisdiction": letter.jurisdiction}, ensure_ascii=False),
                json.dumps(period_to_json(period)) if period else None,
                json.dumps(letter.sender.to_json(), ensure_ascii=False) if letter.sender else None,
            ),
        )
        request_id = int(cursor.lastrowid)
        refresh_case(conn, request_id)
        return request_id


def _unit_column(period: Period | None) -> str | None:
    """reply_period_unit in the rule library's words ("working_days" / "days"), for SQL readers."""
    if period is None:
        return None
    return "working_days" if period.unit is PeriodUnit.WORKING_DAYS else "days"


def mark_sent(
    vault: Any,
    request_id: int,
    date: dt.date,
    channel: Channel,
    *,
    tracking_number: str = "",
    note: str = "",
    attachment: Attachment | None = None,
    today: dt.date | None = None,
) -> int:
    """Record that the letter went out (date, channel, tracking number). Returns the event id."""
    tracking_number = tracking_number.strip()
    if len(tracking_number) > MAX_TRACKING:
        raise InvalidInput(f"tracking number longer than {MAX_TRACKING} characters", field="tracking")
    if tracking_number and channel is not Channel.REGISTERED_MAIL:
        raise InvalidInput("a tracking number goes with channel registered_mail", field="tracking")
    with vault.write() as conn:
        check_sendable(conn, request_id)
        event_id = add_event(
            vault, request_id, EventKind.SENT, date, note=note, attachment=attachment, today=today
        )
        # The letter exactly as sent (PDF bytes, reference, date) is kept, unless it was already kept
        # when it was first exported (or there is no PDF: a letter recorded from its text only).
        has_pdf = conn.execute("SELECT letter_pdf IS NOT NULL FROM requests WHERE id = ?", (request_id,))
        if has_pdf.fetchone()[0]:
            sent_letters.keep(conn, request_id)
        conn.execute(
            "UPDATE requests SET channel = ?, tracking_number = ? WHERE id = ?",
            (channel.value, tracking_number or None, request_id),
        )
        return event_id


# A reminder or complaint letter kept as its own request moves its original request on when sent.
_PARENT_EVENT = {
    ("reminder",): EventKind.REMINDER,
    ("complaint",): EventKind.ESCALATED,
    ("police_report",): EventKind.ESCALATED,  # a report to public security is the complaint's rung
}


def _note_on_parent(vault: Any, conn: Any, request_id: int, date: dt.date, today: dt.date | None) -> None:
    row = conn.execute(
        "SELECT parent_request_id, types_json, reference_code FROM requests WHERE id = ?", (request_id,)
    ).fetchone()
    parent_id, types_json, reference = row
    kind = _PARENT_EVENT.get(tuple(json.loads(types_json)))
    if parent_id is None or kind is None:
        return
    # Refused (e.g. the original is closed) → the whole mark_sent is rolled back with that message.
    add_event(vault, int(parent_id), kind, date, note=reference or "", today=today)


def add_event(
    vault: Any,
    request_id: int,
    kind: EventKind,
    date: dt.date,
    *,
    note: str = "",
    attachment: Attachment | None = None,
    evidence_id: int | None = None,
    today: dt.date | None = None,
    reply_kind: str | None = None,
) -> int:
    """Add one event to a request's timeline after checking it makes sense. Returns the event id.

    TransitionRefused (nothing written) for a change that makes no sense; see lifecycle.check_event.
    `attachment` is stored as evidence of the request's record in the same transaction.
    """
    note = _clean_note(note)
    if attachment is not None and evidence_id is not None:
        raise InvalidInput("give either an attachment or an existing evidence id, not both")
    with vault.write() as conn:
        row = conn.execute("SELECT record_id FROM requests WHERE id = ?", (request_id,)).fetchone()
        if row is None:
            raise NotFound(f"no request with id {request_id}")
        record_id = int(row[0])
        events = _events(conn, request_id)
        status = status_of(events)
        new = check_event(status, events, kind, date, _today(today))
        if evidence_id is not None:
            ev_row = conn.execute("SELECT record_id FROM evidence WHERE id = ?", (evidence_id,)).fetchone()
            if ev_row is None:
                raise NotFound(f"no evidence with id {evidence_id}")
            if int(ev_row[0]) != record_id:
                raise InvalidInput(f"evidence {evidence_id} belongs to another record", field="evidence")
        if attachment is not None:
            evidence_id = evidence_mod.add_evidence(
                vault, record_id, attachment.data, attachment.original_name
            )
        now = _now()
        cursor = conn.execute(
            "INSERT INTO events (uuid, request_id, kind, date, note, evidence_id, created_at, reply_kind) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                str(uuid_mod.uuid4()),
                request_id,
                kind.value,
                date.isoformat(),
                note,
                evidence_id,
                now,
                reply_kind,
            ),
        )
        event_id = int(cursor.lastrowid)
        conn.execute(
            "UPDATE requests SET status = ?, updated_at = ? WHERE id = ?", (new.value, now, request_id)
        )
        _refresh_cache(conn, request_id)
        if kind is EventKind.SENT:
            _note_on_parent(vault, conn, request_id, date, today)
        return event_id


def check_sendable(conn: Any, request_id: int) -> None:
    """SenderIncomplete unless the request's letter names its sender and a reply address (or was
    printed as a blank form on purpose). NotFound for an unknown request."""
    row = conn.execute(
        "SELECT sender_json, reference_code FROM requests WHERE id = ?", (request_id,)
    ).fetchone()
    if row is None:
        raise NotFound(f"no request with id {request_id}")
    if row[0] is None:
        return  # stored before senders were recorded (or imported): the letter text is what it is
    stored = stored_sender_from_json(row[0])
    check_can_send(stored.sender, blank_form=stored.blank_form, what=f"letter {row[1] or request_id}")


def refresh_case(conn: Any, request_id: int) -> None:
    """Recompute the current-rung cache (rung_kind, rung_due_date, rung_recipient, rung_awaiting) of
    the case `request_id` belongs to; the list and Due page sort and filter on these columns."""
    root_id = ladder_mod.case_root_id(conn, request_id)
    case = case_ladder_in(conn, root_id)
    current = case.current
    awaiting = case.awaiting()
    conn.execute(
        "UPDATE requests SET rung_kind = ?, rung_due_date = ?, rung_recipient = ?, rung_awaiting = ?,"
        " rung_sent_date = ?, rung_request_id = ? WHERE id = ?",
        (
            current.kind.value,
            current.due.date.isoformat() if awaiting and current.due and current.due.date else None,
            current.recipient,
            int(awaiting),
            current.sent_date.isoformat() if current.sent_date else None,
            current.request_id,
            root_id,
        ),
    )


def case_ladder_in(conn: Any, root_id: int) -> ladder_mod.Ladder:
    root = _load(conn, root_id)
    child_ids = [
        int(r[0])
        for r in conn.execute("SELECT id FROM requests WHERE parent_request_id = ? ORDER BY id", (root_id,))
    ]
    return ladder_mod.build_ladder(root, [_load(conn, c) for c in child_ids])


def case_ladder(vault: Any, request_id: int) -> ladder_mod.Ladder:
    """The case (first request, reminders, complaints, replies, outcome) `request_id` belongs to."""
    conn = vault.conn
    if conn.execute("SELECT 1 FROM requests WHERE id = ?", (request_id,)).fetchone() is None:
        raise NotFound(f"no request with id {request_id}")
    return case_ladder_in(conn, ladder_mod.case_root_id(conn, request_id))


def _refresh_cache(conn: Any, request_id: int) -> None:
    """Keep sent_date / due_date columns in step with the timeline (NULL due date when unknown)."""
    request = _load(conn, request_id)
    due = request.due()
    conn.execute(
        "UPDATE requests SET sent_date = ?, due_date = ? WHERE id = ?",
        (
            request.sent_date.isoformat() if request.sent_date else None,
            due.date.isoformat() if due and due.date else None,
            request_id,
        ),
    )
    # The case this request belongs to moves on with it (also for timelines merged from a bundle).
    refresh_case(conn, request_id)


# --- reading ----------------------------------------------------------------------------------------

_COLUMNS = """r.id, r.uuid, r.record_id, r.profile_id, r.types_json, r.lang, r.channel, r.tracking_number,
    r.reference_code, r.reply_period_json, r.rules_version, r.grounds_json, r.citations_json, r.letter_text,
    r.letter_pdf IS NOT NULL, rec.handler_name, r.parent_request_id, r.created_at, r.updated_at,
    r.letter_json, r.reply_period_days, r.reply_period_unit, r.sender_json"""


def _events(conn: Any, request_id: int) -> list[TimelineEvent]:
    rows = conn.execute(
        "SELECT id, uuid, kind, date, note, evidence_id, reply_kind FROM events WHERE request_id = ?"
        " ORDER BY date, id",
        (request_id,),
    ).fetchall()
    return [
        TimelineEvent(
            kind=EventKind(kind),
            date=dt.date.fromisoformat(day),
            note=note or "",
            evidence_id=evidence_id,
            id=int(event_id),
            uuid=event_uuid,
            reply_kind=reply_kind,
        )
        for event_id, event_uuid, kind, day, note, evidence_id, reply_kind in rows
    ]


def _from_row(row: Sequence[Any], events: list[TimelineEvent]) -> Request:
    (
        rid,
        ruuid,
        record_id,
        profile_id,
        types_json,
        lang,
        channel,
        tracking,
        reference,
        period_json,
        rules_version,
        grounds_json,
        citations_json,
        letter_text,
        has_pdf,
        handler_name,
        parent_id,
        created_at,
        updated_at,
        letter_json,
        period_days,
        period_unit,
        sender_json,
    ) = row
    types = tuple(json.loads(types_json))
    snapshot: dict[str, Any] = json.loads(letter_json) if letter_json else {}
    jurisdiction = snapshot.get("jurisdiction") or ("HK" if any(t.startswith("hk_") for t in types) else "CN")
    return Request(
        id=int(rid),
        uuid=ruuid,
        record_id=int(record_id),
        profile_id=profile_id,
        types=types,
        lang=lang,
        jurisdiction=jurisdiction,
        channel=Channel(channel) if channel else None,
        tracking_number=tracking or "",
        reference_code=reference or "",
        reply_period=period_from_json(json.loads(period_json))
        if period_json
        else _period_from_columns(jurisdiction, period_days, period_unit),
        rules_version=rules_version or "",
        grounds=tuple(json.loads(grounds_json or "[]")),
        citations=tuple(json.loads(citations_json or "[]")),
        letter_text=letter_text or "",
        has_pdf=bool(has_pdf),
        handler_name=handler_name or "",
        parent_request_id=parent_id,
        created_at=created_at,
        updated_at=updated_at,
        events=tuple(events),
        letter_json=snapshot,
        sender_json=sender_json,
    )


def _period_from_columns(jurisdiction: str, days: int | None, unit: str | None) -> Period | None:
    """A reply period for a row without reply_period_json (written by another tool or version).

    Only what the columns say unambiguously: Hong Kong's 40 days are PDPO s19; a mainland period in
    working days is a requested one. Anything else stays without a due date rather than a guessed basis.
    """
    if days is None or unit is None:
        return None
    if jurisdiction == "HK" and days == HK_PDPO_S19.days and unit in ("days", "calendar_days"):
        return HK_PDPO_S19
    if jurisdiction == "CN" and unit == "working_days" and 1 <= days <= 366:
        return mainland_requested(days)
    return None


def _load(conn: Any, request_id: int) -> Request:
    row = conn.execute(
        f"SELECT {_COLUMNS} FROM requests r JOIN records rec ON rec.id = r.record_id WHERE r.id = ?",
        (request_id,),
    ).fetchone()
    if row is None:
        raise NotFound(f"no request with id {request_id}")
    return _from_row(row, _events(conn, request_id))


def get_request(vault: Any, request_id: int) -> Request:
    return _load(vault.conn, request_id)


def get_letter_pdf(vault: Any, request_id: int) -> bytes | None:
    row = vault.conn.execute("SELECT letter_pdf FROM requests WHERE id = ?", (request_id,)).fetchone()
    if row is None:
        raise NotFound(f"no request with id {request_id}")
    return bytes(row[0]) if row[0] is not None else None


def get_letter_json(vault: Any, request_id: int) -> dict[str, Any]:
    row = vault.conn.execute("SELECT letter_json FROM requests WHERE id = ?", (request_id,)).fetchone()
    if row is None:
        raise NotFound(f"no request with id {request_id}")
    return dict(json.loads(row[0])) if row[0] else {}


def list_requests(
    vault: Any,
    *,
    record_id: int | None = None,
    statuses: Sequence[Status] | None = None,
) -> list[Request]:
    """Requests, newest first, each with its timeline."""
    conn = vault.conn
    where: list[str] = []
    params: list[object] = []
    if record_id is not None:
        where.append("r.record_id = ?")
        params.append(record_id)
    if statuses:
        where.append(f"r.status IN ({', '.join('?' for _ in statuses)})")
        params.extend(s.value for s in statuses)
    sql = f"SELECT {_COLUMNS} FROM requests r JOIN records rec ON rec.id = r.record_id"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY r.id DESC"
    rows = conn.execute(sql, params).fetchall()
    events_by_request: dict[int, list[TimelineEvent]] = {int(r[0]): [] for r in rows}
    if rows:
        # One query for all timelines instead of one per request.
        for request_id, *rest in conn.execute(
            "SELECT request_id, id, uuid, kind, date, note, evidence_id, reply_kind FROM events"
            " ORDER BY date, id"
        ):
            if int(request_id) in events_by_request:
                event_id, event_uuid, kind, day, note, evidence_id, reply_kind = rest
                events_by_request[int(request_id)].append(
                    TimelineEvent(
                        kind=EventKind(kind),
                        date=dt.date.fromisoformat(day),
                        note=note or "",
                        evidence_id=evidence_id,
                        id=int(event_id),
                        uuid=event_uuid,
                        reply_kind=reply_kind,
                    )
                )
    return [_from_row(row, events_by_request[int(row[0])]) for row in rows]


def due_requests(vault: Any) -> list[Request]:
    """Requests still awaiting an answer (sent, delivered), earliest due date first; unknown last."""
    waiting = list_requests(vault, statuses=(Status.SENT, Status.DELIVERED))

    def key(request: Request) -> tuple[int, dt.date, int]:
        due = request.due()
        if due is None or due.date is None:
            return (1, dt.date.max, request.id)
        return (0, due.date, request.id)

    return sorted(waiting, key=key)


def refresh_due_cache(vault: Any) -> int:
    """Recompute the cached due dates of requests awaiting a reply; returns how many changed.

    Needed after the chinese-calendar package is updated: due dates that were unknown ("calendar for
    2027 not available") become known. Cheap; the UI can run it at unlock.
    """
    changed = 0
    with vault.write() as conn:
        for request in list_requests(vault, statuses=(Status.SENT, Status.DELIVERED)):
            due = request.due()
            value = due.date.isoformat() if due and due.date else None
            row = conn.execute("SELECT due_date FROM requests WHERE id = ?", (request.id,)).fetchone()
            if row[0] != value:
                conn.execute("UPDATE requests SET due_date = ? WHERE id = ?", (value, request.id))
                changed += 1
        # Cases whose current rung awaits an answer (or was never computed: vaults migrated from
        # before the ladder) get their rung cache recomputed too.
        for (root_id,) in conn.execute(
            "SELECT id FROM requests WHERE parent_request_id IS NULL"
            " AND (rung_awaiting = 1 OR rung_recipient IS NULL)"
        ).fetchall():
            refresh_case(conn, int(root_id))
    return changed
