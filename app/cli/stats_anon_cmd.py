"""`faceledger stats --vault V [--json] [--csv FILE] [--pdf FILE] [--k 3]`: anonymised statistics
across every profile (app/stats_anon.py), safe to publish: no names, contacts, ID numbers, addresses,
place names or notes; cities and handlers with fewer than k cases are merged into "other".

(`faceledger stats` is the vault owner's own view, app/statistics.py, and names what the user typed.)
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from app.cli.common import print_json, read_passphrase
from app.errors import InvalidInput
from app.outputs import add_force_argument, check_output, write_output
from app.stats_anon import DEFAULT_K, anonymised_csv, compute_anonymised
from app.stats_anon_pdf import write_anonymised_pdf
from app.vault import Vault


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = subparsers.add_parser(
        "stats", help="anonymised statistics across all profiles: no names, no free text (JSON, CSV, PDF)"
    )
    p.add_argument("--vault", required=True, type=Path)
    p.add_argument("--json", action="store_true", help="UTF-8 JSON on stdout")
    p.add_argument("--csv", type=Path, metavar="FILE.csv")
    p.add_argument("--pdf", type=Path, metavar="FILE.pdf", help="report with charts")
    p.add_argument("--k", type=int, default=DEFAULT_K, help="smallest cell shown by name (default 3)")
    add_force_argument(p)
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    targets = [t for t in (args.csv, args.pdf) if t is not None]
    for target in targets:  # refuse before asking for the passphrase (app/outputs.py)
        check_output(target, force=args.force)
    if len(targets) == 2 and check_output(args.csv, force=True) == check_output(args.pdf, force=True):
        raise InvalidInput("--csv and --pdf name the same file; nothing was written", field="out")
    with Vault.open(args.vault, read_passphrase()) as vault:
        stats = compute_anonymised(vault, dt.date.today(), k=args.k)
    if args.csv is not None:
        write_output(args.csv, anonymised_csv(stats).encode("utf-8"), force=args.force, personal=False)
    if args.pdf is not None:
        write_anonymised_pdf(stats, args.pdf, force=args.force)
    if args.json or (args.csv is None and args.pdf is None):
        print_json(stats.to_json())
    return 0
