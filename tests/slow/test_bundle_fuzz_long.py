"""TEST-MATRIX I4, long run: the properties of tests/unit/test_bundle_fuzz.py with many more examples."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, settings

from tests.unit import test_bundle_fuzz as fuzz

pytestmark = pytest.mark.slow
LONG = settings(max_examples=20_000, deadline=2000, suppress_health_check=[HealthCheck.too_slow])


def test_random_payload_bytes_long() -> None:
    LONG(fuzz.test_random_payload_bytes)()


def test_mutated_manifest_long() -> None:
    LONG(fuzz.test_mutated_manifest)()


def test_mutated_manifest_bytes_long() -> None:
    LONG(fuzz.test_mutated_manifest_bytes)()
