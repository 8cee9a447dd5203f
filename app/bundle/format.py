"""The case-bundle container: one file, encrypted and authenticated under its own passphrase.

Layout (all integers big-endian):

    header (53 bytes)
      magic            8   b"FLBUNDLE"
      version          1   1
      aead             1   1 = ChaCha20-Poly1305
      time_cost        1   Argon2id t
      log2_memory_kib  1   Argon2id m = 2**n KiB
      parallelism      1   Argon2id p
      log2_chunk_size  1   plaintext bytes per chunk = 2**n
      salt            16   Argon2id salt
      nonce_prefix     7   random per bundle
      key_check       16   HMAC-SHA256(key, label + header[0:37])[:16]
    chunks: ChaCha20-Poly1305(key, nonce = prefix || counter(4) || last(1), aad = header)

The key is Argon2id(passphrase, salt) with the vault's own parameters class (app/kdf.py: at least
t=3, 64 MiB, p=4). The chunks form a STREAM (Hoang-Reyhanitabar-Rogaway-Vizár 2015): the counter in
the nonce detects reordered, dropped or duplicated chunks; the `last` flag detects a cut after a chunk
boundary (only the final chunk is sealed with last=1, and it always holds fewer than 2**n bytes, so
a file that ends on a full chunk lacks its final chunk); the header is the AAD of every chunk, so a
changed header fails every chunk. The key check tells a wrong passphrase apart from tampering (and
commits to the key: ChaCha20-Poly1305 alone is not key-committing).

Everything is authenticated before anything is parsed: `open_bundle` decrypts the whole payload into
memory (under a size cap checked first on the file size) and only then returns it; nothing is ever
written to disk from a bundle.

Payload (inside the encryption):

    b"FLBP1\\n"   6
    manifest_len  8   then that many bytes of UTF-8 JSON (the manifest, see app/bundle/content.py)
    blobs             concatenated; sizes and SHA-256 are listed in the manifest, in order

There is no archive format inside (no zip/tar), so there are no entry paths to traverse and no
compression to bomb: evidence is mostly JPEG, which does not compress anyway.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import struct
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from app import kdf
from app.errors import (
    BundleError,
    BundleMalformed,
    BundleTampered,
    BundleTooLarge,
    BundleWrongPassphrase,
    InvalidInput,
)
from app.inputs import require_regular_file
from app.outputs import open_output

MAGIC = b"FLBUNDLE"
VERSION = 1
AEAD_CHACHA20_POLY1305 = 1
HEADER_SIZE = 53
_SIGNED_PART = 37  # header bytes covered by the key check
TAG_SIZE = 16
SALT_SIZE = 16
NONCE_PREFIX_SIZE = 7
DEFAULT_LOG2_CHUNK = 20  # 1 MiB of plaintext per chunk
MIN_LOG2_CHUNK = 10
MAX_LOG2_CHUNK = 24
# A bundle comes from someone else: refuse KDF parameters that would let a crafted header make us
# allocate more than 256 MiB or spend minutes before the passphrase can even be checked.
MAX_READ_LOG2_MEMORY_KIB = 18
_KEY_CHECK_LABEL = b"faceledger-bundle-key-check-v1"

PAYLOAD_MAGIC = b"FLBP1\n"
_MANIFEST_LEN = struct.Struct(">Q")


@dataclass(frozen=True)
class BundleLimits:
    """Caps checked before and while reading a bundle (tests lower them to prove they hold)."""

    max_total_bytes: int = 2 * 1024**3  # decrypted payload
    max_manifest_bytes: int = 256 * 1024**2
    max_records: int = 10_000
    max_items: int = 100_000  # profiles + records + evidence + requests + events
    max_json_depth: int = 16


DEFAULT_LIMITS = BundleLimits()


@dataclass(frozen=True)
class _Header:
    raw: bytes
    params: kdf.KdfParams
    log2_chunk: int
    salt: bytes
    nonce_prefix: bytes
    key_check: bytes


def _key_check(key: bytes | bytearray, signed: bytes) -> bytes:
    return hmac.new(bytes(key), _KEY_CHECK_LABEL + signed, hashlib.sha256).digest()[:16]


def _nonce(prefix: bytes, counter: int, last: bool) -> bytes:
    return prefix + counter.to_bytes(4, "big") + (b"\x01" if last else b"\x00")


def _new_header(passphrase: bytearray, params: kdf.KdfParams, log2_chunk: int) -> tuple[_Header, bytearray]:
    salt = secrets.token_bytes(SALT_SIZE)
    prefix = secrets.token_bytes(NONCE_PREFIX_SIZE)
    signed = (
        MAGIC
        + bytes(
            (
                VERSION,
                AEAD_CHACHA20_POLY1305,
                params.time_cost,
                params.log2_memory_kib,
                params.parallelism,
                log2_chunk,
            )
        )
        + salt
        + prefix
    )
    assert len(signed) == _SIGNED_PART
    key = kdf.derive_key(passphrase, salt, params)
    check = _key_check(key, signed)
    header = _Header(signed + check, params, log2_chunk, salt, prefix, check)
    return header, key


def _parse_header(raw: bytes) -> _Header:
    if len(raw) < HEADER_SIZE or not raw.startswith(MAGIC):
        raise BundleMalformed("this file is not a FaceLedger case bundle (or its first bytes are damaged)")
    version, aead, time_cost, log2_memory, parallelism, log2_chunk = raw[8:14]
    if version != VERSION:
        raise BundleMalformed(
            f"this case bundle has format version {version}; this FaceLedger reads version {VERSION}"
        )
    if aead != AEAD_CHACHA20_POLY1305:
        raise BundleTampered("the case bundle header names an unknown cipher: damaged or altered")
    if not MIN_LOG2_CHUNK <= log2_chunk <= MAX_LOG2_CHUNK or log2_memory > MAX_READ_LOG2_MEMORY_KIB:
        raise BundleTampered("the case bundle header holds impossible parameters: damaged or altered")
    try:
        params = kdf.KdfParams(time_cost=time_cost, log2_memory_kib=log2_memory, parallelism=parallelism)
    except InvalidInput:
        raise BundleTampered(
            "the case bundle header holds impossible parameters: damaged or altered"
        ) from None
    if not kdf.within_shared_budget(params):  # issue 19 item 8: no minutes of work on demand
        raise BundleMalformed(
            f"the case bundle asks for a key derivation of {kdf.shared_work(params)} passes over 64 MiB; "
            f"FaceLedger computes at most {kdf.MAX_SHARED_WORK} for a shared file. Nothing was changed"
        )
    return _Header(
        raw=raw[:HEADER_SIZE],
        params=params,
        log2_chunk=log2_chunk,
        salt=raw[14:30],
        nonce_prefix=raw[30:37],
        key_check=raw[37:53],
    )


def bundle_params() -> kdf.KdfParams:
    """Argon2id parameters for a new bundle: the vault's (calibrated, or FACELEDGER_KDF_TIME_COST)."""
    return kdf.capped_for_sharing(kdf.default_params())  # the importer's limit (kdf.MAX_SHARED_WORK)


