"""Every tamper case of the v1 suite (test_bundle_tamper.py), for the age format (TEST-MATRIX I2/I3).

The age file: text header (stanzas, HMAC line), a 16-byte nonce, then a STREAM of 64 KiB
ChaCha20-Poly1305 chunks (+16-byte tags), the last one flagged. Every altered file is refused with a
BundleError before anything is parsed; the target vault's file and WAL stay byte-identical.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from app.bundle import export_bundle, keys
from app.bundle.importer import import_bundle, import_bundle_bytes
from app.errors import (
    BundleError,
    BundleMalformed,
    BundleNotForThisVault,
    BundleReplayed,
    BundleTampered,
    InvalidInput,
)
from app.evidence import add_evidence
from app.vault import Vault
from tests.unit.test_bundle_util import counts, file_state, make_case
from tests.unit.vaultutil import new_vault

CHUNK = 64 * 1024
SEALED = CHUNK + 16
NONCE = 16


@pytest.fixture(scope="module")
def setup(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[bytes, bytes, Vault, Path]]:
    """(bundle, a second bundle to the same key, the group's vault, its path)."""
    folder = tmp_path_factory.mktemp("age-tamper")
    path = folder / "group.db"
    with new_vault(folder / "src.db") as src, new_vault(path) as group:
        ids = make_case(src)
        add_evidence(src, ids["first"], os.urandom(320_000), "scan.bin")  # ≥ 5 STREAM chunks
        make_case(group)  # the group's vault has data of its own
        key = keys.create_group_key(group, "某某公益")
        export_bundle(src, folder / "a.age", recipients=[key.public_key], profile_id=ids["profile"])
        export_bundle(src, folder / "b.age", recipients=[key.public_key], profile_id=ids["profile"])
        yield (folder / "a.age").read_bytes(), (folder / "b.age").read_bytes(), group, path


def _split(data: bytes) -> tuple[bytes, bytes, list[bytes]]:
    """(header incl. MAC line, nonce, sealed chunks)."""
    end = data.index(b"\n---") + 1
    end = data.index(b"\n", end) + 1
    body = data[end + NONCE :]
    return data[:end], data[end : end + NONCE], [body[i : i + SEALED] for i in range(0, len(body), SEALED)]


def _flip(data: bytes, index: int, bit: int = 0) -> bytes:
    out = bytearray(data)
    out[index] ^= 1 << bit
    return bytes(out)


def _cases(data: bytes, other: bytes) -> dict[str, Callable[[], bytes]]:
    header, nonce, chunks = _split(data)
    other_header, other_nonce, _ = _split(other)
    assert len(chunks) >= 5, "the sample case must span several chunks"
    h = len(header)
    stanza = data.index(b"-> X25519 ") + 12
    body_line = data.index(b"\n", stanza) + 5
    mac = data.index(b"\n--- ") + 8
    grease = data.find(b"-grease")
    cases: dict[str, Callable[[], bytes]] = {
        "flip magic": lambda: _flip(data, 0),
        "flip format version": lambda: _flip(data, 19),
        "flip X25519 share": lambda: _flip(data, stanza, 1),
        "flip wrapped file key": lambda: _flip(data, body_line, 2),
        "flip header MAC": lambda: _flip(data, mac, 1),
        "flip payload nonce": lambda: _flip(data, h + 3),
        "flip first chunk": lambda: _flip(data, h + NONCE + 5),
        "flip chunk 2": lambda: _flip(data, h + NONCE + SEALED + 100, 4),
        "flip chunk 4 tag": lambda: _flip(data, h + NONCE + 4 * SEALED - 1, 2),
        "flip middle": lambda: _flip(data, len(data) // 2, 6),
        "flip last byte": lambda: _flip(data, len(data) - 1, 0),
        "truncate to header": lambda: header,
        "truncate inside header": lambda: data[: h // 2],
        "truncate after nonce": lambda: header + nonce,
        "drop final chunk": lambda: header + nonce + b"".join(chunks[:-1]),
        "drop last byte": lambda: data[:-1],
        "cut mid chunk": lambda: data[: h + NONCE + 2 * SEALED + 77],
        "drop a middle chunk": lambda: header + nonce + b"".join(chunks[:2] + chunks[3:]),
        "swap two chunks": lambda: header + nonce + b"".join([chunks[1], chunks[0], *chunks[2:]]),
        "swap last two chunks": lambda: header + nonce + b"".join([*chunks[:-2], chunks[-1], chunks[-2]]),
        "duplicate a chunk": lambda: header + nonce + b"".join([chunks[0], *chunks]),
        "append garbage": lambda: data + b"\x00" * 40,
        "empty file": lambda: b"",
        "another bundle's header": lambda: other_header + other_nonce + b"".join(chunks),
        "another bundle's nonce": lambda: header + other_nonce + b"".join(chunks),
        "remove the header MAC line": lambda: data[: data.index(b"\n---") + 1] + data[h:],
    }
    if grease >= 0:
        cases["flip grease stanza"] = lambda: _flip(data, grease + 2)
    return cases


STREAM_FAULTS = (
    "flip payload nonce",
    "flip first chunk",
    "flip chunk 2",
    "flip chunk 4 tag",
    "flip middle",
    "flip last byte",
    "truncate after nonce",
    "drop final chunk",
    "drop last byte",
    "cut mid chunk",
    "drop a middle chunk",
    "swap two chunks",
    "swap last two chunks",
    "duplicate a chunk",
    "append garbage",
    "another bundle's header",
    "another bundle's nonce",
    "flip header MAC",
)


def test_every_tampered_age_bundle_is_refused_and_vault_unchanged(
    setup: tuple[bytes, bytes, Vault, Path],
) -> None:
    data, other, vault, path = setup
    before_counts, before_files = counts(vault), file_state(path)
    refused: dict[str, str] = {}
    for name, make in _cases(data, other).items():
        with pytest.raises(BundleError) as caught:
            import_bundle_bytes(vault, make())
        refused[name] = type(caught.value).__name__
        assert counts(vault) == before_counts, name
    assert file_state(path) == before_files  # main file and WAL byte-identical
    for name in STREAM_FAULTS:  # authentication failures are named as such: nothing was parsed
        assert refused[name] == BundleTampered.__name__, (name, refused[name])
    # A damaged recipient stanza is either not valid base64 any more (the header is refused as
    # damaged) or cannot be told apart from "sealed to someone else" (age by design).
    for name in ("flip X25519 share", "flip wrapped file key"):
        assert refused[name] in (BundleNotForThisVault.__name__, BundleTampered.__name__), name
    assert refused["flip magic"] == BundleMalformed.__name__
    assert refused["empty file"] == BundleMalformed.__name__


def test_authentic_age_bundle_still_opens_after_the_tamper_run(
    setup: tuple[bytes, bytes, Vault, Path],
) -> None:
    data, _, vault, _ = setup
    report = import_bundle_bytes(vault, data)
    assert report.added["records"] == 2 and report.sealed["key_name"] == "某某公益"


def test_missing_file_and_folder(setup: tuple[bytes, bytes, Vault, Path], tmp_path: Path) -> None:
    _, _, vault, _ = setup
    with pytest.raises(InvalidInput, match="not found"):
        import_bundle(vault, tmp_path / "nope.age")
    with pytest.raises(InvalidInput, match="folder"):
        import_bundle(vault, tmp_path)


def test_random_bit_flips_anywhere_are_refused(setup: tuple[bytes, bytes, Vault, Path]) -> None:
    """60 seeded single-bit flips spread over the whole file (header, nonce, every chunk)."""
    import random

    data, _, vault, path = setup
    rng = random.Random(18)
    before_counts = counts(vault)  # a first read after the earlier import settles the WAL index
    before = file_state(path)
    for _ in range(60):
        position = rng.randrange(len(data))
        with pytest.raises(BundleError) as caught:
            import_bundle_bytes(vault, _flip(data, position, rng.randrange(8)))
        # Not "already imported" (that would mean the altered file authenticated and was parsed).
        assert not isinstance(caught.value, BundleReplayed), position
    assert file_state(path) == before and counts(vault) == before_counts
