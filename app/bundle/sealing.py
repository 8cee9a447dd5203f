"""Which envelope a case bundle file uses, and the age envelopes (age-encryption.org/v1, via pyrage).

Three envelopes carry the same payload (app/bundle/format.py: ``FLBP1`` framing, manifest, blobs):

- ``age-x25519``: age sealed to one or more X25519 public keys (group keys, the sender's own key).
  The recommended form: no shared passphrase. ``age -d -i IDENTITY`` opens it too.
- ``age-scrypt``: age sealed under a passphrase (age's scrypt recipient), chosen explicitly.
  ``age -d`` opens it with the passphrase.
- ``faceledger-v1``: the original ``FLBUNDLE`` format (Argon2id + ChaCha20-Poly1305 STREAM), still
  opened so that every bundle made before keeps working; no longer written.

Authenticated before parsed: age's payload is a STREAM of 64 KiB ChaCha20-Poly1305 chunks whose last
chunk is flagged, behind a header protected by an HMAC. pyrage hands decrypted chunks to our writer
one by one as each is authenticated, but a cut, reordered or altered file is only known to be whole
when the final chunk verifies. So the writer only collects into memory (with the size cap), and the
payload is returned — and then parsed — only after pyrage has returned without error. A failure at
any point discards everything collected. The one thing read before authentication is the age header's
stanza lines, to recognise the envelope and to refuse an scrypt work factor above
MAX_SCRYPT_LOG2_WORK (a crafted bundle could otherwise demand gigabytes of memory and minutes of CPU
before the passphrase is even checked); that reading is bounded (MAX_HEADER_BYTES) and never trusted
further: pyrage re-parses and authenticates the header itself.
"""

from __future__ import annotations

import base64
import binascii
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import BinaryIO, cast

import pyrage
from pyrage import passphrase as age_passphrase
from pyrage import x25519

from app.bundle.format import DEFAULT_LIMITS, BundleLimits
from app.bundle.format import MAGIC as V1_MAGIC
from app.errors import (
    BundleMalformed,
    BundleNotForThisVault,
    BundleTampered,
    BundleTooLarge,
    BundleWrongPassphrase,
    InvalidInput,
    KeyRefused,
)
from app.inputs import require_regular_file

AGE_MAGIC = b"age-encryption.org/v1\n"
ARMOR_BEGIN = b"-----BEGIN AGE ENCRYPTED FILE-----"
ARMOR_END = b"-----END AGE ENCRYPTED FILE-----"
AGE_CHUNK = 64 * 1024
AGE_TAG = 16
MAX_HEADER_BYTES = 64 * 1024
# scrypt with r=8 needs 2**(N+10) bytes: N=20 is 1 GiB and several seconds here. age's own encoder
# calibrates N to about one second (18–19 on this 2-core machine), so honest bundles stay below it.
MAX_SCRYPT_LOG2_WORK = 20
_STANZA = re.compile(rb"^-> (\S+)((?: \S+)*)$")


class Envelope(StrEnum):
    V1 = "faceledger-v1"
    AGE_KEYS = "age-x25519"
    AGE_PASSPHRASE = "age-scrypt"


@dataclass(frozen=True)
class EnvelopeInfo:
    envelope: Envelope
    recipients: int = 0  # X25519 stanzas (age hides who they are)
    work_factor: int | None = None  # scrypt log2(N)
    armored: bool = False


# --- recognising the envelope ------------------------------------------------------------------------


def _dearmor(data: bytes) -> bytes:
    text = data.strip()
    if not text.endswith(ARMOR_END):
        raise BundleTampered(
            "the armored age file is cut short (its END line is missing); nothing was changed"
        )
    body = text[len(ARMOR_BEGIN) : -len(ARMOR_END)]
    try:
        return base64.b64decode(b"".join(body.split()), validate=True)
    except (binascii.Error, ValueError):
        raise BundleTampered(
            "the armored age file is damaged (not valid base64); nothing was changed"
        ) from None


