"""The update-pack file: format, building and signing, strict verification.

Layout (all integers big-endian):

    offset 0   8 bytes   magic  b"FLPACK\\x00\\x01"
    offset 8   4 bytes   manifest length M (1 ≤ M ≤ 64 KiB)
    offset 12  M bytes   manifest: UTF-8 JSON (below)
    12+M       64 bytes  Ed25519 signature over SIGNING_DOMAIN + the exact manifest bytes
    76+M       ...       payload: the files' bytes concatenated in manifest order, nothing after

Verification order matters: size limits first, then only the fixed framing is read (magic, length,
signature); the signature is checked over the exact manifest bytes BEFORE the manifest is parsed, and
only a signed manifest decides how the payload is split. Nothing in the pack names a key: every
trusted key is tried, so an attacker cannot steer which key is used.

Manifest (unknown keys are refused; a new field needs a new `format`):

    {"format": 1, "kind": "faceledger-library", "version": "2026.12.1",
     "issued": "2026-11-22T00:00:00Z", "expires": "2027-05-22T23:59:59Z",
     "min_app_version": "0.1.0", "publisher": "FaceLedger project",
     "files": [{"path": "rules/library.json", "size": 1234, "sha256": "<64 hex>"}, ...]}

`version` is 1–4 dot-separated whole numbers ("7", "2026.12.1"), compared number by number with
missing parts as 0 — the same form as the rule library's `library_version`, which a pack's rules must
declare. File paths are relative, '/'-separated, each segment [A-Za-z0-9][A-Za-z0-9._-]*, under `rules/` or
exactly `handlers/directory.json` or `calendar/holidays.json`; no '..', no absolute paths, no
backslashes, no NUL, no Windows device names, no two paths that differ only in case.
`calendar/holidays.json` carries the official holiday and make-up workday schedule of new years
(app/update/holidays.py).
"""

from __future__ import annotations

import hashlib
import json
import re
import struct
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.errors import UpdateVerificationError
from app.update.keys import TrustedKey, public_key_of
from app.update.strictjson import JsonLimitError, loads_limited

MAGIC = b"FLPACK\x00\x01"
SIGNING_DOMAIN = b"FaceLedger update pack manifest v1\n"
PACK_KIND = "faceledger-library"
MANIFEST_FORMAT = 1
MAX_MANIFEST_BYTES = 64 * 1024
MAX_PACK_BYTES = 20 * 1024 * 1024
MAX_FILES = 500
SIGNATURE_BYTES = 64
_HEADER = struct.Struct(">8sI")

RULES_PREFIX = "rules/"
HANDLERS_PATH = "handlers/directory.json"
CALENDAR_PATH = "calendar/holidays.json"
COMPONENTS = ("rules", "handlers", "calendar")

_SEGMENT = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,99}")
_WINDOWS_DEVICES = {
    "con",
    "prn",
    "aux",
    "nul",
    *(f"com{i}" for i in range(10)),
    *(f"lpt{i}" for i in range(10)),
}
_TIMESTAMP = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z")
_APP_VERSION = re.compile(r"\d{1,4}(\.\d{1,4}){0,2}")
_VERSION = re.compile(r"\d{1,9}(?:\.\d{1,9}){0,3}")
_SHA256 = re.compile(r"[0-9a-f]{64}")
_MANIFEST_KEYS = {"format", "kind", "version", "issued", "expires", "min_app_version", "publisher", "files"}


@dataclass(frozen=True)
class PackFile:
    path: str
    size: int
    sha256: str


def version_key(text: str) -> tuple[int, ...]:
    """ "2026.12.1" → (2026, 12, 1, 0): versions compare as numbers, missing parts count as 0."""
    if not _VERSION.fullmatch(text):
        raise ValueError(f"not a version like 7 or 2026.12.1: {text[:40]!r}")
    parts = [int(p) for p in text.split(".")]
    return tuple(parts + [0] * (4 - len(parts)))


