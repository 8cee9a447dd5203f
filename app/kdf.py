"""Vault key derivation (Argon2id) and the 16-byte self-describing file header.

SQLCipher accepts a raw 32-byte key plus an explicit 16-byte salt (``PRAGMA key = "x'<key><salt>'"``)
and writes that salt as the first 16 bytes of the file. We choose those 16 bytes ourselves so the
file describes how to derive its key while still looking random:

    header[0:3]   KDF parameters (format version, time cost, log2 memory, parallelism),
                  XOR-masked with SHA-256 of the random part so they do not stand out
    header[3:6]   key verifier: HMAC-SHA256(derived key, "faceledger-verifier")[:3]
    header[6:8]   header checksum: SHA-256("faceledger-header" + header[0:6] + random)[:2]
    header[8:16]  8 random bytes, the Argon2id salt (RFC 9106 minimum salt length)

Why: the parameters travel with the file, so vaults made with older defaults keep opening after the
defaults change. The verifier tells a wrong passphrase apart from a damaged file (SQLCipher itself
reports both as "file is not a database"), and the checksum turns a damaged header into "damaged"
rather than "wrong passphrase". The trade-off: anyone who knows this format can recognise a
FaceLedger vault with ~2^-16 false positives, and the 24-bit verifier lets a wrong passphrase be
misreported as damage with probability 2^-24.

Parameters never go below the RFC 9106 "low-memory" profile (t=3, m=64 MiB); the time cost is
calibrated at vault creation so that unlocking takes about 0.7 s on the machine that creates it.
The environment variable FACELEDGER_KDF_TIME_COST (an integer >= 3) replaces calibration for new
vaults: tests and scripts use it to stay fast without ever going below the RFC floor.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import time
from dataclasses import dataclass

from argon2.low_level import Type, hash_secret_raw

from app.errors import InvalidInput, VaultDamaged

HEADER_SIZE = 16
KEY_SIZE = 32
FORMAT_VERSION = 1

MIN_TIME_COST = 3
MAX_TIME_COST = 100
DEFAULT_LOG2_MEMORY_KIB = 16  # 2**16 KiB = 64 MiB: RFC 9106 low-memory profile, keeps peak RSS low
MIN_LOG2_MEMORY_KIB = 16
MAX_LOG2_MEMORY_KIB = 21  # 2 GiB: refuse to allocate more than this for a header we read from disk
DEFAULT_PARALLELISM = 4  # RFC 9106 recommends p=4 for both of its profiles
MAX_PARALLELISM = 15
TARGET_UNLOCK_SECONDS = 0.7

TIME_COST_ENV = "FACELEDGER_KDF_TIME_COST"

_VERIFIER_LABEL = b"faceledger-verifier"
_MASK_LABEL = b"faceledger-params"
_CHECKSUM_LABEL = b"faceledger-header"
_RANDOM_SIZE = 8


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost parameters. memory is given as log2 of KiB so that it packs into the header."""

    time_cost: int = MIN_TIME_COST
    log2_memory_kib: int = DEFAULT_LOG2_MEMORY_KIB
    parallelism: int = DEFAULT_PARALLELISM

    def __post_init__(self) -> None:
        if not MIN_TIME_COST <= self.time_cost <= MAX_TIME_COST:
            raise InvalidInput(
                f"Argon2 time cost must be {MIN_TIME_COST}..{MAX_TIME_COST}, got {self.time_cost}"
            )
        if not MIN_LOG2_MEMORY_KIB <= self.log2_memory_kib <= MAX_LOG2_MEMORY_KIB:
            raise InvalidInput("Argon2 memory must be 64 MiB .. 2 GiB (a power of two)")
        if not 1 <= self.parallelism <= MAX_PARALLELISM:
            raise InvalidInput(f"Argon2 parallelism must be 1..{MAX_PARALLELISM}")

    @property
    def memory_kib(self) -> int:
        return 1 << self.log2_memory_kib