def _age_header_info(head: bytes, armored: bool) -> EnvelopeInfo:
    end = head.find(b"\n---")
    if end < 0:
        raise BundleTampered("the age file's header is incomplete or damaged; nothing was changed")
    lines = head[len(AGE_MAGIC) : end].split(b"\n")
    x25519_count = 0
    scrypt: list[int] = []
    for line in lines:
        match = _STANZA.match(line)
        if match is None:
            continue  # a stanza body line (base64)
        kind, args = match.group(1), match.group(2).split()
        if kind == b"X25519":
            x25519_count += 1
        elif kind == b"scrypt":
            if len(args) != 2 or not args[1].isdigit() or len(args[1]) > 3:
                raise BundleTampered("the age file's passphrase stanza is damaged; nothing was changed")
            scrypt.append(int(args[1]))
    if scrypt:
        if len(scrypt) > 1 or x25519_count:
            raise BundleTampered(
                "the age file mixes a passphrase with other recipients, which age forbids; "
                "nothing was changed"
            )
        if scrypt[0] > MAX_SCRYPT_LOG2_WORK:
            raise BundleTooLarge(
                f"the bundle's passphrase asks for scrypt work factor 2^{scrypt[0]}; FaceLedger accepts at "
                f"most 2^{MAX_SCRYPT_LOG2_WORK} (about 1 GiB of memory) so that a crafted file cannot "
                "exhaust this computer; nothing was changed"
            )
        return EnvelopeInfo(Envelope.AGE_PASSPHRASE, work_factor=scrypt[0], armored=armored)
    if x25519_count == 0:
        raise BundleMalformed(
            "this age file is sealed to a kind of key FaceLedger does not use (e.g. an SSH or plugin key); "
            "open it with the age tool; nothing was changed"
        )
    return EnvelopeInfo(Envelope.AGE_KEYS, recipients=x25519_count, armored=armored)


def identify(head: bytes) -> EnvelopeInfo:
    """Recognise an envelope from the first MAX_HEADER_BYTES of a file (dearmored when armored)."""
    if head.startswith(V1_MAGIC):
        return EnvelopeInfo(Envelope.V1)
    armored = head.lstrip().startswith(ARMOR_BEGIN)
    if head.startswith(AGE_MAGIC):
        return _age_header_info(head, armored)
    if armored:
        raise BundleMalformed("armored age file: internal error")  # callers dearmor first
    if head.startswith(b"age-encryption.org/"):
        raise BundleMalformed(
            "this age file uses a newer age format than FaceLedger reads; nothing was changed"
        )
    raise BundleMalformed(
        "this file is not a case bundle (neither an age file nor a FaceLedger bundle), or its first bytes "
        "are damaged; nothing was changed"
    )


@dataclass
class LoadedFile:
    """A bundle file, checked against the size cap, with the age part possibly dearmored in memory."""

    info: EnvelopeInfo
    path: Path | None
    data: bytes | None  # whole file in memory (armored, scrypt, or given as bytes)
    size: int


def _max_age_file_size(limits: BundleLimits) -> int:
    chunks = limits.max_total_bytes // AGE_CHUNK + 1
    return MAX_HEADER_BYTES + 16 + limits.max_total_bytes + chunks * AGE_TAG


