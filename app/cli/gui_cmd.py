"""`faceledger gui` (also what `faceledger` with no arguments runs)."""

from __future__ import annotations

import argparse
import importlib
import os
import sys

from app.errors import FaceLedgerError


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = subparsers.add_parser("gui", help="start the desktop app")
    p.add_argument("--vault", help="vault file to open")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY") or os.environ.get("QT_QPA_PLATFORM")
    ):
        raise FaceLedgerError(
            "no display: the desktop app needs a graphical session (DISPLAY or WAYLAND_DISPLAY). "
            "The command line works without one: faceledger --help"
        )
    # Imported here so that the core and the CLI never load Qt unless the window is wanted.
    ui_main = importlib.import_module("ui.main")
    return int(ui_main.run(vault_path=args.vault))
