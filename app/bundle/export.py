"""Export a case — a whole profile or chosen records — as one encrypted case bundle.

What travels: the records (facts + notes), their evidence (bytes, SHA-256, name, capture time),
their requests with the letter as sent (text, PDF, grounds, citations, rule-library version, reply
period), every event of those requests, and the profiles those rows belong to. Every row keeps its
uuid, so importing merges without duplicates.

`case_key` names the case for replay protection: "profile:<uuid>" for a profile, or
"records:<hash of the record uuids>" for a set of records. A bundle also has its own id and creation
time; the importer refuses a bundle it has seen, or one older than a bundle of the same case it has
already imported.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import time
import uuid as uuid_mod
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app import __version__
from app.bundle import redact
from app.bundle.content import BundleContents, build_manifest
from app.bundle.format import (
    DEFAULT_LIMITS,
    DEFAULT_LOG2_CHUNK,
    BundleLimits,
    build_payload,
    seal,
)
from app.bundle.sealing import Envelope, seal_to_keys, seal_with_passphrase
from app.errors import BundleTooLarge, InvalidInput, NotFound
from app.evidence_names import safe_evidence_name
from app.kdf import KdfParams, passphrase_bytes, wipe
from app.outputs import check_output, open_output
from app.vault import Vault


@dataclass
class ExportReport:
    path: Path
    bundle_id: str
    case_key: str
    counts: dict[str, int]
    redacted: bool
    withheld: list[str] = field(default_factory=list)  # evidence names withheld by redaction
    letter_pdfs_withheld: int = 0
    size: int = 0
    seconds: float = 0.0
    envelope: str = Envelope.AGE_KEYS.value
    recipients: list[str] = field(default_factory=list)  # public keys it was sealed to (age-x25519)

    def to_json(self) -> dict[str, Any]:
        return {
            "path": str(self.path),
            "envelope": self.envelope,
            "recipients": self.recipients,
            "bundle_id": self.bundle_id,
            "case_key": self.case_key,
            "counts": self.counts,
            "redacted": self.redacted,
            "withheld_evidence": self.withheld,
            "letter_pdfs_withheld": self.letter_pdfs_withheld,
            "bytes": self.size,
            "seconds": round(self.seconds, 3),
        }


def _placeholders(values: Sequence[Any]) -> str:
    return ", ".join("?" for _ in values)


def _select_record_ids(vault: Vault, profile_id: int | None, record_ids: Sequence[int]) -> list[int]:
    conn = vault.conn
    if (profile_id is None) == (not record_ids):
        raise InvalidInput("choose either a profile or one or more records to export", field="profile")
    if profile_id is not None:
        if conn.execute("SELECT 1 FROM profiles WHERE id = ?", (profile_id,)).fetchone() is None:
            raise NotFound(f"no profile with id {profile_id}")
        return [
            int(r[0])
            for r in conn.execute("SELECT id FROM records WHERE profile_id = ? ORDER BY id", (profile_id,))
        ]
    wanted = sorted(set(record_ids))
    found = {
        int(r[0])
        for r in conn.execute(f"SELECT id FROM records WHERE id IN ({_placeholders(wanted)})", wanted)
    }
    missing = [i for i in wanted if i not in found]
    if missing:
        raise NotFound(f"no record with id {missing[0]}")
    return wanted


def collect(
    vault: Vault,
    *,
    profile_id: int | None = None,
    record_ids: Sequence[int] = (),
    redacted: bool = False,
    now: dt.datetime | None = None,
) -> tuple[BundleContents, list[str], int]:
    """The bundle contents for a profile or records: (contents, withheld evidence names, PDFs withheld)."""
    conn = vault.conn
    ids = _select_record_ids(vault, profile_id, record_ids)
    rec_rows = (
        conn.execute(
            f"SELECT r.id, r.uuid, p.uuid, r.facts_json, r.notes, r.created_at, r.updated_at, r.profile_id"
            " FROM records r LEFT JOIN profiles p ON p.id = r.profile_id"
            f" WHERE r.id IN ({_placeholders(ids)})"
            " ORDER BY r.id",
            ids,
        ).fetchall()
        if ids
        else []
    )
    record_uuid = {int(r[0]): str(r[1]) for r in rec_rows}
    profile_ids = {int(r[7]) for r in rec_rows if r[7] is not None}
    if profile_id is not None:
        profile_ids.add(profile_id)

    req_rows = (
        conn.execute(
            "SELECT q.id, q.uuid, q.record_id, p.uuid, parent.uuid, q.types_json, q.lang, q.status,"
            " q.channel,"
            " q.tracking_number, q.reference_code, q.sent_date, q.due_date, q.reply_period_days,"
            " q.reply_period_unit, q.rules_version, q.grounds_json, q.citations_json, q.letter_text,"
            " q.letter_json, q.reply_period_json, q.created_at, q.updated_at, q.letter_pdf, q.profile_id"
            " FROM requests q LEFT JOIN profiles p ON p.id = q.profile_id"
            " LEFT JOIN requests parent ON parent.id = q.parent_request_id"
            f" WHERE q.record_id IN ({_placeholders(ids)}) ORDER BY q.id",
            ids,
        ).fetchall()
        if ids
        else []
    )
    profile_ids |= {int(r[24]) for r in req_rows if r[24] is not None}
    request_ids = [int(r[0]) for r in req_rows]

    prof_rows = (
        conn.execute(
            "SELECT uuid, name, phone, email, address, id_number, created_at FROM profiles"
            f" WHERE id IN ({_placeholders(sorted(profile_ids))}) ORDER BY id",
            sorted(profile_ids),
        ).fetchall()
        if profile_ids
        else []
    )
    profiles = [
        dict(
            zip(
                ("uuid", "name", "phone", "email", "address", "id_number", "created_at"),
                map(str, r),
                strict=True,
            )
        )
        for r in prof_rows
    ]
    redactor = redact.TextRedactor(profiles) if redacted else None

    def text(value: str | None) -> str | None:
        return redactor.text(value) if redactor is not None and value is not None else value

    blobs: list[bytes] = []

    def add_blob(data: bytes) -> int:
        blobs.append(data)
        return len(blobs) - 1

    if redactor is not None:
        for p in profiles:
            p.update(name=redact.masked_name(p["name"]), phone="", email="", address="", id_number="")

    records = []
    for r in rec_rows:
        facts_json = str(r[3])
        if redactor is not None:
            facts_json = json.dumps(
                redactor.json_value(json.loads(facts_json)), ensure_ascii=False, sort_keys=True
            )
        records.append(
            {
                "uuid": str(r[1]),
                "profile_uuid": r[2],
                "facts_json": facts_json,
                "notes": text(str(r[4])),
                "created_at": str(r[5]),
                "updated_at": str(r[6]),
            }
        )

    evidence: list[dict[str, Any]] = []
    withheld: list[str] = []
    ev_rows = (
        conn.execute(
            "SELECT id, uuid, record_id, original_name, mime, size, sha256, original_sha256, captured_at,"
            f" added_at, data FROM evidence WHERE record_id IN ({_placeholders(ids)}) ORDER BY id",
            ids,
        ).fetchall()
        if ids
        else []
    )
    for e in ev_rows:
        data = bytes(e[10])
        if hashlib.sha256(data).hexdigest() != e[6]:
            raise InvalidInput(f"evidence {e[0]} does not match its SHA-256; run `faceledger vault check`")
        row: dict[str, Any] = {
            "uuid": str(e[1]),
            "record_uuid": record_uuid[int(e[2])],
            # Vaults made before the one name rule may hold names it refuses: export the safe form.
            "original_name": safe_evidence_name(str(e[3])),
            "mime": str(e[4]),
            "size": int(e[5]),
            "sha256": str(e[6]),
            "original_sha256": e[7],
            "captured_at": e[8],
            "added_at": str(e[9]),
            "blob": None,
            "withheld": None,
        }
        if redactor is not None:
            cleaned = redact.clean_image(data, str(e[4]))
            row["original_sha256"] = e[7] or e[6]
            if cleaned is None:
                row["withheld"] = "redaction: metadata of this file type cannot be removed safely"
                withheld.append(str(e[3]))
            else:
                row.update(
                    size=len(cleaned), sha256=hashlib.sha256(cleaned).hexdigest(), blob=add_blob(cleaned)
                )
        else:
            row["blob"] = add_blob(data)
        evidence.append(row)

    requests = []
    pdfs_withheld = 0
    for q in req_rows:
        pdf = bytes(q[23]) if q[23] is not None else None
        pdf_sha = hashlib.sha256(pdf).hexdigest() if pdf is not None else None
        letter_json = q[19]
        if redactor is not None and letter_json is not None:
            letter_json = json.dumps(redactor.json_value(json.loads(letter_json)), ensure_ascii=False)
        if redactor is not None and pdf is not None:
            pdfs_withheld += 1
        requests.append(
            {
                "uuid": str(q[1]),
                "record_uuid": record_uuid[int(q[2])],
                "profile_uuid": q[3],
                "parent_uuid": q[4],
                "types_json": str(q[5]),
                "lang": str(q[6]),
                "status": str(q[7]),
                "channel": q[8],
                "tracking_number": None if redactor is not None else q[9],
                "reference_code": q[10],
                "sent_date": q[11],
                "due_date": q[12],
                "reply_period_days": q[13],
                "reply_period_unit": q[14],
                "rules_version": q[15],
                "grounds_json": q[16],
                "citations_json": q[17],
                "letter_text": text(q[18]),
                "letter_json": letter_json,
                "reply_period_json": q[20],
                "created_at": str(q[21]),
                "updated_at": str(q[22]),
                "letter_pdf_blob": add_blob(pdf) if pdf is not None and redactor is None else None,
                "letter_pdf_sha256": pdf_sha,
            }
        )

    events = []
    if request_ids:
        request_uuid = {int(q[0]): str(q[1]) for q in req_rows}
        for ev in conn.execute(
            "SELECT e.uuid, e.request_id, e.kind, e.date, e.note, x.uuid, e.created_at FROM events e"
            " LEFT JOIN evidence x ON x.id = e.evidence_id"
            f" WHERE e.request_id IN ({_placeholders(request_ids)}) ORDER BY e.id",
            request_ids,
        ).fetchall():
            events.append(
                {
                    "uuid": str(ev[0]),
                    "request_uuid": request_uuid[int(ev[1])],
                    "kind": str(ev[2]),
                    "date": str(ev[3]),
                    "note": text(str(ev[4])),
                    "evidence_uuid": ev[5],
                    "created_at": str(ev[6]),
                }
            )

    if profile_id is not None:
        own = conn.execute("SELECT uuid FROM profiles WHERE id = ?", (profile_id,)).fetchone()[0]
        case_key = f"profile:{own}"
    else:
        joined = "\n".join(sorted(record_uuid.values())).encode()
        case_key = "records:" + hashlib.sha256(joined).hexdigest()[:32]
    moment = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    contents = BundleContents(
        bundle_id=str(uuid_mod.uuid4()),
        created_at=moment.isoformat(timespec="microseconds"),
        case_key=case_key,
        app_version=__version__,
        redacted=redacted,
        rows={
            "profiles": profiles,
            "records": records,
            "evidence": evidence,
            "requests": requests,
            "events": events,
        },
        blobs=blobs,
    )
    return contents, withheld, pdfs_withheld


def _check_limits(contents: BundleContents, payload_size: int, limits: BundleLimits) -> None:
    counts = contents.counts()
    if counts["records"] > limits.max_records:
        raise BundleTooLarge(f"{counts['records']} records; a bundle holds at most {limits.max_records}")
    if sum(counts.values()) > limits.max_items:
        raise BundleTooLarge(f"{sum(counts.values())} items; a bundle holds at most {limits.max_items}")
    if payload_size > limits.max_total_bytes:
        raise BundleTooLarge(
            f"the case is {payload_size} bytes; a bundle holds at most {limits.max_total_bytes} bytes"
        )


def _passphrase_text(passphrase: str | bytes | bytearray | None) -> str:
    if passphrase is None or not passphrase:
        raise InvalidInput("the bundle passphrase is empty", field="passphrase")
    if isinstance(passphrase, str):
        return passphrase
    return bytes(passphrase).decode("utf-8")


def export_bundle(
    vault: Vault,
    out: Path,
    passphrase: str | bytes | bytearray | None = None,
    *,
    recipients: Sequence[str] = (),
    envelope: Envelope | None = None,
    profile_id: int | None = None,
    record_ids: Sequence[int] = (),
    redacted: bool = False,
    limits: BundleLimits = DEFAULT_LIMITS,
    kdf_params: KdfParams | None = None,
    log2_chunk: int = DEFAULT_LOG2_CHUNK,
    now: dt.datetime | None = None,
    force: bool = False,
) -> ExportReport:
    """Write the case to `out` (atomically; an existing file is replaced only with force, and only
    when complete; never a vault or a device: app/outputs.py).

    The envelope: age sealed to `recipients` (age1… public keys, see app.bundle.keys) when given;
    otherwise age under `passphrase` (scrypt). `kdf_params` (or envelope=V1) selects the legacy
    FLBUNDLE v1 writer, kept so tests can prove that v1 files made earlier still open."""
    check_output(out, force=force)  # refuse before collecting and sealing
    started = time.perf_counter()
    chosen = envelope or (
        Envelope.AGE_KEYS
        if recipients
        else Envelope.V1
        if kdf_params is not None
        else Envelope.AGE_PASSPHRASE
    )
    if chosen is Envelope.AGE_KEYS and not recipients:
        raise InvalidInput("choose at least one recipient (a group's public key)", field="to")
    if chosen is not Envelope.AGE_KEYS:
        _passphrase_text(passphrase)  # refuse an empty passphrase before any work
    contents, withheld, pdfs_withheld = collect(
        vault, profile_id=profile_id, record_ids=record_ids, redacted=redacted, now=now
    )
    payload = build_payload(build_manifest(contents), contents.blobs)
    _check_limits(contents, len(payload), limits)
    size = 0
    with open_output(out, force=force) as handle:
        if chosen is Envelope.V1:
            secret = passphrase_bytes(passphrase or "")
            try:
                for piece in seal(payload, secret, params=kdf_params, log2_chunk=log2_chunk):
                    handle.write(piece)
                    size += len(piece)
            finally:
                wipe(secret)
        else:
            sealed = (
                seal_to_keys(payload, list(recipients))
                if chosen is Envelope.AGE_KEYS
                else seal_with_passphrase(payload, _passphrase_text(passphrase))
            )
            handle.write(sealed)
            size = len(sealed)
    return ExportReport(
        path=out,
        bundle_id=contents.bundle_id,
        case_key=contents.case_key,
        counts=contents.counts(),
        redacted=redacted,
        withheld=withheld,
        letter_pdfs_withheld=pdfs_withheld,
        size=size,
        seconds=time.perf_counter() - started,
        envelope=chosen.value,
        recipients=list(dict.fromkeys(recipients)) if chosen is Envelope.AGE_KEYS else [],
    )