def seal(
    payload: bytes | bytearray | memoryview,
    passphrase: str | bytes | bytearray,
    *,
    params: kdf.KdfParams | None = None,
    log2_chunk: int = DEFAULT_LOG2_CHUNK,
) -> Iterator[bytes]:
    """The bundle file's bytes for `payload`, piece by piece (header, then each sealed chunk)."""
    if not MIN_LOG2_CHUNK <= log2_chunk <= MAX_LOG2_CHUNK:
        raise InvalidInput(f"chunk size must be 2**{MIN_LOG2_CHUNK}..2**{MAX_LOG2_CHUNK}")
    secret = kdf.passphrase_bytes(passphrase)
    if not secret:
        raise InvalidInput("the bundle passphrase is empty", field="passphrase")
    try:
        header, key = _new_header(secret, params or bundle_params(), log2_chunk)
    finally:
        kdf.wipe(secret)
    try:
        aead = ChaCha20Poly1305(bytes(key))
    finally:
        kdf.wipe(key)
    yield header.raw
    view = memoryview(payload)
    size = 1 << log2_chunk
    # Full chunks, then one final chunk of fewer than `size` bytes (possibly empty).
    full = len(view) // size
    for counter in range(full):
        piece = view[counter * size : (counter + 1) * size]
        yield aead.encrypt(_nonce(header.nonce_prefix, counter, False), bytes(piece), header.raw)
    tail = view[full * size :]
    yield aead.encrypt(_nonce(header.nonce_prefix, full, True), bytes(tail), header.raw)


def write_bundle_file(
    path: Path,
    payload: bytes | bytearray,
    passphrase: str | bytes | bytearray,
    *,
    params: kdf.KdfParams | None = None,
    log2_chunk: int = DEFAULT_LOG2_CHUNK,
    force: bool = False,
) -> int:
    """Seal `payload` into `path` through the output guard (app/outputs.py: never over a vault or a
    device; an existing file only with force; temp file + fsync + rename; mode 0600). Returns the size."""
    written = 0
    with open_output(path, force=force) as out:
        for piece in seal(payload, passphrase, params=params, log2_chunk=log2_chunk):
            out.write(piece)
            written += len(piece)
    return written


def _max_file_size(limits: BundleLimits, log2_chunk: int) -> int:
    chunks = limits.max_total_bytes // (1 << log2_chunk) + 1
    return HEADER_SIZE + limits.max_total_bytes + chunks * TAG_SIZE


def open_bundle_bytes(
    data: bytes, passphrase: str | bytes | bytearray, *, limits: BundleLimits = DEFAULT_LIMITS
) -> bytearray:
    """Authenticate and decrypt a whole bundle given as bytes (tests, fuzzing)."""
    import io

    return _open(io.BytesIO(data), len(data), passphrase, limits)


