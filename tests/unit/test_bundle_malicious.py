"""TEST-MATRIX I1 and I6: hostile contents inside properly encrypted bundles.

Each case is sealed with the real container (so it passes authentication and reaches the parser)
and must be refused with a BundleError before anything is written: counts and the vault file and
WAL are unchanged at the end.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from app.bundle.content import build_manifest, name_problem, parse_contents
from app.bundle.export import collect
from app.bundle.format import build_payload
from app.bundle.importer import import_bundle_bytes, merge
from app.errors import BundleError, BundleMalformed, BundleTooLarge
from app.vault import Vault
from tests.unit.test_bundle_util import BUNDLE_PASS, counts, file_state, make_case, seal_manifest
from tests.unit.vaultutil import new_vault

BAD_NAMES = [
    "../../etc/passwd",
    "..",
    ".",
    "../x.jpg",
    "..\\..\\Windows\\system32\\x.dll",
    "/etc/shadow",
    "/x.jpg",
    "C:\\Windows\\win.ini",
    "C:x.jpg",
    "\\\\?\\C:\\Windows\\x",
    "\\\\server\\share\\x.jpg",
    "a/b.jpg",
    "a\\b.jpg",
    "photo.jpg\x00.exe",
    "\x00",
    "x" * 256,
    "a" * 10_000 + ".jpg",
    "photo\u2215..\u2215x.jpg",  # DIVISION SLASH
    "photo\u2044x.jpg",  # FRACTION SLASH
    "photo\uff0fx.jpg",  # FULLWIDTH SOLIDUS (NFKC → '/')
    "photo\uff3cx.jpg",  # FULLWIDTH REVERSE SOLIDUS
    "\uff0e\uff0e",  # FULLWIDTH FULL STOPS (NFKC → '..')
    "\u2025",  # TWO DOT LEADER (NFKC → '..')
    "invoice\u202egpj.exe",  # RIGHT-TO-LEFT OVERRIDE: shows as invoiceexe.jpg
    "\u200bphoto.jpg",  # ZERO WIDTH SPACE
    "photo\u2028.jpg",  # LINE SEPARATOR
    "photo\n.jpg",
    "photo\t.jpg",
    "photo.jpg:Zone.Identifier",  # NTFS alternate data stream
    "CON",
    "nul.txt",
    "COM1.jpg",
    " photo.jpg",
    "photo.jpg ",
    "",
    "\ud800.jpg",  # lone surrogate
]


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Any], list[bytes]]:
    with new_vault(tmp_path_factory.mktemp("src") / "src.db") as vault:
        ids = make_case(vault)
        contents, _, _ = collect(vault, profile_id=ids["profile"])
    return json.loads(build_manifest(contents)), contents.blobs


@pytest.fixture(scope="module")
def target(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Vault, Path]]:
    path = tmp_path_factory.mktemp("target") / "target.db"
    with new_vault(path) as vault:
        yield vault, path


def test_the_unmodified_base_is_accepted(base: tuple[dict[str, Any], list[bytes]]) -> None:
    manifest, blobs = base
    contents = parse_contents(bytes(build_payload(json.dumps(manifest).encode(), blobs)))
    assert contents.counts()["evidence"] == 4


def test_bad_names_are_refused_by_the_name_rule() -> None:
    assert len(BAD_NAMES) >= 30
    for name in BAD_NAMES:
        assert name_problem(name) is not None, repr(name)
    for good in ("门禁.jpg", "IMG_0001.JPG", "回复 扫描件（第2页）.pdf", "a.b.c", "screen-shot_01.png"):
        assert name_problem(good) is None, good


def test_path_like_names_in_encrypted_bundles_are_refused(
    base: tuple[dict[str, Any], list[bytes]], target: tuple[Vault, Path]
) -> None:
    manifest, blobs = base
    vault, path = target
    before = counts(vault), file_state(path)
    for index, name in enumerate(BAD_NAMES):
        hostile = copy.deepcopy(manifest)
        hostile["evidence"][index % 4]["original_name"] = name
        # Every name goes through the decrypted-payload parser and the merge; every fourth one also
        # through the whole sealed container (each unlock costs an Argon2id derivation).
        with pytest.raises(BundleMalformed, match="nothing was changed"):
            merge(vault, parse_contents(bytes(build_payload(json.dumps(hostile).encode(), blobs))))
        if index % 4 == 0:
            with pytest.raises(BundleMalformed, match="nothing was changed"):
                import_bundle_bytes(vault, seal_manifest(hostile, blobs), BUNDLE_PASS)
    assert (counts(vault), file_state(path)) == before


def _mutations() -> dict[str, Callable[[dict[str, Any], list[bytes]], tuple[dict[str, Any], list[bytes]]]]:
    def set_(
        path: str, value: Any
    ) -> Callable[[dict[str, Any], list[bytes]], tuple[dict[str, Any], list[bytes]]]:
        def apply(m: dict[str, Any], b: list[bytes]) -> tuple[dict[str, Any], list[bytes]]:
            *keys, last = path.split(".")
            target: Any = m
            for key in keys:
                target = target[int(key)] if key.isdigit() else target[key]
            target[int(last) if last.isdigit() else last] = value
            return m, b

        return apply

    def dup(kind: str) -> Callable[[dict[str, Any], list[bytes]], tuple[dict[str, Any], list[bytes]]]:
        def apply(m: dict[str, Any], b: list[bytes]) -> tuple[dict[str, Any], list[bytes]]:
            m[kind].append(copy.deepcopy(m[kind][0]))
            return m, b

        return apply

    def both_point_at_blob_0(m: dict[str, Any], b: list[bytes]) -> tuple[dict[str, Any], list[bytes]]:
        m["evidence"][1].update(
            blob=m["evidence"][0]["blob"], sha256=m["evidence"][0]["sha256"], size=m["evidence"][0]["size"]
        )
        return m, b

    def wrong_blob_bytes(m: dict[str, Any], b: list[bytes]) -> tuple[dict[str, Any], list[bytes]]:
        b = list(b)
        b[0] = b"X" * len(b[0])
        return m, b

    def extra_blob(m: dict[str, Any], b: list[bytes]) -> tuple[dict[str, Any], list[bytes]]:
        m["blobs"].append({"size": 3, "sha256": "00" * 32})
        return m, [*b, b"abc"]

    def unused_blob(m: dict[str, Any], b: list[bytes]) -> tuple[dict[str, Any], list[bytes]]:
        import hashlib

        m["blobs"].append({"size": 3, "sha256": hashlib.sha256(b"abc").hexdigest()})
        return m, [*b, b"abc"]

    def parent_loop(m: dict[str, Any], b: list[bytes]) -> tuple[dict[str, Any], list[bytes]]:
        m["requests"][0]["parent_uuid"] = m["requests"][0]["uuid"]
        return m, b

    def evidence_of_other_record(m: dict[str, Any], b: list[bytes]) -> tuple[dict[str, Any], list[bytes]]:
        other = next(e for e in m["evidence"] if e["record_uuid"] != m["requests"][0]["record_uuid"])
        m["events"][0]["evidence_uuid"] = other["uuid"]
        return m, b

    unknown_uuid = "00000000-0000-4000-8000-000000000000"
    return {
        "symlink entry (unknown field)": set_("evidence.0.link_target", "/etc/passwd"),
        "device entry (unknown field)": set_("evidence.0.device", "/dev/sda"),
        "unknown top-level field": set_("extract_to", "/tmp"),
        "missing field": lambda m, b: (
            m | {"events": [{k: v for k, v in m["events"][0].items() if k != "kind"}]},
            b,
        ),
        "duplicate uuid": dup("records"),
        "duplicate evidence entry": dup("evidence"),
        "two entries share one blob": both_point_at_blob_0,
        "blob bytes do not match hash": wrong_blob_bytes,
        "blob hash wrong": extra_blob,
        "unused blob": unused_blob,
        "blob index out of range": set_("evidence.0.blob", 999),
        "negative size": set_("evidence.0.size", -1),
        "size as string": set_("evidence.0.size", "12"),
        "size as bool": set_("evidence.0.blob", True),
        "uuid not a uuid": set_("records.0.uuid", "../../x"),
        "upper-case uuid": set_("records.0.uuid", unknown_uuid.upper().replace("0", "A", 1)),
        "record points at unknown profile": set_("records.0.profile_uuid", unknown_uuid),
        "request points at unknown record": set_("requests.0.record_uuid", unknown_uuid),
        "event points at unknown request": set_("events.0.request_uuid", unknown_uuid),
        "event evidence of another record": evidence_of_other_record,
        "parent loop": parent_loop,
        "facts fail the schema": set_("records.0.facts_json", json.dumps({"jurisdiction": "XX"})),
        "facts not json": set_("records.0.facts_json", "{not json"),
        "facts 10k-digit integer": set_("records.0.facts_json", '{"date": ' + "9" * 10_000 + "}"),
        "unknown event kind": set_("events.0.kind", "exploded"),
        "unknown status": set_("requests.0.status", "won"),
        "unknown language": set_("requests.0.lang", "fr"),
        "unknown channel": set_("requests.0.channel", "pigeon"),
        "bad reply period": set_("requests.0.reply_period_json", json.dumps({"kind": "nope"})),
        "impossible date": set_("events.0.date", "2025-02-30"),
        "timestamp without zone": set_("created_at", "2026-01-01T00:00:00"),
        "made in the future": set_("created_at", "2999-01-01T00:00:00+00:00"),
        "not a bundle format": set_("format", "zip"),
        "future format version": set_("version", 2),
        "NUL in notes": set_("records.0.notes", "a\x00b"),
        "empty profile name": set_("profiles.0.name", " "),
    }


def test_malicious_contents_are_refused_before_any_write(
    base: tuple[dict[str, Any], list[bytes]], target: tuple[Vault, Path]
) -> None:
    manifest, blobs = base
    vault, path = target
    before = counts(vault), file_state(path)
    for name, mutate in _mutations().items():
        hostile, hostile_blobs = mutate(copy.deepcopy(manifest), list(blobs))
        payload = bytes(build_payload(json.dumps(hostile, ensure_ascii=False).encode(), hostile_blobs))
        with pytest.raises(BundleError) as caught:
            merge(vault, parse_contents(payload))
        assert "nothing was changed" in str(caught.value).lower(), name
        assert counts(vault) == before[0], name
    assert (counts(vault), file_state(path)) == before


@pytest.mark.parametrize(
    ("raw", "error"),
    [
        (b"[" * 100_000 + b"]" * 100_000, BundleMalformed),  # 100k-deep JSON
        (b'{"version": ' + b"9" * 10_000 + b"}", BundleMalformed),  # 10k-digit integer
        (b'{"version": NaN}', BundleMalformed),
        (b'{"a": 1, "a": 2}', BundleMalformed),  # duplicate keys
        (b"\xef\xbb\xbf{}", BundleMalformed),  # byte-order mark
        (b"\xff\xfe{}", BundleMalformed),  # not UTF-8
        (b"", BundleMalformed),
        (b"[]", BundleMalformed),
        (b'{"format": "faceledger-case-bundle"}', BundleMalformed),
    ],
    ids=["deep", "bigint", "nan", "dupkey", "bom", "utf16", "empty", "list", "partial"],
)
def test_json_limits_i6(raw: bytes, error: type[BundleError], target: tuple[Vault, Path]) -> None:
    vault, path = target
    before = counts(vault), file_state(path)
    import time

    started = time.perf_counter()
    with pytest.raises(error):
        import_bundle_bytes(vault, seal_manifest(None, raw_manifest=raw), BUNDLE_PASS)
    assert time.perf_counter() - started < 5  # includes one Argon2id derivation
    assert (counts(vault), file_state(path)) == before


def test_declared_index_larger_than_limit() -> None:
    payload = b"FLBP1\n" + (2**62).to_bytes(8, "big") + b"{}"
    with pytest.raises(BundleTooLarge):
        parse_contents(payload)
    with pytest.raises(BundleMalformed):
        parse_contents(b"FLBP1\n" + (100).to_bytes(8, "big") + b"{}")
