"""U1: the pack file format, its signature and strict verification (TEST-MATRIX U1, I6), no network."""

from __future__ import annotations

import json
import struct
import time

import pytest

from app.errors import UpdateVerificationError
from app.update import keys as trust
from app.update.pack import (
    MAGIC,
    MAX_MANIFEST_BYTES,
    MAX_PACK_BYTES,
    SIGNING_DOMAIN,
    assemble,
    check_file_path,
    split_frame,
    verify_pack,
    version_key,
)
from app.update.strictjson import JsonLimitError, loads_limited
from tests.unit.test_update_helpers import make_pack, manifest_for, new_key, pack_files, sign_raw_manifest


def trusted(key: object) -> list[trust.TrustedKey]:
    return [trust.TrustedKey(public_key=trust.public_key_of(key), name="t", origin="group")]  # type: ignore[arg-type]


def test_good_pack_verifies_and_reports_signer_and_files() -> None:
    key = new_key()
    data = make_pack(key, "2026.12.1")
    pack = verify_pack(data, trusted(key))
    assert pack.manifest.version == "2026.12.1"
    assert pack.signer.public_key == trust.public_key_of(key)
    assert set(pack.files) == set(pack_files("2026.12.1"))
    assert pack.files["rules/library.json"] == pack_files("2026.12.1")["rules/library.json"]
    assert data.startswith(MAGIC)


def test_wrong_key_is_refused() -> None:
    data = make_pack(new_key(), "2026.12.1")
    with pytest.raises(UpdateVerificationError, match="not signed by a trusted key"):
        verify_pack(data, trusted(new_key()))


def test_no_trusted_key_at_all_is_refused() -> None:
    with pytest.raises(UpdateVerificationError, match="no signing key is trusted"):
        verify_pack(make_pack(new_key(), "2026.12.1"), [])


def test_signature_over_other_bytes_is_refused() -> None:
    key = new_key()
    good = make_pack(key, "2026.12.1")
    manifest, _sig, payload = split_frame(good)
    other_sig = key.sign(SIGNING_DOMAIN + manifest + b" ")
    with pytest.raises(UpdateVerificationError, match="not signed by a trusted key"):
        verify_pack(assemble(manifest, other_sig, payload), trusted(key))
    # Signed without the domain prefix: also refused (a signature made for another purpose).
    with pytest.raises(UpdateVerificationError, match="not signed by a trusted key"):
        verify_pack(assemble(manifest, key.sign(manifest), payload), trusted(key))


def test_truncated_signature_and_truncated_file_are_refused() -> None:
    key = new_key()
    good = make_pack(key, "2026.12.1")
    manifest, sig, payload = split_frame(good)
    header = struct.pack(">8sI", MAGIC, len(manifest))
    with pytest.raises(UpdateVerificationError):
        verify_pack(header + manifest + sig[:40], trusted(key))
    for cut in (5, 11, 12 + len(manifest) + 10, len(good) - 1):
        with pytest.raises(UpdateVerificationError):
            verify_pack(good[:cut], trusted(key))


def test_every_single_byte_flip_in_manifest_or_signature_is_refused() -> None:
    key = new_key()
    good = make_pack(key, "2026.12.1", files={"rules/library.json": b'{"library_version": "2026.12.1"}'})
    manifest, _sig, _payload = split_frame(good)
    end_of_signature = 12 + len(manifest) + 64
    accepted = 0
    for offset in range(0, end_of_signature):
        bad = bytearray(good)
        bad[offset] ^= 0x01
        try:
            verify_pack(bytes(bad), trusted(key))
        except UpdateVerificationError:
            continue
        accepted += 1
    assert accepted == 0


def test_tampered_payload_byte_is_a_hash_mismatch() -> None:
    key = new_key()
    good = make_pack(key, "2026.12.1")
    bad = bytearray(good)
    bad[-10] ^= 0x20
    with pytest.raises(UpdateVerificationError, match="does not match its SHA-256"):
        verify_pack(bytes(bad), trusted(key))


def test_signed_manifest_with_wrong_hash_is_refused() -> None:
    key = new_key()
    files = pack_files("2026.12.1", handlers=False)
    doc = manifest_for(files)
    doc["files"][0]["sha256"] = "0" * 64
    data = sign_raw_manifest(key, json.dumps(doc).encode(), b"".join(files.values()))
    with pytest.raises(UpdateVerificationError, match="does not match its SHA-256"):
        verify_pack(data, trusted(key))


def test_padding_after_payload_is_refused() -> None:
    key = new_key()
    with pytest.raises(UpdateVerificationError, match="truncated or padded"):
        verify_pack(make_pack(key, "2026.12.1") + b"\0", trusted(key))


def test_size_limits_come_first() -> None:
    key = new_key()
    with pytest.raises(UpdateVerificationError, match="more than"):
        verify_pack(MAGIC + b"\0" * MAX_PACK_BYTES, trusted(key))
    huge_len = struct.pack(">8sI", MAGIC, MAX_MANIFEST_BYTES + 1) + b"\0" * 200
    with pytest.raises(UpdateVerificationError, match="manifest length"):
        verify_pack(huge_len, trusted(key))
    with pytest.raises(UpdateVerificationError, match="wrong magic"):
        verify_pack(b"PK\x03\x04" + b"\0" * 200, trusted(key))