def open_bundle(
    path: Path, passphrase: str | bytes | bytearray, *, limits: BundleLimits = DEFAULT_LIMITS
) -> bytearray:
    """The authenticated plaintext payload of the bundle at `path`, or a BundleError subclass.

    Nothing is returned until every chunk has been authenticated, so a caller never parses a byte
    an attacker chose."""
    try:
        require_regular_file(path, "bundle", field="bundle")  # a FIFO would block forever
        size = path.stat().st_size
        handle = open(path, "rb")  # noqa: SIM115 - closed below
    except FileNotFoundError:
        raise InvalidInput(f"bundle not found: {path}", field="bundle") from None
    except IsADirectoryError:
        raise InvalidInput(f"{path} is a folder, not a bundle", field="bundle") from None
    except OSError as exc:
        raise InvalidInput(f"cannot read bundle {path}: {exc.strerror}", field="bundle") from None
    with handle:
        return _open(handle, size, passphrase, limits)


def _open(
    handle: BinaryIO, size: int, passphrase: str | bytes | bytearray, limits: BundleLimits
) -> bytearray:
    header = _parse_header(handle.read(HEADER_SIZE))
    if size > _max_file_size(limits, header.log2_chunk):
        raise BundleTooLarge(
            f"the bundle is {size} bytes; bundles are limited to {limits.max_total_bytes} bytes of content"
        )
    secret = kdf.passphrase_bytes(passphrase)
    try:
        key = kdf.derive_key(secret, header.salt, header.params)
    finally:
        kdf.wipe(secret)
    try:
        if not hmac.compare_digest(_key_check(key, header.raw[:_SIGNED_PART]), header.key_check):
            raise BundleWrongPassphrase(
                "wrong bundle passphrase (or the bundle's header is damaged); nothing was changed"
            )
        aead = ChaCha20Poly1305(bytes(key))
    finally:
        kdf.wipe(key)
    sealed_size = (1 << header.log2_chunk) + TAG_SIZE
    body = size - HEADER_SIZE
    full, rest = divmod(body, sealed_size)
    if rest < TAG_SIZE:
        # Ends on a chunk boundary (the final, short chunk is missing) or inside a tag.
        raise BundleTampered("the bundle is truncated (its final part is missing); nothing was changed")
    plaintext = bytearray()
    for counter in range(full + 1):
        last = counter == full
        sealed = handle.read(rest if last else sealed_size)
        if len(sealed) != (rest if last else sealed_size):
            raise BundleTampered("the bundle changed while it was being read; nothing was changed")
        try:
            plaintext += aead.decrypt(_nonce(header.nonce_prefix, counter, last), sealed, header.raw)
        except InvalidTag:
            raise BundleTampered(
                f"the bundle failed authentication at part {counter + 1} of {full + 1}: it was altered, "
                "reordered, truncated or damaged; nothing was changed"
            ) from None
        if len(plaintext) > limits.max_total_bytes:
            raise BundleTooLarge(f"the bundle holds more than {limits.max_total_bytes} bytes of content")
    if handle.read(1):
        raise BundleTampered("the bundle changed while it was being read; nothing was changed")
    return plaintext  # not copied: a bundle may be up to max_total_bytes


# --- payload framing ---------------------------------------------------------------------------------


def build_payload(manifest_json: bytes, blobs: list[bytes]) -> bytearray:
    out = bytearray(PAYLOAD_MAGIC)
    out += _MANIFEST_LEN.pack(len(manifest_json))
    out += manifest_json
    for blob in blobs:
        out += blob
    return out


def split_payload(payload: bytes | bytearray, limits: BundleLimits) -> tuple[bytes, memoryview]:
    """(manifest JSON bytes, blob area) of a decrypted payload; BundleMalformed if the frame is wrong."""
    head = len(PAYLOAD_MAGIC) + _MANIFEST_LEN.size
    if len(payload) < head or not payload.startswith(PAYLOAD_MAGIC):
        raise BundleMalformed("the bundle's contents are not in a format this FaceLedger knows")
    (manifest_len,) = _MANIFEST_LEN.unpack_from(payload, len(PAYLOAD_MAGIC))
    if manifest_len > limits.max_manifest_bytes:
        raise BundleTooLarge(f"the bundle's index is larger than {limits.max_manifest_bytes} bytes")
    if head + manifest_len > len(payload):
        raise BundleMalformed("the bundle's index is cut short")
    view = memoryview(payload)
    return bytes(view[head : head + manifest_len]), view[head + manifest_len :]


__all__ = [
    "DEFAULT_LIMITS",
    "HEADER_SIZE",
    "BundleError",
    "BundleLimits",
    "build_payload",
    "bundle_params",
    "open_bundle",
    "open_bundle_bytes",
    "seal",
    "split_payload",
    "write_bundle_file",
]
