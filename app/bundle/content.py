"""What a case bundle carries, and the strict parser of its decrypted contents.

The manifest is JSON (parsed with app.update.strictjson: size first, nesting depth by a linear scan,
no huge integers, no NaN, no duplicate keys). Every row is checked field by field against `SPECS`
(type, length, format) before anything else looks at it; unknown fields are refused, not ignored.
Rows point at each other by uuid, and at binary blobs by index; every blob is used exactly once and
its size and SHA-256 must match. A bundle has no file paths at all: evidence file names are metadata
and must already be clean base names (no separators, no control or bidi characters, no look-alike
slashes), so a name can never become a path later either.

Every problem raises BundleMalformed or BundleTooLarge (both BundleError) — never another exception
(tests/unit/test_bundle_fuzz.py feeds this parser random input).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import uuid as uuid_mod
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from app.bundle.format import DEFAULT_LIMITS, BundleLimits, split_payload
from app.errors import BundleMalformed, BundleTooLarge
from app.evidence_names import evidence_name_problem
from app.facts import MAX_FACTS_JSON_CHARS
from app.update.strictjson import JsonLimitError, loads_limited

FORMAT_NAME = "faceledger-case-bundle"
FORMAT_VERSION = 1
KINDS = ("profiles", "records", "evidence", "requests", "events")
MAX_NAME = 255
MAX_SHORT = 200
MAX_FIELD = 2000
MAX_TEXT = 1_000_000  # letter text, notes, facts JSON

# Characters that look like path separators or that reorder how a name is displayed.
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _fail(where: str, what: str) -> BundleMalformed:
    return BundleMalformed(f"the bundle is malformed: {where}: {what}; nothing was changed")


# --- field checkers: each returns the checked value or raises BundleMalformed ---------------------

Checker = Callable[[str, Any], Any]


def _text(max_len: int, *, optional: bool = False) -> Checker:
    def check(where: str, value: Any) -> Any:
        if value is None and optional:
            return None
        if not isinstance(value, str):
            raise _fail(where, "must be text")
        if len(value) > max_len:
            raise _fail(where, f"longer than {max_len} characters")
        if "\x00" in value:
            raise _fail(where, "contains a NUL character")
        return value

    return check


def _uuid(*, optional: bool = False) -> Checker:
    def check(where: str, value: Any) -> Any:
        if value is None and optional:
            return None
        if not isinstance(value, str) or len(value) != 36:
            raise _fail(where, "must be a UUID")
        try:
            parsed = uuid_mod.UUID(value)
        except ValueError:
            raise _fail(where, "must be a UUID") from None
        if str(parsed) != value:
            raise _fail(where, "must be a lower-case UUID")
        return value

    return check


def _int(low: int, high: int, *, optional: bool = False) -> Checker:
    def check(where: str, value: Any) -> Any:
        if value is None and optional:
            return None
        if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
            raise _fail(where, f"must be an integer {low}..{high}")
        return value

    return check


def _sha256(*, optional: bool = False) -> Checker:
    def check(where: str, value: Any) -> Any:
        if value is None and optional:
            return None
        if not isinstance(value, str) or not _SHA256.match(value):
            raise _fail(where, "must be a SHA-256 in lower-case hex")
        return value

    return check


def _date(*, optional: bool = False) -> Checker:
    def check(where: str, value: Any) -> Any:
        if value is None and optional:
            return None
        if not isinstance(value, str) or not _ISO_DATE.match(value):
            raise _fail(where, "must be a date YYYY-MM-DD")
        try:
            dt.date.fromisoformat(value)
        except ValueError:
            raise _fail(where, "must be a real date") from None
        return value

    return check


def _timestamp(*, optional: bool = False) -> Checker:
    def check(where: str, value: Any) -> Any:
        if value is None and optional:
            return None
        if not isinstance(value, str) or len(value) > 40:
            raise _fail(where, "must be an ISO 8601 time")
        try:
            dt.datetime.fromisoformat(value)
        except ValueError:
            raise _fail(where, "must be an ISO 8601 time") from None
        return value

    return check


def _json_text(kind: type, *, optional: bool = False, max_len: int = MAX_TEXT) -> Checker:
    """A column stored as JSON text: kept as the exact string, but it must parse to `kind`."""

    def check(where: str, value: Any) -> Any:
        if value is None and optional:
            return None
        _text(max_len)(where, value)
        try:
            parsed = loads_limited(value.encode("utf-8"), max_bytes=max_len * 4, max_depth=16)
        except JsonLimitError as exc:
            raise _fail(where, f"not acceptable JSON ({exc})") from None
        if not isinstance(parsed, kind):
            raise _fail(where, f"must be a JSON {kind.__name__}")
        return value

    return check


def _bool(where: str, value: Any) -> Any:
    if not isinstance(value, bool):
        raise _fail(where, "must be true or false")
    return value


def name_problem(name: str) -> str | None:
    """Why `name` is not acceptable as an evidence file name, or None. Names are never used as
    paths, but a bundle that carries path-like names was made to attack something and is refused.
    The rule is app/evidence_names.py's, the same one `log add` applies (issue 19 item 5)."""
    return evidence_name_problem(name)


