"""`faceledger bundle export|import|list`: encrypted case bundles between vaults (advocacy groups).

The bundle has its own passphrase: FACELEDGER_BUNDLE_PASSPHRASE, or a prompt (asked twice on export).
The vault passphrase is FACELEDGER_PASSPHRASE or a prompt, as for every command.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.bundle import export_bundle, import_bundle, imported_bundles
from app.cli.common import print_json, read_passphrase
from app.vault import Vault

BUNDLE_PASSPHRASE_ENV = "FACELEDGER_BUNDLE_PASSPHRASE"


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = subparsers.add_parser("bundle", help="export and import encrypted case bundles")
    actions = p.add_subparsers(dest="bundle_action", metavar="ACTION", required=True)

    exp = actions.add_parser("export", help="write a profile's or records' case to one encrypted file")
    exp.add_argument("--vault", required=True, type=Path)
    exp.add_argument("--out", required=True, type=Path, metavar="FILE")
    which = exp.add_mutually_exclusive_group(required=True)
    which.add_argument("--profile", type=int, metavar="P", help="every record of this profile")
    which.add_argument("--record", type=int, nargs="+", metavar="ID", help="these records")
    exp.add_argument(
        "--redact",
        action="store_true",
        help="strip all image metadata (GPS, EXIF; lossless), withhold files that cannot be cleaned and "
        "letter PDFs, replace the complainant's name by 张某 / initials, drop ID numbers and contacts",
    )
    exp.add_argument("--json", action="store_true", help="print the report as JSON")
    exp.set_defaults(handler=run_export)

    imp = actions.add_parser("import", help="merge a case bundle into a vault (prints what was added)")
    imp.add_argument("bundle", type=Path, metavar="FILE")
    imp.add_argument("--vault", required=True, type=Path)
    imp.add_argument("--json", action="store_true")
    imp.set_defaults(handler=run_import)

    lst = actions.add_parser("list", help="bundles imported into a vault")
    lst.add_argument("--vault", required=True, type=Path)
    lst.set_defaults(handler=run_list)


def _bundle_passphrase(confirm: bool) -> str:
    return read_passphrase("Bundle passphrase 案卷包口令: ", env=BUNDLE_PASSPHRASE_ENV, confirm=confirm)


def run_export(args: argparse.Namespace) -> int:
    vault_passphrase = read_passphrase()
    bundle_passphrase = _bundle_passphrase(confirm=True)
    with Vault.open(args.vault, vault_passphrase) as vault:
        report = export_bundle(
            vault,
            args.out,
            bundle_passphrase,
            profile_id=args.profile,
            record_ids=args.record or (),
            redacted=args.redact,
        )
    if args.json:
        print_json(report.to_json())
        return 0
    counts = ", ".join(f"{n} {kind}" for kind, n in report.counts.items())
    print(f"{report.path}: bundle {report.bundle_id} ({counts}; {report.size} bytes, {report.seconds:.2f} s)")
    if report.withheld:
        print(f"withheld (metadata cannot be removed safely): {', '.join(report.withheld)}", file=sys.stderr)
    if report.letter_pdfs_withheld:
        print(f"letter PDFs withheld by redaction: {report.letter_pdfs_withheld}", file=sys.stderr)
    return 0


def run_import(args: argparse.Namespace) -> int:
    vault_passphrase = read_passphrase()
    bundle_passphrase = _bundle_passphrase(confirm=False)
    with Vault.open(args.vault, vault_passphrase) as vault:
        report = import_bundle(vault, args.bundle, bundle_passphrase)
    if args.json:
        print_json(report.to_json())
        return 0
    print(f"bundle {report.bundle_id} made {report.created_at}{' (redacted)' if report.redacted else ''}")
    for kind in report.added:
        print(f"{kind}: {report.added[kind]} added, {report.skipped[kind]} already present")
    if report.withheld_evidence:
        print(f"evidence withheld by the sender's redaction: {report.withheld_evidence}")
    for conflict in report.conflicts:
        print(f"conflict: {conflict.kind} {conflict.uuid}: {conflict.detail}")
    return 0


def run_list(args: argparse.Namespace) -> int:
    with Vault.open(args.vault, read_passphrase()) as vault:
        print_json(imported_bundles(vault))
    return 0
