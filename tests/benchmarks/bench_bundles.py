"""Benchmark: case-bundle export and import of 1,000 records, for each envelope.

- age sealed to a group key (X25519; the default since issue 18),
- age under a passphrase (scrypt; age calibrates the work factor to about one second),
- FLBUNDLE v1 under a passphrase (Argon2id with the vault's parameters; still opened, no longer
  written by the app).

Used by the runner (`python -m tests.benchmarks`, metric names bundle[_passphrase|_v1]_export_1000_s)
and on its own, on a freshly seeded vault of 1,000 records with 2,000 requests and 28 photos:

    .venv/bin/python -m tests.benchmarks.bench_bundles [--runs 3]
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

BUNDLE_PASSPHRASE = "bundle passphrase 案件包"
VAULT_PASSPHRASE = "benchmark passphrase 基准"
ENVELOPES = {"": "age-x25519", "_passphrase": "age-scrypt", "_v1": "faceledger-v1"}


def bench_bundle_envelopes(vault: Any, ids: list[int], home: Path, runs: int) -> dict[str, Any]:
    """Median export and import seconds and file size per envelope (fresh target vault each run)."""
    from app.bundle import Envelope, export_bundle, import_bundle, keys
    from app.kdf import KdfParams
    from app.vault import Vault

    values: dict[str, Any] = {}
    for suffix, name in ENVELOPES.items():
        envelope = Envelope(name)
        exports, imports = [], []
        for run in range(runs):
            out = home / f"case-{run}.flcase"
            target = home / f"import-{run}.vault"
            with Vault.create(target, VAULT_PASSPHRASE, kdf=KdfParams(time_cost=3)) as fresh:
                group_key = keys.create_group_key(fresh, "benchmark group").public_key
                secret = None if envelope is Envelope.AGE_KEYS else BUNDLE_PASSPHRASE
                start = time.perf_counter()
                report = export_bundle(
                    vault,
                    out,
                    secret,
                    recipients=[group_key] if envelope is Envelope.AGE_KEYS else (),
                    envelope=envelope,
                    record_ids=ids,
                )
                exports.append(time.perf_counter() - start)
                start = time.perf_counter()
                imported = import_bundle(fresh, out, secret)
                imports.append(time.perf_counter() - start)
                assert imported.added["records"] == len(ids), imported.added
            values[f"bundle{suffix}_1000_bytes"] = report.size
            values["bundle_1000_counts"] = report.counts
            out.unlink()
            for path in home.glob(f"import-{run}.vault*"):
                path.unlink()
        values[f"bundle{suffix}_export_1000_s"] = round(statistics.median(exports), 3)
        values[f"bundle{suffix}_import_1000_s"] = round(statistics.median(imports), 3)
    return values


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="case-bundle export/import of 1,000 records, per envelope")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    from app.records import record_ids
    from app.vault import Vault
    from tests.benchmarks.runner import PASSPHRASE, seed

    with tempfile.TemporaryDirectory(prefix="faceledger-bench-bundles-") as folder:
        home = Path(folder)
        seeded = seed(home / "source.vault", 1000, 2000, 28)
        with Vault.open(home / "source.vault", PASSPHRASE) as vault:
            ids = record_ids(vault, sort="id")[:1000]
            values = bench_bundle_envelopes(vault, ids, home, args.runs)
    values["seeded"] = seeded
    print(json.dumps(values, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