def _file_name(where: str, value: Any) -> Any:
    _text(MAX_NAME)(where, value)
    problem = name_problem(value)
    if problem:
        raise _fail(where, f"file name {value[:60]!r} is not acceptable: {problem}")
    return value


def _blob(*, optional: bool = False) -> Checker:
    def check(where: str, value: Any) -> Any:
        if value is None and optional:
            return None
        return _int(0, 10**7)(where, value)

    return check


SPECS: dict[str, dict[str, Checker]] = {
    "profiles": {
        "uuid": _uuid(),
        "name": _text(MAX_FIELD),
        "phone": _text(MAX_FIELD),
        "email": _text(MAX_FIELD),
        "address": _text(MAX_FIELD),
        "id_number": _text(MAX_FIELD),
        "created_at": _timestamp(),
    },
    "records": {
        "uuid": _uuid(),
        "profile_uuid": _uuid(optional=True),
        "facts_json": _json_text(dict, max_len=MAX_FACTS_JSON_CHARS),  # the limit log add applies
        "notes": _text(MAX_TEXT),
        "created_at": _timestamp(),
        "updated_at": _timestamp(),
    },
    "evidence": {
        "uuid": _uuid(),
        "record_uuid": _uuid(),
        "original_name": _file_name,
        "mime": _text(MAX_SHORT),
        "size": _int(0, 2**40),
        "sha256": _sha256(),
        "original_sha256": _sha256(optional=True),
        "captured_at": _timestamp(optional=True),
        "added_at": _timestamp(),
        "blob": _blob(optional=True),  # None: withheld on a redacted export (the hashes stay)
        "withheld": _text(MAX_SHORT, optional=True),
    },
    "requests": {
        "uuid": _uuid(),
        "record_uuid": _uuid(),
        "profile_uuid": _uuid(optional=True),
        "parent_uuid": _uuid(optional=True),
        "types_json": _json_text(list, max_len=MAX_FIELD),
        "lang": _text(20),
        "status": _text(40),
        "channel": _text(40, optional=True),
        "tracking_number": _text(MAX_SHORT, optional=True),
        "reference_code": _text(MAX_SHORT, optional=True),
        "sent_date": _date(optional=True),
        "due_date": _date(optional=True),
        "reply_period_days": _int(0, 10_000, optional=True),
        "reply_period_unit": _text(40, optional=True),
        "rules_version": _text(MAX_SHORT, optional=True),
        "grounds_json": _json_text(list, optional=True),
        "citations_json": _json_text(list, optional=True),
        "letter_text": _text(MAX_TEXT, optional=True),
        "letter_json": _json_text(dict, optional=True),
        "reply_period_json": _json_text(dict, optional=True, max_len=MAX_FIELD),
        "created_at": _timestamp(),
        "updated_at": _timestamp(),
        "letter_pdf_blob": _blob(optional=True),
        "letter_pdf_sha256": _sha256(optional=True),
    },
    "events": {
        "uuid": _uuid(),
        "request_uuid": _uuid(),
        "kind": _text(40),
        "date": _date(),
        "note": _text(MAX_TEXT),
        "evidence_uuid": _uuid(optional=True),
        "created_at": _timestamp(),
    },
}

