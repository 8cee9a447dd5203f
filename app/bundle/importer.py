"""Import a case bundle: merge it into a vault without duplicates, or change nothing at all.

Order of work, so that a bad bundle never writes:
1. the whole file is authenticated and decrypted in memory (app/bundle/format.py);
2. the contents are parsed and checked field by field (app/bundle/content.py);
3. every row is checked against the app's own rules (facts.schema.json, event kinds, statuses,
   channels, reply periods, evidence names and sizes) and every reference is resolved against the
   bundle and the vault;
4. only then, in ONE transaction, rows are added; any failure rolls all of it back.

Merge policy, by uuid (every row has a stable uuid):
- not in the vault → added;
- in the vault with the same content → skipped (counted as already present);
- in the vault with different content → the vault's version is KEPT and the difference is reported
  as a conflict (never overwritten silently). New events of such a request are still added: they
  extend the same request's timeline.
- a request whose reference code is already used by another request in this vault is not added
  (conflict), nor are its events.

Replay: the bundle's id is recorded in `imported_bundles`. A bundle already imported, or one older
than an already imported bundle of the same case, is refused with BundleReplayed (nothing changed).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app import evidence as evidence_mod
from app import records
from app.bundle import keys as keys_mod
from app.bundle import sealing
from app.bundle.content import KINDS, BundleContents, parse_contents
from app.bundle.format import DEFAULT_LIMITS, BundleLimits, open_bundle, open_bundle_bytes
from app.errors import BundleMalformed, BundleReplayed, InvalidInput
from app.facts import validate_facts
from app.tracking import requests as requests_mod
from app.tracking.lifecycle import EventKind, Status, TimelineEvent, status_of
from app.tracking.model import Channel, period_from_json
from app.vault import Vault, _crash_point

LANGS = ("zh-CN", "zh-HK", "en")
CRASH_LABEL = "bundle-import:merging"


@dataclass(frozen=True)
class Conflict:
    kind: str
    uuid: str
    detail: str

    def to_json(self) -> dict[str, str]:
        return {"kind": self.kind, "uuid": self.uuid, "detail": self.detail}


@dataclass
class ImportReport:
    bundle_id: str
    case_key: str
    created_at: str
    redacted: bool
    added: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    skipped: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    conflicts: list[Conflict] = field(default_factory=list)
    withheld_evidence: int = 0
    seconds: float = 0.0
    sealed: dict[str, Any] = field(default_factory=dict)  # how it was sealed and who opened it

    def to_json(self) -> dict[str, Any]:
        return {
            "bundle_id": self.bundle_id,
            "sealed": self.sealed,
            "case_key": self.case_key,
            "created_at": self.created_at,
            "redacted": self.redacted,
            "added": self.added,
            "skipped_already_present": self.skipped,
            "conflicts": [c.to_json() for c in self.conflicts],
            "withheld_evidence": self.withheld_evidence,
            "seconds": round(self.seconds, 3),
        }


def _bad(where: str, what: str) -> BundleMalformed:
    return BundleMalformed(f"the bundle is malformed: {where}: {what}; nothing was changed")


def _aware(value: str, where: str) -> dt.datetime:
    moment = dt.datetime.fromisoformat(value)
    if moment.tzinfo is None:
        raise _bad(where, "the time has no time zone")
    return moment


# --- step 3a: checks that need only the bundle -------------------------------------------------------


def _check_rows(contents: BundleContents) -> dict[str, dict[str, Any]]:
    """App-level checks of every row; returns the validated facts per record uuid."""
    made = _aware(contents.created_at, "created_at")
    # A bundle dated in the future would make every later bundle of its case look "older" (replay).
    if made > dt.datetime.now(dt.UTC) + dt.timedelta(days=1):
        raise _bad("created_at", "the bundle claims to be made in the future")
    rows = contents.rows
    facts_by_record: dict[str, dict[str, Any]] = {}
    for i, rec in enumerate(rows["records"]):
        try:
            facts_by_record[rec["uuid"]] = validate_facts(json.loads(rec["facts_json"]))
        except InvalidInput as exc:
            raise _bad(f"records[{i}].facts", str(exc)) from None
        if len(rec["notes"]) > records.MAX_NOTES_LENGTH:
            raise _bad(f"records[{i}].notes", "too long")
    for i, p in enumerate(rows["profiles"]):
        if not p["name"].strip():
            raise _bad(f"profiles[{i}].name", "is empty")
    for i, ev in enumerate(rows["evidence"]):
        if evidence_mod.clean_name(ev["original_name"]) != ev["original_name"]:
            raise _bad(f"evidence[{i}].original_name", "is not a plain file name")
        data = contents.blob(ev["blob"])
        if data is not None:
            try:
                evidence_mod.check_size(len(data), ev["original_name"])
            except InvalidInput as exc:
                raise _bad(f"evidence[{i}]", str(exc)) from None
    for i, rq in enumerate(rows["requests"]):
        where = f"requests[{i}]"
        types = json.loads(rq["types_json"])
        if not types or not all(isinstance(t, str) and 0 < len(t) <= 40 for t in types):
            raise _bad(where + ".types_json", "must list request types")
        if rq["lang"] not in LANGS:
            raise _bad(where + ".lang", f"must be one of {', '.join(LANGS)}")
        try:
            Status(rq["status"])
            if rq["channel"] is not None:
                Channel(rq["channel"])
            if rq["reply_period_json"] is not None:
                period_from_json(json.loads(rq["reply_period_json"]))
        except (ValueError, KeyError, TypeError, InvalidInput):
            raise _bad(where, "status, channel or reply period is not one this FaceLedger knows") from None
    for i, e in enumerate(rows["events"]):
        try:
            EventKind(e["kind"])
        except ValueError:
            raise _bad(f"events[{i}].kind", f"unknown event kind {e['kind'][:40]!r}") from None
        if len(e["note"]) > requests_mod.MAX_NOTE:
            raise _bad(f"events[{i}].note", "too long")
    return facts_by_record


# --- step 3b + 4: resolve against the vault and write -------------------------------------------------


def _check_replay(conn: Any, contents: BundleContents) -> None:
    row = conn.execute(
        "SELECT imported_at FROM imported_bundles WHERE bundle_id = ?", (contents.bundle_id,)
    ).fetchone()
    if row is not None:
        raise BundleReplayed(
            f"this bundle ({contents.bundle_id}) was already imported on {row[0]}; nothing was changed"
        )
    made = _aware(contents.created_at, "created_at")
    for other_id, other_created in conn.execute(
        "SELECT bundle_id, created_at FROM imported_bundles WHERE case_key = ?", (contents.case_key,)
    ).fetchall():
        if dt.datetime.fromisoformat(other_created) > made:
            raise BundleReplayed(
                f"a newer bundle of this case ({other_id}, made {other_created}) was already imported; "
                f"this one was made earlier ({contents.created_at}). Refusing an old copy; "
                "nothing was changed"
            )


def _ids_by_uuid(conn: Any, table: str, uuids: Iterable[str]) -> dict[str, int]:
    wanted = sorted(set(uuids))
    found: dict[str, int] = {}
    for start in range(0, len(wanted), 500):
        part = wanted[start : start + 500]
        sql = f"SELECT uuid, id FROM {table} WHERE uuid IN ({', '.join('?' for _ in part)})"
        found.update({str(u): int(i) for u, i in conn.execute(sql, part).fetchall()})
    return found


def _parent_first(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Requests ordered so that a parent comes before the letters that follow it up."""
    by_uuid = {r["uuid"]: r for r in rows}
    ordered: list[dict[str, Any]] = []
    state: dict[str, int] = {}

    def visit(row: dict[str, Any], depth: int) -> None:
        mark = state.get(row["uuid"])
        if mark == 2:
            return
        if mark == 1 or depth > len(rows):
            raise _bad("requests", "parent links form a loop")
        state[row["uuid"]] = 1
        parent = row["parent_uuid"]
        if parent in by_uuid:
            visit(by_uuid[parent], depth + 1)
        state[row["uuid"]] = 2
        ordered.append(row)

    for row in rows:
        visit(row, 0)
    return ordered


