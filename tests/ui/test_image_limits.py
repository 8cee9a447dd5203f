"""TEST-MATRIX I5: huge headers, truncated and corrupt files, unsupported formats are refused safely."""

from __future__ import annotations

import resource
from pathlib import Path
from typing import Any

import pytest

from tests.ui.helpers import png_bytes, tiny_pdf, unlock
from ui.images import ALLOCATION_LIMIT_MB, decode_image, thumbnail


@pytest.mark.parametrize("side", [20_000, 65_535])
def test_huge_png_headers_are_refused_before_decoding(qapp: Any, side: int) -> None:
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    result = thumbnail(png_bytes(side, side))
    assert result.image is None and result.reason == "too_large"
    grown_mib = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert grown_mib < 64


def test_large_but_allowed_header_with_missing_pixels_is_corrupt(qapp: Any) -> None:
    # 8,000 × 8,000 × 4 bytes = 244 MiB fits the limit; the IDAT holds almost nothing.
    assert 8000 * 8000 * 4 <= ALLOCATION_LIMIT_MB * 1024 * 1024
    assert decode_image(png_bytes(8000, 8000)).reason == "corrupt"


def test_truncated_and_corrupt_files(qapp: Any) -> None:
    good = png_bytes(8, 8)
    assert thumbnail(good).image is not None
    assert thumbnail(good[:40]).image is None
    assert thumbnail(good[:-20]).image is None or thumbnail(good[:-20]).image.width() == 8
    broken = bytearray(good)
    broken[20:24] = b"\xff\xff\xff\xff"  # IHDR width byte garbage + bad CRC
    assert thumbnail(bytes(broken)).image is None
    assert thumbnail(b"\xff\xd8\xff\xe0" + b"\x00" * 50).image is None  # JPEG start, nothing else


@pytest.mark.parametrize(
    "data",
    [
        b"SIMPLE  =                    T" + b" " * 2850,  # FITS
        b"8BPS\x00\x01" + b"\x00" * 200,  # PSD
        b"II*\x00" + b"\x00" * 200,  # TIFF (not on the allow-list)
        tiny_pdf(),
        b"%PDF-1.4\n" + png_bytes(16, 16),  # polyglot: PDF first, PNG inside
    ],
    ids=["fits", "psd", "tiff", "pdf", "polyglot"],
)
def test_unsupported_formats_are_not_decoded(qapp: Any, data: bytes) -> None:
    result = decode_image(data)
    assert result.image is None and result.reason == "unsupported"


def test_the_panel_lists_refused_pictures_without_crashing(
    qtbot: Any, make_window: Any, real_vault: Path, tmp_path: Path
) -> None:
    window = make_window(real_vault)
    unlock(qtbot, window)
    page = window.workspace.pages["records"]
    page.open_editor(None)
    from ui.record_editor import RecordEditorDialog

    editor = window.findChildren(RecordEditorDialog)[0]
    bomb = tmp_path / "bomb.png"
    bomb.write_bytes(png_bytes(65_535, 65_535))
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 50)
    editor.evidence.add_files([bomb, broken])
    qtbot.waitUntil(lambda: len(editor.evidence.items) == 2, timeout=5_000)
    assert [i.refused for i in editor.evidence.items] == ["too_large", "corrupt"]
    editor.evidence.list.setCurrentRow(0)
    assert "too large" in editor.evidence.details.text()
    assert not editor.evidence.view_button.isEnabled()
