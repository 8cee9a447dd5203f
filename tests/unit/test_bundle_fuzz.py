"""TEST-MATRIX I4: Hypothesis fuzzing of the parser behind the decryption (manifest JSON + blobs).

Whatever the decrypted payload holds, parsing and the importer's own row checks end in a typed
BundleError (or accept it) — never another exception, never a hang. A few hundred examples here;
tests/slow/test_bundle_fuzz_long.py runs the same properties for much longer.
"""

from __future__ import annotations

import copy
import json
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.bundle.content import BundleContents, parse_contents
from app.bundle.format import build_payload
from app.bundle.importer import _check_rows
from app.errors import BundleError

SAMPLE_UUID = "6f1c1a52-8d47-4c53-9a53-0d1f5b0c9f11"
BASE: dict[str, Any] = {
    "format": "faceledger-case-bundle",
    "version": 1,
    "bundle_id": SAMPLE_UUID,
    "created_at": "2026-01-01T00:00:00+00:00",
    "case_key": "profile:" + SAMPLE_UUID,
    "app_version": "0.1",
    "redacted": False,
    "profiles": [
        {
            "uuid": SAMPLE_UUID,
            "name": "张三",
            "phone": "",
            "email": "",
            "address": "",
            "id_number": "",
            "created_at": "2026-01-01T00:00:00+00:00",
        }
    ],
    "records": [
        {
            "uuid": "7f1c1a52-8d47-4c53-9a53-0d1f5b0c9f11",
            "profile_uuid": SAMPLE_UUID,
            "facts_json": json.dumps({"jurisdiction": "CN", "date": "2025-01-01", "place_type": "hotel"}),
            "notes": "",
            "created_at": "2026-01-01T00:00:00+00:00",
            "updated_at": "2026-01-01T00:00:00+00:00",
        }
    ],
    "evidence": [],
    "requests": [],
    "events": [],
    "blobs": [],
}

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**70), 2**70)
    | st.floats(allow_nan=False)
    | st.text(max_size=30),
    lambda children: (
        st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=10), children, max_size=5)
    ),
    max_leaves=30,
)


def _parse(payload: bytes) -> BundleContents | None:
    try:
        contents = parse_contents(payload)
        _check_rows(contents)
        return contents
    except BundleError:
        return None


def test_base_manifest_is_valid() -> None:
    assert _parse(bytes(build_payload(json.dumps(BASE).encode(), []))) is not None


# The properties (undecorated, so tests/slow can run them with its own settings) and their inputs.


def random_payload(data: bytes) -> None:
    _parse(data)
    _parse(b"FLBP1\n" + len(data).to_bytes(8, "big") + data)


def mutated_manifest(kind: str, key: str, value: Any, blob: bytes) -> None:
    manifest = copy.deepcopy(BASE)
    if kind == "top":
        manifest[key] = value
    elif manifest[kind]:
        manifest[kind][0][key] = value
    else:
        manifest[kind].append({key: value})
    _parse(bytes(build_payload(json.dumps(manifest).encode(), [blob])))
    _parse(bytes(build_payload(json.dumps(manifest).encode(), [])))


def mutated_manifest_bytes(noise: bytes, position: int) -> None:
    raw = bytearray(json.dumps(BASE).encode())
    position %= len(raw)
    raw[position : position + len(noise)] = noise
    _parse(bytes(build_payload(bytes(raw), [])))


RANDOM_PAYLOAD = given(st.binary(max_size=2000))
MUTATED_MANIFEST = given(
    kind=st.sampled_from(["top", "profiles", "records", "evidence", "requests", "events"]),
    key=st.text(max_size=15)
    | st.sampled_from(sorted({k for r in ("profiles", "records") for k in BASE[r][0]})),
    value=json_values,
    blob=st.binary(max_size=64),
)
MUTATED_BYTES = given(st.binary(min_size=1, max_size=64), st.integers(0, 10_000))
QUICK = {"deadline": 2000, "suppress_health_check": [HealthCheck.too_slow]}

test_random_payload_bytes = settings(max_examples=150, **QUICK)(RANDOM_PAYLOAD(random_payload))
test_mutated_manifest = settings(max_examples=200, **QUICK)(MUTATED_MANIFEST(mutated_manifest))
test_mutated_manifest_bytes = settings(max_examples=100, **QUICK)(MUTATED_BYTES(mutated_manifest_bytes))