@dataclass(frozen=True)
class Manifest:
    version: str
    issued: datetime
    expires: datetime
    min_app_version: str
    publisher: str
    files: tuple[PackFile, ...]

    @property
    def version_key(self) -> tuple[int, ...]:
        return version_key(self.version)

    def components(self) -> list[str]:
        return [c for c in COMPONENTS if any(component_of(f.path) == c for f in self.files)]


@dataclass(frozen=True)
class VerifiedPack:
    """A pack whose signature and file hashes have been checked; policy (version, dates) is separate."""

    manifest: Manifest
    manifest_bytes: bytes
    signature: bytes
    signer: TrustedKey
    files: Mapping[str, bytes]

    @property
    def manifest_sha256(self) -> str:
        return hashlib.sha256(self.manifest_bytes).hexdigest()


# --- small parsers -----------------------------------------------------------------------------
def format_timestamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_timestamp(text: object, field: str) -> datetime:
    if not isinstance(text, str) or not _TIMESTAMP.fullmatch(text):
        raise UpdateVerificationError(f"manifest {field} must be a UTC time like 2027-01-31T00:00:00Z")
    try:
        return datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    except ValueError:
        raise UpdateVerificationError(f"manifest {field} is not a real date: {text}") from None


def parse_app_version(text: str) -> tuple[int, ...]:
    """ "0.1.0" → (0, 1, 0); missing parts count as 0 so "1.2" == "1.2.0"."""
    if not _APP_VERSION.fullmatch(text):
        raise ValueError(f"not a version like 1.2.3: {text!r}")
    parts = [int(p) for p in text.split(".")]
    return tuple(parts + [0] * (3 - len(parts)))


def component_of(path: str) -> str:
    if path == HANDLERS_PATH:
        return "handlers"
    return "calendar" if path == CALENDAR_PATH else "rules"


def check_file_path(path: object) -> str:
    """A payload path safe to create under a folder on any OS, or UpdateVerificationError."""
    if not isinstance(path, str) or not path or len(path) > 200:
        raise UpdateVerificationError("a file path in the manifest is empty, too long or not text")
    shown = path.encode("unicode_escape").decode("ascii")[:80]
    if "\\" in path or "\x00" in path or path.startswith("/") or ":" in path:
        raise UpdateVerificationError(f"file path {shown!r} is not a plain relative path")
    segments = path.split("/")
    if len(segments) > 4:
        raise UpdateVerificationError(f"file path {shown!r} is nested too deeply")
    for segment in segments:
        if not _SEGMENT.fullmatch(segment) or segment.split(".")[0].lower() in _WINDOWS_DEVICES:
            raise UpdateVerificationError(f"file path {shown!r} has a forbidden name part {segment[:40]!r}")
    if path not in (HANDLERS_PATH, CALENDAR_PATH) and not (
        path.startswith(RULES_PREFIX) and len(segments) >= 2
    ):
        raise UpdateVerificationError(
            f"file path {shown!r} is neither under rules/ nor {HANDLERS_PATH} nor {CALENDAR_PATH}"
        )
    return path


