"""Small helpers shared by the UI tests (not fixtures)."""

from __future__ import annotations

import struct
import zlib
from typing import Any

from tests.ui.conftest import PASSPHRASE, unlock

__all__ = ["PASSPHRASE", "png_bytes", "tiny_pdf", "unlock", "wait_idle"]


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def png_bytes(width: int, height: int, *, pixels: bytes | None = None) -> bytes:
    """A PNG whose IHDR claims width×height; IDAT is tiny unless real pixels are given.

    With a huge IHDR this is the cheap "decompression bomb" header of TEST-MATRIX I5.
    """
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    if pixels is None:
        raw = b"".join(b"\x00" + bytes([200, 60, 60]) * width for _ in range(height)) if width * height <= 4096 else b"\x00" * 16
    else:
        raw = pixels
    return b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", ihdr) + _chunk(b"IDAT", zlib.compress(raw)) + _chunk(b"IEND", b"")


def tiny_pdf() -> bytes:
    return (
        b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
        b"trailer<</Root 1 0 R>>\n%%EOF\n"
    )


def wait_idle(qtbot: Any, window: Any, timeout: int = 10_000) -> None:
    """Wait until every DB op queued so far delivered its result on the GUI thread."""
    qtbot.waitUntil(lambda: window.worker.pending == 0, timeout=timeout)
