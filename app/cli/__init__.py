"""The `faceledger` command line (see SPEC "CLI contract").

Each command lives in its own module with a `register(subparsers)` function that adds exactly one
top-level parser (named as in COMMANDS) and sets `handler=` on it. To add a command: write
app/cli/<name>_cmd.py and add one line to COMMANDS (name, module, the same one-line help the module
gives add_parser); tests/unit/test_cli_lazy.py fails if the line and the module disagree.

The command line is lazy: `main` reads the command name first and imports only that command's module
(reportlab, jsonschema, requests … load only for the commands that use them), so `faceledger --version`
and `--help` start in a few tens of milliseconds (tests/benchmarks/bench_cli_start.py measures it).
Errors the core raises on purpose (FaceLedgerError) become one line on stderr and exit code 2; nothing
is written in that case because the core guarantees it.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from typing import NamedTuple

from app import __version__
from app.errors import FaceLedgerError


class Command(NamedTuple):
    module: str
    help: str


# Every command, in the order --help lists them. One line per command (see the module docstring).
COMMANDS: dict[str, Command] = {
    "gui": Command("app.cli.gui_cmd", "start the desktop app"),
    "rules": Command("app.cli.rules_cmd", "the rule library: list instruments, check facts, show an article"),
    "letter": Command(
        "app.cli.letter_cmd", "write a request letter citing the rules (PDF, plain text or .eml)"
    ),
    "vault": Command("app.cli.vault_cmd", "create, check, re-key or back up an encrypted vault"),
    "log": Command("app.cli.log_cmd", "add and list collection records"),
    "request": Command("app.cli.request_cmd", "requests sent about a record: new, mark, list, letter, ics"),
    "update": Command(
        "app.cli.update_cmd", "fetch a signed rule-library / handler-directory update (off by default)"
    ),
    "pack": Command("app.cli.pack_cmd", "build and sign update packs (for maintainers and groups)"),
    "stats-detail": Command(
        "app.cli.stats_cmd", "the Statistics page's figures (cities as typed, per profile; not anonymised)"
    ),
    "profile": Command("app.cli.profile_cmd", "complainants (profiles) of a vault"),
    "bundle": Command("app.cli.bundle_cmd", "export and import encrypted case bundles"),
    "group-key": Command(
        "app.cli.group_key_cmd",
        "age keys for case bundles: a group's own keys and the groups this vault trusts",
    ),
    "dossier": Command(
        "app.cli.dossier_cmd",
        "case dossier PDF of one record (facts, grounds, chronology, letters, replies, evidence SHA-256)",
    ),
    "map": Command("app.cli.map_cmd", "map of the records by city: SVG, PDF or PNG (no boundary lines)"),
    "stats": Command(
        "app.cli.stats_anon_cmd",
        "anonymised statistics across all profiles: no names, no free text (JSON, CSV, PDF)",
    ),
}

# Kept for code that iterates the modules (the PyInstaller spec collects them by package anyway).
COMMAND_MODULES = [command.module for command in COMMANDS.values()]

EXIT_OK = 0
EXIT_ERROR = 2


def chosen_command(argv: Sequence[str]) -> str | None:
    """The command name in argv, if any: the first argument that is not an option.

    The top-level options (--help, --version) take no value, so the first non-option argument is
    the command; "--" ends the options.
    """
    for position, arg in enumerate(argv):
        if arg == "--":
            return argv[position + 1] if position + 1 < len(argv) else None
        if not arg.startswith("-"):
            return arg
    return None


def build_parser(load: str | Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The parser with the full sub-parser of the commands in `load` (a name, names, or every command
    when None) and a one-line placeholder for every other command, so --help lists them all."""
    wanted = set(COMMANDS) if load is None else {load} if isinstance(load, str) else set(load)
    parser = argparse.ArgumentParser(
        prog="faceledger",
        description=(
            "FaceLedger 人脸账本 — encrypted log of face collection, requests citing the rules, tracking."
        ),
    )
    parser.add_argument("--version", action="version", version=f"FaceLedger {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, command in COMMANDS.items():
        if name in wanted:
            importlib.import_module(command.module).register(subparsers)
        else:
            subparsers.add_parser(name, help=command.help, add_help=False)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if not args_list:
        args_list = ["gui"]
    command = chosen_command(args_list)
    parser = build_parser(command if command in COMMANDS else ())
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
    except FileNotFoundError as exc:
        # A shipped file gone from an incomplete installation is reported like ResourceMissing.
        from app.paths import is_resource_path

        if exc.filename is None or not is_resource_path(exc.filename):
            raise
        print(
            f"faceledger: error: FaceLedger's file {exc.filename} is missing: the installation is "
            "incomplete; reinstall FaceLedger",
            file=sys.stderr,
        )
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("faceledger: interrupted; nothing was changed", file=sys.stderr)
        return EXIT_ERROR
    return int(result or EXIT_OK)
