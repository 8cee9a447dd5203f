"""The `faceledger` command line (see SPEC "CLI contract").

Each command group lives in its own module with a `register(subparsers)` function that adds its
parsers and sets `handler=` on them. Errors the core raises on purpose (FaceLedgerError) become one
line on stderr and exit code 2; nothing is written in that case because the core guarantees it.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from app import __version__
from app.errors import FaceLedgerError

# Command modules, in the order their groups appear in --help.
COMMAND_MODULES = [
    "app.cli.gui_cmd",
    "app.cli.rules_cmd",
    "app.cli.letter_cmd",
    "app.cli.vault_cmd",
    "app.cli.log_cmd",
    "app.cli.request_cmd",
    "app.cli.update_cmd",
    "app.cli.pack_cmd",
    "app.cli.stats_cmd",
    "app.cli.profile_cmd",
    "app.cli.bundle_cmd",
    "app.cli.dossier_cmd",
    "app.cli.stats_anon_cmd",
]

EXIT_OK = 0
EXIT_ERROR = 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="faceledger",
        description=(
            "FaceLedger 人脸账本 — encrypted log of face collection, requests citing the rules, tracking."
        ),
    )
    parser.add_argument("--version", action="version", version=f"FaceLedger {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser



def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if not args_list:
        args_list = ["gui"]
    parser = build_parser()
    try:
        args = parser.parse_args(args_list)
    except SystemExit as exc:  # argparse exits 2 on usage errors, 0 on --help
        return int(exc.code or 0)
    handler = getattr(args, "handler", None)
    if handler is None:
        parser.print_help(sys.stderr)
        return EXIT_ERROR
    try:
        result = handler(args)
    except FaceLedgerError as exc:
        print(f"faceledger: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("faceledger: interrupted; nothing was changed", file=sys.stderr)
        return EXIT_ERROR
    return int(result or EXIT_OK)
