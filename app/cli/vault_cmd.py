"""`faceledger vault init|check|passwd|backup --vault PATH`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.cli.common import print_json, read_passphrase
from app.errors import ChangesMissing, InvalidInput, VaultDamaged
from app.vault import Vault

NEW_PASSPHRASE_ENV = "FACELEDGER_NEW_PASSPHRASE"
BACKUP_PASSPHRASE_ENV = "FACELEDGER_BACKUP_PASSPHRASE"


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = subparsers.add_parser("vault", help="create, check, re-key or back up an encrypted vault")
    actions = p.add_subparsers(dest="vault_action", metavar="ACTION", required=True)

    init = actions.add_parser("init", help="create a new, empty vault (asks for the passphrase twice)")
    init.add_argument("--vault", required=True, type=Path, help="vault file to create")
    init.set_defaults(handler=run_init)

    check = actions.add_parser("check", help="verify every page: integrity_check and cipher_integrity_check")
    check.add_argument("--vault", required=True, type=Path)
    check.add_argument("--json", action="store_true", help="print the report as JSON")
    check.set_defaults(handler=run_check)

    passwd = actions.add_parser(
        "passwd", help=f"change the passphrase (new one from {NEW_PASSPHRASE_ENV} or a prompt, twice)"
    )
    passwd.add_argument("--vault", required=True, type=Path)
    passwd.set_defaults(handler=run_passwd)

    backup = actions.add_parser(
        "backup", help="write a verified encrypted copy (default: backups/ next to the vault, newest 5 kept)"
    )
    backup.add_argument("--vault", required=True, type=Path)
    backup.add_argument("--dest", type=Path, help="folder (rotated) or new file name for the copy")
    backup.add_argument(
        "--own-passphrase",
        action="store_true",
        help=f"encrypt the copy with its own passphrase ({BACKUP_PASSPHRASE_ENV} or a prompt, twice)",
    )
    backup.set_defaults(handler=run_backup)


def run_init(args: argparse.Namespace) -> int:
    passphrase = read_passphrase(confirm=True)
    if not passphrase:
        raise InvalidInput("the passphrase is empty; nothing was created")
    with Vault.create(args.vault, passphrase) as vault:
        params = vault.kdf_params
    print(
        f"created {args.vault} (Argon2id t={params.time_cost}, {params.memory_kib // 1024} MiB, "
        f"p={params.parallelism}). A lost passphrase cannot be recovered."
    )
    return 0


def run_check(args: argparse.Namespace) -> int:
    with Vault.open(args.vault, read_passphrase()) as vault:
        report = vault.check()
    if args.json:
        print_json(report.to_json())
    else:
        print(f"integrity_check: {'; '.join(report.integrity[:5])}")
        cipher = "; ".join(report.cipher[:5]) if report.cipher else "ok (no damaged pages)"
        print(f"cipher_integrity_check: {cipher}")
        print(
            "records: {records}, evidence: {evidence}, requests: {requests}".format(
                records=report.counts.get("records", 0),
                evidence=report.counts.get("evidence", 0),
                requests=report.counts.get("requests", 0),
            )
        )
        if report.missing_changes:
            print(f"missing changes: {report.missing_changes}")
    sys.stdout.flush()
    if report.integrity != ["ok"] or report.cipher:
        raise VaultDamaged(f"{args.vault} is damaged; restore a backup (the file was not changed)")
    if report.missing_changes:
        raise ChangesMissing(
            f"{report.missing_changes} recent change(s) seen on this computer are missing from {args.vault} "
            "(a lost log or an older copy); restore the newest backup if you need them"
        )
    return 0


def run_passwd(args: argparse.Namespace) -> int:
    with Vault.open(args.vault, read_passphrase("Current passphrase 当前口令: ")) as vault:
        new = read_passphrase("New passphrase 新口令: ", env=NEW_PASSPHRASE_ENV, confirm=True)
        if not new:
            raise InvalidInput("the new passphrase is empty; nothing was changed")
        vault.change_passphrase(new)
    print(f"passphrase changed for {args.vault}; the old passphrase no longer opens it")
    return 0


def run_backup(args: argparse.Namespace) -> int:
    with Vault.open(args.vault, read_passphrase()) as vault:
        own = (
            read_passphrase("Backup passphrase 备份口令: ", env=BACKUP_PASSPHRASE_ENV, confirm=True)
            if args.own_passphrase
            else None
        )
        target = vault.backup(args.dest, passphrase=own)
    print(target)
    return 0
