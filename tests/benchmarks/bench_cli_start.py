"""Start-up time of the command line: `python -m tests.benchmarks.bench_cli_start` (and `make bench`).

Measures, as the median of N runs of a fresh process each (wall clock), from outside the checkout:
  baseline     python -c "import argparse"          (a bare interpreter start that parses arguments)
  --version    .venv/bin/faceledger --version
  --help       .venv/bin/faceledger --help
  bundle       dist/faceledger/faceledger --version (only when a PyInstaller bundle has been built)
and prints each figure with its ratio to the baseline. The target (issue 17) is --version and --help
within 8× the baseline; it is printed as PASS/OVER, never asserted in the unit tests (a loaded shared
machine would make such a test flaky).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
TARGET_RATIO = 8.0


def _median_seconds(cmd: list[str], runs: int, cwd: str) -> float:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(
            cmd, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True
        )
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def measure(runs: int) -> dict[str, float]:
    exe = Path(sys.executable).parent / "faceledger"
    with tempfile.TemporaryDirectory() as elsewhere:
        figures = {
            "baseline": _median_seconds([sys.executable, "-c", "import argparse"], runs, elsewhere),
            "--version": _median_seconds([str(exe), "--version"], runs, elsewhere),
            "--help": _median_seconds([str(exe), "--help"], runs, elsewhere),
        }
        bundle = REPO / "dist" / "faceledger" / "faceledger"
        if bundle.is_file():
            figures["bundle --version"] = _median_seconds([str(bundle), "--version"], runs, elsewhere)
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args(argv)
    figures = measure(args.runs)
    base = figures["baseline"]
    print(f"CLI start, median of {args.runs} runs (wall clock):")
    for name, seconds in figures.items():
        ratio = seconds / base
        verdict = "" if name == "baseline" else ("  PASS" if ratio <= TARGET_RATIO else "  OVER")
        print(f"  {name:<18} {seconds * 1000:7.1f} ms  ratio {ratio:5.2f}×{verdict}")
    if "bundle --version" not in figures:
        print("  bundle             (no dist/faceledger: run `make package` to measure the bundle)")
    print(f"target: --version and --help ≤ {TARGET_RATIO:g}× the baseline")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
