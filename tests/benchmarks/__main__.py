"""`python -m tests.benchmarks [--quick] [--json]`: see tests/benchmarks/runner.py and README.md."""

from tests.benchmarks.runner import main

if __name__ == "__main__":
    raise SystemExit(main())
