"""D5 nightly size: 1,000 random SIGKILLs of a committing writer (see tests/unit/test_crash_sigkill.py)."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from tests.unit.test_crash_sigkill import crash_loop

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(os.name != "posix", reason="fork + SIGKILL are POSIX only"),
]

KILLS = int(os.environ.get("FACELEDGER_CRASH_KILLS", "1000"))


def test_sigkill_random_long(tmp_path: Path) -> None:
    start = time.monotonic()
    stats = crash_loop(tmp_path, kills=KILLS, seed=int(time.time()))
    print(f"D5 long: {stats} in {time.monotonic() - start:.0f} s")
    assert stats.failures == []
    assert stats.kills == KILLS
    assert stats.acked_commits >= 5 * KILLS
