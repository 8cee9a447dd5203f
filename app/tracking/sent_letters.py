"""Letters exactly as they left: PDF bytes, reference and letter date, kept in the vault.

A request's letter is frozen the first time it is exported or marked sent: its PDF bytes go into the
`sent_letters` table with the reference (which carries the letter date, FL-YYYYMMDD-XXXX) and the
letter date. Later exports write those same bytes, so what a handler, a regulator or a court receives
again is what was sent — not a re-composition with today's rule library or today's date.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import uuid as uuid_mod
from dataclasses import dataclass
from typing import Any

from app.errors import InvalidInput, NotFound


@dataclass(frozen=True)
class SentLetter:
    id: int
    request_id: int
    reference: str
    letter_date: dt.date
    kind: str  # request | reminder | complaint
    recipient: str
    stored_at: str
    pdf: bytes
    text: str

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.pdf).hexdigest()

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "request_id": self.request_id,
            "reference": self.reference,
            "letter_date": self.letter_date.isoformat(),
            "kind": self.kind,
            "recipient": self.recipient,
            "stored_at": self.stored_at,
            "sha256": self.sha256,
            "size": len(self.pdf),
        }


def _kind(types_json: str) -> str:
    types = tuple(json.loads(types_json or "[]"))
    return types[0] if types in (("reminder",), ("complaint",), ("police_report",)) else "request"


def keep(conn: Any, request_id: int) -> int:
    """Freeze the request's letter (idempotent: the first copy kept stays). Returns its id.

    Call inside the write transaction that exports or marks it sent."""
    row = conn.execute("SELECT id FROM sent_letters WHERE request_id = ?", (request_id,)).fetchone()
    if row is not None:
        return int(row[0])
    req = conn.execute(
        "SELECT reference_code, letter_json, types_json, letter_pdf, letter_text, created_at"
        " FROM requests WHERE id = ?",
        (request_id,),
    ).fetchone()
    if req is None:
        raise NotFound(f"no request with id {request_id}")
    reference, letter_json, types_json, pdf, text, created_at = req
    if pdf is None:
        raise InvalidInput(f"request {request_id} has no letter PDF to keep", field="letter")
    snapshot: dict[str, Any] = json.loads(letter_json) if letter_json else {}
    letter_date = str(snapshot.get("date") or str(created_at)[:10])
    cursor = conn.execute(
        "INSERT INTO sent_letters (uuid, request_id, reference, letter_date, kind, recipient, pdf, text,"
        " stored_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            str(uuid_mod.uuid4()),
            request_id,
            reference or "",
            letter_date,
            _kind(types_json),
            str(snapshot.get("recipient_name") or ""),
            bytes(pdf),
            text or "",
            dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        ),
    )
    return int(cursor.lastrowid)


def is_kept(conn: Any, request_id: int) -> bool:
    return (
        conn.execute("SELECT 1 FROM sent_letters WHERE request_id = ?", (request_id,)).fetchone() is not None
    )


_COLUMNS = "id, request_id, reference, letter_date, kind, recipient, stored_at, pdf, text"


def _letter(row: Any) -> SentLetter:
    lid, request_id, reference, day, kind, recipient, stored_at, pdf, text = row
    return SentLetter(
        int(lid),
        int(request_id),
        reference,
        dt.date.fromisoformat(day),
        kind,
        recipient,
        stored_at,
        bytes(pdf),
        text or "",
    )


def letters_of_case(vault: Any, root_id: int) -> list[SentLetter]:
    """Every kept letter of the case (the first request and its follow-ups), oldest letter first."""
    rows = vault.conn.execute(
        f"SELECT {_COLUMNS} FROM sent_letters WHERE request_id = ? OR request_id IN"
        " (SELECT id FROM requests WHERE parent_request_id = ?) ORDER BY letter_date, id",
        (root_id, root_id),
    ).fetchall()
    return [_letter(r) for r in rows]


def letter_of_request(vault: Any, request_id: int) -> SentLetter | None:
    row = vault.conn.execute(
        f"SELECT {_COLUMNS} FROM sent_letters WHERE request_id = ?", (request_id,)
    ).fetchone()
    return _letter(row) if row is not None else None


def get_letter(vault: Any, letter_id: int) -> SentLetter:
    row = vault.conn.execute(f"SELECT {_COLUMNS} FROM sent_letters WHERE id = ?", (letter_id,)).fetchone()
    if row is None:
        raise NotFound(f"no kept letter with id {letter_id}")
    return _letter(row)


def export_letter(vault: Any, request_id: int) -> SentLetter:
    """The letter of `request_id` as it is exported: kept on the first export (after checking that it
    names its sender and a reply address, see requests.check_sendable), the kept bytes ever after."""
    from app.tracking import requests  # the request store imports this module

    with vault.write() as conn:
        if not is_kept(conn, request_id):
            requests.check_sendable(conn, request_id)
            keep(conn, request_id)
    kept = letter_of_request(vault, request_id)
    assert kept is not None
    return kept