_TOP_LEVEL: dict[str, Checker] = {
    "format": _text(40),
    "version": _int(1, 1000),
    "bundle_id": _uuid(),
    "created_at": _timestamp(),
    "case_key": _text(MAX_SHORT),
    "app_version": _text(MAX_SHORT),
    "redacted": _bool,
}


@dataclass(frozen=True)
class BlobInfo:
    size: int
    sha256: str


@dataclass
class BundleContents:
    """A parsed, fully checked bundle. Rows are dicts with exactly the fields of SPECS[kind]."""

    bundle_id: str
    created_at: str
    case_key: str
    app_version: str
    redacted: bool
    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    blobs: list[bytes] = field(default_factory=list)

    def blob(self, index: int | None) -> bytes | None:
        return None if index is None else self.blobs[index]

    def counts(self) -> dict[str, int]:
        return {kind: len(self.rows.get(kind, [])) for kind in KINDS}


def _check_row(kind: str, index: int, row: Any) -> dict[str, Any]:
    where = f"{kind}[{index}]"
    if not isinstance(row, dict):
        raise _fail(where, "must be an object")
    spec = SPECS[kind]
    unknown = set(row) - set(spec)
    if unknown:
        raise _fail(where, f"unknown field {sorted(unknown)[0][:40]!r}")
    missing = set(spec) - set(row)
    if missing:
        raise _fail(where, f"missing field {sorted(missing)[0]!r}")
    return {name: check(f"{where}.{name}", row[name]) for name, check in spec.items()}


def _check_top(manifest: Any) -> None:
    if not isinstance(manifest, dict):
        raise _fail("manifest", "must be an object")
    expected = set(_TOP_LEVEL) | set(KINDS) | {"blobs"}
    unknown = set(manifest) - expected
    if unknown:
        raise _fail("manifest", f"unknown field {sorted(unknown)[0][:40]!r}")
    missing = expected - set(manifest)
    if missing:
        raise _fail("manifest", f"missing field {sorted(missing)[0]!r}")
    for name, check in _TOP_LEVEL.items():
        check(name, manifest[name])
    if manifest["format"] != FORMAT_NAME:
        raise _fail("format", "not a FaceLedger case bundle")
    if manifest["version"] != FORMAT_VERSION:
        raise BundleMalformed(
            f"this bundle's contents have version {manifest['version']}; this FaceLedger reads "
            f"version {FORMAT_VERSION}. Nothing was changed"
        )


def _check_blobs(manifest: dict[str, Any], area: memoryview, limits: BundleLimits) -> list[bytes]:
    infos = manifest["blobs"]
    if not isinstance(infos, list):
        raise _fail("blobs", "must be a list")
    if len(infos) > limits.max_items:
        raise BundleTooLarge(f"the bundle lists more than {limits.max_items} files")
    parsed: list[BlobInfo] = []
    for index, info in enumerate(infos):
        where = f"blobs[{index}]"
        if not isinstance(info, dict) or set(info) != {"size", "sha256"}:
            raise _fail(where, "must be an object with size and sha256")
        parsed.append(
            BlobInfo(_int(0, limits.max_total_bytes)(where, info["size"]), _sha256()(where, info["sha256"]))
        )
    if sum(b.size for b in parsed) != len(area):
        raise _fail("blobs", "the listed sizes do not add up to the data present")
    blobs: list[bytes] = []
    offset = 0
    for index, info in enumerate(parsed):
        data = bytes(area[offset : offset + info.size])
        offset += info.size
        if hashlib.sha256(data).hexdigest() != info.sha256:
            raise _fail(f"blobs[{index}]", "SHA-256 does not match its data")
        blobs.append(data)
    return blobs


