"""`faceledger log add FACTS.json --vault PATH [--attach FILE…] [--notes TEXT]` and `log list`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.cli.common import load_json_file, print_json, read_passphrase
from app.evidence import add_evidence, list_evidence, read_evidence_file
from app.facts import validate_facts
from app.records import add_record, list_records
from app.vault import Vault


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = subparsers.add_parser("log", help="add and list collection records")
    actions = p.add_subparsers(dest="log_action", metavar="ACTION", required=True)

    add = actions.add_parser("add", help="add a record from a facts JSON file; prints the new record id")
    add.add_argument("facts", type=Path, metavar="FACTS.json")
    add.add_argument("--vault", required=True, type=Path)
    add.add_argument("--attach", nargs="+", type=Path, default=[], metavar="FILE", help="evidence files")
    add.add_argument("--notes", default="", help="free notes kept with the record")
    add.add_argument("--profile", type=int, help="profile id of the person concerned")
    add.set_defaults(handler=run_add)

    lst = actions.add_parser("list", help="list records (newest first)")
    lst.add_argument("--vault", required=True, type=Path)
    lst.add_argument("--json", action="store_true", help="UTF-8 JSON on stdout")
    lst.add_argument("--search", help="full-text search (Chinese: two characters are enough)")
    lst.add_argument("--place-type", help="only this place_type")
    lst.add_argument("--city", help="only this city")
    lst.add_argument("--limit", type=int)
    lst.set_defaults(handler=run_list)


def warn_if_changes_missing(vault: Vault) -> None:
    if vault.missing_changes:
        print(
            f"faceledger: warning: {vault.missing_changes} recent change(s) seen on this computer are "
            "missing from this vault; run `faceledger vault check`",
            file=sys.stderr,
        )


def run_add(args: argparse.Namespace) -> int:
    # Everything is checked before the vault is touched: facts, then every attachment.
    facts = validate_facts(load_json_file(args.facts, "facts file"))
    attachments = [(path.name, read_evidence_file(path)) for path in args.attach]
    with Vault.open(args.vault, read_passphrase()) as vault, vault.write():
        warn_if_changes_missing(vault)
        record_id = add_record(vault, facts, notes=args.notes, profile_id=args.profile)
        for name, data in attachments:
            add_evidence(vault, record_id, data, name)
    print(record_id)
    return 0


def run_list(args: argparse.Namespace) -> int:
    with Vault.open(args.vault, read_passphrase()) as vault:
        warn_if_changes_missing(vault)
        rows = list_records(
            vault, search=args.search, place_type=args.place_type, city=args.city, limit=args.limit
        )
        if args.json:
            out = []
            for row in rows:
                item = row.to_json()
                item["evidence"] = [e.to_json() for e in list_evidence(vault, row.id)]
                out.append(item)
            print_json(out)
            return 0
    for row in rows:
        place = row.place_name or row.place_type
        handler = f" · {row.handler_name}" if row.handler_name else ""
        city = f" · {row.city}" if row.city else ""
        print(f"{row.id}\t{row.date}\t{place}{city}{handler}\t[{row.evidence_count} evidence]")
    return 0