def load(
    path: Path | None = None, data: bytes | None = None, *, limits: BundleLimits = DEFAULT_LIMITS
) -> LoadedFile:
    """Recognise the envelope of a file (or bytes) and check its size; nothing is decrypted yet."""
    if path is not None:
        try:
            require_regular_file(path, "bundle", field="bundle")  # a FIFO would block open() forever
            size = path.stat().st_size
            with open(path, "rb") as handle:
                head = handle.read(MAX_HEADER_BYTES)
        except FileNotFoundError:
            raise InvalidInput(f"bundle not found: {path}", field="bundle") from None
        except IsADirectoryError:
            raise InvalidInput(f"{path} is a folder, not a bundle", field="bundle") from None
        except OSError as exc:
            raise InvalidInput(f"cannot read bundle {path}: {exc.strerror}", field="bundle") from None
    else:
        assert data is not None
        size, head = len(data), data[:MAX_HEADER_BYTES]
    if head.startswith(V1_MAGIC):
        return LoadedFile(EnvelopeInfo(Envelope.V1), path, data, size)
    cap = _max_age_file_size(limits)
    armored = head.lstrip().startswith(ARMOR_BEGIN)
    if size > (cap * 4 // 3 + cap // 32 + 1024 if armored else cap):
        raise BundleTooLarge(
            f"the bundle is {size} bytes; bundles are limited to {limits.max_total_bytes} bytes of content"
        )
    if armored:
        raw = data if data is not None else _read_all(path)
        data = _dearmor(raw)
        head = data[:MAX_HEADER_BYTES]
        size = len(data)
    info = identify(head)
    if info.envelope is Envelope.AGE_PASSPHRASE and data is None:
        data = _read_all(path)
    return LoadedFile(info, path, data, size)


def _read_all(path: Path | None) -> bytes:
    assert path is not None
    try:
        return path.read_bytes()
    except OSError as exc:
        raise InvalidInput(f"cannot read bundle {path}: {exc.strerror}", field="bundle") from None


# --- sealing -----------------------------------------------------------------------------------------


def seal_to_keys(payload: bytes | bytearray, public_keys: list[str]) -> bytes:
    """age with one X25519 stanza per public key (checked again here; duplicates dropped)."""
    if not public_keys:
        raise KeyRefused("choose at least one recipient key")
    recipients = []
    for key in dict.fromkeys(public_keys):
        try:
            recipients.append(x25519.Recipient.from_str(key))
        except pyrage.RecipientError:
            raise KeyRefused(f"not a valid age public key: {key[:20]}…") from None
    return bytes(pyrage.encrypt(bytes(payload), recipients))


def seal_with_passphrase(payload: bytes | bytearray, passphrase: str) -> bytes:
    if not passphrase:
        raise InvalidInput("the bundle passphrase is empty", field="passphrase")
    return bytes(age_passphrase.encrypt(bytes(payload), passphrase))


# --- opening -----------------------------------------------------------------------------------------


class _CappedSink:
    """pyrage's output: collected in memory only, refused past the cap (the plaintext is not trusted
    until pyrage returns: the last chunk may still fail)."""

    def __init__(self, cap: int) -> None:
        self.buffer = bytearray()
        self.cap = cap

    def write(self, data: bytes) -> int:
        if len(self.buffer) + len(data) > self.cap:
            raise BundleTooLarge(
                f"the bundle holds more than {self.cap} bytes of content; nothing was changed"
            )
        self.buffer += data
        return len(data)

    def flush(self) -> None:
        return None


def _tampered(detail: str) -> BundleTampered:
    return BundleTampered(
        f"the bundle failed authentication ({detail}): it was altered, truncated or damaged; "
        "nothing was changed"
    )


def _source(loaded: LoadedFile) -> BinaryIO:
    if loaded.data is not None:
        return io.BytesIO(loaded.data)
    assert loaded.path is not None
    return open(loaded.path, "rb")  # noqa: SIM115 - closed by the caller's with


def open_with_identities(
    loaded: LoadedFile, identities: Sequence[tuple[object, x25519.Identity]], limits: BundleLimits
) -> tuple[bytearray, object]:
    """(payload, the tag of the identity that opened it). Tries each identity in turn: a non-matching
    identity fails on the header alone, before any payload is read."""
    if not identities:
        raise BundleNotForThisVault(
            "this bundle is sealed to a group key, and this vault has no group key; nothing was changed"
        )
    for tag, identity in identities:
        sink = _CappedSink(limits.max_total_bytes)
        with _source(loaded) as handle:
            try:
                # pyrage only calls read() / write(); the stubs ask for BufferedIOBase.
                pyrage.decrypt_io(cast(io.BufferedIOBase, handle), cast(io.BufferedIOBase, sink), [identity])
            except (pyrage.DecryptError, OSError) as exc:  # decrypt_io reports STREAM faults as OSError
                if "No matching keys" in str(exc):
                    continue
                raise _tampered(str(exc)) from None
        return sink.buffer, tag
    raise BundleNotForThisVault(
        "none of this vault's group keys can open this bundle: it was sealed to someone else "
        "(or its header was altered); nothing was changed"
    )


def open_with_passphrase(loaded: LoadedFile, passphrase: str, limits: BundleLimits) -> bytearray:
    assert loaded.data is not None
    try:
        plain = age_passphrase.decrypt(loaded.data, passphrase)
    except pyrage.DecryptError as exc:
        message = str(exc)
        if "Decryption failed" in message or "No matching keys" in message:
            raise BundleWrongPassphrase(
                "wrong bundle passphrase (or the bundle's header is damaged); nothing was changed"
            ) from None
        raise _tampered(message) from None
    if len(plain) > limits.max_total_bytes:
        raise BundleTooLarge(f"the bundle holds more than {limits.max_total_bytes} bytes of content")
    return bytearray(plain)
