"""`faceledger profile add|list`: the complainants of a vault (an advocacy group keeps many).

`profile add --name N [--phone] [--email] [--address] [--id-number]` prints the new profile id (for
`log add --profile`, `bundle export --profile`); `profile list [--json]` shows them with their
record counts.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.common import print_json, read_passphrase
from app.profiles import add_profile, list_profiles
from app.records import list_records
from app.vault import Vault


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = subparsers.add_parser("profile", help="complainants (profiles) of a vault")
    actions = p.add_subparsers(dest="profile_action", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="add a complainant; prints the new profile id")
    add.add_argument("--vault", required=True, type=Path)
    add.add_argument("--name", required=True)
    for name in ("phone", "email", "address", "id-number"):
        add.add_argument(f"--{name}", default="")
    add.set_defaults(handler=run_add)
    lst = actions.add_parser("list", help="list complainants with their record counts")
    lst.add_argument("--vault", required=True, type=Path)
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(handler=run_list)


def run_add(args: argparse.Namespace) -> int:
    with Vault.open(args.vault, read_passphrase()) as vault:
        profile_id = add_profile(
            vault,
            name=args.name,
            phone=args.phone,
            email=args.email,
            address=args.address,
            id_number=args.id_number,
        )
    print(profile_id)
    return 0


def run_list(args: argparse.Namespace) -> int:
    with Vault.open(args.vault, read_passphrase()) as vault:
        rows = [(p, len(list_records(vault, profile_id=p.id))) for p in list_profiles(vault)]
    if args.json:
        print_json([p.to_json() | {"records": n} for p, n in rows])
        return 0
    for profile, n in rows:
        print(f"{profile.id}\t{profile.name}\t{n} records")
    return 0
