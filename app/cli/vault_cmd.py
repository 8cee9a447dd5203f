"""`faceledger vault init|check|passwd|backup --vault PATH`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.cli.common import print_json, read_passphrase
from app.errors import ChangesMissing, InvalidInput, VaultDamaged
from app.vault import Vault, delete_backups, missing_changes_message, rekey_backups

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
    check.add_argument(
        "--accept-missing",
        action="store_true",
        help="go on with this file as it is: changes this machine saw but the file lacks are accepted "
        "as lost and no longer reported (restore a backup instead if you need them)",
    )
    check.set_defaults(handler=run_check)

    passwd = actions.add_parser(
        "passwd", help=f"change the passphrase (new one from {NEW_PASSPHRASE_ENV} or a prompt, twice)"
    )
    passwd.add_argument("--vault", required=True, type=Path)
    passwd.add_argument(
        "--old-backups",
        choices=("keep", "rekey", "delete"),
        default="keep",
        help="backups in backups/ still open with the old passphrase: keep them (default, listed), "
        "re-encrypt them under the new passphrase, or delete them",
    )
    passwd.set_defaults(handler=run_passwd)

    rekey = actions.add_parser(
        "rekey-backups",
        help="re-encrypt the backups in backups/ that still open with the old passphrase "
        f"(old from FACELEDGER_PASSPHRASE, new from {NEW_PASSPHRASE_ENV}, or prompts)",
    )
    rekey.add_argument("--vault", required=True, type=Path)
    rekey.set_defaults(handler=run_rekey_backups)

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
    accepted = 0
    # Checking must not change the file: a pending log is read, not recovered (unless the user
    # accepts a loss, which is a write).
    with Vault.open(args.vault, read_passphrase(), read_only=not args.accept_missing) as vault:
        report = vault.check()
        saved = vault.saved_logs
        intact = report.integrity == ["ok"] and not report.cipher
        if args.accept_missing and report.missing_changes and intact:
            accepted = vault.accept_missing_changes()
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
        for copy in saved:
            print(f"write-ahead log as found, copied to: {copy}")
        if accepted:
            print(f"accepted: {accepted} missing change(s) will no longer be reported")
    sys.stdout.flush()
    if report.integrity != ["ok"] or report.cipher:
        raise VaultDamaged(f"{args.vault} is damaged; restore a backup (the file was not changed)")
    if report.missing_changes and not accepted:
        raise ChangesMissing(missing_changes_message(report.missing_changes, Path(args.vault), saved))
    return 0


def run_passwd(args: argparse.Namespace) -> int:
    old = read_passphrase("Current passphrase 当前口令: ")
    with Vault.open(args.vault, old) as vault:
        new = read_passphrase("New passphrase 新口令: ", env=NEW_PASSPHRASE_ENV, confirm=True)
        if not new:
            raise InvalidInput("the new passphrase is empty; nothing was changed")
        vault.change_passphrase(new)
        backups = vault.backups()
    print(f"passphrase changed for {args.vault}; the old passphrase no longer opens it")
    if not backups:
        return 0
    if args.old_backups == "rekey":
        for path in rekey_backups(backups, old, new):
            print(f"re-encrypted under the new passphrase: {path}")
    elif args.old_backups == "delete":
        for path in delete_backups(backups):
            print(f"deleted: {path}")
    else:
        print(
            f"{len(backups)} older backup(s) still open with the OLD passphrase (unless made with their "
            f"own). Re-encrypt them: `faceledger vault rekey-backups --vault {args.vault}` (asks for the "
            "old and the new passphrase), or delete them:"
        )
        for path in backups:
            print(f"  {path}")
    return 0


def run_rekey_backups(args: argparse.Namespace) -> int:
    new = read_passphrase("Vault passphrase (new) 当前口令: ", env=NEW_PASSPHRASE_ENV)
    with Vault.open(args.vault, new) as vault:  # proves the new passphrase before touching backups
        backups = vault.backups()
    old = read_passphrase("Old passphrase 旧口令: ")
    done = rekey_backups(backups, old, new)
    for path in done:
        print(f"re-encrypted under the new passphrase: {path}")
    print(f"{len(done)} of {len(backups)} backup(s) re-encrypted; the others do not open with the old one")
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
