"""TEST-MATRIX I4, long run: the properties of tests/unit/test_bundle_fuzz.py with many more examples."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, settings

from tests.unit import test_bundle_fuzz as fuzz

pytestmark = pytest.mark.slow
LONG = settings(max_examples=20_000, deadline=2000, suppress_health_check=[HealthCheck.too_slow])

test_random_payload_bytes_long = LONG(fuzz.RANDOM_PAYLOAD(fuzz.random_payload))
test_mutated_manifest_long = LONG(fuzz.MUTATED_MANIFEST(fuzz.mutated_manifest))
test_mutated_manifest_bytes_long = LONG(fuzz.MUTATED_BYTES(fuzz.mutated_manifest_bytes))
