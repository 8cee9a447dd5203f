"""TEST-MATRIX I2/I3: wrong passphrase, flipped bits, truncation, dropped/swapped chunks, oversize.

Every bad bundle is refused with a BundleError before anything is parsed or written: the target
vault's file and WAL are byte-identical afterwards, and its row counts are unchanged.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from app.bundle import BundleLimits, export_bundle
from app.bundle.format import HEADER_SIZE, open_bundle_bytes
from app.bundle.importer import import_bundle, import_bundle_bytes
from app.errors import (
    BundleError,
    BundleMalformed,
    BundleTampered,
    BundleTooLarge,
    BundleWrongPassphrase,
    InvalidInput,
)
from app.vault import Vault
from tests.unit.test_bundle_util import BUNDLE_KDF, BUNDLE_PASS, SMALL_CHUNK, counts, file_state, make_case
from tests.unit.vaultutil import PASSPHRASE, new_vault

SEALED = (1 << SMALL_CHUNK) + 16


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    folder = tmp_path_factory.mktemp("tamper")
    with new_vault(folder / "src.db") as vault:
        ids = make_case(vault)
        export_bundle(
            vault,
            folder / "case.flb",
            BUNDLE_PASS,
            profile_id=ids["profile"],
            kdf_params=BUNDLE_KDF,
            log2_chunk=SMALL_CHUNK,
        )
    return (folder / "case.flb").read_bytes()


@pytest.fixture(scope="module")
def target(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Vault, Path]]:
    path = tmp_path_factory.mktemp("target") / "target.db"
    with new_vault(path) as vault:
        make_case(vault)  # a vault with its own data
        yield vault, path


def _chunks(data: bytes) -> tuple[bytes, list[bytes]]:
    body = data[HEADER_SIZE:]
    return data[:HEADER_SIZE], [body[i : i + SEALED] for i in range(0, len(body), SEALED)]


def _flip(data: bytes, index: int, bit: int = 0) -> bytes:
    out = bytearray(data)
    out[index] ^= 1 << bit
    return bytes(out)


def _cases(data: bytes) -> dict[str, Callable[[], bytes]]:
    header, chunks = _chunks(data)
    assert len(chunks) >= 5, "the sample case must span several chunks"
    last = len(data) - 1
    return {
        "flip magic": lambda: _flip(data, 0),
        "flip version": lambda: _flip(data, 8),
        "flip cipher id": lambda: _flip(data, 9, 3),
        "flip kdf time cost": lambda: _flip(data, 10),
        "flip kdf memory": lambda: _flip(data, 11),
        "flip chunk size": lambda: _flip(data, 13),
        "flip salt": lambda: _flip(data, 20, 5),
        "flip nonce prefix": lambda: _flip(data, 33, 1),
        "flip key check": lambda: _flip(data, 50, 7),
        "flip first chunk": lambda: _flip(data, HEADER_SIZE + 5),
        "flip chunk 2": lambda: _flip(data, HEADER_SIZE + SEALED + 100, 4),
        "flip chunk 4 tag": lambda: _flip(data, HEADER_SIZE + 4 * SEALED - 1, 2),
        "flip middle": lambda: _flip(data, len(data) // 2, 6),
        "flip last byte": lambda: _flip(data, last, 0),
        "truncate to header": lambda: data[:HEADER_SIZE],
        "truncate inside header": lambda: data[:20],
        "drop final chunk": lambda: header + b"".join(chunks[:-1]),
        "drop last byte": lambda: data[:-1],
        "cut mid chunk": lambda: data[: HEADER_SIZE + 2 * SEALED + 77],
        "drop a middle chunk": lambda: header + b"".join(chunks[:2] + chunks[3:]),
        "swap two chunks": lambda: header + b"".join([chunks[1], chunks[0], *chunks[2:]]),
        "swap last two chunks": lambda: header + b"".join([*chunks[:-2], chunks[-1], chunks[-2]]),
        "duplicate a chunk": lambda: header + b"".join([chunks[0], *chunks]),
        "append garbage": lambda: data + b"\x00" * 40,
        "empty file": lambda: b"",
        "another bundle's header": lambda: _flip(header, 25) + b"".join(chunks),
    }


def test_every_tampered_bundle_is_refused_and_vault_unchanged(
    bundle: bytes, target: tuple[Vault, Path]
) -> None:
    vault, path = target
    before_counts, before_files = counts(vault), file_state(path)
    refused: dict[str, str] = {}
    for name, make in _cases(bundle).items():
        with pytest.raises(BundleError) as caught:
            import_bundle_bytes(vault, make(), BUNDLE_PASS)
        refused[name] = type(caught.value).__name__
        assert counts(vault) == before_counts, name
    assert file_state(path) == before_files  # main file and WAL byte-identical
    # Authentication failures are named as such (not as "malformed"): nothing was parsed.
    for name in (
        "flip first chunk",
        "flip chunk 2",
        "flip last byte",
        "drop final chunk",
        "swap two chunks",
        "swap last two chunks",
        "duplicate a chunk",
        "drop a middle chunk",
        "append garbage",
    ):
        assert refused[name] == "BundleTampered", name
    assert refused["flip key check"] == "BundleWrongPassphrase"
    assert refused["flip magic"] == "BundleMalformed"


def test_wrong_passphrase(bundle: bytes, target: tuple[Vault, Path]) -> None:
    vault, path = target
    before = file_state(path), counts(vault)
    with pytest.raises(BundleWrongPassphrase, match="wrong bundle passphrase"):
        import_bundle_bytes(vault, bundle, "not the passphrase")
    with pytest.raises(BundleWrongPassphrase):
        import_bundle_bytes(vault, bundle, PASSPHRASE)  # the vault's passphrase is not the bundle's
    assert (file_state(path), counts(vault)) == before


def test_size_and_count_limits(bundle: bytes, target: tuple[Vault, Path], tmp_path: Path) -> None:
    vault, path = target
    before = file_state(path), counts(vault)
    with pytest.raises(BundleTooLarge):  # refused on the file size, before the key is even derived
        import_bundle_bytes(vault, bundle, BUNDLE_PASS, limits=BundleLimits(max_total_bytes=4096))
    with pytest.raises(BundleTooLarge, match="records"):
        import_bundle_bytes(vault, bundle, BUNDLE_PASS, limits=BundleLimits(max_records=1))
    with pytest.raises(BundleTooLarge, match="items"):
        import_bundle_bytes(vault, bundle, BUNDLE_PASS, limits=BundleLimits(max_items=5))
    with pytest.raises(BundleTooLarge, match="index"):
        import_bundle_bytes(vault, bundle, BUNDLE_PASS, limits=BundleLimits(max_manifest_bytes=100))
    assert (file_state(path), counts(vault)) == before
    with pytest.raises(BundleTooLarge):  # export checks the same limits
        export_bundle(
            vault,
            tmp_path / "x.flb",
            BUNDLE_PASS,
            profile_id=1,
            limits=BundleLimits(max_records=1),
            kdf_params=BUNDLE_KDF,
        )
    assert not (tmp_path / "x.flb").exists()


def test_a_10_gib_stream_of_zeros_is_refused_by_size_first(
    tmp_path: Path, target: tuple[Vault, Path]
) -> None:
    """I2: a huge file is refused from its size alone (a sparse file: no disk or memory used)."""
    vault, path = target
    huge = tmp_path / "zeros.flb"
    with open(huge, "wb") as fh:
        fh.write(b"FLBUNDLE\x01\x01\x03\x10\x04\x14" + b"\x00" * 39)
        fh.truncate(10 * 1024**3)
    with pytest.raises(BundleTooLarge):
        import_bundle(vault, huge, BUNDLE_PASS)
    with pytest.raises(BundleMalformed):
        import_bundle(vault, _write(tmp_path / "z2", b"\x00" * 100), BUNDLE_PASS)


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_missing_file_and_folder(tmp_path: Path, target: tuple[Vault, Path]) -> None:
    vault, _ = target
    with pytest.raises(InvalidInput, match="not found"):
        import_bundle(vault, tmp_path / "nope.flb", BUNDLE_PASS)
    with pytest.raises(InvalidInput, match="folder"):
        import_bundle(vault, tmp_path, BUNDLE_PASS)


def test_authentic_bundle_still_opens(bundle: bytes) -> None:
    """The control: the untampered bytes decrypt (so the refusals above are not a broken reader)."""
    assert open_bundle_bytes(bundle, BUNDLE_PASS).startswith(b"FLBP1\n")
    with pytest.raises(BundleTampered):
        open_bundle_bytes(_flip(bundle, len(bundle) - 1), BUNDLE_PASS)


def test_vault_file_identical_after_closing(bundle: bytes, tmp_path: Path) -> None:
    """The strongest form: close the vault, hash the file; open, fail three imports, close, hash again."""
    path = tmp_path / "closed.db"
    new_vault(path).close()
    before = file_state(path)
    with Vault.open(path, PASSPHRASE) as vault:
        counts_before = counts(vault)
        for data, passphrase in (
            (bundle, "wrong"),
            (_flip(bundle, len(bundle) // 3), BUNDLE_PASS),
            (bundle[:-20], BUNDLE_PASS),
        ):
            with pytest.raises(BundleError):
                import_bundle_bytes(vault, data, passphrase)
        assert counts(vault) == counts_before
    assert file_state(path) == before
    with Vault.open(path, PASSPHRASE) as vault:  # and a good import does change it (the check can fail)
        import_bundle_bytes(vault, bundle, BUNDLE_PASS)
    assert file_state(path) != before
