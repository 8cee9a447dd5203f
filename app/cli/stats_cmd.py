"""`faceledger stats-detail --vault PATH [--json] [--profile ID] [--csv FILE]`: the Statistics page's figures.

Records by place type and by city, requests by outcome (with `overdue` derived from today's date),
and each handler's median days to a first answer, computed by app/statistics.py.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from app.cli.common import print_json, read_passphrase
from app.outputs import add_force_argument, check_output, write_output
from app.statistics import compute_statistics, statistics_csv
from app.vault import Vault


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = subparsers.add_parser(
        "stats-detail",
        help="the Statistics page's figures (cities as typed, per profile; not anonymised)",
    )
    p.add_argument("--vault", required=True, type=Path)
    p.add_argument("--json", action="store_true", help="UTF-8 JSON on stdout")
    p.add_argument("--profile", type=int, help="only this profile's records and requests")
    p.add_argument("--csv", type=Path, metavar="FILE.csv", help="also write every figure as CSV (UTF-8)")
    add_force_argument(p)
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    if args.csv is not None:  # refuse before asking for the passphrase (app/outputs.py)
        check_output(args.csv, force=args.force)
    today = dt.date.today()
    with Vault.open(args.vault, read_passphrase()) as vault:
        stats = compute_statistics(vault, today, profile_id=args.profile)
    if args.csv is not None:
        write_output(args.csv, statistics_csv(stats).encode("utf-8"), force=args.force)
    if args.json:
        print_json(stats.to_json())
        return 0
    print(f"{stats.records_total} records, {stats.requests_total} requests (as of {today.isoformat()})")
    for title, counts in (("records by place type", stats.records_by_place_type),
                          ("records by city", stats.records_by_city),
                          ("requests by outcome", stats.requests_by_outcome)):
        print(f"\n{title}:")
        for count in counts:
            print(f"  {count.key or '(none)'}\t{count.count}")
    print("\nmedian days to first reply, by handler:")
    for handler in stats.reply_days_by_handler:
        median = "no reply yet" if handler.median_days is None else f"{handler.median_days:g} days"
        answered = f"{handler.replies}/{handler.requests} answered"
        print(f"  {handler.handler or '(not named)'}\t{median}\t{answered}")
    return 0
