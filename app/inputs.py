"""Refuse input paths that are not regular files before anything opens them.

Issue 19 item 8: a FIFO given as vault, bundle or pack made the command hang forever in open();
a device such as /dev/zero would be read until memory ran out. `require_regular_file` looks with
stat() (which never blocks) and names what the path is instead.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from app.errors import InvalidInput


def require_regular_file(path: str | os.PathLike[str], what: str, field: str | None = None) -> Path:
    """The path, if it is (or links to) a regular file; InvalidInput with a sentence otherwise.
    FileNotFoundError passes through, so callers keep their own "not found" wording."""
    p = Path(path)
    mode = os.stat(p).st_mode
    if stat.S_ISREG(mode):
        return p
    if stat.S_ISDIR(mode):
        kind = "a folder"
    elif stat.S_ISFIFO(mode):
        kind = "a FIFO (named pipe)"
    elif stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        kind = "a device"
    elif stat.S_ISSOCK(mode):
        kind = "a socket"
    else:
        kind = "not a regular file"
    raise InvalidInput(f"{p} is {kind}, not a {what} file; nothing was read", field=field)
