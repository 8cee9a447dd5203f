"""`faceledger group-key …`: a group's own age keys, and the public keys of groups this vault trusts.

    group-key create --vault V --name NAME [--out FILE] [--qr FILE.png]   a new key kept in the vault
    group-key list --vault V [--json]                                     this vault's keys
    group-key export --vault V ID [--out FILE] [--qr FILE.png]            the public key (line/file/QR)
    group-key retire --vault V ID                                         stop offering it (still opens)
    group-key export-secret --vault V ID --out FILE                       secret key, sealed (age -p)
    group-key fingerprint KEY_OR_FILE                                     check a key before trusting it
    group-key trust --vault V KEY_OR_FILE --name NAME [--fingerprint D]   add a trusted recipient
    group-key recipients --vault V [--json]                               the trusted recipients
    group-key untrust --vault V ID                                        remove one

`trust` asks for the fingerprint back: read it out with the group over the phone, then pass what they
said with --fingerprint; a mismatch adds nothing.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from app.bundle import keys
from app.cli.common import print_json, read_passphrase
from app.errors import InvalidInput, KeyRefused
from app.outputs import add_force_argument, check_output, write_output
from app.vault import Vault

SECRET_EXPORT_PASSPHRASE_ENV = "FACELEDGER_KEY_PASSPHRASE"


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = subparsers.add_parser(
        "group-key", help="age keys for case bundles: a group's own keys and the groups this vault trusts"
    )
    actions = p.add_subparsers(dest="group_key_action", metavar="ACTION", required=True)

    create = actions.add_parser("create", help="make a new group key, kept inside the vault")
    create.add_argument("--vault", required=True, type=Path)
    create.add_argument("--name", required=True, help="the group's name, e.g. 某某公益")
    _public_outputs(create)
    create.set_defaults(handler=run_create)

    lst = actions.add_parser("list", help="this vault's group keys")
    lst.add_argument("--vault", required=True, type=Path)
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(handler=run_list)

    export = actions.add_parser("export", help="the public key as a line, a file and/or a QR code PNG")
    export.add_argument("--vault", required=True, type=Path)
    export.add_argument("id", type=int, metavar="ID")
    _public_outputs(export)
    export.set_defaults(handler=run_export)

    retire = actions.add_parser("retire", help="stop offering a key after a rotation (it still opens)")
    retire.add_argument("--vault", required=True, type=Path)
    retire.add_argument("id", type=int, metavar="ID")
    retire.set_defaults(handler=run_retire)

    secret = actions.add_parser(
        "export-secret",
        help="the SECRET key, sealed under a passphrase (a backup; `age -d -i FILE` reads it)",
    )
    secret.add_argument("--vault", required=True, type=Path)
    secret.add_argument("id", type=int, metavar="ID")
    secret.add_argument("--out", required=True, type=Path, metavar="FILE")
    add_force_argument(secret)
    secret.set_defaults(handler=run_export_secret)

    fpr = actions.add_parser(
        "fingerprint", help="check a public key, key file or QR image; print its fingerprint"
    )
    fpr.add_argument("key", metavar="KEY_OR_FILE")
    fpr.set_defaults(handler=run_fingerprint)

    trust = actions.add_parser("trust", help="add a group's public key as a trusted recipient")
    trust.add_argument("--vault", required=True, type=Path)
    trust.add_argument("key", metavar="KEY_OR_FILE", help="age1… key, a key file, or a QR code image")
    trust.add_argument("--name", help="what to call it (default: the name in the file or QR code)")
    trust.add_argument(
        "--fingerprint", metavar="DIGITS", help="the fingerprint the group read out to you (24 digits)"
    )
    trust.set_defaults(handler=run_trust)

    recipients = actions.add_parser("recipients", help="the trusted recipients of this vault")
    recipients.add_argument("--vault", required=True, type=Path)
    recipients.add_argument("--json", action="store_true")
    recipients.set_defaults(handler=run_recipients)

    untrust = actions.add_parser("untrust", help="remove a trusted recipient")
    untrust.add_argument("--vault", required=True, type=Path)
    untrust.add_argument("id", type=int, metavar="ID")
    untrust.set_defaults(handler=run_untrust)


def _public_outputs(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", type=Path, metavar="FILE", help="write the public key file")
    parser.add_argument("--qr", type=Path, metavar="FILE.png", help="write the public key as a QR code")
    parser.add_argument("--json", action="store_true")
    add_force_argument(parser)


def _key_json(key: keys.GroupKey) -> dict[str, object]:
    return {
        "id": key.id,
        "name": key.name,
        "public_key": key.public_key,
        "fingerprint": key.fingerprint,
        "created_at": key.created_at,
        "retired_at": key.retired_at,
    }


def _write_public(args: argparse.Namespace, key: keys.GroupKey) -> None:
    for path in (args.out, args.qr):
        if path is not None:
            check_output(path, force=args.force)
    if args.out is not None:
        text = keys.public_key_file_text(key.name, key.public_key)
        write_output(args.out, text.encode("utf-8"), force=args.force, personal=False)
    if args.qr is not None:
        write_output(args.qr, keys.qr_png(key.name, key.public_key), force=args.force, personal=False)


def _show(args: argparse.Namespace, key: keys.GroupKey) -> None:
    if args.json:
        print_json(_key_json(key))
        return
    print(key.public_key)
    print(f"# {key.name} — fingerprint 指纹: {key.fingerprint}")


def run_create(args: argparse.Namespace) -> int:
    for path in (args.out, args.qr):
        if path is not None:
            check_output(path, force=args.force)  # refuse before making a key
    with Vault.open(args.vault, read_passphrase()) as vault:
        key = keys.create_group_key(vault, args.name)
    _write_public(args, key)
    _show(args, key)
    return 0


def run_list(args: argparse.Namespace) -> int:
    with Vault.open(args.vault, read_passphrase()) as vault:
        found = keys.list_group_keys(vault)
    if args.json:
        print_json([_key_json(k) for k in found])
        return 0
    for k in found:
        state = f" (retired {k.retired_at})" if k.retired else ""
        print(f"{k.id}\t{k.name}\t{k.fingerprint}\t{k.public_key}{state}")
    return 0


def run_export(args: argparse.Namespace) -> int:
    with Vault.open(args.vault, read_passphrase()) as vault:
        key = keys.get_group_key(vault, args.id)
    _write_public(args, key)
    _show(args, key)
    return 0


def run_retire(args: argparse.Namespace) -> int:
    with Vault.open(args.vault, read_passphrase()) as vault:
        key = keys.retire_group_key(vault, args.id)
    print(f"retired {key.name} ({key.fingerprint}); bundles sealed to it still open in this vault")
    return 0


def run_export_secret(args: argparse.Namespace) -> int:
    check_output(args.out, force=args.force)
    vault_passphrase = read_passphrase()
    secret_passphrase = read_passphrase(
        "Passphrase for the exported key 导出密钥的口令: ", env=SECRET_EXPORT_PASSPHRASE_ENV, confirm=True
    )
    with Vault.open(args.vault, vault_passphrase) as vault:
        sealed = keys.export_identity_sealed(vault, args.id, secret_passphrase)
    write_output(args.out, sealed, force=args.force)
    print(f"{args.out}: secret key sealed under its passphrase (open with `age -d -i {args.out.name} …`)")
    return 0


def _read_key(spec: str) -> keys.ParsedKey:
    text = spec.strip()
    if text.lower().startswith("age1") or text.upper().startswith(keys.SECRET_PREFIX):
        return keys.parse_public_key_text(text)
    return keys.read_key_file(Path(spec))


def run_fingerprint(args: argparse.Namespace) -> int:
    parsed = _read_key(args.key)
    print(parsed.public_key)
    print(f"# {parsed.name or '?'} — fingerprint 指纹: {parsed.fingerprint}")
    return 0


def run_trust(args: argparse.Namespace) -> int:
    parsed = _read_key(args.key)
    name = args.name or parsed.name
    if not name:
        raise InvalidInput("give the recipient a name with --name (the key carries none)", field="name")
    if args.fingerprint is None:
        raise KeyRefused(
            f"not added: compare the fingerprint {parsed.fingerprint} with {name} by phone or in person, "
            "then repeat with --fingerprint 'DIGITS THEY READ OUT'"
        )
    if not keys.same_fingerprint(parsed.fingerprint, args.fingerprint):
        raise KeyRefused(
            f"not added: the fingerprint you were told does not match this key's ({parsed.fingerprint}); "
            "the key may have been swapped on the way — get it again from the group directly"
        )
    with Vault.open(args.vault, read_passphrase()) as vault:
        added = keys.add_trusted_recipient(vault, name, parsed)
    print(f"trusted {added.name} ({added.fingerprint}) as recipient {added.id}")
    return 0


def run_recipients(args: argparse.Namespace) -> int:
    with Vault.open(args.vault, read_passphrase()) as vault:
        found = keys.list_trusted_recipients(vault)
    if args.json:
        print_json(
            [
                {
                    "id": r.id,
                    "name": r.name,
                    "public_key": r.public_key,
                    "fingerprint": r.fingerprint,
                    "added_at": r.added_at,
                }
                for r in found
            ]
        )
        return 0
    for r in found:
        print(f"{r.id}\t{r.name}\t{r.fingerprint}\t{r.public_key}")
    return 0


def run_untrust(args: argparse.Namespace) -> int:
    with Vault.open(args.vault, read_passphrase()) as vault:
        keys.remove_trusted_recipient(vault, args.id)
    print(f"removed trusted recipient {args.id}")
    return 0