# --- manifest ----------------------------------------------------------------------------------
def parse_manifest(data: bytes) -> Manifest:
    """Strictly parse manifest bytes (call only after the signature over them has been verified)."""
    try:
        doc = loads_limited(data, max_bytes=MAX_MANIFEST_BYTES, max_depth=4)
    except JsonLimitError as exc:
        raise UpdateVerificationError(f"manifest is not acceptable JSON: {exc}") from None
    if not isinstance(doc, dict):
        raise UpdateVerificationError("manifest is not a JSON object")
    unknown = sorted(set(doc) - _MANIFEST_KEYS)
    missing = sorted(_MANIFEST_KEYS - set(doc))
    if unknown or missing:
        raise UpdateVerificationError(f"manifest keys wrong: unknown {unknown[:5]}, missing {missing}")
    if doc["format"] != MANIFEST_FORMAT or type(doc["format"]) is not int:
        raise UpdateVerificationError(f"manifest format {doc['format']!r} is not supported by this app")
    if doc["kind"] != PACK_KIND:
        raise UpdateVerificationError(f"pack kind {str(doc['kind'])[:40]!r} is not {PACK_KIND!r}")
    version = doc["version"]
    if not isinstance(version, str) or not _VERSION.fullmatch(version) or not any(version_key(version)):
        raise UpdateVerificationError("manifest version must look like 7 or 2026.12.1 (and not be 0)")
    issued = parse_timestamp(doc["issued"], "issued")
    expires = parse_timestamp(doc["expires"], "expires")
    if expires <= issued:
        raise UpdateVerificationError("manifest expires before it was issued")
    min_app = doc["min_app_version"]
    if not isinstance(min_app, str) or not _APP_VERSION.fullmatch(min_app):
        raise UpdateVerificationError("manifest min_app_version must look like 1.2.3")
    publisher = doc["publisher"]
    if not isinstance(publisher, str) or len(publisher) > 200 or any(ord(c) < 32 for c in publisher):
        raise UpdateVerificationError("manifest publisher must be one line of at most 200 characters")
    raw_files = doc["files"]
    if not isinstance(raw_files, list) or not 1 <= len(raw_files) <= MAX_FILES:
        raise UpdateVerificationError(f"manifest must list 1–{MAX_FILES} files")
    files: list[PackFile] = []
    seen: set[str] = set()
    for item in raw_files:
        if not isinstance(item, dict) or set(item) != {"path", "size", "sha256"}:
            raise UpdateVerificationError("each manifest file entry needs exactly path, size and sha256")
        path = check_file_path(item["path"])
        if path.lower() in seen:
            raise UpdateVerificationError(f"file {path!r} is listed twice (names are compared ignoring case)")
        seen.add(path.lower())
        size = item["size"]
        if type(size) is not int or not 0 <= size <= MAX_PACK_BYTES:
            raise UpdateVerificationError(f"file {path!r} has an impossible size")
        digest = item["sha256"]
        if not isinstance(digest, str) or not _SHA256.fullmatch(digest):
            raise UpdateVerificationError(f"file {path!r} has no valid lower-case hex sha256")
        files.append(PackFile(path=path, size=size, sha256=digest))
    # A folder and a file of the same name cannot both exist on disk.
    folders = {p.rsplit("/", 1)[0] + "/" for p in seen if "/" in p}
    if any(p + "/" in folders for p in seen):
        raise UpdateVerificationError("a file path is also used as a folder")
    if not files:
        raise UpdateVerificationError(
            "the pack carries no rule-library files, handler directory or holiday calendar"
        )
    return Manifest(
        version=version,
        issued=issued,
        expires=expires,
        min_app_version=min_app,
        publisher=publisher,
        files=tuple(files),
    )


# --- verification ------------------------------------------------------------------------------
def verify_manifest_signature(
    manifest_bytes: bytes, signature: bytes, trusted: Sequence[TrustedKey]
) -> TrustedKey:
    if len(signature) != SIGNATURE_BYTES:
        raise UpdateVerificationError("the signature is truncated")
    message = SIGNING_DOMAIN + manifest_bytes
    for key in trusted:
        if key.verifies(signature, message):
            return key
    if not trusted:
        raise UpdateVerificationError("no signing key is trusted, so no pack can be accepted")
    raise UpdateVerificationError(
        "the pack is not signed by a trusted key (wrong key, or the pack was altered after signing)"
    )


def split_frame(data: bytes) -> tuple[bytes, bytes, bytes]:
    """(manifest bytes, signature, payload) from the fixed framing only; nothing is interpreted."""
    if len(data) > MAX_PACK_BYTES:
        raise UpdateVerificationError(f"the pack is {len(data)} bytes, more than {MAX_PACK_BYTES}")
    if len(data) < _HEADER.size + 2 + SIGNATURE_BYTES:
        raise UpdateVerificationError("the file is too short to be an update pack")
    magic, manifest_len = _HEADER.unpack_from(data)
    if magic != MAGIC:
        raise UpdateVerificationError("the file is not a FaceLedger update pack (wrong magic bytes)")
    if not 2 <= manifest_len <= MAX_MANIFEST_BYTES:
        raise UpdateVerificationError(
            f"manifest length {manifest_len} is outside 2–{MAX_MANIFEST_BYTES} bytes"
        )
    sig_start = _HEADER.size + manifest_len
    if len(data) < sig_start + SIGNATURE_BYTES:
        raise UpdateVerificationError("the pack is truncated (manifest or signature cut short)")
    return (
        data[_HEADER.size : sig_start],
        data[sig_start : sig_start + SIGNATURE_BYTES],
        data[sig_start + SIGNATURE_BYTES :],
    )