def derive_key(passphrase: bytes | bytearray, salt: bytes, params: KdfParams) -> bytearray:
    """Argon2id(passphrase, salt) -> 32-byte key, returned as a bytearray the caller can wipe."""
    raw = hash_secret_raw(
        bytes(passphrase),
        salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=KEY_SIZE,
        type=Type.ID,
    )
    return bytearray(raw)


def _mask(random_part: bytes) -> bytes:
    return hashlib.sha256(_MASK_LABEL + random_part).digest()[:3]


def _checksum(first6: bytes, random_part: bytes) -> bytes:
    return hashlib.sha256(_CHECKSUM_LABEL + first6 + random_part).digest()[:2]


def _verifier(key: bytes | bytearray) -> bytes:
    return hmac.new(bytes(key), _VERIFIER_LABEL, hashlib.sha256).digest()[:3]


def _pack_params(params: KdfParams) -> bytes:
    # 24 bits: version (8) | time_cost (7) | log2_memory_kib - 16 (5) | parallelism (4)
    value = (
        (FORMAT_VERSION << 16)
        | (params.time_cost << 9)
        | ((params.log2_memory_kib - MIN_LOG2_MEMORY_KIB) << 4)
        | params.parallelism
    )
    return value.to_bytes(3, "big")


def _unpack_params(packed: bytes) -> KdfParams:
    value = int.from_bytes(packed, "big")
    version = value >> 16
    if version != FORMAT_VERSION:
        raise VaultDamaged(
            "this file is not a FaceLedger vault, or its header is damaged (unknown format); restore a backup"
        )
    try:
        return KdfParams(
            time_cost=(value >> 9) & 0x7F,
            log2_memory_kib=((value >> 4) & 0x1F) + MIN_LOG2_MEMORY_KIB,
            parallelism=value & 0x0F,
        )
    except InvalidInput:
        raise VaultDamaged(
            "this file is not a FaceLedger vault, or its header is damaged (impossible key parameters); "
            "restore a backup"
        ) from None


@dataclass(frozen=True)
class Header:
    """The decoded first 16 bytes of a vault file."""

    params: KdfParams
    verifier: bytes
    salt: bytes  # the Argon2 salt (random part)
    raw: bytes  # all 16 bytes, handed to SQLCipher as its salt


def new_header(passphrase: bytes | bytearray, params: KdfParams) -> tuple[Header, bytearray]:
    """A fresh random salt, the derived key and the header that describes both."""
    random_part = secrets.token_bytes(_RANDOM_SIZE)
    key = derive_key(passphrase, random_part, params)
    return _assemble(params, key, random_part), key


def header_for_key(params: KdfParams, key: bytes | bytearray, salt: bytes) -> Header:
    return _assemble(params, key, salt)


def _assemble(params: KdfParams, key: bytes | bytearray, random_part: bytes) -> Header:
    masked = bytes(a ^ b for a, b in zip(_pack_params(params), _mask(random_part), strict=True))
    first6 = masked + _verifier(key)
    raw = first6 + _checksum(first6, random_part) + random_part
    assert len(raw) == HEADER_SIZE
    return Header(params=params, verifier=_verifier(key), salt=random_part, raw=raw)


def parse_header(raw: bytes) -> Header:
    """Decode a header read from disk. Raises VaultDamaged if it cannot be one of ours."""
    if len(raw) != HEADER_SIZE:
        raise VaultDamaged("the vault file is too short to be a vault; restore a backup")
    if raw.startswith(b"SQLite format 3"):
        raise VaultDamaged("this file is an unencrypted SQLite database, not a FaceLedger vault")
    first6, check, random_part = raw[:6], raw[6:8], raw[8:]
    if not hmac.compare_digest(check, _checksum(first6, random_part)):
        raise VaultDamaged("this file is not a FaceLedger vault, or its header is damaged; restore a backup")
    packed = bytes(a ^ b for a, b in zip(first6[:3], _mask(random_part), strict=True))
    return Header(params=_unpack_params(packed), verifier=first6[3:6], salt=random_part, raw=raw)


