"""Entry point of the frozen (PyInstaller) app: harden the process, then run the `faceledger` CLI.

With no arguments the CLI opens the desktop app (app.cli.main turns [] into ["gui"]), so the same
binary serves the menu launcher and scripts. Hardening comes first, before the vault module or Qt
is even imported, so no core dump can ever contain a key.
"""

from __future__ import annotations

import sys

from app.hardening import harden_process


def main() -> int:
    result = harden_process()
    if sys.platform.startswith("linux") and not (result.core_limit_zeroed and result.non_dumpable):
        # Not fatal: people must still reach their evidence. Say it once, where a support log shows it.
        if sys.stderr is not None:
            print("faceledger: warning: could not turn off core dumps for this process", file=sys.stderr)

    from app.cli import main as cli_main

    return cli_main()


if __name__ == "__main__":
    raise SystemExit(main())
