"""`faceledger bundle export|import|list`: encrypted case bundles between vaults (advocacy groups).

Export seals to public keys (`--to KEY_OR_FILE`, repeatable: an age1… key, a key file or QR image,
or the name of a trusted recipient / own group key — see `faceledger group-key`), or, chosen
explicitly with `--passphrase`, under a passphrase (age's scrypt recipient). Import recognises age to
keys (opened with this vault's group keys), age with a passphrase and FLBUNDLE v1 files, and asks for
a passphrase only when the file needs one: FACELEDGER_BUNDLE_PASSPHRASE, or a prompt (twice on
export). The vault passphrase is FACELEDGER_PASSPHRASE or a prompt, as for every command.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.bundle import (
    Envelope,
    bundle_envelope,
    export_bundle,
    import_bundle,
    imported_bundles,
    needs_passphrase,
)
from app.bundle.keys import resolve_recipient
from app.cli.common import print_json, read_passphrase
from app.outputs import add_force_argument, check_output
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
    seal_to = exp.add_mutually_exclusive_group(required=True)
    seal_to.add_argument(
        "--to",
        action="append",
        metavar="KEY_OR_FILE",
        help="seal to this public key (age1…, a key file, a QR image, or a trusted recipient's name); "
        "repeat for several, e.g. the group and your own key",
    )
    seal_to.add_argument(
        "--passphrase",
        action="store_true",
        help="seal under a passphrase instead (age scrypt; FACELEDGER_BUNDLE_PASSPHRASE or a prompt)",
    )
    exp.add_argument("--json", action="store_true", help="print the report as JSON")
    add_force_argument(exp)
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
    check_output(args.out, force=args.force)  # refuse before asking for passphrases (app/outputs.py)
    vault_passphrase = read_passphrase()
    bundle_passphrase = _bundle_passphrase(confirm=True) if args.passphrase else None
    with Vault.open(args.vault, vault_passphrase) as vault:
        resolved = [resolve_recipient(vault, spec) for spec in args.to or ()]
        report = export_bundle(
            vault,
            args.out,
            bundle_passphrase,
            recipients=[key for key, _ in resolved],
            envelope=Envelope.AGE_PASSPHRASE if args.passphrase else Envelope.AGE_KEYS,
            profile_id=args.profile,
            record_ids=args.record or (),
            redacted=args.redact,
            force=args.force,
        )
    if not args.json:
        for key, label in resolved:
            print(f"sealed to {label} ({key})")
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
    info = bundle_envelope(args.bundle)
    bundle_passphrase = _bundle_passphrase(confirm=False) if needs_passphrase(info) else None
    with Vault.open(args.vault, vault_passphrase) as vault:
        report = import_bundle(vault, args.bundle, bundle_passphrase)
    if args.json:
        print_json(report.to_json())
        return 0
    print(f"bundle {report.bundle_id} made {report.created_at}{' (redacted)' if report.redacted else ''}")
    print(sealed_sentence(report.sealed))
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


def sealed_sentence(sealed: dict[str, object]) -> str:
    """Who a bundle was sealed to, in one line (the import summary)."""
    envelope = sealed.get("envelope")
    if envelope == Envelope.AGE_KEYS.value:
        others = int(str(sealed.get("recipients", 1))) - 1
        extra = f" and {others} other key(s)" if others > 0 else ""
        name, fingerprint = sealed.get("key_name"), sealed.get("fingerprint")
        return f"sealed to your group key {name} ({fingerprint}){extra} — age format"
    if envelope == Envelope.AGE_PASSPHRASE.value:
        return "sealed with a passphrase — age format"
    return "sealed with a passphrase — FaceLedger v1 format"