def check_payload(manifest: Manifest, payload: bytes) -> dict[str, bytes]:
    """Split the payload by the signed sizes and check every file's SHA-256."""
    expected = sum(f.size for f in manifest.files)
    if len(payload) != expected:
        raise UpdateVerificationError(
            f"the payload is {len(payload)} bytes but the manifest lists {expected} (truncated or padded)"
        )
    files: dict[str, bytes] = {}
    offset = 0
    for entry in manifest.files:
        blob = payload[offset : offset + entry.size]
        offset += entry.size
        if hashlib.sha256(blob).hexdigest() != entry.sha256:
            raise UpdateVerificationError(f"file {entry.path!r} does not match its SHA-256 in the manifest")
        files[entry.path] = blob
    return files


def verify_pack(data: bytes, trusted: Sequence[TrustedKey]) -> VerifiedPack:
    """Signature, manifest and hashes; raises UpdateVerificationError with the reason."""
    manifest_bytes, signature, payload = split_frame(data)
    signer = verify_manifest_signature(manifest_bytes, signature, trusted)
    manifest = parse_manifest(manifest_bytes)
    files = check_payload(manifest, payload)
    return VerifiedPack(
        manifest=manifest, manifest_bytes=manifest_bytes, signature=signature, signer=signer, files=files
    )


# --- building ----------------------------------------------------------------------------------
def build_manifest_bytes(
    *,
    version: str,
    issued: datetime,
    expires: datetime,
    min_app_version: str,
    publisher: str,
    files: Mapping[str, bytes],
) -> bytes:
    doc = {
        "format": MANIFEST_FORMAT,
        "kind": PACK_KIND,
        "version": version,
        "issued": format_timestamp(issued),
        "expires": format_timestamp(expires),
        "min_app_version": min_app_version,
        "publisher": publisher,
        "files": [
            {"path": path, "size": len(blob), "sha256": hashlib.sha256(blob).hexdigest()}
            for path, blob in files.items()
        ],
    }
    return json.dumps(doc, ensure_ascii=False, indent=1).encode("utf-8")


def assemble(manifest_bytes: bytes, signature: bytes, payload: bytes) -> bytes:
    return _HEADER.pack(MAGIC, len(manifest_bytes)) + manifest_bytes + signature + payload


def sign_manifest(key: Ed25519PrivateKey, manifest_bytes: bytes) -> bytes:
    return key.sign(SIGNING_DOMAIN + manifest_bytes)


def build_pack(
    key: Ed25519PrivateKey,
    *,
    version: str,
    files: Mapping[str, bytes],
    expires: datetime,
    issued: datetime | None = None,
    min_app_version: str = "0.1.0",
    publisher: str = "",
) -> bytes:
    """A signed pack of `files` ({"rules/...": bytes, "handlers/directory.json": bytes}).

    The result is verified with the signing key's own public key before it is returned, so a
    maintainer can never publish a pack the app would refuse for a format reason.
    """
    issued = issued or datetime.now(UTC).replace(microsecond=0)
    manifest_bytes = build_manifest_bytes(
        version=version,
        issued=issued,
        expires=expires,
        min_app_version=min_app_version,
        publisher=publisher,
        files=files,
    )
    data = assemble(manifest_bytes, sign_manifest(key, manifest_bytes), b"".join(files.values()))
    verify_pack(data, [TrustedKey(public_key=public_key_of(key), name="signer", origin="group")])
    return data