def _check_references(contents: BundleContents) -> None:
    rows = contents.rows
    seen_uuids: set[str] = set()
    for kind in KINDS:
        for row in rows[kind]:
            if row["uuid"] in seen_uuids:
                raise _fail(kind, f"duplicate uuid {row['uuid']}")
            seen_uuids.add(row["uuid"])
    used: set[int] = set()

    def use(where: str, index: int | None) -> None:
        if index is None:
            return
        if index >= len(contents.blobs):
            raise _fail(where, "points at a file that is not in the bundle")
        if index in used:
            raise _fail(where, "points at a file another entry already uses (duplicate entry)")
        used.add(index)

    for i, ev in enumerate(rows["evidence"]):
        where = f"evidence[{i}]"
        use(where, ev["blob"])
        if ev["blob"] is None:
            if not ev["withheld"]:
                raise _fail(where, "has no data and no reason why it was withheld")
            continue
        data = contents.blobs[ev["blob"]]
        if len(data) != ev["size"] or hashlib.sha256(data).hexdigest() != ev["sha256"]:
            raise _fail(where, "size or SHA-256 does not match its data")
    for i, rq in enumerate(rows["requests"]):
        where = f"requests[{i}]"
        use(where, rq["letter_pdf_blob"])
        if rq["letter_pdf_blob"] is not None:
            pdf = contents.blobs[rq["letter_pdf_blob"]]
            if rq["letter_pdf_sha256"] != hashlib.sha256(pdf).hexdigest():
                raise _fail(where, "letter PDF SHA-256 does not match its data")
    if len(used) != len(contents.blobs):
        raise _fail("blobs", "a file in the bundle is not used by any entry")


def parse_contents(payload: bytes | bytearray, limits: BundleLimits = DEFAULT_LIMITS) -> BundleContents:
    """Check a decrypted payload completely; the result is safe to merge (references to rows that
    are not in the bundle are resolved against the vault by the importer)."""
    manifest_bytes, area = split_payload(payload, limits)
    try:
        manifest = loads_limited(
            manifest_bytes, max_bytes=limits.max_manifest_bytes, max_depth=limits.max_json_depth
        )
    except JsonLimitError as exc:
        raise BundleMalformed(
            f"the bundle's index is not acceptable JSON: {exc}; nothing was changed"
        ) from None
    _check_top(manifest)
    total = 0
    for kind in KINDS:
        if not isinstance(manifest[kind], list):
            raise _fail(kind, "must be a list")
        total += len(manifest[kind])
    if len(manifest["records"]) > limits.max_records:
        raise BundleTooLarge(f"the bundle holds more than {limits.max_records} records; nothing was changed")
    if total > limits.max_items:
        raise BundleTooLarge(f"the bundle holds more than {limits.max_items} items; nothing was changed")
    contents = BundleContents(
        bundle_id=manifest["bundle_id"],
        created_at=manifest["created_at"],
        case_key=manifest["case_key"],
        app_version=manifest["app_version"],
        redacted=manifest["redacted"],
        rows={kind: [_check_row(kind, i, row) for i, row in enumerate(manifest[kind])] for kind in KINDS},
        blobs=_check_blobs(manifest, area, limits),
    )
    _check_references(contents)
    return contents


def build_manifest(contents: BundleContents) -> bytes:
    """The manifest JSON of `contents` (the exporter's side of parse_contents)."""
    manifest: dict[str, Any] = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "bundle_id": contents.bundle_id,
        "created_at": contents.created_at,
        "case_key": contents.case_key,
        "app_version": contents.app_version,
        "redacted": contents.redacted,
        **{kind: contents.rows.get(kind, []) for kind in KINDS},
        "blobs": [{"size": len(b), "sha256": hashlib.sha256(b).hexdigest()} for b in contents.blobs],
    }
    return json.dumps(manifest, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