def key_matches(header: Header, key: bytes | bytearray) -> bool:
    return hmac.compare_digest(header.verifier, _verifier(key))


def sqlcipher_key_literal(key: bytes | bytearray, header: Header) -> str:
    """The PRAGMA key / ATTACH KEY argument. A Python str: it cannot be wiped (documented limitation)."""
    return f"\"x'{bytes(key).hex()}{header.raw.hex()}'\""


def wipe(buffer: bytearray | None) -> None:
    """Overwrite a key or passphrase buffer in place (the best Python allows)."""
    if buffer is not None:
        for i in range(len(buffer)):
            buffer[i] = 0


def passphrase_bytes(passphrase: str | bytes | bytearray) -> bytearray:
    """UTF-8 bytes of the passphrase in a wipeable buffer. A str argument cannot itself be wiped."""
    if isinstance(passphrase, str):
        return bytearray(passphrase.encode("utf-8"))
    return bytearray(passphrase)


# A file someone else made (a case bundle) chooses its own Argon2 parameters; a hostile one could ask
# for minutes of work before the passphrase is even checked (issue 19 item 8: a header demanded
# 19.6 s). Work is counted in passes over 64 MiB (t × memory / 64 MiB): 48 is about 1.5 s on the
# development machine and several times the calibrated 0.7 s target's need on a slow laptop.
MAX_SHARED_WORK = 48


def shared_work(params: KdfParams) -> int:
    return params.time_cost << (params.log2_memory_kib - MIN_LOG2_MEMORY_KIB)


def within_shared_budget(params: KdfParams) -> bool:
    """Whether a key derivation a foreign file asks for is within what we agree to compute."""
    return shared_work(params) <= MAX_SHARED_WORK


def capped_for_sharing(params: KdfParams) -> KdfParams:
    """Parameters for a file others will open: never above MAX_SHARED_WORK, never below the floor."""
    if within_shared_budget(params):
        return params
    per_pass = 1 << (params.log2_memory_kib - MIN_LOG2_MEMORY_KIB)
    time_cost = max(MIN_TIME_COST, MAX_SHARED_WORK // per_pass)
    if time_cost * per_pass > MAX_SHARED_WORK:  # memory alone is over budget: fall back to 64 MiB
        return KdfParams(time_cost=min(params.time_cost, MAX_SHARED_WORK), parallelism=params.parallelism)
    return KdfParams(
        time_cost=time_cost, log2_memory_kib=params.log2_memory_kib, parallelism=params.parallelism
    )


def default_params() -> KdfParams:
    """Parameters for a new vault: the env override when set, else calibrated on this machine."""
    override = os.environ.get(TIME_COST_ENV)
    if override is not None:
        try:
            time_cost = int(override)
        except ValueError:
            raise InvalidInput(f"{TIME_COST_ENV} must be an integer >= {MIN_TIME_COST}") from None
        if time_cost < MIN_TIME_COST:
            raise InvalidInput(f"{TIME_COST_ENV} must be >= {MIN_TIME_COST} (RFC 9106 minimum)")
        return KdfParams(time_cost=min(time_cost, MAX_TIME_COST))
    return calibrate()


def calibrate(target_seconds: float = TARGET_UNLOCK_SECONDS) -> KdfParams:
    """Pick the time cost so that one derivation takes about target_seconds here (clamped 3..100)."""
    probe = KdfParams(time_cost=MIN_TIME_COST)
    salt = secrets.token_bytes(_RANDOM_SIZE)
    timings = []
    for _ in range(3):  # the fastest of three runs: a busy moment should not weaken the vault
        start = time.perf_counter()
        derive_key(b"calibration", salt, probe)
        timings.append(time.perf_counter() - start)
    per_pass = min(timings) / MIN_TIME_COST
    wanted = round(target_seconds / per_pass) if per_pass > 0 else MAX_TIME_COST
    return KdfParams(time_cost=max(MIN_TIME_COST, min(MAX_TIME_COST, wanted)))
