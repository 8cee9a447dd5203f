"""Helpers shared by the command modules: passphrases, JSON output, reading files."""

from __future__ import annotations

import getpass
import json
import os
import sys
from pathlib import Path
from typing import Any

from app.errors import InvalidInput
from app.inputs import require_regular_file

PASSPHRASE_ENV = "FACELEDGER_PASSPHRASE"


def read_passphrase(
    prompt: str = "Passphrase 口令: ", *, env: str = PASSPHRASE_ENV, confirm: bool = False
) -> str:
    """From the environment (scripts) or a prompt on the terminal, never echoed."""
    value = os.environ.get(env)
    if value is not None:
        return value
    if not sys.stdin.isatty():
        raise InvalidInput(f"no passphrase: set {env} or run in a terminal")
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Again 再输入一次: ") != first:
        raise InvalidInput("the two passphrases differ; nothing was changed")
    return first


def load_json_file(path: str | Path, what: str = "file") -> Any:
    p = Path(path)
    try:
        require_regular_file(p, what.removesuffix(" file"))  # a FIFO would block read_bytes forever
        data = p.read_bytes()
    except FileNotFoundError:
        raise InvalidInput(f"{what} not found: {p}") from None
    except OSError as exc:
        raise InvalidInput(f"cannot read {what} {p}: {exc.strerror}") from None
    if len(data) > 1_000_000:
        raise InvalidInput(f"{what} {p} is larger than 1 MB")
    try:
        doc = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise InvalidInput(f"{what} {p} is not valid UTF-8 JSON: {exc}") from None
    except ValueError:  # an integer of more than 4,300 digits (CPython's int/str conversion limit)
        raise InvalidInput(f"{what} {p} holds a number too long to be real (over 4,300 digits)") from None
    reject_lone_surrogates(doc, f"{what} {p}")
    return doc


def reject_lone_surrogates(doc: Any, what: str) -> None:
    """JSON may spell half a UTF-16 pair ("\\ud800"); such text cannot be stored, printed or put in a
    letter, so it is refused here with a sentence instead of failing later with a traceback."""
    try:
        json.dumps(doc, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        raise InvalidInput(
            f"{what} contains an invalid character (a lone UTF-16 surrogate such as \\ud800)"
        ) from None
    except (ValueError, RecursionError):
        raise InvalidInput(f"{what} is not acceptable JSON") from None


def print_json(obj: Any) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, indent=2, sort_keys=False) + "\n")
