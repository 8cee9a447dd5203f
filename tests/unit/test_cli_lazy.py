"""The command line parses first and imports only the chosen command's module.

The list in app/cli/__init__.py (COMMANDS: name, module, one-line help) must agree with what each
module registers; --version and --help load no command module and none of the heavy libraries.
Speed itself is measured in tests/benchmarks/bench_cli_start.py, not asserted here.
"""

from __future__ import annotations

import argparse
import importlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import COMMANDS, build_parser, chosen_command, main

REPO = Path(__file__).resolve().parents[2]
HEAVY = ("reportlab", "jsonschema", "requests", "icalendar", "PySide6", "cryptography", "sqlcipher3")


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_command_table_matches_the_module(name: str) -> None:
    parser = argparse.ArgumentParser()
    subparsers = parser.add_subparsers()
    importlib.import_module(COMMANDS[name].module).register(subparsers)
    assert list(subparsers.choices) == [name], "a command module registers exactly its own command"
    (action,) = subparsers._choices_actions
    assert action.help == COMMANDS[name].help, f"update the help of {name!r} in COMMANDS"


def test_every_command_module_is_listed() -> None:
    modules = {f"app.cli.{p.stem}" for p in (REPO / "app" / "cli").glob("*_cmd.py")}
    assert modules == {c.module for c in COMMANDS.values()}


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        ([], None),
        (["--version"], None),
        (["rules", "list"], "rules"),
        (["-h", "log"], "log"),
        (["--", "gui"], "gui"),
    ],
)
def test_chosen_command(argv: list[str], expected: str | None) -> None:
    assert chosen_command(argv) == expected


def _modules_after(*argv: str) -> set[str]:
    code = (
        "import json, sys\nfrom app.cli import main\n"
        "try:\n    main(sys.argv[1:])\nexcept SystemExit:\n    pass\n"
        "print(json.dumps(sorted(sys.modules)))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, *argv], cwd=REPO, capture_output=True, text=True, timeout=60, check=True
    )
    return set(json.loads(result.stdout.strip().splitlines()[-1]))


@pytest.mark.parametrize("flag", ["--version", "--help"])
def test_version_and_help_import_no_command_module(flag: str) -> None:
    loaded = _modules_after(flag)
    assert not {m for m in loaded if m.endswith("_cmd")}, sorted(m for m in loaded if m.endswith("_cmd"))
    assert not {m.split(".")[0] for m in loaded} & set(HEAVY)


def test_a_command_imports_only_its_own_module() -> None:
    loaded = _modules_after("rules", "--help")
    assert {m for m in loaded if m.startswith("app.cli.") and m.endswith("_cmd")} == {"app.cli.rules_cmd"}


def test_help_lists_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    for name, command in COMMANDS.items():
        assert name in out and command.help.split()[0] in out


def test_unknown_command_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["no-such-command"]) == 2
    assert "invalid choice" in capsys.readouterr().err


def test_full_parser_still_available() -> None:
    parser = build_parser()
    args = parser.parse_args(["rules", "list"])
    assert callable(args.handler)
