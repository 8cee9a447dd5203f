"""Write a letter to a file chosen by extension, atomically (temp file in the same folder + rename):
a failure leaves no half-written letter behind and never replaces an existing file with a broken one."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from app.errors import InvalidInput
from app.letters.eml import render_eml
from app.letters.model import Letter
from app.letters.pdf import render_pdf
from app.letters.text import render_text
from app.outputs import check_output, write_output

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


def atomic_write(path: Path, data: bytes, *, force: bool = False) -> None:
    """Through the one output guard (app/outputs.py): never over a vault, device or folder; an
    existing file only with force; atomic and durable; a full disk is DiskFull."""
    write_output(path, data, force=force)


def write_letter(
    letter: Letter,
    path: str | Path,
    *,
    attach_pdf: bool = True,
    now: datetime | None = None,
    force: bool = False,
) -> str:
    """Render by extension and write atomically; returns the format ("pdf", "txt" or "eml")."""
    target = Path(path)
    fmt = output_format(target)
    check_output(target, force=force)  # refuse before rendering
    atomic_write(target, render(letter, fmt, attach_pdf=attach_pdf, now=now), force=force)
    return fmt