@pytest.mark.parametrize(
    "path",
    [
        "../evil.json",
        "rules/../../evil.json",
        "/etc/passwd",
        "rules\\library.json",
        "rules/lib\x00.json",
        "C:/x.json",
        "rules/.hidden",
        "rules/CON.json",
        "rules/nul",
        "rules/",
        "library.json",
        "handlers/other.json",
        "rules/a/b/c/d.json",
        "rules/" + "a" * 200,
        "",
    ],
)
def test_path_like_names_are_refused(path: str) -> None:
    with pytest.raises(UpdateVerificationError):
        check_file_path(path)
    key = new_key()
    doc = manifest_for({"rules/library.json": b"{}"})
    doc["files"][0]["path"] = path
    with pytest.raises(UpdateVerificationError):
        verify_pack(sign_raw_manifest(key, json.dumps(doc).encode(), b"{}"), trusted(key))


def test_names_differing_only_in_case_are_refused() -> None:
    key = new_key()
    files = {"rules/library.json": b"{}", "rules/Library.json": b"{}"}
    doc = manifest_for(files)
    with pytest.raises(UpdateVerificationError, match="listed twice"):
        verify_pack(sign_raw_manifest(key, json.dumps(doc).encode(), b"{}{}"), trusted(key))


def test_good_nested_paths_are_accepted() -> None:
    assert check_file_path("rules/library.json") == "rules/library.json"
    assert check_file_path("rules/texts/pipl.md") == "rules/texts/pipl.md"
    assert check_file_path("handlers/directory.json") == "handlers/directory.json"


@pytest.mark.parametrize(
    ("override", "message"),
    [
        ({"format": 2}, "not supported"),
        ({"kind": "something-else"}, "is not"),
        ({"version": 7}, "version must look like"),
        ({"version": "0"}, "version must look like"),
        ({"version": "1.2.3.4.5"}, "version must look like"),
        ({"expires": "2020-01-01"}, "UTC time"),
        ({"expires": "2020-02-30T00:00:00Z"}, "not a real date"),
        ({"min_app_version": "latest"}, "min_app_version"),
        ({"extra": 1}, "unknown"),
        ({"files": []}, "1–"),
    ],
)
def test_manifest_fields_are_checked_strictly(override: dict[str, object], message: str) -> None:
    key = new_key()
    files = {"rules/library.json": b"{}"}
    doc = manifest_for(files, **override)
    with pytest.raises(UpdateVerificationError, match=message):
        verify_pack(sign_raw_manifest(key, json.dumps(doc).encode(), b"{}"), trusted(key))


def test_manifest_100k_deep_and_10k_digit_integers_give_a_typed_error_fast() -> None:
    """I6 through the real entry point: even validly signed, hostile manifests end in a typed error."""
    key = new_key()
    deep = b"[" * 100_000 + b"]" * 100_000
    long_int = b'{"version": ' + b"9" * 10_000 + b"}"
    wide = b'{"a": "' + b"x" * (MAX_MANIFEST_BYTES + 1) + b'"}'
    for manifest in (deep, long_int):
        started = time.monotonic()
        with pytest.raises(UpdateVerificationError):
            verify_pack(sign_raw_manifest(key, manifest), trusted(key))
        assert time.monotonic() - started < 1.0
    # Larger than the manifest limit: refused by the framing before any parsing.
    started = time.monotonic()
    with pytest.raises(UpdateVerificationError, match="manifest length"):
        verify_pack(sign_raw_manifest(key, wide), trusted(key))
    assert time.monotonic() - started < 1.0


def test_strict_json_limits_directly() -> None:
    started = time.monotonic()
    for bad in (
        b"[" * 100_000 + b"]" * 100_000,
        b"{" * 50_000,
        b"1" + b"0" * 9_999,
        b"-" + b"1" * 10_000,
        b'{"a": 1, "a": 2}',
        b"[NaN]",
        b"[1e999]",
        b"\xef\xbb\xbf{}",
        b'"\xff"',
    ):
        with pytest.raises(JsonLimitError):
            loads_limited(bad, max_bytes=1_000_000)
    assert time.monotonic() - started < 1.0
    with pytest.raises(JsonLimitError, match="more than the limit"):
        loads_limited(b"[]" + b" " * 100, max_bytes=50)
    # Brackets inside strings do not count as nesting.
    assert loads_limited(b'{"a": "' + b"[" * 40 + b'\\""}', max_depth=2) == {"a": "[" * 40 + '"'}


def test_version_ordering_is_numeric() -> None:
    assert version_key("2026.11.22") < version_key("2026.12.1") < version_key("2026.12.1.1")
    assert version_key("10") > version_key("9")
    assert version_key("7") == version_key("7.0.0")
    with pytest.raises(ValueError):
        version_key("2026-12-01")
