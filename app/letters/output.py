"""Write a letter to a file chosen by extension, atomically (temp file in the same folder + rename):
a failure leaves no half-written letter behind and never replaces an existing file with a broken one."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from datetime import datetime
from pathlib import Path

from app.errors import DiskFull, InvalidInput
from app.letters.eml import render_eml
from app.letters.model import Letter
from app.letters.pdf import render_pdf
from app.letters.text import render_text

FORMATS = {".pdf": "pdf", ".txt": "txt", ".eml": "eml"}


def output_format(path: Path) -> str:
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise InvalidInput(f"--out must end in .pdf, .txt or .eml, not {path.name!r}", field="out")
    return fmt


def render(letter: Letter, fmt: str, *, attach_pdf: bool = True, now: datetime | None = None) -> bytes:
    if fmt == "pdf":
        return render_pdf(letter)
    if fmt == "txt":
        return render_text(letter).encode("utf-8")
    return render_eml(letter, pdf=render_pdf(letter) if attach_pdf else None, now=now)


def atomic_write(path: Path, data: bytes) -> None:
    directory = path.parent if str(path.parent) else Path(".")
    if not directory.is_dir():
        raise InvalidInput(f"folder does not exist: {directory}", field="out")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    except OSError as exc:
        full = _disk_full(exc, path)
        if full is not None:
            raise full from None
        raise
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException as exc:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        full = _disk_full(exc, path)
        if full is not None:
            raise full from None
        raise


def _disk_full(exc: BaseException, path: Path) -> DiskFull | None:
    """A full disk is a typed DiskFull (TEST-MATRIX L3), not a raw OSError."""
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return DiskFull(f"the disk is full; {path.name} was not written (an existing file is unchanged)")
    return None


def write_letter(
    letter: Letter, path: str | Path, *, attach_pdf: bool = True, now: datetime | None = None
) -> str:
    """Render by extension and write atomically; returns the format ("pdf", "txt" or "eml")."""
    target = Path(path)
    fmt = output_format(target)
    atomic_write(target, render(letter, fmt, attach_pdf=attach_pdf, now=now))
    return fmt
