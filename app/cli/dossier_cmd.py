"""`faceledger dossier --vault V --record ID --out FILE.pdf [--lang zh-CN|en]`: the case dossier PDF."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.common import read_passphrase
from app.dossier import LANGS, build_dossier
from app.dossier_pdf import write_dossier_pdf
from app.errors import InvalidInput
from app.outputs import add_force_argument, check_output
from app.vault import Vault


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = subparsers.add_parser(
        "dossier",
        help="case dossier PDF of one record (facts, grounds, chronology, letters, replies, "
        "evidence SHA-256)",
    )
    p.add_argument("--vault", required=True, type=Path)
    p.add_argument("--record", required=True, type=int, metavar="ID")
    p.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    p.add_argument("--lang", default="zh-CN", choices=LANGS)
    add_force_argument(p)
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    if args.out.suffix.lower() != ".pdf":
        raise InvalidInput("the dossier is a PDF: give --out a name ending in .pdf", field="out")
    check_output(args.out, force=args.force)  # refuse before asking for the passphrase
    with Vault.open(args.vault, read_passphrase()) as vault:
        dossier = build_dossier(vault, args.record, lang=args.lang)
    size = write_dossier_pdf(dossier, args.out, force=args.force)
    print(f"{args.out} ({size} bytes, {len(dossier.evidence)} evidence files indexed)")
    return 0
