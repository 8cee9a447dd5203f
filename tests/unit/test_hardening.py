"""P5 test_no_core_dumps: after harden_process() the kernel reports RLIMIT_CORE (0, 0) and not dumpable.

Each case runs in a fresh subprocess (hardening is one-way for a process). The values are read back
with calls independent of app.hardening, and once more from outside through /proc/<pid>/limits.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="prctl and /proc are Linux-only")

# Reads the state back with its own ctypes call, so a bug in app.hardening cannot vouch for itself.
PROBE = """
import ctypes, ctypes.util, json, resource, sys
harden = sys.argv[1] == "harden"
result = None
if harden:
    from app.hardening import harden_process
    r = harden_process()
    result = [r.core_limit_zeroed, r.non_dumpable]
libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
dumpable = libc.prctl(3, 0, 0, 0, 0)  # PR_GET_DUMPABLE
print(json.dumps({"core": list(resource.getrlimit(resource.RLIMIT_CORE)), "dumpable": dumpable,
                  "result": result}), flush=True)
sys.stdin.readline()  # stay alive until the parent has looked at /proc/<pid>/limits
"""


def _run_probe(mode: str) -> tuple[dict[str, object], str]:
    proc = subprocess.Popen(
        [sys.executable, "-c", PROBE, mode],
        cwd=REPO,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None and proc.stdin is not None
    try:
        report = json.loads(proc.stdout.readline())
        limits = Path(f"/proc/{proc.pid}/limits").read_text()
    finally:
        proc.stdin.write("\n")
        proc.stdin.close()
        proc.wait(timeout=10)
    core_line = next(line for line in limits.splitlines() if line.startswith("Max core file size"))
    return report, core_line


def test_no_core_dumps() -> None:
    """TEST-MATRIX P5 (the same check runs on the release build in tests/slow/test_frozen_bundle.py)."""
    report, core_line = _run_probe("harden")
    assert report["result"] == [True, True]
    assert report["core"] == [0, 0]
    assert report["dumpable"] == 0
    # The kernel's own view from another process: soft and hard limit 0 bytes.
    assert core_line.split()[4:6] == ["0", "0"], core_line


def test_control_without_hardening_is_dumpable() -> None:
    """Positive control: a plain Python process is dumpable, so the test above can fail."""
    report, _ = _run_probe("plain")
    assert report["result"] is None
    assert report["dumpable"] == 1


def test_harden_process_never_raises_and_is_idempotent() -> None:
    code = (
        "from app.hardening import harden_process\n"
        "a = harden_process(); b = harden_process()\n"
        "print(a == b, a.core_limit_zeroed, a.non_dumpable)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["True", "True", "True"]