class _Merge:
    """One merge inside one transaction."""

    def __init__(
        self,
        vault: Vault,
        conn: Any,
        contents: BundleContents,
        report: ImportReport,
        facts: dict[str, dict[str, Any]],
    ) -> None:
        self.vault, self.conn, self.contents, self.report, self.facts = vault, conn, contents, report, facts
        rows = contents.rows
        self.profile_ids = _ids_by_uuid(
            conn,
            "profiles",
            [p["uuid"] for p in rows["profiles"]]
            + [r["profile_uuid"] for r in rows["records"] if r["profile_uuid"]]
            + [q["profile_uuid"] for q in rows["requests"] if q["profile_uuid"]],
        )
        self.record_ids = _ids_by_uuid(
            conn,
            "records",
            [r["uuid"] for r in rows["records"]]
            + [e["record_uuid"] for e in rows["evidence"]]
            + [q["record_uuid"] for q in rows["requests"]],
        )
        self.evidence_ids = _ids_by_uuid(
            conn,
            "evidence",
            [e["uuid"] for e in rows["evidence"]]
            + [e["evidence_uuid"] for e in rows["events"] if e["evidence_uuid"]],
        )
        self.request_ids = _ids_by_uuid(
            conn,
            "requests",
            [q["uuid"] for q in rows["requests"]]
            + [q["parent_uuid"] for q in rows["requests"] if q["parent_uuid"]]
            + [e["request_uuid"] for e in rows["events"]],
        )
        self.event_ids = _ids_by_uuid(conn, "events", [e["uuid"] for e in rows["events"]])
        self.touched_requests: set[int] = set()
        self.blocked_requests: set[str] = set()

    def _same_or_conflict(self, kind: str, uuid: str, differences: list[str]) -> None:
        if differences:
            self.report.conflicts.append(
                Conflict(
                    kind, uuid, "kept this vault's version; the bundle differs in " + ", ".join(differences)
                )
            )
        else:
            self.report.skipped[kind] += 1

    def _resolve(self, table: dict[str, int], uuid: str | None, where: str, what: str) -> int | None:
        if uuid is None:
            return None
        if uuid not in table:
            raise _bad(where, f"refers to a {what} that is neither in the bundle nor in this vault")
        return table[uuid]

    def profiles(self) -> None:
        fields = ("name", "phone", "email", "address", "id_number")
        for p in self.contents.rows["profiles"]:
            existing = self.profile_ids.get(p["uuid"])
            if existing is not None:
                row = self.conn.execute(
                    "SELECT name, phone, email, address, id_number FROM profiles WHERE id = ?", (existing,)
                ).fetchone()
                self._same_or_conflict(
                    "profiles", p["uuid"], [f for f, v in zip(fields, row, strict=True) if p[f] != v]
                )
                continue
            cur = self.conn.execute(
                "INSERT INTO profiles(uuid, name, phone, email, address, id_number, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (p["uuid"], *(p[f].strip() for f in fields), p["created_at"]),
            )
            self.profile_ids[p["uuid"]] = int(cur.lastrowid)
            self.report.added["profiles"] += 1

    def records(self) -> None:
        for i, r in enumerate(self.contents.rows["records"]):
            existing = self.record_ids.get(r["uuid"])
            profile_id = self._resolve(self.profile_ids, r["profile_uuid"], f"records[{i}]", "profile")
            if existing is not None:
                current = records.get_record(self.vault, existing)
                diffs = [
                    name
                    for name, same in (
                        ("facts", current.facts == self.facts[r["uuid"]]),
                        ("notes", current.notes == r["notes"]),
                    )
                    if not same
                ]
                self._same_or_conflict("records", r["uuid"], diffs)
                continue
            record_id = records.add_record(
                self.vault,
                self.facts[r["uuid"]],
                notes=r["notes"],
                profile_id=profile_id,
                record_uuid=r["uuid"],
            )
            self.conn.execute(
                "UPDATE records SET created_at = ?, updated_at = ? WHERE id = ?",
                (r["created_at"], r["updated_at"], record_id),
            )
            self.record_ids[r["uuid"]] = record_id
            self.report.added["records"] += 1

    def evidence(self) -> None:
        for i, e in enumerate(self.contents.rows["evidence"]):
            existing = self.evidence_ids.get(e["uuid"])
            record_id = self._resolve(self.record_ids, e["record_uuid"], f"evidence[{i}]", "record")
            if existing is not None:
                row = self.conn.execute(
                    "SELECT sha256, record_id FROM evidence WHERE id = ?", (existing,)
                ).fetchone()
                diffs = [
                    n
                    for n, same in (
                        ("bytes (SHA-256)", row[0] == e["sha256"]),
                        ("record", row[1] == record_id),
                    )
                    if not same
                ]
                self._same_or_conflict("evidence", e["uuid"], diffs)
                continue
            data = self.contents.blob(e["blob"])
            if data is None:
                self.report.withheld_evidence += 1
                continue
            cur = self.conn.execute(
                "INSERT INTO evidence(uuid, record_id, original_name, mime, size, sha256, original_sha256,"
                " captured_at, added_at, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    e["uuid"],
                    record_id,
                    e["original_name"],
                    evidence_mod.sniff_mime(data),
                    len(data),
                    hashlib.sha256(data).hexdigest(),
                    e["original_sha256"],
                    e["captured_at"],
                    e["added_at"],
                    data,
                ),
            )
            self.evidence_ids[e["uuid"]] = int(cur.lastrowid)
            self.report.added["evidence"] += 1

    def requests(self) -> None:
        compared = (
            "types_json",
            "lang",
            "reference_code",
            "letter_text",
            "grounds_json",
            "citations_json",
            "rules_version",
        )
        for i, q in enumerate(_parent_first(self.contents.rows["requests"])):
            where = f"requests[{i}]"
            record_id = self._resolve(self.record_ids, q["record_uuid"], where, "record")
            profile_id = self._resolve(self.profile_ids, q["profile_uuid"], where, "profile")
            existing = self.request_ids.get(q["uuid"])
            pdf = self.contents.blob(q["letter_pdf_blob"])
            if existing is not None:
                row = self.conn.execute(
                    f"SELECT {', '.join(compared)}, letter_pdf, record_id FROM requests WHERE id = ?",
                    (existing,),
                ).fetchone()
                diffs = [n for n, v in zip(compared, row[: len(compared)], strict=True) if q[n] != v]
                vault_pdf = row[len(compared)]
                if pdf is not None and (vault_pdf is None or bytes(vault_pdf) != pdf):
                    diffs.append("letter PDF")
                if row[-1] != record_id:
                    diffs.append("record")
                self._same_or_conflict("requests", q["uuid"], diffs)
                continue
            if (
                q["reference_code"]
                and self.conn.execute(
                    "SELECT 1 FROM requests WHERE reference_code = ?", (q["reference_code"],)
                ).fetchone()
            ):
                self.report.conflicts.append(
                    Conflict(
                        "requests",
                        q["uuid"],
                        f"not added: reference code {q['reference_code']} is already used by another "
                        "request here",
                    )
                )
                self.blocked_requests.add(q["uuid"])
                continue
            parent_id = None
            if q["parent_uuid"] is not None:
                if q["parent_uuid"] in self.blocked_requests:
                    self.blocked_requests.add(q["uuid"])
                    self.report.conflicts.append(
                        Conflict("requests", q["uuid"], "not added: its original request was not added")
                    )
                    continue
                parent_id = self._resolve(self.request_ids, q["parent_uuid"], where, "parent request")
            cur = self.conn.execute(
                """INSERT INTO requests (uuid, record_id, profile_id, types_json, lang, status, channel,
                       tracking_number, reference_code, sent_date, due_date, reply_period_days,
                       reply_period_unit, rules_version, grounds_json, citations_json, letter_text,
                       letter_pdf,
                       parent_request_id, created_at, updated_at, letter_json, reply_period_json)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                (
                    q["uuid"],
                    record_id,
                    profile_id,
                    q["types_json"],
                    q["lang"],
                    q["status"],
                    q["channel"],
                    q["tracking_number"],
                    q["reference_code"],
                    q["sent_date"],
                    q["due_date"],
                    q["reply_period_days"],
                    q["reply_period_unit"],
                    q["rules_version"],
                    q["grounds_json"],
                    q["citations_json"],
                    q["letter_text"],
                    pdf,
                    parent_id,
                    q["created_at"],
                    q["updated_at"],
                    q["letter_json"],
                    q["reply_period_json"],
                ),
            )
            self.request_ids[q["uuid"]] = int(cur.lastrowid)
            self.touched_requests.add(int(cur.lastrowid))
            self.report.added["requests"] += 1

    def events(self) -> None:
        withheld = {e["uuid"] for e in self.contents.rows["evidence"] if e["blob"] is None}
        for i, e in enumerate(self.contents.rows["events"]):
            where = f"events[{i}]"
            if e["request_uuid"] in self.blocked_requests:
                self.report.conflicts.append(
                    Conflict("events", e["uuid"], "not added: its request was not added")
                )
                continue
            request_id = self._resolve(self.request_ids, e["request_uuid"], where, "request")
            evidence_id = None
            if e["evidence_uuid"] is not None and e["evidence_uuid"] not in withheld:
                evidence_id = self._resolve(self.evidence_ids, e["evidence_uuid"], where, "evidence item")
                same_record = self.conn.execute(
                    "SELECT 1 FROM evidence x JOIN requests q ON q.record_id = x.record_id"
                    " WHERE x.id = ? AND q.id = ?",
                    (evidence_id, request_id),
                ).fetchone()
                if same_record is None:
                    raise _bad(where, "attaches evidence of another record")
            existing = self.event_ids.get(e["uuid"])
            if existing is not None:
                row = self.conn.execute(
                    "SELECT kind, date, note, request_id FROM events WHERE id = ?", (existing,)
                ).fetchone()
                diffs = [
                    n
                    for n, a, b in (
                        ("kind", row[0], e["kind"]),
                        ("date", row[1], e["date"]),
                        ("note", row[2], e["note"]),
                        ("request", row[3], request_id),
                    )
                    if a != b
                ]
                self._same_or_conflict("events", e["uuid"], diffs)
                continue
            self.conn.execute(
                "INSERT INTO events (uuid, request_id, kind, date, note, evidence_id, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (e["uuid"], request_id, e["kind"], e["date"], e["note"], evidence_id, e["created_at"]),
            )
            self.touched_requests.add(int(request_id))  # type: ignore[arg-type]
            self.report.added["events"] += 1

    def refresh_requests(self) -> None:
        """Status and the cached dates follow the (merged) timeline, as app/tracking keeps them."""
        for request_id in sorted(self.touched_requests):
            rows = self.conn.execute(
                "SELECT kind, date FROM events WHERE request_id = ? ORDER BY date, id", (request_id,)
            ).fetchall()
            timeline = [TimelineEvent(kind=EventKind(k), date=dt.date.fromisoformat(d)) for k, d in rows]
            self.conn.execute(
                "UPDATE requests SET status = ? WHERE id = ?", (status_of(timeline).value, request_id)
            )
            requests_mod._refresh_cache(self.conn, request_id)  # the tracking module's own cache rule


def merge(
    vault: Vault,
    contents: BundleContents,
    *,
    started: float | None = None,
    sealed: dict[str, Any] | None = None,
) -> ImportReport:
    """Merge checked contents into the vault in one transaction (see the module docstring)."""
    started = time.perf_counter() if started is None else started
    facts = _check_rows(contents)
    report = ImportReport(
        contents.bundle_id, contents.case_key, contents.created_at, contents.redacted, sealed=sealed or {}
    )
    with vault.write() as conn:
        _check_replay(conn, contents)
        merge_run = _Merge(vault, conn, contents, report, facts)
        merge_run.profiles()
        merge_run.records()
        _crash_point(CRASH_LABEL)  # TEST-MATRIX D6: a kill here must leave no half-imported case
        merge_run.evidence()
        merge_run.requests()
        merge_run.events()
        merge_run.refresh_requests()
        report.seconds = time.perf_counter() - started
        conn.execute(
            "INSERT INTO imported_bundles(bundle_id, case_key, created_at, imported_at, summary_json)"
            " VALUES (?, ?, ?, ?, ?)",
            (
                contents.bundle_id,
                contents.case_key,
                contents.created_at,
                dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                json.dumps(report.to_json(), ensure_ascii=False),
            ),
        )
    return report


def bundle_envelope(path: Path, *, limits: BundleLimits = DEFAULT_LIMITS) -> sealing.EnvelopeInfo:
    """How the file at `path` is sealed, so a caller asks for a passphrase only when one is needed."""
    return sealing.load(path, limits=limits).info


def needs_passphrase(info: sealing.EnvelopeInfo) -> bool:
    return info.envelope is not sealing.Envelope.AGE_KEYS


def _open_loaded(
    vault: Vault,
    loaded: sealing.LoadedFile,
    passphrase: str | bytes | bytearray | None,
    limits: BundleLimits,
) -> tuple[bytearray, dict[str, Any]]:
    """(authenticated payload, description of how it was sealed) — or a BundleError."""
    info = loaded.info
    described: dict[str, Any] = {"envelope": info.envelope.value}
    if info.envelope is sealing.Envelope.AGE_KEYS:
        payload, opener = sealing.open_with_identities(loaded, keys_mod.group_identities(vault), limits)
        assert isinstance(opener, keys_mod.GroupKey)
        described.update(
            key_id=opener.id,
            key_name=opener.name,
            fingerprint=opener.fingerprint,
            recipients=info.recipients,
        )
        return payload, described
    if passphrase is None or not passphrase:
        raise InvalidInput("this bundle is sealed with a passphrase; give the passphrase", field="passphrase")
    if info.envelope is sealing.Envelope.AGE_PASSPHRASE:
        text = passphrase if isinstance(passphrase, str) else bytes(passphrase).decode("utf-8")
        described["work_factor"] = info.work_factor
        return sealing.open_with_passphrase(loaded, text, limits), described
    if loaded.data is not None:
        return open_bundle_bytes(loaded.data, passphrase, limits=limits), described
    assert loaded.path is not None
    return open_bundle(loaded.path, passphrase, limits=limits), described


def import_bundle(
    vault: Vault,
    path: Path,
    passphrase: str | bytes | bytearray | None = None,
    *,
    limits: BundleLimits = DEFAULT_LIMITS,
) -> ImportReport:
    """Recognise the envelope (age to group keys, age with a passphrase, FLBUNDLE v1), authenticate
    and decrypt the whole file, then check and merge it. A bundle sealed to keys is opened with this
    vault's group identities; `passphrase` is needed only for passphrase bundles.

    BundleError (nothing changed) if anything is wrong."""
    started = time.perf_counter()
    loaded = sealing.load(path, limits=limits)
    payload, described = _open_loaded(vault, loaded, passphrase, limits)
    contents = parse_contents(payload, limits)
    return merge(vault, contents, started=started, sealed=described)


def import_bundle_bytes(
    vault: Vault,
    data: bytes,
    passphrase: str | bytes | bytearray | None = None,
    *,
    limits: BundleLimits = DEFAULT_LIMITS,
) -> ImportReport:
    started = time.perf_counter()
    loaded = sealing.load(data=data, limits=limits)
    payload, described = _open_loaded(vault, loaded, passphrase, limits)
    contents = parse_contents(payload, limits)
    return merge(vault, contents, started=started, sealed=described)


def imported_bundles(vault: Vault) -> list[dict[str, Any]]:
    """Bundles imported into this vault, newest first (for the UI and `bundle list`)."""
    return [
        {"bundle_id": b, "case_key": c, "created_at": m, "imported_at": i, "summary": json.loads(s)}
        for b, c, m, i, s in vault.conn.execute(
            "SELECT bundle_id, case_key, created_at, imported_at, summary_json FROM imported_bundles"
            " ORDER BY imported_at DESC, rowid DESC"
        ).fetchall()
    ]
